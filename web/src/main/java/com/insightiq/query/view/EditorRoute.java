package com.insightiq.query.view;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The short address {@code /t/{slug}/query} of the SQL editor. The tenant filter forwards here with a response that
 * puts the tenant prefix back into redirects, so the person lands on the page in their tenant.
 */
@WebServlet("/query")
public class EditorRoute extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + "/query/editor.xhtml"
                + (query == null ? "" : "?" + query)));
    }
}
