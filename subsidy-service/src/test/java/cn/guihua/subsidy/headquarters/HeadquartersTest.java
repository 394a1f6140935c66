package cn.guihua.subsidy.headquarters;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class HeadquartersTest {

    static Map<String, Object> manufacturer(long revenue, long tax) {
        Map<String, Object> m = new HashMap<>();
        m.put("registeredOn", "2021-06-01");
        m.put("branches", 5);
        m.put("chainStores", 0);
        m.put("outsideRevenuePercent", 35);
        m.put("direct", "NONE");
        m.put("sector", "ADVANCED_MANUFACTURING");
        m.put("lastYearRevenue", revenue);
        m.put("lastYearTax", tax);
        m.put("asOf", "2024-03-01");
        m.put("hqLevel", "HEADQUARTERS");
        return m;
    }

    @Test
    void recognitionNeedsRevenueAndTaxOfTheSector() {
        given().contentType(ContentType.JSON).body(manufacturer(600_000_000L, 35_000_000L))
                .when().post("/api/v1/headquarters/recognition").then().statusCode(200)
                .body("status", equalTo("CALCULATED"))
                .body("steps.find { it.rule == 'THRESHOLD_ADVANCED_MANUFACTURING' }.clause.ref", equalTo("002:203"));
        given().contentType(ContentType.JSON).body(manufacturer(600_000_000L, 20_000_000L))
                .when().post("/api/v1/headquarters/recognition").then().statusCode(200)
                .body("status", equalTo("NOT_ELIGIBLE"))
                .body("steps.find { it.rule == 'THRESHOLD_ADVANCED_MANUFACTURING' }.result", equalTo(false));
        // registered before 2021 (002:193): no recognition even for a listed company
        Map<String, Object> early = manufacturer(600_000_000L, 35_000_000L);
        early.put("registeredOn", "2020-12-31");
        early.put("direct", "LISTED_COMPANY");
        given().contentType(ContentType.JSON).body(early).when().post("/api/v1/headquarters/recognition").then().statusCode(200)
                .body("status", equalTo("NOT_ELIGIBLE")).body("steps[0].clause.ref", equalTo("002:193"));
        // 002:163: an enterprise whose tax relation is outside 张店区 is outside the policy; not given, the officer checks it
        Map<String, Object> outside = manufacturer(600_000_000L, 35_000_000L);
        outside.put("relationsInDistrict", false);
        outside.put("independentLegalPerson", true);
        given().contentType(ContentType.JSON).body(outside).when().post("/api/v1/headquarters/recognition").then().statusCode(200)
                .body("status", equalTo("NOT_ELIGIBLE")).body("rule", equalTo("APPLICABILITY"))
                .body("steps.find { it.rule == 'APPLICABILITY' }.clause.ref", equalTo("002:163"));
        given().contentType(ContentType.JSON).body(manufacturer(600_000_000L, 35_000_000L)).when().post("/api/v1/headquarters/recognition")
                .then().statusCode(200).body("status", equalTo("CALCULATED"))
                .body("steps.find { it.rule == 'APPLICABILITY' }.result", nullValue())
                .body("steps.find { it.rule == 'APPLICABILITY' }.note", org.hamcrest.Matchers.containsString("002:163"));
        // real estate is never recognised directly (002:195)
        Map<String, Object> estate = manufacturer(100_000_000L, 1_000_000L);
        estate.put("sector", "REAL_ESTATE");
        estate.put("direct", "LISTED_COMPANY");
        given().contentType(ContentType.JSON).body(estate).when().post("/api/v1/headquarters/recognition").then().statusCode(200)
                .body("status", equalTo("NOT_ELIGIBLE"));
    }

    @Test
    void aYearsRewardsAreCappedAtTheLocalContribution() {
        Map<String, Object> body = new HashMap<>();
        body.put("recognitionYear", 2023);
        body.put("year", 2024);
        body.put("localContribution", 30_000_000);
        body.put("paidInCapital", 3_000_000_000L);
        body.put("contributionStartYear", 2024);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/headquarters/rewards").then().statusCode(200)
                // 1% of 30亿 is 3000万, capped at 2000万; first of three instalments, 40%: 800万 (002:154)
                .body("steps.find { it.rule == 'CAPITAL_INJECTION' }.values.entitlement", equalTo(20000000.00f))
                .body("steps.find { it.rule == 'CAPITAL_INJECTION' }.result", equalTo(8000000.00f))
                // second year since recognition: 80% of 3000万 (002:155)
                .body("steps.find { it.rule == 'OPERATING_CONTRIBUTION' }.result", equalTo(24000000.00f))
                // 3200万 in all, capped at the 3000万 contribution (002:164)
                .body("steps.find { it.rule == 'ANNUAL_CAP' }.clause.ref", equalTo("002:164"))
                .body("amount", equalTo(30000000.00f));
        body.put("year", 2027);
        body.put("asOf", "2027-01-01");
        body.remove("paidInCapital");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/headquarters/rewards").then().statusCode(200)
                .body("steps.find { it.rule == 'OPERATING_CONTRIBUTION' }.values.rate", equalTo(0.5f))
                .body("amount", equalTo(15000000.00f));
        // after the policy expires (002:168)
        body.put("asOf", "2027-02-01");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/headquarters/rewards").then().statusCode(422)
                .body("amount", nullValue());
    }

    @Test
    void anApplicationsMaterialsAreCheckedAgainst002_235() {
        java.util.List<String> all = java.util.List.of("APPLICATION_FORM", "BUSINESS_LICENCE_AND_TAX_REGISTRATION", "CAPITAL_VERIFICATION_AND_ANNUAL_REPORT",
                "TAX_CERTIFICATE_AND_REVENUE_PROOF", "INVESTOR_CONTROLLED_ENTERPRISES", "LEGAL_REPRESENTATIVE_STATEMENT");
        given().contentType(ContentType.JSON).body(Map.of("materials", all, "direct", false)).when().post("/api/v1/headquarters/process").then()
                .statusCode(200).body("status", equalTo("CALCULATED")).body("steps[0].clause.ref", equalTo("002:235"));
        // a direct recognition needs its proof
        given().contentType(ContentType.JSON).body(Map.of("materials", all, "direct", true)).when().post("/api/v1/headquarters/process").then()
                .statusCode(200).body("status", equalTo("NOT_ELIGIBLE")).body("rule", equalTo("PROCESS_MATERIALS"))
                .body("results.materialsMissing", equalTo(java.util.List.of("DIRECT_RECOGNITION_PROOF_IF_ANY")));
        given().contentType(ContentType.JSON).body(Map.of("materials", java.util.List.of("A_PHOTO"))).when().post("/api/v1/headquarters/process")
                .then().statusCode(400).body("errors[0].field", equalTo("materials"));
    }
}
