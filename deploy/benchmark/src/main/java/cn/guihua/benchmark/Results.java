package cn.guihua.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every figure of a run, printed when it is measured (with its goal and PASS or FAIL, or INFO when it has none) and
 * written at the end as JSON: target/benchmark/&lt;timestamp&gt;.json and latest.json, with the previous latest.json's
 * value of each figure printed beside the new one.
 */
final class Results {

    /** A goal: the figure must be at most, at least or exactly the bound. */
    enum Op {
        AT_MOST("<="), AT_LEAST(">="), EQUALS("==");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(double value, double bound) {
            return switch (this) {
                case AT_MOST -> value <= bound;
                case AT_LEAST -> value >= bound;
                case EQUALS -> value == bound;
            };
        }
    }

    /** One measured figure; {@code op} null for information only. */
    record Figure(String part, String name, double value, String unit, Op op, double bound, String how) {
        boolean hasGoal() {
            return op != null;
        }

        boolean pass() {
            return op == null || (!Double.isNaN(value) && op.holds(value, bound));
        }

        String status() {
            return op == null ? "INFO" : pass() ? "PASS" : "FAIL";
        }
    }

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final PrintStream out;
    private final OffsetDateTime started = OffsetDateTime.now();
    private final Map<String, Double> previous = new LinkedHashMap<>();
    private String previousRun;

    Results(PrintStream out, Path dir) {
        this.out = out;
        Path latest = dir.resolve("latest.json");
        if (Files.exists(latest)) {
            try {
                JsonNode old = new ObjectMapper().readTree(latest.toFile());
                previousRun = old.path("started").asText();
                for (JsonNode f : old.path("figures")) {
                    previous.put(f.path("name").asText(), f.path("value").asDouble());
                }
            } catch (IOException | RuntimeException e) {
                out.println("(the previous " + latest + " could not be read: " + e.getMessage() + ")");
            }
        }
    }

    /** A figure with a goal. */
    Figure goal(String part, String name, double value, String unit, Op op, double bound, String how) {
        Figure f = new Figure(part, name, value, unit, op, bound, how);
        add(f);
        return f;
    }

    /** A figure without a goal. */
    Figure info(String part, String name, double value, String unit, String how) {
        Figure f = new Figure(part, name, value, unit, null, 0, how);
        add(f);
        return f;
    }

    /** Something a reader of the figures must know (a part that could not run, a machine that was not idle ...). */
    void note(String text) {
        notes.add(text);
        out.println("NOTE: " + text);
    }

    private synchronized void add(Figure f) {
        figures.add(f);
        out.println(line(f));
    }

    private String line(Figure f) {
        String goal = f.hasGoal() ? "goal " + f.op().symbol + " " + number(f.bound()) : "";
        Double before = previous.get(f.name());
        String prev = before == null ? "" : "  (previous " + number(before) + ")";
        return String.format(Locale.ROOT, "  %-4s %-44s %12s %-8s %-14s %s%s", f.status(), f.name(), number(f.value()), f.unit(), goal,
                f.how() == null ? "" : f.how(), prev);
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "never" : "-never";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }

    boolean allGoalsPass() {
        return figures.stream().allMatch(Figure::pass);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** The goals again, all together, then the verdict. */
    void printSummary() {
        out.println();
        out.println("=== Summary: every goal of this run" + (previousRun == null ? "" : " (previous run " + previousRun + ")"));
        String part = null;
        for (Figure f : figures) {
            if (!f.hasGoal()) {
                continue;
            }
            if (!f.part().equals(part)) {
                part = f.part();
                out.println("[" + part + "]");
            }
            out.println(line(f));
        }
        long goals = figures.stream().filter(Figure::hasGoal).count();
        long failed = figures.stream().filter(f -> !f.pass()).count();
        for (String n : notes) {
            out.println("NOTE: " + n);
        }
        out.printf("%d goals, %d PASS, %d FAIL%n", goals, goals - failed, failed);
    }

    /** Writes DIR/&lt;timestamp&gt;.json and DIR/latest.json; returns the first. */
    Path write(Path dir, Map<String, Object> run) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("started", started.toString());
        root.put("finished", OffsetDateTime.now().toString());
        root.set("run", json.valueToTree(run));
        root.put("pass", allGoalsPass());
        ArrayNode list = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode n = list.addObject();
            n.put("part", f.part());
            n.put("name", f.name());
            if (Double.isNaN(f.value()) || Double.isInfinite(f.value())) {
                n.putNull("value");
            } else {
                n.put("value", f.value());
            }
            n.put("unit", f.unit());
            if (f.hasGoal()) {
                n.put("goal", f.op().symbol + " " + number(f.bound()));
                n.put("op", f.op().name());
                n.put("bound", f.bound());
            }
            n.put("status", f.status());
            if (f.how() != null) {
                n.put("how", f.how());
            }
        }
        ArrayNode n = root.putArray("notes");
        notes.forEach(n::add);
        String stamp = started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = dir.resolve(stamp + ".json");
        json.writeValue(file.toFile(), root);
        json.writeValue(dir.resolve("latest.json").toFile(), root);
        return file;
    }
}
