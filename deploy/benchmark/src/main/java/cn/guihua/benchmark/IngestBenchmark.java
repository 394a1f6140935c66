package cn.guihua.benchmark;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.localstack.Service;

/**
 * Bulk ingest of N values four ways into the same {@code monitoring_value} table: through indicator-service's API as
 * one JSON array and as one CSV file (one atomic request each, with validation against the catalogue, the outbox
 * rows, the audit entry and the idempotency record), by plain JDBC batches, and by COPY. Every side starts from the
 * same table state (the tables truncated, a checkpoint); warm-up runs of every side come first, then the timed
 * repetitions in rotating order; the median of each side is its figure. After each API run the suite waits until
 * the events are published and applied, so that the next side runs on an idle stack.
 */
final class IngestBenchmark {

    static final String PART = "ingest";

    enum Side {
        JSON("API JSON"), CSV("API CSV"), JDBC("plain JDBC batches"), COPY("COPY");

        final String label;

        Side(String label) {
            this.label = label;
        }
    }

    private final Suite suite;
    private final int rows;

    IngestBenchmark(Suite suite) {
        this.suite = suite;
        this.rows = suite.settings.rows();
    }

    void run() throws Exception {
        suite.services();
        suite.out.printf("%n=== ingest: %,d values, %d warm-up and %d timed runs of each side%n", rows, suite.settings.warmups(),
                suite.settings.reps());
        IngestWorkload w = IngestWorkload.of(suite, rows);
        byte[] json = w.json();
        byte[] csv = w.csv();
        suite.out.println("Workload: " + w.describe());
        suite.out.printf("Bodies: JSON %.1f MB, CSV %.1f MB%n", json.length / 1e6, csv.length / 1e6);
        Map<Side, List<Double>> seconds = new LinkedHashMap<>();
        Map<Side, List<Double>> drains = new LinkedHashMap<>();
        for (Side s : Side.values()) {
            seconds.put(s, new ArrayList<>());
            drains.put(s, new ArrayList<>());
        }
        int[] errors = { 0 };
        Side[] sides = Side.values();
        for (int i = 0; i < suite.settings.warmups(); i++) {
            for (Side s : sides) {
                double t = side(s, w, json, csv, errors, null);
                suite.out.printf("  warm-up %-20s %7.2f s%n", s.label, t);
            }
        }
        for (int rep = 0; rep < suite.settings.reps(); rep++) {
            for (int k = 0; k < sides.length; k++) {
                Side s = sides[(k + rep) % sides.length];
                double t = side(s, w, json, csv, errors, drains.get(s));
                seconds.get(s).add(t);
                suite.out.printf("  run %d  %-20s %7.2f s = %,9.0f values/s%n", rep + 1, s.label, t, rows / t);
            }
        }
        reset();

        Map<Side, Double> median = new LinkedHashMap<>();
        for (Side s : sides) {
            median.put(s, Stats.median(seconds.get(s)));
            String name = s.name().toLowerCase();
            suite.results.info(PART, "ingest." + name + ".seconds", median.get(s), "s",
                    "median of " + seconds.get(s).size() + ": " + Stats.list(seconds.get(s), "%.2f"));
            suite.results.info(PART, "ingest." + name + ".values_per_s", rows / median.get(s), "1/s", null);
        }
        for (Side api : List.of(Side.JSON, Side.CSV)) {
            String name = api.name().toLowerCase();
            suite.results.goal(PART, "ingest." + name + ".vs_jdbc", median.get(Side.JDBC) / median.get(api), "x",
                    Results.Op.AT_LEAST, 0.8, "API rate / JDBC rate, medians, " + rows + " values");
            suite.results.goal(PART, "ingest." + name + ".vs_copy", median.get(Side.COPY) / median.get(api), "x",
                    Results.Op.AT_LEAST, 0.5, "API rate / COPY rate, medians");
            if (!drains.get(api).isEmpty()) {
                suite.results.info(PART, "ingest." + name + ".drained_seconds", Stats.median(drains.get(api)), "s",
                        "after the request returned: events published and applied by plan- and subsidy-service");
            }
        }
        suite.results.info(PART, "ingest.copy.vs_jdbc", median.get(Side.JDBC) / median.get(Side.COPY), "x", "COPY rate / JDBC rate");
        suite.results.goal(PART, "ingest.api_errors", errors[0], "", Results.Op.EQUALS, 0,
                "bulk requests not answered 200 with every row accepted");
    }

    /** The tables of an ingest emptied in every database it reaches, then a checkpoint. */
    void reset() throws Exception {
        Db indicator = suite.db(Service.INDICATOR);
        indicator.truncate("monitoring_value", "outbox_event");
        suite.db(Service.PLAN).truncate("monitoring_value", "consumed_event");
        suite.db(Service.SUBSIDY).truncate("consumed_event");
        indicator.checkpoint();
    }

    private double side(Side s, IngestWorkload w, byte[] json, byte[] csv, int[] errors, List<Double> drains) throws Exception {
        reset();
        return switch (s) {
            case JDBC -> w.jdbc(suite.db(Service.INDICATOR));
            case COPY -> w.copy(suite.db(Service.INDICATOR));
            case JSON -> api(json, "application/json", errors, drains);
            case CSV -> api(csv, "text/csv; charset=utf-8", errors, drains);
        };
    }

    /** One bulk request; then waits until its events are published and applied (not timed). */
    private double api(byte[] body, String contentType, int[] errors, List<Double> drains) throws Exception {
        List<String> planUrls = Drain.planUrls(suite);
        Drain.Before before = Drain.before(suite, planUrls);
        long t0 = System.nanoTime();
        HttpResponse<String> r = suite.http.send("POST", suite.url(Service.INDICATOR) + "/api/v1/monitoring-values/bulk",
                Http.bearer("reporter", IngestWorkload.DISTRICT), contentType, body, Duration.ofMinutes(15),
                "Idempotency-Key", "bench-" + UUID.randomUUID());
        long returned = System.nanoTime();
        double seconds = (returned - t0) / 1e9;
        int accepted = 0;
        if (r.statusCode() == 200) {
            JsonNode summary = Http.JSON.readTree(r.body());
            accepted = summary.path("accepted").asInt();
        }
        if (r.statusCode() != 200 || accepted != rows) {
            errors[0]++;
            suite.out.println("  the bulk request answered " + r.statusCode() + " with " + accepted + " accepted: "
                    + Http.abbreviate(r.body()));
        }
        if (accepted > 0) {
            Drain d = Drain.await(suite, planUrls, before, accepted, returned, null, true,
                    Duration.ofSeconds(suite.settings.integer("timeout")), 250);
            double last = Math.max(d.planApplied, d.subsidyApplied);
            if (Double.isNaN(d.planApplied) || Double.isNaN(d.subsidyApplied)) {
                suite.out.printf("  events not drained within the timeout: plan-service %,d, subsidy-service %,d of %,d%n",
                        d.planCount, d.subsidyCount, accepted);
                suite.quiesce(Duration.ofSeconds(suite.settings.integer("timeout")));
            } else if (drains != null) {
                drains.add(last);
            }
            suite.out.printf("        events: outbox empty %.1f s, plan-service applied %.1f s, subsidy-service %.1f s after%n",
                    d.outboxEmpty, d.planApplied, d.subsidyApplied);
        }
        return seconds;
    }
}
