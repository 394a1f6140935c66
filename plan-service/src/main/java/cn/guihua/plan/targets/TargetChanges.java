package cn.guihua.plan.targets;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.plan.plan.TargetChange;
import cn.guihua.platform.json.Limits;

/** The bodies of the planner's changes to a target, and one entry of its history. */
public final class TargetChanges {

    private TargetChanges() {
    }

    @Schema(name = "ToleranceChange", description = "A target's tolerance, set by a planner")
    public record Tolerance(
            @NotNull @Schema(description = "The target's version read last", example = "0") Long version,
            @DecimalMin("0") @Schema(description = "Absolute, in the target's unit (percentage points of the decrease for "
                    + "DECREASE_PERCENT); null: back to the phrasing's default", example = "2") BigDecimal tolerance,
            @NotBlank @Size(max = 2000) @Schema(description = "Why (recorded in the history and the audit)",
                    example = "区妇儿工委2023年第1次会议确定按±2个百分点掌握") String reason) {
    }

    @Schema(name = "ValueChange", description = "The level a higher level set, entered by a planner")
    public record Value(
            @NotNull @Schema(example = "0") Long version,
            @NotNull @Schema(example = "18") BigDecimal value,
            @Schema(description = "RANGE only") BigDecimal valueHigh,
            @NotBlank @Size(max = 2000) @Schema(description = "The document that set it (recorded in the history and the audit)",
                    example = "济南市生态环境局 济环字〔2023〕12号：槐荫区单位地区生产总值二氧化碳排放降低18%") String reason) {
    }

    @Schema(name = "BaselineChange", description = "A target's base year, and optionally its value, set by a planner")
    public record Baseline(
            @NotNull @Schema(example = "0") Long version,
            @NotNull @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) @Schema(example = "2020") Integer year,
            @Schema(description = "The base value; absent: the approved monitoring value of the year (MONITORED)",
                    example = "3.1") BigDecimal value,
            @Size(max = 2000) @Schema(description = "Where the value comes from; required with a value",
                    example = "《2020年槐荫区国民经济和社会发展统计公报》") String note,
            @NotBlank @Size(max = 2000) @Schema(description = "Why (recorded in the history and the audit)",
                    example = "按“十四五”规划基期确定基数年份") String reason) {
    }

    @Schema(name = "TargetChange", description = "One change of a target's planner data")
    public record View(
            @NotNull Long id,
            @NotNull Long targetId,
            @NotNull @Schema(example = "370104-pollution-control-2022") String planCode,
            @Schema(example = "1") int revision,
            @NotNull TargetChange.Field field,
            @NotNull @Schema(description = "The fields before the change") JsonNode before,
            @NotNull @Schema(description = "The fields after the change") JsonNode after,
            @NotNull String reason,
            @NotNull @Schema(example = "planner-370104") String actor,
            @NotNull OffsetDateTime changedAt) {
    }
}
