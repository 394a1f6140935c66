package cn.guihua.plan.plan;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(description = "The whole new content of a draft revision, with the version read last")
public record DraftEdit(
        @NotNull @Schema(example = "0") Long version,
        @NotNull @Schema(implementation = PlanDocument.class, required = true) JsonNode plan) {
}
