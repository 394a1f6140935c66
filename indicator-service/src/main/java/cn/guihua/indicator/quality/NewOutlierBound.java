package cn.guihua.indicator.quality;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Min-max bounds for an indicator's values in a jurisdiction and the divisions below it: a value outside "
        + "them is flagged as an outlier (method MIN_MAX)")
public record NewOutlierBound(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "NEONATAL_MORTALITY") String indicatorCode,
        @Size(max = 12) @Schema(description = "Default the caller's jurisdiction", example = "370104") String jurisdiction,
        @Schema(description = "Only values of this period type; default every type") PeriodType periodType,
        @DecimalMin("-1000000000000000") @DecimalMax("1000000000000000") @Schema(description = "Below it a value is an outlier",
                example = "0.5") BigDecimal min,
        @DecimalMin("-1000000000000000") @DecimalMax("1000000000000000") @Schema(description = "Above it a value is an outlier",
                example = "10") BigDecimal max,
        @Size(max = 2000) @Schema(description = "Why these bounds", example = "全区新生儿死亡率历年在 1‰-6‰ 之间") String reason) {
}
