package com.insightiq.collection.view;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The short address {@code /t/{slug}/collection/{id}} ({@code root}, {@code personal} or a number) of the collection
 * browser; the tenant filter's response puts the tenant prefix back into the redirect.
 */
@WebServlet("/collection/*")
public class CollectionRoute extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("root|personal|[0-9]{1,18}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        String id = info == null ? "root" : info.substring(1);
        if (!ID.matcher(id).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + "/collections.xhtml?id=" + id));
    }
}
