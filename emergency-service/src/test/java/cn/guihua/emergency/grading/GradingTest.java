package cn.guihua.emergency.grading;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import cn.guihua.emergency.plan.PlanFixtures;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class GradingTest {

    private static final String DRUG = "/api/v1/grading-tables/HY_DRUG_SAFETY/evaluations";

    /** 000:3181: 超过 30 人（含），少于 50 人 is 重大 (Ⅱ). */
    @Test
    void thirtyFiveAdverseEventsOfOneDrugGradeAsMajorWithTheMatchedCriterion() {
        given().contentType(ContentType.JSON).body("{\"facts\":{\"similarAdverseEventCases\":35}}")
                .when().post(DRUG).then().statusCode(200)
                .body("level", equalTo(2))
                .body("levelName", equalTo("重大（Ⅱ级）"))
                .body("matched", hasSize(1))
                .body("matched[0].criterion", equalTo("II-1a"))
                .body("matched[0].text", equalTo("不良事件涉及人数超过 30 人（含），少于 50 人"))
                .body("matched[0].sourceRef", equalTo("000:3181"));
    }

    /** Criterion (b) has no upper bound, so 12 severe cases match every level; the highest wins (000:3169). */
    @Test
    void evaluationStartsAtTheHighestLevel() {
        given().contentType(ContentType.JSON).body("{\"facts\":{\"severeAdverseEventCases\":12,\"similarAdverseEventCases\":15}}")
                .when().post(DRUG).then().statusCode(200)
                .body("level", equalTo(1)).body("matched.criterion", contains("I-1b"));
        given().contentType(ContentType.JSON).body("{\"facts\":{\"similarAdverseEventCases\":50}}")
                .when().post(DRUG).then().body("level", equalTo(1));
        given().contentType(ContentType.JSON).body("{\"facts\":{\"similarAdverseEventCases\":49}}")
                .when().post(DRUG).then().body("level", equalTo(2));
        given().contentType(ContentType.JSON).body("{\"facts\":{\"similarAdverseEventCases\":10}}")
                .when().post(DRUG).then().body("level", equalTo(4)).body("matched[0].sourceRef", equalTo("000:3205"));
    }

    /** Deaths count only together with similar cases in the area at Ⅱ and Ⅲ (000:3185, 000:3197). */
    @Test
    void combinedConditionsMustAllHold() {
        given().contentType(ContentType.JSON).body("{\"facts\":{\"deathsSameBatch\":3,\"similarCasesInArea\":true}}")
                .when().post(DRUG).then().body("level", equalTo(2)).body("matched.criterion", contains("II-2"));
        given().contentType(ContentType.JSON).body("{\"facts\":{\"deathsSameBatch\":3,\"similarCasesInArea\":false}}")
                .when().post(DRUG).then().body("level", nullValue()).body("matched", hasSize(0));
        given().contentType(ContentType.JSON).body("{\"facts\":{\"deathsSameBatch\":5}}")
                .when().post(DRUG).then().body("level", equalTo(1)).body("matched.criterion", contains("I-2"));
    }

    @Test
    void unknownOrNegativeFactsAreRefused() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"facts\":{\"patients\":3}}")
                .when().post(DRUG).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("facts.patients"));
        given().contentType(ContentType.JSON).body("{\"facts\":{\"similarAdverseEventCases\":-1}}")
                .when().post(DRUG).then().statusCode(400).body("errors[0].field", equalTo("facts.similarAdverseEventCases"));
        // 1e400 reads as an infinite number: refused, naming the fact, never a 500
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"facts\":{\"similarAdverseEventCases\":1e400}}")
                .when().post(DRUG).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("facts.similarAdverseEventCases"))
                .body("errors[0].message", equalTo("similarAdverseEventCases must be a finite number no less than 0, or true/false"));
        given().contentType(ContentType.JSON).body("{\"facts\":{}}")
                .when().post("/api/v1/grading-tables/NOPE/evaluations").then().statusCode(404);
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body("{\"facts\":{\"similarAdverseEventCases\":35}}")
                .when().post(DRUG).then().statusCode(200).body("levelName", equalTo("Serious (level Ⅱ)"));
    }

    @Test
    void anotherEventTypeGetsItsOwnTable() {
        String table = "{\"code\":\"HY_TEST_FLOOD\",\"jurisdiction\":\"370104\",\"name\":\"测试用分级标准\",\"eventType\":\"防汛\","
                + "\"metrics\":[{\"name\":\"deaths\",\"description\":\"死亡人数\"}],"
                + "\"criteria\":[{\"level\":1,\"code\":\"I-1\",\"text\":\"死亡 30 人以上\",\"conditions\":[{\"metric\":\"deaths\",\"min\":30}],\"sourceRef\":\"测试\"},"
                + "{\"level\":4,\"code\":\"IV-1\",\"text\":\"死亡 3 人以下\",\"conditions\":[{\"metric\":\"deaths\",\"min\":1,\"below\":3}],\"sourceRef\":\"测试\"}],\"sourceRef\":\"测试\",\"effectiveFrom\":\"2023-01-01\"}";
        given().header("Authorization", PlanFixtures.manager(PlanFixtures.ZHANGDIAN)).contentType(ContentType.JSON).body(table)
                .when().post("/api/v1/grading-tables").then().statusCode(403);
        given().header("Authorization", PlanFixtures.manager(PlanFixtures.HUAIYIN)).contentType(ContentType.JSON)
                .body(table.replace("\"metric\":\"deaths\",\"min\":30", "\"metric\":\"injured\",\"min\":30"))
                .when().post("/api/v1/grading-tables").then().statusCode(400)
                .body("errors[0].field", equalTo("criteria[0].conditions[0].metric"));
        given().header("Authorization", PlanFixtures.manager(PlanFixtures.HUAIYIN)).contentType(ContentType.JSON).body(table)
                .when().post("/api/v1/grading-tables").then().statusCode(201).body("criteria", hasSize(2));
        given().header("Authorization", DevTokens.bearer("admin", "370000")).contentType(ContentType.JSON).body(table)
                .when().post("/api/v1/grading-tables").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"facts\":{\"deaths\":2}}")
                .when().post("/api/v1/grading-tables/HY_TEST_FLOOD/evaluations").then()
                .body("level", equalTo(4)).body("matched[0].criterion", equalTo("IV-1"));
        given().when().get("/api/v1/grading-tables/HY_DRUG_SAFETY").then().statusCode(200)
                .body("criteria", hasSize(18)).body("sourceRef", equalTo("000:3162-3211"))
                .body("effectiveFrom", equalTo("2022-11-25"));
    }
}
