package org.serviceportal.status;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.serviceportal.platform.error.Problems;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.security.AnonymousReads;

/**
 * {@code GET /api/v1/status} and {@code GET /api/v1/products}: ready bytes from {@link PublicStatus},
 * like the banner: open to every origin, {@code ETag} with 304 on a matching {@code If-None-Match},
 * {@code Cache-Control: public, max-age=15}, no per-request work beyond a map look-up. A filter in
 * front of JAX-RS, so that the other methods of {@code /api/v1/products} (an administrator's
 * {@code POST}) and requests with credentials go on to the resources. Described for OpenAPI in
 * {@code META-INF/openapi.yaml} and by {@code ProductResource}.
 */
@AnonymousReads
@WebFilter(filterName = "StatusApi", urlPatterns = {StatusApi.STATUS, StatusApi.PRODUCTS})
public class StatusApi extends HttpFilter {

    static final String STATUS = "/api/v1/status";
    static final String PRODUCTS = "/api/v1/products";
    static final String CACHE_CONTROL = "public, max-age=15";

    @Inject
    PublicStatus snapshot;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        boolean status = path.equals(STATUS);
        if (!status && (!path.equals(PRODUCTS) || request.getHeader("Authorization") != null)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "ETag");
        if ("OPTIONS".equals(method)) {
            response.setHeader("Access-Control-Allow-Methods", "GET, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "If-None-Match");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            if (status) {
                response.setHeader("Allow", "GET, HEAD, OPTIONS");
                Problems.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, Problems.language(request),
                        "error.http.405.readOnly");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        // names in nl (the default) or en; another value means the default, as it always did here
        Language language = Language.fromCode(request.getParameter("lang")).orElse(Language.DEFAULT);
        (status ? snapshot.status(language) : snapshot.products(language))
                .serve(request, response, CACHE_CONTROL);
    }
}
