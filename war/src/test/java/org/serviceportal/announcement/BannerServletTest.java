package org.serviceportal.announcement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebServlet;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.security.AnonymousReads;

class BannerServletTest {

    private static final String TAG = "\"abc\"";

    @Test
    void matchesTheTagAloneInAListWeakOrStar() {
        assertTrue(BannerServlet.matches(TAG, TAG));
        assertTrue(BannerServlet.matches("\"x\", \"abc\"", TAG));
        assertTrue(BannerServlet.matches("W/\"abc\"", TAG));
        assertTrue(BannerServlet.matches("*", TAG));
    }

    @Test
    void doesNotMatchAnotherOrAMissingTag() {
        assertFalse(BannerServlet.matches(null, TAG));
        assertFalse(BannerServlet.matches("", TAG));
        assertFalse(BannerServlet.matches("\"abcd\"", TAG));
        assertFalse(BannerServlet.matches("abc", TAG));
    }

    @Test
    void isAPathWhoseAnonymousReadsSkipAuthentication() {
        // the feature marks its servlet; the platform takes the servlet's exact paths
        assertTrue(BannerServlet.class.isAnnotationPresent(AnonymousReads.class));
        assertArrayEquals(new String[] {"/api/v1/banners"},
                BannerServlet.class.getAnnotation(WebServlet.class).urlPatterns());
    }
}
