package cn.guihua.subsidy.headquarters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The 特色激励 of 002:161 for a headquarters (tax figures) and one of its recognised executives "
        + "(home purchase, advance), under the executive cap (002:164) and the once-in-five-years rule (002:165). Each part is "
        + "worked out when its facts are given")
public record PerksRequest(
        @Schema(description = "Rules as of this date; today when absent", example = "2024-07-01") LocalDate asOf,
        @Min(2022) @Max(2100) @Schema(example = "2024") Integer year,
        HqSector sector,
        DirectRecognition direct,
        FinanceKind financeKind,
        BranchLevel level,
        Boolean specialCase,
        @DecimalMin("0") @Schema(description = "上年度企业税收贡献 (the recognition figure)", example = "40000000") BigDecimal lastYearTax,
        @DecimalMin("0") @Schema(description = "年纳税总额", example = "61000000") BigDecimal annualTotalTax,
        @Size(max = 40) @Schema(description = "The recognised executive", example = "E1") String executive,
        @Schema(description = "市内首次购房") Boolean firstHomeInCity,
        @DecimalMin("0") @Schema(description = "实际成交价", example = "2000000") BigDecimal price,
        @DecimalMin("0") @Schema(description = "The executive's personal local fiscal contribution (the cap of 002:164) of the year",
                example = "500000") BigDecimal personalLocalContribution,
        @DecimalMin("0") @Schema(description = "The same over the policy term, where HQ_EXECUTIVE_CAP_PERIOD is POLICY_TERM") BigDecimal termPersonalLocalContribution,
        @DecimalMin("0") @Schema(description = "The executive's other subsidies under this policy in the cap's period") BigDecimal otherExecutiveSubsidies,
        @DecimalMin("0") @Schema(description = "The personal local contribution the talent reward (002:158) is paid on") BigDecimal talentContribution,
        @Size(max = 20) List<HqInputs.@Valid PurchaseBenefit> earlierPurchaseBenefits,
        @DecimalMin("0") @Schema(description = "Home advance: five years of personal contribution committed", example = "1000000") BigDecimal committedFiveYearContribution,
        @DecimalMin("0") @Schema(description = "Home advance: the contribution actually made in the five years") BigDecimal actualFiveYearContribution,
        @Schema(description = "Home advance: the day it was advanced", example = "2024-07-01") LocalDate advancedOn,
        @Schema(description = "Home advance: the officer found the configured conditions met") Boolean officerConfirmedConditions) {
}
