package cn.guihua.subsidy.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.subsidy.rules.Calculation;

@Schema(description = "An application. Personal beneficiaries' ID and name are masked unless the caller may see them.")
public record ApplicationView(
        UUID id,
        @Schema(example = "LANSHAN_LISTING") String policy,
        @Schema(example = "SHAREHOLDING_REFORM") String benefit,
        BeneficiaryType beneficiaryType,
        @Schema(example = "91371302MA3C4D5E6F") String beneficiaryId,
        @Schema(example = "临沂某某科技股份有限公司") String beneficiaryName,
        @Schema(example = "371302") String jurisdiction,
        BigDecimal repatriatedProceeds,
        ApplicationStatus status,
        Origin origin,
        @Schema(description = "Frozen at the decision", example = "1000000.00") BigDecimal amount,
        @Schema(description = "The calculation and its explanation, frozen at the decision") Calculation calculation,
        String decisionReason,
        String submittedBy,
        OffsetDateTime submittedAt,
        String decidedBy,
        OffsetDateTime decidedAt,
        int version) {
}
