package org.serviceportal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The portal speaks to people in one way in Dutch: "je", "jij", "jouw", never the formal "u" or
 * "uw" (not even in a mail). Kept by a test, as a newsletter text once slipped back into "u".
 */
class FormOfAddressTest {

    /** "u", "uw", "uzelf" as words, in any case; letters, digits and {@code -} around make other words. */
    static final Pattern FORMAL = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}_-])(u|uw|uwe|uzelf)(?![\\p{L}\\p{N}_-])");

    /** Texts where "u" is not a person: the abbreviation of "uur" in durations ("2 u 30 min"). */
    static final Map<String, String> ALLOWED = Map.of(
            "status.duration.wholeHours", "{0} u",
            "status.duration.hours", "{0} u {1} min");

    @Test
    void dutchTextsSayJeNotU() throws IOException {
        var nl = new Properties();
        try (InputStream in = FormOfAddressTest.class.getResourceAsStream("/i18n/messages_nl.properties")) {
            nl.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var formal = new TreeMap<String, String>();
        for (String key : nl.stringPropertyNames()) {
            String text = nl.getProperty(key);
            if (FORMAL.matcher(text).find() && !text.equals(ALLOWED.get(key))) {
                formal.put(key, text);
            }
        }
        assertEquals(new TreeMap<String, String>(), formal, "Dutch texts that address people with u/uw");
    }

    @Test
    void theRuleFindsTheFormalWordsAndOnlyThose() {
        for (String formal : new String[] {"Vul uw e-mailadres in.", "U bent uitgeschreven.", "Kunt u dat?", "(u)"}) {
            assertEquals(true, FORMAL.matcher(formal).find(), formal);
        }
        for (String other : new String[] {"Je bent uitgeschreven.", "uur", "minuut", "http://x/u-1",
            "menu", "Jouw voorkeuren"}) {
            assertEquals(false, FORMAL.matcher(other).find(), other);
        }
    }
}
