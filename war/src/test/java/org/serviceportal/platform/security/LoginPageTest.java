package org.serviceportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    private static String after(String next) {
        var page = new LoginPage();
        page.setNext(next);
        return page.safeNext();
    }

    @Test
    void goesBackToThePageAskedFor() {
        assertEquals("/admin/faq.xhtml?x=1", after("/admin/faq.xhtml?x=1"));
    }

    @Test
    void neverRedirectsOutsideThePortal() {
        assertEquals("/admin/index.xhtml", after(null));
        assertEquals("/admin/index.xhtml", after("https://evil.example/"));
        assertEquals("/admin/index.xhtml", after("//evil.example/"));
        assertEquals("/admin/index.xhtml", after("/\\evil.example/"));
        assertEquals("/admin/index.xhtml", after("/admin\r\nSet-Cookie: x=y"));
    }
}
