package cn.guihua.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.plan.plan.TestPlans;
import cn.guihua.testsupport.ApiFuzzer;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every read by id of plan-service, read with a token of another jurisdiction.
 * <ul>
 * <li>Published and archived plans (with their document, progress and revisions), the division codes and the
 * indicator catalogue are public documents (此件公开发布): anyone reads them, with or without a token, and no scope
 * applies. {@link #publicDocumentsAreReadInEveryJurisdiction} shows it.</li>
 * <li>Drafts are not public: only planners of the plan's jurisdiction (and of the jurisdictions above it), admins and
 * auditors read them. Anyone else gets <b>404, not 403</b>, the same answer as for a plan that does not exist: plan
 * codes are predictable ({@code 370104-children-2026}), so a 403 would tell every caller which plans are being
 * drafted where before they are published.</li>
 * <li>A target ({@code /api/v1/targets/{id}}) is read as its revision is: public when published or archived, a draft's
 * target not found for anyone who may not read the draft. The history of a target's planner data is not public (it
 * names who changed what): another jurisdiction's planner gets <b>403</b> for a published plan's target (the plan is
 * public, so its existence does not leak) and 404 for a draft's.</li>
 * </ul>
 */
@QuarkusTest
class ScopeTest {

    private static final String HUAIYIN_PLANNER = DevTokens.bearer("planner", "370104");
    private static final String JINAN_PLANNER = DevTokens.bearer("planner", "370100");
    private static final String LANSHAN_PLANNER = DevTokens.bearer("planner", "371302");
    private static final String HUAIYIN_REPORTER = DevTokens.bearer("reporter", "370104");
    private static final String ADMIN = DevTokens.bearer("admin", "370000");
    private static final String AUDITOR = DevTokens.bearer("auditor", "370000");

    /** Every GET of the spec with a path parameter, and what its record is. */
    private static final Map<String, String> READS_BY_ID = Map.of(
            "/api/v1/jurisdictions/{code}", "public",
            "/api/v1/indicators/{code}", "public",
            "/api/v1/indicators/{code}/comparison", "public",
            "/api/v1/plans/{code}", "public when published or archived, a draft is scoped",
            "/api/v1/plans/{code}/document", "public when published or archived, a draft is scoped",
            "/api/v1/plans/{code}/progress", "public when published or archived, a draft is scoped",
            "/api/v1/plans/{code}/revisions", "public when published or archived, a draft is scoped",
            "/api/v1/targets/{id}", "public when its revision is published or archived, a draft's target is scoped",
            "/api/v1/targets/{id}/history", "scoped: planners of the plan's jurisdiction and above, admins, auditors");
    private static final List<String> PLAN_READS = List.of("", "/document", "/progress", "/revisions");

