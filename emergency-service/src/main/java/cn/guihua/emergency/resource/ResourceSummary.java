package cn.guihua.emergency.resource;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResourceSummary", description = "How many rows each registry holds for a jurisdiction (and below it)")
public record ResourceSummary(
        @Schema(description = "The jurisdiction asked for; null: every jurisdiction", example = "370303") String jurisdiction,
        @Schema(example = "11") long depots,
        @Schema(description = "消防救援站 and 森林消防中队", example = "7") long fireStations,
        @Schema(example = "6") long fireRescueStations,
        @Schema(example = "1") long forestFireTeams,
        @Schema(description = "Vehicle rows of the stations", example = "15") long fireVehicleRows,
        @Schema(description = "Vehicles (sum of the quantities)", example = "16") long fireVehicles,
        @Schema(example = "7") long shelters,
        @Schema(description = "Shelters per class I-IV") Map<String, Long> sheltersByClass,
        @Schema(description = "Persons the shelters with good coordinates hold") long shelterCapacity,
        @Schema(example = "17") long medicalUnits,
        @Schema(description = "Rows with a coordinate problem", example = "2") long coordinateProblems) {
}
