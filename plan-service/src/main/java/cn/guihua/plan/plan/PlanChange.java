package cn.guihua.plan.plan;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The version of the revision you read last (optimistic concurrency)")
public record PlanChange(@NotNull @Schema(example = "0") Long version) {
}
