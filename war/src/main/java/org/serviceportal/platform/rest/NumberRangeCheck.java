package org.serviceportal.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.serviceportal.platform.error.InvalidInputException;

/**
 * Refuses a JSON body whose number does not fit the whole-number field it is meant for
 * ({@code 99999999999} for an {@code int}), with 400 naming the field, before JSON-B can wrap it
 * silently, and an instant beyond the years 1 to 9999 (what a database column holds). Walks the body along the record it becomes (records, nested records, collections of
 * them). The body is at most {@code portal.http.max-body-bytes} large, so reading it twice is cheap.
 */
@Provider
public class NumberRangeCheck implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || !needsCheck(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        JsonValue json = null;
        try (var reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            json = reader.readValue();
        } catch (JsonException e) {
            // not JSON: JSON-B says so in its own words
        }
        if (json != null) {
            check(json, context.getGenericType(), "");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean needsCheck(Class<?> type) {
        return type.isRecord() || Collection.class.isAssignableFrom(type);
    }

    static void check(JsonValue value, Type type, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (type instanceof Class<?> c) {
            if (value instanceof JsonNumber n) {
                long min;
                long max;
                if (c == int.class || c == Integer.class) {
                    min = Integer.MIN_VALUE;
                    max = Integer.MAX_VALUE;
                } else if (c == short.class || c == Short.class) {
                    min = Short.MIN_VALUE;
                    max = Short.MAX_VALUE;
                } else if (c == long.class || c == Long.class) {
                    min = Long.MIN_VALUE;
                    max = Long.MAX_VALUE;
                } else {
                    return;
                }
                BigDecimal d = n.bigDecimalValue();
                if (d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(min)) < 0
                        || d.compareTo(BigDecimal.valueOf(max)) > 0) {
                    throw new InvalidInputException(path.isEmpty() ? "body" : path,
                            "error.wholeNumber", String.valueOf(min), String.valueOf(max));
                }
            } else if (c == java.time.Instant.class && value instanceof jakarta.json.JsonString s) {
                // a date beyond what a database column holds: 400 here, not a failure deep in the driver
                try {
                    java.time.Instant instant = java.time.Instant.parse(s.getString());
                    if (instant.isBefore(TimeParameters.EARLIEST) || instant.isAfter(TimeParameters.LATEST)) {
                        String field = path.isEmpty() ? "body" : path;
                        throw new InvalidInputException(field, "error.time.years", field);
                    }
                } catch (java.time.DateTimeException e) {
                    // not an instant: JSON-B says so in its own words
                }
            } else if (c.isRecord() && value instanceof JsonObject o) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    check(o.get(rc.getName()), rc.getGenericType(), path.isEmpty() ? rc.getName() : path + "." + rc.getName());
                }
            }
        } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && value instanceof JsonArray a) {
            Type element = p.getActualTypeArguments()[0];
            for (int i = 0; i < a.size(); i++) {
                check(a.get(i), element, path + "[" + i + "]");
            }
        }
    }
}
