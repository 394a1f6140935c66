package cn.guihua.plan.jurisdiction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cn.guihua.platform.audit.AuditEntry;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class JurisdictionResourceTest {

    private static final String ADMIN = DevTokens.bearer("admin", "370000");
    private static final String PLANNER_HUAIYIN = DevTokens.bearer("planner", "370104");

    @Test
    void seedJurisdictionsArePublic() {
        given().when().get("/api/v1/jurisdictions/370104").then().statusCode(200)
                .body("name", equalTo("槐荫区")).body("level", equalTo("DISTRICT")).body("parentCode", equalTo("370100"));
        given().queryParam("parent", "370100").when().get("/api/v1/jurisdictions").then().statusCode(200)
                .body("items.code", contains("370103", "370104")).body("total", equalTo(2));
        given().queryParam("parent", "370000").queryParam("descendants", true).queryParam("level", "DISTRICT")
                .when().get("/api/v1/jurisdictions").then().statusCode(200)
                .body("items.code", hasItems("370103", "370104", "370303", "371302")).body("total", equalTo(4));
    }

    @Test
    void parentCodeFiltersByTheFieldItIsNamedAfterAndParentStaysAnAlias() {
        given().queryParam("parentCode", "370100").when().get("/api/v1/jurisdictions").then().statusCode(200)
                .body("items.code", contains("370103", "370104")).body("items.parentCode", everyItem(equalTo("370100")));
        given().queryParam("parent", "370100").when().get("/api/v1/jurisdictions").then().statusCode(200)
                .body("items.code", contains("370103", "370104"));
        // both sent: the field-named one wins
        given().queryParam("parentCode", "370300").queryParam("parent", "370100").when().get("/api/v1/jurisdictions").then()
                .statusCode(200).body("items.code", contains("370303"));
        given().queryParam("parentCode", "370000").queryParam("descendants", "true").queryParam("level", "CITY")
                .when().get("/api/v1/jurisdictions").then().statusCode(200)
                .body("items.code", contains("370100", "370300", "370600", "371300"));
    }

    @Test
    void aFlagOrLevelThatIsNotOneOfItsValuesIsAProblemNamingIt() {
        given().header("Accept-Language", "en").queryParam("parentCode", "370000").queryParam("descendants", "maybe")
                .when().get("/api/v1/jurisdictions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("descendants")).body("errors[0].message", equalTo("must be true or false"));
        given().queryParam("level", "COUNTY").when().get("/api/v1/jurisdictions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("level"));
        given().queryParam("page", 2147483647).when().get("/api/v1/jurisdictions").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void unknownCodeIsNotFoundProblem() {
        given().header("Accept-Language", "en").when().get("/api/v1/jurisdictions/379999").then()
                .statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not found"))
                .body("detail", equalTo("Jurisdiction 379999 does not exist"))
                .body("instance", equalTo("/api/v1/jurisdictions/379999"));
    }

    @Test
    void badBodyNamesEachField() {
        given().header("Authorization", ADMIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"code\":\"12ab\",\"name\":\"\"}")
                .when().post("/api/v1/jurisdictions").then()
                .statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("errors.field", contains("code", "name", "parentCode"))
                .body("errors.find { it.field == 'code' }.message", equalTo("must be a GB/T 2260 division code of 6, 9 or 12 digits"));
        given().header("Authorization", ADMIN).header("Accept-Language", "zh-CN").contentType(ContentType.JSON)
                .body("{\"code\":\"12ab\",\"name\":\"x\",\"parentCode\":\"370104\"}")
                .when().post("/api/v1/jurisdictions").then()
                .statusCode(400).body("title", equalTo("请求参数无效"))
                .body("errors[0].message", equalTo("须为 6、9 或 12 位 GB/T 2260 行政区划代码"));
    }

    @Test
    void malformedJsonAndWrongTypes() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"code\":")
                .when().post("/api/v1/jurisdictions").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("请求无法解析"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"version\":\"abc\"}")
                .when().put("/api/v1/jurisdictions/370104").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void writesNeedAToken() {
        given().contentType(ContentType.JSON).body("{\"code\":\"370104901\",\"name\":\"x\",\"parentCode\":\"370104\"}")
                .when().post("/api/v1/jurisdictions").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer not-a-jwt").contentType(ContentType.JSON)
                .body("{\"code\":\"370104901\",\"name\":\"x\",\"parentCode\":\"370104\"}")
                .when().post("/api/v1/jurisdictions").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrongRoleIsForbidden() {
        given().header("Authorization", DevTokens.bearer("reporter", "370104")).contentType(ContentType.JSON)
                .body("{\"code\":\"370104902\",\"name\":\"x\",\"parentCode\":\"370104\"}")
                .when().post("/api/v1/jurisdictions").then()
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void plannerAddsStreetsOnlyInOwnJurisdiction() {
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"code\":\"371302001\",\"name\":\"兰山街道\",\"parentCode\":\"371302\"}")
                .when().post("/api/v1/jurisdictions").then().statusCode(403)
                .body("detail", startsWith("令牌的辖区 370104"));

        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"code\":\"370104003\",\"name\":\"振兴街街道\",\"parentCode\":\"370104\"}")
                .when().post("/api/v1/jurisdictions").then().statusCode(201)
                .header("Location", startsWith("http")).body("level", equalTo("STREET"));
        given().when().get("/api/v1/jurisdictions/370104003").then().statusCode(200).body("name", equalTo("振兴街街道"));

        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "entityType = 'Jurisdiction' and entityId = '370104003' and actor = 'planner@370104'"));
        assertEquals(1, audited);
    }

    @Test
    void codeMustExtendTheParent() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"370103001\",\"name\":\"x\",\"parentCode\":\"370104\"}")
                .when().post("/api/v1/jurisdictions").then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"370199001\",\"name\":\"x\",\"parentCode\":\"370199\"}")
                .when().post("/api/v1/jurisdictions").then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        String body = "{\"code\":\"370104004\",\"name\":\"青年公园街道\",\"parentCode\":\"370104\"}";
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", ADMIN).header("Idempotency-Key", "k-370104004").contentType(ContentType.JSON)
                    .body(body).when().post("/api/v1/jurisdictions").then()
                    .statusCode(201).body("code", equalTo("370104004"));
        }
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/jurisdictions").then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", ADMIN).header("Idempotency-Key", "k-370104004").contentType(ContentType.JSON)
                .body(body.replace("青年公园", "别的")).when().post("/api/v1/jurisdictions").then().statusCode(422);
    }

    @Test
    void staleVersionIsAConflict() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"370104005\",\"name\":\"中大槐树街道\",\"parentCode\":\"370104\"}")
                .when().post("/api/v1/jurisdictions").then().statusCode(201);
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"name\":\"中大槐树街道办事处\",\"version\":0}")
                .when().put("/api/v1/jurisdictions/370104005").then().statusCode(200).body("version", equalTo(1));
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"name\":\"又一个名字\",\"version\":0}")
                .when().put("/api/v1/jurisdictions/370104005").then().statusCode(409);
        given().when().get("/api/v1/jurisdictions/370104005").then().body("name", equalTo("中大槐树街道办事处"));
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"version\":0}")
                .when().put("/api/v1/jurisdictions/370104").then().statusCode(403);
    }

    @Test
    void auditIsReadableByAuditorsOnly() {
        given().header("Authorization", DevTokens.bearer("auditor", "370000")).when().get("/api/v1/audit")
                .then().statusCode(200);
        given().header("Authorization", PLANNER_HUAIYIN).when().get("/api/v1/audit").then().statusCode(403);
        given().when().get("/api/v1/jurisdictions").then().body("items.code", not(hasItem("999999")));
    }
}
