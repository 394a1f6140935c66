package cn.guihua.plan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A whole plan as one JSON document: the format of {@code POST /api/v1/plans/import}, of the draft edits and of
 * the reference files {@code reference/plans/<code>.json}. {@link PlanDocumentChecker} validates it.
 * <p>
 * The fields added by issue 12 (a target's tolerance, phrasing, base source, value to be set, milestone, …; a plan's
 * evaluations) are left out of the JSON when absent, so that a document without them reads, exports and hashes as
 * before (the content hash of an unchanged document stays the same).
 */
@Schema(name = "PlanDocument", description = "A whole plan: metadata, areas, goals, targets and measures")
public record PlanDocument(
        @NotNull @Schema(description = "{jurisdiction}-{kind lower-case, '-' for '_'}-{periodStart}", example = "370104-children-2021") String code,
        @NotNull @Schema(example = "济南市槐荫区“十四五”儿童发展规划") String title,
        @NotNull PlanKind kind,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @Schema(description = "文号", example = "济槐政发〔2022〕4号") String documentNumber,
        @Schema(example = "济南市槐荫区人民政府") String issuer,
        @Schema(example = "2022-11-22") LocalDate issueDate,
        @NotNull @Schema(example = "2021") Integer periodStart,
        @NotNull @Schema(example = "2025") Integer periodEnd,
        @Schema(description = "DRAFT when absent") PlanStatus status,
        @Schema(example = "区妇儿工委办公室") String interpretingBody,
        @Schema(description = "FFF:LINE of the seed line", example = "000:607") String sourceRef,
        List<Area> areas,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "The evaluations of the plan's execution the document schedules (中期评估, 终期考核)")
        List<Evaluation> evaluations) {

    @Schema(name = "PlanDocumentEvaluation")
    public record Evaluation(
            @NotNull EvaluationKind kind,
            @NotNull @Schema(example = "2023-12-31") LocalDate dueDate,
            @Schema(example = "003:245") String sourceRef) {
    }

    @Schema(name = "PlanDocumentArea")
    public record Area(
            @NotNull @Schema(example = "1") Integer sequence,
            @NotNull @Schema(example = "儿童与健康") String name,
            @Schema(example = "000:640") String sourceRef,
            List<Goal> goals,
            List<Measure> measures) {
    }

    @Schema(name = "PlanDocumentGoal")
    public record Goal(
            @NotNull @Schema(example = "1") Integer sequence,
            @NotNull @Schema(description = "Verbatim, without its numbering") String text,
            @NotNull GoalClassification classification,
            @Schema(description = "牵头单位") List<String> leadUnits,
            @Schema(description = "责任单位") List<String> responsibleUnits,
            @Schema(example = "000:663") String sourceRef,
            List<Target> targets) {
    }

    @Schema(name = "PlanDocumentMeasure")
    public record Measure(
            @NotNull @Schema(example = "1") Integer sequence,
            @NotNull String text,
            @Schema(description = "责任单位") List<String> responsibleUnits,
            @Schema(example = "000:700") String sourceRef,
            List<Target> targets) {
    }

    @Schema(name = "PlanDocumentTarget")
    public record Target(
            @NotNull @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
            @NotNull Comparator comparator,
            @Schema(example = "3") BigDecimal value,
            BigDecimal valueHigh,
            Direction direction,
            @Schema(example = "‰") String unit,
            @Schema(description = "The plan's periodEnd when the text states none", example = "2025") Integer targetYear,
            Baseline baseline,
            Nature nature,
            @Schema(description = "JURISDICTION when absent") TargetScope scope,
            @Schema(example = "新生儿、婴儿和5岁以下儿童死亡率分别控制在3‰、3‰和3.5‰以下") String sourcePhrase,
            @Schema(example = "000:663") String sourceRef,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Absolute, in the target's unit (percentage points of the decrease for DECREASE_PERCENT); "
                    + "the phrasing's default when absent, none (0) for an exact phrasing", example = "1") BigDecimal tolerance,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "PHRASING_DEFAULT when the tolerance is the phrasing's default, else PLANNER") ToleranceSource toleranceSource,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The row of the phrasing table (docs/indicator-service.md) that decided comparator, "
                    + "direction and tolerance", example = "保持在X%左右") String phrasing,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The level is set by a higher level (市下达, 市定标准): value null until a planner enters it "
                    + "(PUT /api/v1/targets/{id}/value); the target is AWAITING_VALUE until then") Boolean valueToBeSet,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Who sets the value, as the document says", example = "济南市（市下达）") String valueSetBy,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "DECREASE_PERCENT whose base year the document does not give: a planner sets it "
                    + "(PUT /api/v1/targets/{id}/baseline); AWAITING_VALUE until then") Boolean baseYearToBeSet,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "2020") Integer suggestedBaseYear,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "An intermediate step before the plan's end, judged in its own targetYear") Boolean milestone,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The deadline the document prints, in the target year", example = "2022-12-31") LocalDate milestoneDate,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "A relative target: the level is this indicator's value, same jurisdiction and year "
                    + "(value null)", example = "FEMALE_SHARE_PARTY_MEMBERS") String referenceIndicatorCode,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "DIRECTION only: an unchanged value meets it (只减不增)") Boolean unchangedMeets) {
    }

    @Schema(name = "PlanDocumentBaseline", description = "The base of a target: printed in the document (\">95 in 2020\" "
            + "is {95, 2020, ABOVE}, source DOCUMENT), a base year whose value the monitoring gives (value null, source "
            + "MONITORED), a value a planner entered (PLANNER) or a base year still to be set (year null, TO_BE_SET). "
            + "A year-only baseline is kept as it is by revisions and exports.")
    public record Baseline(
            @Schema(example = "100") BigDecimal value,
            @Schema(description = "Null only when source is TO_BE_SET", example = "2020") Integer year,
            @Schema(description = "EQUAL when absent") Comparator comparator,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "DOCUMENT when a value is given, MONITORED when only a year, TO_BE_SET when neither") BaselineSource source,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "FFF:LINE of the seed line of the base year or value", example = "000:721") String sourceRef,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The day the base value was the state (「在…的基础上」)", example = "2022-04-08") LocalDate asOf,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Where the base comes from, in words (a planner's source of an entered value)") String note) {
    }
}
