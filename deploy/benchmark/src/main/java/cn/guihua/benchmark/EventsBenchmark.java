package cn.guihua.benchmark;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.localstack.LocalStack;
import cn.guihua.localstack.Service;

/**
 * The events of a bulk ingest of N values (one atomic JSON request): the time from the request's return until the
 * outbox is empty, until the topic holds N distinct event ids (re-sends are counted once) and until plan-service's
 * consumer applied N ({@code guihua_consumer_events_total{consumer="monitoring",outcome="applied"}}, summed over its
 * instances); then the counts again after a pause, so that a late re-delivery shows. First with one instance of each
 * service, then with a second plan-service and a second indicator-service (so two consumers in plan-service's group
 * and two relays) on other ports against the same databases. The tables are emptied before each run; warm-up runs
 * first; the figures are medians.
 */
final class EventsBenchmark {

    static final String PART = "events";
    static final String TOPIC = "guihua.indicator.monitoring";

    private final Suite suite;
    private final int rows;

    EventsBenchmark(Suite suite) {
        this.suite = suite;
        this.rows = suite.settings.rows();
    }

    void run() throws Exception {
        suite.services();
        IngestWorkload w = IngestWorkload.of(suite, rows);
        byte[] body = w.json();
        suite.out.printf("%n=== events: %s%n", w.describe());
        measure("events", body);

        suite.out.println("\nStarting a second plan-service and a second indicator-service ...");
        List<LocalStack.Instance> replicas = new ArrayList<>();
        try {
            for (Service s : List.of(Service.PLAN, Service.INDICATOR)) {
                replicas.add(suite.stack.startInstance(s, s.module + "-2", 0, Map.of()));
            }
            for (LocalStack.Instance i : replicas) {
                suite.stack.awaitReady(i, Duration.ofMinutes(3));
            }
            awaitGroup("plan-service", 2);
            suite.out.printf("%n=== events with two replicas (plan-service on %s, indicator-service on %s as well)%n",
                    replicas.get(0).url(), replicas.get(1).url());
            measure("events.replicas", body);
        } finally {
            for (LocalStack.Instance i : replicas) {
                suite.stack.stop(i);
            }
            new IngestBenchmark(suite).reset();
        }
    }

    private void measure(String prefix, byte[] body) throws Exception {
        IngestBenchmark tables = new IngestBenchmark(suite);
        for (int i = 0; i < suite.settings.warmups(); i++) {
            tables.reset();
            Result r = once(body, false);
            suite.out.printf("  warm-up: applied %.1f s after the ingest%n", r.drain.planApplied);
            suite.quiesce(timeout());
        }
        List<Double> applied = new ArrayList<>();
        List<Double> published = new ArrayList<>();
        List<Double> outbox = new ArrayList<>();
        long unpublished = 0;
        long appliedOff = 0;
        long resent = 0;
        long duplicates = 0;
        long outboxRows = -1;
        long outboxEvents = -1;
        for (int rep = 0; rep < suite.settings.reps(); rep++) {
            tables.reset();
            Result r = once(body, true);
            Drain d = r.drain;
            suite.out.printf("  run %d: %,d produced; outbox empty %.1f s, %,d distinct ids published %.1f s, plan-service applied "
                    + "%,d %.1f s after the ingest (%,d records on the topic, %,d duplicates skipped)%n", rep + 1, r.produced,
                    d.outboxEmpty, d.distinct, d.published, d.planCount, d.planApplied, d.records, d.planDuplicates);
            applied.add(Double.isNaN(d.planApplied) ? Double.POSITIVE_INFINITY : d.planApplied);
            published.add(Double.isNaN(d.published) ? Double.POSITIVE_INFINITY : d.published);
            outbox.add(Double.isNaN(d.outboxEmpty) ? Double.POSITIVE_INFINITY : d.outboxEmpty);
            unpublished = Math.max(unpublished, r.produced - d.distinct);
            long off = d.planCount - r.produced;
            appliedOff = Math.abs(off) > Math.abs(appliedOff) ? off : appliedOff;
            resent += d.records - d.distinct;
            duplicates += d.planDuplicates;
            outboxRows = r.outboxRows;
            outboxEvents = r.outboxEvents;
            if (r.produced != rows) {
                unpublished = Math.max(unpublished, rows - r.produced);
            }
            suite.quiesce(timeout());
        }
        double medianApplied = Stats.median(applied);
        String runs = "median of " + applied.size() + ": " + Stats.list(applied, "%.1f");
        suite.results.goal(PART, prefix + ".applied_seconds", medianApplied, "s", Results.Op.AT_MOST, 10,
                "ingest returned -> plan-service applied all " + rows + ", " + runs);
        suite.results.goal(PART, prefix + ".events_per_s", rows / medianApplied, "1/s", Results.Op.AT_LEAST, 10_000,
                "end to end, " + rows + " / median seconds");
        suite.results.info(PART, prefix + ".published_seconds", Stats.median(published), "s",
                "until the topic held every event id (median)");
        suite.results.info(PART, prefix + ".outbox_empty_seconds", Stats.median(outbox), "s", "until no outbox row was unsent (median)");
        suite.results.goal(PART, prefix + ".unpublished", unpublished, "", Results.Op.EQUALS, 0,
                "produced - distinct event ids on the topic, worst run");
        suite.results.goal(PART, prefix + ".applied_minus_produced", appliedOff, "", Results.Op.EQUALS, 0,
                "< 0 lost, > 0 applied twice; worst run, counted again 3 s after");
        suite.results.info(PART, prefix + ".resent_records", resent, "", "records whose id was on the topic already (at-least-once)");
        suite.results.info(PART, prefix + ".duplicates_skipped", duplicates, "", "re-deliveries plan-service recognised and skipped");
        if (outboxRows >= 0) {
            suite.results.info(PART, prefix + ".outbox_rows", outboxRows, "",
                    "outbox rows of the last run, a bulk chunk's events in one row (deleted ones are not counted)");
            suite.results.info(PART, prefix + ".outbox_events", outboxEvents, "", "the events those rows hold");
        }
    }

