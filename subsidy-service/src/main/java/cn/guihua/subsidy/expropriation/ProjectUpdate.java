package cn.guihua.subsidy.expropriation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Replaces a project's facts as events happen; send the version you read")
public record ProjectUpdate(@NotNull @Valid ProjectFacts facts, @NotNull @Schema(example = "0") Integer version) {
}
