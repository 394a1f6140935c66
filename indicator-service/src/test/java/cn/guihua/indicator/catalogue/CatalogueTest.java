package cn.guihua.indicator.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The local copy of plan-service's catalogue: missing, loaded, and kept while plan-service is down. */
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
    void loadsEveryPageOfTheCatalogueAndStoresTheCopy() {
        PlanServiceStub.ensureLoaded();
        given().header("Authorization", REPORTER).when().get("/api/v1/catalogue").then().statusCode(200)
                .body("loaded", equalTo(true)).body("indicators", equalTo(8)).body("targets", equalTo(6));
        given().header("Authorization", REPORTER).when().get("/api/v1/catalogue/indicators").then().statusCode(200)
                .body("code", hasItem("NEONATAL_MORTALITY"));
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT jsonb_array_length(payload) FROM catalogue_copy WHERE name = 'targets'").getSingleResult()).longValue());
        assertEquals(6, stored);
    }

    @Test
    @Order(3)
    void whenPlanServiceGoesDownTheLastCopyStillValidates() {
        PlanServiceStub.ensureLoaded();
        PlanServiceStub.setUp(false);
        try {
            given().header("Authorization", ADMIN).when().post("/api/v1/catalogue/refresh").then().statusCode(200)
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
    @Order(4)
    void onlyAdminsAndServicesForceARefresh() {
        given().header("Authorization", REPORTER).when().post("/api/v1/catalogue/refresh").then().statusCode(403);
        given().when().get("/api/v1/catalogue").then().statusCode(401);
    }
}
