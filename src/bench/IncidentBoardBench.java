/*
 * Benchmark of the operator board over 1 000 000 incidents. Needs only a JDK (and, for seeding,
 * Derby's jars on the class path). Two steps, both run by src/bench/incident-board-bench.sh:
 *
 *   java -cp derby.jar:derbyshared.jar:derbytools.jar src/bench/IncidentBoardBench.java seed DB_DIR [COUNT [MIGRATIONS]]
 *       writes COUNT incidents straight into the embedded database of a stopped portal (JDBC batches;
 *       the portal must have started once, so its schema exists). The incident table's secondary
 *       indexes are dropped first and made again afterwards from the very statements of the
 *       migrations: building an index once is far faster than growing it row by row.
 *   java src/bench/IncidentBoardBench.java measure BASE_URL ADMIN_PASSWORD [ROUNDS]
 *       pages GET /api/v1/incidents (the board's own queries) for every sort x filter it offers and
 *       prints median and p95 per case
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class IncidentBoardBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "seed" -> seed(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000,
                    args.length > 3 ? args[3] : "war/src/main/resources/db/migration");
            case "measure" -> measure(args[1], args[2], args.length > 3 ? Integer.parseInt(args[3]) : 30);
            default -> {
                System.err.println("usage: seed DB_DIR [COUNT] | measure BASE_URL ADMIN_PASSWORD [ROUNDS]");
                System.exit(2);
            }
        }
    }

    // ---- seeding ---------------------------------------------------------------------------------

    static void seed(String dbDir, int count, String migrations) throws Exception {
        long start = System.nanoTime();
        // a throw-away load: no sync to disk per commit, and a page cache that holds the hot index pages
        System.setProperty("derby.system.durability", "test");
        System.setProperty("derby.storage.pageCacheSize", "16000");
        List<String[]> indexes = incidentIndexes(Path.of(migrations));
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + dbDir)) {
            c.setAutoCommit(false);
            for (String[] index : indexes) {
                try (var st = c.createStatement()) {
                    st.executeUpdate("DROP INDEX " + index[0]);
                }
            }
            c.commit();
            List<Long> products = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT id FROM product ORDER BY id")) {
                while (rs.next()) {
                    products.add(rs.getLong(1));
                }
            }
            long matrixId;
            try (var rs = c.createStatement().executeQuery(
                    "SELECT id FROM incident_matrix WHERE version_number = (SELECT MAX(version_number) FROM incident_matrix)")) {
                rs.next();
                matrixId = rs.getLong(1);
            }
            String[] priorities = {"P1", "P2", "P3", "P4"};
            int[] responseMinutes = {60, 120, 240, 690};
            int[] resolutionMinutes = {240, 690, 2070, 3450};
            String[] calendars = {"24-7", "office-hours", "office-hours", "office-hours"};
            String[] channels = {"PHONE", "CHAT", "MAIL", "WEB"};
            String[] impacts = {"HIGH", "MEDIUM", "LOW"};
            Random random = new Random(20261128L);
            Instant now = Instant.now();
            long span = Duration.ofDays(3 * 365).toSeconds();
            // reported times spread over three years, in order, so references rise with them as in life
            long step = span / count;
            long first = now.getEpochSecond() - span;
            Map<Integer, Long> perYear = new TreeMap<>();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String sql = "INSERT INTO incident (reference, product_id, channel, description, reporter_name,"
                    + " reporter_email, reporter_organisation, reporter_language, matrix_id, impact_code, urgency_code,"
                    + " priority_code, priority_order, calendar_code, response_minutes, resolution_minutes, support_line,"
                    + " status, reported_at, response_due, resolution_due, responded_at, resolved_at, closed_at,"
                    + " response_breached, resolution_breached, breached, follow_token_hash, created_by, created_at,"
                    + " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int n = 0; n < count; n++) {
                    Instant reported = Instant.ofEpochSecond(first + n * step + random.nextInt((int) Math.max(1, step)));
                    int year = reported.atOffset(ZoneOffset.UTC).getYear();
                    long number = perYear.merge(year, 1L, Long::sum);
                    int p = pick(random, 5, 15, 40, 40);
                    int line = 1 + pick(random, 50, 30, 15, 5);
                    // the newest incidents are still open, the old ones closed
                    double age = (count - n) / (double) count;
                    String status = age < 0.03 ? new String[] {"NEW", "IN_PROGRESS", "WAITING_FOR_REPORTER"}[random.nextInt(3)]
                            : age < 0.06 ? "RESOLVED" : "CLOSED";
                    boolean breached = random.nextInt(10) == 0;
                    Instant responseDue = reported.plusSeconds(60L * responseMinutes[p] * (p == 0 ? 1 : 2));
                    Instant resolutionDue = reported.plusSeconds(60L * resolutionMinutes[p] * (p == 0 ? 1 : 2));
                    boolean done = status.equals("RESOLVED") || status.equals("CLOSED");
                    int i = 0;
                    ps.setString(++i, String.format("INC-%d-%06d", year, number));
                    ps.setLong(++i, products.get(random.nextInt(products.size())));
                    ps.setString(++i, channels[random.nextInt(channels.length)]);
                    ps.setString(++i, "Benchmark incident " + n + ": the login page answers slowly for part of the users.");
                    ps.setString(++i, "Reporter " + (n % 5000));
                    ps.setString(++i, "reporter" + (n % 5000) + "@example.org");
                    ps.setString(++i, "Organisation " + (n % 200));
                    ps.setString(++i, n % 4 == 0 ? "en" : "nl");
                    ps.setLong(++i, matrixId);
                    ps.setString(++i, impacts[random.nextInt(3)]);
                    ps.setString(++i, impacts[random.nextInt(3)]);
                    ps.setString(++i, priorities[p]);
                    ps.setInt(++i, p + 1);
                    ps.setString(++i, calendars[p]);
                    ps.setInt(++i, responseMinutes[p]);
                    ps.setInt(++i, resolutionMinutes[p]);
                    ps.setInt(++i, line);
                    ps.setString(++i, status);
                    ps.setTimestamp(++i, Timestamp.from(reported));
                    ps.setTimestamp(++i, Timestamp.from(responseDue));
                    ps.setTimestamp(++i, Timestamp.from(resolutionDue));
                    ps.setTimestamp(++i, status.equals("NEW") ? null : Timestamp.from(reported.plusSeconds(600)));
                    ps.setTimestamp(++i, done ? Timestamp.from(reported.plusSeconds(7200)) : null);
                    ps.setTimestamp(++i, status.equals("CLOSED") ? Timestamp.from(reported.plusSeconds(86400)) : null);
                    ps.setInt(++i, breached && random.nextBoolean() ? 1 : 0);
                    ps.setInt(++i, breached ? 1 : 0);
                    ps.setInt(++i, breached ? 1 : 0);
                    ps.setString(++i, HexFormat.of().formatHex(sha.digest(("bench-" + n).getBytes())));
                    ps.setString(++i, "bench");
                    ps.setTimestamp(++i, Timestamp.from(reported));
                    ps.setTimestamp(++i, Timestamp.from(reported));
                    ps.addBatch();
                    if ((n + 1) % BATCH == 0) {
                        ps.executeBatch();
                        c.commit();
                        if ((n + 1) % 100_000 == 0) {
                            System.out.printf("  %,d incidents, %.0f s%n", n + 1, (System.nanoTime() - start) / 1e9);
                        }
                    }
                }
                ps.executeBatch();
            }
            // the service hands out the next reference after the seeded ones
            try (var del = c.prepareStatement("DELETE FROM incident_counter WHERE counter_year = ?");
                    var ins = c.prepareStatement("INSERT INTO incident_counter (counter_year, last_number) VALUES (?, ?)")) {
                for (var e : perYear.entrySet()) {
                    del.setInt(1, e.getKey());
                    del.executeUpdate();
                    ins.setInt(1, e.getKey());
                    ins.setLong(2, e.getValue());
                    ins.executeUpdate();
                }
            }
            c.commit();
            System.out.printf("  inserted in %.0f s; building %d indexes%n", (System.nanoTime() - start) / 1e9,
                    indexes.size());
            for (String[] index : indexes) {
                try (var st = c.createStatement()) {
                    st.executeUpdate(index[1]);
                }
                c.commit();
            }
            // fresh statistics, so the optimizer knows how selective each index is
            try (var call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'INCIDENT', NULL)")) {
                call.execute();
            }
            c.commit();
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby reports a clean shutdown as an exception
        }
        System.out.printf("seeded %,d incidents in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    /** Name and statement of every CREATE INDEX ... ON incident (...) in the migrations, in order. */
    static List<String[]> incidentIndexes(Path dir) throws Exception {
        Pattern create = Pattern.compile("(?i)CREATE\\s+INDEX\\s+(\\w+)\\s+ON\\s+incident\\s*\\([^)]*\\)");
        // by name: a later migration that drops and creates an index again replaces its definition
        Map<String, String[]> found = new LinkedHashMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList()) {
                Matcher m = create.matcher(Files.readString(f));
                while (m.find()) {
                    found.put(m.group(1).toLowerCase(java.util.Locale.ROOT), new String[] {m.group(1), m.group()});
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** An index drawn with the given weights (percent). */
    static int pick(Random random, int... weights) {
        int r = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    // ---- measuring -------------------------------------------------------------------------------

    static void measure(String base, String adminPassword, int rounds) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes());
        var issued = send(base, "POST", "/api/v1/api-tokens",
                "{\"name\":\"bench-" + System.nanoTime() + "\",\"role\":\"OPERATOR\",\"validDays\":1}", basic);
        if (issued.statusCode() != 201 && issued.statusCode() != 200) {
            throw new IllegalStateException("token: " + issued.statusCode() + " " + issued.body());
        }
        String token = "Bearer " + issued.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("none", "");
        filters.put("status=NEW", "&status=NEW");
        filters.put("status=CLOSED", "&status=CLOSED");
        filters.put("priority=P1", "&priority=P1");
        filters.put("line=3", "&line=3");
        filters.put("product", "&product=sleutelbeheer");
        filters.put("breached=true", "&breached=true");
        filters.put("breached=false", "&breached=false");
        filters.put("status=NEW+line=3", "&status=NEW&line=3");
        filters.put("priority=P1+breached", "&priority=P1&breached=true");
        String[] sorts = {"REPORTED_DESC", "REPORTED_ASC", "RESOLUTION_DUE_ASC"};
        int[] offsets = {0, 1000};

        List<String> all = new ArrayList<>();
        for (String f : filters.values()) {
            for (String s : sorts) {
                for (int o : offsets) {
                    all.add("/api/v1/incidents?limit=25&offset=" + o + "&sort=" + s + f);
                }
            }
        }
        // warm-up: the JIT needs a while before figures mean anything
        long warm = System.nanoTime();
        while (System.nanoTime() - warm < 60_000_000_000L) {
            for (String path : all) {
                get(base, path, token);
            }
        }
        List<Long> everything = new ArrayList<>();
        System.out.printf("%-22s %-20s %6s %9s %9s %9s%n", "filter", "sort", "offset", "median", "p95", "max");
        for (var f : filters.entrySet()) {
            for (String s : sorts) {
                for (int o : offsets) {
                    String path = "/api/v1/incidents?limit=25&offset=" + o + "&sort=" + s + f.getValue();
                    List<Long> micros = new ArrayList<>();
                    for (int i = 0; i < rounds; i++) {
                        long t = System.nanoTime();
                        get(base, path, token);
                        micros.add((System.nanoTime() - t) / 1000);
                    }
                    everything.addAll(micros);
                    long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
                    System.out.printf("%-22s %-20s %6d %6.1f ms %6.1f ms %6.1f ms%n", f.getKey(), s, o,
                            sorted[sorted.length / 2] / 1000.0, p95(sorted) / 1000.0, sorted[sorted.length - 1] / 1000.0);
                }
            }
        }
        long[] sorted = everything.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("all %d cases, n=%d: median %.1f ms, p95 %.1f ms, max %.1f ms%n", all.size(), sorted.length,
                sorted[sorted.length / 2] / 1000.0, p95(sorted) / 1000.0, sorted[sorted.length - 1] / 1000.0);
    }

    static long p95(long[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    static void get(String base, String path, String auth) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " " + response.body());
        }
    }

    static HttpResponse<String> send(String base, String method, String path, String json, String auth) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
