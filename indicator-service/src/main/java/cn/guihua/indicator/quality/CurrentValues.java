package cn.guihua.indicator.quality;

import java.math.BigDecimal;
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
import jakarta.persistence.Query;

/**
 * The current monitoring values the quality checks read, pending or approved (a rejected value counts as missing),
 * as {@link Cell}s; each read is one query.
 */
@ApplicationScoped
public class CurrentValues {

    private static final String SELECT = "SELECT id, indicator_code, jurisdiction, period, sex, residence, age_group, value, "
            + "numerator, denominator, unit, status FROM monitoring_value WHERE is_current AND status <> 'REJECTED' AND ";

    @Inject
    EntityManager em;

    /** The values of these indicators, jurisdictions and periods, by series key (what the rules of a value read). */
    public Map<String, Cell> of(Collection<String> indicators, Collection<String> jurisdictions, Collection<String> periods) {
        Map<String, Cell> cells = new HashMap<>();
        if (indicators.isEmpty() || jurisdictions.isEmpty() || periods.isEmpty()) {
            return cells;
        }
        Query q = em.createNativeQuery(SELECT + "indicator_code IN (:i) AND jurisdiction IN (:j) AND period IN (:p)")
                .setParameter("i", List.copyOf(indicators)).setParameter("j", List.copyOf(jurisdictions))
                .setParameter("p", List.copyOf(periods));
        for (Cell c : rows(q)) {
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
        return rows(em.createNativeQuery(SELECT + "indicator_code IN (:i) AND jurisdiction IN (:j) AND sex IN (:s) "
                + "AND residence IN (:r) AND age_group IN (:a)")
                .setParameter("i", List.copyOf(indicators)).setParameter("j", List.copyOf(jurisdictions))
                .setParameter("s", List.copyOf(sexes)).setParameter("r", List.copyOf(residences))
                .setParameter("a", List.copyOf(ageGroups)));
    }

    /**
     * The values of a region (of {@code indicators}, or of all when null) in the years {@code fromYear}..{@code toYear}
     * (null: every year); at most {@code limit}, and one more to tell the caller there were too many.
     */
    public List<Cell> in(Region region, Collection<String> indicators, Integer fromYear, Integer toYear, int limit) {
        StringBuilder where = new StringBuilder(region.descendants() ? "jurisdiction LIKE :j" : "jurisdiction = :j");
        Map<String, Object> params = new HashMap<>();
        params.put("j", region.descendants() ? region.prefix() + "%" : region.jurisdiction());
        if (indicators != null) {
            if (indicators.isEmpty()) {
                return List.of();
            }
            where.append(" AND indicator_code IN (:i)");
            params.put("i", List.copyOf(indicators));
        }
        if (fromYear != null) {
            where.append(" AND year BETWEEN :a AND :b");
            params.put("a", fromYear);
            params.put("b", toYear);
        }
        Query q = em.createNativeQuery(SELECT + where + " ORDER BY indicator_code, jurisdiction, period, sex, residence, age_group")
                .setMaxResults(limit + 1);
        params.forEach(q::setParameter);
        return rows(q);
    }

    private static List<Cell> rows(Query q) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Cell> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Cell((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (BigDecimal) r[7], (BigDecimal) r[8], (BigDecimal) r[9], (String) r[10], (String) r[11]));
        }
        return out;
    }
}
