package cn.guihua.subsidy.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guihua.platform.i18n.Messages;
import cn.guihua.platform.i18n.RequestLanguage;

/**
 * Collects the steps of a calculation as the rules are applied, the named results, and every parameter that a
 * step needed and no officer has set, then makes the {@link Calculation}. Notes are catalogue texts resolved in the
 * caller's language; the clauses keep the documents' own words.
 */
public final class Explanation {

    private final String policy;
    private final LocalDate asOf;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Set<ParameterName> missing = new LinkedHashSet<>();

    public Explanation(String policy, LocalDate asOf) {
        this.policy = policy;
        this.asOf = asOf;
    }

    /** A note from the catalogue, in the language of the request. */
    public static String note(String key, Object... args) {
        return Messages.get(RequestLanguage.current(), key, args);
    }

    public Step add(Step s) {
        steps.add(s);
        if (s.status() == CalculationStatus.NOT_CONFIGURED) {
            for (ParameterUse p : s.parameters()) {
                if (!p.set()) {
                    missing.add(p.name());
                }
            }
        }
        return s;
    }

    public void missing(ParameterName name) {
        missing.add(name);
    }

    public Explanation result(String key, Object value) {
        results.put(key, value);
        return this;
    }

    public boolean hasMissing() {
        return !missing.isEmpty();
    }

    public List<Step> steps() {
        return steps;
    }

    public Step last(String rule) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).rule().equals(rule)) {
                return steps.get(i);
            }
        }
        return null;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Calculation done(CalculationStatus status, BigDecimal amount, String summary, String rule) {
        return new Calculation(policy, asOf, status, status == CalculationStatus.NOT_CONFIGURED ? null : Calculation.yuan(amount), summary,
                List.copyOf(steps), rule, new LinkedHashMap<>(results), List.copyOf(missing));
    }

    /** A summary naming the parameters still to be set. */
    public String missingSummary() {
        return note("rules.not-configured", String.join(", ", missing.stream().map(Enum::name).toList()));
    }

    public static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
