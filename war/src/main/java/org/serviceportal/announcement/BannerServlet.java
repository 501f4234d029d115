package org.serviceportal.announcement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.serviceportal.platform.error.Problems;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.security.AnonymousReads;

/**
 * {@code GET /api/v1/banners?product=&lang=}: the hottest path of the portal, called on every login
 * of every application that shows the banner. A plain servlet rather than a JAX-RS resource: it only
 * picks ready bytes from {@link BannerSnapshot} and writes them, and JAX-RS' per-request machinery
 * would cost more than that. Open to every origin (no credentials); cached briefly; a matching
 * {@code If-None-Match} answers 304. Described for OpenAPI in {@code META-INF/openapi.yaml}.
 */
@AnonymousReads
@WebServlet(name = "BannerServlet", urlPatterns = "/api/v1/banners")
public class BannerServlet extends HttpServlet {

    static final String CACHE_CONTROL = "public, max-age=30";

    @Inject
    transient BannerSnapshot snapshot;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        cors(response);
        String langParam = request.getParameter("lang");
        Optional<Language> language = langParam == null || langParam.isBlank() ? Optional.of(Language.DEFAULT)
                : Language.fromCode(langParam);
        if (language.isEmpty()) {
            Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, Problems.language(request), "error.lang");
            return;
        }
        String product = request.getParameter("product");
        var entry = snapshot.entry(product == null ? "" : product.strip(), language.get());
        if (entry.isEmpty()) {
            Problems.write(response, HttpServletResponse.SC_NOT_FOUND, language.get(), "error.product.unknown",
                    product == null ? "" : product.strip());
            return;
        }
        entry.get().serve(request, response, CACHE_CONTROL);
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        cors(response);
        response.setHeader("Access-Control-Allow-Methods", "GET, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "If-None-Match");
        response.setHeader("Access-Control-Max-Age", "86400");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    static void cors(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "ETag");
    }

}
