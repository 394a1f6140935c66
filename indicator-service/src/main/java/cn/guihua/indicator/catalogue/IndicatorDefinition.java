package cn.guihua.indicator.catalogue;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One indicator of plan-service's catalogue, as its {@code GET /api/v1/indicators} serves it. */
@Schema(name = "CatalogueIndicator", description = "An indicator as plan-service's catalogue defines it")
public record IndicatorDefinition(
        @Schema(example = "NEONATAL_MORTALITY") String code,
        @Schema(example = "新生儿死亡率") String name,
        @Schema(example = "‰") String unit,
        ValueType valueType,
        BetterDirection betterDirection,
        @Schema(example = "‰") String scale,
        @Schema(example = "2021") Integer trackedFrom,
        @Schema(example = "2025") Integer trackedTo) {

    /** PERCENTAGE is 0-100; RATE ≥ 0; COUNT whole ≥ 0; QUANTITY decimal ≥ 0. */
    public enum ValueType {
        PERCENTAGE, RATE, COUNT, QUANTITY
    }

    public enum BetterDirection {
        LOWER, HIGHER, NONE
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Why {@code value} does not fit this indicator's value type, in Chinese and English; null when it fits. */
    public String[] rangeProblem(BigDecimal value) {
        if (value.signum() < 0) {
            return new String[] { "不能为负数", "must not be negative" };
        }
        if (valueType == ValueType.PERCENTAGE && value.compareTo(HUNDRED) > 0) {
            return new String[] { "百分比须在 0 到 100 之间", "a percentage must lie between 0 and 100" };
        }
        if (valueType == ValueType.COUNT && value.stripTrailingZeros().scale() > 0) {
            return new String[] { "计数须为整数", "a count must be a whole number" };
        }
        return null;
    }

    /** Whether {@code year} lies in the years the indicator is tracked; open ends are unbounded. */
    public boolean tracks(int year) {
        return (trackedFrom == null || year >= trackedFrom) && (trackedTo == null || year <= trackedTo);
    }
}
