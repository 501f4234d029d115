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
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.platform.error.Problems;

/**
 * The largest request body the portal accepts, on pages and API alike: {@code portal.http.max-body-bytes}
 * (the outage import: {@code portal.http.max-import-bytes}). A declared {@code Content-Length} above
 * it is answered 413 before a byte of the body is read; a body without one (chunked) is counted
 * while it is read and fails with {@link BodyTooLargeException} (413) as soon as it passes the limit,
 * so no one can make the portal hold a large body in memory. Faces form posts are parsed by the
 * server itself, which bounds chunked ones by the listener's {@code max-post-size-bytes}.
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
            refuse(response, limit);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            request = new Limited(request, limit);
        }
        chain.doFilter(request, response);
    }

    static void refuse(HttpServletResponse response, long limit) throws IOException {
        // the unread body is not worth keeping the connection for
        response.setHeader("Connection", "close");
        Problems.write(response, 413, "Content Too Large", "The request body is larger than " + limit + " bytes.");
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

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
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
