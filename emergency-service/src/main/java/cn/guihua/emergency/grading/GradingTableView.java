package cn.guihua.emergency.grading;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GradingTable", description = "A grading standard: metrics and criteria per level, with source lines")
public record GradingTableView(
        @NotNull @Schema(example = "HY_DRUG_SAFETY") String code,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull @Schema(example = "药品安全事件分级标准") String name,
        @NotNull @Schema(example = "药品安全事件") String eventType,
        UUID planId,
        List<Metric> metrics,
        List<Criterion> criteria,
        @NotNull @Schema(example = "000:3162-3211") String sourceRef,
        @NotNull @Schema(example = "2022-11-25") LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    @Schema(name = "GradingMetric")
    public record Metric(
            @NotBlank @Size(max = 100) @Schema(example = "similarAdverseEventCases") String name,
            @NotBlank @Size(max = 500) @Schema(example = "临床表现相似的、罕见或非预期的不良事件人数") String description) {
    }

    @Schema(name = "GradingCriterion")
    public record Criterion(
            @NotNull @Min(1) @Max(4) @Schema(description = "1 = 特别重大 … 4 = 一般", example = "2") Integer level,
            @NotBlank @Size(max = 50) @Schema(example = "II-1a") String code,
            @NotBlank @Size(max = 1000) @Schema(description = "The criterion as the source words it") String text,
            @NotEmpty List<@NotNull @Valid Condition> conditions,
            @NotBlank @Size(max = 100) @Schema(example = "000:3181") String sourceRef) {
    }
}
