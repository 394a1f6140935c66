package cn.guihua.plan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.plan.progress.TargetProgress;

@Schema(name = "Plan", description = "A plan revision with its areas, goals, targets (each with its progress) and measures")
public record PlanView(
        @NotNull @Schema(example = "370104-children-2021") String code,
        @Schema(example = "1") int revision,
        boolean current,
        @NotNull @Schema(example = "济南市槐荫区“十四五”儿童发展规划") String title,
        @NotNull PlanKind kind,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @Schema(example = "济槐政发〔2022〕4号") String documentNumber,
        @Schema(example = "济南市槐荫区人民政府") String issuer,
        LocalDate issueDate,
        @Schema(example = "2021") int periodStart,
        @Schema(example = "2025") int periodEnd,
        @NotNull PlanStatus status,
        @Schema(example = "区妇儿工委办公室") String interpretingBody,
        @Schema(example = "000:607") String sourceRef,
        @NotNull OffsetDateTime updatedAt,
        @Schema(example = "0") long version,
        List<AreaView> areas,
        @Schema(description = "The evaluations of the plan's execution the document schedules (中期评估, 终期考核)")
        List<EvaluationView> evaluations) {

    @Schema(name = "PlanEvaluation")
    public record EvaluationView(@NotNull EvaluationKind kind, @NotNull @Schema(example = "2023-12-31") LocalDate dueDate,
            @Schema(example = "003:245") String sourceRef) {
    }

    @Schema(name = "PlanArea")
    public record AreaView(@NotNull Long id, int sequence, @NotNull @Schema(example = "儿童与健康") String name, String sourceRef,
            List<GoalView> goals, List<MeasureView> measures) {
    }

    @Schema(name = "PlanGoal")
    public record GoalView(@NotNull Long id, int sequence, @NotNull String text, @NotNull GoalClassification classification,
            @Schema(description = "牵头单位") List<String> leadUnits,
            @Schema(description = "责任单位") List<String> responsibleUnits, String sourceRef, List<TargetDetail> targets) {
    }

    @Schema(name = "PlanMeasure")
    public record MeasureView(@NotNull Long id, int sequence, @NotNull String text,
            @Schema(description = "责任单位") List<String> responsibleUnits, String sourceRef, List<TargetDetail> targets) {
    }

    @Schema(name = "PlanTargetDetail", description = "A target as in /api/v1/targets, with its progress")
    public record TargetDetail(@NotNull Long id, @NotNull @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
            @NotNull Comparator comparator,
            @Schema(description = "Null for DIRECTION and SLOWER_RISE, a relative target, and a value still to be set",
                    example = "3") BigDecimal value, BigDecimal valueHigh, Direction direction,
            @Schema(example = "‰") String unit, @Schema(example = "2025") int targetYear,
            BigDecimal baselineValue, Integer baselineYear, Comparator baselineComparator, BaselineSource baselineSource,
            String baselineSourceRef, LocalDate baselineAsOf, String baselineNote, boolean baseYearToBeSet,
            Integer suggestedBaseYear, BigDecimal tolerance, ToleranceSource toleranceSource, String phrasing,
            boolean valueToBeSet, String valueSetBy, boolean awaitingValue, boolean milestone, LocalDate milestoneDate,
            String referenceIndicatorCode, Boolean unchangedMeets, Nature nature,
            @NotNull TargetScope scope, String sourcePhrase, @Schema(example = "000:663") String sourceRef,
            @Schema(example = "0") long version, @NotNull TargetProgress progress) {

        static TargetDetail of(PlanTarget t, Map<Long, TargetProgress> progress) {
            return new TargetDetail(t.id, t.indicatorCode, t.comparator, t.value, t.valueHigh, t.direction, t.unit,
                    t.targetYear, t.baselineValue, t.baselineYear, t.baselineComparator, t.baselineSource,
                    t.baselineSourceRef, t.baselineAsOf, t.baselineNote, t.baseYearToBeSet, t.suggestedBaseYear,
                    t.tolerance, t.toleranceSource, t.phrasing, t.valueToBeSet, t.valueSetBy, Verdicts.awaiting(t),
                    t.milestone, t.milestoneDate, t.referenceIndicatorCode, t.unchangedMeets, t.nature, t.scope,
                    t.sourcePhrase, t.sourceRef, t.version, progress.getOrDefault(t.id, TargetProgress.NONE));
        }
    }

    static PlanView of(Plan p, Map<Long, TargetProgress> progress) {
        List<AreaView> areas = new ArrayList<>();
        for (PlanArea a : p.areas) {
            areas.add(new AreaView(a.id, a.sequence, a.name, a.sourceRef,
                    a.goals.stream().map(g -> new GoalView(g.id, g.sequence, g.text, g.classification, g.leadUnits,
                            g.responsibleUnits, g.sourceRef, g.targets.stream().map(t -> TargetDetail.of(t, progress)).toList()))
                            .toList(),
                    a.measures.stream().map(m -> new MeasureView(m.id, m.sequence, m.text, m.responsibleUnits, m.sourceRef,
                            m.targets.stream().map(t -> TargetDetail.of(t, progress)).toList())).toList()));
        }
        return new PlanView(p.code, p.revision, p.current, p.title, p.kind, p.jurisdiction, p.documentNumber, p.issuer,
                p.issueDate, p.periodStart, p.periodEnd, p.status, p.interpretingBody, p.sourceRef, p.updatedAt, p.version,
                areas, p.evaluations.stream().map(e -> new EvaluationView(e.kind, e.dueDate, e.sourceRef)).toList());
    }

    /** Every target of the revision, in document order. */
    static List<PlanTarget> targetsOf(Plan p) {
        List<PlanTarget> all = new ArrayList<>();
        for (PlanArea a : p.areas) {
            a.goals.forEach(g -> all.addAll(g.targets));
            a.measures.forEach(m -> all.addAll(m.targets));
        }
        return all;
    }
}
