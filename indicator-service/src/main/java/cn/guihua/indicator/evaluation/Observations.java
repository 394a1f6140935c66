package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
     * The parameters of {@link #ANNUAL} for one {@link Needs}: its arrays as text[] literals, bound as strings (cheaper
     * than creating {@code java.sql.Array}s through the driver).
     */
    record Query(String jurisdiction, String indicators, String streetIndicators, String years, String streets,
            boolean empty) {

        static Query of(Needs needs) {
            return new Query(needs.jurisdiction(), literal(needs.indicators()), literal(needs.streetIndicators()),
                    literal(needs.years().stream().map(String::valueOf).toList()),
                    needs.jurisdiction() == null ? null : JurisdictionCodes.prefix(needs.jurisdiction()) + "%",
                    needs.indicators().isEmpty() || needs.years().isEmpty());
        }

        /** A text[] literal: {"A","B"}, each element quoted, a quote or backslash in one escaped. */
        static String literal(Collection<String> elements) {
            StringBuilder b = new StringBuilder("{");
            for (String e : elements) {
                b.append(b.length() == 1 ? "\"" : ",\"");
                for (int i = 0; i < e.length(); i++) {
                    char c = e.charAt(i);
                    if (c == '"' || c == '\\') {
                        b.append('\\');
                    }
                    b.append(c);
                }
                b.append('"');
            }
            return b.append('}').toString();
        }
    }

    /**
     * The annual values an evaluation needs, in one statement whose text never changes (arrays, not IN lists, so the
     * driver prepares it once per connection and PostgreSQL plans it once), read by JDBC: the plan's jurisdiction by
     * the current-series index, the streets by the annual whole-population index (V11). Planning the former IN-list
     * query and Hibernate's handling of its rows were most of an evaluation's database time (issue 17).
     */
    static Observations annual(EntityManager em, Needs needs, boolean includePending) {
        String values = em.unwrap(Session.class).doReturningWork(c -> annualValues(c, Query.of(needs), includePending));
        return new Observations(rows(values));
    }

    /**
     * The rows of {@link #annual(EntityManager, Needs, boolean)} as one text, read on this connection: each row its
     * indicator, jurisdiction, period, year and value (as PostgreSQL writes the numeric) separated by U+001F, the rows
     * in the order of indicator, jurisdiction and period (bytewise; a series has one current row, so the order is total)
     * separated by U+001E; null when there is none. One value instead of a few hundred rows of five columns: an evaluation whose answer is kept
     * compares it with the text that answer was made from ({@link EvaluationAnswers}), exactly and in a fixed order,
     * and decodes and allocates a tenth of what the rows took; {@link #rows(String)} reads the rows back.
     */
    static String annualValues(Connection c, Query q, boolean includePending) throws SQLException {
        if (q.empty()) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement(ANNUAL)) {
            String statuses = includePending ? "{APPROVED,PENDING}" : "{APPROVED}";
            ps.setString(1, statuses);
            ps.setString(2, q.years());
            ps.setString(3, q.indicators());
            ps.setString(4, q.jurisdiction());
            ps.setString(5, statuses);
            ps.setString(6, q.years());
            ps.setString(7, q.streetIndicators());
            ps.setString(8, q.streets());
            ps.setString(9, q.indicators());
            ps.setString(10, q.jurisdiction());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static final char FIELD = '\u001f';
    private static final char ROW = '\u001e';

    /** The rows of a text of {@link #annualValues}; none for null. */
    static List<Row> rows(String values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        int from = 0;
        while (from <= values.length()) {
            int end = values.indexOf(ROW, from);
            if (end < 0) {
                end = values.length();
            }
            int a = values.indexOf(FIELD, from);
            int b = values.indexOf(FIELD, a + 1);
            int c = values.indexOf(FIELD, b + 1);
            int d = values.indexOf(FIELD, c + 1);
            if (a < 0 || b < 0 || c < 0 || d < 0 || d >= end) {
                throw new IllegalStateException("Unreadable row of monitored values: " + values.substring(from, end));
            }
            rows.add(new Row(values.substring(from, a), values.substring(a + 1, b), values.substring(b + 1, c),
                    Integer.parseInt(values, c + 1, d, 10), new BigDecimal(values.substring(d + 1, end))));
            from = end + 1;
        }
        return rows;
    }

    // the plan's jurisdiction, then its streets (9-digit codes) for the each-street indicators (none: an empty array),
    // without the rows of the first part again (as the single OR of before); the arrays are text[] literals
    private static final String ANNUAL = "SELECT string_agg(concat_ws(chr(31), indicator_code, jurisdiction, period, year, value), "
            + "chr(30) ORDER BY indicator_code COLLATE \"C\", jurisdiction COLLATE \"C\", period COLLATE \"C\") FROM ("
            + "SELECT indicator_code, jurisdiction, period, year, value FROM monitoring_value WHERE "
            + "is_current AND sex = 'TOTAL' AND residence = 'TOTAL' AND age_group = 'TOTAL' AND status = ANY (CAST(? AS text[])) "
            + "AND period = ANY (CAST(? AS text[])) AND indicator_code = ANY (CAST(? AS text[])) AND jurisdiction = ? "
            + "UNION ALL SELECT indicator_code, jurisdiction, period, year, value FROM monitoring_value WHERE "
            + "is_current AND sex = 'TOTAL' AND residence = 'TOTAL' AND age_group = 'TOTAL' AND length(period) = 4 "
            + "AND status = ANY (CAST(? AS text[])) AND period = ANY (CAST(? AS text[])) AND indicator_code = ANY (CAST(? AS text[])) "
            + "AND length(jurisdiction) = 9 AND jurisdiction LIKE ? AND NOT (indicator_code = ANY (CAST(? AS text[])) AND jurisdiction = ?)"
            + ") v";

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
