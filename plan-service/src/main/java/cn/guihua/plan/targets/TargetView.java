package cn.guihua.plan.targets;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.plan.plan.Comparator;
import cn.guihua.plan.plan.Direction;
import cn.guihua.plan.plan.Nature;
import cn.guihua.plan.plan.PlanArea;
import cn.guihua.plan.plan.PlanTarget;
import cn.guihua.plan.plan.TargetScope;

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
        @Schema(description = "Null for DIRECTION", example = "3") BigDecimal value,
        BigDecimal valueHigh,
        Direction direction,
        @Schema(example = "‰") String unit,
        @Schema(example = "2025") int targetYear,
        BigDecimal baselineValue,
        Integer baselineYear,
        Comparator baselineComparator,
        Nature nature,
        @NotNull TargetScope scope,
        String sourcePhrase,
        @Schema(example = "000:663") String sourceRef) {

    public static TargetView of(PlanTarget t) {
        PlanArea area = t.area();
        return new TargetView(t.id, t.plan.code, t.plan.title, t.plan.jurisdiction, area.name,
                t.goal == null ? null : t.goal.id, t.goal == null ? null : t.goal.sequence, t.indicatorCode, t.comparator,
                t.value, t.valueHigh, t.direction, t.unit, t.targetYear, t.baselineValue, t.baselineYear,
                t.baselineComparator, t.nature, t.scope, t.sourcePhrase, t.sourceRef);
    }
}
