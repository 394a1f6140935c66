package cn.guihua.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.embedded.EmbeddedPostgres;
import cn.guihua.localstack.LocalStack;
import cn.guihua.localstack.Service;
import cn.guihua.testsupport.DevTokens;

/**
 * Bulk ingest of N monitoring values through indicator-service's HTTP API (one atomic JSON request, values stay
 * PENDING: the reporter flow without review), then the time until plan-service applied every resulting event,
 * then the same N rows by plain JDBC batches into the same table on the now idle stack. Prints the rates, their
 * ratio (at least 0.4 is required) and the event counts: produced (outbox rows), published (topic offsets) and
 * applied (plan-service's counter), which must all be equal.
 */
final class IngestBenchmark {

    static final String TOPIC = "guihua.indicator.monitoring";
    static final String APPLIED = "guihua_monitoring_events_applied_total";
    static final String DUPLICATE = "guihua_monitoring_events_duplicate_total";
    static final String INSERT = "INSERT INTO monitoring_value (id, version, indicator_code, jurisdiction, period, year, sex, "
            + "residence, age_group, value, numerator, denominator, unit, department, comment, status, is_current, reported_by, "
            + "reported_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', TRUE, ?, ?)";
    private static final String[] SEXES = { "TOTAL", "FEMALE", "MALE" };
    private static final String[] RESIDENCES = { "TOTAL", "URBAN", "RURAL" };

    private final LocalStack stack;
    private final int rows;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String admin = "Bearer " + DevTokens.token("bench-admin", "admin", "370000");
    private final String reporter = "Bearer " + DevTokens.token("bench-reporter@370104", "reporter", "370104");

    /** One row of the workload: a street of 槐荫区, a month, a disaggregation. */
    private record Row(String jurisdiction, String period, int year, String sex, String residence, BigDecimal value) {
    }

    IngestBenchmark(LocalStack stack, int rows, PrintStream out) {
        this.stack = stack;
        this.rows = rows;
        this.out = out;
    }

