package com.insightiq.nlq.view;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The bookmarkable address {@code /t/{slug}/ask?q=…&ds=…} of an answer, where the ask boxes send their GET form; the
 * question and data source go along to the answer page as they came (still URL-encoded).
 */
@WebServlet("/ask")
public class AskRoute extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        String target = "/nlq/ask.xhtml" + (query == null || query.isEmpty() ? "" : "?" + query);
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + target));
    }
}
