package cn.guihua.plan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.plan.plan.BaselineSource;
import cn.guihua.plan.plan.Comparator;
import cn.guihua.plan.plan.Direction;
import cn.guihua.plan.plan.Nature;
import cn.guihua.plan.plan.PlanArea;
import cn.guihua.plan.plan.PlanTarget;
import cn.guihua.plan.plan.TargetScope;
import cn.guihua.plan.plan.ToleranceSource;
import cn.guihua.plan.plan.Verdicts;

/** The target contract read by indicator-service (docs/plan-service.md). */
@Schema(name = "Target", description = "A target of the current revision of a published plan")
public record TargetView(
        @NotNull Long id,
        @NotNull @Schema(example = "370104-children-2021") String planCode,
        @NotNull @Schema(example = "济南市槐荫区“十四五”儿童发展规划") String planTitle,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull @Schema(example = "儿童与健康") String areaName,
        @Schema(description = "Null for a target stated in a measure") Long goalId,
        @Schema(description = "Null for a target stated in a measure", example = "1") Integer goalSequence,
        @NotNull @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
        @NotNull Comparator comparator,
        @Schema(description = "Null for DIRECTION and SLOWER_RISE, for a relative target, and for a value to be set "
                + "that a planner has not entered yet", example = "3") BigDecimal value,
        BigDecimal valueHigh,
        @Schema(description = "On EQUAL and RANGE: the side that is better (overshoot in it is no miss); null on EQUAL: "
                + "a two-sided band") Direction direction,
        @Schema(example = "‰") String unit,
        @Schema(example = "2025") int targetYear,
        @Schema(description = "The base value: printed (DOCUMENT) or entered (PLANNER); null for a MONITORED base, "
                + "whose value is the approved monitoring value of baselineYear") BigDecimal baselineValue,
        @Schema(description = "The base year; null when none, or when it is still to be set (TO_BE_SET)") Integer baselineYear,
        Comparator baselineComparator,
        @Schema(description = "Where the base comes from; null when the target has none") BaselineSource baselineSource,
        @Schema(description = "Seed line of the base year or value", example = "000:721") String baselineSourceRef,
        @Schema(description = "The day the base value was the state") LocalDate baselineAsOf,
        @Schema(description = "Where the base comes from, in words") String baselineNote,
        @Schema(description = "The document names no base year: a planner sets it") boolean baseYearToBeSet,
        @Schema(example = "2020") Integer suggestedBaseYear,
        @Schema(description = "Absolute, in the target's unit (percentage points of the decrease for DECREASE_PERCENT); "
                + "null = 0", example = "1") BigDecimal tolerance,
        ToleranceSource toleranceSource,
        @Schema(description = "The row of the phrasing table that decided comparator, direction and tolerance",
                example = "保持在X%左右") String phrasing,
        @Schema(description = "The level is set by a higher level (市下达, 市定标准); a planner enters it") boolean valueToBeSet,
        @Schema(example = "济南市（市下达）") String valueSetBy,
        @Schema(description = "The target waits for a planner: its value or its base year is still to be set "
                + "(AWAITING_VALUE)") boolean awaitingValue,
        @Schema(description = "An intermediate step before the plan's end, judged in its own targetYear") boolean milestone,
        @Schema(description = "The deadline the document prints", example = "2022-12-31") LocalDate milestoneDate,
        @Schema(description = "A relative target: the level is this indicator's value, same jurisdiction and year")
        String referenceIndicatorCode,
        @Schema(description = "DIRECTION only: an unchanged value meets it (只减不增)") Boolean unchangedMeets,
        Nature nature,
        @NotNull TargetScope scope,
        String sourcePhrase,
        @Schema(example = "000:663") String sourceRef,
        @Schema(description = "Of the target's planner data: send it with a change", example = "0") long version) {

    public static TargetView of(PlanTarget t) {
        PlanArea area = t.area();
        return new TargetView(t.id, t.plan.code, t.plan.title, t.plan.jurisdiction, area.name,
                t.goal == null ? null : t.goal.id, t.goal == null ? null : t.goal.sequence, t.indicatorCode, t.comparator,
                t.value, t.valueHigh, t.direction, t.unit, t.targetYear, t.baselineValue, t.baselineYear,
                t.baselineComparator, t.baselineSource, t.baselineSourceRef, t.baselineAsOf, t.baselineNote,
                t.baseYearToBeSet, t.suggestedBaseYear, t.tolerance, t.toleranceSource, t.phrasing, t.valueToBeSet,
                t.valueSetBy, Verdicts.awaiting(t), t.milestone, t.milestoneDate, t.referenceIndicatorCode,
                t.unchangedMeets, t.nature, t.scope, t.sourcePhrase, t.sourceRef, t.version);
    }
}
