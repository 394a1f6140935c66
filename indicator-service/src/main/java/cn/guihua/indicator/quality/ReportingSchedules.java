package cn.guihua.indicator.quality;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.guihua.platform.problem.ProblemException;

/**
 * When each indicator is to be reported (data, table {@code reporting_schedule}): the period types it is reported for
 * and, for each, the days after the period's end by which the report is due. An indicator without rows of its own
 * follows the default ({@code *}; shipped: yearly, due 90 days after the year, the end of March).
 */
@ApplicationScoped
public class ReportingSchedules {

    public static final String DEFAULT = "*";

    @Inject
    EntityManager em;

    /** Every indicator's own schedule and the default, read at once (the table is small). */
    public record All(Map<String, Map<PeriodType, Integer>> rows, Map<String, Stamp> stamps, Map<String, Long> versions) {

        /** The schedule an indicator follows: its own rows, else the default's. */
        public Map<PeriodType, Integer> of(String indicator) {
            Map<PeriodType, Integer> own = rows.get(indicator);
            return own != null ? own : rows.getOrDefault(DEFAULT, Map.of(PeriodType.YEAR, 90));
        }

        public boolean hasOwn(String indicator) {
            return rows.containsKey(indicator);
        }

        /** The version of the indicator's own schedule (0 if never set), which an update sends back. */
        public long version(String indicator) {
            return versions.getOrDefault(indicator, 0L);
        }
    }

    /** Who set a schedule last, and when. */
    public record Stamp(String by, OffsetDateTime at) {
    }

    public All all() {
        @SuppressWarnings("unchecked")
        List<Object[]> list = em.createNativeQuery("SELECT indicator_code, period_type, due_days, set_by, set_at FROM reporting_schedule "
                + "ORDER BY indicator_code, period_type").getResultList();
        Map<String, Map<PeriodType, Integer>> rows = new LinkedHashMap<>();
        Map<String, Stamp> stamps = new LinkedHashMap<>();
        for (Object[] r : list) {
            PeriodType type;
            try {
                type = PeriodType.valueOf((String) r[1]);
            } catch (IllegalArgumentException e) {
                continue;
            }
            rows.computeIfAbsent((String) r[0], k -> new EnumMap<>(PeriodType.class)).put(type, ((Number) r[2]).intValue());
            OffsetDateTime at = r[4] instanceof OffsetDateTime o ? o
                    : r[4] instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC) : null;
            Stamp old = stamps.get((String) r[0]);
            if (old == null || at != null && old.at() != null && at.isAfter(old.at())) {
                stamps.put((String) r[0], new Stamp((String) r[3], at));
            }
        }
        Map<String, Long> versions = new LinkedHashMap<>();
        for (Object r : em.createNativeQuery("SELECT indicator_code, version FROM reporting_schedule_version").getResultList()) {
            Object[] row = (Object[]) r;
            versions.put((String) row[0], ((Number) row[1]).longValue());
        }
        return new All(rows, stamps, versions);
    }

    /**
     * Replaces an indicator's schedule (or the default's) if its version is still {@code version}; an empty one makes
     * the indicator follow the default. The version is raised in one statement, so of two updates that read the same
     * version one wins and the other is refused (409), never both applied.
     */
    public void set(String indicator, Map<PeriodType, Integer> schedule, long version, String by) {
        List<?> raised = em.createNativeQuery("INSERT INTO reporting_schedule_version (indicator_code, version) VALUES (:i, 1) "
                + "ON CONFLICT (indicator_code) DO UPDATE SET version = reporting_schedule_version.version + 1 "
                + "WHERE reporting_schedule_version.version = :v RETURNING version").setParameter("i", indicator)
                .setParameter("v", version).getResultList();
        // nothing returned: the stored version is another; 1 returned for a sent version above 0: none was stored
        long now = raised.isEmpty() ? current(indicator) : ((Number) raised.get(0)).longValue() - 1;
        ProblemException.requireVersion(version, now);
        em.createNativeQuery("DELETE FROM reporting_schedule WHERE indicator_code = :i").setParameter("i", indicator).executeUpdate();
        for (Map.Entry<PeriodType, Integer> e : schedule.entrySet()) {
            em.createNativeQuery("INSERT INTO reporting_schedule (indicator_code, period_type, due_days, set_by, set_at) "
                    + "VALUES (:i, :t, :d, :b, now())").setParameter("i", indicator).setParameter("t", e.getKey().name())
                    .setParameter("d", e.getValue()).setParameter("b", by).executeUpdate();
        }
    }

    private long current(String indicator) {
        return ((Number) em.createNativeQuery("SELECT version FROM reporting_schedule_version WHERE indicator_code = :i")
                .setParameter("i", indicator).getSingleResult()).longValue();
    }

    static List<ScheduleView.Entry> entries(Map<PeriodType, Integer> schedule) {
        List<ScheduleView.Entry> out = new ArrayList<>();
        schedule.forEach((t, d) -> out.add(new ScheduleView.Entry(t, d)));
        return out;
    }
}
