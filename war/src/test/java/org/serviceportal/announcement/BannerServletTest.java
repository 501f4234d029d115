package org.serviceportal.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

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
    void namesItsMappingAsThePathWhoseAnonymousReadsSkipAuthentication() {
        assertEquals(Set.of("/api/v1/banners"), new BannerReads().anonymousReadPaths());
    }
}
