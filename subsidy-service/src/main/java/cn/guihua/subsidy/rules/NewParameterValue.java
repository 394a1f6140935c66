package cn.guihua.subsidy.rules;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "Sets a parameter for a jurisdiction from a date on")
public record NewParameterValue(
        @NotNull ParameterName name,
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(example = "370104") String jurisdiction,
        @NotNull @Schema(example = "2024-01-01") LocalDate validFrom,
        @NotBlank @Size(max = 40) @Schema(description = "Yuan for amounts (at most 2 decimals), true/false for switches", example = "100") String value,
        @Size(max = 500) @Schema(example = "区民政局 2024 年标准") String note) {
}
