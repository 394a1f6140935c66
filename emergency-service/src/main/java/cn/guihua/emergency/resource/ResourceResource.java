package cn.guihua.emergency.resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.reference.ReferenceData;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.JurisdictionCodes;
import io.quarkus.panache.common.Sort;

/**
 * The resource registries (应急资源): public reference data from the published plans' annexes. Distances are the
 * haversine formula over latitude and longitude in plain SQL (Earth radius 6371 km): PostGIS is the field's tool, but
 * the embedded PostgreSQL the service runs and tests on has no PostGIS binaries.
 */
@Path("/api/v1/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources")
public class ResourceResource {

    static final String DISTANCE = "6371.0 * 2 * asin(least(1, sqrt(power(sin(radians(latitude - :lat) / 2), 2) "
            + "+ cos(radians(:lat)) * cos(radians(latitude)) * power(sin(radians(longitude - :lon) / 2), 2))))";

    @Inject
    EntityManager em;

    @Inject
    ReferenceData reference;

    @GET
    @PermitAll
    @Operation(summary = "Search the resource registries", description = "Public. Filter by type, jurisdiction (with the "
            + "levels below), minimum capacity (shelters) and part of the name. With `latitude` and `longitude` the answer is "
            + "sorted nearest first with each row's `distanceKm` (haversine, R = 6371 km), optionally within `withinKm`; rows "
            + "without coordinates or with a coordinate problem are left out of such a search. Without a point, annex order.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<ResourceView> search(
            @QueryParam("type") ResourceType type,
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370303") String jurisdiction,
            @QueryParam("minCapacity") @Min(0) @Max(100_000_000) @Parameter(description = "Shelters holding at least this many "
                    + "persons", example = "10000") Integer minCapacity,
            @QueryParam("latitude") @DecimalMin("-90") @DecimalMax("90") @Parameter(description = "Decimal degrees north",
                    example = "36.80") Double latitude,
            @QueryParam("longitude") @DecimalMin("-180") @DecimalMax("180") @Parameter(description = "Decimal degrees east",
                    example = "118.05") Double longitude,
            @QueryParam("withinKm") @DecimalMin(value = "0", inclusive = false) @DecimalMax("20100")
            @Parameter(description = "Only rows at most this far from the point") Double withinKm,
            @QueryParam("name") @Size(max = 100) @Parameter(description = "Part of the name", example = "广场") String name,
            @BeanParam @Valid PageRequest paging) {
        boolean near = latitude != null || longitude != null;
        if (near && latitude == null) {
            throw ProblemException.invalid("latitude", "resource.point-incomplete");
        }
        if (near && longitude == null) {
            throw ProblemException.invalid("longitude", "resource.point-incomplete");
        }
        if (near && (!Double.isFinite(latitude) || !Double.isFinite(longitude))) {
            throw ProblemException.invalid(Double.isFinite(latitude) ? "longitude" : "latitude", "resource.point-incomplete");
        }
        if (withinKm != null && !near) {
            throw ProblemException.invalid("withinKm", "resource.within-needs-point");
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (type != null) {
            where.append(" AND resource_type = :type");
            params.put("type", type.name());
        }
        if (jurisdiction != null) {
            where.append(" AND jurisdiction LIKE :prefix");
            params.put("prefix", JurisdictionCodes.prefix(jurisdiction) + "%");
        }
        if (minCapacity != null) {
            where.append(" AND capacity_persons >= :minCapacity");
            params.put("minCapacity", minCapacity);
        }
        if (name != null && !name.isBlank()) {
            where.append(" AND strpos(name, :name) > 0");
            params.put("name", name.strip());
        }
        String inner;
        String order;
        if (near) {
            where.append(" AND latitude IS NOT NULL AND longitude IS NOT NULL AND coordinate_problem IS NULL");
            params.put("lat", latitude);
            params.put("lon", longitude);
            inner = "SELECT code, resource_type, seq, " + DISTANCE + " AS distance_km FROM emergency_resource WHERE " + where;
            order = " ORDER BY distance_km, code";
        } else {
            inner = "SELECT code, resource_type, seq, CAST(NULL AS DOUBLE PRECISION) AS distance_km FROM emergency_resource WHERE " + where;
            order = " ORDER BY resource_type, seq, code";
        }
        String outer = "SELECT code, distance_km FROM (" + inner + ") r" + (withinKm != null ? " WHERE distance_km <= :within" : "");
        if (withinKm != null) {
            params.put("within", withinKm);
        }
        Query rows = em.createNativeQuery(outer + order + " LIMIT :limit OFFSET :offset");
        Query count = em.createNativeQuery("SELECT count(*) FROM (" + outer + ") c");
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        rows.setParameter("limit", paging.size);
        rows.setParameter("offset", (long) paging.page * paging.size);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        List<String> codes = found.stream().map(r -> (String) r[0]).toList();
        Map<String, EmergencyResource> byCode = codes.isEmpty() ? Map.of()
                : EmergencyResource.<EmergencyResource>list("code in ?1", codes).stream().collect(Collectors.toMap(r -> r.code, r -> r));
        Map<String, List<ResourceView.Vehicle>> vehicles = vehicles(codes);
        List<ResourceView> items = new ArrayList<>();
        for (Object[] r : found) {
            Double distance = r[1] == null ? null : ((Number) r[1]).doubleValue();
            items.add(ResourceView.of(byCode.get((String) r[0]), distance, vehicles.getOrDefault((String) r[0], List.of())));
        }
        return Page.of(items, paging.page, paging.size, total);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One row of a resource registry", description = "Public reference data, with a fire station's vehicles.")
    @APIResponse(responseCode = "200", description = "The resource")
    public ResourceView get(@PathParam("code") @Size(max = 50) @Parameter(example = "ZD-FIRE-001") String code) {
        EmergencyResource r = EmergencyResource.findById(code);
        if (r == null) {
            throw ProblemException.notFound("thing.resource", code);
        }
        return ResourceView.of(r, null, vehicles(List.of(code)).getOrDefault(code, List.of()));
    }

    @GET
    @Path("summary")
    @PermitAll
    @Operation(summary = "How many rows each registry holds", description = "Public: the counts of a jurisdiction's registries "
            + "(and those below it), to compare with the annexes (张店区: 11 depots, 7 stations with 16 vehicles in 15 rows, 7 "
            + "shelters, 17 medical units).")
    @APIResponse(responseCode = "200", description = "The counts")
    public ResourceSummary summary(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370303") String jurisdiction) {
        List<EmergencyResource> all = jurisdiction == null ? EmergencyResource.listAll()
                : EmergencyResource.list("jurisdiction like ?1", JurisdictionCodes.prefix(jurisdiction) + "%");
        List<String> stations = all.stream().filter(r -> r.type == ResourceType.FIRE_STATION).map(r -> r.code).toList();
        List<FireVehicle> fleet = stations.isEmpty() ? List.of() : FireVehicle.list("stationCode in ?1", stations);
        Map<String, Long> byClass = new TreeMap<>();
        for (String c : List.of("I", "II", "III", "IV")) {
            byClass.put(c, all.stream().filter(r -> r.type == ResourceType.SHELTER && c.equals(r.shelterClass)).count());
        }
        return new ResourceSummary(jurisdiction, count(all, ResourceType.DEPOT),
                count(all, ResourceType.FIRE_STATION),
                all.stream().filter(r -> r.type == ResourceType.FIRE_STATION && "消防救援站".equals(r.kind)).count(),
                all.stream().filter(r -> r.type == ResourceType.FIRE_STATION && "森林消防中队".equals(r.kind)).count(),
                fleet.size(), fleet.stream().mapToLong(v -> v.quantity).sum(), count(all, ResourceType.SHELTER), byClass,
                all.stream().filter(r -> r.type == ResourceType.SHELTER && r.coordinateProblem == null && r.capacityPersons != null)
                        .mapToLong(r -> r.capacityPersons).sum(),
                count(all, ResourceType.MEDICAL_UNIT), all.stream().filter(r -> r.coordinateProblem != null).count());
    }

    @GET
    @Path("findings")
    @PermitAll
    @Operation(summary = "Data-quality findings of the registries", description = "Public: every value of an annex that "
            + "validation does not take as good, with what the service does with the row. 张店区: 世纪花园's latitude "
            + "36°49′60″ (002:4128, 60 seconds is no 度分秒 value) and 祥和社区's longitude 118°42′42″ (002:4167, about 59 km "
            + "east of the district). Both rows are kept, flagged, and left out of distance searches.")
    @APIResponse(responseCode = "200", description = "The findings")
    public List<DataQualityFinding> findings(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370303") String jurisdiction) {
        return reference.coordinateFindings().stream()
                .filter(f -> jurisdiction == null || JurisdictionCodes.within(reference.resources().jurisdiction(), jurisdiction))
                .map(f -> new DataQualityFinding(f.code(), ResourceType.SHELTER, f.name(), f.problem(), f.field(), f.value(),
                        f.literalDecimal(), f.explanation(), "EXCLUDED_FROM_DISTANCE_SEARCH", f.source()))
                .toList();
    }

    private static long count(List<EmergencyResource> all, ResourceType type) {
        return all.stream().filter(r -> r.type == type).count();
    }

    private static Map<String, List<ResourceView.Vehicle>> vehicles(List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return FireVehicle.<FireVehicle>list("stationCode in ?1", Sort.by("stationCode").and("seq"), codes).stream()
                .collect(Collectors.groupingBy(v -> v.stationCode, LinkedHashMap::new,
                        Collectors.mapping(v -> new ResourceView.Vehicle(v.code, v.vehicleType, v.quantity, v.note, v.sourceRef),
                                Collectors.toList())));
    }
}
