package org.serviceportal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.platform.error.Problems;

/**
 * The largest request body the portal accepts, on pages and API alike: {@code portal.http.max-body-bytes}
 * (the outage import: {@code portal.http.max-import-bytes}). A declared {@code Content-Length} above
 * it is answered 413 before a byte of the body is read; a body without one (chunked) is counted
 * while it is read and fails with {@link BodyTooLargeException} (413) as soon as it passes the limit,
 * so no one can make the portal hold a large body in memory. A chunked page request (browsers
 * always declare the length of a form) is read here, counted, and handed on from that copy, since
 * the server parses form parameters past any stream wrapper.
 */
@WebFilter(filterName = "BodyLimitFilter", urlPatterns = "/*")
public class BodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String IMPORT_PATH = "/api/v1/outages/import";

    @Inject
    @ConfigProperty(name = "portal.http.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "portal.http.max-import-bytes", defaultValue = "16777216")
    long maxImportBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = path.equals(IMPORT_PATH) ? maxImportBytes : maxBodyBytes;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            if (!path.startsWith("/api/")) {
                // the server parses page forms itself, past any wrapper: count the body here first
                byte[] body = new Counting(request.getInputStream(), limit).readBody();
                if (body == null) {
                    refuse(request, response, limit);
                    return;
                }
                request = new Buffered(request, body);
            } else {
                request = new Limited(request, limit);
            }
        }
        chain.doFilter(request, response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        // the unread body is not worth keeping the connection for
        response.setHeader("Connection", "close");
        Problems.write(response, 413, Problems.language(request), "error.http.413", limit);
    }

    /** A request whose body stream fails once more than {@code limit} bytes were read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    /**
     * A page request whose chunked body was read into memory (at most the limit): its stream and,
     * for a form, its parameters come from that copy.
     */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private Map<String, String[]> parameters;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("not asynchronous");
                }
            };
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, List<String>> all = new LinkedHashMap<>();
                String query = getQueryString();
                if (query != null) {
                    parse(query, all);
                }
                String type = getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                    parse(new String(body, StandardCharsets.ISO_8859_1), all);
                }
                Map<String, String[]> map = new LinkedHashMap<>();
                all.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(map);
            }
            return parameters;
        }

        private void parse(String encoded, Map<String, List<String>> into) {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), Charset.forName(charset));
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), Charset.forName(charset));
                into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        /** The whole body, or null when it is larger than the limit (then the rest is left unread). */
        byte[] readBody() throws IOException {
            try {
                return readAllBytes();
            } catch (BodyTooLargeException e) {
                return null;
            }
        }

        private int count(int n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new BodyTooLargeException(limit);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
