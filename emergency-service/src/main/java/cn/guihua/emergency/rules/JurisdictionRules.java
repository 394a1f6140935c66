package cn.guihua.emergency.rules;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.plan.EnterpriseKind;
import cn.guihua.emergency.plan.PlanType;

@Schema(description = "The rules a jurisdiction's documents set, each with its source clause")
public record JurisdictionRules(
        @NotNull @Schema(example = "370104") String jurisdiction,
        List<Filing> filingRules,
        List<Drill> drillRules,
        List<Circumstance> revisionCircumstances,
        List<Duty> periodicDuties,
        List<ResponseLevel> responseLevels,
        List<Clock> reportingClocks,
        @Schema(description = "Which plans need 应急管理部门审核 before approval") List<Review> reviewRules) {

    @Schema(name = "FilingRule")
    public record Filing(@NotNull PlanType planType, @NotNull @Schema(example = "市政府有关主管部门") String recipient,
            @NotNull @Schema(example = "抄送备案") String mode,
            @Schema(description = "Null: the source sets no deadline", example = "20") Integer deadlineWorkingDays,
            @NotNull LocalDate effectiveFrom, LocalDate effectiveTo, @NotNull @Schema(example = "000:1579") String sourceRef,
            @Schema(description = "Enterprise plans: the kind of enterprise the rule is for (000:1585)") EnterpriseKind enterpriseKind) {
    }

    @Schema(name = "DrillRule")
    public record Drill(@NotNull PlanType planType, @Schema(example = "24") int intervalMonths, @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo, @NotNull @Schema(example = "000:1595") String sourceRef) {
    }

    @Schema(name = "RevisionCircumstance")
    public record Circumstance(@Schema(example = "6") int code,
            @NotNull @Schema(example = "在突发事件实际应对和应急演练中发现问题需要作出重大调整的") String text,
            @NotNull @Schema(example = "000:1619") String sourceRef, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    @Schema(name = "PeriodicDuty")
    public record Duty(@NotNull @Schema(example = "ANNUAL_EVENT_EVALUATION") String code, @NotNull String name,
            @NotNull String responsible, @NotNull String reportTo,
            @Schema(description = "Null: no deadline in the source", example = "3") Integer dueMonth,
            @Schema(example = "31") Integer dueDay, @NotNull @Schema(example = "000:1507") String sourceRef,
            @NotNull LocalDate effectiveFrom, @Schema(description = "Null while the duty is owed") LocalDate effectiveTo) {
    }

    @Schema(name = "ReviewRule", description = "Plans that must pass 应急管理部门审核 (status REVIEW) before approval")
    public record Review(@NotNull PlanType planType,
            @Schema(description = "The event categories named; empty: every category", example = "[\"NATURAL\", \"ACCIDENT\"]")
            List<String> categories,
            @NotNull @Schema(example = "区应急管理部门") String reviewer,
            @NotNull @Schema(example = "区级灾害事故专项应急预案") String plansNamed,
            @NotNull @Schema(example = "000:1575") String sourceRef,
            @NotNull @Schema(example = "区应急管理部门综合协调各类应急预案衔接工作，负责区级灾害事故专项应急预案审核") String quote,
            @NotNull LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    @Schema(name = "ResponseLevelRule")
    public record ResponseLevel(@Schema(description = "Null: the overall plan's tiers") String gradingTable,
            List<Integer> severityLevels, @NotNull @Schema(example = "二级") String responseLevel,
            @NotNull @Schema(example = "区级突发事件应对主要牵头部门") String activatedBy, String coordinatedBy,
            @NotNull @Schema(example = "000:1173") String sourceRef, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo) {

        public static ResponseLevel of(ResponseLevelRule r) {
            return new ResponseLevel(r.gradingTable, r.severityLevels, r.responseLevel, r.activatedBy, r.coordinatedBy, r.sourceRef,
                    r.effectiveFrom, r.effectiveTo);
        }
    }

    @Schema(name = "ReportingClockRule")
    public record Clock(@NotNull @Schema(example = "DRUG_INITIAL_REPORT") String code, @NotNull String name, String gradingTable,
            List<Integer> levels, @NotNull ReportingClockRule.Start startsAt, @NotNull @Schema(example = "PT2H") String dueAfter,
            boolean repeats, @NotNull @Schema(example = "000:2985-2987") String sourceRef, @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo) {
    }
}
