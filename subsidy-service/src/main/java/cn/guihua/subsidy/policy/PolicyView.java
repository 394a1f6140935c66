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
        @Schema(description = "The operations that take this policy, as `METHOD /path`") List<String> operations,
        @Schema(description = "GET by code: the date the rules and parameters are given as of") LocalDate asOf,
        @Schema(description = "GET by code: whether the policy is in force on `asOf` (no rules otherwise)") Boolean inForce,
        @Schema(description = "GET by code: the rules in force on `asOf`, each with its numbers, period and clause") List<RuleView> rules,
        @Schema(description = "GET by code: the parameters officers set for it (what the document leaves open), each with its kind, "
                + "choices, the clause that leaves it open and the value in force on `asOf` for the policy's jurisdiction")
        List<ParameterInfo> parameters,
        @Schema(description = "GET by code: every clause the rules in force cite, in seed order") List<cn.guihua.subsidy.rules.Clause> clauses,
        @Schema(description = "GET by code: figures derived from the rules (HUAIYIN_FARMLAND: the year's least and most outlay)")
        java.util.Map<String, Object> derived) {

    @Schema(name = "PolicyRuleView", description = "A rule in force: its code, numbers, period and clause")
    public record RuleView(
            @NotNull @Schema(example = "GROWTH_RANKING") String code,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @Schema(description = "The rule's numbers and the parameters it names") com.fasterxml.jackson.databind.JsonNode params,
            @NotNull cn.guihua.subsidy.rules.Clause clause) {
    }

    @Schema(name = "PolicyParameterInfo", description = "A parameter of the policy and its value on the day asked")
    public record ParameterInfo(
            @NotNull cn.guihua.subsidy.rules.ParameterName name,
            @NotNull cn.guihua.subsidy.rules.ParameterName.Kind kind,
            List<String> choices,
            @Schema(description = "The clause that leaves the point open", example = "002:156") String sourceRef,
            @Schema(description = "What it settles") String settles,
            @Schema(description = "A value needs a legal basis (eligibility the documents do not define)") boolean basisRequired,
            @Schema(description = "The value in force on `asOf` for the policy's jurisdiction (set=false when none)") cn.guihua.subsidy.rules.ParameterUse value) {
    }

    @Schema(description = "A benefit (stage, enrolment) a caller can apply for, with the clause that grants it")
    public record Benefit(
            @NotNull @Schema(description = "Sent as the application's `benefit`", example = "SHAREHOLDING_REFORM") String code,
            @Schema(description = "Beneficiary type the application must have", example = "ENTERPRISE") String beneficiaryType,
            @Schema(example = "001:478") String sourceClause,
            @Schema(example = "对完成股份制改造的企业，给予一次性补助100万元") String quote) {
    }
}
