package cn.guihua.indicator.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One target of a published plan, as plan-service's {@code GET /api/v1/targets} serves it. A value of an enum this
 * version does not know (a comparator plan-service added later) reads as null: that target is not evaluable, and
 * the rest of the catalogue still loads.
 */
@Schema(name = "CatalogueTarget", description = "A plan target as plan-service's catalogue defines it")
public record TargetDefinition(
        @Schema(example = "101") Long id,
        @Schema(example = "370104-children-2021") String planCode,
        @Schema(example = "济南市槐荫区“十四五”儿童发展规划") String planTitle,
        @Schema(example = "370104") String jurisdiction,
        @Schema(example = "儿童与健康") String areaName,
        Long goalId,
        @Schema(example = "3") Integer goalSequence,
        @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Comparator comparator,
        @Schema(example = "3") BigDecimal value,
        BigDecimal valueHigh,
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Direction direction,
        @Schema(example = "‰") String unit,
        @Schema(example = "2025") Integer targetYear,
        BigDecimal baselineValue,
        Integer baselineYear,
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Comparator baselineComparator,
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Nature nature,
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Scope scope,
        @Schema(example = "新生儿、婴儿和5岁以下儿童死亡率分别控制在3‰、3‰和3.5‰以下") String sourcePhrase,
        @Schema(example = "000:663") String sourceRef,
        @Schema(description = "Absolute, in the target's unit (percentage points of the decrease for DECREASE_PERCENT); "
                + "null = 0", example = "1") BigDecimal tolerance,
        @Schema(description = "PHRASING_DEFAULT or PLANNER") String toleranceSource,
        @Schema(description = "The row of the phrasing table that decided comparator, direction and tolerance",
                example = "保持在X%左右") String phrasing,
        @Schema(description = "Where the base comes from") @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) BaselineSource baselineSource,
        @Schema(example = "000:721") String baselineSourceRef,
        @Schema(description = "The document names no base year: a planner sets it") boolean baseYearToBeSet,
        @Schema(example = "2020") Integer suggestedBaseYear,
        @Schema(description = "The level is set by a higher level (市下达, 市定标准)") boolean valueToBeSet,
        @Schema(example = "济南市（市下达）") String valueSetBy,
        @Schema(description = "plan-service's word that the target waits for a planner (value or base year to be set)")
        Boolean awaitingValue,
        @Schema(description = "An intermediate step before the plan's end, judged in its own targetYear") boolean milestone,
        @Schema(example = "2022-12-31") LocalDate milestoneDate,
        @Schema(description = "A relative target: the level is this indicator's value, same jurisdiction and year")
        String referenceIndicatorCode,
        @Schema(description = "DIRECTION only: an unchanged value meets it (只减不增)") Boolean unchangedMeets) {

    /** The target without the fields of issue 12 (tolerance, base source, value to be set, milestone, …). */
    public static TargetDefinition basic(Long id, String planCode, String planTitle, String jurisdiction, String areaName,
            Long goalId, Integer goalSequence, String indicatorCode, Comparator comparator, BigDecimal value,
            BigDecimal valueHigh, Direction direction, String unit, Integer targetYear, BigDecimal baselineValue,
            Integer baselineYear, Comparator baselineComparator, Nature nature, Scope scope, String sourcePhrase,
            String sourceRef) {
        return new TargetDefinition(id, planCode, planTitle, jurisdiction, areaName, goalId, goalSequence, indicatorCode,
                comparator, value, valueHigh, direction, unit, targetYear, baselineValue, baselineYear, baselineComparator,
                nature, scope, sourcePhrase, sourceRef, null, null, null,
                baselineYear == null ? null : baselineValue == null ? BaselineSource.MONITORED : BaselineSource.DOCUMENT,
                null, false, null, false, null, null, false, null, null, null);
    }

    /**
     * Whether the target waits for a planner: a value a higher level sets and not entered yet, or a base year still to
     * be set. plan-service says so ({@code awaitingValue}); a copy stored before it did is judged from the fields.
     */
    public boolean awaiting() {
        if (awaitingValue != null) {
            return awaitingValue;
        }
        return valueToBeSet && value == null || baselineSource == BaselineSource.TO_BE_SET
                || baseYearToBeSet && baselineYear == null;
    }

    /**
     * AT_MOST ≤ (控制在…以下/以内), BELOW &lt;, AT_LEAST ≥ (达到…以上), ABOVE &gt;, EQUAL = (达到/保持 X), RANGE
     * value..valueHigh, DECREASE_PERCENT down value % against the baseline year, CHANGE_PP_PER_YEAR value
     * percentage points a year (negative = decrease), DIRECTION only a direction, FULL_COVERAGE 100 %, SLOWER_RISE the
     * rise slows (上升趋势减缓). How each is judged: docs/indicator-service.md, the phrasing table.
     */
    public enum Comparator {
        AT_MOST, BELOW, AT_LEAST, ABOVE, EQUAL, RANGE, DECREASE_PERCENT, CHANGE_PP_PER_YEAR, DIRECTION, FULL_COVERAGE,
        SLOWER_RISE
    }

    /** Printed in the plan, the monitored value of the base year, entered by a planner, or a base year still to be set. */
    public enum BaselineSource {
        DOCUMENT, MONITORED, PLANNER, TO_BE_SET
    }

    public enum Direction {
        INCREASE, DECREASE
    }

    /** 约束性 / 预期性. */
    public enum Nature {
        BINDING, EXPECTED
    }

    public enum Scope {
        JURISDICTION, EACH_STREET
    }
}
