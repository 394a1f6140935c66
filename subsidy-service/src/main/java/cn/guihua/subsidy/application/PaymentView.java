package cn.guihua.subsidy.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A payment; farmland awards owe a fund-use plan within a month (000:1775)")
public record PaymentView(
        UUID id,
        UUID applicationId,
        @Schema(example = "LANSHAN_LISTING") String policy,
        @Schema(example = "91371302MA3C4D5E6F") String beneficiaryId,
        @Schema(example = "1000000.00") BigDecimal amount,
        LocalDate paidOn,
        String reference,
        LocalDate fundUsePlanDue,
        LocalDate fundUsePlanOn) {

    static PaymentView of(Payment p) {
        return new PaymentView(p.id, p.applicationId, p.policyCode, p.beneficiaryId, p.amount, p.paidOn, p.reference,
                p.fundUsePlanDue, p.fundUsePlanOn);
    }
}
