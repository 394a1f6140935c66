package cn.guihua.subsidy.expropriation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "An expropriation project of 兰山区")
public record NewProject(
        @NotBlank @Size(max = 200) @Schema(example = "兰山区某片区旧城改造项目") String name,
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(example = "371302") String jurisdiction,
        @NotNull @Valid ProjectFacts facts) {
}
