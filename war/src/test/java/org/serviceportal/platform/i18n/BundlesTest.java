package org.serviceportal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dutch and English say the same things, and every key the views use exists. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        var p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        var nl = new TreeSet<>(load("messages_nl.properties").stringPropertyNames());
        var en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        var onlyNl = new TreeSet<>(nl);
        onlyNl.removeAll(en);
        var onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(nl);
        assertTrue(onlyNl.isEmpty(), "only in Dutch: " + onlyNl);
        assertTrue(onlyEn.isEmpty(), "only in English: " + onlyEn);
    }

    /** A key given twice silently keeps the last text only: one feature would overwrite another's. */
    @Test
    void noKeyIsGivenTwice() throws IOException {
        for (String bundle : new String[] {"messages_nl.properties", "messages_en.properties"}) {
            var seen = new TreeSet<String>();
            var twice = new TreeSet<String>();
            try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/" + bundle)) {
                new Properties() {
                    @Override
                    public synchronized Object put(Object k, Object v) {
                        if (!seen.add((String) k)) {
                            twice.add((String) k);
                        }
                        return super.put(k, v);
                    }
                }.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertEquals(new TreeSet<String>(), twice, bundle + ": keys given twice");
        }
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages_nl.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), bundle + ": " + key + " is empty");
            }
        }
    }

    @Test
    void everyKeyTheViewsNameExists() throws IOException {
        Properties nl = load("messages_nl.properties");
        Pattern key = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
        var missing = new TreeSet<String>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = key.matcher(Files.readString(view));
                while (m.find()) {
                    if (!nl.containsKey(m.group(1))) {
                        missing.add(view.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(new TreeSet<String>(), missing);
    }
}
