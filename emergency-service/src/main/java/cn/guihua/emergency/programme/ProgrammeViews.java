package cn.guihua.emergency.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.reference.Clause;
import cn.guihua.emergency.reference.GovLevel;

/** 编制修订工作规划, their editions and filing, and the enterprise filing rules, as the API shows them. */
public final class ProgrammeViews {

    private ProgrammeViews() {
    }

    @Schema(name = "ProgrammeFilingRule")
    public record FilingRule(@NotNull @Schema(example = "市应急管理部门") String recipient, @NotNull @Schema(example = "备案") String mode,
            @Schema(description = "Null: the source sets no deadline") Integer deadlineWorkingDays, String deadlineNote) {
    }

    @Schema(name = "Programme", description = "A 编制修订工作规划: drafted, approved and (where the plan says) filed")
    public record ProgrammeView(@NotNull @Schema(example = "HY_DRAFTING_PROGRAMME") String code,
            @NotNull @Schema(example = "370104") String jurisdiction, @NotNull @Schema(example = "HY_OVERALL") String planCode,
            @NotNull @Schema(example = "区应急预案编制修订工作规划") String name, List<String> scope, List<String> scopeActions,
            String basis, @NotNull @Schema(example = "区应急管理部门") String drafter, String coDrafters,
            @NotNull @Schema(example = "区政府") String approvedBy, String approvalMode,
            @Schema(description = "Empty where the plan states no filing (张店区)") List<FilingRule> filings, String filingNote,
            @NotNull LocalDate effectiveFrom, LocalDate effectiveTo, @NotNull Clause clause) {
    }

    @Schema(name = "ProgrammeEdition", description = "An approved edition of a programme and its filing")
    public record EditionView(@NotNull UUID id, @NotNull @Schema(example = "HY_DRAFTING_PROGRAMME") String programmeCode,
            @NotNull @Schema(example = "370104") String jurisdiction, @NotNull LocalDate approvedOn,
            @NotNull @Schema(example = "区政府") String approvedBy, String documentNumber,
            @Schema(description = "The recipient of the filing; null where the plan states none", example = "市应急管理部门")
            String filingRecipient,
            @NotNull @Schema(description = "NOT_REQUIRED (no filing stated), PENDING (no deadline stated: never overdue) or FILED",
                    example = "PENDING") String filingStatus,
            LocalDate filedOn, String filingReference, @NotNull String recordedBy, long version) {
    }

    @Schema(name = "NewProgrammeEdition", description = "An approved edition of a programme to register")
    public record NewEdition(@NotNull @Schema(example = "2023-03-01") LocalDate approvedOn,
            @Size(max = 200) @Schema(description = "Default the programme's approver", example = "槐荫区人民政府") String approvedBy,
            @Size(max = 100) @Schema(example = "槐政办字〔2023〕2号") String documentNumber) {
    }

    @Schema(name = "ProgrammeFilingRecord", description = "Records that an edition was filed")
    public record FilingRecord(@NotNull @Schema(example = "2023-03-10") LocalDate filedOn,
            @Size(max = 200) @Schema(example = "济应急备〔2023〕3号") String reference,
            @NotNull @Schema(description = "The edition's version you read", example = "0") Long version) {
    }

    @Schema(name = "EnterpriseFilingRule", description = "Who an enterprise's plan is filed with (000:1585; 002:3635)")
    public record EnterpriseRule(@NotNull @Schema(example = "HY_SOE_SUBSIDIARY_OVERALL_PLAN") String code,
            @NotNull @Schema(example = "370104") String jurisdiction,
            @Schema(description = "The kinds of enterprise it is for") List<Kind> appliesTo,
            @Schema(example = "总体应急预案") String planType, String planTypeNote, List<Recipient> recipients,
            @Schema(description = "true: every recipient (和); false: one of them (或); null: not said") Boolean allRecipientsRequired,
            String allRecipientsNote, Integer deadlineWorkingDays, String deadlineNote, String rule, String note,
            @NotNull LocalDate effectiveFrom, @NotNull Clause clause) {
    }

    @Schema(name = "EnterpriseKindName")
    public record Kind(@NotNull @Schema(example = "CENTRAL_SOE_TIER3") String code,
            @NotNull @Schema(example = "中央驻区企业三级公司（单位）") String name) {
    }

    @Schema(name = "EnterpriseFilingRecipient")
    public record Recipient(@NotNull @Schema(example = "企业总部") String recipient, GovLevel level, @NotNull String mode,
            @Schema(description = "How the recipient was read") String interpretation) {
    }

}
