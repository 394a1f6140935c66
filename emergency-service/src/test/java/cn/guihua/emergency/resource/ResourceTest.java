package cn.guihua.emergency.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.emergency.ReferenceCases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** 张店区's annex registries (002:3543-3613, 002:3992-4226), loaded at start-up and searched in SQL. */
@QuarkusTest
class ResourceTest {

    /** RES-COUNTS: the counts of the annexes. */
    @Test
    void theZhangdianRegistriesHoldTheAnnexCounts() {
        JsonNode expected = ReferenceCases.get("RES-COUNTS").get("expected");
        given().queryParam("jurisdiction", "370303").when().get("/api/v1/resources/summary").then().statusCode(200)
                .body("depots", equalTo(expected.get("depots").asInt()))
                .body("fireStations", equalTo(expected.get("fireStations").asInt()))
                .body("fireRescueStations", equalTo(expected.get("fireRescueStations").asInt()))
                .body("forestFireTeams", equalTo(expected.get("forestFireTeams").asInt()))
                .body("fireVehicleRows", equalTo(expected.get("fireVehicleRows").asInt()))
                .body("fireVehicles", equalTo(expected.get("fireVehicles").asInt()))
                .body("shelters", equalTo(expected.get("shelters").asInt()))
                .body("sheltersByClass.III", equalTo(2))
                .body("sheltersByClass.IV", equalTo(5))
                .body("medicalUnits", equalTo(expected.get("medicalUnits").asInt()))
                .body("coordinateProblems", equalTo(2));
        Map<String, Integer> byType = Map.of("DEPOT", 11, "FIRE_STATION", 7, "SHELTER", 7, "MEDICAL_UNIT", 17);
        byType.forEach((type, count) -> given().queryParam("jurisdiction", "370303").queryParam("type", type).queryParam("size", 50)
                .when().get("/api/v1/resources").then().statusCode(200)
                .body("total", equalTo(count)).body("items", hasSize(count)).body("items.type", everyItem(equalTo(type))));
        // 槐荫区's documents have no resource annex
        given().queryParam("jurisdiction", "370104").when().get("/api/v1/resources").then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/v1/resources/ZD-FIRE-001").then().statusCode(200)
                .body("type", equalTo("FIRE_STATION")).body("vehicles", not(hasSize(0)))
                .body("vehicles[0].sourceRef", not(nullValue()));
        given().when().get("/api/v1/resources/ZD-NOPE-001").then().statusCode(404).contentType("application/problem+json");
    }

    /** RES-BAD-COORDS: both rows are loaded, flagged and reported, not taken as good positions. */
    @Test
    void theTwoBadCoordinatesAreReportedNotLoadedAsGood() {
        JsonNode expected = ReferenceCases.get("RES-BAD-COORDS").get("expected");
        JsonPath findings = given().queryParam("jurisdiction", "370303").when().get("/api/v1/resources/findings").then().statusCode(200)
                .body("", hasSize(2)).extract().jsonPath();
        for (JsonNode p : expected.get("coordinateProblems")) {
            String at = "find { it.code == '" + p.get("code").asText() + "' }.";
            assertEquals(p.get("problem").asText(), findings.getString(at + "problem"));
            assertEquals(p.get("field").asText(), findings.getString(at + "field"));
            assertEquals(p.get("value").asText(), findings.getString(at + "value"));
            assertEquals(p.get("source").asText(), findings.getString(at + "sourceRef"));
            assertEquals("EXCLUDED_FROM_DISTANCE_SEARCH", findings.getString(at + "handling"));
        }
        given().when().get("/api/v1/resources/ZD-SHELTER-003").then().statusCode(200)
                .body("coordinateProblem", equalTo("INVALID_DMS")).body("latitudeDms", equalTo("36°49′60″"));
        given().queryParam("type", "SHELTER").queryParam("latitude", 36.80).queryParam("longitude", 118.05).queryParam("size", 50)
                .when().get("/api/v1/resources").then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.code", not(hasItem("ZD-SHELTER-003"))).body("items.code", not(hasItem("ZD-SHELTER-007")));
    }

    /** RES-NEAREST-SHELTERS: the three nearest shelters to 36.80N 118.05E with room for 10 000 people, nearest first. */
    @Test
    void theThreeNearestSheltersWithRoomForTenThousand() {
        JsonNode c = ReferenceCases.get("RES-NEAREST-SHELTERS");
        JsonNode in = c.get("input");
        double tolerance = c.get("toleranceKm").asDouble();
        JsonPath answer = given().queryParam("type", "SHELTER").queryParam("latitude", in.get("latitude").asDouble())
                .queryParam("longitude", in.get("longitude").asDouble())
                .queryParam("minCapacity", in.get("minCapacityPersons").asInt()).queryParam("size", in.get("limit").asInt())
                .when().get("/api/v1/resources").then().statusCode(200)
                .body("total", equalTo(c.get("expectedCount").asInt()))
                .body("items.capacityPersons", everyItem(greaterThanOrEqualTo(in.get("minCapacityPersons").asInt())))
                .extract().jsonPath();
        List<String> codes = answer.getList("items.code");
        JsonNode expected = c.get("expected");
        assertEquals(expected.size(), codes.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).get("code").asText(), codes.get(i), "rank " + (i + 1));
            double km = answer.getDouble("items[" + i + "].distanceKm");
            assertEquals(expected.get(i).get("distanceKm").asDouble(), km, tolerance, expected.get(i).get("code").asText());
            assertEquals(expected.get(i).get("capacityPersons").asInt(), answer.getInt("items[" + i + "].capacityPersons"));
        }
        // within a radius, and without a point: annex order, no distance
        double nearest = given().queryParam("type", "SHELTER").queryParam("latitude", 36.80).queryParam("longitude", 118.05)
                .queryParam("withinKm", 2).when().get("/api/v1/resources").then().statusCode(200)
                .body("items.code", contains("ZD-SHELTER-005", "ZD-SHELTER-004"))
                .extract().jsonPath().getDouble("items[0].distanceKm");
        assertEquals(1.36, nearest, tolerance);
        given().queryParam("type", "SHELTER").queryParam("minCapacity", 10000).when().get("/api/v1/resources").then().statusCode(200)
                .body("items.code", containsInAnyOrder("ZD-SHELTER-003", "ZD-SHELTER-004", "ZD-SHELTER-005", "ZD-SHELTER-006"))
                .body("items.distanceKm", everyItem(nullValue()));
        given().queryParam("latitude", 36.80).when().get("/api/v1/resources").then().statusCode(400)
                .body("errors[0].field", equalTo("longitude"));
        given().queryParam("withinKm", 5).when().get("/api/v1/resources").then().statusCode(400)
                .body("errors[0].field", equalTo("withinKm"));
        given().queryParam("latitude", 91).queryParam("longitude", 118).when().get("/api/v1/resources").then().statusCode(400);
    }
}
