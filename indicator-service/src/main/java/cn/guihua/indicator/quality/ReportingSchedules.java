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
    public record All(Map<String, Map<PeriodType, Integer>> rows, Map<String, Stamp> stamps) {

        /** The schedule an indicator follows: its own rows, else the default's. */
        public Map<PeriodType, Integer> of(String indicator) {
            Map<PeriodType, Integer> own = rows.get(indicator);
            return own != null ? own : rows.getOrDefault(DEFAULT, Map.of(PeriodType.YEAR, 90));
        }

        public boolean hasOwn(String indicator) {
            return rows.containsKey(indicator);
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
        return new All(rows, stamps);
    }

    /** Replaces an indicator's schedule (or the default's); an empty one makes the indicator follow the default. */
    public void set(String indicator, Map<PeriodType, Integer> schedule, String by) {
        em.createNativeQuery("DELETE FROM reporting_schedule WHERE indicator_code = :i").setParameter("i", indicator).executeUpdate();
        for (Map.Entry<PeriodType, Integer> e : schedule.entrySet()) {
            em.createNativeQuery("INSERT INTO reporting_schedule (indicator_code, period_type, due_days, set_by, set_at) "
                    + "VALUES (:i, :t, :d, :b, now())").setParameter("i", indicator).setParameter("t", e.getKey().name())
                    .setParameter("d", e.getValue()).setParameter("b", by).executeUpdate();
        }
    }

    static List<ScheduleView.Entry> entries(Map<PeriodType, Integer> schedule) {
        List<ScheduleView.Entry> out = new ArrayList<>();
        schedule.forEach((t, d) -> out.add(new ScheduleView.Entry(t, d)));
        return out;
    }
}
