package org.serviceportal.platform.web;

import java.io.IOException;

/** A request body grew past {@code portal.http.max-body-bytes} while it was read; answered 413. */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
