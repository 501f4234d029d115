package org.serviceportal.availability;

/** CSV cells that a spreadsheet shows as text: quoted, and never read as a formula. */
final class Csv {

    private Csv() {
    }

    /**
     * Quotes a cell; a cell starting with =, +, -, @, tab or carriage return gets a leading
     * apostrophe so that spreadsheets do not run it as a formula (CSV injection).
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    static String fileSafe(String value) {
        return value == null ? "report" : value.replaceAll("[^a-zA-Z0-9-]", "_");
    }
}
