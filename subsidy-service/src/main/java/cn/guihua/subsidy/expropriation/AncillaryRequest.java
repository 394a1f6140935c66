package cn.guihua.subsidy.expropriation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "配房、储藏室、车库 of an expropriated house (001:286), and the placement building's parking and storage "
        + "(001:288)")
public record AncillaryRequest(
        @Schema(description = "Rules as of this date; today when absent", example = "2024-06-01") LocalDate asOf,
        Kind kind,
        @DecimalMin("0") @Schema(example = "10") BigDecimal area,
        @DecimalMin("0") @Schema(description = "The valuer's price per m²", example = "2000") BigDecimal assessedPrice,
        @DecimalMin("0") @Schema(description = "The main house's compensation price per m²", example = "6000") BigDecimal mainHousePrice,
        Option option,
        @Schema(description = "The owner wants a parking space or storage room of the placement building") Boolean wantsParkingSpace) {

    public enum Kind {
        AUXILIARY_ROOM, STORAGE_ROOM, GARAGE
    }

    public enum Option {
        CASH, REBUILD_AS_MAIN
    }
}
