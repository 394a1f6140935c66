package cn.guihua.indicator.quality;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "New min-max bounds (the indicator, jurisdiction and period type stay); send the version you read")
public record OutlierBoundUpdate(
        @NotNull @Schema(required = true, example = "0") Long version,
        @DecimalMin("-1000000000000000") @DecimalMax("1000000000000000") @Schema(example = "0.5") BigDecimal min,
        @DecimalMin("-1000000000000000") @DecimalMax("1000000000000000") @Schema(example = "10") BigDecimal max,
        @Size(max = 2000) @Schema(example = "按 2024 年实际调整") String reason) {
}
