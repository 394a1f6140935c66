package cn.guihua.plan.plan;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanProgress", description = "Every target of a plan revision with its progress")
public record PlanProgressView(
        @NotNull @Schema(example = "370104-children-2021") String code,
        @Schema(example = "1") int revision,
        @NotNull @Schema(example = "370104") String jurisdiction,
        List<Item> targets) {

    @Schema(name = "PlanProgressItem")
    public record Item(@Schema(example = "1") int areaSequence, @NotNull @Schema(example = "儿童与健康") String areaName,
            @Schema(description = "Null for a target stated in a measure") Integer goalSequence,
            @Schema(description = "Null for a target stated in a goal") Integer measureSequence,
            @NotNull PlanView.TargetDetail target) {
    }
}
