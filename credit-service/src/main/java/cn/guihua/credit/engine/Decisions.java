package cn.guihua.credit.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.credit.parameter.ParameterSnapshot;
import cn.guihua.credit.rules.RuleFiles.ParameterDefinition;
import cn.guihua.credit.rules.Rules;

/**
 * The parameters one calculation reads, and what it needed but found unset. A parameter is needed only when it
 * changes the result: {@link #choose} tries every option of an unset parameter and, when they all give the same
 * answer, goes on without it (the explanation says so); when they differ, the parameter is missing and the result
 * is NOT_CONFIGURED. Nothing is ever assumed. Parameters without a closed list of options (objects, lists, open
 * numbers) are {@link #require required} whenever the calculation reaches them.
 */
public final class Decisions {

    /** How a parameter took part: its value decided, or it was unset and did not matter, or it was missing. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ParameterUseKind")
    public enum Use { DECIDED, NOT_DECISIVE, MISSING }

    public record Entry(String name, Use use, String neededFor, ParameterSnapshot.InForce value) {
    }

    private final Rules rules;
    private final ParameterSnapshot snapshot;
    private final Map<String, JsonNode> bound = new HashMap<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private int missing;
    private final List<String> missingLog = new ArrayList<>();

    public Decisions(Rules rules, ParameterSnapshot snapshot) {
        this.rules = rules;
        this.snapshot = snapshot;
    }

    public ParameterSnapshot snapshot() {
        return snapshot;
    }

    /** The value set for {@code name}, or null when unset (recorded as used when set). */
    public JsonNode value(String name) {
        if (bound.containsKey(name)) {
            return bound.get(name);
        }
        ParameterSnapshot.InForce v = snapshot.get(name);
        if (v != null) {
            record(name, Use.DECIDED, null, v);
            return v.value();
        }
        return null;
    }

    public boolean isSet(String name) {
        return bound.containsKey(name) || snapshot.get(name) != null;
    }

    /**
     * {@code decide} applied to the parameter's value; for an unset parameter with a closed list of options, to each
     * option in turn: when all agree that is the answer, otherwise the parameter is missing (and the first option's
     * answer is returned for the trace, which the caller must not count).
     */
    public <R> R choose(String name, String neededFor, Function<JsonNode, R> decide) {
        JsonNode set = value(name);
        if (set != null) {
            return decide.apply(set);
        }
        ParameterDefinition def = rules.parameter(name);
        if (def == null) {
            throw new IllegalArgumentException("Unknown parameter " + name);
        }
        if (!enumerable(def)) {
            markMissing(name, neededFor);
            return decide.apply(null);
        }
        int missingBefore = missing;
        List<R> answers = new ArrayList<>();
        for (JsonNode option : def.options()) {
            bound.put(name, option);
            try {
                answers.add(decide.apply(option));
            } finally {
                bound.remove(name);
            }
        }
        boolean agree = answers.stream().allMatch(a -> Objects.equals(a, answers.get(0)));
        if (agree) {
            if (missing == missingBefore) {
                record(name, Use.NOT_DECISIVE, neededFor, null);
            }
        } else {
            markMissing(name, neededFor);
        }
        return answers.get(0);
    }

    /** The value of a parameter that has no closed list of options; {@code orElse} when unset (then it is missing). */
    public <R> R require(String name, String neededFor, Function<JsonNode, R> decide, Supplier<R> orElse) {
        JsonNode set = value(name);
        if (set != null) {
            return decide.apply(set);
        }
        markMissing(name, neededFor);
        return orElse.get();
    }

    /** Records that an unset parameter was read and its absence has a meaning the document gives (no assumption). */
    public void unsetButDefinedByText(String name, String meaning) {
        if (!isSet(name)) {
            record(name, Use.NOT_DECISIVE, meaning, null);
        }
    }

    /** Whether the calculation read the parameter so far (set or not). */
    public boolean read(String name) {
        return entries.containsKey(name);
    }

    /** Whether the parameter is set and the calculation read it: it decided. */
    public boolean decided(String name) {
        Entry e = entries.get(name);
        return e != null && e.use() == Use.DECIDED;
    }

    public boolean isMissing(String name) {
        Entry e = entries.get(name);
        return e != null && e.use() == Use.MISSING;
    }

    /** True when nothing the calculation needed was missing. */
    public boolean complete() {
        return missing == 0;
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** A mark to ask later which parameters went missing since ({@link #missingSince}). */
    public int mark() {
        return missingLog.size();
    }

    public List<String> missingSince(int mark) {
        return missingLog.subList(mark, missingLog.size()).stream().distinct().toList();
    }

    private void markMissing(String name, String neededFor) {
        missingLog.add(name);
        Entry e = entries.get(name);
        if (e == null || e.use() != Use.MISSING) {
            entries.put(name, new Entry(name, Use.MISSING, neededFor, null));
        }
        missing++;
    }

    private void record(String name, Use use, String neededFor, ParameterSnapshot.InForce value) {
        Entry e = entries.get(name);
        if (e == null || e.use() == Use.NOT_DECISIVE && use == Use.DECIDED) {
            entries.put(name, new Entry(name, use, neededFor, value));
        }
    }

    static boolean enumerable(ParameterDefinition def) {
        if (def.options() == null || def.options().isEmpty() || def.type().startsWith("object") || def.type().startsWith("list")) {
            return false;
        }
        return def.options().stream().noneMatch(o -> o.isTextual() && o.asText().equals("FIXED_MONTHS"));
    }
}
