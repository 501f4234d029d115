package org.serviceportal.catalog;

import java.time.Instant;
import org.serviceportal.platform.i18n.Language;

/**
 * An external service as services hand it out, with its fall-back: whether it is on, the message
 * nl/en the public reads while it is, and who switched it last and when (null before the first
 * switch).
 */
public record ExternalServiceView(long id, String code, String nameNl, String nameEn, String descriptionNl,
        String descriptionEn, long version, boolean fallbackActive, String fallbackMessageNl, String fallbackMessageEn,
        Instant fallbackChangedAt, String fallbackChangedBy) implements java.io.Serializable {

    /** The name in this language. */
    public String name(Language language) {
        return language.pick(nameNl, nameEn);
    }

    /** The fall-back message in this language (null when none is kept). */
    public String fallbackMessage(Language language) {
        return language.pick(fallbackMessageNl, fallbackMessageEn);
    }
}
