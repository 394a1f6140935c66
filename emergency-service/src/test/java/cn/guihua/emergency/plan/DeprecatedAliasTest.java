package cn.guihua.emergency.plan;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN_DRUG;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.testsupport.ApiFuzzer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Emergency plans moved to {@code /api/v1/emergency-plans} (plan-service serves {@code /api/v1/plans}); the former
 * path keeps working for one release, documented as deprecated. So do the former short filter names.
 */
@QuarkusTest
class DeprecatedAliasTest {

    private static final String OLD = "/api/v1/plans";
    private static final String NEW = "/api/v1/emergency-plans";

    @Test
    void theFormerPathStillServesEveryPlanOperation() {
        String viaNew = given().when().get(NEW + "/" + HUAIYIN_DRUG).then().statusCode(200).extract().asString();
        String viaOld = given().when().get(OLD + "/" + HUAIYIN_DRUG).then().statusCode(200).extract().asString();
        assertEquals(viaNew, viaOld);
        given().queryParam("jurisdiction", HUAIYIN).queryParam("planType", "OVERALL").when().get(OLD).then()
                .statusCode(200).body("items.documentNumber", hasItem("济槐政发〔2022〕5号"));

        String body = "{\"jurisdiction\":\"370104\",\"title\":\"槐荫区旧路径测试应急预案\",\"planType\":\"SPECIAL\","
                + "\"category\":\"ACCIDENT\",\"leadDepartments\":[\"区应急局\"]}";
        given().contentType(ContentType.JSON).body(body).when().post(OLD).then().statusCode(401);
        given().header("Authorization", manager(PlanFixtures.ZHANGDIAN)).contentType(ContentType.JSON).body(body)
                .when().post(OLD).then().statusCode(403);
        var created = given().header("Authorization", manager(HUAIYIN)).header("Idempotency-Key", "old-path-plan")
                .contentType(ContentType.JSON).body(body).when().post(OLD).then().statusCode(201).extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith(NEW + "/" + id), created.header("Location"));
        String again = given().header("Authorization", manager(HUAIYIN)).header("Idempotency-Key", "old-path-plan")
                .contentType(ContentType.JSON).body(body).when().post(OLD).then().statusCode(201).extract().path("id");
        assertEquals(id, again);

        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"to\":\"CONSULTATION\",\"reason\":\"征求意见\",\"version\":0}")
                .when().post(OLD + "/" + id + "/transitions").then().statusCode(200).body("status", equalTo("CONSULTATION"));
        given().header("Authorization", manager(HUAIYIN)).when().get(OLD + "/" + id + "/transitions").then().statusCode(200)
                .body("to", contains("DRAFTING", "CONSULTATION"));
        given().header("Authorization", manager(HUAIYIN)).when().get(NEW + "/" + id).then().statusCode(200)
                .body("status", equalTo("CONSULTATION")).body("version", equalTo(1));

        PlanFixtures.move(HUAIYIN, id, "REVIEW", "");
        PlanFixtures.move(HUAIYIN, id, "APPROVAL", "");
        PlanFixtures.move(HUAIYIN, id, "PUBLISHED", ",\"issueDate\":\"2023-03-01\"");
        String filing = given().header("Authorization", manager(HUAIYIN)).when().get(OLD + "/" + id + "/filings").then()
                .statusCode(200).body("recipient", contains("市政府有关主管部门")).extract().path("[0].id");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"filedOn\":\"2023-03-20\",\"version\":0}")
                .when().post(OLD + "/" + id + "/filings/" + filing + "/record").then().statusCode(200).body("status", equalTo("FILED"));
        given().header("Authorization", manager(HUAIYIN)).when().get(NEW + "/" + id).then().body("status", equalTo("IN_FORCE"));
        String drill = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"heldOn\":\"2023-04-01\",\"form\":\"LIVE\",\"organiser\":\"区应急局\",\"revisionNeeded\":true}")
                .when().post(OLD + "/" + id + "/drills").then().statusCode(201).extract().path("id");
        given().header("Authorization", manager(HUAIYIN)).when().get(OLD + "/" + id + "/drills/" + drill).then().statusCode(200)
                .body("heldOn", equalTo("2023-04-01"));
        given().header("Authorization", manager(HUAIYIN)).when().get(OLD + "/" + id + "/revision-triggers").then().statusCode(200)
                .body("drillId", contains(drill)).body("[0].circumstance", equalTo(6));
    }

    @Test
    void theFormerFilterNamesAreAliasesAndTheFieldNamedOneWins() {
        given().queryParam("jurisdiction", HUAIYIN).queryParam("type", "OVERALL").when().get(NEW).then().statusCode(200)
                .body("items.planType", everyItem(equalTo("OVERALL"))).body("items.documentNumber", hasItem("济槐政发〔2022〕5号"));
        given().queryParam("planType", "SPECIAL").queryParam("type", "OVERALL").when().get(NEW).then().statusCode(200)
                .body("items.planType", everyItem(equalTo("SPECIAL")));
        given().queryParam("q", "药品安全").when().get(NEW).then().body("items.id", hasItem(HUAIYIN_DRUG));
        given().queryParam("title", "总体").queryParam("q", "药品安全").when().get(NEW).then()
                .body("items.id", not(hasItem(HUAIYIN_DRUG)));
        given().queryParam("jurisdiction", "370303").queryParam("leadKnown", false).when().get("/api/v1/catalogue/entries")
                .then().body("total", equalTo(17));
        given().header("Authorization", manager(HUAIYIN)).queryParam("status", "OVERDUE").queryParam("asOf", "2023-01-01")
                .queryParam("dueBefore", "2022-12-23").when().get("/api/v1/filings").then().statusCode(200)
                .body("items.dueOn", everyItem(equalTo("2022-12-22")));
    }

    @Test
    void theSpecMarksTheFormerPathAndNamesDeprecated() {
        JsonNode spec = ApiFuzzer.servedSpec();
        JsonNode paths = spec.path("paths");
        int aliases = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith(OLD + "/") && !path.getKey().equals(OLD)) {
                continue;
            }
            JsonNode canonical = paths.path(NEW + path.getKey().substring(OLD.length()));
            assertFalse(canonical.isMissingNode(), path.getKey() + " has no " + NEW + " counterpart");
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode c = canonical.path(op.getKey());
                String name = op.getKey() + " " + path.getKey();
                assertTrue(op.getValue().path("deprecated").asBoolean(), name + " is not deprecated");
                assertFalse(c.path("deprecated").asBoolean(), "the canonical " + name + " is deprecated");
                assertEquals("legacy" + Character.toUpperCase(c.path("operationId").asText().charAt(0))
                        + c.path("operationId").asText().substring(1), op.getValue().path("operationId").asText(), name);
                assertEquals(c.path("security"), op.getValue().path("security"), name);
                assertEquals(c.path("parameters"), op.getValue().path("parameters"), name);
                assertEquals(c.path("responses"), op.getValue().path("responses"), name);
                aliases++;
            }
        }
        // plans (list, create, get, update, transitions x2, documents x3), filings x3, drills x3, revision triggers x3
        assertEquals(18, aliases);
        JsonNode create = paths.path(OLD).path("post");
        assertEquals(1, create.path("security").size());
        assertTrue(create.path("parameters").toString().contains("#/components/parameters/IdempotencyKey"));
        assertTrue(create.path("responses").has("401"));
        for (String[] deprecated : new String[][] { { NEW, "type" }, { NEW, "q" }, { "/api/v1/filings", "dueBefore" },
                { "/api/v1/catalogue/entries", "leadKnown" } }) {
            boolean found = false;
            for (JsonNode p : paths.path(deprecated[0]).path("get").path("parameters")) {
                if (deprecated[1].equals(p.path("name").asText())) {
                    assertTrue(p.path("deprecated").asBoolean(), deprecated[1] + " is not deprecated");
                    assertTrue(p.path("description").asText().startsWith("Alias of "), deprecated[1]);
                    found = true;
                }
            }
            assertTrue(found, deprecated[1] + " is not documented on " + deprecated[0]);
        }
    }
}
