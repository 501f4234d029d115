package org.serviceportal.incident;

import java.time.Instant;
import java.util.List;

/**
 * A version of the incident matrix as the API and the pages show it
 * ({@code GET /api/v1/incident-matrix}); {@code confirmed} is false while the version is provisional
 * (the seed's example, or a new version no administrator has confirmed yet).
 */
public record MatrixView(int version, Instant validFrom, List<Level> impacts, List<Level> urgencies,
        List<Cell> cells, List<Priority> priorities, boolean confirmed, Instant confirmedAt)
        implements java.io.Serializable {

    /** An impact or urgency level, explained in plain words. */
    public record Level(String code, String nameNl, String nameEn, String explanationNl, String explanationEn) implements java.io.Serializable {
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameNl;
        }

        public String explanation(String language) {
            return "en".equals(language) ? explanationEn : explanationNl;
        }
    }

    /** One cell: impact × urgency → priority. */
    public record Cell(String impact, String urgency, String priority) implements java.io.Serializable {
    }

    /** A priority with its targets, in minutes of {@code calendar} (a calendar code). */
    public record Priority(String code, String nameNl, String nameEn, int responseMinutes, int resolutionMinutes,
            String calendar) implements java.io.Serializable {
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameNl;
        }
    }

    /** The priority code of a cell, or null when the matrix has no such cell. */
    public String priorityOf(String impact, String urgency) {
        return cells.stream().filter(c -> c.impact().equals(impact) && c.urgency().equals(urgency))
                .map(Cell::priority).findFirst().orElse(null);
    }

    /** The name of an impact level in a language, or the code when this version has no such level. */
    public String impactName(String code, String language) {
        return levelName(impacts, code, language);
    }

    /** The name of an urgency level in a language, or the code when this version has no such level. */
    public String urgencyName(String code, String language) {
        return levelName(urgencies, code, language);
    }

    private static String levelName(List<Level> levels, String code, String language) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst().map(l -> l.name(language)).orElse(code);
    }

    public Priority priority(String code) {
        return priorities.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }
}
