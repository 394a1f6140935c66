package cn.guihua.subsidy.expropriation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ExpropriationTest {

    static Map<String, Object> smallOnlyHome(String choice) {
        Map<String, Object> m = new HashMap<>();
        m.put("choice", choice);
        m.put("area", 40);
        m.put("assessedPrice", 7000);
        m.put("marketPrice", 8500);
        m.put("onlyHome", true);
        m.put("asOf", "2024-06-01");
        return m;
    }

    @Test
    void cashForASmallOnlyHomeIsPaidOn45SquareMetresAtNoLessThan90PercentOfTheMarket() {
        Map<String, Object> body = smallOnlyHome("CASH");
        body.put("decoration", "SIMPLE");
        body.put("signedEarly", true);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/expropriation/residential-compensation").then()
                .statusCode(200)
                // 45 m² x 7650 (90% of 8500) = 344250; + 2000 relocation + 4500 (3 months) + 2000 decoration + 20000 award
                .body("steps.find { it.rule == 'MINIMUM_PRICE' }.result", equalTo(344250.00f))
                .body("steps.find { it.rule == 'MINIMUM_PRICE' }.clause.ref", equalTo("001:210"))
                .body("steps.find { it.rule == 'MINIMUM_AREA' }.clause.ref", equalTo("001:228"))
                .body("steps.find { it.rule == 'TEMPORARY_CASH' }.result", equalTo(4500.00f))
                .body("amount", equalTo(372750.00f));
        // housing security instead: no minimum area (001:236)
        body.put("choosesHousingSecurity", true);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/expropriation/residential-compensation").then()
                .statusCode(200).body("steps.find { it.rule == 'MINIMUM_PRICE' }.result", equalTo(306000.00f));
    }

    @Test
    void aSwapIntoAHighRisePlaces47SquareMetresAndPaysTheTransition() {
        Map<String, Object> body = smallOnlyHome("SWAP");
        body.put("placement", "HIGH_RISE");
        body.put("overdueMonths", 2);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/expropriation/residential-compensation").then()
                .statusCode(200)
                .body("steps.find { it.rule == 'MINIMUM_AREA' }.values.placementArea", equalTo(47))
                // 36 months x 1500 (001:252), 2 overdue months at double rate (001:254), relocation 2000, no award
                .body("steps.find { it.rule == 'TEMPORARY_RESETTLEMENT' }.result", equalTo(54000.00f))
                .body("steps.find { it.rule == 'TEMPORARY_OVERDUE' }.result", equalTo(6000.00f))
                .body("amount", equalTo(62000.00f));
        body.remove("placement");
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/expropriation/residential-compensation").then().statusCode(400)
                .body("errors[0].field", equalTo("placement"));
        body.put("placement", "MULTI_STOREY");
        body.put("asOf", "2026-08-01");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/expropriation/residential-compensation").then()
                .statusCode(422);
    }
}
