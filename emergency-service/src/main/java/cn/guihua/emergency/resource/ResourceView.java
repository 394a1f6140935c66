package cn.guihua.emergency.resource;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmergencyResource", description = "A depot, fire-rescue station, shelter or medical unit of a resource annex")
public record ResourceView(
        @NotNull @Schema(example = "ZD-SHELTER-005") String code,
        @NotNull ResourceType type,
        @NotNull @Schema(example = "370303") String jurisdiction,
        @NotNull @Schema(example = "ZD_OVERALL") String planCode,
        @Schema(description = "Row number in its annex", example = "5") int seq,
        @NotNull @Schema(example = "淄博中心广场") String name,
        @Schema(description = "Depot: 物资储备类型; station: 消防救援站 or 森林消防中队; shelter: 避难场所 or 疏散场地; medical unit: "
                + "HOSPITAL, MATERNAL_CHILD_HOSPITAL, TOWNSHIP_HEALTH_CENTRE, COMMUNITY_HEALTH_CENTRE, DISEASE_CONTROL or "
                + "HEALTH_SUPERVISION (derived from the name)", example = "避难场所") String kind,
        String address,
        String phone,
        @Schema(description = "Depot: the unit of the phone table; shelter: 管理单位") String managingBody,
        @Schema(description = "Depot area or shelter effective area, m²", example = "24000") BigDecimal areaM2,
        @Schema(description = "True where the annex says 约") boolean areaApproximate,
        @Schema(description = "Shelters: persons it holds", example = "24000") Integer capacityPersons,
        @Schema(description = "Shelters: class I-IV (Ⅳ = 疏散场地)", example = "III") String shelterClass,
        @Schema(description = "Depots: what the annex says is stored") String contents,
        @Schema(description = "Shelters: decimal degrees as printed (converted literally, never corrected)", example = "36.803333")
        Double latitude,
        @Schema(example = "118.035278") Double longitude,
        @Schema(example = "36°48′12″") String latitudeDms,
        @Schema(example = "118°2′7″") String longitudeDms,
        @Schema(description = "INVALID_DMS or OUT_OF_BOUNDS: the coordinates are not a good position and the row is left "
                + "out of distance searches") String coordinateProblem,
        @Schema(description = "Great-circle distance from the point searched, km (haversine, R = 6371 km); null without a point",
                example = "1.36") Double distanceKm,
        List<Vehicle> vehicles,
        List<String> notes,
        @NotNull @Schema(example = "002:4144-4152") String sourceRef) {

    @Schema(name = "FireVehicle")
    public record Vehicle(@NotNull @Schema(example = "ZD-FIRE-001-V1") String code,
            @NotNull @Schema(example = "水罐消防车") String type, @Schema(example = "1") int quantity, String note,
            @NotNull String sourceRef) {
    }

    static ResourceView of(EmergencyResource r, Double distanceKm, List<Vehicle> vehicles) {
        return new ResourceView(r.code, r.type, r.jurisdiction, r.planCode, r.seq, r.name, r.kind, r.address, r.phone, r.managingBody,
                r.areaM2, r.areaApproximate, r.capacityPersons, r.shelterClass, r.contents, r.latitude, r.longitude, r.latitudeDms,
                r.longitudeDms, r.coordinateProblem, distanceKm, vehicles, r.notes, r.sourceRef);
    }
}
