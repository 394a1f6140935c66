package cn.guihua.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sizes and durations of a run: each a flag ({@code --rows 2000} or {@code --rows=2000}) or an environment variable
 * ({@code BENCH_ROWS=2000}), the flag winning. {@code --smoke} (or {@code BENCH_SMOKE=1}) takes the small defaults,
 * for a run of a few minutes that checks the suite works, not the goals.
 */
final class Settings {

    /** One parameter: its flag, variable, full-size and smoke defaults, and what it sizes. */
    record Parameter(String flag, String env, String full, String smoke, String description) {
    }

    static final List<Parameter> PARAMETERS = List.of(
            new Parameter("rows", "BENCH_ROWS", "100000", "2000", "values per bulk ingest (ingest, events)"),
            new Parameter("reps", "BENCH_REPS", "3", "2", "timed repetitions of each side; the median is the figure"),
            new Parameter("warmups", "BENCH_WARMUPS", "1", "1", "untimed warm-up runs of each side before the timed ones"),
            new Parameter("values", "BENCH_VALUES", "1000000", "20000", "monitoring values stored for evaluation and mixed"),
            new Parameter("streets", "BENCH_STREETS", "12", "4", "streets per district in the stored values"),
            new Parameter("clients", "BENCH_CLIENTS", "50", "8", "concurrent clients of the evaluation and mixed loads"),
            new Parameter("seconds", "BENCH_SECONDS", "60", "5", "measured seconds of the evaluation and mixed loads"),
            new Parameter("warmup-seconds", "BENCH_WARMUP_SECONDS", "15", "2", "unmeasured seconds of load before them"),
            new Parameter("report-reps", "BENCH_REPORT_REPS", "5", "2", "timed runs of each report kind"),
            new Parameter("recipients", "BENCH_RECIPIENTS", "200000", "5000", "disability recipients of the monthly batch"),
            new Parameter("units", "BENCH_UNITS", "1000", "100", "streets and villages of the farmland ranking (even)"),
            new Parameter("starts", "BENCH_STARTS", "3", "1", "timed starts of each service (after one warm-up start)"),
            new Parameter("idle-seconds", "BENCH_IDLE_SECONDS", "30", "3", "seconds the started stack idles before RSS is read"),
            new Parameter("timeout", "BENCH_TIMEOUT", "900", "180", "seconds to wait for events to be published and applied"),
            new Parameter("plan", "BENCH_PLAN", "", "", "plan of the report timings (default: the one with most targets)"),
            new Parameter("data-dir", "BENCH_DATA_DIR", "", "", "data directory of the suite's stack (default: a new one under target/benchmark)"),
            new Parameter("keep-data", "BENCH_KEEP_DATA", "false", "false", "keep the data directory after the run"),
            new Parameter("jvm-opts", "GUIHUA_JVM_OPTS", "", "", "JVM options of the services (default: the local stack's)"));

    private final Map<String, String> values = new LinkedHashMap<>();
    final boolean smoke;

    Settings(Map<String, String> flags, Map<String, String> env) {
        boolean s = flags.containsKey("smoke") || "1".equals(env.get("BENCH_SMOKE")) || "true".equals(env.get("BENCH_SMOKE"));
        this.smoke = s;
        for (Parameter p : PARAMETERS) {
            String v = flags.containsKey(p.flag()) ? flags.get(p.flag()) : env.getOrDefault(p.env(), s ? p.smoke() : p.full());
            values.put(p.flag(), v == null ? "" : v);
        }
    }

    static boolean known(String flag) {
        return flag.equals("smoke") || PARAMETERS.stream().anyMatch(p -> p.flag().equals(flag));
    }

    int integer(String flag) {
        try {
            return Integer.parseInt(values.get(flag).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + flag + " must be a whole number, not " + values.get(flag));
        }
    }

    String text(String flag) {
        return values.get(flag);
    }

    boolean flag(String flag) {
        String v = values.get(flag);
        return v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes");
    }

    int rows() {
        return integer("rows");
    }

    int reps() {
        return Math.max(1, integer("reps"));
    }

    int warmups() {
        return Math.max(0, integer("warmups"));
    }

    Map<String, String> all() {
        return new LinkedHashMap<>(values);
    }

    static String usage() {
        StringBuilder b = new StringBuilder();
        b.append("usage: deploy/benchmark/run.sh [--smoke] [--FLAG VALUE ...] PART ...\n");
        b.append("parts: all ingest events startup memory evaluation mixed batch (run.sh also: batch-code)\n");
        b.append("       deploy/benchmark/run.sh compare [--smoke] [OLD.json [NEW.json]]: two runs side by side\n");
        b.append("flags (or environment variables; full size / --smoke):\n");
        for (Parameter p : PARAMETERS) {
            b.append(String.format("  --%-15s %-21s %8s / %-6s %s%n", p.flag(), p.env(), p.full().isEmpty() ? "-" : p.full(),
                    p.smoke().isEmpty() ? "-" : p.smoke(), p.description()));
        }
        return b.toString();
    }
}
