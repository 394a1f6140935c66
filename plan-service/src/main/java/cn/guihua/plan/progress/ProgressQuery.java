package cn.guihua.plan.progress;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

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

    /**
     * The latest approved value of each series of the plan's jurisdiction for the targets' indicators, and of each
     * street below it for the indicators of its EACH_STREET targets (the only ones that read streets): one statement
     * whose text never changes (arrays, not IN lists), so that the driver prepares it once per connection and
     * PostgreSQL plans it once (issue 17).
     */
    private static final String LATEST = """
            SELECT DISTINCT ON (indicator_code, jurisdiction)
                   indicator_code, jurisdiction, value_id, value, unit, period, status, updated_at
            FROM monitoring_value
            WHERE status = 'APPROVED' AND indicator_code = ANY (?)
              AND (jurisdiction = ? OR (indicator_code = ANY (?) AND length(jurisdiction) = 9 AND jurisdiction LIKE ?))
            ORDER BY indicator_code, jurisdiction, period_key DESC, updated_at DESC
            """;

    /** Progress per target id, for every target of the plan revision. */
    public Map<Long, TargetProgress> forPlan(Plan plan, List<PlanTarget> targets) {
        Map<Long, TargetProgress> result = new HashMap<>();
        if (targets.isEmpty()) {
            return result;
        }
        Set<String> codes = new TreeSet<>();
        Set<String> streetCodes = new TreeSet<>();
        for (PlanTarget t : targets) {
            codes.add(t.indicatorCode);
            if (t.scope != TargetScope.JURISDICTION) {
                streetCodes.add(t.indicatorCode);
            }
        }
        List<Object[]> rows = em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(LATEST)) {
                ps.setArray(1, c.createArrayOf("text", codes.toArray()));
                ps.setString(2, plan.jurisdiction);
                ps.setArray(3, c.createArrayOf("text", streetCodes.toArray()));
                ps.setString(4, JurisdictionCodes.prefix(plan.jurisdiction) + "%");
                List<Object[]> read = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        read.add(new Object[] { rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
                                rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getObject(8, OffsetDateTime.class) });
                    }
                }
                return read;
            }
        });
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
                (OffsetDateTime) r[7]);
    }
}
