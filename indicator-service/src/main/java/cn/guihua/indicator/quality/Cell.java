package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A current monitoring value as the quality checks see it (validation rules, outliers): its series, its numbers, its
 * unit and status, and its id (stored, or given to a value about to be).
 */
public record Cell(UUID id, String indicator, String jurisdiction, String period, String sex, String residence,
        String ageGroup, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String unit, String status) {

    /** The series key, as {@code monitoring.Accepted#seriesKey} writes it. */
    public String key() {
        return key(indicator, jurisdiction, period, sex, residence, ageGroup);
    }

    public static String key(String indicator, String jurisdiction, String period, String sex, String residence,
            String ageGroup) {
        return indicator + '|' + jurisdiction + '|' + period + '|' + sex + '|' + residence + '|' + ageGroup;
    }

    /** The series over time this value belongs to: the key without the period, with the period's type. */
    String series() {
        return indicator + '|' + jurisdiction + '|' + sex + '|' + residence + '|' + ageGroup + '|' + PeriodType.of(period);
    }

    BigDecimal field(RuleExpression.Field f) {
        return switch (f) {
            case VALUE -> value;
            case NUMERATOR -> numerator;
            case DENOMINATOR -> denominator;
        };
    }
}
