package cn.guihua.indicator.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * An evaluation answered again from {@link EvaluationAnswers} is never stale: after a previous evaluation, a value
 * submitted, approved, corrected, or deleted behind the service's back, a refreshed catalogue copy and another language
 * each show in the next answer, which is the same JSON a fresh evaluation gives. 001:1142 caps 兰山区's neonatal
 * mortality at 2‰ in 2025; no other test writes that series' 2025 value, and this one deletes it afterwards.
 */
@QuarkusTest
class EvaluationAnswersTest {

    private static final String PLAN = "371302-children-2021";
    private static final String REPORTER = DevTokens.bearer("reporter", "371302");
    private static final String REVIEWER = DevTokens.bearer("reviewer", "371302");
    private static final String TARGET = "targets.find { it.indicatorCode == 'NEONATAL_MORTALITY' }";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @BeforeEach
    @AfterEach
    void noValueOf2025() {
        PlanServiceStub.ensureLoaded();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM monitoring_value WHERE indicator_code = "
                + "'NEONATAL_MORTALITY' AND jurisdiction = '371302' AND period = '2025'").executeUpdate());
    }

    private static ValidatableResponse evaluation(boolean includePending, String language) {
        return given().header("Authorization", REPORTER).header("Accept-Language", language).queryParam("plan", PLAN)
                .queryParam("year", 2025).queryParam("includePending", includePending)
                .when().get("/api/v1/evaluations").then().statusCode(200).contentType(ContentType.JSON);
    }

    private static String review(String id) {
        return given().header("Authorization", REVIEWER).contentType(ContentType.JSON).body("{\"decision\":\"APPROVE\"}")
                .when().post("/api/v1/monitoring-values/" + id + "/review").then().statusCode(200).extract().path("id");
    }

    @Test
    void anEvaluationReflectsEveryChangeAfterAPreviousOne() throws Exception {
        evaluation(false, "en").body(TARGET + ".status", equalTo("NO_DATA")).body(TARGET + ".observed", nullValue());
        // the same again: answered from what was kept, the same JSON, with the content type of any other JSON answer
        String first = evaluation(false, "en").extract().asString();
        assertEquals(given().header("Authorization", REPORTER).queryParam("plan", PLAN).queryParam("year", 2025)
                .when().get("/api/v1/evaluations/warnings").then().statusCode(200).extract().contentType(),
                evaluation(false, "en").extract().contentType());
        assertEquals(first, evaluation(false, "en").extract().asString());

        // a value submitted after that evaluation: pending, so counted only when asked for
        String id = given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"371302\",\"period\":\"2025\",\"value\":1.8}")
                .when().post("/api/v1/monitoring-values").then().statusCode(201).extract().path("id");
        assertEquals(first, evaluation(false, "en").extract().asString(), "a pending value does not count");
        evaluation(true, "en").body(TARGET + ".status", equalTo("ACHIEVED")).body(TARGET + ".observed", equalTo(1.8f));

        // approved: counted
        review(id);
        String english = evaluation(false, "en").body(TARGET + ".status", equalTo("ACHIEVED"))
                .body(TARGET + ".observed", equalTo(1.8f)).body(TARGET + ".explanation", containsString("AT_MOST 2"))
                .extract().path(TARGET + ".explanation");
        // the other language is an answer of its own
        String chinese = evaluation(false, "zh-CN").body(TARGET + ".status", equalTo("ACHIEVED"))
                .extract().path(TARGET + ".explanation");
        assertNotEquals(english, chinese);
        assertEquals(english, evaluation(false, "en").extract().path(TARGET + ".explanation"));

        // corrected: the new version is pending, the corrected one superseded; approved, it counts
        String corrected = given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                .body("{\"version\":1,\"value\":2.6,\"reason\":\"补录 12 月死亡病例\"}")
                .when().post("/api/v1/monitoring-values/" + id + "/corrections").then().statusCode(201).extract().path("id");
        evaluation(false, "en").body(TARGET + ".status", equalTo("NO_DATA"));
        evaluation(true, "en").body(TARGET + ".status", equalTo("NOT_ACHIEVED")).body(TARGET + ".observed", equalTo(2.6f));
        review(corrected);
        String afterCorrection = evaluation(false, "en").body(TARGET + ".status", equalTo("NOT_ACHIEVED"))
                .body(TARGET + ".observed", equalTo(2.6f)).extract().asString();

        // what the report (evaluated afresh, never kept) says of every target
        assertEquals(JSON.readTree(given().header("Authorization", REPORTER).header("Accept-Language", "en")
                .queryParam("kind", "ANNUAL").queryParam("year", 2025).when().get("/api/v1/reports/" + PLAN).then()
                .statusCode(200).extract().asString()).get("targets"), JSON.readTree(afterCorrection).get("targets"));

        // a refreshed catalogue copy is another copy: its time is in the answer
        String fetchedAt = evaluation(false, "en").extract().path("catalogueFetchedAt");
        PlanServiceStub.awaitRefreshed();
        String refreshed = evaluation(false, "en").body(TARGET + ".observed", equalTo(2.6f)).extract().path("catalogueFetchedAt");
        assertNotEquals(fetchedAt, refreshed);

        // deleted behind the service's back (no event, no API): the next evaluation has no data again
        noValueOf2025();
        evaluation(false, "en").body(TARGET + ".status", equalTo("NO_DATA"));
        evaluation(true, "en").body(TARGET + ".status", equalTo("NO_DATA"));
        assertNotEquals(afterCorrection, evaluation(false, "en").extract().asString());
    }
}
