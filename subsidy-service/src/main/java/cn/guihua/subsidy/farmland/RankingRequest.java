package cn.guihua.subsidy.farmland;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Select a year's district incentive streets and villages: 1-2 streets and 3-6 villages (000:1745)")
public record RankingRequest(
        @NotNull @Pattern(regexp = "^\\d{6}$", message = "{subsidy.district.code}") @Schema(example = "370104") String district,
        @NotNull @Min(2022) @Max(2100) @Schema(example = "2024") Integer year,
        @NotNull @Schema(description = "How many streets to select", example = "1") Integer streets,
        @NotNull @Schema(description = "How many villages to select", example = "3") Integer villages) {
}
