package org.serviceportal.platform.error;

import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;

/**
 * Thrown by {@code getX} service methods when the thing asked for does not exist. {@code what} is
 * the kind of record as the code names it ("SlaTarget"); answers name it in words
 * ({@code entity.<Kind>}), the log in English.
 */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final String id;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
        this.what = what;
        this.id = String.valueOf(id);
    }

    /** "SLA-doel 42 bestaat niet.", "SLA target 42 does not exist." */
    public String message(Language language) {
        String key = "entity." + what.replace(" ", "");
        String name = CurrentLanguage.has(language, key) ? CurrentLanguage.message(language, key) : what;
        return CurrentLanguage.message(language, "error.notFound", name, id);
    }
}
