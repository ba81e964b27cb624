package com.insightiq.dashboard.api;

import com.insightiq.dashboard.boundary.CardResult;
import com.insightiq.dashboard.boundary.DashboardRuns;
import com.insightiq.dashboard.control.CardRunner;
import com.insightiq.platform.api.ApiError;
import com.insightiq.platform.api.ApiErrors;
import com.insightiq.platform.api.ErrorMapper;
import com.insightiq.platform.api.JsonConfiguration;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard page's data, for signed-in pages (the REST API refuses the browser session):
 * {@code /t/{slug}/dashboard-feed/{id}/run} (POST → ndjson), {@code …/cards/{cardId}/run} (POST → CardResult) and
 * {@code …/filters/{filterId}/choices} (GET → [FilterChoice]), with the same bodies and answers as the REST API.
 * Session auth (Shiro); the CSRF guard: POSTs must be {@code application/json}, and every request must carry
 * {@code X-Requested-With: InsightIQ} — neither a form nor a cross-site image can send those.
 */
@WebServlet(urlPatterns = "/dashboard-feed/*", asyncSupported = true)
public class DashboardFeed extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String GUARD_HEADER = "X-Requested-With";
    public static final String GUARD_VALUE = "InsightIQ";
    private static final Pattern RUN = Pattern.compile("/([0-9]{1,18})/run");
    private static final Pattern CARD = Pattern.compile("/([0-9]{1,18})/cards/([0-9]{1,18})/run");
    private static final Pattern CHOICES = Pattern.compile("/([0-9]{1,18})/filters/([a-z0-9-]{1,64})/choices");
    private static final Jsonb JSON = new JsonConfiguration().getContext(null);

    @Inject
    transient DashboardRuns runs;

    @Inject
    transient CurrentTenant tenant;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String contentType = request.getContentType();
            if (!guarded(request) || contentType == null
                    || !contentType.toLowerCase().startsWith("application/json")) {
                ApiErrors.write(response, 403, "Send the request as application/json with the header "
                        + GUARD_HEADER + ": " + GUARD_VALUE + ".");
                return;
            }
            String path = path(request);
            Matcher run = RUN.matcher(path);
            Matcher card = CARD.matcher(path);
            if (run.matches()) {
                RunBody body = RunBody.parse(body(request));
                CardRunner.PreparedRun prepared = runs.prepareAll(tenant.require(), Long.parseLong(run.group(1)),
                        body.tab(), body.filters(), request.getLocale());
                stream(response, prepared);
            } else if (card.matches()) {
                RunBody body = RunBody.parse(body(request));
                CardResult result = runs.run(tenant.require(), Long.parseLong(card.group(1)),
                        Long.parseLong(card.group(2)), body.filters(), request.getLocale());
                json(response, JSON.toJson(result));
            } else {
                ApiErrors.write(response, 404, "There is no such resource.");
            }
        } catch (RuntimeException e) {
            error(response, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!guarded(request)) {
                ApiErrors.write(response, 403, "Send the header " + GUARD_HEADER + ": " + GUARD_VALUE + ".");
                return;
            }
            Matcher choices = CHOICES.matcher(path(request));
            if (!choices.matches()) {
                ApiErrors.write(response, 404, "There is no such resource.");
                return;
            }
            json(response, JSON.toJson(runs.choices(tenant.require(), Long.parseLong(choices.group(1)),
                    choices.group(2), request.getParameter("q"), RunBody.fromQuery(request, "q"))));
        } catch (RuntimeException e) {
            error(response, e);
        }
    }

    private static void stream(HttpServletResponse response, CardRunner.PreparedRun prepared) throws IOException {
        response.setStatus(200);
        response.setContentType(CardStream.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        OutputStream out = response.getOutputStream();
        try {
            prepared.run(result -> {
                try {
                    out.write(JSON.toJson(result).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException gone) {
            // the viewer left the page: nothing left to answer
        }
    }

    private static boolean guarded(HttpServletRequest request) {
        return GUARD_VALUE.equals(request.getHeader(GUARD_HEADER));
    }

    private static String path(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo();
    }

    private static String body(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(RunBody.MAX_CHARS + 1);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void json(HttpServletResponse response, String json) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json);
    }

    private static void error(HttpServletResponse response, RuntimeException e) throws IOException {
        if (response.isCommitted()) {
            throw e;
        }
        Response mapped = new ErrorMapper().toResponse(e);
        ApiErrors.write(response, mapped.getStatus(), ((ApiError) mapped.getEntity()).message());
    }
}
