package cn.guihua.subsidy.headquarters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
        @DecimalMin("0") @Schema(description = "Office purchase price or building cost (paid in five instalments, 002:157)", example = "40000000") BigDecimal officeCost,
        @DecimalMin("0") @Schema(description = "This year's office rent", example = "1200000") BigDecimal annualRent,
        @Schema(description = "Rules as of this date; the last day of `year` on which the policy is in force when absent",
                example = "2024-07-01") LocalDate asOf,
        @Size(max = 50) @Schema(description = "Entries into the lists of 002:156, earlier years included (首次)")
        List<HqInputs.@NotNull @Valid RankingEntry> rankingEntries,
        @Schema(description = "The office is in premises the government owns (政府自持资产, 002:157)") Boolean governmentPremises,
        @DecimalMin("0") @DecimalMax("10") @Schema(description = "The rate the cooperation agreement grants (1.0 = 100%); none: no agreement",
                example = "1.0") BigDecimal agreementRate,
        @Min(0) @Max(50) @Schema(description = "The years the agreement grants it for; none when it states no term", example = "5") Integer agreementYears,
        @DecimalMin("0") @Schema(description = "The lease contract's total price, where it differs from the year's rent (租赁合同价, "
                + "HQ_RENT_BASE)", example = "3600000") BigDecimal contractTotal,
        @Size(max = 20) @Schema(description = "The same matters rewarded under other policies (002:167)")
        List<HqInputs.@NotNull @Valid OtherAward> sameMatterElsewhere,
        @Size(max = 20) @Schema(description = "Building and purchase benefits received before (002:165)")
        List<HqInputs.@NotNull @Valid PurchaseBenefit> earlierPurchaseBenefits,
        @Size(max = 20) @Schema(description = "Key supporting projects introduced this year (002:159)")
        List<HqInputs.@NotNull @Valid SupportingProject> supportingProjects) {

    /** The request as before issue 13 (capital, operating contribution, revenue, office). */
    public RewardRequest(Integer recognitionYear, Integer year, BigDecimal localContribution, BigDecimal paidInCapital,
            Integer contributionStartYear, BigDecimal revenue, BigDecimal previousHighestRevenue, BigDecimal officeCost,
            BigDecimal annualRent, LocalDate asOf) {
        this(recognitionYear, year, localContribution, paidInCapital, contributionStartYear, revenue, previousHighestRevenue, officeCost,
                annualRent, asOf, null, null, null, null, null, null, null, null);
    }
}
