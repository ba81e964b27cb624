package com.insightiq.query.api;

import com.insightiq.tenancy.api.TenantFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The tenant's Jobs page as an absolute link for the "export ready" mail. INSIGHTIQ_PUBLIC_URL wins, as for reset
 * links; without it the link uses the host the person used.
 */
public final class ExportLinks {
    private ExportLinks() {
    }

    public static String jobsPage(HttpServletRequest request) {
        String base = ConfigProvider.getConfig().getOptionalValue("insightiq.public.url", String.class)
                .filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElseGet(() -> requestBase(request));
        Object prefix = request.getAttribute(TenantFilter.URL_PREFIX);
        return base + (prefix == null ? "" : prefix) + "/settings/jobs.xhtml";
    }

    private static String requestBase(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
