package cn.guihua.indicator.monitoring;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A corrected value; the series (indicator, jurisdiction, period, disaggregation) stays the same")
public record NewCorrection(
        @NotNull @Schema(description = "The version you are correcting, as you read it", example = "1") Integer version,
        @NotNull @Schema(example = "2.5") BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        @Schema(example = "‰") String unit,
        @Schema(example = "区卫生健康局") String department,
        String comment,
        @NotBlank @Size(max = 2000) @Schema(description = "Why the value is corrected", example = "补录 12 月死亡病例") String reason) {
}
