package cn.guihua.subsidy.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.json.Money;

@Schema(description = "A payment; farmland awards owe a fund-use plan within a month (000:1775)")
public record PaymentView(
        @NotNull UUID id,
        @NotNull UUID applicationId,
        @NotNull @Schema(example = "LANSHAN_LISTING") String policy,
        @NotNull @Schema(example = "91371302MA3C4D5E6F") String beneficiaryId,
        @NotNull @Money @Schema(description = "Yuan", example = "1000000.00") BigDecimal amount,
        @NotNull LocalDate paidOn,
        String reference,
        LocalDate fundUsePlanDue,
        LocalDate fundUsePlanOn,
        @Schema(implementation = cn.guihua.subsidy.farmland.FundUseCheck.Result.class, description = "The fund-use plan's check, line by line (000:1761-1777)") com.fasterxml.jackson.databind.JsonNode fundUsePlan) {

    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static PaymentView of(Payment p) {
        com.fasterxml.jackson.databind.JsonNode plan = null;
        if (p.fundUsePlan != null) {
            try {
                plan = JSON.readTree(p.fundUsePlan);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new PaymentView(p.id, p.applicationId, p.policyCode, p.beneficiaryId, p.amount, p.paidOn, p.reference,
                p.fundUsePlanDue, p.fundUsePlanOn, plan);
    }
}