    @Test
    void everyReadByIdOfTheSpecIsCoveredHere() {
        Set<String> reads = new TreeSet<>();
        JsonNode spec = ApiFuzzer.servedSpec();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().contains("{") && path.getValue().has("get")) {
                reads.add(path.getKey());
            }
        }
        assertEquals(new TreeSet<>(READS_BY_ID.keySet()), reads);
    }

    @Test
    void aDraftIsNotFoundForAnotherJurisdiction() {
        String code = TestPlans.code("370104", 2061);
        given().header("Authorization", HUAIYIN_PLANNER).contentType(ContentType.JSON)
                .body(TestPlans.document(2061, null, "3")).when().post("/api/v1/plans").then().statusCode(201);

        for (String read : PLAN_READS) {
            String path = "/api/v1/plans/" + code + read;
            for (String outsider : new String[] { LANSHAN_PLANNER, HUAIYIN_REPORTER }) {
                given().header("Authorization", outsider).header("Accept-Language", "en").when().get(path).then()
                        .statusCode(404).contentType("application/problem+json")
                        .body("detail", equalTo("Plan " + code + " does not exist"));
            }
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
            for (String insider : new String[] { HUAIYIN_PLANNER, JINAN_PLANNER, ADMIN, AUDITOR }) {
                given().header("Authorization", insider).when().get(path).then().statusCode(200);
            }
        }
        for (String read : List.of("", "/document", "/progress")) {
            given().header("Authorization", LANSHAN_PLANNER).header("Accept-Language", "en").queryParam("revision", 1)
                    .when().get("/api/v1/plans/" + code + read).then().statusCode(404)
                    .body("detail", equalTo("Plan revision " + code + "@1 does not exist"));
        }
        given().header("Authorization", LANSHAN_PLANNER).queryParam("size", 200).when().get("/api/v1/plans").then()
                .statusCode(200).body("items.code", not(hasItem(code)));
        given().header("Authorization", HUAIYIN_PLANNER).queryParam("size", 200).queryParam("jurisdiction", "370104")
                .when().get("/api/v1/plans").then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void aDraftRevisionOfAPublishedPlanIsNotFoundForAnotherJurisdiction() {
        String code = TestPlans.code("370104", 2066);
        given().header("Authorization", HUAIYIN_PLANNER).contentType(ContentType.JSON)
                .body(TestPlans.document(2066, "PUBLISHED", "3")).when().post("/api/v1/plans/import").then().statusCode(201);
        int version = given().when().get("/api/v1/plans/" + code).then().statusCode(200).extract().path("version");
        given().header("Authorization", HUAIYIN_PLANNER).contentType(ContentType.JSON).body("{\"version\":" + version + "}")
                .when().post("/api/v1/plans/" + code + "/revisions").then().statusCode(201).body("revision", equalTo(2));

        for (String read : List.of("", "/document", "/progress")) {
            String path = "/api/v1/plans/" + code + read;
            given().header("Authorization", LANSHAN_PLANNER).queryParam("revision", 2).when().get(path).then()
                    .statusCode(404).contentType("application/problem+json");
            given().header("Authorization", LANSHAN_PLANNER).queryParam("revision", 1).when().get(path).then().statusCode(200);
            given().header("Authorization", HUAIYIN_PLANNER).queryParam("revision", 2).when().get(path).then().statusCode(200);
        }
        given().header("Authorization", LANSHAN_PLANNER).when().get("/api/v1/plans/" + code + "/revisions").then()
                .statusCode(200).body("revision", contains(1));
        given().header("Authorization", HUAIYIN_PLANNER).when().get("/api/v1/plans/" + code + "/revisions").then()
                .statusCode(200).body("revision", contains(1, 2));
    }

    @Test
    void aTargetsHistoryIsScopedAndADraftsTargetIsNotFound() {
        String code = TestPlans.code("370104", 2071);
        given().header("Authorization", HUAIYIN_PLANNER).contentType(ContentType.JSON)
                .body(TestPlans.document(2071, "PUBLISHED", "3")).when().post("/api/v1/plans/import").then().statusCode(201);
        long published = ((Number) given().when().get("/api/v1/plans/" + code).then().statusCode(200).extract()
                .path("areas[0].goals[0].targets[0].id")).longValue();
        for (String outsider : new String[] { LANSHAN_PLANNER, HUAIYIN_REPORTER }) {
            given().header("Authorization", outsider).when().get("/api/v1/targets/" + published + "/history").then()
                    .statusCode(403).contentType("application/problem+json");
            given().header("Authorization", outsider).when().get("/api/v1/targets/" + published).then().statusCode(200);
        }
        for (String insider : new String[] { HUAIYIN_PLANNER, JINAN_PLANNER, ADMIN, AUDITOR }) {
            given().header("Authorization", insider).when().get("/api/v1/targets/" + published + "/history").then().statusCode(200);
        }
        String draftCode = TestPlans.code("370104", 2076);
        given().header("Authorization", HUAIYIN_PLANNER).contentType(ContentType.JSON)
                .body(TestPlans.document(2076, null, "3")).when().post("/api/v1/plans").then().statusCode(201);
        long draft = ((Number) given().header("Authorization", HUAIYIN_PLANNER).when().get("/api/v1/plans/" + draftCode)
                .then().statusCode(200).extract().path("areas[0].goals[0].targets[0].id")).longValue();
        for (String read : List.of("", "/history")) {
            given().header("Authorization", LANSHAN_PLANNER).when().get("/api/v1/targets/" + draft + read).then()
                    .statusCode(404).contentType("application/problem+json");
            given().header("Authorization", HUAIYIN_PLANNER).when().get("/api/v1/targets/" + draft + read).then().statusCode(200);
        }
        given().when().get("/api/v1/targets/" + draft).then().statusCode(404);
    }

    @Test
    void publicDocumentsAreReadInEveryJurisdiction() {
        for (String token : new String[] { LANSHAN_PLANNER, null }) {
            for (String read : PLAN_READS) {
                request(token).when().get("/api/v1/plans/370104-children-2021" + read).then().statusCode(200);
            }
            request(token).when().get("/api/v1/jurisdictions/370104").then().statusCode(200).body("code", equalTo("370104"));
            request(token).when().get("/api/v1/indicators/NEONATAL_MORTALITY").then().statusCode(200);
            request(token).when().get("/api/v1/indicators/NEONATAL_MORTALITY/comparison").then().statusCode(200)
                    .body("targets.jurisdiction", hasItem("370104"));
        }
    }

    private static io.restassured.specification.RequestSpecification request(String token) {
        return token == null ? given() : given().header("Authorization", token);
    }
}
