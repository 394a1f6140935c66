package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guihua.indicator.monitoring.MonitoringValue;
import cn.guihua.indicator.monitoring.Residence;
import cn.guihua.indicator.monitoring.Sex;
import cn.guihua.indicator.monitoring.ValueStatus;
import cn.guihua.platform.security.JurisdictionCodes;
import io.quarkus.panache.common.Parameters;

/**
 * The values an evaluation rests on: the current version of each whole-population series (sex, residence
 * and age group TOTAL) of the given indicators in and below the given jurisdictions, approved ones only
 * unless pending ones are asked for.
 */
final class Observations {

    private final Map<String, BigDecimal> values = new HashMap<>();
    private final Map<String, List<String>> streetsWithData = new HashMap<>();
    private final List<MonitoringValue> rows;

    Observations(List<MonitoringValue> rows) {
        this.rows = rows;
        for (MonitoringValue v : rows) {
            values.put(key(v.indicatorCode, v.jurisdiction, v.period), v.value);
            if (v.jurisdiction.length() == 9) {
                streetsWithData.computeIfAbsent(v.indicatorCode + '|' + v.period, k -> new ArrayList<>()).add(v.jurisdiction);
            }
        }
    }

    static Observations load(Collection<String> indicators, Set<String> jurisdictions, boolean includePending) {
        if (indicators.isEmpty() || jurisdictions.isEmpty()) {
            return new Observations(List.of());
        }
        StringBuilder where = new StringBuilder("current = true and sex = :sex and residence = :residence "
                + "and ageGroup = 'TOTAL' and indicatorCode in :indicators and status in :statuses and (");
        Parameters p = Parameters.with("sex", Sex.TOTAL).and("residence", Residence.TOTAL).and("indicators", indicators)
                .and("statuses", includePending ? List.of(ValueStatus.APPROVED, ValueStatus.PENDING) : List.of(ValueStatus.APPROVED));
        int i = 0;
        for (String j : jurisdictions) {
            where.append(i == 0 ? "" : " or ").append("jurisdiction like :j").append(i);
            p.and("j" + i, JurisdictionCodes.prefix(j) + "%");
            i++;
        }
        where.append(')');
        return new Observations(MonitoringValue.<MonitoringValue>list(where.toString(), p));
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

    List<MonitoringValue> rows() {
        return rows;
    }

    private static String key(String indicator, String jurisdiction, String period) {
        return indicator + '|' + jurisdiction + '|' + period;
    }
}
