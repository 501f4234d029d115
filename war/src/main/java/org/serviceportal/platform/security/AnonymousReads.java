package org.serviceportal.platform.security;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a servlet or filter whose answer is public and the same for everyone: an anonymous read of one
 * of its exact URL patterns ({@code GET}, {@code HEAD} or {@code OPTIONS} without an {@code Authorization}
 * header) skips the authentication module ({@link PublicPathAuthentication}). A feature marks its own
 * servlet or filter; the platform names no path.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface AnonymousReads {
}
