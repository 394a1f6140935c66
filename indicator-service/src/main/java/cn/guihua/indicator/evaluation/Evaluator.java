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
import cn.guihua.indicator.problem.ProblemException;
import cn.guihua.indicator.security.Caller;

/**
 * Evaluates every target of a plan in a year against the monitored values. The rules, one per kind of
 * target, are written out in docs/indicator-service.md; the explanation of each result names the rule used.
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
            throw ProblemException.notFound("规划（在指标目录副本中有目标的）", "Plan with targets in the catalogue copy", planCode);
        }
        caller.requireJurisdiction(targets.get(0).jurisdiction());
        return targets;
    }

    public PlanEvaluation evaluate(String planCode, int year, boolean includePending, boolean english) {
        Catalogue.Snapshot s = catalogue.require();
        List<TargetDefinition> targets = targetsOf(s, planCode);
        Observations o = observations(targets, includePending);
        List<TargetEvaluation> results = targets.stream()
                .map(t -> evaluate(t, s.indicator(t.indicatorCode()), year, o, english)).toList();
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

    static TargetEvaluation evaluate(TargetDefinition t, IndicatorDefinition indicator, int year, Observations o, boolean en) {
        if (indicator == null) {
            return result(t, null, null, null, null, null, TargetStatus.NOT_EVALUABLE,
                    say(en, "指标 " + t.indicatorCode() + " 不在指标目录中", "indicator " + t.indicatorCode() + " is not in the catalogue"));
        }
        if (t.scope() == TargetDefinition.Scope.EACH_STREET) {
            List<String> streets = o.streets(t.indicatorCode(), t.jurisdiction(), year);
            if (streets.isEmpty()) {
                return result(t, indicator, null, null, null, null, TargetStatus.NO_DATA,
                        say(en, "目标以街道（镇）为单位，" + year + " 年没有街道的数值", "the target applies to each street; no street has a value for " + year));
            }
            TargetEvaluation worst = null;
            for (String street : streets) {
                TargetEvaluation r = evaluateAt(t, indicator, street, year, o, en);
                if (worst == null || r.status().severity() > worst.status().severity()) {
                    worst = r;
                }
            }
            return withExplanation(worst, say(en, "逐街道评价（" + streets.size() + " 个街道），取最差者 " + worst.observedJurisdiction() + "：",
                    "each street evaluated (" + streets.size() + "), the worst is " + worst.observedJurisdiction() + ": ") + worst.explanation());
        }
        return evaluateAt(t, indicator, t.jurisdiction(), year, o, en);
    }

    private static TargetEvaluation evaluateAt(TargetDefinition t, IndicatorDefinition indicator, String j, int year,
            Observations o, boolean en) {
        String code = t.indicatorCode();
        BigDecimal v = o.annual(code, j, year);
        Comparator c = t.comparator();
        Integer targetYear = t.targetYear();
        if (c == null || targetYear == null) {
            return result(t, indicator, null, j, null, null, TargetStatus.NOT_EVALUABLE,
                    say(en, "目标没有比较方式或目标年份", "the target has no comparator or target year"));
        }
        if (v == null) {
            return result(t, indicator, null, j, null, null, TargetStatus.NO_DATA,
                    say(en, year + " 年没有" + "可计入的年度数值", "no countable annual value for " + year));
        }
        BigDecimal previous = o.annual(code, j, year - 1);
        switch (c) {
            case DIRECTION -> {
                if (t.direction() == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE, say(en, "目标没有方向", "the target has no direction"));
                }
                if (previous == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NO_DATA,
                            say(en, "方向目标与上一年比较，" + (year - 1) + " 年没有数值", "a direction is judged against the previous year; " + (year - 1) + " has no value"));
                }
                int moved = v.compareTo(previous);
                int wanted = t.direction() == TargetDefinition.Direction.INCREASE ? 1 : -1;
                TargetStatus st = moved == wanted ? (year >= targetYear ? TargetStatus.ACHIEVED : TargetStatus.ON_TRACK)
                        : moved == 0 ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
                return result(t, indicator, v, j, previous, null, st,
                        say(en, "方向目标（" + t.direction() + "）：与 " + (year - 1) + " 年的 " + previous.toPlainString() + " 比较",
                                "direction target (" + t.direction() + ") against " + (year - 1) + "'s " + previous.toPlainString()));
            }
            case CHANGE_PP_PER_YEAR -> {
                if (t.value() == null || t.value().signum() == 0) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE, say(en, "目标没有每年变化幅度", "the target has no change per year"));
                }
                if (previous == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NO_DATA,
                            say(en, "每年变化目标与上一年比较，" + (year - 1) + " 年没有数值", "a change per year is judged against the previous year; " + (year - 1) + " has no value"));
                }
                BigDecimal change = v.subtract(previous);
                BigDecimal required = t.value();
                boolean meets = required.signum() < 0 ? change.compareTo(required) <= 0 : change.compareTo(required) >= 0;
                TargetStatus st = meets ? (year >= targetYear ? TargetStatus.ACHIEVED : TargetStatus.ON_TRACK)
                        : change.signum() == required.signum() ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
                return result(t, indicator, v, j, previous, null, st,
                        say(en, "每年变化 " + required.toPlainString() + " 个百分点：比 " + (year - 1) + " 年变化 " + change.toPlainString(),
                                "change of " + required.toPlainString() + " pp a year: changed " + change.toPlainString() + " since " + (year - 1)));
            }
            case DECREASE_PERCENT -> {
                Integer baseYear = t.baselineYear();
                if (t.value() == null || baseYear == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE, say(en, "目标没有降幅或基数年份", "the target has no percentage or base year"));
                }
                BigDecimal base = o.annual(code, j, baseYear);
                if (base == null) {
                    base = t.baselineValue();
                }
                if (base == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NO_DATA,
                            say(en, "以 " + baseYear + " 年为基数，但该年没有监测值", "judged against the base year " + baseYear + ", which has no value"));
                }
                BigDecimal level = base.multiply(BigDecimal.ONE.subtract(t.value().divide(HUNDRED, MathContext.DECIMAL64)))
                        .setScale(Math.max(base.scale(), 2) + 2, RoundingMode.HALF_UP).stripTrailingZeros();
                return level(t, indicator, Comparator.AT_MOST, level, null, v, j, base, baseYear, previous, year, en,
                        say(en, "以 " + baseYear + " 年的 " + base.toPlainString() + " 为基数下降 " + t.value().toPlainString() + "%，即不高于 " + level.toPlainString(),
                                "down " + t.value().toPlainString() + "% on " + baseYear + "'s " + base.toPlainString() + ", i.e. at most " + level.toPlainString()));
            }
            default -> {
                BigDecimal level = c == Comparator.FULL_COVERAGE ? HUNDRED : t.value();
                if (level == null || c == Comparator.RANGE && t.valueHigh() == null) {
                    return result(t, indicator, v, j, null, null, TargetStatus.NOT_EVALUABLE, say(en, "目标没有数值", "the target has no value"));
                }
                return level(t, indicator, c, level, t.valueHigh(), v, j, t.baselineValue(), t.baselineYear(), previous, year, en,
                        say(en, "水平目标 " + c + " " + level.toPlainString(), "level target " + c + " " + level.toPlainString()));
            }
        }
    }

    /**
     * A level target: met is achieved; missed in or after the target year is off track; before it, the value is
     * judged against the straight path from the baseline to the target, else against the previous year.
     */
    private static TargetEvaluation level(TargetDefinition t, IndicatorDefinition indicator, Comparator c, BigDecimal level,
            BigDecimal high, BigDecimal v, String j, BigDecimal base, Integer baseYear, BigDecimal previous, int year,
            boolean en, String rule) {
        BigDecimal required = t.comparator() == Comparator.DECREASE_PERCENT ? level : null;
        if (meets(c, v, level, high)) {
            return result(t, indicator, v, j, base, required, TargetStatus.ACHIEVED, rule + say(en, "；已达到", "; met"));
        }
        int targetYear = t.targetYear();
        if (year >= targetYear) {
            return result(t, indicator, v, j, base, required, TargetStatus.OFF_TRACK,
                    rule + say(en, "；目标年份 " + targetYear + " 已到而未达到", "; missed in or after the target year " + targetYear));
        }
        if (base != null && baseYear != null && baseYear < targetYear && year > baseYear) {
            BigDecimal expected = base.add(level.subtract(base).multiply(BigDecimal.valueOf(year - baseYear))
                    .divide(BigDecimal.valueOf(targetYear - baseYear), MathContext.DECIMAL64)).stripTrailingZeros();
            TargetStatus st = !better(c, expected, v, level, high) ? TargetStatus.ON_TRACK
                    : better(c, v, base, level, high) ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
            return result(t, indicator, v, j, expected, required, st, rule + say(en,
                    "；按 " + baseYear + " 年基线 " + base.toPlainString() + " 到 " + targetYear + " 年目标的直线路径，" + year + " 年应为 " + expected.toPlainString(),
                    "; the straight path from " + baseYear + "'s baseline " + base.toPlainString() + " to " + targetYear + " expects " + expected.toPlainString() + " in " + year));
        }
        if (previous != null) {
            TargetStatus st = better(c, v, previous, level, high) ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
            return result(t, indicator, v, j, previous, required, st, rule + say(en,
                    "；未达到，无基线，与 " + (year - 1) + " 年的 " + previous.toPlainString() + " 比较趋势",
                    "; not met, no baseline, trend against " + (year - 1) + "'s " + previous.toPlainString()));
        }
        return result(t, indicator, v, j, null, required, TargetStatus.AT_RISK, rule + say(en,
                "；未达到，距目标年份尚有时间，无基线和上一年数值可判断趋势",
                "; not met with time left, and no baseline or previous year to judge the trend"));
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
            BigDecimal reference, BigDecimal required, TargetStatus status, String explanation) {
        return new TargetEvaluation(t.id(), t.areaName(), t.goalSequence(), t.indicatorCode(),
                indicator == null ? null : indicator.name(), t.jurisdiction(), t.comparator(), t.value(), t.valueHigh(),
                t.direction(), t.unit(), t.targetYear(), t.nature(), t.sourceRef(), observed, j, reference, required, status,
                explanation);
    }

    private static TargetEvaluation withExplanation(TargetEvaluation r, String explanation) {
        return new TargetEvaluation(r.targetId(), r.areaName(), r.goalSequence(), r.indicatorCode(), r.indicatorName(),
                r.jurisdiction(), r.comparator(), r.targetValue(), r.targetValueHigh(), r.direction(), r.unit(), r.targetYear(),
                r.nature(), r.sourceRef(), r.observed(), r.observedJurisdiction(), r.reference(), r.requiredLevel(), r.status(),
                explanation);
    }

    static String say(boolean english, String zh, String en) {
        return english ? en : zh;
    }
}
