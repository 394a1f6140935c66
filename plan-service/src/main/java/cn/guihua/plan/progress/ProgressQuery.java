package cn.guihua.plan.progress;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.guihua.plan.plan.Plan;
import cn.guihua.plan.plan.PlanTarget;
import cn.guihua.plan.plan.TargetScope;
import cn.guihua.plan.plan.Verdicts;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.security.JurisdictionCodes;

/** Reads the progress of a plan's targets from the monitoring values the consumer keeps. */
@ApplicationScoped
public class ProgressQuery {

    @Inject
    EntityManager em;

    /** Progress per target id, for every target of the plan revision. */
    @SuppressWarnings("unchecked")
    public Map<Long, TargetProgress> forPlan(Plan plan, List<PlanTarget> targets) {
        Map<Long, TargetProgress> result = new HashMap<>();
        if (targets.isEmpty()) {
            return result;
        }
        Set<String> codes = targets.stream().map(t -> t.indicatorCode).collect(Collectors.toSet());
        // The latest approved value of each series of the plan's jurisdiction and of the streets below it.
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (indicator_code, jurisdiction)
                       indicator_code, jurisdiction, value_id, value, unit, period, status, updated_at
                FROM monitoring_value
                WHERE status = 'APPROVED' AND indicator_code IN (:codes)
                  AND (jurisdiction = :jurisdiction OR (length(jurisdiction) = 9 AND jurisdiction LIKE :streets))
                ORDER BY indicator_code, jurisdiction, period_key DESC, updated_at DESC
                """).setParameter("codes", codes).setParameter("jurisdiction", plan.jurisdiction)
                .setParameter("streets", JurisdictionCodes.prefix(plan.jurisdiction) + "%").getResultList();
        Map<String, List<Object[]>> byIndicator = rows.stream().collect(Collectors.groupingBy(r -> (String) r[0]));
        for (PlanTarget t : targets) {
            List<Object[]> series = byIndicator.getOrDefault(t.indicatorCode, List.of());
            if (t.scope == TargetScope.JURISDICTION) {
                Observation latest = series.stream().filter(r -> plan.jurisdiction.equals(r[1])).findFirst()
                        .map(r -> observation(r, t)).orElse(null);
                result.put(t.id, new TargetProgress(latest, List.of(), latest == null ? null : latest.meets(),
                        Verdicts.awaiting(t), explanation(t)));
            } else {
                List<Observation> streets = new ArrayList<>();
                for (Object[] r : series) {
                    if (!plan.jurisdiction.equals(r[1])) {
                        streets.add(observation(r, t));
                    }
                }
                result.put(t.id, new TargetProgress(null, streets, allMeet(streets), Verdicts.awaiting(t), explanation(t)));
            }
        }
        return result;
    }

    /** What a reader needs to follow the verdict: the tolerance and its source, what the target waits for. */
    static List<Text> explanation(PlanTarget t) {
        List<Text> lines = new ArrayList<>();
        if (t.valueToBeSet && t.value == null) {
            lines.add(Text.of("progress.awaiting-value", t.valueSetBy == null ? Text.of("progress.higher-level") : t.valueSetBy));
        }
        if (Verdicts.awaiting(t) && t.baselineYear == null) {
            lines.add(t.suggestedBaseYear == null ? Text.of("progress.awaiting-base-year")
                    : Text.of("progress.awaiting-base-year-suggested", String.valueOf(t.suggestedBaseYear)));
        }
        if (t.tolerance != null && t.tolerance.signum() > 0) {
            lines.add(Text.of("progress.tolerance", t.tolerance.stripTrailingZeros().toPlainString(),
                    t.unit == null ? "" : t.unit, Text.of("tolerance-source." + t.toleranceSource)));
        }
        if (t.baselineYear != null && t.baselineSource != null) {
            lines.add(t.baselineValue == null
                    ? Text.of("progress.base-monitored", String.valueOf(t.baselineYear))
                    : Text.of("progress.base-value", String.valueOf(t.baselineYear),
                            t.baselineValue.stripTrailingZeros().toPlainString(), Text.of("baseline-source." + t.baselineSource)));
        }
        if (t.referenceIndicatorCode != null) {
            lines.add(Text.of("progress.relative", t.referenceIndicatorCode));
        }
        if (t.milestone) {
            lines.add(Text.of("progress.milestone", t.milestoneDate == null ? String.valueOf(t.targetYear)
                    : t.milestoneDate.toString()));
        }
        return lines;
    }

    private static Boolean allMeet(List<Observation> streets) {
        if (streets.isEmpty()) {
            return null;
        }
        if (streets.stream().anyMatch(o -> Boolean.FALSE.equals(o.meets()))) {
            return false;
        }
        return streets.stream().allMatch(o -> Boolean.TRUE.equals(o.meets())) ? true : null;
    }

    private static Observation observation(Object[] r, PlanTarget t) {
        BigDecimal value = (BigDecimal) r[3];
        String unit = (String) r[4];
        boolean sameUnit = unit == null || t.unit == null || unit.equals(t.unit);
        Boolean meets = sameUnit ? Verdicts.meets(t, value) : null;
        return new Observation((String) r[1], (UUID) r[2], value, unit, (String) r[5], (String) r[6], meets,
                updatedAt(r[7]));
    }

    private static java.time.OffsetDateTime updatedAt(Object o) {
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }
}
