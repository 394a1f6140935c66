package cn.guihua.subsidy.expropriation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The order in which owners choose placement houses (001:175) and, for owners taking several units, the "
        + "mix of floors above and below the middle floor (001:177)")
public record SelectionRequest(
        @Schema(description = "Rules as of this date; today when absent", example = "2024-06-01") java.time.LocalDate asOf,
        @NotNull Order order,
        @NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid Owner> owners,
        @Min(1) @Max(200) @Schema(description = "Floor mix: the placement building's floors", example = "18") Integer floors,
        @Size(max = 20) @Schema(description = "Floor mix: the floors of the units one owner chose") List<@NotNull @Min(1) @Max(200) Integer> chosenFloors) {

    public enum Order {
        SIGNING_SEQUENCE, KEY_HANDOVER_SEQUENCE, AREA_LOTTERY
    }

    @Schema(name = "ExpropriationOwner", description = "An owner with the numbers the order goes by")
    public record Owner(@NotNull @Size(min = 1, max = 60) @Schema(example = "H1") String id,
            @Min(1) @Max(1000000) Integer signingNo, @Min(1) @Max(1000000) Integer keyHandoverNo, @Min(1) @Max(1000000) Integer lotteryNo) {
    }
}
