package com.insightiq.tenancy.api;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Puts the tenant prefix back into URLs that pages render (form actions, links, redirects) after {@link TenantFilter}
 * stripped it. Faces resources stay at their shared path.
 */
class TenantUrls extends HttpServletResponseWrapper {
    private final String contextPath;
    private final String prefix;

    TenantUrls(HttpServletResponse response, String contextPath, String prefix) {
        super(response);
        this.contextPath = contextPath;
        this.prefix = prefix;
    }

    @Override
    public String encodeURL(String url) {
        return super.encodeURL(prefixed(url));
    }

    @Override
    public String encodeRedirectURL(String url) {
        return super.encodeRedirectURL(prefixed(url));
    }

    String prefixed(String url) {
        if (url == null || !url.startsWith(contextPath + "/") || url.startsWith(contextPath + prefix + "/")) {
            return url;
        }
        String inner = url.substring(contextPath.length());
        if (inner.startsWith("/jakarta.faces.resource/") || inner.startsWith("/webjars/")
                || inner.startsWith("/t/") || inner.startsWith("/resources/")) {
            return url;
        }
        return contextPath + prefix + inner;
    }
}
