package cn.guihua.subsidy.farmland;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Replaces an assessment's inputs; send the version you read")
public record AssessmentUpdate(@NotNull @Valid FarmlandInputs inputs, @NotNull @Schema(example = "0") Integer version) {
}
