package com.insightiq.dashboard.view;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The short address {@code /t/{slug}/dashboard/{id}} of a dashboard's page, as {@code QuestionRoute} does for
 * questions; the query string (filter values, tab, {@code edit=true}) goes along, so a copied link reproduces the view.
 */
@WebServlet("/dashboard/*")
public class DashboardRoute extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replace("/", "");
        String id = path.matches("[0-9]{1,18}") ? path : "0";
        String query = request.getQueryString();
        String target = "/dashboard.xhtml?id=" + id + (query == null || query.isEmpty() ? "" : "&" + query);
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + target));
    }
}
