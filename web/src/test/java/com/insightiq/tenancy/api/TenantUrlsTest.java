package com.insightiq.tenancy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class TenantUrlsTest {
    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> method.getName().startsWith("encode") ? args[0] : null);
    private final TenantUrls urls = new TenantUrls(response, "/insightiq", "/t/acme");

    @Test
    void pagesAndActionsGetTheTenantPrefixBack() {
        assertEquals("/insightiq/t/acme/home.xhtml", urls.encodeURL("/insightiq/home.xhtml"));
        assertEquals("/insightiq/t/acme/settings/members.xhtml?x=1", urls.encodeRedirectURL("/insightiq/settings/members.xhtml?x=1"));
    }

    @Test
    void sharedResourcesAndAlreadyPrefixedUrlsStayAsTheyAre() {
        assertEquals("/insightiq/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue",
                urls.encodeURL("/insightiq/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue"));
        assertEquals("/insightiq/webjars/primeflex/3.3.1/primeflex.min.css",
                urls.encodeURL("/insightiq/webjars/primeflex/3.3.1/primeflex.min.css"));
        assertEquals("/insightiq/t/acme/home.xhtml", urls.encodeURL("/insightiq/t/acme/home.xhtml"));
        assertEquals("/insightiq/t/globex/home.xhtml", urls.encodeURL("/insightiq/t/globex/home.xhtml"));
        assertEquals("https://elsewhere.example/x", urls.encodeURL("https://elsewhere.example/x"));
    }
}
