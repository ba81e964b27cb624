package com.insightiq.nlq.view;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The short address {@code /t/{slug}/admin/nlq-feedback} of the admins' review of "this is wrong" reports. */
@WebServlet("/admin/nlq-feedback")
public class FeedbackRoute extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + "/nlq/feedback.xhtml"));
    }
}
