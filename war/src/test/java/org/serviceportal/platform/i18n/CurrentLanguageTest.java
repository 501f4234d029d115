package org.serviceportal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CurrentLanguageTest {

    @Test
    void theSwitchKeepsThePagesQueryAndChangesOnlyTheLanguage() {
        assertEquals("?reference=INC-2026-000123&token=abc%2Bdef&lang=en",
                CurrentLanguage.switchHref("reference=INC-2026-000123&token=abc%2Bdef&lang=nl", Language.EN));
        assertEquals("?q=wachtwoord&lang=nl", CurrentLanguage.switchHref("lang=en&q=wachtwoord", Language.NL));
        assertEquals("?lang=en", CurrentLanguage.switchHref(null, Language.EN));
        assertEquals("?language=x&lang=en", CurrentLanguage.switchHref("language=x&lang&", Language.EN),
                "only the lang parameter itself goes");
    }
}
