package cn.guihua.subsidy.reserve;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Moves an enterprise between tiers and stages; send the version you read")
public record ReserveUpdate(@NotNull ReserveTier tier, @NotNull ReserveStage stage, @NotNull @Schema(example = "0") Integer version) {
}
