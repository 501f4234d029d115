package org.serviceportal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.i18n.LanguageFilter;

/**
 * Serves the pages registered with {@link PublicPages} from {@link PageSnapshots}: an anonymous
 * {@code GET} or {@code HEAD} of such a page answers ready bytes with a strong {@code ETag} (304 on
 * a matching {@code If-None-Match}), {@code Cache-Control: public, max-age=30} and
 * {@code Vary: Cookie} (the language may come from the {@code portal-lang} cookie; {@code ?lang=}
 * variants are other URLs anyway).
 * <p>
 * Rendered the ordinary way instead: other methods; requests with an {@code Authorization} header;
 * a query parameter the page does not name; a language switch (it sets the cookie). A logged-in
 * staff member gets the same bytes: the public pages show nothing of the caller.
 * <p>
 * Mapped after the security headers and the same-origin check ({@code web.xml}), so that served
 * bytes carry the same headers as a rendered page.
 */
@WebFilter(filterName = "PageSnapshotFilter", urlPatterns = "/*")
public class PageSnapshotFilter extends HttpFilter {

    @Inject
    PageSnapshots snapshots;

    @Inject
    PublicAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        // Snapshots are for visitors without a session: a signed-in staff member may be shown more (the
        // availability report links each figure to its outages) and sees every change at once.
        if (!"GET".equals(method) && !"HEAD".equals(method) || request.getHeader("Authorization") != null
                || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<PublicPages.Page> page = snapshots.page(path);
        if (page.isEmpty() || LanguageFilter.switches(request)) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        if (!parameters(request.getQueryString(), page.get(), parameters)) {
            chain.doFilter(request, response);
            return;
        }
        Language language = LanguageFilter.choose(request, response);
        request.setAttribute(LanguageFilter.ATTRIBUTE, language);
        // Pages may link absolutely to the address they were asked at (feeds, webcal): a variant per
        // address, so that no Host header can put its links into another's page (the least used variants give way).
        String key = address.here() + PageSnapshots.key(path, language, parameters);

        Capture[] rendered = new Capture[1];
        ReadyBytes bytes;
        try {
            bytes = snapshots.get(key, () -> {
                Capture capture = new Capture(response);
                rendered[0] = capture;
                boolean hadSession = request.getSession(false) != null;
                try {
                    chain.doFilter(request, capture);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new IllegalStateException(e);
                }
                if (!capture.keepable() || !hadSession && request.getSession(false) != null) {
                    throw new PageSnapshots.NotKept();
                }
                return ReadyBytes.of(capture.bytes(), capture.getContentType());
            });
        } catch (PageSnapshots.NotKept e) {
            rendered[0].writeThrough();
            return;
        }
        response.setHeader("Vary", "Cookie");
        bytes.serve(request, response, PageSnapshots.CACHE_CONTROL);
    }

    /**
     * Reads the query: false when it names a parameter the page does not (or one twice); the
     * page's own parameters go into {@code into}.
     */
    static boolean parameters(String query, PublicPages.Page page, Map<String, String> into) {
        if (query == null || query.isEmpty()) {
            return true;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (name.equals("lang")) {
                continue;
            }
            if (!page.parameters().contains(name) || into.putIfAbsent(name, value) != null) {
                return false;
            }
        }
        return true;
    }

    /** Keeps what the page wrote instead of sending it, so that it can be kept (or sent on unchanged). */
    static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private int status = SC_OK;
        private boolean cookie;
        private boolean passedOn;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean keepable() {
            return status == SC_OK && !cookie && !passedOn;
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        /** Sends what was kept as it is: the page could not be kept for everyone. */
        void writeThrough() throws IOException {
            if (passedOn) {
                return;
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setStatus(status);
            byte[] body = bytes();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        @Override
        public void addCookie(Cookie c) {
            cookie = true;
            super.addCookie(c);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                cookie = true;
            }
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                cookie = true;
            }
            super.setHeader(name, value);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            passedOn = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            passedOn = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedOn = true;
            super.sendRedirect(location);
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            buffer.reset();
            status = SC_OK;
        }

        @Override
        public boolean isCommitted() {
            return passedOn;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        // the buffer is always ready: the listener may write at once
                        try {
                            listener.onWritePossible();
                        } catch (IOException e) {
                            listener.onError(e);
                        }
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }
    }
}
