package cn.guihua.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.localstack.LocalStack;
import cn.guihua.localstack.Service;

/**
 * What the parts share: the suite's own stack (free ports, its own data directory, so that it runs beside a local
 * stack), HTTP, the databases, the results and the settings. The stack starts in two steps: the infrastructure
 * (PostgreSQL, Kafka), which the start-up part needs alone, then the services.
 */
final class Suite implements AutoCloseable {

    static final String ADMIN = "admin";

    final Settings settings;
    final Results results;
    final PrintStream out;
    final Path root;
    final Path dataDir;
    final Http http = new Http();
    final LocalStack stack;
    private boolean infrastructure;
    private boolean services;
    /** The monitoring values the evaluation and mixed parts read, once seeded. */
    Seed seed;
    /** Peak RSS of each service under the mixed load, once it ran. */
    Map<Service, Double> mixedRss;

    Suite(Settings settings, Results results, PrintStream out, Path root, Path dataDir) {
        this.settings = settings;
        this.results = results;
        this.out = out;
        this.root = root;
        this.dataDir = dataDir;
        LocalStack.Options options = LocalStack.Options.freePorts();
        List<String> jvm = LocalStack.jvmOptionsFromEnvironment();
        if (!settings.text("jvm-opts").isBlank()) {
            jvm = List.of(settings.text("jvm-opts").trim().split("\\s+"));
        }
        if (jvm != null) {
            options.jvmOptions(jvm);
        }
        this.stack = new LocalStack(root, dataDir, out, options);
    }

    List<String> jvmOptions(Service s) {
        return stack.jvmOptions(s);
    }

    /** PostgreSQL and Kafka on free ports, the databases created; no service. */
    void infrastructure() throws Exception {
        if (!infrastructure) {
            stack.startInfrastructure(true);
            infrastructure = true;
        }
    }

    /** Every service started and ready, and indicator-service's catalogue loaded. */
    void services() throws Exception {
        infrastructure();
        if (services) {
            // a service that died in an earlier part (an OutOfMemoryError exits the JVM) is started again for the next
            for (Service s : Service.values()) {
                LocalStack.Instance i = stack.instance(s);
                if (i == null || !i.process.isAlive()) {
                    results.note(s.module + " was not running any more (exit " + (i == null ? "?" : i.process.exitValue())
                            + ", see " + stack.log(s) + "); started again");
                    stack.restart(s);
                }
            }
            return;
        }
        stack.train(List.of(Service.values()));
        // the stack measured is a later start, as a pod's after the first: not one that migrates an empty database
        stack.firstStarts(List.of(Service.values()));
        stack.startServices(List.of(Service.values()));
        services = true;
        awaitCatalogue();
    }

    boolean servicesRunning() {
        return services;
    }

    String url(Service s) {
        return stack.url(s);
    }

    Db db(Service s) {
        return new Db(stack.jdbcUrl(s));
    }

    /** indicator-service validates against plan-service's catalogue: have it loaded now. */
    void awaitCatalogue() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String admin = Http.bearer(ADMIN, "370000");
        String last = null;
        while (true) {
            try {
                JsonNode status = http.json("POST", url(Service.INDICATOR) + "/api/v1/catalogue/refresh", admin, null);
                if (status.path("loaded").asBoolean()) {
                    return;
                }
                last = status.toString();
            } catch (IllegalStateException notYet) {
                last = notYet.getMessage(); // plan-service not answering yet, or not in time
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("indicator-service could not load plan-service's catalogue within 3 minutes: "
                        + Http.abbreviate(last) + "; see " + stack.log(Service.INDICATOR));
            }
            Thread.sleep(2000);
        }
    }

    /** VmRSS of a process in MB, from /proc; NaN when it cannot be read (not Linux, or the process is gone). */
    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kb = line.substring(6).trim().split("\\s+")[0];
                    return Long.parseLong(kb) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return Double.NaN;
    }

    /** RSS in MB of the main instance of every service. */
    Map<Service, Double> rss() {
        Map<Service, Double> m = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            LocalStack.Instance i = stack.instance(s);
            m.put(s, i == null ? Double.NaN : rssMb(i.pid()));
        }
        return m;
    }

    /** The load average of the last minute, from /proc/loadavg; NaN elsewhere. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * Waits, {@code max} at most, until the load average is at most half the cores: the start-up figures are of the
     * idle machine, and the suite's own build leaves a load that takes a minute or so to decay. Then as
     * {@link #checkIdle}.
     */
    void awaitIdle(String when, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        int cores = Runtime.getRuntime().availableProcessors();
        if (loadAverage() > cores * 0.5 && !max.isZero()) {
            out.printf("Waiting up to %d s for the load average (%.1f) to fall to %.1f ...%n", max.toSeconds(), loadAverage(), cores * 0.5);
            while (loadAverage() > cores * 0.5 && System.nanoTime() < deadline) {
                Thread.sleep(2000);
            }
        }
        checkIdle(when);
    }

    /** Says so when the machine is busy: the figures of a busy machine are indicative only. */
    void checkIdle(String when) {
        double load = loadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        if (load > cores * 0.5) {
            results.note(String.format(java.util.Locale.ROOT, "load average %.1f on %d cores %s: the machine is not idle, "
                    + "read the ratios rather than the times", load, cores, when));
        }
    }

    /**
     * Waits until the monitoring events of the last write are drained: nothing left unsent in indicator-service's
     * outbox, and the consumers of plan-service and subsidy-service without lag and their applied counters unchanged
     * for two seconds; at most {@code timeout}. Returns whether it drained.
     */
    boolean quiesce(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Db indicator = db(Service.INDICATOR);
        String last = null;
        int stable = 0;
        while (System.nanoTime() < deadline) {
            long unsent = indicator.count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
            double lag = 0;
            StringBuilder counters = new StringBuilder();
            for (Service s : List.of(Service.PLAN, Service.SUBSIDY)) {
                Double l = http.metric(stack.managementUrl(s), "guihua_consumer_lag", x -> x.contains("consumer=\"monitoring\""));
                lag += l == null ? 0 : l;
                counters.append(http.consumerEvents(stack.managementUrl(s), "monitoring", "applied")).append('/');
            }
            boolean same = unsent == 0 && lag == 0 && counters.toString().equals(last);
            stable = same ? stable + 1 : 0;
            if (stable >= 4) {
                return true;
            }
            last = counters.toString();
            Thread.sleep(500);
        }
        return false;
    }

    @Override
    public void close() {
        stack.close();
    }
}
