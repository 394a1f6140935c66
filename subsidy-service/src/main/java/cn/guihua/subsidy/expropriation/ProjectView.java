package cn.guihua.subsidy.expropriation;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An expropriation project")
public record ProjectView(@NotNull UUID id, @NotNull String name, @NotNull @Schema(example = "371302") String jurisdiction,
        @NotNull ProjectFacts facts, int version) {
}
