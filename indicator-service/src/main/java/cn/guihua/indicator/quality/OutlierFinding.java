package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value that lies outside what its series' history (or a planner's bounds) makes plausible, and the numbers why. */
@Schema(name = "Outlier", description = "A value flagged as an outlier: the method and the numbers that made it one")
public record OutlierFinding(
        @NotNull UUID valueId,
        @NotNull @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
        @NotNull @Schema(example = "370105") String jurisdiction,
        @NotNull @Schema(example = "2025") String period,
        @NotNull @Schema(example = "TOTAL") String sex,
        @NotNull @Schema(example = "TOTAL") String residence,
        @NotNull @Schema(example = "TOTAL") String ageGroup,
        @NotNull @Schema(example = "120") BigDecimal value,
        @Schema(example = "‰") String unit,
        @Schema(example = "PENDING") String status,
        @NotNull OutlierMethod method,
        @Schema(description = "The z-score or modified z-score (null for MIN_MAX, and when the history does not vary)",
                example = "740") BigDecimal score,
        @Schema(description = "The score beyond which a value is an outlier", example = "3.0") BigDecimal threshold,
        @Schema(description = "Of the series' other values", example = "3") BigDecimal mean,
        @Schema(example = "0.1581") BigDecimal standardDeviation,
        @Schema(example = "3") BigDecimal median,
        @Schema(description = "Median absolute deviation", example = "0.1") BigDecimal medianAbsoluteDeviation,
        @Schema(description = "Below it a value is an outlier", example = "2.5257") BigDecimal lowerBound,
        @Schema(description = "Above it a value is an outlier", example = "3.4743") BigDecimal upperBound,
        @Schema(description = "For MIN_MAX: PLANNER (bounds set for the series) or HISTORY (Tukey's fences over it)") String boundSource,
        @Schema(description = "The series' other values the judgement rests on", example = "5") int historySize,
        @Schema(example = "2020") String historyFrom,
        @Schema(example = "2024") String historyTo) {
}
