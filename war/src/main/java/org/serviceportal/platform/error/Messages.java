package org.serviceportal.platform.error;

import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;

/** The text of a domain error's key, forgiving: a key the bundles lack is shown as it is, never a second error. */
final class Messages {

    private Messages() {
    }

    static String text(Language language, String key, Object[] args) {
        if (key == null || !CurrentLanguage.has(language, key)) {
            return key;
        }
        return CurrentLanguage.message(language, key, args);
    }
}
