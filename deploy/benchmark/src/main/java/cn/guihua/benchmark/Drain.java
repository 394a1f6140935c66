package cn.guihua.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guihua.localstack.Service;

/**
 * Follows the events of one write from the moment it returned until they are published and applied: the outbox
 * drained (no unsent row), the distinct ids on the topic (with a {@link TopicWatch}), and the growth of
 * {@code guihua_consumer_events_total{consumer="monitoring",outcome="applied"}} summed over every instance of
 * plan-service, and of subsidy-service. Times are seconds after the write returned.
 */
final class Drain {

    /** Counters of the consumers before the write: each plan-service instance's and subsidy-service's. */
    static final class Before {
        final Map<String, Double> planApplied = new LinkedHashMap<>();
        final Map<String, Double> planDuplicates = new LinkedHashMap<>();
        Double subsidyApplied;
        Double subsidyDuplicates;
        /** Whether plan-service exposes the counter at all: without it there is nothing to wait for. */
        boolean planCounter;
    }

    double outboxEmpty = Double.NaN;
    double published = Double.NaN;
    double planApplied = Double.NaN;
    double subsidyApplied = Double.NaN;
    long planCount;
    long planDuplicates;
    long subsidyCount;
    long distinct;
    long records;

    /** The counters now, of the plan-service instances at {@code planUrls}. */
    static Before before(Suite suite, List<String> planUrls) {
        Before b = new Before();
        for (String u : planUrls) {
            Double applied = suite.http.consumerEvents(u, "monitoring", "applied");
            b.planCounter |= applied != null;
            b.planApplied.put(u, orZero(applied));
            b.planDuplicates.put(u, orZero(suite.http.consumerEvents(u, "monitoring", "duplicate")));
        }
        b.subsidyApplied = suite.http.consumerEvents(suite.stack.managementUrl(Service.SUBSIDY), "monitoring", "applied");
        b.subsidyDuplicates = suite.http.consumerEvents(suite.stack.managementUrl(Service.SUBSIDY), "monitoring", "duplicate");
        return b;
    }

    /**
     * Polls every {@code pollMs} until plan-service (and subsidy-service, when {@code withSubsidy}) applied
     * {@code produced} events and, with a watch, the topic holds {@code produced} distinct ids, or the timeout.
     */
    static Drain await(Suite suite, List<String> planUrls, Before before, long produced, long returnedAt, TopicWatch watch,
            boolean withSubsidy, Duration timeout, long pollMs) throws Exception {
        Drain d = new Drain();
        Db indicator = suite.db(Service.INDICATOR);
        if (!before.planCounter) {
            suite.results.note("plan-service exposes no guihua_consumer_events_total{consumer=\"monitoring\",outcome=\"applied\"}: "
                    + "its application of the events is not measured");
        }
        boolean withPlan = before.planCounter;
        withSubsidy &= before.subsidyApplied != null;
        if (watch != null) {
            watch.expect(produced);
        }
        long deadline = returnedAt + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            double now = (System.nanoTime() - returnedAt) / 1e9;
            if (Double.isNaN(d.outboxEmpty) && indicator.count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL") == 0) {
                d.outboxEmpty = now;
            }
            if (watch != null && Double.isNaN(d.published) && watch.reachedAt() != 0) {
                d.published = (watch.reachedAt() - returnedAt) / 1e9;
            }
            if (withPlan && Double.isNaN(d.planApplied)) {
                d.planCount = delta(suite, planUrls, before.planApplied, "applied");
                if (d.planCount >= produced) {
                    d.planApplied = now;
                }
            }
            if (withSubsidy && Double.isNaN(d.subsidyApplied)) {
                Double s = suite.http.consumerEvents(suite.stack.managementUrl(Service.SUBSIDY), "monitoring", "applied");
                d.subsidyCount = s == null ? 0 : (long) (s - orZero(before.subsidyApplied));
                if (d.subsidyCount >= produced) {
                    d.subsidyApplied = now;
                }
            }
            boolean done = (!withPlan || !Double.isNaN(d.planApplied)) && !Double.isNaN(d.outboxEmpty)
                    && (watch == null || !Double.isNaN(d.published)) && (!withSubsidy || !Double.isNaN(d.subsidyApplied));
            if (done) {
                break;
            }
            Thread.sleep(pollMs);
        }
        d.planCount = delta(suite, planUrls, before.planApplied, "applied");
        d.planDuplicates = delta(suite, planUrls, before.planDuplicates, "duplicate");
        if (watch != null) {
            d.distinct = watch.distinct();
            d.records = watch.records();
        }
        return d;
    }

    /** Counts again after a pause, so that a late re-delivery shows as a duplicate or a second application. */
    void settle(Suite suite, List<String> planUrls, Before before, TopicWatch watch, Duration pause) throws Exception {
        Thread.sleep(pause.toMillis());
        planCount = delta(suite, planUrls, before.planApplied, "applied");
        planDuplicates = delta(suite, planUrls, before.planDuplicates, "duplicate");
        if (watch != null) {
            distinct = watch.distinct();
            records = watch.records();
        }
    }

    private static long delta(Suite suite, List<String> urls, Map<String, Double> before, String outcome) {
        long sum = 0;
        for (String u : urls) {
            Double v = suite.http.consumerEvents(u, "monitoring", outcome);
            sum += (long) (orZero(v) - before.getOrDefault(u, 0.0));
        }
        return sum;
    }

    static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    /** The management interfaces (metrics) of the plan-service instances. */
    static List<String> planUrls(Suite suite) {
        List<String> urls = new ArrayList<>();
        urls.add(suite.stack.managementUrl(Service.PLAN));
        suite.stack.replicas().stream().filter(i -> i.service == Service.PLAN).forEach(i -> urls.add(i.managementUrl()));
        return urls;
    }
}
