package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


import cn.guihua.indicator.catalogue.TargetDefinition;
import cn.guihua.platform.i18n.Text;

@Schema(description = "One target of a plan evaluated in one year")
public record TargetEvaluation(
        @Schema(example = "101") Long targetId,
        @Schema(example = "儿童与健康") String areaName,
        @Schema(example = "3") Integer goalSequence,
        @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
        @Schema(example = "新生儿死亡率") String indicatorName,
        @Schema(example = "370104") String jurisdiction,
        TargetDefinition.Comparator comparator,
        @Schema(example = "3") BigDecimal targetValue,
        BigDecimal targetValueHigh,
        TargetDefinition.Direction direction,
        @Schema(example = "‰") String unit,
        @Schema(example = "2025") Integer targetYear,
        TargetDefinition.Nature nature,
        @Schema(example = "000:663") String sourceRef,
        @Schema(description = "The value the status rests on", example = "2.4") BigDecimal observed,
        @Schema(description = "Where the observed value is from (a street for each-street targets)", example = "370104") String observedJurisdiction,
        @Schema(description = "The value it was compared with: base-year value, previous year's value, or the straight path's value for the year") BigDecimal reference,
        @Schema(description = "The level the target demands, where it is computed (a decrease against a base year)") BigDecimal requiredLevel,
        @NotNull TargetStatus status,
        @NotNull
        @Schema(implementation = String.class, description = "Which rule decided the status, in the caller's language",
                example = "level target AT_MOST 3; met") Text explanation,
        @Schema(description = "The tolerance the verdict used (absolute, in the target's unit; percentage points of the "
                + "decrease for DECREASE_PERCENT); null = 0", example = "1") BigDecimal tolerance,
        @Schema(description = "Where the tolerance comes from: PHRASING_DEFAULT or PLANNER") String toleranceSource,
        @Schema(description = "The row of the phrasing table that decided the rule", example = "保持在X%左右") String phrasing,
        @Schema(description = "The target's base year", example = "2020") Integer baseYear,
        @Schema(description = "Which base value a decrease was judged on: MONITORED (the approved value of the base year), "
                + "else the plan's, DOCUMENT (printed) or PLANNER (entered); null when no base was used") String baseSource,
        @Schema(description = "An intermediate step: judged in its own target year, also in later years") boolean milestone) {
}
