package cn.guihua.indicator.catalogue;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import cn.guihua.platform.i18n.Text;

/** One indicator of plan-service's catalogue, as its {@code GET /api/v1/indicators} serves it. */
@Schema(name = "CatalogueIndicator", description = "An indicator as plan-service's catalogue defines it")
public record IndicatorDefinition(
        @NotNull @Schema(example = "NEONATAL_MORTALITY") String code,
        @Schema(example = "新生儿死亡率") String name,
        @Schema(example = "‰") String unit,
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) ValueType valueType,
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) BetterDirection betterDirection,
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

    /** Why {@code value} does not fit this indicator's value type; null when it fits. */
    public Text rangeProblem(BigDecimal value) {
        if (value.signum() < 0) {
            return Text.of("monitoring.field.negative");
        }
        if (valueType == ValueType.PERCENTAGE && value.compareTo(HUNDRED) > 0) {
            return Text.of("monitoring.value.percentage");
        }
        if (valueType == ValueType.COUNT && value.stripTrailingZeros().scale() > 0) {
            return Text.of("monitoring.value.count");
        }
        return null;
    }

    /** This indicator tracked from {@code year} when that is earlier than its start (a base year of a target on it). */
    public IndicatorDefinition trackedFromAtMost(Integer year) {
        if (year == null || trackedFrom == null || year >= trackedFrom) {
            return this;
        }
        return new IndicatorDefinition(code, name, unit, valueType, betterDirection, scale, year, trackedTo);
    }

    /** Whether {@code year} lies in the years the indicator is tracked; open ends are unbounded. */
    public boolean tracks(int year) {
        return (trackedFrom == null || year >= trackedFrom) && (trackedTo == null || year <= trackedTo);
    }
}
