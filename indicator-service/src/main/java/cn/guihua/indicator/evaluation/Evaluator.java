package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.catalogue.IndicatorDefinition;
import cn.guihua.indicator.catalogue.TargetDefinition;
import cn.guihua.indicator.catalogue.TargetDefinition.Comparator;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;

/**
 * Evaluates every target of a plan in a year against the monitored values. The rules, one per kind of
 * target, are written out in docs/indicator-service.md; the explanation of each result names the rule used. It is a
 * catalogue text ({@code evaluation.*}), written in the caller's language when the answer is.
 */
@ApplicationScoped
public class Evaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    Catalogue catalogue;

    @Inject
    Caller caller;

    /** The plan's targets from the catalogue copy, after checking the caller may read the plan's jurisdiction. */
    List<TargetDefinition> targetsOf(Catalogue.Snapshot s, String planCode) {
        List<TargetDefinition> targets = s.targetsOfPlan(planCode);
        if (targets.isEmpty()) {
            throw ProblemException.notFound("thing.plan-with-targets", planCode);
        }
        caller.requireJurisdiction(targets.get(0).jurisdiction());
        return targets;
    }

    public PlanEvaluation evaluate(String planCode, int year, boolean includePending) {
        Catalogue.Snapshot s = catalogue.require();
        List<TargetDefinition> targets = targetsOf(s, planCode);
        Observations o = observations(targets, includePending);
        List<TargetEvaluation> results = targets.stream()
                .map(t -> evaluate(t, s.indicator(t.indicatorCode()), year, o)).toList();
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        for (TargetStatus st : TargetStatus.values()) {
            counts.put(st, 0);
        }
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return new PlanEvaluation(planCode, targets.get(0).planTitle(), year, includePending, s.fetchedAt(), counts, results);
    }

    static Observations observations(List<TargetDefinition> targets, boolean includePending) {
        Set<String> indicators = new LinkedHashSet<>();
        Set<String> jurisdictions = new LinkedHashSet<>();
        for (TargetDefinition t : targets) {
            if (t.indicatorCode() != null && t.jurisdiction() != null) {
                indicators.add(t.indicatorCode());
                jurisdictions.add(t.jurisdiction());
            }
        }
        return Observations.load(indicators, jurisdictions, includePending);
    }

    static TargetEvaluation evaluate(TargetDefinition t, IndicatorDefinition indicator, int year, Observations o) {
        if (indicator == null) {
            return result(t, null, null, null, null, null, TargetStatus.NOT_EVALUABLE,
                    Text.of("evaluation.indicator-missing", t.indicatorCode()));
        }
        if (t.scope() == TargetDefinition.Scope.EACH_STREET) {
            List<String> streets = o.streets(t.indicatorCode(), t.jurisdiction(), year);
            if (streets.isEmpty()) {
                return result(t, indicator, null, null, null, null, TargetStatus.NO_DATA,
                        Text.of("evaluation.each-street.no-data", year(year)));
            }
            TargetEvaluation worst = null;
            for (String street : streets) {
                TargetEvaluation r = evaluateAt(t, indicator, street, year, o);
                if (worst == null || r.status().severity() > worst.status().severity()) {
                    worst = r;
                }
            }
            return withExplanation(worst, Text.of("evaluation.each-street.worst", streets.size(),
                    worst.observedJurisdiction(), worst.explanation()));
        }
        return evaluateAt(t, indicator, t.jurisdiction(), year, o);
    }

    private static TargetEvaluation evaluateAt(TargetDefinition t, IndicatorDefinition indicator, String j, int year,
            Observations o) {
        String code = t.indicatorCode();
        BigDecimal v = o.annual(code, j, year);
        Comparator c = t.comparator();
        Integer targetYear = t.targetYear();
        if (c == null || targetYear == null) {
            return result(t, indicator, null, j, null, null, TargetStatus.NOT_EVALUABLE, Text.of("evaluation.no-comparator"));
        }
        if (v == null) {
            return result(t, indicator, null, j, null, null, TargetStatus.NO_DATA, Text.of("evaluation.no-data", year(year)));
        }
        BigDecimal previous = o.annual(code, j, year - 1);
        switch (c) {
            case DIRECTION -> {
                if (t.direction() == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE, Text.of("evaluation.no-direction"));
                }
                if (previous == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NO_DATA,
                            Text.of("evaluation.direction.no-previous", year(year - 1)));
                }
                int moved = v.compareTo(previous);
                int wanted = t.direction() == TargetDefinition.Direction.INCREASE ? 1 : -1;
                TargetStatus st = moved == wanted ? (year >= targetYear ? TargetStatus.ACHIEVED : TargetStatus.ON_TRACK)
                        : moved == 0 ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
                return result(t, indicator, v, j, previous, null, st,
                        Text.of("evaluation.direction", t.direction().name(), year(year - 1), previous.toPlainString()));
            }
            case CHANGE_PP_PER_YEAR -> {
                if (t.value() == null || t.value().signum() == 0) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE, Text.of("evaluation.change.no-value"));
                }
                if (previous == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NO_DATA,
                            Text.of("evaluation.change.no-previous", year(year - 1)));
                }
                BigDecimal change = v.subtract(previous);
                BigDecimal required = t.value();
                boolean meets = required.signum() < 0 ? change.compareTo(required) <= 0 : change.compareTo(required) >= 0;
                TargetStatus st = meets ? (year >= targetYear ? TargetStatus.ACHIEVED : TargetStatus.ON_TRACK)
                        : change.signum() == required.signum() ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
                return result(t, indicator, v, j, previous, null, st,
                        Text.of("evaluation.change", required.toPlainString(), year(year - 1), change.toPlainString()));
            }
            case DECREASE_PERCENT -> {
                Integer baseYear = t.baselineYear();
                if (t.value() == null || baseYear == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE, Text.of("evaluation.decrease.no-value"));
                }
                BigDecimal base = o.annual(code, j, baseYear);
                if (base == null) {
                    base = t.baselineValue();
                }
                if (base == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NO_DATA,
                            Text.of("evaluation.decrease.no-base", year(baseYear)));
                }
                BigDecimal level = base.multiply(BigDecimal.ONE.subtract(t.value().divide(HUNDRED, MathContext.DECIMAL64)))
                        .setScale(Math.max(base.scale(), 2) + 2, RoundingMode.HALF_UP).stripTrailingZeros();
                return level(t, indicator, Comparator.AT_MOST, level, null, v, j, base, baseYear, previous, year,
                        Text.of("evaluation.decrease", year(baseYear), base.toPlainString(), t.value().toPlainString(),
                                level.toPlainString()));
            }
            default -> {
                BigDecimal level = c == Comparator.FULL_COVERAGE ? HUNDRED : t.value();
                if (level == null || c == Comparator.RANGE && t.valueHigh() == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE, Text.of("evaluation.no-value"));
                }
                return level(t, indicator, c, level, t.valueHigh(), v, j, t.baselineValue(), t.baselineYear(), previous, year,
                        Text.of("evaluation.level", c.name(), level.toPlainString()));
            }
        }
    }

    /**
     * A level target: met is achieved; missed in or after the target year is off track; before it, the value is
     * judged against the straight path from the baseline to the target, else against the previous year.
     */
    private static TargetEvaluation level(TargetDefinition t, IndicatorDefinition indicator, Comparator c, BigDecimal level,
            BigDecimal high, BigDecimal v, String j, BigDecimal base, Integer baseYear, BigDecimal previous, int year,
            Text rule) {
        BigDecimal required = t.comparator() == Comparator.DECREASE_PERCENT ? level : null;
        if (meets(c, v, level, high)) {
            return result(t, indicator, v, j, base, required, TargetStatus.ACHIEVED, Text.of("evaluation.level.met", rule));
        }
        int targetYear = t.targetYear();
        if (year >= targetYear) {
            return result(t, indicator, v, j, base, required, TargetStatus.OFF_TRACK,
                    Text.of("evaluation.level.missed", rule, year(targetYear)));
        }
        if (base != null && baseYear != null && baseYear < targetYear && year > baseYear) {
            BigDecimal expected = base.add(level.subtract(base).multiply(BigDecimal.valueOf(year - baseYear))
                    .divide(BigDecimal.valueOf(targetYear - baseYear), MathContext.DECIMAL64)).stripTrailingZeros();
            TargetStatus st = !better(c, expected, v, level, high) ? TargetStatus.ON_TRACK
                    : better(c, v, base, level, high) ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
            return result(t, indicator, v, j, expected, required, st, Text.of("evaluation.level.path", rule, year(baseYear),
                    base.toPlainString(), year(targetYear), year(year), expected.toPlainString()));
        }
        if (previous != null) {
            TargetStatus st = better(c, v, previous, level, high) ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
            return result(t, indicator, v, j, previous, required, st,
                    Text.of("evaluation.level.trend", rule, year(year - 1), previous.toPlainString()));
        }
        return result(t, indicator, v, j, null, required, TargetStatus.AT_RISK, Text.of("evaluation.level.no-trend", rule));
    }

    static boolean meets(Comparator c, BigDecimal v, BigDecimal level, BigDecimal high) {
        return switch (c) {
            case AT_MOST -> v.compareTo(level) <= 0;
            case BELOW -> v.compareTo(level) < 0;
            case AT_LEAST, FULL_COVERAGE -> v.compareTo(level) >= 0;
            case ABOVE -> v.compareTo(level) > 0;
            case EQUAL -> v.compareTo(level) == 0;
            case RANGE -> v.compareTo(level) >= 0 && v.compareTo(high) <= 0;
            default -> false;
        };
    }

    /** Whether {@code a} is strictly closer to meeting the target than {@code b}. */
    static boolean better(Comparator c, BigDecimal a, BigDecimal b, BigDecimal level, BigDecimal high) {
        return switch (c) {
            case AT_MOST, BELOW -> a.compareTo(b) < 0;
            case AT_LEAST, ABOVE, FULL_COVERAGE -> a.compareTo(b) > 0;
            default -> distance(a, level, high).compareTo(distance(b, level, high)) < 0;
        };
    }

    private static BigDecimal distance(BigDecimal v, BigDecimal level, BigDecimal high) {
        BigDecimal top = high == null ? level : high;
        if (v.compareTo(level) < 0) {
            return level.subtract(v);
        }
        return v.compareTo(top) > 0 ? v.subtract(top) : BigDecimal.ZERO;
    }

    private static TargetEvaluation result(TargetDefinition t, IndicatorDefinition indicator, BigDecimal observed, String j,
            BigDecimal reference, BigDecimal required, TargetStatus status, Text explanation) {
        return new TargetEvaluation(t.id(), t.areaName(), t.goalSequence(), t.indicatorCode(),
                indicator == null ? null : indicator.name(), t.jurisdiction(), t.comparator(), t.value(), t.valueHigh(),
                t.direction(), t.unit(), t.targetYear(), t.nature(), t.sourceRef(), observed, j, reference, required, status,
                explanation);
    }

    private static TargetEvaluation withExplanation(TargetEvaluation r, Text explanation) {
        return new TargetEvaluation(r.targetId(), r.areaName(), r.goalSequence(), r.indicatorCode(), r.indicatorName(),
                r.jurisdiction(), r.comparator(), r.targetValue(), r.targetValueHigh(), r.direction(), r.unit(), r.targetYear(),
                r.nature(), r.sourceRef(), r.observed(), r.observedJurisdiction(), r.reference(), r.requiredLevel(), r.status(),
                explanation);
    }

    /** A year as written in an explanation: 2023, never 2,023. */
    private static String year(int year) {
        return String.valueOf(year);
    }
}