    boolean run() throws Exception {
        JsonNode indicator = indicator();
        String code = indicator.get("code").asText();
        String unit = indicator.get("unit").asText();
        int from = indicator.hasNonNull("trackedFrom") ? indicator.get("trackedFrom").asInt() : 2021;
        int to = indicator.hasNonNull("trackedTo") ? indicator.get("trackedTo").asInt() : from + 4;
        List<Row> workload = workload(from, to);
        out.printf("%nWorkload: %d values of %s (%s), streets 370104001.., months %d-%d, 3 sexes x 3 residences%n",
                rows, code, unit, from, to);

        Double appliedBefore = metric(APPLIED);
        Double duplicateBefore = metric(DUPLICATE);
        long offsetsBefore = topicEndOffsets();
        long outboxBefore = count("SELECT count(*) FROM outbox_event");

        byte[] body = body(code, workload);
        out.printf("Request body: %.1f MB of JSON%n", body.length / 1e6);
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Service.INDICATOR.url() + "/api/v1/monitoring-values/bulk"))
                .timeout(Duration.ofMinutes(10)).header("Authorization", reporter).header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        double apiSeconds = (System.nanoTime() - t0) / 1e9;
        long ingestEnd = System.nanoTime();
        if (response.statusCode() != 200) {
            out.println("The bulk request failed: " + response.statusCode() + " " + response.body().substring(0, Math.min(2000, response.body().length())));
            return false;
        }
        JsonNode summary = json.readTree(response.body());
        int accepted = summary.get("accepted").asInt();
        double apiRate = accepted / apiSeconds;
        out.printf("HTTP bulk API : %,d values accepted in %.2f s = %,.0f values/s (status PENDING, no review)%n",
                accepted, apiSeconds, apiRate);

        long produced = count("SELECT count(*) FROM outbox_event") - outboxBefore;
        boolean eventsOk = awaitEvents(produced, ingestEnd, offsetsBefore, appliedBefore, duplicateBefore);

        double jdbcSeconds = rawJdbc(code, unit, workload);
        double jdbcRate = rows / jdbcSeconds;
        double ratio = apiRate / jdbcRate;
        out.printf("%nPlain JDBC    : %,d rows in %.2f s = %,.0f rows/s (batches of 1000, reWriteBatchedInserts, one transaction)%n",
                rows, jdbcSeconds, jdbcRate);
        out.printf("Ratio API/JDBC: %.2f (required >= 0.40): %s%n", ratio, ratio >= 0.4 ? "PASS" : "FAIL");
        return ratio >= 0.4 && eventsOk && accepted == rows;
    }

    /** The indicator to load: NEONATAL_MORTALITY if plan-service has it, else the first rate or quantity. */
    private JsonNode indicator() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode status = json.readTree(send("POST", Service.INDICATOR.url() + "/api/v1/catalogue/refresh", admin));
            if (status.get("loaded").asBoolean()) {
                break;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("indicator-service could not load plan-service's catalogue: " + status);
            }
            Thread.sleep(1000);
        }
        JsonNode indicators = json.readTree(send("GET", Service.INDICATOR.url() + "/api/v1/catalogue/indicators", admin));
        JsonNode chosen = null;
        for (JsonNode i : indicators) {
            String type = i.get("valueType").asText();
            if ("NEONATAL_MORTALITY".equals(i.get("code").asText())) {
                return i;
            }
            if (chosen == null && (type.equals("RATE") || type.equals("QUANTITY"))) {
                chosen = i;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("plan-service's catalogue has no rate or quantity indicator");
        }
        return chosen;
    }

    private List<Row> workload(int from, int to) {
        int months = (to - from + 1) * 12;
        int perStreet = months * SEXES.length * RESIDENCES.length;
        int streets = (rows + perStreet - 1) / perStreet;
        if (streets > 999) {
            throw new IllegalArgumentException("too many rows for the tracked years: at most " + 999 * perStreet);
        }
        java.util.ArrayList<Row> list = new java.util.ArrayList<>(rows);
        outer:
        for (int s = 1; s <= streets; s++) {
            String street = String.format("370104%03d", s);
            for (int m = 0; m < months; m++) {
                int year = from + m / 12;
                String period = String.format("%d-%02d", year, m % 12 + 1);
                for (String sex : SEXES) {
                    for (String residence : RESIDENCES) {
                        list.add(new Row(street, period, year, sex, residence, BigDecimal.valueOf(10 + list.size() % 40, 1)));
                        if (list.size() == rows) {
                            break outer;
                        }
                    }
                }
            }
        }
        return list;
    }

    private static byte[] body(String code, List<Row> workload) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(workload.size() * 160);
        StringBuilder sb = new StringBuilder(200);
        bytes.write('[');
        boolean first = true;
        for (Row r : workload) {
            sb.setLength(0);
            sb.append(first ? "" : ",").append("{\"indicatorCode\":\"").append(code).append("\",\"jurisdiction\":\"")
                    .append(r.jurisdiction()).append("\",\"period\":\"").append(r.period()).append("\",\"sex\":\"").append(r.sex())
                    .append("\",\"residence\":\"").append(r.residence()).append("\",\"value\":").append(r.value().toPlainString())
                    .append(",\"department\":\"区卫生健康局\"}");
            bytes.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
            first = false;
        }
        bytes.write(']');
        return bytes.toByteArray();
    }

    /** Waits until every event is published and, when plan-service exposes its counter, applied exactly once. */
    private boolean awaitEvents(long produced, long ingestEnd, long offsetsBefore, Double appliedBefore, Double duplicateBefore)
            throws Exception {
        out.printf("%nEvents produced by the ingest (outbox rows): %,d%n", produced);
        if (appliedBefore == null) {
            out.println("plan-service's counter " + APPLIED + " is not at " + Service.PLAN.url()
                    + "/q/metrics (not built yet?): only publication is measured, not application.");
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        Double publishedAt = null;
        Double appliedAt = null;
        long published = 0;
        double applied = 0;
        while (System.nanoTime() < deadline) {
            published = topicEndOffsets() - offsetsBefore;
            double seconds = (System.nanoTime() - ingestEnd) / 1e9;
            if (publishedAt == null && published >= produced && count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL") == 0) {
                publishedAt = seconds;
                out.printf("All %,d events published to %s %.1f s after the ingest%n", published, TOPIC, seconds);
            }
            Double now = metric(APPLIED);
            if (appliedBefore != null && now != null) {
                applied = now - appliedBefore;
                if (applied >= produced) {
                    appliedAt = seconds;
                    out.printf("plan-service applied all %,d events %.1f s after the ingest (%,.0f events/s)%n",
                            (long) applied, seconds, produced / seconds);
                    break;
                }
            }
            if (publishedAt != null && appliedBefore == null) {
                break;
            }
            Thread.sleep(500);
        }
        if (publishedAt == null) {
            out.printf("NOT all events were published within 15 minutes: %,d of %,d%n", published, produced);
            return false;
        }
        if (appliedBefore == null) {
            return published == produced;
        }
        if (appliedAt == null) {
            out.printf("plan-service applied only %,d of %,d events within 15 minutes%n", (long) applied, produced);
            return false;
        }
        // give a redelivery the chance to show up as a second application
        Thread.sleep(5000);
        double finalApplied = metric(APPLIED) - appliedBefore;
        Double dup = metric(DUPLICATE);
        out.printf("Counts: produced %,d, published %,d, applied %,d%s%n", produced, published, (long) finalApplied,
                dup == null || duplicateBefore == null ? "" : String.format(", duplicates skipped %,d", (long) (dup - duplicateBefore)));
        boolean exact = published == produced && (long) finalApplied == produced;
        out.println(exact ? "No event lost, none applied twice." : "MISMATCH: events were lost or applied more than once.");
        return exact;
    }

    /** The same rows into the same table by plain JDBC batches, with fresh ids and periods ten years on. */
    private double rawJdbc(String code, String unit, List<Row> workload) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", EmbeddedPostgres.USER);
        p.setProperty("password", EmbeddedPostgres.PASSWORD);
        p.setProperty("reWriteBatchedInserts", "true");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(Service.INDICATOR), p)) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                int pending = 0;
                for (Row r : workload) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setString(2, code);
                    ps.setString(3, r.jurisdiction());
                    ps.setString(4, (r.year() + 10) + r.period().substring(4));
                    ps.setInt(5, r.year() + 10);
                    ps.setString(6, r.sex());
                    ps.setString(7, r.residence());
                    ps.setString(8, "TOTAL");
                    ps.setBigDecimal(9, r.value());
                    ps.setBigDecimal(10, null);
                    ps.setBigDecimal(11, null);
                    ps.setString(12, unit);
                    ps.setString(13, "区卫生健康局");
                    ps.setString(14, null);
                    ps.setString(15, "bench-jdbc");
                    ps.setObject(16, now);
                    ps.addBatch();
                    if (++pending == 1000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            c.commit();
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private long count(String sql) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", EmbeddedPostgres.USER);
        p.setProperty("password", EmbeddedPostgres.PASSWORD);
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(Service.INDICATOR), p);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long topicEndOffsets() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", stack.kafkaBootstrapServers(),
                "group.id", "bench-offsets"), new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return 0;
            }
            Set<TopicPartition> tps = new java.util.HashSet<>();
            partitions.forEach(pi -> tps.add(new TopicPartition(TOPIC, pi.partition())));
            return consumer.endOffsets(tps).values().stream().mapToLong(Long::longValue).sum();
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return 0;
        }
    }

    /** The sum of a Prometheus counter over its labels at plan-service, or null when it is not exposed. */
    private Double metric(String name) {
        try {
            String text = send("GET", Service.PLAN.url() + "/q/metrics", null);
            Double sum = null;
            for (String line : text.split("\n")) {
                if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                    String[] parts = line.trim().split(" ");
                    sum = (sum == null ? 0 : sum) + Double.parseDouble(parts[parts.length - 1]);
                }
            }
            return sum;
        } catch (Exception e) {
            return null;
        }
    }

    private String send(String method, String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", token);
        }
        b.method(method, HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
