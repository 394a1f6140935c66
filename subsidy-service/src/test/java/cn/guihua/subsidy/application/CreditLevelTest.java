package cn.guihua.subsidy.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.guihua.subsidy.identity.CreditCode;
import cn.guihua.subsidy.platform.CreditServiceStub;
import cn.guihua.subsidy.platform.EmergencyCalendarStub;
import cn.guihua.subsidy.platform.IndicatorServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 15: a decision granting fiscal funds to an enterprise asks credit-service for its level on the decision day
 * (stubbed in the test JVM by {@link CreditServiceStub}). Level A: approved, the check a step of the explanation. D
 * (restrictsFiscalFunds): refused, quoting 002:808. No answer (down or too slow): 503 problem, the application stays
 * undecided with the reason, never approved by default; once credit-service answers, the same decision goes through.
 */
@QuarkusTest
class CreditLevelTest {

    static final String OFFICER = DevTokens.bearer("subsidy-officer", "371302");

    static String code(String seventeen) {
        return seventeen + CreditCode.checkChar(seventeen);
    }

    static String submit(String creditCode, String stage) {
        Map<String, Object> m = new HashMap<>();
        m.put("policy", "LANSHAN_LISTING");
        m.put("benefit", stage);
        m.put("beneficiaryType", "ENTERPRISE");
        m.put("beneficiaryId", creditCode);
        m.put("beneficiaryName", "临沂某某信用试验有限公司");
        m.put("jurisdiction", "371302");
        m.put("eventOn", "2024-05-20");
        return given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(m).when().post("/api/v1/applications").then()
                .statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse approve(String id) {
        return given().header("Authorization", OFFICER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", 0)).when().post("/api/v1/applications/" + id + "/decision").then();
    }

    @Test
    void aLevelAEnterpriseIsApprovedAndTheCheckIsInItsExplanation() {
        String code = code("91371302MA3C4D6A1");
        String id = submit(code, "NEEQ_LISTING");
        approve(id).statusCode(200).body("status", equalTo("APPROVED")).body("amount", equalTo(500000.00f))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.values.level", equalTo("A"))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.values.restrictsFiscalFunds", equalTo(false))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.inputs.asOf", equalTo(LocalDate.now().toString()))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.result", equalTo(true))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.clause.ref", equalTo("002:808"))
                .body("pendingReason", nullValue());
        // asked of credit-service with the decision day and the service token
        assertTrue(CreditServiceStub.received().stream().anyMatch(r -> r.creditCode().equals(code) && r.asOf().equals(LocalDate.now().toString())
                && ("Bearer " + IndicatorServiceStub.TOKEN).equals(r.authorization())), CreditServiceStub.received().toString());
        // and read back with the application
        given().header("Authorization", OFFICER).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.values.level", equalTo("A"));
    }

    @Test
    void aSeverelyDishonestEntityIsRefusedQuoting002_808() {
        String code = code("91371302MA3C4D6B2");
        CreditServiceStub.set(code, "D");
        String id = submit(code, "NEEQ_LISTING");
        approve(id).statusCode(200).body("status", equalTo("REJECTED")).body("amount", nullValue())
                .body("decisionReason", containsString("002:808")).body("decisionReason", containsString("限制其申请财政性资金项目"))
                .body("calculation.status", equalTo("NOT_ELIGIBLE")).body("calculation.rule", equalTo("CREDIT_LEVEL"))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.values.level", equalTo("D"))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.result", equalTo(false))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.clause.quote", containsString("限制其申请财政性资金项目"));
        // nothing to pay
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("paidOn", "2024-06-01"))
                .when().post("/api/v1/applications/" + id + "/payments").then().statusCode(409);
    }

    @Test
    void whenCreditServiceDoesNotAnswerTheApplicationStaysPendingNeverApproved() throws InterruptedException {
        String code = code("91371302MA3C4D6C3");
        String id = submit(code, "NEEQ_LISTING");
        try {
            for (EmergencyCalendarStub.Mode mode : new EmergencyCalendarStub.Mode[] { EmergencyCalendarStub.Mode.DOWN, EmergencyCalendarStub.Mode.SLOW }) {
                CreditServiceStub.down(mode);
                approve(id).statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                        .body("detail", containsString("never approved by default"));
                given().header("Authorization", OFFICER).when().get("/api/v1/applications/" + id).then().statusCode(200)
                        .body("status", equalTo("SUBMITTED")).body("amount", nullValue()).body("version", equalTo(0))
                        .body("pendingReason", containsString(code));
            }
        } finally {
            CreditServiceStub.down(EmergencyCalendarStub.Mode.UP);
        }
        given().header("Authorization", OFFICER).when().get("/api/v1/applications/" + id + "/history").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItem("application.decision-pending"));
        // once it answers (the circuit half-open again), the same decision is made
        Thread.sleep(500);
        approve(id).statusCode(200).body("status", equalTo("APPROVED")).body("pendingReason", nullValue());
    }
}
