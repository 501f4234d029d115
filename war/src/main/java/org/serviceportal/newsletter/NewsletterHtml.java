package org.serviceportal.newsletter;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** The HTML of newsletters: what editors may write (OWASP Java HTML Sanitizer), escaping, and the plain-text part. */
final class NewsletterHtml {

    /** Paragraphs, headings, lists, emphasis, tables and http(s)/mailto links; no scripts, styles, images or forms. */
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowStandardUrlProtocols().allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer").toFactory());

    private NewsletterHtml() {
    }

    static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        var b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A readable plain-text rendering of sanitised HTML, for the text part of a mail; links keep their address. */
    static String toText(String html) {
        String s = html.replaceAll("(?i)<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", "$2 ($1)")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li[^>]*>", "\n- ")
                .replaceAll("(?i)</(p|div|h[1-6]|ul|ol|table|tr|blockquote)>", "\n\n")
                .replaceAll("<[^>]+>", "");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#64;", "@").replace("&nbsp;", " ").replace("&amp;", "&");
        return s.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
