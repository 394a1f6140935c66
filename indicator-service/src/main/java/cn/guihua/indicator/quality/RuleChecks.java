package cn.guihua.indicator.quality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.Violation;

/**
 * Validation rules applied to one value about to be stored (a submission, a correction), to stored values (the value
 * view, the review list) and over a region and period range (the analysis). The stored values come from one query.
 */
@ApplicationScoped
public class RuleChecks {

    private static final TypeReference<List<RuleFinding>> FINDINGS = new TypeReference<>() { };

    @Inject
    ValidationRules rules;

    @Inject
    CurrentValues values;

    @Inject
    ObjectMapper json;

    @Inject
    QualityConfig config;

    /** What the rules say of a value: errors refuse it, warnings flag it. */
    public record Outcome(List<RuleFinding> errors, List<RuleFinding> warnings) {

        /** The errors as field violations of the value: each names its rule and both sides. */
        public List<Violation> violations(UUID valueId) {
            return errors.stream().map(f -> new Violation(field(f, valueId), f.text())).toList();
        }
    }

    public RuleSet current(Catalogue.Snapshot catalogue) {
        return rules.current(catalogue);
    }

    /** The rules a new value (not stored yet) takes part in, with the stored current values of its jurisdiction and period. */
    public Outcome check(RuleSet set, Cell value) {
        List<RuleFinding> found = new ArrayList<>(set.checkAlone(value));
        if (set.needsCounterparts(value.indicator())) {
            Map<String, Cell> cells = values.of(set.counterpartIndicators(List.of(value.indicator())), List.of(value.jurisdiction()),
                    List.of(value.period()));
            cells.put(value.key(), value);
            found.addAll(set.checkTogether(List.of(value), cells::get));
        }
        List<RuleFinding> errors = new ArrayList<>();
        List<RuleFinding> warnings = new ArrayList<>();
        for (RuleFinding f : found) {
            (f.importance() == Importance.ERROR ? errors : warnings).add(f);
        }
        return new Outcome(errors, warnings);
    }

    /** Every rule each of these stored values takes part in that is violated now, by value id; one query. */
    public Map<UUID, List<RuleFinding>> findings(RuleSet set, Collection<Cell> cells) {
        Map<UUID, List<RuleFinding>> out = new HashMap<>();
        if (cells.isEmpty()) {
            return out;
        }
        List<String> indicators = cells.stream().map(Cell::indicator).distinct().toList();
        Map<String, Cell> stored = values.of(set.counterpartIndicators(indicators),
                cells.stream().map(Cell::jurisdiction).distinct().toList(), cells.stream().map(Cell::period).distinct().toList());
        for (Cell c : cells) {
            String key = c.key();
            List<RuleFinding> found = set.checkAll(List.of(c), k -> k.equals(key) ? c : stored.get(k));
            if (!found.isEmpty()) {
                out.put(c.id(), found);
            }
        }
        return out;
    }

    /**
     * The analysis: every violation among the values of a region and period range (of one indicator, or all), each
     * with both sides' values, by jurisdiction, period and rule.
     */
    public List<RuleFinding> analyse(RuleSet set, Region region, PeriodRange range, String indicator, Importance importance) {
        int limit = config.maxAnalysisValues();
        List<Cell> all = values.in(region, indicator == null ? null : set.counterpartIndicators(List.of(indicator)),
                range.fromYear(), range.toYear(), limit);
        if (all.size() > limit) {
            throw ProblemException.invalid("jurisdiction", "quality.analysis.too-many", limit);
        }
        Map<String, Cell> byKey = new HashMap<>(all.size() * 2);
        List<Cell> judged = new ArrayList<>();
        for (Cell c : all) {
            byKey.put(c.key(), c);
            if (range.contains(c.period()) && (indicator == null || indicator.equals(c.indicator()))) {
                judged.add(c);
            }
        }
        List<RuleFinding> found = new ArrayList<>(set.checkAll(judged, byKey::get));
        found.removeIf(f -> importance != null && f.importance() != importance);
        found.sort(Comparator.comparing(RuleFinding::jurisdiction).thenComparing(RuleFinding::period)
                .thenComparing(RuleFinding::ruleCode)
                .thenComparing(f -> f.indicatorCode() == null ? "" : f.indicatorCode())
                .thenComparing(f -> f.sex() + "|" + f.residence() + "|" + f.ageGroup()));
        return found;
    }

    /** The field of the value a finding is about: the operand that is the value, else {@code value}. */
    public static String field(RuleFinding f, UUID valueId) {
        for (List<RuleFinding.Part> parts : List.of(f.left().operands(), f.right().operands())) {
            for (RuleFinding.Part p : parts) {
                if (valueId != null && valueId.equals(p.valueId()) && p.field() != null) {
                    return p.field().name().toLowerCase(Locale.ROOT);
                }
            }
        }
        return "value";
    }

    /** The findings as stored with a value; null for none. */
    public String flags(List<RuleFinding> warnings) {
        if (warnings == null || warnings.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Validation findings are not serialisable", e);
        }
    }

    /** The findings a value was stored with; empty for none (or for a column that cannot be read). */
    public List<RuleFinding> flags(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(stored, FINDINGS);
        } catch (IOException e) {
            return List.of();
        }
    }
}
