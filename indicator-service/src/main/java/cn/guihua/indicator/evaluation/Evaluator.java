package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.catalogue.IndicatorDefinition;
import cn.guihua.indicator.catalogue.TargetDefinition;
import cn.guihua.indicator.catalogue.TargetDefinition.BaselineSource;
import cn.guihua.indicator.catalogue.TargetDefinition.Comparator;
import cn.guihua.indicator.catalogue.TargetDefinition.Direction;
import cn.guihua.platform.i18n.RequestLanguage;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;

/**
 * Evaluates every target of a plan in a year against the monitored values, as the Chinese wording means it: the
 * phrasing table of docs/indicator-service.md (保持在…左右 a band of ± tolerance, 达到/保持在 one-sided with the
 * indicator's direction, 以上/不低于 floors, 控制在…以下 ceilings, ranges by their direction, 基本 with its remainder,
 * decreases on a base year, a slower rise, values a higher level still has to set). The explanation of each result names
 * the rule, the tolerance and where it comes from, and which base was used; it is a catalogue text
 * ({@code evaluation.*}), written in the caller's language when the answer is.
 */
@ApplicationScoped
public class Evaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    Catalogue catalogue;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    EvaluationAnswers answers;

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
        return evaluate(s, planCode, targets, year, includePending, Observations.annual(em, needs(targets, year), includePending));
    }

    /**
     * {@link #evaluate(String, int, boolean)} as the JSON it is answered with, in the request's language (the one its
     * texts are written in).
     * The values are read as ever (by JDBC, one statement on a connection of its own: no transaction is needed), as
     * one text ({@link Observations#annualValues}); when the same text under the same catalogue copy was evaluated
     * before, that answer is given again ({@link EvaluationAnswers}), else it is evaluated and written now.
     */
    public byte[] evaluateJson(String planCode, int year, boolean includePending) {
        Catalogue.Snapshot s = catalogue.require();
        List<TargetDefinition> targets = targetsOf(s, planCode);
        String values;
        try (Connection c = dataSource.getConnection()) {
            values = Observations.annualValues(c, Observations.Query.of(needs(targets, year)), includePending);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the monitored values of an evaluation failed", e);
        }
        EvaluationAnswers.Key key = new EvaluationAnswers.Key(planCode, year, includePending, RequestLanguage.current());
        byte[] json = answers.get(key, s, values);
        if (json == null) {
            PlanEvaluation e = evaluate(s, planCode, targets, year, includePending, new Observations(Observations.rows(values)));
            try {
                json = mapper.writeValueAsBytes(e);
            } catch (JsonProcessingException x) {
                throw new IllegalStateException(x);
            }
            answers.put(key, s, values, json);
        }
        return json;
    }

    private static PlanEvaluation evaluate(Catalogue.Snapshot s, String planCode, List<TargetDefinition> targets, int year,
            boolean includePending, Observations o) {
        List<TargetEvaluation> results = targets.stream()
                .map(t -> evaluate(t, s.indicator(t.indicatorCode()), year, o)).toList();
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        for (TargetStatus st : TargetStatus.values()) {
            counts.put(st, 0);
        }
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return new PlanEvaluation(planCode, targets.get(0).planTitle(), year, includePending, s.fetchedAt(), counts, results);
    }

    /**
     * The annual values the targets' rules look at in {@code year}: the year judged (a milestone's own year once it is
     * past) and the one before it (directions, changes, trends), the year before that for a slower rise, the base years;
     * the reference indicators of relative targets; the streets for each-street targets.
     */
    static Observations.Needs needs(List<TargetDefinition> targets, int year) {
        Set<String> indicators = new LinkedHashSet<>();
        Set<String> streetIndicators = new LinkedHashSet<>();
        Set<Integer> years = new TreeSet<>();
        for (TargetDefinition t : targets) {
            if (t.indicatorCode() == null) {
                continue;
            }
            indicators.add(t.indicatorCode());
            if (t.referenceIndicatorCode() != null) {
                indicators.add(t.referenceIndicatorCode());
            }
            if (t.scope() == TargetDefinition.Scope.EACH_STREET) {
                streetIndicators.add(t.indicatorCode());
            }
            int judged = judgedYear(t, year);
            years.add(judged);
            years.add(judged - 1);
            if (t.comparator() == Comparator.SLOWER_RISE) {
                years.add(judged - 2);
            }
            if (t.baselineYear() != null) {
                years.add(t.baselineYear());
            }
        }
        String jurisdiction = targets.isEmpty() ? null : targets.get(0).jurisdiction();
        return new Observations.Needs(jurisdiction, indicators, streetIndicators, years);
    }

    /** A milestone is judged in its own year, also in the reports of later years; any other target in the year asked. */
    static int judgedYear(TargetDefinition t, int year) {
        return t.milestone() && t.targetYear() != null && year > t.targetYear() ? t.targetYear() : year;
    }

    static TargetEvaluation evaluate(TargetDefinition t, IndicatorDefinition indicator, int year, Observations o) {
        if (indicator == null) {
            return result(t, null, null, null, null, null, TargetStatus.NOT_EVALUABLE,
                    Text.of("evaluation.indicator-missing", t.indicatorCode()), null);
        }
        if (t.awaiting()) {
            return result(t, indicator, null, t.jurisdiction(), null, null, TargetStatus.AWAITING_VALUE, awaiting(t), null);
        }
        int judged = judgedYear(t, year);
        if (t.scope() == TargetDefinition.Scope.EACH_STREET) {
            List<String> streets = o.streets(t.indicatorCode(), t.jurisdiction(), judged);
            if (streets.isEmpty()) {
                return result(t, indicator, null, null, null, null, TargetStatus.NO_DATA,
                        Text.of("evaluation.each-street.no-data", year(judged)), null);
            }
            TargetEvaluation worst = null;
            for (String street : streets) {
                TargetEvaluation r = evaluateAt(t, indicator, street, judged, o);
                if (worst == null || r.status().severity() > worst.status().severity()) {
                    worst = r;
                }
            }
            return withExplanation(worst, Text.of("evaluation.each-street.worst", streets.size(),
                    worst.observedJurisdiction(), worst.explanation()));
        }
        TargetEvaluation r = evaluateAt(t, indicator, t.jurisdiction(), judged, o);
        return judged == year ? r : withExplanation(r, Text.of("evaluation.milestone", year(judged), r.explanation()));
    }

    private static Text awaiting(TargetDefinition t) {
        if (t.valueToBeSet() && t.value() == null) {
            return t.valueSetBy() == null ? Text.of("evaluation.awaiting-value")
                    : Text.of("evaluation.awaiting-value-by", t.valueSetBy());
        }
        return t.suggestedBaseYear() == null ? Text.of("evaluation.awaiting-base-year")
                : Text.of("evaluation.awaiting-base-year-suggested", year(t.suggestedBaseYear()));
    }

    private static TargetEvaluation evaluateAt(TargetDefinition t, IndicatorDefinition indicator, String j, int year,
            Observations o) {
        String code = t.indicatorCode();
        BigDecimal v = o.annual(code, j, year);
        Comparator c = t.comparator();
        Integer targetYear = t.targetYear();
        if (c == null || targetYear == null) {
            return result(t, indicator, null, j, null, null, TargetStatus.NOT_EVALUABLE, Text.of("evaluation.no-comparator"), null);
        }
        if (v == null) {
            return result(t, indicator, null, j, null, null, TargetStatus.NO_DATA, Text.of("evaluation.no-data", year(year)), null);
        }
        BigDecimal previous = o.annual(code, j, year - 1);
        boolean due = year >= targetYear;
        switch (c) {
            case DIRECTION -> {
                if (t.direction() == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE, Text.of("evaluation.no-direction"), null);
                }
                // 在…的基础上: a starting value the document prints is what the direction is judged against
                boolean fromBase = t.baselineValue() != null && t.baselineYear() != null && year >= t.baselineYear();
                BigDecimal against = fromBase ? t.baselineValue() : previous;
                if (against == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NO_DATA,
                            Text.of("evaluation.direction.no-previous", year(year - 1)), null);
                }
                int moved = v.compareTo(against);
                int wanted = t.direction() == Direction.INCREASE ? 1 : -1;
                boolean unchangedMeets = Boolean.TRUE.equals(t.unchangedMeets());
                TargetStatus st = moved == wanted || moved == 0 && unchangedMeets
                        ? (due ? TargetStatus.ACHIEVED : TargetStatus.ON_TRACK)
                        : moved == 0 ? TargetStatus.AT_RISK : due ? TargetStatus.NOT_ACHIEVED : TargetStatus.OFF_TRACK;
                Text rule = fromBase
                        ? Text.of("evaluation.direction.base", t.direction().name(), year(t.baselineYear()), against.toPlainString())
                        : Text.of("evaluation.direction", t.direction().name(), year(year - 1), against.toPlainString());
                if (unchangedMeets) {
                    rule = Text.of("evaluation.direction.unchanged-meets", rule);
                }
                return result(t, indicator, v, j, against, null, st, phrased(t, rule), null);
            }
            case CHANGE_PP_PER_YEAR -> {
                if (t.value() == null || t.value().signum() == 0) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE, Text.of("evaluation.change.no-value"), null);
                }
                if (previous == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NO_DATA,
                            Text.of("evaluation.change.no-previous", year(year - 1)), null);
                }
                BigDecimal change = v.subtract(previous);
                BigDecimal required = t.value();
                boolean meets = required.signum() < 0 ? change.compareTo(required) <= 0 : change.compareTo(required) >= 0;
                TargetStatus st = meets ? (due ? TargetStatus.ACHIEVED : TargetStatus.ON_TRACK)
                        : change.signum() == required.signum() ? TargetStatus.AT_RISK
                        : due ? TargetStatus.NOT_ACHIEVED : TargetStatus.OFF_TRACK;
                return result(t, indicator, v, j, previous, null, st, phrased(t,
                        Text.of("evaluation.change", required.toPlainString(), year(year - 1), change.toPlainString())), null);
            }
            case SLOWER_RISE -> {
                BigDecimal before = o.annual(code, j, year - 2);
                if (previous == null || before == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NO_DATA,
                            Text.of("evaluation.slower-rise.no-data", year(year - 2), year(year - 1), year(year)), null);
                }
                BigDecimal rise = v.subtract(previous);
                BigDecimal earlier = previous.subtract(before);
                boolean meets = t.value() != null ? rise.compareTo(t.value()) <= 0
                        : rise.signum() <= 0 || rise.compareTo(earlier) < 0;
                TargetStatus st = meets ? (due ? TargetStatus.ACHIEVED : TargetStatus.ON_TRACK)
                        : due ? TargetStatus.NOT_ACHIEVED : TargetStatus.AT_RISK;
                Text rule = t.value() != null
                        ? Text.of("evaluation.slower-rise.cap", t.value().toPlainString(), year(year - 1), rise.toPlainString())
                        : Text.of("evaluation.slower-rise", year(year - 1), rise.toPlainString(), year(year - 2),
                                earlier.toPlainString());
                return result(t, indicator, v, j, previous, null, st, phrased(t, rule), null);
            }
            case DECREASE_PERCENT -> {
                Integer baseYear = t.baselineYear();
                if (t.value() == null || baseYear == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE,
                            Text.of("evaluation.decrease.no-value"), null);
                }
                // the base year's approved monitoring value; the plan's (printed or a planner's) when none is monitored
                BigDecimal base = o.annual(code, j, baseYear);
                String baseUsed = "MONITORED";
                if (base == null && t.baselineValue() != null) {
                    base = t.baselineValue();
                    baseUsed = t.baselineSource() == BaselineSource.PLANNER ? "PLANNER" : "DOCUMENT";
                }
                if (base == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NO_DATA,
                            Text.of("evaluation.decrease.no-base", year(baseYear)), null);
                }
                BigDecimal tolerance = tolerance(t);
                BigDecimal decrease = t.value().subtract(tolerance);
                BigDecimal level = base.multiply(BigDecimal.ONE.subtract(decrease.divide(HUNDRED, MathContext.DECIMAL64)))
                        .setScale(Math.max(base.scale(), 2) + 2, RoundingMode.HALF_UP).stripTrailingZeros();
                Text rule = Text.of("evaluation.decrease", year(baseYear), base.toPlainString(), t.value().toPlainString(),
                        level.toPlainString());
                rule = Text.of("evaluation.base." + baseUsed, rule);
                if (tolerance.signum() > 0) {
                    rule = Text.of("evaluation.decrease.tolerance", rule, tolerance.toPlainString(), toleranceSource(t));
                }
                return level(t, indicator, Comparator.AT_MOST, level, null, BigDecimal.ZERO, null, v, j, base, baseYear,
                        previous, year, phrased(t, rule), baseUsed);
            }
            default -> {
                BigDecimal level = c == Comparator.FULL_COVERAGE && t.value() == null ? HUNDRED : t.value();
                String ruleKey = "evaluation.level";
                if (t.referenceIndicatorCode() != null) {
                    // 一般不少于本地区…的比例: the level is the reference indicator's value, same place and year
                    level = o.annual(t.referenceIndicatorCode(), j, year);
                    if (level == null) {
                        return result(t, indicator, v, j, null, null, TargetStatus.NO_DATA,
                                Text.of("evaluation.relative.no-reference", t.referenceIndicatorCode(), year(year)), null);
                    }
                    ruleKey = "evaluation.level.relative";
                }
                if (level == null || c == Comparator.RANGE && t.valueHigh() == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE, Text.of("evaluation.no-value"), null);
                }
                String shown = c == Comparator.RANGE ? level.toPlainString() + "–" + t.valueHigh().toPlainString()
                        : level.toPlainString();
                Text rule = t.referenceIndicatorCode() == null ? Text.of(ruleKey, c.name(), shown)
                        : Text.of(ruleKey, c.name(), shown, t.referenceIndicatorCode());
                BigDecimal tolerance = tolerance(t);
                Direction side = side(t, indicator);
                if (tolerance.signum() > 0) {
                    rule = Text.of("evaluation.tolerance", rule, tolerance.toPlainString(), t.unit() == null ? "" : t.unit(),
                            toleranceSource(t));
                }
                if ((c == Comparator.EQUAL || c == Comparator.RANGE)) {
                    rule = side == null ? Text.of("evaluation.two-sided", rule,
                            level.subtract(tolerance).toPlainString(),
                            (c == Comparator.RANGE ? t.valueHigh() : level).add(tolerance).toPlainString())
                            : Text.of("evaluation.one-sided." + side.name(), rule);
                }
                return level(t, indicator, c, level, t.valueHigh(), tolerance, side, v, j, t.baselineValue(),
                        t.baselineYear(), previous, year, phrased(t, rule), null);
            }
        }
    }

    /**
     * A level target: met is achieved; missed in or after the target year is not achieved; before it, the value is
     * judged against the straight path from the baseline to the target, else against the previous year.
     */
    private static TargetEvaluation level(TargetDefinition t, IndicatorDefinition indicator, Comparator c, BigDecimal level,
            BigDecimal high, BigDecimal tolerance, Direction side, BigDecimal v, String j, BigDecimal base, Integer baseYear,
            BigDecimal previous, int year, Text rule, String baseUsed) {
        BigDecimal required = t.comparator() == Comparator.DECREASE_PERCENT ? level : null;
        if (meets(c, v, level, high, tolerance, side)) {
            return result(t, indicator, v, j, base, required, TargetStatus.ACHIEVED, Text.of("evaluation.level.met", rule), baseUsed);
        }
        int targetYear = t.targetYear();
        if (year >= targetYear) {
            Text why = outside(c, v, level, high, tolerance, side);
            return result(t, indicator, v, j, base, required, TargetStatus.NOT_ACHIEVED,
                    why == null ? Text.of("evaluation.level.missed", rule, year(targetYear))
                            : Text.of("evaluation.level.missed-side", rule, year(targetYear), why), baseUsed);
        }
        if (base != null && baseYear != null && baseYear < targetYear && year > baseYear) {
            BigDecimal expected = base.add(level.subtract(base).multiply(BigDecimal.valueOf(year - baseYear))
                    .divide(BigDecimal.valueOf(targetYear - baseYear), MathContext.DECIMAL64)).stripTrailingZeros();
            TargetStatus st = !better(c, side, expected, v, level, high) ? TargetStatus.ON_TRACK
                    : better(c, side, v, base, level, high) ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
            return result(t, indicator, v, j, expected, required, st, Text.of("evaluation.level.path", rule, year(baseYear),
                    base.toPlainString(), year(targetYear), year(year), expected.toPlainString()), baseUsed);
        }
        if (previous != null) {
            TargetStatus st = better(c, side, v, previous, level, high) ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
            return result(t, indicator, v, j, previous, required, st,
                    Text.of("evaluation.level.trend", rule, year(year - 1), previous.toPlainString()), baseUsed);
        }
        return result(t, indicator, v, j, null, required, TargetStatus.AT_RISK, Text.of("evaluation.level.no-trend", rule), baseUsed);
    }

    /**
     * Whether {@code v} meets the level, widened by the tolerance t: EQUAL X without a side X − t ≤ v ≤ X + t, with
     * INCREASE v ≥ X − t, with DECREASE v ≤ X + t; RANGE x..y likewise with x − t and y + t; AT_LEAST v ≥ X − t, ABOVE
     * v &gt; X − t, AT_MOST v ≤ X + t, BELOW v &lt; X + t, FULL_COVERAGE v ≥ 100 − t.
     */
    static boolean meets(Comparator c, BigDecimal v, BigDecimal level, BigDecimal high, BigDecimal t, Direction side) {
        BigDecimal low = level.subtract(t);
        return switch (c) {
            case AT_MOST -> v.compareTo(level.add(t)) <= 0;
            case BELOW -> v.compareTo(level.add(t)) < 0;
            case AT_LEAST, FULL_COVERAGE -> v.compareTo(low) >= 0;
            case ABOVE -> v.compareTo(low) > 0;
            case EQUAL, RANGE -> {
                BigDecimal top = (c == Comparator.RANGE ? high : level).add(t);
                boolean aboveLow = v.compareTo(low) >= 0;
                boolean belowTop = v.compareTo(top) <= 0;
                yield side == Direction.INCREASE ? aboveLow : side == Direction.DECREASE ? belowTop : aboveLow && belowTop;
            }
            default -> false;
        };
    }

    /** For a two-sided miss: whether the value is below or above the band; null otherwise. */
    private static Text outside(Comparator c, BigDecimal v, BigDecimal level, BigDecimal high, BigDecimal t, Direction side) {
        if (side != null || c != Comparator.EQUAL && c != Comparator.RANGE) {
            return null;
        }
        return v.compareTo(level.subtract(t)) < 0 ? Text.of("evaluation.below-band") : Text.of("evaluation.above-band");
    }

    /** Whether {@code a} is strictly closer to meeting the target than {@code b}. */
    static boolean better(Comparator c, Direction side, BigDecimal a, BigDecimal b, BigDecimal level, BigDecimal high) {
        if ((c == Comparator.EQUAL || c == Comparator.RANGE) && side != null) {
            return side == Direction.INCREASE ? a.compareTo(b) > 0 : a.compareTo(b) < 0;
        }
        return switch (c) {
            case AT_MOST, BELOW -> a.compareTo(b) < 0;
            case AT_LEAST, ABOVE, FULL_COVERAGE -> a.compareTo(b) > 0;
            default -> distance(a, level, high).compareTo(distance(b, level, high)) < 0;
        };
    }

    /**
     * The side that is better on an EQUAL or RANGE target: the target's direction; a range without one takes its
     * indicator's better direction (2-3家 of a better-higher count: more is no miss). An EQUAL without a direction is a
     * two-sided band (保持在45%左右).
     */
    private static Direction side(TargetDefinition t, IndicatorDefinition indicator) {
        if (t.direction() != null || t.comparator() != Comparator.RANGE || indicator.betterDirection() == null) {
            return t.direction();
        }
        return switch (indicator.betterDirection()) {
            case HIGHER -> Direction.INCREASE;
            case LOWER -> Direction.DECREASE;
            case NONE -> null;
        };
    }

    private static BigDecimal tolerance(TargetDefinition t) {
        return t.tolerance() == null || t.tolerance().signum() < 0 ? BigDecimal.ZERO : t.tolerance().stripTrailingZeros();
    }

    private static Text toleranceSource(TargetDefinition t) {
        return Text.of("evaluation.tolerance-source." + (t.toleranceSource() == null ? "none" : t.toleranceSource()));
    }

    /** The phrasing of the document, where plan-service gives it, in front of the rule. */
    private static Text phrased(TargetDefinition t, Text rule) {
        return t.phrasing() == null ? rule : Text.of("evaluation.phrasing", t.phrasing(), rule);
    }

    private static BigDecimal distance(BigDecimal v, BigDecimal level, BigDecimal high) {
        BigDecimal top = high == null ? level : high;
        if (v.compareTo(level) < 0) {
            return level.subtract(v);
        }
        return v.compareTo(top) > 0 ? v.subtract(top) : BigDecimal.ZERO;
    }

    private static TargetEvaluation result(TargetDefinition t, IndicatorDefinition indicator, BigDecimal observed, String j,
            BigDecimal reference, BigDecimal required, TargetStatus status, Text explanation, String baseUsed) {
        return new TargetEvaluation(t.id(), t.areaName(), t.goalSequence(), t.indicatorCode(),
                indicator == null ? null : indicator.name(), t.jurisdiction(), t.comparator(), t.value(), t.valueHigh(),
                t.direction(), t.unit(), t.targetYear(), t.nature(), t.sourceRef(), observed, j, reference, required, status,
                explanation, t.tolerance(), t.toleranceSource(), t.phrasing(), t.baselineYear(), baseUsed, t.milestone());
    }

    private static TargetEvaluation withExplanation(TargetEvaluation r, Text explanation) {
        return new TargetEvaluation(r.targetId(), r.areaName(), r.goalSequence(), r.indicatorCode(), r.indicatorName(),
                r.jurisdiction(), r.comparator(), r.targetValue(), r.targetValueHigh(), r.direction(), r.unit(), r.targetYear(),
                r.nature(), r.sourceRef(), r.observed(), r.observedJurisdiction(), r.reference(), r.requiredLevel(), r.status(),
                explanation, r.tolerance(), r.toleranceSource(), r.phrasing(), r.baseYear(), r.baseSource(), r.milestone());
    }

    /** A year as written in an explanation: 2023, never 2,023. */
    private static String year(int year) {
        return String.valueOf(year);
    }
}
