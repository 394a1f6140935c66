package cn.guihua.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cn.guihua.platform.audit.AuditEntry;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PlanWriteTest {

    private static final String PLANNER_HUAIYIN = DevTokens.bearer("planner", "370104");
    private static final String ADMIN = DevTokens.bearer("admin", "370000");
    private static final String TARGET = "areas[0].goals[0].targets[0]";

    @Test
    void draftIsEditedPublishedRevisedAndArchived() {
        String code = TestPlans.code("370104", 2031);
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body(TestPlans.document(2031, null, "3")).when().post("/api/v1/plans").then().statusCode(201)
                .header("Location", startsWith("http")).body("status", equalTo("DRAFT")).body("revision", equalTo(1))
                .body(TARGET + ".value", equalTo(3)).body("areas[0].goals[0].leadUnits", contains("区卫生健康局"))
                .body("areas[0].measures[0].responsibleUnits", contains("区卫生健康局"));
        // A draft is not a public document.
        given().when().get("/api/v1/plans/" + code).then().statusCode(404);
        given().when().get("/api/v1/plans").then().body("items.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(code)));
        int version = given().header("Authorization", PLANNER_HUAIYIN).when().get("/api/v1/plans/" + code).then()
                .statusCode(200).extract().path("version");

        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"version\":" + version + ",\"plan\":" + TestPlans.document(2031, null, "2.5") + "}")
                .when().put("/api/v1/plans/" + code + "/draft").then().statusCode(200).body(TARGET + ".value", equalTo(2.5f));
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"version\":" + version + ",\"plan\":" + TestPlans.document(2031, null, "9") + "}")
                .when().put("/api/v1/plans/" + code + "/draft").then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body("{\"version\":" + version + "}")
                .when().post("/api/v1/plans/" + code + "/publish").then().statusCode(409);

        int edited = given().header("Authorization", PLANNER_HUAIYIN).when().get("/api/v1/plans/" + code).then()
                .extract().path("version");
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body("{\"version\":" + edited + "}")
                .when().post("/api/v1/plans/" + code + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().when().get("/api/v1/plans/" + code).then().statusCode(200).body("revision", equalTo(1))
                .body(TARGET + ".value", equalTo(2.5f));
        // A published plan is not edited in place.
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"version\":0,\"plan\":" + TestPlans.document(2031, null, "1") + "}")
                .when().put("/api/v1/plans/" + code + "/draft").then().statusCode(404);

        int published = given().when().get("/api/v1/plans/" + code).then().extract().path("version");
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body("{\"version\":" + published + "}")
                .when().post("/api/v1/plans/" + code + "/revisions").then().statusCode(201)
                .body("revision", equalTo(2)).body("status", equalTo("DRAFT")).body("current", equalTo(false));
        given().when().get("/api/v1/plans/" + code).then().body("revision", equalTo(1)).body("status", equalTo("PUBLISHED"));
        int draftVersion = given().header("Authorization", PLANNER_HUAIYIN).queryParam("revision", 2)
                .when().get("/api/v1/plans/" + code).then().statusCode(200).extract().path("version");
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"version\":" + draftVersion + ",\"plan\":" + TestPlans.document(2031, null, "2") + "}")
                .when().put("/api/v1/plans/" + code + "/draft").then().statusCode(200).body("revision", equalTo(2));
        int revised = given().header("Authorization", PLANNER_HUAIYIN).queryParam("revision", 2)
                .when().get("/api/v1/plans/" + code).then().extract().path("version");
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body("{\"version\":" + revised + "}")
                .when().post("/api/v1/plans/" + code + "/publish").then().statusCode(200).body("revision", equalTo(2));

        given().when().get("/api/v1/plans/" + code).then().body("revision", equalTo(2)).body(TARGET + ".value", equalTo(2));
        given().queryParam("revision", 1).when().get("/api/v1/plans/" + code).then().statusCode(200)
                .body("current", equalTo(false)).body(TARGET + ".value", equalTo(2.5f));
        given().when().get("/api/v1/plans/" + code + "/revisions").then().statusCode(200)
                .body("revision", contains(1, 2)).body("current", contains(false, true));

        int current = given().when().get("/api/v1/plans/" + code).then().extract().path("version");
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body("{\"version\":" + current + "}")
                .when().post("/api/v1/plans/" + code + "/archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
        given().when().get("/api/v1/plans/" + code).then().statusCode(200).body("status", equalTo("ARCHIVED"));

        var actions = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "entityType = 'Plan' and entityId = ?1 order by id", code).stream().map(e -> e.action).toList());
        assertEquals(java.util.List.of("plan.created", "plan.draft.edited", "plan.published", "plan.revision.started",
                "plan.draft.edited", "plan.published", "plan.archived"), actions);
    }

    @Test
    void plannerOfHuaiyinCannotEditALanshanPlan() {
        String lanshan = "371302-children-2021";
        int version = given().when().get("/api/v1/plans/" + lanshan).then().statusCode(200).extract().path("version");
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body("{\"version\":" + version + "}")
                .when().post("/api/v1/plans/" + lanshan + "/revisions").then().statusCode(403)
                .contentType("application/problem+json").body("detail", startsWith("令牌的辖区 370104"));
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"version\":" + version + ",\"plan\":{}}")
                .when().put("/api/v1/plans/" + lanshan + "/draft").then().statusCode(403);
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body("{\"version\":" + version + "}")
                .when().post("/api/v1/plans/" + lanshan + "/archive").then().statusCode(403);
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body(TestPlans.document("371302", 2046, "PUBLISHED", "2")).when().post("/api/v1/plans/import").then()
                .statusCode(403);
        given().header("Authorization", ADMIN).when().get("/api/v1/plans/" + lanshan + "/revisions").then()
                .body("revision", contains(1)).body("status", contains("PUBLISHED"));
        given().header("Authorization", ADMIN).when().get("/api/v1/plans/371302-other-2046").then().statusCode(404);
        // The admin may act anywhere; a reporter nowhere.
        given().header("Authorization", DevTokens.bearer("reporter", "371302")).contentType(ContentType.JSON)
                .body(TestPlans.document("371302", 2046, "PUBLISHED", "2")).when().post("/api/v1/plans/import").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(TestPlans.document("371302", 2046, "PUBLISHED", "2"))
                .when().post("/api/v1/plans/import").then().statusCode(401);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(TestPlans.document("371302", 2046, "PUBLISHED", "2")).when().post("/api/v1/plans/import").then()
                .statusCode(201);
    }

    @Test
    void malformedImportChangesNothingAndNamesEveryBadPath() {
        long plans = QuarkusTransaction.requiringNew().call(() -> Plan.count());
        String bad = TestPlans.document(2036, "PUBLISHED", "3")
                .replace("\"comparator\":\"AT_MOST\"", "\"comparator\":\"AT_MOST_OR_SO\"")
                .replace("\"periodEnd\":2040", "\"periodEnd\":2035")
                .replace("\"name\":\"儿童与健康\"", "\"name\":\"\"")
                .replace("\"targets\":[]", "\"targets\":[{\"indicatorCode\":\"NO_SUCH_INDICATOR\",\"comparator\":\"RANGE\",\"value\":1}]")
                .replace("\"classification\":\"NUMERIC\"", "\"classification\":\"NUMERIC\",\"colour\":\"red\"");
        given().header("Authorization", PLANNER_HUAIYIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(bad).when().post("/api/v1/plans/import").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The plan document has 6 error(s)"))
                .body("errors.field", hasItems("periodEnd", "areas[0].name", "areas[0].goals[0].colour",
                        "areas[0].goals[0].targets[0].comparator", "areas[0].measures[0].targets[0].indicatorCode",
                        "areas[0].measures[0].targets[0].valueHigh"))
                .body("errors.find { it.field == 'areas[0].goals[0].colour' }.message", equalTo("unknown field"));
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body(bad).when().post("/api/v1/plans/import").then().statusCode(400)
                .body("detail", equalTo("规划文件中有 6 处错误"))
                .body("errors.find { it.field == 'areas[0].goals[0].colour' }.message", equalTo("未知字段"));
        assertEquals(plans, QuarkusTransaction.requiringNew().call(() -> Plan.count()));
        given().header("Authorization", PLANNER_HUAIYIN).when().get("/api/v1/plans/370104-other-2036").then().statusCode(404);

        // what the database could not store is refused by field, not by the database
        given().header("Authorization", PLANNER_HUAIYIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(TestPlans.document(2036, "PUBLISHED", "3").replace("\"title\":\"测试规划 2036\"", "\"title\":\"测试\\u0000规划\"")
                        .replace("\"issueDate\":\"2036-03-01\"", "\"issueDate\":\"+999999999-12-31\"")
                        .replace("\"value\":3", "\"value\":1e400"))
                .when().post("/api/v1/plans/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("title", "issueDate", "areas[0].goals[0].targets[0].value"))
                .body("errors[0].message", equalTo("must not contain NUL or other control characters"));
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body("[1,2]")
                .when().post("/api/v1/plans/import").then().statusCode(400).body("errors[0].field", equalTo(""));
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body(TestPlans.document(2036, "PUBLISHED", "3").replace("370104-other-2036", "370104-children-2036"))
                .when().post("/api/v1/plans/import").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void importIsVersionedAndIdempotent() {
        String code = TestPlans.code("370104", 2041);
        given().header("Authorization", PLANNER_HUAIYIN).header("Idempotency-Key", "import-2041").contentType(ContentType.JSON)
                .body(TestPlans.document(2041, "PUBLISHED", "3")).when().post("/api/v1/plans/import").then()
                .statusCode(201).body("revision", equalTo(1)).body("status", equalTo("PUBLISHED"));
        given().header("Authorization", PLANNER_HUAIYIN).header("Idempotency-Key", "import-2041").contentType(ContentType.JSON)
                .body(TestPlans.document(2041, "PUBLISHED", "3")).when().post("/api/v1/plans/import").then()
                .statusCode(201).body("revision", equalTo(1));
        // The same content again, without a key: recognised, nothing new.
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body(TestPlans.document(2041, "PUBLISHED", "3")).when().post("/api/v1/plans/import").then()
                .statusCode(200).body("revision", equalTo(1));
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body(TestPlans.document(2041, "PUBLISHED", "2.8")).when().post("/api/v1/plans/import").then()
                .statusCode(201).body("revision", equalTo(2)).body("current", equalTo(true));
        given().when().get("/api/v1/plans/" + code).then().body("revision", equalTo(2)).body(TARGET + ".value", equalTo(2.8f));
        given().queryParam("revision", 1).when().get("/api/v1/plans/" + code).then().body(TARGET + ".value", equalTo(3));
        given().when().get("/api/v1/plans/" + code + "/document").then().statusCode(200)
                .body("code", equalTo(code)).body("areas[0].goals[0].targets[0].value", equalTo(2.8f));
        given().queryParam("plan", code).when().get("/api/v1/targets").then().body("total", equalTo(1))
                .body("items[0].value", equalTo(2.8f));
        long revisions = QuarkusTransaction.requiringNew().call(() -> Plan.count("code", code));
        assertTrue(revisions == 2, "two revisions, not " + revisions);
    }
}
