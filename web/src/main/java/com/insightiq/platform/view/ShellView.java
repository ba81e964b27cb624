package com.insightiq.platform.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;

/** What the shell remembers for a person during a session: light or dark theme, and whether the sidebar is folded. */
@Named("shellView")
@SessionScoped
public class ShellView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String LIGHT_THEME = "saga-blue";
    static final String DARK_THEME = "vela-blue";
    private static final String THEME_COOKIE = "insightiq-theme";

    private boolean dark;
    private boolean sidebarCollapsed;

    /** The theme also lives in a cookie, so the sign-in page after the session ended looks as the person left it. */
    @PostConstruct
    void rememberTheme() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            Object cookie = faces.getExternalContext().getRequestCookieMap().get(THEME_COOKIE);
            dark = cookie instanceof Cookie c && "dark".equals(c.getValue());
        }
    }

    /** PrimeFaces reads this through the primefaces.THEME context parameter. */
    public String getTheme() {
        return dark ? DARK_THEME : LIGHT_THEME;
    }

    public boolean isDark() {
        return dark;
    }

    public void toggleTheme() {
        dark = !dark;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String path = external.getRequestContextPath();
        external.addResponseCookie(THEME_COOKIE, dark ? "dark" : "light", Map.of(
                "path", path.isEmpty() ? "/" : path,
                "maxAge", (int) Duration.ofDays(365).toSeconds(),
                "httpOnly", Boolean.TRUE));
    }

    public boolean isSidebarCollapsed() {
        return sidebarCollapsed;
    }

    public void toggleSidebar() {
        sidebarCollapsed = !sidebarCollapsed;
    }
}
