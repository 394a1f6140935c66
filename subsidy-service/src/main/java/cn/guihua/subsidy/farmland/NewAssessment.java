package cn.guihua.subsidy.farmland;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A street (9-digit code) or village (12-digit code) put forward for a year's farmland incentive")
public record NewAssessment(
        @NotNull @Min(2022) @Max(2100) @Schema(description = "Selection year; figures are those of the year before", example = "2024") Integer year,
        @NotNull @Pattern(regexp = "^\\d{9}(\\d{3})?$", message = "{subsidy.street-or-village.code}")
        @Schema(example = "370104001") String jurisdiction,
        @NotBlank @Size(max = 100) @Schema(example = "吴家堡街道") String name,
        @Valid FarmlandInputs inputs) {
}
