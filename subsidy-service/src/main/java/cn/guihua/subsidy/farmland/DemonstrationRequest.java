package cn.guihua.subsidy.farmland;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rewarded street's demonstration duties (000:1749): how many demonstration villages it built in a year, and "
        + "a demonstration unit's reverification")
public record DemonstrationRequest(
        @Min(2022) @Max(2100) @Schema(description = "The year of the duty", example = "2024") Integer year,
        @Pattern(regexp = "^\\d{9}$", message = "{subsidy.street.code}") @Schema(description = "The street", example = "370104001") String street,
        @Pattern(regexp = "^\\d{12}$", message = "{subsidy.village.code}") @Schema(description = "The village reverified", example = "370104001001") String village,
        @Min(2022) @Max(2100) @Schema(description = "The year the street was rewarded (by the province, city or district)", example = "2023") Integer incentivisedIn,
        @Min(0) @Max(100) @Schema(description = "Demonstration villages built in `year`", example = "0") Integer demonstrationVillagesBuilt,
        @Min(2022) @Max(2100) @Schema(description = "The reverification's year", example = "2025") Integer reverificationYear,
        @Schema(description = "The reverification passed") Boolean passed) {
}
