package cn.guihua.emergency.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.filing.FilingView;
import cn.guihua.emergency.plan.PlanType;
import cn.guihua.emergency.revision.RevisionTriggerView;

@Schema(name = "Compliance", description = "What a jurisdiction owes as of a date, each item with its rule and the date that makes it so")
public record ComplianceView(
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull @Schema(example = "2025-06-01") LocalDate asOf,
        @Schema(example = "30") int withinDays,
        @Schema(description = "Filings past their deadline and not recorded") List<FilingView> filingsOverdue,
        @Schema(description = "Filings due within withinDays") List<FilingView> filingsDueSoon,
        List<DrillDue> drillsOverdue,
        @Schema(description = "Drills due within withinDays") List<DrillDue> drillsDueSoon,
        @Schema(description = "Plans re-issued after a major revision and not drilled since (000:1595: 及时, no fixed period)")
        List<DrillDue> drillsAfterMajorRevision,
        @Schema(description = "Plans with open revision triggers") List<RevisionDue> revisionsDue,
        @Schema(description = "The next occurrence of each periodic duty") List<DutyDue> periodicDuties) {

    @Schema(name = "DrillDue")
    public record DrillDue(
            @NotNull UUID planId,
            @NotNull @Schema(example = "槐荫区药品安全事件应急预案") String title,
            @NotNull PlanType planType,
            @Schema(description = "Null when never drilled") LocalDate lastDrillOn,
            @Schema(description = "The date the clock runs from: the last drill, else the first issue (never before the rule took "
                    + "effect), or the major revision")
            @NotNull LocalDate since,
            @Schema(description = "Null for a drill owed after a major revision") LocalDate dueOn,
            @NotNull @Schema(description = "The rule, in the caller's language", example = "专项、部门应急预案至少每24个月演练一次") String rule,
            @NotNull @Schema(example = "000:1595") String sourceRef,
            @NotNull @Schema(description = "The day the rule took effect; no drill is owed from before it", example = "2022-11-24")
            LocalDate ruleEffectiveFrom) {
    }

    @Schema(name = "RevisionDue")
    public record RevisionDue(@NotNull UUID planId, @NotNull String title,
            @NotNull @Schema(description = "When the earliest open trigger was raised") LocalDate dueSince,
            List<RevisionTriggerView> openTriggers) {
    }

    @Schema(name = "DutyDue", description = "One occurrence of a periodic duty: the last one due before asOf and the next one")
    public record DutyDue(
            @NotNull @Schema(example = "ANNUAL_EVENT_EVALUATION") String code,
            @NotNull @Schema(example = "上年度突发事件全面评估") String name,
            @NotNull String responsible,
            @NotNull String reportTo,
            @Schema(description = "Null where the source sets no deadline", example = "2026-03-31") LocalDate dueOn,
            @NotNull Status status,
            @Schema(description = "When it was met, if recorded") LocalDate submittedOn,
            @NotNull @Schema(example = "000:1507") String sourceRef) {

        @Schema(name = "DutyStatus")
        public enum Status { DUE, OVERDUE, MET, LATE, NO_DEADLINE }
    }
}
