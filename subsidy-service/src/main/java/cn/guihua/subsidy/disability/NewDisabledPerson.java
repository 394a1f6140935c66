package cn.guihua.subsidy.disability;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "A disability certificate holder: the facts eligibility is decided from")
public record NewDisabledPerson(
        @NotNull @Pattern(regexp = "^\\d{17}[0-9X]$", message = "{subsidy.resident-id.format}")
        @Schema(example = "37010419800101001X") String idNumber,
        @NotBlank @Size(max = 50) @Schema(example = "张三") String name,
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(description = "户籍所在地代码", example = "370104001") String residence,
        @NotNull DisabilityCategory category,
        @NotNull @Min(1) @Max(4) @Schema(description = "残疾等级 1-4", example = "1") Integer grade,
        @NotNull @Schema(description = "在低保范围内") Boolean lowIncome) {
}
