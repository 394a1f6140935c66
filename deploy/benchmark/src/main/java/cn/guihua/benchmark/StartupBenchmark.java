package cn.guihua.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guihua.localstack.LocalStack;
import cn.guihua.localstack.Service;

/**
 * Start-up of each service alone (PostgreSQL and Kafka running, no other service), with the JVM options the stack
 * gives the services: the time from just before the JVM is spawned until {@code /q/health/ready} (on its management
 * port) first answers 200
 * (polled every 20 ms), and the RSS at that moment. One untimed start first (it applies the migrations and loads
 * the reference data into the empty database, and warms the file cache), then the timed starts; the median is the
 * figure. Run it first, on the idle machine.
 */
final class StartupBenchmark {

    static final String PART = "startup";
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private final Suite suite;

    StartupBenchmark(Suite suite) {
        this.suite = suite;
    }

    void run() throws Exception {
        if (suite.servicesRunning()) {
            throw new IllegalStateException("the start-up part runs before the services are started");
        }
        suite.infrastructure();
        int starts = Math.max(1, suite.settings.integer("starts"));
        suite.out.printf("%n=== startup: each service alone, 1 warm-up and %d timed starts; JVM options %s%n", starts,
                String.join(" ", suite.jvmOptions(Service.PLAN)));
        suite.awaitIdle("before the start-up part", Duration.ofSeconds(suite.settings.smoke ? 0 : 120));
        for (Service s : Service.values()) {
            List<Double> ready = new ArrayList<>();
            List<Double> quarkus = new ArrayList<>();
            List<Double> rss = new ArrayList<>();
            for (int i = 0; i <= starts; i++) {
                String name = s.module + "-start" + i;
                LocalStack.Instance in = suite.stack.startInstance(s, name, suite.stack.port(s), Map.of());
                double seconds = awaitReady(in, Duration.ofMinutes(3));
                double mb = Suite.rssMb(in.pid());
                Double q = quarkusStartedIn(in);
                suite.stack.stop(in);
                if (i == 0) {
                    suite.out.printf("  %-18s warm-up start: ready after %.2f s (migrations and reference data on the empty database)%n",
                            s.module, seconds);
                    // the AppCDS archive of a start like the timed ones, untimed (none when the build has one)
                    suite.stack.train(List.of(s));
                    continue;
                }
                ready.add(seconds);
                rss.add(mb);
                if (q != null) {
                    quarkus.add(q);
                }
                suite.out.printf("  %-18s start %d: ready after %.2f s (Quarkus: started in %s s), RSS %.0f MB%n", s.module, i,
                        seconds, q == null ? "?" : String.format("%.3f", q), mb);
            }
            suite.results.goal(PART, "startup." + s.module + ".ready_seconds", Stats.median(ready), "s", Results.Op.AT_MOST, 3,
                    "JVM spawned -> readiness 200, median of " + ready.size() + ": " + Stats.list(ready, "%.2f"));
            if (!quarkus.isEmpty()) {
                suite.results.info(PART, "startup." + s.module + ".quarkus_started_in", Stats.median(quarkus), "s",
                        "what Quarkus logs as 'started in' (median)");
            }
            suite.results.info(PART, "startup." + s.module + ".rss_at_ready_mb", Stats.median(rss), "MB", "VmRSS when first ready");
        }
    }

    /** Seconds from the spawn of the JVM until its readiness answers 200. */
    private double awaitReady(LocalStack.Instance in, Duration timeout) throws InterruptedException {
        long deadline = in.startedAt + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!in.process.isAlive()) {
                throw new IllegalStateException(in.name + " exited with " + in.process.exitValue() + "; see " + in.log);
            }
            if (LocalStack.ready(in)) {
                return (System.nanoTime() - in.startedAt) / 1e9;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(in.name + " was not ready within " + timeout.toSeconds() + " s; see " + in.log);
    }

    /** The "started in 3.456s" of the instance's log, or null. */
    private static Double quarkusStartedIn(LocalStack.Instance in) {
        try {
            Matcher m = STARTED.matcher(Files.readString(in.log, StandardCharsets.UTF_8));
            Double last = null;
            while (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
            return last;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
