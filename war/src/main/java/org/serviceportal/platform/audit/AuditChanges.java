package org.serviceportal.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Formats;
import org.serviceportal.platform.i18n.Language;

/**
 * What an audit entry changed, for people: its stored before and after states (JSON) compared
 * field by field and said as "field: before → after" lines in a reader's language. Field names come
 * from the bundle ({@code audit.field.<Type>.<field>}, then {@code audit.field.<field>}; a field the
 * bundle does not know is spelled out from its name), values go through {@link Formats} (times,
 * dates, percentages, yes/no, states by their bundle names). A creation lists the fields it made, a
 * removal the fields it took away. Pure: no container, no database.
 */
public final class AuditChanges {

    /** What the entry did to its record. */
    public enum Kind { CREATED, CHANGED, REMOVED, UNREADABLE }

    /**
     * One line: a field's name and its value before and after; {@code before} is null for a line of
     * a creation, {@code after} for one of a removal.
     */
    public record Line(String field, String before, String after) implements java.io.Serializable {

        /** "field: before → after", "field: value" for a creation or a removal. */
        public String text() {
            if (before == null) {
                return field + ": " + after;
            }
            if (after == null) {
                return field + ": " + before;
            }
            return field + ": " + before + " \u2192 " + after;
        }
    }

    /** The lines of one entry; for an entry whose state cannot be read, one line with the stored text. */
    public record Description(Kind kind, List<Line> lines) implements java.io.Serializable {
    }

    /**
     * Bookkeeping fields that say nothing to a reader: the entry's own columns name the record and
     * the moment of the change; a calendar's sequence number counts changes for iCalendar readers.
     */
    private static final Set<String> HIDDEN = Set.of("id", "version", "outageId", "changedAt", "sequence");

