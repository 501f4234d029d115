package org.serviceportal.platform.security;

import jakarta.security.enterprise.credential.Credential;

/** The secret of an API token as presented in {@code Authorization: Bearer ...}. */
public record BearerTokenCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "BearerTokenCredential[***]";
    }
}
