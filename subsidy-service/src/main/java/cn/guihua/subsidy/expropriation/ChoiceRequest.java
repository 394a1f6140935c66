package cn.guihua.subsidy.expropriation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which compensation an expropriated house may have: cash or swap (001:214), public housing under lease "
        + "(001:232), housing security (001:234, 001:236)")
public record ChoiceRequest(
        @Schema(description = "Rules as of this date; today when absent", example = "2024-06-01") LocalDate asOf,
        NonResidentialRequest.Use use,
        @Schema(description = "Public housing kinds of 001:232") HousingKind kind,
        @Schema(description = "The lease is in force") Boolean leaseInForce,
        @Schema(description = "Owner and tenant agreed to end the lease") Boolean leaseTerminationAgreed,
        @Schema(description = "The tenant meets the rules for renting") Boolean tenantCompliant,
        CompensationRequest.Choice choice,
        @Schema(description = "产权调换条件 exist (non-residential)") Boolean swapConditions,
        @Schema(description = "The owner meets the housing-security conditions") Boolean eligibleForHousingSecurity,
        @Schema(description = "The owner's only home") Boolean onlyHome,
        @DecimalMin("0") @Schema(description = "Building area", example = "40") BigDecimal area,
        @Schema(description = "The owner chooses housing security") Boolean choosesHousingSecurity) {

    public enum HousingKind {
        PUBLIC_RENTAL, DIRECTLY_MANAGED_PUBLIC, UNIT_MANAGED_PUBLIC, PRIVATE
    }
}
