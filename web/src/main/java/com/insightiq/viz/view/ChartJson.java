package com.insightiq.viz.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A Chart.js configuration made safe to embed: p:chart writes it as a script literal into the page (and into the
 * CDATA of an Ajax answer), so a label such as {@code </script>} or {@code ]]>} must not end either. Angle brackets
 * and the ampersand only occur inside JSON strings, where their backslash-u escapes mean the same text.
 */
@Named("chartJson")
@ApplicationScoped
public class ChartJson {
    public String of(String config) {
        return config == null ? null : config.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
