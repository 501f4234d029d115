package org.serviceportal.announcement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebServlet;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.security.AnonymousReads;
import org.serviceportal.platform.web.ReadyBytes;

class BannerServletTest {

    private static final String TAG = "\"abc\"";

    @Test
    void matchesTheTagAloneInAListWeakOrStar() {
        assertTrue(ReadyBytes.matches(TAG, TAG));
        assertTrue(ReadyBytes.matches("\"x\", \"abc\"", TAG));
        assertTrue(ReadyBytes.matches("W/\"abc\"", TAG));
        assertTrue(ReadyBytes.matches("*", TAG));
    }

    @Test
    void doesNotMatchAnotherOrAMissingTag() {
        assertFalse(ReadyBytes.matches(null, TAG));
        assertFalse(ReadyBytes.matches("", TAG));
        assertFalse(ReadyBytes.matches("\"abcd\"", TAG));
        assertFalse(ReadyBytes.matches("abc", TAG));
    }

    @Test
    void isAPathWhoseAnonymousReadsSkipAuthentication() {
        // the feature marks its servlet; the platform takes the servlet's exact paths
        assertTrue(BannerServlet.class.isAnnotationPresent(AnonymousReads.class));
        assertArrayEquals(new String[] {"/api/v1/banners"},
                BannerServlet.class.getAnnotation(WebServlet.class).urlPatterns());
    }
}
