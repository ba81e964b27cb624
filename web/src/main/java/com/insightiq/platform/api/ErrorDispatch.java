package com.insightiq.platform.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's error pages (web.xml): errors raised before JAX-RS or Faces see a request — Shiro refusing a URL
 * with ';' or '\', a filter's 404 — answer API callers with JSON and people with the friendly error pages.
 */
@WebServlet("/error-response")
public class ErrorDispatch extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.contains("/api/")) {
            ApiErrors.write(response, status, messageFor(status, request));
            return;
        }
        String page = switch (status) {
            case 403 -> "/error/403.xhtml";
            case 404 -> "/error/404.xhtml";
            default -> "/error/500.xhtml";
        };
        request.getRequestDispatcher(page).forward(request, response);
    }

    private static String messageFor(int status, HttpServletRequest request) {
        Object explained = request.getAttribute("com.insightiq.error.message");
        if (explained != null) {
            return explained.toString();
        }
        return switch (status) {
            case 400 -> "The request URL contains characters that are not allowed here (such as ';', '\\\\' or "
                    + "control characters).";
            case 401 -> "Sign in first: POST /api/v1/session, then send Authorization: Bearer <token>.";
            case 403 -> "You may not do this.";
            case 404 -> "There is no such resource.";
            case 405 -> "This method is not allowed here.";
            default -> "Something went wrong on the server. Nothing was written; the log has the details.";
        };
    }
}
