package cn.guihua.indicator.quality;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.guihua.platform.jdbc.FlushedJdbc;

/**
 * The current monitoring values the quality checks read, pending or approved (a rejected value counts as missing),
 * as {@link Cell}s; each read is one query. Read by JDBC with arrays, not Hibernate native queries with IN lists: a
 * list parameter made Hibernate expand the statement and resolve its result mapping at every call, and PostgreSQL
 * parse and plan a new text for every list length; these texts never change, so each is prepared once per connection
 * (under the mixed load the outlier and rule reads were a third of a single value's POST, issue 17). A read sees the
 * transaction's own pending writes, as a native query's automatic flush made it: the series of a value just
 * submitted includes it.
 */
@ApplicationScoped
public class CurrentValues {

    private static final String SELECT = "SELECT id, indicator_code, jurisdiction, period, sex, residence, age_group, value, "
            + "numerator, denominator, unit, status FROM monitoring_value WHERE is_current AND status <> 'REJECTED' AND ";
    private static final String OF = SELECT + "indicator_code = ANY (?) AND jurisdiction = ANY (?) AND period = ANY (?)";
    private static final String SERIES = SELECT + "indicator_code = ANY (?) AND jurisdiction = ANY (?) AND sex = ANY (?) "
            + "AND residence = ANY (?) AND age_group = ANY (?)";
    private static final String ORDER = " ORDER BY indicator_code, jurisdiction, period, sex, residence, age_group LIMIT ?";

    @Inject
    EntityManager em;

    /** The values of these indicators, jurisdictions and periods, by series key (what the rules of a value read). */
    public Map<String, Cell> of(Collection<String> indicators, Collection<String> jurisdictions, Collection<String> periods) {
        Map<String, Cell> cells = new HashMap<>();
        if (indicators.isEmpty() || jurisdictions.isEmpty() || periods.isEmpty()) {
            return cells;
        }
        for (Cell c : read(OF, indicators, jurisdictions, periods)) {
            cells.put(c.key(), c);
        }
        return cells;
    }

    /**
     * Every period of the series of these values (what an outlier is judged against): of their indicators,
     * jurisdictions and breakdowns (sex, residence, age group), a superset of their series when they are several.
     * Read by their breakdowns, not all of them: a jurisdiction holds a series for every breakdown (issue 17).
     */
    public List<Cell> series(Collection<Cell> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        Set<String> indicators = new HashSet<>();
        Set<String> jurisdictions = new HashSet<>();
        Set<String> sexes = new HashSet<>();
        Set<String> residences = new HashSet<>();
        Set<String> ageGroups = new HashSet<>();
        for (Cell c : values) {
            indicators.add(c.indicator());
            jurisdictions.add(c.jurisdiction());
            sexes.add(c.sex());
            residences.add(c.residence());
            ageGroups.add(c.ageGroup());
        }
        return read(SERIES, indicators, jurisdictions, sexes, residences, ageGroups);
    }

    /**
     * The values of a region (of {@code indicators}, or of all when null) in the years {@code fromYear}..{@code toYear}
     * (null: every year); at most {@code limit}, and one more to tell the caller there were too many.
     */
    public List<Cell> in(Region region, Collection<String> indicators, Integer fromYear, Integer toYear, int limit) {
        if (indicators != null && indicators.isEmpty()) {
            return List.of();
        }
        String sql = SELECT + (region.descendants() ? "jurisdiction LIKE ?" : "jurisdiction = ?")
                + (indicators == null ? "" : " AND indicator_code = ANY (?)")
                + (fromYear == null ? "" : " AND year BETWEEN ? AND ?") + ORDER;
        return FlushedJdbc.read(em, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, region.descendants() ? region.prefix() + "%" : region.jurisdiction());
                if (indicators != null) {
                    ps.setArray(i++, c.createArrayOf("text", indicators.toArray()));
                }
                if (fromYear != null) {
                    ps.setInt(i++, fromYear);
                    ps.setInt(i++, toYear);
                }
                ps.setInt(i, limit + 1);
                return cells(ps);
            }
        });
    }

    /** The rows of a statement whose parameters are these text arrays, in order. */
    @SafeVarargs
    private List<Cell> read(String sql, Collection<String>... arrays) {
        return FlushedJdbc.read(em, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < arrays.length; i++) {
                    ps.setArray(i + 1, c.createArrayOf("text", arrays[i].toArray()));
                }
                return cells(ps);
            }
        });
    }

    private static List<Cell> cells(PreparedStatement ps) throws SQLException {
        List<Cell> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Cell(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        rs.getString(11), rs.getString(12)));
            }
        }
        return out;
    }
}
