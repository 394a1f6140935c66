package cn.guihua.subsidy.disability;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "Changed facts of a certificate holder; send the version you read")
public record PersonUpdate(
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") String residence,
        @NotNull DisabilityCategory category,
        @NotNull @Min(1) @Max(4) Integer grade,
        @NotNull Boolean lowIncome,
        @NotNull @Schema(example = "0") Integer version) {
}
