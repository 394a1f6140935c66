package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A series whose change from the previous period exceeds the threshold (波动较大)")
public record LargeChange(
        @NotNull @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull @Schema(example = "2023") String period,
        @NotNull @Schema(example = "2.4") BigDecimal value,
        @NotNull @Schema(example = "2022") String previousPeriod,
        @NotNull @Schema(example = "1.2") BigDecimal previousValue,
        @Schema(description = "Change against the previous period in percent of it; null when that was 0", example = "100") BigDecimal changePercent) {
}
