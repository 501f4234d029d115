package org.serviceportal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewsletterHtmlTest {

    @Test
    void sanitizingRemovesScriptsHandlersAndJavascriptLinks() {
        String clean = NewsletterHtml.sanitize("<p onclick=\"x()\">Hi <b>all</b><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">bad</a> <a href=\"https://example.org/\">good</a></p><img src=x>");
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("javascript"), clean);
        assertFalse(clean.contains("<img"), clean);
        assertTrue(clean.contains("<b>all</b>"), clean);
        assertTrue(clean.contains("href=\"https://example.org/\""), clean);
    }

    @Test
    void textPartKeepsParagraphsListsAndLinkAddresses() {
        String text = NewsletterHtml.toText("<p>One &amp; two</p><ul><li>a</li><li>b</li></ul>"
                + "<p><a href=\"https://example.org/x\">site</a></p>");
        assertEquals("One & two\n\n- a\n- b\n\nsite (https://example.org/x)", text);
    }

    @Test
    void escapeNeutralisesMarkup() {
        assertEquals("&lt;b&gt; &amp; &#34;q&#34;", NewsletterHtml.escape("<b> & \"q\""));
    }
}
