package cn.guihua.indicator.document;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.guihua.indicator.directory.PlanDirectory;
import cn.guihua.indicator.evaluation.Report;
import cn.guihua.indicator.evaluation.Reports;
import cn.guihua.indicator.evaluation.TargetEvaluation;
import cn.guihua.indicator.evaluation.TargetStatus;
import cn.guihua.indicator.monitoring.MonitoringValue;
import cn.guihua.indicator.monitoring.Residence;
import cn.guihua.indicator.monitoring.Sex;
import cn.guihua.indicator.monitoring.ValueStatus;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.JurisdictionCodes;

/**
 * Everything a report document shows, gathered once: the report as the JSON operation answers it, the plan's document
 * (its 文号, from plan-service, when it answers), each lagging target's annual values for its trend chart, and where the
 * values come from (报送单位) with the latest report and review times, the "as of" of the document.
 */
@ApplicationScoped
public class ReportBundle {

    /** What a document is made from. */
    public record Bundle(Report report, PlanDirectory.PlanInfo plan, Map<Long, Trend> trends, List<Source> sources,
            OffsetDateTime dataAsOf, Map<String, Map<TargetStatus, Integer>> byArea) {
    }

    /** A reporting department, how many of the values counted it sent, and when it last reported and was reviewed. */
    public record Source(String department, long values, OffsetDateTime lastReported, OffsetDateTime lastReviewed) {
    }

    @Inject
    Reports reports;

    @Inject
    PlanDirectory directory;

    @Inject
    EntityManager em;

    public Bundle of(String plan, Report.Kind kind, Integer year, boolean includePending, BigDecimal threshold) {
        Report r = reports.report(plan, kind, year, includePending, threshold);
        List<ValueStatus> statuses = includePending ? List.of(ValueStatus.APPROVED, ValueStatus.PENDING) : List.of(ValueStatus.APPROVED);
        Map<Long, Trend> trends = new LinkedHashMap<>();
        for (TargetEvaluation t : r.lagging()) {
            trends.put(t.targetId(), trend(t, r.year(), statuses));
        }
        List<Source> sources = sources(r, statuses);
        OffsetDateTime asOf = null;
        for (Source s : sources) {
            asOf = later(later(asOf, s.lastReported()), s.lastReviewed());
        }
        Map<String, Map<TargetStatus, Integer>> byArea = new LinkedHashMap<>();
        for (Report.AreaCounts a : r.areas()) {
            byArea.put(a.areaName(), a.counts());
        }
        return new Bundle(r, directory.plan(plan).orElse(null), trends, sources, asOf, byArea);
    }

    /** One target's trend, for a chart of its own; 404 when the plan has no such target. */
    public Trend trendOf(Report r, long targetId, boolean includePending) {
        TargetEvaluation t = r.targets().stream().filter(x -> x.targetId() != null && x.targetId() == targetId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("thing.target", targetId));
        return trend(t, r.year(), includePending ? List.of(ValueStatus.APPROVED, ValueStatus.PENDING) : List.of(ValueStatus.APPROVED));
    }

    private Trend trend(TargetEvaluation t, int year, List<ValueStatus> statuses) {
        String j = t.observedJurisdiction() != null ? t.observedJurisdiction() : t.jurisdiction();
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        if (t.indicatorCode() != null && j != null) {
            List<MonitoringValue> rows = MonitoringValue.list("current = true and sex = ?1 and residence = ?2 and ageGroup = 'TOTAL' "
                    + "and indicatorCode = ?3 and jurisdiction = ?4 and status in ?5 and length(period) = 4 and year <= ?6",
                    Sex.TOTAL, Residence.TOTAL, t.indicatorCode(), j, statuses, year);
            rows.forEach(v -> values.put(v.year, v.value));
        }
        String c = t.comparator() == null ? "" : t.comparator().name();
        BigDecimal level = switch (c) {
            case "AT_MOST", "BELOW", "AT_LEAST", "ABOVE", "EQUAL", "RANGE" -> t.targetValue();
            case "FULL_COVERAGE" -> BigDecimal.valueOf(100);
            case "DECREASE_PERCENT" -> t.requiredLevel();
            default -> null;
        };
        BigDecimal high = "RANGE".equals(c) ? t.targetValueHigh() : null;
        Integer fromYear = null;
        BigDecimal from = null;
        Integer toYear = null;
        BigDecimal to = null;
        if ("CHANGE_PP_PER_YEAR".equals(c) && t.targetValue() != null && !values.isEmpty() && t.targetYear() != null) {
            // the change the target asks for each year, from the first year monitored
            fromYear = values.firstKey();
            from = values.firstEntry().getValue();
            toYear = Math.max(t.targetYear(), fromYear + 1);
            to = from.add(t.targetValue().multiply(BigDecimal.valueOf(toYear - fromYear)));
        }
        return new Trend(t, values, level, high, fromYear, from, toYear, to, year);
    }

    private List<Source> sources(Report r, List<ValueStatus> statuses) {
        Set<String> indicators = new LinkedHashSet<>();
        for (TargetEvaluation t : r.targets()) {
            if (t.indicatorCode() != null) {
                indicators.add(t.indicatorCode());
            }
        }
        String jurisdiction = r.targets().stream().map(TargetEvaluation::jurisdiction).filter(j -> j != null
                && JurisdictionCodes.isValid(j)).findFirst().orElse(null);
        List<Source> result = new ArrayList<>();
        if (indicators.isEmpty() || jurisdiction == null) {
            return result;
        }
        List<Object[]> rows = em.createQuery("select v.department, count(v), max(v.reportedAt), max(v.reviewedAt) from "
                + "MonitoringValue v where v.current = true and v.indicatorCode in :codes and v.jurisdiction like :j "
                + "and v.status in :s and v.year <= :y group by v.department order by count(v) desc", Object[].class)
                .setParameter("codes", indicators).setParameter("j", JurisdictionCodes.prefix(jurisdiction) + "%")
                .setParameter("s", statuses).setParameter("y", r.year()).setMaxResults(200).getResultList();
        for (Object[] row : rows) {
            result.add(new Source((String) row[0], ((Number) row[1]).longValue(), (OffsetDateTime) row[2], (OffsetDateTime) row[3]));
        }
        return result;
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** Counts of one area's targets by status. */
    public static Map<TargetStatus, Integer> counts(List<TargetEvaluation> targets) {
        Map<TargetStatus, Integer> m = new EnumMap<>(TargetStatus.class);
        for (TargetStatus s : TargetStatus.values()) {
            m.put(s, 0);
        }
        targets.forEach(t -> m.merge(t.status(), 1, Integer::sum));
        return m;
    }
}
