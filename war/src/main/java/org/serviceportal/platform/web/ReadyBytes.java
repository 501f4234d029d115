package org.serviceportal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A response body made once and served many times: its bytes, its media type and a strong entity
 * tag (a digest of the bytes, so that every node of a cluster gives the same bytes the same tag).
 */
public record ReadyBytes(byte[] body, String contentType, String etag) {

    public static ReadyBytes of(byte[] body, String contentType) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new ReadyBytes(body, contentType, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReadyBytes json(String json) {
        return of(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /**
     * Answers with these bytes: {@code ETag} and {@code Cache-Control} always, 304 without a body
     * when {@code If-None-Match} names the tag, headers alone for {@code HEAD}.
     */
    public void serve(HttpServletRequest request, HttpServletResponse response, String cacheControl) throws IOException {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Whether an If-None-Match header names the tag (a list, weak tags and * included). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag) || t.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
