package org.serviceportal.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.serviceportal.calendar.CalendarDefinition;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;

/**
 * Owns the incident matrix. Everyone reads the version in force; an administrator's change writes
 * a new version (audited, the old one kept), so incidents classified before keep their targets.
 */
@ApplicationScoped
public class IncidentMatrixService {

    static final String CODE = "[A-Z0-9][A-Z0-9_-]{0,19}";

    /** An impact or urgency level of a new version. */
    public record LevelChange(
            @NotBlank @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 200) String nameNl,
            @NotBlank @Size(max = 200) String nameEn,
            @NotBlank @Size(max = 2000) String explanationNl,
            @NotBlank @Size(max = 2000) String explanationEn) {
    }

    /** A priority of a new version: targets in minutes of the calendar with code {@code calendar}. */
    public record PriorityChange(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,9}") String code,
            @NotBlank @Size(max = 200) String nameNl,
            @NotBlank @Size(max = 200) String nameEn,
            @Min(1) @Max(525_600) int responseMinutes,
            @Min(1) @Max(525_600) int resolutionMinutes,
            @NotBlank String calendar) {
    }

    /**
     * A whole new version of the matrix; {@code basedOn} is the version number the administrator
     * edited (a newer one in force → 409).
     */
    public record MatrixChange(
            @Min(1) int basedOn,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid LevelChange> impacts,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid LevelChange> urgencies,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid PriorityChange> priorities,
            @NotEmpty List<MatrixView.@NotNull Cell> cells,
            @Size(max = 2000) String note) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    jakarta.enterprise.event.Event<IncidentMatrixChanged> changed;

    /** The version in force. */
    public MatrixView current() {
        return view(currentEntity());
    }

    /** A given version, as incidents classified under it refer to it. */
    public MatrixView version(int number) {
        return em.createNamedQuery(IncidentMatrix.FIND_BY_NUMBER, IncidentMatrix.class).setParameter("number", number)
                .getResultStream().findFirst().map(IncidentMatrixService::view)
                .orElseThrow(() -> new NotFoundException("Incident matrix version", number));
    }

    IncidentMatrix currentEntity() {
        return em.createNamedQuery(IncidentMatrix.FIND_CURRENT, IncidentMatrix.class).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException("no incident matrix"));
    }

    /**
     * The priority an impact and urgency get in the version in force.
     *
     * @throws InvalidInputException naming {@code impact} or {@code urgency} when the code is unknown
     */
    IncidentPriority classify(String impact, String urgency) {
        IncidentMatrix m = currentEntity();
        if (m.getLevels().stream().noneMatch(l -> l.getAxis() == MatrixAxis.IMPACT && l.getCode().equals(impact))) {
            throw new InvalidInputException("impact", "error.matrix.unknownImpact", impact);
        }
        if (m.getLevels().stream().noneMatch(l -> l.getAxis() == MatrixAxis.URGENCY && l.getCode().equals(urgency))) {
            throw new InvalidInputException("urgency", "error.matrix.unknownUrgency", urgency);
        }
        String code = m.getCells().stream().filter(c -> c.getImpactCode().equals(impact)
                && c.getUrgencyCode().equals(urgency)).map(MatrixCell::getPriorityCode).findFirst()
                .orElseThrow(() -> new IllegalStateException("matrix " + m.getVersionNumber() + " lacks a cell"));
        return m.getPriorities().stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow();
    }

    /**
     * Writes the next version of the matrix (administrators). Every impact × urgency pair must have
     * exactly one cell naming a priority of the version; every calendar must exist.
     */
    @Transactional
    public MatrixView update(@NotNull @Valid MatrixChange change) {
        IncidentMatrix current = currentEntity();
        if (current.getVersionNumber() != change.basedOn()) {
            throw new StaleVersionException("Incident matrix", change.basedOn());
        }
        unique("impacts", change.impacts().stream().map(LevelChange::code).toList());
        unique("urgencies", change.urgencies().stream().map(LevelChange::code).toList());
        unique("priorities", change.priorities().stream().map(PriorityChange::code).toList());
        Set<String> priorityCodes = new HashSet<>(change.priorities().stream().map(PriorityChange::code).toList());
        Set<String> pairs = new HashSet<>();
        for (MatrixView.Cell c : change.cells()) {
            if (change.impacts().stream().noneMatch(l -> l.code().equals(c.impact()))
                    || change.urgencies().stream().noneMatch(l -> l.code().equals(c.urgency()))) {
                throw new InvalidInputException("cells", "error.matrix.cellUnknownLevel");
            }
            if (!priorityCodes.contains(c.priority())) {
                throw new InvalidInputException("cells", "error.matrix.cellUnknownPriority", c.priority());
            }
            if (!pairs.add(c.impact() + "\u0000" + c.urgency())) {
                throw new InvalidInputException("cells", "error.matrix.cellTwice", c.impact(), c.urgency());
            }
        }
        if (pairs.size() != change.impacts().size() * change.urgencies().size()) {
            throw new InvalidInputException("cells", "error.matrix.cellMissing");
        }
        var calendars = em.createNamedQuery(CalendarDefinition.FIND_ALL, CalendarDefinition.class).getResultList();
        var before = view(current);
        var next = new IncidentMatrix(current.getVersionNumber() + 1, clock.instant(), actor(),
                change.note() == null || change.note().isBlank() ? null : change.note().strip());
        int i = 0;
        for (LevelChange l : change.impacts()) {
            next.getLevels().add(level(next, MatrixAxis.IMPACT, l, ++i));
        }
        i = 0;
        for (LevelChange l : change.urgencies()) {
            next.getLevels().add(level(next, MatrixAxis.URGENCY, l, ++i));
        }
        i = 0;
        for (PriorityChange p : change.priorities()) {
            CalendarDefinition calendar = calendars.stream().filter(c -> c.getCode().equals(p.calendar())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("priorities", "error.calendar.unknown", p.calendar()));
            next.getPriorities().add(new IncidentPriority(next, p.code(), ++i, p.nameNl().strip(), p.nameEn().strip(),
                    p.responseMinutes(), p.resolutionMinutes(), calendar));
        }
        for (MatrixView.Cell c : change.cells()) {
            next.getCells().add(new MatrixCell(next, c.impact(), c.urgency(), c.priority()));
        }
        em.persist(next);
        em.flush();
        var after = view(next);
        audit.updated("IncidentMatrix", next.getVersionNumber(), before, after);
        changed.fire(new IncidentMatrixChanged(next.getVersionNumber()));
        return after;
    }

    /**
     * Confirms the version in force as the organisation's own (administrators): from then on the public
     * pages no longer call it provisional. {@code number} is the version the administrator looked at
     * (a newer one in force → 409); confirming a confirmed version changes nothing.
     */
    @Transactional
    public MatrixView confirm(int number) {
        IncidentMatrix current = currentEntity();
        if (current.getVersionNumber() != number) {
            throw new StaleVersionException("Incident matrix", number);
        }
        if (!current.isConfirmed()) {
            var before = view(current);
            current.confirm(clock.instant(), actor());
            em.flush();
            var after = view(current);
            audit.updated("IncidentMatrix", number, before, after);
            changed.fire(new IncidentMatrixChanged(number));
        }
        return view(current);
    }

    private static MatrixLevel level(IncidentMatrix m, MatrixAxis axis, LevelChange l, int order) {
        return new MatrixLevel(m, axis, l.code(), order, l.nameNl().strip(), l.nameEn().strip(),
                l.explanationNl().strip(), l.explanationEn().strip());
    }

    private static void unique(String field, List<String> codes) {
        if (new HashSet<>(codes).size() != codes.size()) {
            throw new InvalidInputException(field, "error.matrix.codesUnique");
        }
    }

    private String actor() {
        var p = security.getCallerPrincipal();
        return p == null ? "system" : p.getName();
    }

    static MatrixView view(IncidentMatrix m) {
        List<MatrixView.Level> impacts = levels(m, MatrixAxis.IMPACT);
        List<MatrixView.Level> urgencies = levels(m, MatrixAxis.URGENCY);
        List<MatrixView.Cell> cells = new java.util.ArrayList<>();
        for (MatrixView.Level i : impacts) {
            for (MatrixView.Level u : urgencies) {
                m.getCells().stream().filter(c -> c.getImpactCode().equals(i.code()) && c.getUrgencyCode().equals(u.code()))
                        .findFirst().ifPresent(c -> cells.add(new MatrixView.Cell(i.code(), u.code(), c.getPriorityCode())));
            }
        }
        List<MatrixView.Priority> priorities = m.getPriorities().stream()
                .sorted(java.util.Comparator.comparingInt(IncidentPriority::getSortOrder))
                .map(p -> new MatrixView.Priority(p.getCode(), p.getNameNl(), p.getNameEn(), p.getResponseMinutes(),
                        p.getResolutionMinutes(), p.getCalendar().getCode())).toList();
        return new MatrixView(m.getVersionNumber(), m.getValidFrom(), impacts, urgencies, List.copyOf(cells), priorities,
                m.isConfirmed(), m.getConfirmedAt());
    }

    private static List<MatrixView.Level> levels(IncidentMatrix m, MatrixAxis axis) {
        return m.getLevels().stream().filter(l -> l.getAxis() == axis)
                .sorted(java.util.Comparator.comparingInt(MatrixLevel::getSortOrder))
                .map(l -> new MatrixView.Level(l.getCode(), l.getNameNl(), l.getNameEn(), l.getExplanationNl(),
                        l.getExplanationEn())).toList();
    }
}
