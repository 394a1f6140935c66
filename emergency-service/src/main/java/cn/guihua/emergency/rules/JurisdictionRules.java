package cn.guihua.emergency.rules;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.plan.PlanType;

@Schema(description = "The rules a jurisdiction's documents set, each with its source clause")
public record JurisdictionRules(
        @Schema(example = "370104") String jurisdiction,
        List<Filing> filingRules,
        List<Drill> drillRules,
        List<Circumstance> revisionCircumstances,
        List<Duty> periodicDuties,
        List<ResponseLevel> responseLevels,
        List<Clock> reportingClocks) {

    @Schema(name = "FilingRule")
    public record Filing(PlanType planType, @Schema(example = "市政府有关主管部门") String recipient,
            @Schema(example = "抄送备案") String mode,
            @Schema(description = "Null: the source sets no deadline", example = "20") Integer deadlineWorkingDays,
            LocalDate effectiveFrom, LocalDate effectiveTo, @Schema(example = "000:1579") String sourceRef) {
    }

    @Schema(name = "DrillRule")
    public record Drill(PlanType planType, @Schema(example = "24") int intervalMonths, LocalDate effectiveFrom,
            LocalDate effectiveTo, @Schema(example = "000:1595") String sourceRef) {
    }

    @Schema(name = "RevisionCircumstance")
    public record Circumstance(@Schema(example = "6") int code,
            @Schema(example = "在突发事件实际应对和应急演练中发现问题需要作出重大调整的") String text,
            @Schema(example = "000:1619") String sourceRef, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    @Schema(name = "PeriodicDuty")
    public record Duty(@Schema(example = "ANNUAL_EVENT_EVALUATION") String code, String name, String responsible,
            String reportTo, @Schema(description = "Null: no deadline in the source", example = "3") Integer dueMonth,
            @Schema(example = "31") Integer dueDay, @Schema(example = "000:1507") String sourceRef, LocalDate effectiveFrom) {
    }

    @Schema(name = "ResponseLevelRule")
    public record ResponseLevel(@Schema(description = "Null: the overall plan's tiers") String gradingTable,
            List<Integer> severityLevels, @Schema(example = "二级") String responseLevel,
            @Schema(example = "区级突发事件应对主要牵头部门") String activatedBy, String coordinatedBy,
            @Schema(example = "000:1173") String sourceRef, LocalDate effectiveFrom, LocalDate effectiveTo) {

        public static ResponseLevel of(ResponseLevelRule r) {
            return new ResponseLevel(r.gradingTable, r.severityLevels, r.responseLevel, r.activatedBy, r.coordinatedBy, r.sourceRef,
                    r.effectiveFrom, r.effectiveTo);
        }
    }

    @Schema(name = "ReportingClockRule")
    public record Clock(@Schema(example = "DRUG_INITIAL_REPORT") String code, String name, String gradingTable,
            List<Integer> levels, ReportingClockRule.Start startsAt, @Schema(example = "PT2H") String dueAfter,
            boolean repeats, @Schema(example = "000:2985-2987") String sourceRef, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }
}
