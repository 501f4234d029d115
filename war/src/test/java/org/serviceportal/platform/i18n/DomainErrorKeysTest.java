package org.serviceportal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every domain error the code raises is a key that both languages have: the code is read for the
 * keys that {@code InvalidInputException}, {@code ConflictException} and {@code Label.of} name, and
 * for every {@code "error.…"} literal; a domain error written as an English sentence fails.
 */
class DomainErrorKeysTest {

    private static final Pattern THROWN = Pattern.compile("new\\s+(InvalidInputException|ConflictException)\\(");
    private static final Pattern ERROR_KEY = Pattern.compile("\"(error\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern LABEL = Pattern.compile("Label\\.of\\(\"([A-Za-z0-9_.]+)\"");
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");

    /** The keys the code names, and the domain errors whose key is a sentence instead. */
    private record Scan(TreeSet<String> keys, TreeSet<String> sentences) {
    }

    private static Properties load(String name) throws IOException {
        var p = new Properties();
        try (InputStream in = DomainErrorKeysTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Scan scan() throws IOException {
        var scan = new Scan(new TreeSet<>(), new TreeSet<>());
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher thrown = THROWN.matcher(source);
                while (thrown.find()) {
                    if (file.getFileName().toString().equals(thrown.group(1) + ".java")) {
                        continue;
                    }
                    List<String> args = arguments(source, thrown.end());
                    int at = thrown.group(1).equals("ConflictException") ? 0 : 1;
                    String key = args.size() > at ? args.get(at).strip() : "";
                    if (key.startsWith("\"") && key.endsWith("\"")) {
                        String text = key.substring(1, key.length() - 1);
                        if (KEY_SHAPE.matcher(text).matches()) {
                            scan.keys().add(text);
                        } else {
                            scan.sentences().add(file.getFileName() + ": " + text);
                        }
                    }
                }
                for (Pattern p : new Pattern[] {ERROR_KEY, LABEL}) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        scan.keys().add(m.group(1));
                    }
                }
            }
        }
        return scan;
    }

    /** The arguments of a call whose opening parenthesis ends at {@code from}, split at its own commas. */
    private static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                arg.append(c);
                if (c == '\\') {
                    arg.append(source.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    args.add(arg.toString());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(arg.toString());
                arg.setLength(0);
                continue;
            }
            arg.append(c);
        }
        return args;
    }

    @Test
    void everyDomainErrorKeyExistsInBothLanguages() throws IOException {
        Properties nl = load("messages_nl.properties");
        Properties en = load("messages_en.properties");
        var keys = scan().keys();
        assertFalse(keys.isEmpty(), "the scan found the keys");
        var missing = new TreeSet<String>();
        for (String key : keys) {
            if (key.endsWith(".")) {
                continue; // a prefix such as Label.of("incident.status." + status): the enum's keys are checked by BundlesTest's neighbours
            }
            if (!nl.containsKey(key)) {
                missing.add("nl: " + key);
            }
            if (!en.containsKey(key)) {
                missing.add("en: " + key);
            }
        }
        assertEquals(new TreeSet<String>(), missing);
    }

    @Test
    void noDomainErrorIsAnEnglishSentence() throws IOException {
        assertEquals(new TreeSet<String>(), scan().sentences());
    }

    @Test
    void everyStateThatAMessageNamesHasANameInBothLanguages() throws IOException {
        Properties nl = load("messages_nl.properties");
        Properties en = load("messages_en.properties");
        var missing = new TreeSet<String>();
        for (String prefix : new String[] {"incident.status.", "admin.outbox.status.", "severity."}) {
            Class<? extends Enum<?>> type = switch (prefix) {
                case "incident.status." -> enumType("org.serviceportal.incident.IncidentStatus");
                case "admin.outbox.status." -> enumType("org.serviceportal.platform.mail.OutboxMessage$Status");
                default -> enumType("org.serviceportal.availability.Severity");
            };
            for (Enum<?> value : type.getEnumConstants()) {
                for (Properties bundle : new Properties[] {nl, en}) {
                    if (!bundle.containsKey(prefix + value.name())) {
                        missing.add(prefix + value.name());
                    }
                }
            }
        }
        assertEquals(new TreeSet<String>(), missing);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumType(String name) {
        try {
            return (Class<? extends Enum<?>>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
