package cn.guihua.benchmark;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.guihua.localstack.LocalStack;
import cn.guihua.localstack.Service;

/**
 * A plan's evaluation for one year with N monitoring values stored ({@link Seed}): first every plan once
 * (warm-up, errors counted), then the annual, mid-term and final reports of one plan (the one with most targets
 * unless --plan says), each warmed up and timed several times, the median the figure; then {@code clients} concurrent
 * clients asking for evaluations of every plan and year in turn, for the warm-up seconds and then the measured ones:
 * p99 and errors, and indicator-service's RSS at the start of the measured window against its peak in it.
 */
final class EvaluationBenchmark {

    static final String PART = "evaluation";

    private final Suite suite;

    EvaluationBenchmark(Suite suite) {
        this.suite = suite;
    }

    void run() throws Exception {
        Seed seed = Seed.ensure(suite);
        suite.out.printf("%n=== evaluation: %,d values stored, %d plans with targets, years %d-%d%n", seed.stored, seed.plans.size(),
                seed.fromYear, seed.toYear);
        String base = suite.url(Service.INDICATOR);
        int warmErrors = 0;
        long t0 = System.nanoTime();
        int warmYear = Math.min(seed.toYear, Math.max(seed.fromYear, 2023));
        for (Seed.Plan p : seed.plans) {
            HttpResponse<String> r = suite.http.send("GET", evaluationUrl(base, p, warmYear), token(p), null, null, Duration.ofSeconds(60));
            if (r.statusCode() != 200) {
                warmErrors++;
                suite.out.println("  warm-up " + p.code() + " " + warmYear + " -> " + r.statusCode() + " " + Http.abbreviate(r.body()));
            }
        }
        suite.out.printf("  warm-up: every plan once (" + warmYear + "), %.1f s%n", (System.nanoTime() - t0) / 1e9);

        reports(seed);

        int clients = suite.settings.integer("clients");
        List<Load.Op> ops = List.of(new Load.Op("evaluation", Service.INDICATOR, "GET", 1, new java.util.function.Function<>() {
            private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public Load.Call apply(java.util.Random random) {
                int years = seed.toYear - seed.fromYear + 1;
                int i = Math.floorMod(next.getAndIncrement(), seed.plans.size() * years);
                Seed.Plan p = seed.plans.get(i / years);
                return new Load.Call("GET", evaluationUrl(base, p, seed.fromYear + i % years), token(p), null, 200);
            }
        }));
        LocalStack.Instance indicator = suite.stack.instance(Service.INDICATOR);
        double[] rss = { Double.NaN, 0 };
        suite.out.printf("  load: %d clients, %d s warm-up, %d s measured ...%n", clients, suite.settings.integer("warmup-seconds"),
                suite.settings.integer("seconds"));
        Load.Outcome o = Load.run(ops, clients, Duration.ofSeconds(suite.settings.integer("warmup-seconds")),
                Duration.ofSeconds(suite.settings.integer("seconds")), () -> {
                    double mb = Suite.rssMb(indicator.pid());
                    if (Double.isNaN(rss[0])) {
                        rss[0] = mb;
                    }
                    rss[1] = Math.max(rss[1], mb);
                });
        Load.OpResult r = o.ops().get("evaluation");
        String how = String.format("%d clients, %d s, %,d values, %,d requests", clients, (int) o.seconds(), seed.stored, r.count);
        suite.results.goal(PART, "evaluation.p99_ms", r.percentileMs(99), "ms", Results.Op.AT_MOST, 100, how);
        suite.results.info(PART, "evaluation.p50_ms", r.percentileMs(50), "ms", null);
        suite.results.info(PART, "evaluation.max_ms", r.percentileMs(100), "ms", null);
        suite.results.info(PART, "evaluation.per_s", r.count / o.seconds(), "1/s", "evaluations answered per second");
        suite.results.goal(PART, "evaluation.errors", r.errors + warmErrors, "", Results.Op.EQUALS, 0,
                "non-200 or timed out (30 s), warm-up included" + (r.examples.isEmpty() ? "" : "; e.g. " + r.examples.get(0)));
        suite.results.goal(PART, "evaluation.rss_growth_mb", rss[1] - rss[0], "MB", Results.Op.AT_MOST, 64,
                String.format("indicator-service VmRSS peak %.0f MB against %.0f MB when the measured window began", rss[1], rss[0]));
        suite.results.goal(PART, "evaluation.service_restarts", indicator.process.isAlive() ? 0 : 1, "", Results.Op.EQUALS, 0,
                "indicator-service exited (OutOfMemoryError?) during the load");
    }

    private void reports(Seed seed) throws Exception {
        Seed.Plan plan = seed.largestPlan(suite.settings.text("plan"));
        int reps = Math.max(1, suite.settings.integer("report-reps"));
        String base = suite.url(Service.INDICATOR) + "/api/v1/reports/" + URLEncoder.encode(plan.code(), StandardCharsets.UTF_8);
        int year = Math.min(seed.toYear, Math.max(seed.fromYear, 2023));
        for (String kind : List.of("ANNUAL", "MID_TERM", "FINAL")) {
            String url = base + "?kind=" + kind + (kind.equals("ANNUAL") ? "&year=" + year : "");
            List<Double> ms = new ArrayList<>();
            int errors = 0;
            for (int i = 0; i <= reps; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = suite.http.send("GET", url, token(plan), null, null, Duration.ofSeconds(60),
                        "Accept", "application/json");
                double t = (System.nanoTime() - t0) / 1e6;
                if (r.statusCode() != 200) {
                    errors++;
                    suite.out.println("  report " + kind + " -> " + r.statusCode() + " " + Http.abbreviate(r.body()));
                }
                if (i > 0) {
                    ms.add(t);
                }
            }
            String name = kind.toLowerCase().replace("_", "");
            suite.results.goal(PART, "evaluation.report." + name + "_ms", errors > 0 ? Double.NaN : Stats.median(ms), "ms",
                    Results.Op.AT_MOST, 1000, plan.code() + " (" + plan.targets() + " targets), one client, median of " + ms.size()
                            + ": " + Stats.list(ms, "%.0f"));
        }
    }

    static String evaluationUrl(String base, Seed.Plan p, int year) {
        return base + "/api/v1/evaluations?plan=" + URLEncoder.encode(p.code(), StandardCharsets.UTF_8) + "&year=" + year;
    }

    /** A planner of the plan's jurisdiction: who reads its evaluation. */
    static String token(Seed.Plan p) {
        return Http.bearer("planner", p.jurisdiction());
    }
}
