package org.serviceportal.platform.audit;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.web.TimeDisplay;

/** Admin page: the audit log, newest first, paged in the database and filtered (administrators). */
@Named
@ViewScoped
public class ViewAuditLog implements Serializable {

    private static final String TABLE = ":audit:table";

    @Inject
    AuditLog audit;

    @Inject
    CurrentLanguage lang;

    /** A row of the table: the entry, the name of its kind of record and its changes, in the page's language. */
    public record Row(AuditLog.EntryView entry, String typeName, AuditChanges.Description changes)
            implements Serializable {
    }

    /** A kind of record to filter by, named in the page's language. */
    public record TypeOption(String code, String name) implements Serializable {
    }

    private String actor;
    private String entityType;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private List<TypeOption> entityTypes;

    private final LazyDataModel<Row> entries = new Entries();

    /** Pages the log through the database, so a long history never sits in memory. */
    private class Entries extends LazyDataModel<Row> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(filter()));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Language language = lang.getLanguage();
            return audit.find(filter(), first, pageSize).stream()
                    .map(e -> new Row(e, AuditChanges.typeName(e.entityType(), language),
                            AuditChanges.describe(e.entityType(), e.before(), e.after(), language)))
                    .toList();
        }

        @Override
        public String getRowKey(Row row) {
            return Long.toString(row.entry().id());
        }
    }

    public LazyDataModel<Row> getEntries() {
        return entries;
    }

    /** The kinds of record the log holds, by their names in the page's language. */
    public List<TypeOption> getEntityTypes() {
        if (entityTypes == null) {
            Language language = lang.getLanguage();
            entityTypes = audit.entityTypes().stream()
                    .map(t -> new TypeOption(t, AuditChanges.typeName(t, language)))
                    .sorted(java.util.Comparator.comparing(TypeOption::name))
                    .toList();
        }
        return entityTypes;
    }

    public List<String> getActions() {
        return List.of(AuditLog.CREATE, AuditLog.UPDATE, AuditLog.DELETE);
    }

    /** Dates are whole days in Brussels; "to" includes its day. */
    AuditLog.Filter filter() {
        Instant fromInstant = from == null ? null : from.atStartOfDay(TimeDisplay.ZONE).toInstant();
        Instant toInstant = to == null ? null : to.plusDays(1).atStartOfDay(TimeDisplay.ZONE).toInstant();
        return new AuditLog.Filter(blankToNull(actor), blankToNull(entityType), blankToNull(action), fromInstant,
                toInstant);
    }

    /** Applies the filters: the table starts again at its first page. */
    public void search() {
        firstPage();
    }

    /** Clears the filters; the table then shows everything from the first page. */
    public void reset() {
        actor = null;
        entityType = null;
        action = null;
        from = null;
        to = null;
        firstPage();
    }

    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public String getActor() { return actor; }
    public void setActor(String v) { actor = v; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String v) { entityType = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
}
