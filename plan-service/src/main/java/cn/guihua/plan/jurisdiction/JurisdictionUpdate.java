package cn.guihua.plan.jurisdiction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new name, with the version read last")
public record JurisdictionUpdate(
        @NotBlank @Size(max = 100) @Schema(example = "振兴街街道") String name,
        @NotNull @Schema(example = "0") Long version) {
}
