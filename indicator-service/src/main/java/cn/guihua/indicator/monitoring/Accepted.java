package cn.guihua.indicator.monitoring;

import java.math.BigDecimal;

import cn.guihua.indicator.catalogue.IndicatorDefinition;

/** A candidate that passed every rule, with its fields parsed. */
public record Accepted(IndicatorDefinition indicator, String jurisdiction, Period period, Sex sex, Residence residence,
        String ageGroup, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String unit, String department,
        String comment) {

    /** Indicator, jurisdiction, period and disaggregation: at most one current value per key. */
    public String seriesKey() {
        return seriesKey(indicator.code(), jurisdiction, period.text(), sex.name(), residence.name(), ageGroup);
    }

    static String seriesKey(String indicator, String jurisdiction, String period, String sex, String residence,
            String ageGroup) {
        return indicator + '|' + jurisdiction + '|' + period + '|' + sex + '|' + residence + '|' + ageGroup;
    }
}
