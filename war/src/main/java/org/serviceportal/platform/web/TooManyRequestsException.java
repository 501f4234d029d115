package org.serviceportal.platform.web;

import java.time.Duration;

/** A caller went over a {@link RateLimiter} limit; the API answers 429 with {@code Retry-After}. */
public class TooManyRequestsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super("Too many requests; try again later.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
