package org.serviceportal.platform.text;

/** Small rules for text that users type. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks, or null when nothing is left: an empty field means "none". */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
