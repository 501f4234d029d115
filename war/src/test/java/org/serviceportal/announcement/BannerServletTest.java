package org.serviceportal.announcement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebServlet;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.security.PublicPathAuthentication;

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
    void isThePathWhoseAnonymousReadsSkipAuthentication() {
        // the shortcut names the path on its own (the platform does not depend on features)
        assertArrayEquals(new String[] {PublicPathAuthentication.PUBLIC_PATH},
                BannerServlet.class.getAnnotation(WebServlet.class).urlPatterns());
    }
}
