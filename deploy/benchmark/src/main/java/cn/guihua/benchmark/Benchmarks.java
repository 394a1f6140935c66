package cn.guihua.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import cn.guihua.localstack.Service;

/**
 * Entry point of deploy/benchmark/run.sh: the suite of issue 17. Starts its own stack on free ports with its own data
 * directory (so it runs beside a local stack), runs the parts asked for in their fixed order (start-up first, on the
 * idle machine, before the services run; then memory idle, ingest, events, evaluation, mixed, batch), prints every
 * figure with its goal, and writes them as JSON to target/benchmark/ (target/benchmark/smoke/ for --smoke runs).
 * Exits 0 when every goal passed, 1 when one failed, 2 on a usage error, 3 when a part could not run.
 */
public final class Benchmarks {

    static final List<String> ORDER = List.of("startup", "memory", "ingest", "events", "evaluation", "mixed", "batch");

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        Map<String, String> flags = new LinkedHashMap<>();
        Set<String> parts = new LinkedHashSet<>();
        List<String> argList = List.of(args);
        if (argList.contains("compare")) {
            int r = argList.indexOf("--root");
            Path base = r >= 0 ? Path.of(args[r + 1]) : root;
            boolean smoke = argList.contains("--smoke");
            List<String> files = argList.subList(argList.indexOf("compare") + 1, args.length).stream().filter(a -> !a.startsWith("--")).toList();
            Compare.main(base.toAbsolutePath().normalize().resolve(smoke ? "target/benchmark/smoke" : "target/benchmark"), files);
            return;
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--root")) {
                root = Path.of(args[++i]);
            } else if (a.startsWith("--")) {
                String name = a.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (name.equals("smoke")) {
                    value = "true";
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    value = "";
                }
                if (!Settings.known(name)) {
                    usage("unknown flag --" + name);
                }
                flags.put(name, value);
            } else if (a.equals("all")) {
                parts.addAll(ORDER);
            } else if (ORDER.contains(a)) {
                parts.add(a);
            } else if (a.equals("help")) {
                usage(null);
            } else if (a.matches("\\d[\\d_]*") && !flags.containsKey("rows")) {
                // the former "run.sh ingest ROWS"
                flags.put("rows", a);
            } else {
                usage("unknown part " + a);
            }
        }
        if (parts.isEmpty()) {
            usage("name a part, or all");
        }
        Settings settings;
        try {
            settings = new Settings(flags, System.getenv());
            settings.rows();
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        root = root.toAbsolutePath().normalize();
        Path out = root.resolve(settings.smoke ? "target/benchmark/smoke" : "target/benchmark");
        Files.createDirectories(out);
        Path dataDir = settings.text("data-dir").isBlank()
                ? out.resolve("data-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
                : Path.of(settings.text("data-dir"));
        Results results = new Results(System.out, out);
        if (parts.contains("memory") && !parts.contains("mixed")) {
            // the memory part's figure under load is the peak RSS during the mixed load
            parts.add("mixed");
        }
        List<String> run = ORDER.stream().filter(parts::contains).toList();
        System.out.println("Guihua benchmark suite: " + String.join(" ", run) + (settings.smoke ? " (smoke sizes: the goals are not meant to hold)" : ""));
        System.out.println("Settings: " + settings.all());
        System.out.println("Data: " + dataDir);
        int exit;
        List<String> failedParts = new ArrayList<>();
        Suite suite = new Suite(settings, results, System.out, root, dataDir);
        boolean deleteData = !settings.flag("keep-data") && settings.text("data-dir").isBlank();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // also on Ctrl-C: the services, Kafka and PostgreSQL stopped, the data directory removed
            suite.close();
            if (deleteData) {
                try {
                    delete(dataDir);
                } catch (IOException e) {
                    System.err.println("could not remove " + dataDir + ": " + e.getMessage());
                }
            }
        }));
        try {
            suite.checkIdle("at the start");
            for (String part : run) {
                try {
                    runPart(suite, part);
                } catch (Exception | AssertionError e) {
                    failedParts.add(part);
                    results.note("part " + part + " could not finish: " + e);
                    e.printStackTrace(System.out);
                    if (part.equals("startup")) {
                        continue;
                    }
                }
            }
            suite.checkIdle("at the end");
        } finally {
            suite.close();
            if (deleteData) {
                delete(dataDir);
            }
        }
        results.printSummary();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("parts", run);
        about.put("smoke", settings.smoke);
        about.put("settings", settings.all());
        about.put("jvmOptions", suite.jvmOptions(Service.PLAN));
        about.put("cores", Runtime.getRuntime().availableProcessors());
        about.put("git", System.getenv().getOrDefault("BENCH_GIT", ""));
        about.put("java", System.getProperty("java.version"));
        about.put("failedParts", failedParts);
        Path file = results.write(out, about);
        System.out.println("Figures written to " + file + " and " + out.resolve("latest.json"));
        exit = !failedParts.isEmpty() ? 3 : results.allGoalsPass() ? 0 : 1;
        System.exit(exit);
    }

    private static void runPart(Suite suite, String part) throws Exception {
        switch (part) {
            case "startup" -> new StartupBenchmark(suite).run();
            case "memory" -> new MemoryBenchmark(suite).idle();
            case "ingest" -> new IngestBenchmark(suite).run();
            case "events" -> new EventsBenchmark(suite).run();
            case "evaluation" -> new EvaluationBenchmark(suite).run();
            case "mixed" -> new MixedLoadBenchmark(suite).run();
            case "batch" -> new BatchBenchmark(suite).run();
            default -> throw new IllegalArgumentException(part);
        }
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println(problem);
        }
        System.err.print(Settings.usage());
        System.exit(problem == null ? 0 : 2);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
