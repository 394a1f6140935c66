package cn.guihua.subsidy.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ListingIncentiveTest {

    static final String OFFICER = DevTokens.bearer("subsidy-officer", "371302");
    /** A unified social credit code with a valid GB 32100 check character. */
    static final String ENTERPRISE = "91371302MA3C4D5E6C";

    static Map<String, Object> claim(String stage, String creditCode) {
        Map<String, Object> m = new HashMap<>();
        m.put("policy", "LANSHAN_LISTING");
        m.put("benefit", stage);
        m.put("beneficiaryType", "ENTERPRISE");
        m.put("beneficiaryId", creditCode);
        m.put("beneficiaryName", "临沂某某科技股份有限公司");
        m.put("jurisdiction", "371302");
        return m;
    }

    static String submit(Map<String, Object> body) {
        return given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/applications").then().statusCode(201).body("status", equalTo("SUBMITTED"))
                .extract().path("id");
    }

    static void approveAndPay(String id, String paidOn) {
        int version = given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/applications/" + id + "/review").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW")).extract().path("version");
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "reason", "材料齐全", "version", version))
                .when().post("/api/v1/applications/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("calculation.steps[0].clause.ref", equalTo("001:478"));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("paidOn", paidOn))
                .when().post("/api/v1/applications/" + id + "/payments").then().statusCode(201);
    }

    @Test
    void shareholdingReformAcceptanceAndDomesticListingPay1000WanInThreePayments() {
        String reform = submit(claim("SHAREHOLDING_REFORM", ENTERPRISE));
        approveAndPay(reform, "2023-03-01");
        given().header("Authorization", OFFICER).when().get("/api/v1/applications/" + reform + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("application.submitted", "application.review-started", "application.approved", "application.paid")))
                .body("actor[0]", equalTo("subsidy-officer@371302"));
        approveAndPay(submit(claim("CSRC_ACCEPTANCE", ENTERPRISE)), "2023-09-01");
        approveAndPay(submit(claim("DOMESTIC_LISTING", ENTERPRISE)), "2024-05-01");

        JsonPath payments = given().header("Authorization", OFFICER).queryParam("beneficiary", ENTERPRISE)
                .when().get("/api/v1/payments").then().statusCode(200).extract().jsonPath();
        assertEquals(3, payments.getInt("total"));
        assertEquals(List.of(1000000.0f, 4000000.0f, 5000000.0f), payments.getList("items.amount"));
        BigDecimal sum = payments.getList("items.amount", Float.class).stream().map(f -> new BigDecimal(f.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("10000000").compareTo(sum));

        // each stage once per enterprise
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(claim("SHAREHOLDING_REFORM", ENTERPRISE))
                .when().post("/api/v1/applications").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("SHAREHOLDING_REFORM"));
    }

    @Test
    void overseasListingWith5YiRepatriatedGets500WanNot1000Wan() {
        given().contentType(ContentType.JSON)
                .body(Map.of("stage", "OVERSEAS_LISTING", "repatriatedProceeds", 500000000, "asOf", "2024-06-30"))
                .when().post("/api/v1/listing-incentives/calculations").then().statusCode(200)
                .body("status", equalTo("CALCULATED"))
                .body("amount", equalTo(5000000.00f))
                .body("steps[0].rule", equalTo("OVERSEAS_LISTING"))
                .body("steps[0].clause.ref", equalTo("001:478"))
                .body("steps[0].clause.quote", containsString("最高不超过 500 万元"))
                .body("steps[0].values.proceedsTimesRate", equalTo(10000000.00f))
                .body("steps[0].values.capApplied", equalTo(true));

        Map<String, Object> overseas = claim("OVERSEAS_LISTING", "91350100M000100Y43");
        overseas.put("jurisdiction", "371302001");
        overseas.put("repatriatedProceeds", 500000000);
        String id = submit(overseas);
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", 0))
                .when().post("/api/v1/applications/" + id + "/decision").then().statusCode(200)
                .body("amount", equalTo(5000000.00f));
    }

    @Test
    void sameInputsAndDateGiveTheSameAnswerAndThePolicyStartsOnItsIssueDate() {
        Map<String, Object> body = Map.of("stage", "OVERSEAS_LISTING", "repatriatedProceeds", 12345678.9, "asOf", "2023-01-01");
        String first = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/listing-incentives/calculations")
                .then().statusCode(200).body("amount", equalTo(246913.58f)).extract().asString();
        String second = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/listing-incentives/calculations")
                .then().statusCode(200).extract().asString();
        assertEquals(first, second);
        given().contentType(ContentType.JSON).body(Map.of("stage", "NEEQ_LISTING", "asOf", "2022-04-28"))
                .when().post("/api/v1/listing-incentives/calculations").then().statusCode(422);
    }

    @Test
    void claimsAreChecked() {
        given().header("Authorization", OFFICER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(claim("SHAREHOLDING_REFORM", "91371302MA3C4D5E6D"))
                .when().post("/api/v1/applications").then().statusCode(400).body("errors[0].field", equalTo("beneficiaryId"));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(claim("IPO_OF_THE_MOON", ENTERPRISE))
                .when().post("/api/v1/applications").then().statusCode(400).body("errors[0].field", equalTo("benefit"));
        Map<String, Object> huaiyin = claim("SHAREHOLDING_REFORM", ENTERPRISE);
        huaiyin.put("policy", "HUAIYIN_LISTING");
        huaiyin.put("jurisdiction", "370104");
        given().header("Authorization", DevTokens.bearer("subsidy-officer", "370104")).contentType(ContentType.JSON).body(huaiyin)
                .when().post("/api/v1/applications").then().statusCode(422);
        given().header("Authorization", DevTokens.bearer("subsidy-officer", "370104")).contentType(ContentType.JSON)
                .body(claim("NEEQ_LISTING", ENTERPRISE)).when().post("/api/v1/applications").then().statusCode(403);
        // a rejection needs a reason; a stale version is a conflict
        String id = submit(claim("REGIONAL_EQUITY_LISTING", ENTERPRISE));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "version", 0))
                .when().post("/api/v1/applications/" + id + "/decision").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", 7))
                .when().post("/api/v1/applications/" + id + "/decision").then().statusCode(409);
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECT", "reason", "未在齐鲁股权交易中心挂牌", "version", 0))
                .when().post("/api/v1/applications/" + id + "/decision").then().statusCode(200).body("status", equalTo("REJECTED"));
        // after a rejection the stage may be claimed again
        submit(claim("REGIONAL_EQUITY_LISTING", ENTERPRISE));
    }

    @Test
    void anIdempotentRetryReturnsTheFirstApplication() {
        Map<String, Object> body = claim("NEEQ_LISTING", "91371302MA3C4D5E7F");
        String first = given().header("Authorization", OFFICER).header("Idempotency-Key", "neeq-1").contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/applications").then().statusCode(201).extract().path("id");
        given().header("Authorization", OFFICER).header("Idempotency-Key", "neeq-1").contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/applications").then().statusCode(201).body("id", equalTo(first));
    }
}
