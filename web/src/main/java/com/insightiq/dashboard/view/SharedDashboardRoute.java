package com.insightiq.dashboard.view;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The anonymous addresses {@code /public/dashboard/{token}} and {@code /embed/dashboard/{jwt}}: forwarded (the address
 * bar keeps the token, and filter values stay in its query string) to the page under {@code /public/}, which Shiro
 * lets through without sign-in.
 */
@WebServlet({"/public/dashboard/*", "/embed/dashboard/*"})
public class SharedDashboardRoute extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replace("/", "");
        String token = path.matches("[A-Za-z0-9._~-]{1,4096}") ? path : "";
        String kind = request.getServletPath().startsWith("/embed/") ? "jwt" : "token";
        request.getRequestDispatcher("/public/dashboard.xhtml?" + kind + "="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)).forward(request, response);
    }
}
