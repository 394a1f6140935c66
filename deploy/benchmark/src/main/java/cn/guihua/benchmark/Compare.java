package cn.guihua.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code run.sh compare [OLD.json [NEW.json]]}: two runs' figures side by side (by default the two newest runs in
 * target/benchmark/), each with both values, the change and the new status.
 */
final class Compare {

    private Compare() {
    }

    static void main(Path dir, List<String> files) throws IOException {
        Path older;
        Path newer;
        if (files.size() >= 2) {
            older = Path.of(files.get(0));
            newer = Path.of(files.get(1));
        } else {
            List<Path> runs;
            try (Stream<Path> s = Files.list(dir)) {
                runs = s.filter(p -> p.getFileName().toString().matches("\\d{8}-\\d{6}\\.json")).sorted().toList();
            }
            if (files.size() == 1) {
                older = Path.of(files.get(0));
                newer = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            } else {
                older = runs.size() < 2 ? null : runs.get(runs.size() - 2);
                newer = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            }
        }
        if (older == null || newer == null) {
            System.err.println("compare needs two runs: none or one in " + dir + "; name them: run.sh compare OLD.json NEW.json");
            System.exit(2);
        }
        JsonNode a = Http.JSON.readTree(older.toFile());
        JsonNode b = Http.JSON.readTree(newer.toFile());
        System.out.printf("old %s  (%s, %s)%nnew %s  (%s, %s)%n%n", older, a.path("started").asText(), a.path("run").path("git").asText(),
                newer, b.path("started").asText(), b.path("run").path("git").asText());
        Map<String, JsonNode> old = new LinkedHashMap<>();
        a.path("figures").forEach(f -> old.put(f.path("name").asText(), f));
        System.out.printf(Locale.ROOT, "%-46s %12s %12s %8s  %-6s %s%n", "figure", "old", "new", "change", "status", "goal");
        for (JsonNode f : b.path("figures")) {
            JsonNode o = old.remove(f.path("name").asText());
            double nv = f.path("value").asDouble(Double.NaN);
            double ov = o == null ? Double.NaN : o.path("value").asDouble(Double.NaN);
            String change = Double.isNaN(nv) || Double.isNaN(ov) || ov == 0 ? "" : String.format(Locale.ROOT, "%+.0f%%", (nv - ov) / Math.abs(ov) * 100);
            System.out.printf(Locale.ROOT, "%-46s %12s %12s %8s  %-6s %s%n", f.path("name").asText(), Results.number(ov), Results.number(nv),
                    change, f.path("status").asText(), f.path("goal").asText(""));
        }
        old.keySet().forEach(n -> System.out.printf("%-46s only in the old run%n", n));
    }
}
