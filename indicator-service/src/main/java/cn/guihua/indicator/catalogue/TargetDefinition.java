package cn.guihua.indicator.catalogue;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One target of a published plan, as plan-service's {@code GET /api/v1/targets} serves it. */
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
        Comparator comparator,
        @Schema(example = "3") BigDecimal value,
        BigDecimal valueHigh,
        Direction direction,
        @Schema(example = "‰") String unit,
        @Schema(example = "2025") Integer targetYear,
        BigDecimal baselineValue,
        Integer baselineYear,
        Comparator baselineComparator,
        Nature nature,
        Scope scope,
        @Schema(example = "新生儿、婴儿和5岁以下儿童死亡率分别控制在3‰、3‰和3.5‰以下") String sourcePhrase,
        @Schema(example = "000:663") String sourceRef) {

    /**
     * AT_MOST ≤ (控制在…以下/以内), BELOW &lt;, AT_LEAST ≥ (达到…以上), ABOVE &gt;, EQUAL = (达到/保持 X), RANGE
     * value..valueHigh, DECREASE_PERCENT down value % against the baseline year, CHANGE_PP_PER_YEAR value
     * percentage points a year (negative = decrease), DIRECTION only a direction, FULL_COVERAGE 100 %.
     */
    public enum Comparator {
        AT_MOST, BELOW, AT_LEAST, ABOVE, EQUAL, RANGE, DECREASE_PERCENT, CHANGE_PP_PER_YEAR, DIRECTION, FULL_COVERAGE
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
