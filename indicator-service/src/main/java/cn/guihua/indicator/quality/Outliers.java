package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.JurisdictionCodes;

/**
 * Outlier detection per series (an indicator in a jurisdiction, one disaggregation, one period type): reads the
 * series' current values and the planners' bounds, and judges values with {@link OutlierDetector}.
 */
@ApplicationScoped
public class Outliers {

    @Inject
    CurrentValues values;

    @Inject
    QualityConfig config;

    /** The configured method and threshold, or those asked for. */
    public OutlierDetector.Settings settings(OutlierMethod method, BigDecimal threshold) {
        OutlierMethod m = method == null ? config.outliers().method() : method;
        BigDecimal t = threshold != null ? threshold : switch (m) {
            case Z_SCORE -> config.outliers().zScoreThreshold();
            case MODIFIED_Z_SCORE -> config.outliers().modifiedZScoreThreshold();
            case MIN_MAX -> null;
        };
        return new OutlierDetector.Settings(m, t, config.outliers().iqrFactor(), config.outliers().minHistory());
    }

    /**
     * The outlier flags of these values (the value view, the review list): by the configured method, and by a planner's
     * bounds where a planner set some. One query reads their series.
     */
    public Map<UUID, List<OutlierFinding>> flags(Collection<Cell> cells) {
        Map<UUID, List<OutlierFinding>> out = new HashMap<>();
        if (cells.isEmpty()) {
            return out;
        }
        Set<String> indicators = new LinkedHashSet<>();
        for (Cell c : cells) {
            indicators.add(c.indicator());
        }
        Map<String, List<Cell>> series = group(values.series(cells));
        List<OutlierBound> bounds = bounds(indicators);
        OutlierDetector.Settings defaults = settings(null, null);
        OutlierDetector.Settings minMax = settings(OutlierMethod.MIN_MAX, null);
        for (Cell c : cells) {
            List<OutlierFinding> found = new ArrayList<>(1);
            List<Cell> s = series.getOrDefault(c.series(), List.of());
            OutlierDetector.Bounds planner = bound(bounds, c);
            judge(found, c, s, defaults, planner);
            if (planner != null && defaults.method() != OutlierMethod.MIN_MAX) {
                judge(found, c, s, minMax, planner);
            }
            if (!found.isEmpty()) {
                out.put(c.id(), found);
            }
        }
        return out;
    }

    /**
     * The analysis: the outliers among the values of a region and period range (of one indicator, or all), each judged
     * against its series' every period.
     */
    public List<OutlierFinding> analyse(Region region, PeriodRange range, String indicator, OutlierDetector.Settings settings) {
        int limit = config.maxAnalysisValues();
        List<Cell> universe = values.in(region, indicator == null ? null : List.of(indicator), null, null, limit);
        if (universe.size() > limit) {
            throw ProblemException.invalid("jurisdiction", "quality.analysis.too-many", limit);
        }
        Map<String, List<Cell>> series = group(universe);
        Set<String> indicators = new LinkedHashSet<>();
        universe.forEach(c -> indicators.add(c.indicator()));
        List<OutlierBound> bounds = settings.method() == OutlierMethod.MIN_MAX ? bounds(indicators) : List.of();
        List<OutlierFinding> found = new ArrayList<>();
        for (Cell c : universe) {
            if (range.contains(c.period())) {
                judge(found, c, series.get(c.series()), settings, bound(bounds, c));
            }
        }
        return found;
    }

    private static void judge(List<OutlierFinding> found, Cell c, List<Cell> series, OutlierDetector.Settings settings,
            OutlierDetector.Bounds planner) {
        List<OutlierDetector.Point> others = new ArrayList<>(series.size());
        for (Cell o : series) {
            if (!o.period().equals(c.period())) {
                others.add(new OutlierDetector.Point(o.period(), o.value()));
            }
        }
        OutlierDetector.Judgement j = OutlierDetector.judge(c.value(), others, settings,
                settings.method() == OutlierMethod.MIN_MAX ? planner : null);
        if (j != null && j.outlier()) {
            found.add(new OutlierFinding(c.id(), c.indicator(), c.jurisdiction(), c.period(), c.sex(), c.residence(), c.ageGroup(),
                    c.value(), c.unit(), c.status(), j.method(), j.score(), j.threshold(), j.mean(), j.standardDeviation(),
                    j.median(), j.mad(), j.lower(), j.upper(), j.boundSource(), j.historySize(), j.historyFrom(), j.historyTo()));
        }
    }

    private static Map<String, List<Cell>> group(List<Cell> cells) {
        Map<String, List<Cell>> series = new HashMap<>();
        for (Cell c : cells) {
            series.computeIfAbsent(c.series(), k -> new ArrayList<>()).add(c);
        }
        return series;
    }

    private static List<OutlierBound> bounds(Collection<String> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        // one indicator (a submitted value's answer) by `=`: Hibernate keeps the SQL of a query without a list
        // parameter, and translates one with a list again at every call (half the CPU of that answer; issue 17)
        return indicators.size() == 1 ? OutlierBound.list("indicatorCode", indicators.iterator().next())
                : OutlierBound.list("indicatorCode in ?1", List.copyOf(indicators));
    }

    /** The planner's bounds for a value: the most specific jurisdiction, then a bound of its period type over one for any. */
    static OutlierDetector.Bounds bound(List<OutlierBound> bounds, Cell c) {
        OutlierBound best = null;
        PeriodType type = PeriodType.of(c.period());
        for (OutlierBound b : bounds) {
            if (!b.indicatorCode.equals(c.indicator()) || !JurisdictionCodes.within(c.jurisdiction(), b.jurisdiction)
                    || b.periodType != null && b.periodType != type) {
                continue;
            }
            int depth = JurisdictionCodes.prefix(b.jurisdiction).length();
            int bestDepth = best == null ? -1 : JurisdictionCodes.prefix(best.jurisdiction).length();
            if (depth > bestDepth || depth == bestDepth && best.periodType == null && b.periodType != null) {
                best = b;
            }
        }
        return best == null ? null : new OutlierDetector.Bounds(best.min, best.max);
    }
}
