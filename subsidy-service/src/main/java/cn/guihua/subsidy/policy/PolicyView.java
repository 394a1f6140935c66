package cn.guihua.subsidy.policy;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A policy document this service implements: the code callers send, where it comes from, when it is in "
        + "force, and what can be applied for under it")
public record PolicyView(
        @NotNull @Schema(description = "The code callers send as `policy`", example = "LANSHAN_LISTING") String code,
        @NotNull @Schema(example = "兰山区全面推进企业上市五年行动计划实施意见") String title,
        @NotNull @Schema(example = "临兰政字〔2022〕16号") String documentNo,
        @NotNull @Schema(description = "The division code of the issuing district", example = "371302") String jurisdiction,
        @NotNull @Schema(example = "2022-04-29") LocalDate effectiveFrom,
        @Schema(description = "Last day in force; null while open-ended", example = "2025-11-14") LocalDate effectiveTo,
        @NotNull @Schema(description = "Source clause of the effective period: seed file and line", example = "001:490") String sourceClause,
        @Schema(description = "Whether `POST /api/v1/applications` takes claims under it (otherwise its money is worked "
                + "out by a calculation or awarded by a selection)") boolean takesApplications,
        @Schema(description = "What a caller can apply for: the `benefit` of an application") List<Benefit> benefits,
        @Schema(description = "The operations that take this policy, as `METHOD /path`") List<String> operations) {

    @Schema(description = "A benefit (stage, enrolment) a caller can apply for, with the clause that grants it")
    public record Benefit(
            @NotNull @Schema(description = "Sent as the application's `benefit`", example = "SHAREHOLDING_REFORM") String code,
            @Schema(description = "Beneficiary type the application must have", example = "ENTERPRISE") String beneficiaryType,
            @Schema(example = "001:478") String sourceClause,
            @Schema(example = "对完成股份制改造的企业，给予一次性补助100万元") String quote) {
    }
}