    /** Fields whose values are states or levels named in the bundle, with the prefix of their keys. */
    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("severity", "severity"),
            Map.entry("Incident.status", "incident.status"),
            Map.entry("Outage.status", "notices.update"),
            Map.entry("OutageUpdate.status", "notices.update"),
            Map.entry("NewsletterIssue.status", "admin.newsletter.status"),
            Map.entry("OutboxMessage.status", "admin.outbox.status"),
            Map.entry("WebhookDelivery.status", "admin.webhooks.log.status"),
            Map.entry("state", "newsletter.state"),
            Map.entry("channel", "channel"),
            Map.entry("channels", "channel"),
            Map.entry("planning", "audit.value.planning"),
            Map.entry("NewsletterIssue.kind", "admin.newsletter.kind"),
            Map.entry("Calendar.kind", "admin.calendars.kind"),
            Map.entry("format", "admin.webhooks.format"),
            Map.entry("role", "admin.users.role"),
            Map.entry("roles", "admin.users.role"),
            Map.entry("topics", "audit.value.topic"),
            Map.entry("reach", "audit.value.reach"));

    private static final Pattern INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("(\\d{2}:\\d{2})(:00)?");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final int LONGEST = 200;
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|br|li|ul|ol|h[1-6]|div|blockquote|tr|td|th)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final String entityType;
    private final Language language;

    private AuditChanges(String entityType, Language language) {
        this.entityType = entityType == null ? "" : entityType;
        this.language = language;
    }

    /**
     * The lines of an entry in {@code language}.
     *
     * @param entityType the kind of record, as the log names it ({@code SlaTarget})
     * @param before     the stored state before (JSON), null for a creation
     * @param after      the stored state after (JSON), null for a removal
     */
    public static Description describe(String entityType, String before, String after, Language language) {
        return new AuditChanges(entityType, language).describe(before, after);
    }

    /** The name of a kind of record in {@code language} ("SLA-doel"); spelled out from its name when the bundle lacks it ({@code entity.<Type>}). */
    public static String typeName(String entityType, Language language) {
        if (entityType == null) {
            return "";
        }
        String key = "entity." + entityType;
        return CurrentLanguage.has(language, key) ? CurrentLanguage.message(language, key) : spelledOut(entityType);
    }

    private Description describe(String beforeJson, String afterJson) {
        Map<String, JsonValue> before;
        Map<String, JsonValue> after;
        try {
            before = flatten(beforeJson);
            after = flatten(afterJson);
        } catch (JsonException | IllegalStateException e) {
            // a state cut off at its maximum length is no JSON: shown as stored
            return new Description(Kind.UNREADABLE, List.of(new Line(text("admin.audit.changes.stored"),
                    shorten(Objects.toString(beforeJson, "")), shorten(Objects.toString(afterJson, "")))));
        }
        List<Line> lines = new ArrayList<>();
        if (beforeJson == null || afterJson == null) {
            boolean created = beforeJson == null;
            for (var field : (created ? after : before).entrySet()) {
                if (!isEmpty(field.getValue())) {
                    String value = value(field.getKey(), field.getValue());
                    lines.add(created ? new Line(label(field.getKey()), null, value)
                            : new Line(label(field.getKey()), value, null));
                }
            }
            return new Description(created ? Kind.CREATED : Kind.REMOVED, lines);
        }
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            JsonValue was = before.getOrDefault(field, JsonValue.NULL);
            JsonValue is = after.getOrDefault(field, JsonValue.NULL);
            if (same(was, is)) {
                continue;
            }
            if (was instanceof JsonArray before1 && is instanceof JsonArray after1 && ofObjects(before1)
                    && ofObjects(after1)) {
                lines.add(changedItems(field, before1, after1));
            } else {
                String before1 = value(field, was);
                String after1 = value(field, is);
                if (!before1.equals(after1)) {
                    // times that differ only in their seconds read the same: no change for a reader
                    lines.add(new Line(label(field), before1, after1));
                }
            }
        }
        return new Description(Kind.CHANGED, lines);
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** Fields by their path ("target.availabilityPercent", "title.nl"); lists stay whole. */
    private static Map<String, JsonValue> flatten(String json) {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonValue root = reader.readValue();
            if (root instanceof JsonObject object) {
                flatten("", object, fields);
            } else {
                fields.put("value", root);
            }
        }
        return fields;
    }

    private static void flatten(String prefix, JsonObject object, Map<String, JsonValue> fields) {
        for (var field : object.entrySet()) {
            if (HIDDEN.contains(field.getKey())) {
                continue;
            }
            String path = prefix + field.getKey();
            if (field.getValue() instanceof JsonObject nested) {
                flatten(path + ".", nested, fields);
            } else {
                fields.put(path, field.getValue());
            }
        }
    }

    private static boolean isEmpty(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                || value instanceof JsonString s && (s.getString().isEmpty() || s.getString().equals("null"))
                || value instanceof JsonArray a && a.isEmpty();
    }

    /** Equal for a reader: 99.5 and 99.500 are one number, a missing field and an empty one are both empty. */
    private static boolean same(JsonValue a, JsonValue b) {
        if (isEmpty(a) || isEmpty(b)) {
            return isEmpty(a) && isEmpty(b);
        }
        if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static boolean ofObjects(JsonArray array) {
        return !array.isEmpty() && array.stream().allMatch(v -> v instanceof JsonObject);
    }

    /**
     * A list of records (weekly ranges, the cells of a matrix, updates) said by what it lost and
     * what it gained, so that one changed cell of sixteen is not lost in a long line.
     */
    private Line changedItems(String field, JsonArray before, JsonArray after) {
        List<JsonValue> gone = new ArrayList<>(before);
        gone.removeAll(after);
        List<JsonValue> come = new ArrayList<>(after);
        come.removeAll(before);
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        return new Line(label(field), items(leaf, gone), items(leaf, come));
    }

    private String items(String field, List<JsonValue> items) {
        return items.isEmpty() ? text("audit.value.nothing")
                : shorten(list(field, Json.createArrayBuilder(items).build()));
    }

    // ---- names -----------------------------------------------------------------------------------

    /** A field's name in words: "Percentage", "Titel (Nederlands)". */
    String label(String path) {
        int dot = path.lastIndexOf('.');
        String leaf = path.substring(dot + 1);
        if (dot > 0 && (leaf.equals("nl") || leaf.equals("en"))) {
            return inLanguage(label(path.substring(0, dot)), leaf);
        }
        if (leaf.length() > 2 && (leaf.endsWith("Nl") || leaf.endsWith("En"))) {
            String base = leaf.substring(0, leaf.length() - 2);
            return inLanguage(name(base), leaf.substring(leaf.length() - 2).toLowerCase(Locale.ROOT));
        }
        return name(leaf);
    }

    private String name(String field) {
        for (String key : List.of("audit.field." + entityType + "." + field, "audit.field." + field)) {
            if (CurrentLanguage.has(language, key)) {
                return CurrentLanguage.message(language, key);
            }
        }
        return spelledOut(field);
    }

    private String inLanguage(String name, String code) {
        return CurrentLanguage.message(language, "audit.field.inLanguage", name, text("audit.language." + code));
    }

    /** "breachesMarked" → "Breaches marked", "PLANNED_AFTER_START" → "Planned after start". */
    static String spelledOut(String name) {
        String words = name.contains("_") || name.equals(name.toUpperCase(Locale.ROOT))
                ? name.replace('_', ' ').toLowerCase(Locale.ROOT)
                : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    // ---- values ----------------------------------------------------------------------------------

    private String value(String path, JsonValue value) {
        if (isEmpty(value)) {
            return text("audit.value.empty");
        }
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        return shorten(format(leaf, value));
    }

    private String format(String field, JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE -> Formats.yesNo(true, language);
            case FALSE -> Formats.yesNo(false, language);
            case NUMBER -> number(field, ((JsonNumber) value).bigDecimalValue());
            case STRING -> string(field, ((JsonString) value).getString());
            case ARRAY -> list(field, value.asJsonArray());
            case OBJECT -> object(value.asJsonObject());
            default -> text("audit.value.empty");
        };
    }

    private String number(String field, BigDecimal number) {
        if (field.endsWith("Percent") || field.equals("percent")) {
            return Formats.percent(number, language);
        }
        if (field.endsWith("Minutes")) {
            return Formats.duration(number.intValue(), java.util.OptionalInt.empty(), language);
        }
        if (number.stripTrailingZeros().scale() <= 0) {
            try {
                return Formats.number(number.longValueExact(), language);
            } catch (ArithmeticException e) {
                // beyond a long: said as a plain decimal below
            }
        }
        return Formats.decimal(number, language);
    }

    private String string(String field, String s) {
        if (INSTANT.matcher(s).matches()) {
            try {
                return Formats.dateTime(OffsetDateTime.parse(s).toInstant(), language);
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        if (DATE.matcher(s).matches()) {
            try {
                return Formats.date(LocalDate.parse(s), language);
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        var time = TIME.matcher(s);
        if (time.matches()) {
            return time.group(1);
        }
        if (field.equals("day") && CODE.matcher(s).matches()) {
            try {
                return Formats.dayOfWeek(DayOfWeek.valueOf(s), language);
            } catch (IllegalArgumentException e) {
                return s;
            }
        }
        String prefix = STATES.getOrDefault(entityType + "." + field, STATES.get(field));
        if (prefix != null && CODE.matcher(s).matches()) {
            for (String key : List.of(prefix + "." + s, prefix + "." + s.toLowerCase(Locale.ROOT))) {
                if (CurrentLanguage.has(language, key)) {
                    return CurrentLanguage.message(language, key);
                }
            }
            return spelledOut(s);
        }
        // rich text (a newsletter's body) is read as its words, on one line
        if (s.indexOf('<') < 0) {
            return s;
        }
        String words = TAG.matcher(BLOCK.matcher(s).replaceAll(" ")).replaceAll("").replace("&nbsp;", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return SPACE.matcher(words).replaceAll(" ").strip();
    }

    private String list(String field, JsonArray array) {
        List<String> items = new ArrayList<>();
        for (JsonValue item : array) {
            items.add(isEmpty(item) ? text("audit.value.empty") : format(field, item));
        }
        return String.join(array.stream().anyMatch(v -> v instanceof JsonObject) ? "; " : ", ", items);
    }

    /**
     * An object inside a list, said on one line: a text in both languages by the reader's one, a
     * range of a week as "maandag 07:30–19:00", anything else as its values in order.
     */
    private String object(JsonObject object) {
        if (object.containsKey("nl") && object.containsKey("en") && object.size() == 2) {
            JsonValue text = object.get(language.code());
            return isEmpty(text) ? text("audit.value.empty") : format("text", text);
        }
        if (object.containsKey("day") && object.containsKey("from") && object.containsKey("to")) {
            return format("day", object.get("day")) + " " + format("from", object.get("from")) + "\u2013"
                    + format("to", object.get("to"));
        }
        List<String> parts = new ArrayList<>();
        for (var field : object.entrySet()) {
            if (!HIDDEN.contains(field.getKey()) && !isEmpty(field.getValue())) {
                parts.add(format(field.getKey(), field.getValue()));
            }
        }
        return String.join(" ", parts);
    }

    private static String shorten(String s) {
        return s.length() <= LONGEST ? s : s.substring(0, LONGEST - 1) + "\u2026";
    }

    private String text(String key) {
        return CurrentLanguage.message(language, key);
    }
}
