package cn.guihua.plan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole plan as one JSON document: the format of {@code POST /api/v1/plans/import}, of the draft edits and of
 * the reference files {@code reference/plans/<code>.json}. {@link PlanDocumentChecker} validates it.
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
        List<Area> areas) {

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
            @Schema(example = "000:663") String sourceRef) {
    }

    @Schema(name = "PlanDocumentBaseline", description = "Only where the document gives one; \">95 in 2020\" is {95, 2020, ABOVE}")
    public record Baseline(
            @Schema(example = "100") BigDecimal value,
            @NotNull @Schema(example = "2020") Integer year,
            @Schema(description = "EQUAL when absent") Comparator comparator) {
    }
}
