package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import cn.guihua.platform.security.JurisdictionCodes;

/**
 * The values an evaluation rests on, read as rows (never as entities): the current version of each whole-population
 * series (sex, residence and age group TOTAL), approved ones only unless pending ones are asked for. An evaluation
 * reads only what its targets need, in one query per plan and year: the annual values of the plan's indicators (and
 * of the reference indicators of its relative targets) in the plan's jurisdiction, and in its streets for the
 * indicators of each-street targets, for the years its rules look at (the year, the years before it, the base years).
 * The warnings read the periods of the year and of the year before, again as rows.
 */
final class Observations {

    /** One current value of a series. */
    record Row(String indicatorCode, String jurisdiction, String period, int year, BigDecimal value) {
    }

    /** What an evaluation needs: annual values of these indicators, in these years. */
    record Needs(String jurisdiction, Set<String> indicators, Set<String> streetIndicators, Set<Integer> years) {
    }

    // the current version of a series is unique (monitoring_value_current_series); the filter below follows that index
    private static final String TOTALS = "is_current AND sex = 'TOTAL' AND residence = 'TOTAL' AND age_group = 'TOTAL' "
            + "AND status IN (:statuses) ";

    private final Map<String, BigDecimal> values = new HashMap<>();
    private final Map<String, List<String>> streetsWithData = new HashMap<>();
    private final List<Row> rows;

    Observations(List<Row> rows) {
        this.rows = rows;
        for (Row v : rows) {
            values.put(key(v.indicatorCode(), v.jurisdiction(), v.period()), v.value());
            if (v.jurisdiction().length() == 9) {
                streetsWithData.computeIfAbsent(v.indicatorCode() + '|' + v.period(), k -> new ArrayList<>())
                        .add(v.jurisdiction());
            }
        }
    }

    /**
     * The annual values an evaluation needs, in one statement whose text never changes (arrays, not IN lists, so the
     * driver prepares it once per connection and PostgreSQL plans it once), read by JDBC: the plan's jurisdiction by
     * the current-series index, the streets by the annual whole-population index (V11). Planning the former IN-list
     * query and Hibernate's handling of its rows were most of an evaluation's database time (issue 17).
     */
    static Observations annual(EntityManager em, Needs needs, boolean includePending) {
        if (needs.indicators().isEmpty() || needs.years().isEmpty()) {
            return new Observations(List.of());
        }
        String[] periods = needs.years().stream().map(String::valueOf).toArray(String[]::new);
        return new Observations(em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(ANNUAL)) {
                java.sql.Array statuses = c.createArrayOf("text", statuses(includePending).toArray());
                java.sql.Array years = c.createArrayOf("text", periods);
                java.sql.Array indicators = c.createArrayOf("text", needs.indicators().toArray());
                ps.setArray(1, statuses);
                ps.setArray(2, years);
                ps.setArray(3, indicators);
                ps.setString(4, needs.jurisdiction());
                ps.setArray(5, statuses);
                ps.setArray(6, years);
                ps.setArray(7, c.createArrayOf("text", needs.streetIndicators().toArray()));
                ps.setString(8, JurisdictionCodes.prefix(needs.jurisdiction()) + "%");
                ps.setArray(9, indicators);
                ps.setString(10, needs.jurisdiction());
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5)));
                    }
                }
                return rows;
            }
        }));
    }

    // the plan's jurisdiction, then its streets (9-digit codes) for the each-street indicators (none: an empty array),
    // without the rows of the first part again (as the single OR of before)
    private static final String ANNUAL = "SELECT indicator_code, jurisdiction, period, year, value FROM monitoring_value WHERE "
            + "is_current AND sex = 'TOTAL' AND residence = 'TOTAL' AND age_group = 'TOTAL' AND status = ANY (?) "
            + "AND period = ANY (?) AND indicator_code = ANY (?) AND jurisdiction = ? "
            + "UNION ALL SELECT indicator_code, jurisdiction, period, year, value FROM monitoring_value WHERE "
            + "is_current AND sex = 'TOTAL' AND residence = 'TOTAL' AND age_group = 'TOTAL' AND length(period) = 4 "
            + "AND status = ANY (?) AND period = ANY (?) AND indicator_code = ANY (?) AND length(jurisdiction) = 9 "
            + "AND jurisdiction LIKE ? AND NOT (indicator_code = ANY (?) AND jurisdiction = ?)";

    /**
     * Every period (years, quarters, months) of {@code year} and of the year before, of the indicators, in the
     * jurisdiction and below it: what the large-change warnings compare.
     */
    static Observations periods(EntityManager em, String jurisdiction, Collection<String> indicators, int year,
            boolean includePending) {
        if (indicators.isEmpty()) {
            return new Observations(List.of());
        }
        String sql = "SELECT indicator_code, jurisdiction, period, year, value FROM monitoring_value WHERE " + TOTALS
                + "AND indicator_code IN (:indicators) AND year IN (:years) AND jurisdiction LIKE :below";
        return new Observations(rows(em.createNativeQuery(sql).setParameter("statuses", statuses(includePending))
                .setParameter("indicators", indicators).setParameter("years", List.of(year, year - 1))
                .setParameter("below", JurisdictionCodes.prefix(jurisdiction) + "%").getResultList()));
    }

    private static List<String> statuses(boolean includePending) {
        return includePending ? List.of("APPROVED", "PENDING") : List.of("APPROVED");
    }

    private static List<Row> rows(List<?> result) {
        List<Row> rows = new ArrayList<>(result.size());
        for (Object o : result) {
            Object[] r = (Object[]) o;
            rows.add(new Row((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), (BigDecimal) r[4]));
        }
        return rows;
    }

    /** The annual value, or null. */
    BigDecimal annual(String indicator, String jurisdiction, int year) {
        return values.get(key(indicator, jurisdiction, String.valueOf(year)));
    }

    BigDecimal at(String indicator, String jurisdiction, String period) {
        return values.get(key(indicator, jurisdiction, period));
    }

    /** Streets (9-digit codes) below {@code jurisdiction} with an annual value in {@code year}. */
    List<String> streets(String indicator, String jurisdiction, int year) {
        return streetsWithData.getOrDefault(indicator + '|' + year, List.of()).stream()
                .filter(s -> JurisdictionCodes.within(s, jurisdiction)).sorted().toList();
    }

    List<Row> rows() {
        return rows;
    }

    private static String key(String indicator, String jurisdiction, String period) {
        return indicator + '|' + jurisdiction + '|' + period;
    }
}
