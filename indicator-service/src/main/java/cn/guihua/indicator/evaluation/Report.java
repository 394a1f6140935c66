package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Annual monitoring report, or mid-term or final evaluation report, of one plan")
public record Report(
        @NotNull @Schema(example = "370104-children-2021") String planCode,
        String planTitle,
        @NotNull Kind kind,
        @Schema(example = "2023") int year,
        boolean includePending,
        @NotNull OffsetDateTime generatedAt,
        @NotNull OffsetDateTime catalogueFetchedAt,
        @Schema(description = "Targets per status") Map<TargetStatus, Integer> counts,
        @Schema(description = "Targets per status in each area (领域)") List<AreaCounts> areas,
        @Schema(description = "The lagging indicators: targets at risk or off track") List<TargetEvaluation> lagging,
        @Schema(description = "Threshold of the large-change check, null when not configured") BigDecimal changeThresholdPercent,
        List<LargeChange> largeChanges,
        List<TargetEvaluation> targets) {

    /** 年度监测, 中期评估, 终期评估. */
    public enum Kind {
        ANNUAL, MID_TERM, FINAL
    }

    @Schema(name = "AreaCounts")
    public record AreaCounts(@NotNull @Schema(description = "Empty for targets without an area", example = "儿童与健康") String areaName, Map<TargetStatus, Integer> counts) {
    }
}
