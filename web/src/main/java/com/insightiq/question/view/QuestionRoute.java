package com.insightiq.question.view;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The short address {@code /t/{slug}/question/{id}} of a question's page, as {@code EditorRoute} does for the editor:
 * the tenant filter forwards here and the redirect keeps the tenant prefix and the query string (parameter values
 * passed by a dashboard card's click, see {@code QuestionView}).
 */
@WebServlet("/question/*")
public class QuestionRoute extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replace("/", "");
        String id = path.matches("[0-9]{1,18}") ? path : "0";
        String passed = request.getQueryString() == null ? "" : "&" + request.getQueryString();
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + "/question.xhtml?id=" + id
                + passed));
    }
}
