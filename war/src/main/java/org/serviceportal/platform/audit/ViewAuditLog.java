package org.serviceportal.platform.audit;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.serviceportal.platform.web.TimeDisplay;

/** Admin page: the audit log, newest first, paged in the database and filtered (administrators). */
@Named
@ViewScoped
public class ViewAuditLog implements Serializable {

    private static final String TABLE = ":audit:table";
    private static final Map<String, Boolean> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);

    @Inject
    AuditLog audit;

    private String actor;
    private String entityType;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private List<String> entityTypes;

    private final LazyDataModel<AuditLog.EntryView> entries = new Entries();

    /** Pages the log through the database, so a long history never sits in memory. */
    private class Entries extends LazyDataModel<AuditLog.EntryView> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(filter()));
        }

        @Override
        public List<AuditLog.EntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return audit.find(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditLog.EntryView entry) {
            return Long.toString(entry.id());
        }
    }

    public LazyDataModel<AuditLog.EntryView> getEntries() {
        return entries;
    }

    public List<String> getEntityTypes() {
        if (entityTypes == null) {
            entityTypes = audit.entityTypes();
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

    /** A stored state indented for reading; as stored when it is no JSON (e.g. cut off at its maximum length). */
    public String pretty(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            var out = new StringWriter();
            try (var writer = Json.createWriterFactory(PRETTY).createWriter(out)) {
                writer.write(value);
            }
            return out.toString().strip();
        } catch (JsonException e) {
            return json;
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
