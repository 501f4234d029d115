/*
 * Benchmark of the availability report and the status page over 100 000 outages (5 products,
 * 24 months). Needs only a JDK: run it with `java src/bench/AvailabilityBench.java BASE_URL ADMIN_PASSWORD`
 * against a portal with a fresh database; src/bench/availability-bench.sh does all of it.
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

public class AvailabilityBench {

    static final String[] PRODUCTS = {"toegangsbeheer", "sleutelbeheer", "geprivilegieerd-toegangsbeheer",
        "gebruikersbeheer", "certificatenbeheer"};
    static final int OUTAGES = 100_000;
    static final int MONTHS = 24;
    static final int CHUNK = 5_000;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18580";
        String adminPassword = args.length > 1 ? args[1] : "bench-admin-password";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes());

        var issued = send(base, "POST", "/api/v1/api-tokens",
                "{\"name\":\"bench-" + System.nanoTime() + "\",\"role\":\"OPERATOR\",\"validDays\":1}", basic);
        String token = "Bearer " + issued.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");

        ZoneId zone = ZoneId.of("Europe/Brussels");
        YearMonth last = YearMonth.now(zone).minusMonths(1);
        YearMonth first = last.minusMonths(MONTHS - 1);
        Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        long span = to.getEpochSecond() - from.getEpochSecond();

        var random = new Random(20261128L);
        long loadStart = System.nanoTime();
        StringBuilder chunk = new StringBuilder();
        int inChunk = 0;
        for (int i = 0; i < OUTAGES; i++) {
            long start = from.getEpochSecond() + (long) (random.nextDouble() * (span - 4 * 3600));
            long minutes = 1 + random.nextInt(180);
            int kind = random.nextInt(10);
            String severity = kind < 4 ? "MAJOR" : kind < 8 ? "PARTIAL" : "DEGRADED";
            String causedBy = random.nextInt(10) == 0 ? "\"fas\"" : "null";
            chunk.append(inChunk == 0 ? "[" : ",")
                    .append("{\"product\":\"").append(PRODUCTS[i % PRODUCTS.length])
                    .append("\",\"startedAt\":\"").append(Instant.ofEpochSecond(start))
                    .append("\",\"endedAt\":\"").append(Instant.ofEpochSecond(start + minutes * 60))
                    .append("\",\"severity\":\"").append(severity)
                    .append("\",\"causedBy\":").append(causedBy).append(",\"cause\":\"bench\"}");
            if (++inChunk == CHUNK) {
                post(base, chunk.append("]").toString(), token);
                chunk.setLength(0);
                inChunk = 0;
            }
        }
        if (inChunk > 0) {
            post(base, chunk.append("]").toString(), token);
        }
        System.out.printf("loaded %d outages over %d months (%s to %s) in %.1f s%n", OUTAGES, MONTHS, first, last,
                (System.nanoTime() - loadStart) / 1e9);

        List<String> reports = new ArrayList<>();
        for (String p : PRODUCTS) {
            reports.add("/api/v1/availability?product=" + p + "&from=" + first + "&to=" + last);
        }
        String reportPage = "/public/availability.xhtml?product=sleutelbeheer&year=" + last.getYear();
        String status = "/public/status.xhtml";
        String products = "/api/v1/products";

        // warm-up: the JIT needs a while before figures mean anything
        for (int i = 0; i < rounds; i++) {
            for (String r : reports) {
                get(base, r);
            }
            get(base, status);
            get(base, reportPage);
        }
        measure(base, "availability API, 24 months, 1 product", reports, rounds);
        measure(base, "availability report page (current year)", List.of(reportPage), rounds);
        measure(base, "status page (5 products, 90-day bars)", List.of(status), rounds);
        measure(base, "products API (live status)", List.of(products), rounds);
    }

    static void measure(String base, String name, List<String> paths, int rounds) throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (String path : paths) {
                long t = System.nanoTime();
                get(base, path);
                micros.add((System.nanoTime() - t) / 1000);
            }
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-45s n=%4d  median %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", name, sorted.length,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    static void post(String base, String json, String auth) throws Exception {
        var response = send(base, "POST", "/api/v1/outages/import", json, auth);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import failed: " + response.statusCode() + " " + response.body());
        }
    }

    static void get(String base, String path) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    static HttpResponse<String> send(String base, String method, String path, String json, String auth) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String join(String... s) {
        return String.join(",", Arrays.asList(s));
    }
}
