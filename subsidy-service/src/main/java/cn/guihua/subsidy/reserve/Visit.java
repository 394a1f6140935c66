package cn.guihua.subsidy.reserve;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A leader's visit to the enterprise (调研走访)")
public record Visit(@NotNull @Schema(example = "2024-03-15") LocalDate visitedOn) {
}
