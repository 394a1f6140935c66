package cn.guihua.subsidy.application;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "A claim: policy, benefit (listing stage, or ENROLMENT for the disability subsidies) and beneficiary")
public record NewApplication(
        @NotBlank @Schema(example = "LANSHAN_LISTING") String policy,
        @NotBlank @Size(max = 40) @Schema(description = "LANSHAN_LISTING: the stage; DISABILITY_*: ENROLMENT", example = "SHAREHOLDING_REFORM") String benefit,
        @NotNull BeneficiaryType beneficiaryType,
        @NotBlank @Size(max = 18) @Schema(description = "Unified social credit code (enterprise), resident ID number (person)", example = "91371302MA3C4D5E6F") String beneficiaryId,
        @NotBlank @Size(max = 100) @Schema(example = "临沂某某科技股份有限公司") String beneficiaryName,
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(example = "371302") String jurisdiction,
        @DecimalMin("0") @Schema(description = "OVERSEAS_LISTING: proceeds repatriated, yuan", example = "500000000") BigDecimal repatriatedProceeds) {
}