    private record Result(long produced, long outboxRows, long outboxEvents, Drain drain) {
    }

    private Result once(byte[] body, boolean watch) throws Exception {
        List<String> planUrls = Drain.planUrls(suite);
        TopicWatch w = watch ? new TopicWatch(suite.stack.kafkaBootstrapServers(), TOPIC) : null;
        try {
            Drain.Before before = Drain.before(suite, planUrls);
            HttpResponse<String> r = suite.http.send("POST", suite.url(Service.INDICATOR) + "/api/v1/monitoring-values/bulk",
                    Http.bearer("reporter", IngestWorkload.DISTRICT), "application/json", body, Duration.ofMinutes(15),
                    "Idempotency-Key", "bench-" + UUID.randomUUID());
            long returned = System.nanoTime();
            if (r.statusCode() != 200) {
                throw new IllegalStateException("the bulk request answered " + r.statusCode() + ": " + Http.abbreviate(r.body()));
            }
            JsonNode summary = Http.JSON.readTree(r.body());
            long produced = summary.path("accepted").asLong();
            long outboxRows = suite.db(Service.INDICATOR).count("SELECT count(*) FROM outbox_event");
            // a row holds one event or, written by the bulk import, a chunk of them
            long outboxEvents = suite.db(Service.INDICATOR).count("SELECT coalesce(sum(events), 0) FROM outbox_event");
            Drain d = Drain.await(suite, planUrls, before, produced, returned, w, false, timeout(), watch ? 100 : 250);
            if (watch) {
                d.settle(suite, planUrls, before, w, Duration.ofSeconds(3));
                if (w.failure() != null) {
                    throw new IllegalStateException("reading the topic failed", w.failure());
                }
            }
            return new Result(produced, outboxRows, outboxEvents, d);
        } finally {
            if (w != null) {
                w.close();
            }
        }
    }

    private Duration timeout() {
        return Duration.ofSeconds(suite.settings.integer("timeout"));
    }

    /** Waits until the consumer group has {@code members} members, each with partitions assigned. */
    private void awaitGroup(String group, int members) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", suite.stack.kafkaBootstrapServers()))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerGroupDescription g = admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group);
                long assigned = g.members().stream().filter(EventsBenchmark::hasPartitions).count();
                if (assigned >= members) {
                    suite.out.println("Consumer group " + group + ": " + assigned + " members with partitions");
                    return;
                }
                Thread.sleep(500);
            }
        }
        suite.results.note("consumer group " + group + " did not reach " + members + " members with partitions within 90 s");
    }

    private static boolean hasPartitions(MemberDescription m) {
        return m.assignment() != null && !m.assignment().topicPartitions().isEmpty();
    }
}
