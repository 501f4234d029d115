package org.serviceportal.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.serviceportal.catalog.ProductNames;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Formats;
import org.serviceportal.platform.i18n.Label;
import org.serviceportal.platform.i18n.Localized;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.mail.OutgoingMail;
import org.serviceportal.platform.web.PublicAddress;

/**
 * Composes the incident mails and the follow link they carry: to the reporter in the reporter's
 * language; to staff (breaches, escalations), whose language the portal does not know, in Dutch and
 * English. What is sent, and when, is {@link IncidentService}'s business.
 */
@ApplicationScoped
public class IncidentMails {

    @Inject
    PublicAddress address;

    @Inject
    ProductNames productNames;

    /** The follow link for a mail (needs {@code portal.base-url}). */
    String followUrlForMail(String reference, String token) {
        return followUrl(address.forMail(), reference, token);
    }

    /** The follow link as an answer to the request being served: at the address it was asked at. */
    String followUrlHere(String reference, String token) {
        return followUrl(address.here(), reference, token);
    }

    private static String followUrl(String base, String reference, String token) {
        return base + "/public/follow.xhtml?reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8)
                + "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The reporter's copy of the report, with the follow link. */
    OutgoingMail reported(Incident i, String followUrl) {
        return toReporter(i, "incident.mail.reported", followUrl);
    }

    /** The question to the reporter while the clock is paused. */
    OutgoingMail waiting(Incident i, String question) {
        return toReporter(i, "incident.mail.waiting", question);
    }

    /** The resolution, with the operator's note. */
    OutgoingMail resolved(Incident i, String note) {
        return toReporter(i, "incident.mail.resolved", note);
    }

    /** To the responsible line (or whoever the escalation chain reaches): a target was missed. */
    OutgoingMail breach(Incident i, Incident.Target target, String to) {
        String key = target == Incident.Target.RESPONSE ? "incident.mail.breach.response" : "incident.mail.breach.resolution";
        return OutgoingMail.text(to, staffSubject(key + ".subject", i.getReference(), i.getPriorityCode()),
                staffBody(key + ".body", i.getReference(), i.getPriorityCode(), i.getSupportLine(),
                        time(i.getResponseDue()), time(i.getResolutionDue()), productName(i)));
    }

    /** To an escalation contact: who escalated, why, and whom to answer. */
    OutgoingMail escalation(Incident i, String to, String reason, String by) {
        return OutgoingMail.text(to, staffSubject("incident.mail.escalation.subject", i.getReference()),
                staffBody("incident.mail.escalation.body", i.getReference(), productName(i),
                        i.getPriorityCode(), Label.of("incident.status." + i.getStatus().name()), i.getSupportLine(), reason, by,
                        i.getReporterEmail()));
    }

    private static OutgoingMail toReporter(Incident i, String key, String extra) {
        Language lang = Language.fromCode(i.getReporterLanguage()).orElse(Language.DEFAULT);
        return OutgoingMail.text(i.getReporterEmail(), text(lang, key + ".subject", i.getReference()),
                text(lang, key + ".body", i.getReference(), i.getReporterName(), i.getPriorityCode(),
                        time(i.getResponseDue()), time(i.getResolutionDue()), extra));
    }

    /** A due time, in the language of the text it fills (the text says the zone once). */
    private static Localized time(Instant instant) {
        return Formats.at(instant);
    }

    /** The product's name in the language of the text it fills, never its code. */
    private Localized productName(Incident i) {
        String code = i.getProductCode();
        return language -> productNames.in(language).name(code);
    }

    /** A subject for staff: Dutch / English. */
    private static String staffSubject(String key, Object... args) {
        return text(Language.NL, key, args) + " / " + text(Language.EN, key, args);
    }

    /** A mail body for staff: the Dutch text, a rule, the English text. */
    private static String staffBody(String key, Object... args) {
        return text(Language.NL, key, args) + "\n\n----\n\n" + text(Language.EN, key, args);
    }

    private static String text(Language language, String key, Object... args) {
        return CurrentLanguage.message(language, key, args);
    }
}
