package cn.guihua.indicator.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The local copy of plan-service's catalogue: missing, loaded, and kept while plan-service is down or does not answer;
 * an operation that needs plan-service now answers 503 within {@code guihua.catalogue.fresh-timeout} (3 s in tests).
 */
@QuarkusTest
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueTest {

    private static final String REPORTER = DevTokens.bearer("reporter", "370104");
    private static final String ADMIN = DevTokens.bearer("admin", "370000");

    @Inject
    EntityManager em;

    @Test
    @Order(1)
    void withoutAnyCatalogueNothingIsValidatedAndTheServiceSaysWhy() {
        PlanServiceStub.setUp(false);
        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2021\",\"value\":2.5}")
                .when().post("/api/v1/monitoring-values").then()
                .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("has never been loaded from plan-service"));
        given().header("Authorization", ADMIN).header("Accept-Language", "en").when().post("/api/v1/catalogue/refresh").then()
                .statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("has never been loaded from plan-service"));
        given().header("Authorization", REPORTER).when().get("/api/v1/catalogue").then().statusCode(200)
                .body("loaded", equalTo(false)).body("lastAttemptSucceeded", equalTo(false))
                .body("lastError", notNullValue());
        long values = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM monitoring_value").getSingleResult()).longValue());
        assertEquals(0, values);
    }

    @Test
    @Order(2)
    void withoutAnyCopyAPlanServiceThatDoesNotAnswerIsA503WithinTheFreshTimeout() {
        PlanServiceStub.hang();
        try {
            for (Runnable call : new Runnable[] {
                () -> given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType(ContentType.JSON)
                        .body("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2021\",\"value\":2.5}")
                        .when().post("/api/v1/monitoring-values").then()
                        .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                        .body("detail", containsString("has never been loaded from plan-service")),
                () -> given().header("Authorization", REPORTER).queryParam("plan", "370104-children-2021").queryParam("year", 2023)
                        .when().get("/api/v1/evaluations").then().statusCode(503).contentType("application/problem+json") }) {
                long t0 = System.nanoTime();
                call.run();
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(millis < 5_500, "a plan-service that does not answer held the request " + millis + " ms");
            }
        } finally {
            PlanServiceStub.setUp(false);
        }
    }

    @Test
    @Order(3)
    void loadsEveryPageOfTheCatalogueAndStoresTheCopy() {
        PlanServiceStub.ensureLoaded();
        given().header("Authorization", REPORTER).when().get("/api/v1/catalogue").then().statusCode(200)
                .body("loaded", equalTo(true)).body("indicators", equalTo(PlanServiceStub.INDICATORS.size()))
                .body("targets", equalTo(PlanServiceStub.TARGETS.size()));
        given().header("Authorization", REPORTER).when().get("/api/v1/catalogue/indicators").then().statusCode(200)
                .body("code", hasItem("NEONATAL_MORTALITY"));
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT jsonb_array_length(payload) FROM catalogue_copy WHERE name = 'targets'").getSingleResult()).longValue());
        assertEquals(PlanServiceStub.TARGETS.size(), stored);
    }

    @Test
    @Order(4)
    void whenPlanServiceGoesDownTheLastCopyStillValidates() {
        PlanServiceStub.ensureLoaded();
        PlanServiceStub.setUp(false);
        try {
            given().header("Authorization", ADMIN).header("Accept-Language", "en").when().post("/api/v1/catalogue/refresh").then()
                    .statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("the copy of"));
            given().header("Authorization", ADMIN).when().get("/api/v1/catalogue").then().statusCode(200)
                    .body("loaded", equalTo(true)).body("lastAttemptSucceeded", equalTo(false));
            given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType(ContentType.JSON)
                    .body("{\"indicatorCode\":\"DISABLED_LIVING_SUBSIDY_COVERAGE\",\"jurisdiction\":\"370104\",\"period\":\"2021\",\"value\":120}")
                    .when().post("/api/v1/monitoring-values").then().statusCode(400)
                    .body("errors[0].field", equalTo("value"))
                    .body("errors[0].message", containsString("between 0 and 100"));
            given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                    .body("{\"indicatorCode\":\"DISABLED_LIVING_SUBSIDY_COVERAGE\",\"jurisdiction\":\"370104\",\"period\":\"2021\",\"value\":96.5}")
                    .when().post("/api/v1/monitoring-values").then().statusCode(201).body("status", equalTo("PENDING"));
        } finally {
            PlanServiceStub.setUp(true);
        }
    }

    @Test
    @Order(5)
    void aPlanServiceThatDoesNotAnswerGivesA503WhileTheCopyKeepsValidating() {
        // the circuit breaker judges the last 4 calls: after 4 good reads the next call reaches the stub, which hangs
        for (int i = 0; i < 4; i++) {
            PlanServiceStub.awaitRefreshed();
        }
        PlanServiceStub.hang();
        try {
            long t0 = System.nanoTime();
            given().header("Authorization", ADMIN).header("Accept-Language", "en").when().post("/api/v1/catalogue/refresh").then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("detail", containsString("plan-service did not answer within 3 s"));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis < 5_500, "a plan-service that does not answer held the refresh " + millis + " ms");
            // meanwhile the copy validates, without waiting for plan-service
            t0 = System.nanoTime();
            given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                    .body("{\"indicatorCode\":\"DISABLED_LIVING_SUBSIDY_COVERAGE\",\"jurisdiction\":\"370104\",\"period\":\"2022\",\"value\":97.1}")
                    .when().post("/api/v1/monitoring-values").then().statusCode(201);
            millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis < 2_000, "a submission waited " + millis + " ms for plan-service");
        } finally {
            PlanServiceStub.awaitRefreshed();
        }
    }

    @Test
    @Order(6)
    void onlyAdminsAndServicesForceARefresh() {
        given().header("Authorization", REPORTER).when().post("/api/v1/catalogue/refresh").then().statusCode(403);
        given().when().get("/api/v1/catalogue").then().statusCode(401);
    }
}
