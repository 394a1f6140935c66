package cn.guihua.subsidy.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.json.Money;
import cn.guihua.subsidy.rules.Calculation;

@Schema(description = "An application. Personal beneficiaries' ID and name are masked unless the caller may see them.")
public record ApplicationView(
        @NotNull UUID id,
        @NotNull @Schema(example = "LANSHAN_LISTING") String policy,
        @NotNull @Schema(example = "SHAREHOLDING_REFORM") String benefit,
        @NotNull BeneficiaryType beneficiaryType,
        @NotNull @Schema(example = "91371302MA3C4D5E6F") String beneficiaryId,
        @NotNull @Schema(example = "临沂某某科技股份有限公司") String beneficiaryName,
        @NotNull @Schema(example = "371302") String jurisdiction,
        @Money @Schema(description = "Overseas listings: the proceeds brought back, yuan", example = "300000000.00") BigDecimal repatriatedProceeds,
        @NotNull ApplicationStatus status,
        @NotNull Origin origin,
        @Money @Schema(description = "Frozen at the decision, yuan", example = "1000000.00") BigDecimal amount,
        @Schema(description = "The calculation and its explanation, frozen at the decision") Calculation calculation,
        String decisionReason,
        @NotNull String submittedBy,
        @NotNull OffsetDateTime submittedAt,
        String decidedBy,
        OffsetDateTime decidedAt,
        int version,
        @Schema(description = "The day of the event the benefit is for") java.time.LocalDate eventOn,
        @Schema(description = "The day the application was received") java.time.LocalDate receivedOn,
        @Schema(description = "The 政企直通车 item it was made for") UUID itemId,
        @Schema(description = "The item's department") String department,
        @Schema(description = "Why it is still undecided: credit-service did not answer when it was to be approved (002:808)") String pendingReason,
        @Schema(description = "Its public notice (公示), where the policy requires one, as of the day asked") cn.guihua.subsidy.notice.NoticeView notice,
        @Schema(description = "Objections to it (to its notice or to its decision)") java.util.List<cn.guihua.subsidy.notice.NoticeView.ObjectionView> objections) {
}
