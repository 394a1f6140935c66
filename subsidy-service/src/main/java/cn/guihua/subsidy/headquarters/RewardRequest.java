package cn.guihua.subsidy.headquarters;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One year of a recognised headquarters' rewards; money in yuan")
public record RewardRequest(
        @NotNull @Min(2022) @Max(2100) @Schema(description = "认定年度", example = "2023") Integer recognitionYear,
        @NotNull @Min(2022) @Max(2100) @Schema(description = "The year paid for", example = "2024") Integer year,
        @NotNull @DecimalMin("0") @Schema(description = "地方财政主体贡献 of the year; also the annual cap", example = "30000000") BigDecimal localContribution,
        @DecimalMin("0") @Schema(description = "实缴注册资本", example = "800000000") BigDecimal paidInCapital,
        @Min(2022) @Max(2100) @Schema(description = "Year the enterprise's local contribution first arose", example = "2023") Integer contributionStartYear,
        @DecimalMin("0") @Schema(description = "This year's revenue", example = "3500000000") BigDecimal revenue,
        @DecimalMin("0") @Schema(description = "Highest revenue of earlier years", example = "2800000000") BigDecimal previousHighestRevenue,
        @DecimalMin("0") @Schema(description = "Office purchase price or building cost", example = "40000000") BigDecimal officeCost,
        @DecimalMin("0") @Schema(description = "This year's office rent", example = "1200000") BigDecimal annualRent,
        @Schema(description = "Rules as of this date; 1 January of `year` when absent", example = "2024-01-01") LocalDate asOf) {
}
