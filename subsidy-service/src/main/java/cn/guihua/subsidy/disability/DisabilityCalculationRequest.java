package cn.guihua.subsidy.disability;

import java.time.YearMonth;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "A month's subsidy for a person on record (personId) or for the facts given")
public record DisabilityCalculationRequest(
        @NotNull DisabilitySubsidy subsidy,
        @NotNull @Pattern(regexp = "^\\d{6}$", message = "{subsidy.district.code}")
        @Schema(description = "The district whose standard applies", example = "370104") String jurisdiction,
        @NotNull @Schema(example = "2024-05") YearMonth month,
        UUID personId,
        @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(example = "370104001") String residence,
        DisabilityCategory category,
        @Min(1) @Max(4) Integer grade,
        Boolean lowIncome) {
}
