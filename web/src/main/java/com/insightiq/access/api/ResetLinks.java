package com.insightiq.access.api;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where password-reset links point. INSIGHTIQ_PUBLIC_URL wins: without it the link uses the host the person used,
 * which a forged Host header could change, so production installations should set it.
 */
public final class ResetLinks {
    private ResetLinks() {
    }

    public static String resetPage(HttpServletRequest request) {
        String base = ConfigProvider.getConfig().getOptionalValue("insightiq.public.url", String.class)
                .filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElseGet(() -> requestBase(request));
        return base + "/reset-password.xhtml";
    }

    private static String requestBase(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
