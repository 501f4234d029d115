package org.serviceportal.newsletter;

import static org.serviceportal.newsletter.NewsletterHtml.escape;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.serviceportal.platform.web.PublicAddress;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.mail.OutgoingMail;
import org.serviceportal.platform.i18n.Formats;

/** Composes the newsletter's mails in the recipient's language, with the links they carry. */
@ApplicationScoped
public class NewsletterMails {

    @Inject
    PublicAddress address;

    static String text(Language language, String key, Object... args) {
        return CurrentLanguage.message(language, key, args);
    }

    static String time(Language language, Instant t) {
        return Formats.weekday(t.atZone(Formats.ZONE).toLocalDate(), language) + " " + Formats.time(t, language)
                + " " + text(language, "newsletter.mail.zone");
    }

    String confirmUrl(Language language, String token) {
        return page("newsletter-confirm", language, token);
    }

    String manageUrl(Language language, String linkToken) {
        return page("newsletter-manage", language, linkToken);
    }

    String unsubscribePageUrl(Language language, String linkToken) {
        return page("newsletter-unsubscribe", language, linkToken);
    }

    /** The RFC 8058 one-click address: a POST to it unsubscribes, a GET does nothing. */
    String oneClickUrl(String linkToken) {
        return address.forMail() + "/api/v1/subscriptions/unsubscribe?token=" + encode(linkToken);
    }

    private String page(String name, Language language, String token) {
        return address.forMail() + "/public/" + name + ".xhtml?token=" + encode(token) + "&lang=" + language.code();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The confirmation mail. Every subscription request gets exactly this mail, whether the address is
     * new, pending, confirmed or unsubscribed: nobody learns from it (or from the API's answer) whether
     * an address was known. Confirming applies the request's language and products.
     */
    OutgoingMail confirmation(String to, Language language, String confirmToken) {
        String url = confirmUrl(language, confirmToken);
        String subject = text(language, "newsletter.mail.confirm.subject");
        String intro = text(language, "newsletter.mail.confirm.intro");
        String action = text(language, "newsletter.mail.confirm.action");
        String ignore = text(language, "newsletter.mail.confirm.ignore");
        String text = intro + "\n\n" + action + ":\n" + url + "\n\n" + ignore + "\n";
        String html = "<p>" + escape(intro) + "</p>\n<p><a href=\"" + escape(url) + "\">" + escape(action) + "</a></p>\n<p>"
                + escape(ignore) + "</p>";
        return new OutgoingMail(to, subject, text, wrap(language, subject, html), Map.of());
    }

    /** One subscriber's copy of an issue: the issue's body with the manage and unsubscribe links, and RFC 8058 headers. */
    OutgoingMail issueCopy(String to, Language language, String subject, String bodyHtml, String linkToken) {
        String manage = manageUrl(language, linkToken);
        String unsubscribe = unsubscribePageUrl(language, linkToken);
        String why = text(language, "newsletter.mail.footer.why");
        String manageText = text(language, "newsletter.mail.footer.manage");
        String unsubscribeText = text(language, "newsletter.mail.footer.unsubscribe");
        String footerHtml = "<hr/>\n<p>" + escape(why) + "</p>\n<p><a href=\"" + escape(manage) + "\">" + escape(manageText)
                + "</a> | <a href=\"" + escape(unsubscribe) + "\">" + escape(unsubscribeText) + "</a></p>";
        String text = NewsletterHtml.toText(bodyHtml) + "\n\n-- \n" + why + "\n" + manageText + ": " + manage + "\n"
                + unsubscribeText + ": " + unsubscribe + "\n";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + oneClickUrl(linkToken) + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new OutgoingMail(to, subject, text, wrap(language, subject, bodyHtml + "\n" + footerHtml), headers);
    }

    /** A test copy for an editor: the issue as subscribers will see it, with links that lead nowhere harmful. */
    OutgoingMail testCopy(String to, Language language, String subject, String bodyHtml) {
        String note = text(language, "newsletter.mail.test.note");
        String tag = text(language, "newsletter.mail.test.tag");
        String html = "<p><em>" + escape(note) + "</em></p>\n" + bodyHtml;
        return new OutgoingMail(to, tag + " " + subject, note + "\n\n" + NewsletterHtml.toText(bodyHtml) + "\n",
                wrap(language, subject, html), Map.of());
    }

    private static String wrap(Language language, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\"><head><meta charset=\"UTF-8\"/><title>" + escape(title)
                + "</title></head><body>\n" + body + "\n</body></html>";
    }
}
