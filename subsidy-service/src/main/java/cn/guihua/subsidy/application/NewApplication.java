package cn.guihua.subsidy.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.subsidy.headquarters.IntroducerRequest;
import cn.guihua.subsidy.headquarters.RewardRequest;

@Schema(description = "A claim: policy, benefit (listing stage, ENROLMENT for the disability subsidies, ANNUAL_REWARD_<year> or "
        + "INTRODUCTION_<project> for 张店区's headquarters) and beneficiary")
public record NewApplication(
        @NotBlank @Schema(example = "LANSHAN_LISTING") String policy,
        @NotBlank @Size(max = 40) @Schema(description = "LANSHAN_LISTING: the stage; DISABILITY_*: ENROLMENT; ZHANGDIAN_HQ: ANNUAL_REWARD_<year> "
                + "or INTRODUCTION_<project>", example = "SHAREHOLDING_REFORM") String benefit,
        @NotNull BeneficiaryType beneficiaryType,
        @NotBlank @Size(max = 18) @Schema(description = "Unified social credit code (enterprise), resident ID number (person)", example = "91371302MA3C4D5E6F") String beneficiaryId,
        @NotBlank @Size(max = 100) @Schema(example = "临沂某某科技股份有限公司") String beneficiaryName,
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(example = "371302") String jurisdiction,
        @DecimalMin("0") @Schema(description = "OVERSEAS_LISTING: proceeds repatriated, yuan", example = "500000000") BigDecimal repatriatedProceeds,
        @Schema(description = "The day of the event the benefit is for (the stage reached); the decision applies the rules in force "
                + "on it. The decision day when absent", example = "2024-05-20") LocalDate eventOn,
        @Schema(description = "The day the application was received; today when absent (not in the future)", example = "2024-08-01") LocalDate receivedOn,
        @Schema(description = "The 政企直通车 item applied for; the application takes its department") UUID itemId,
        @Valid @Schema(description = "ZHANGDIAN_HQ ANNUAL_REWARD_<year>: the year's facts") RewardRequest hqReward,
        @Valid @Schema(description = "ZHANGDIAN_HQ INTRODUCTION_<project>: the introduction's facts") IntroducerRequest introduction) {

    /** A claim as before issue 13. */
    public NewApplication(String policy, String benefit, BeneficiaryType beneficiaryType, String beneficiaryId, String beneficiaryName,
            String jurisdiction, BigDecimal repatriatedProceeds) {
        this(policy, benefit, beneficiaryType, beneficiaryId, beneficiaryName, jurisdiction, repatriatedProceeds, null, null, null, null, null);
    }
}
