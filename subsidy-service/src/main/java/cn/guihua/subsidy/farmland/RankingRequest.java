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
        @NotNull @Schema(description = "How many villages to select", example = "3") Integer villages,
        @Schema(description = "The day the selection is made, in the selection year; its rules are those in force then. Today when "
                + "absent", example = "2024-03-10") java.time.LocalDate selectedOn,
        @Schema(description = "The day the result is posted for public notice (000:1745); the selection day when absent",
                example = "2024-03-11") java.time.LocalDate noticePostedOn) {

    public RankingRequest(String district, Integer year, Integer streets, Integer villages) {
        this(district, year, streets, villages, null, null);
    }
}
