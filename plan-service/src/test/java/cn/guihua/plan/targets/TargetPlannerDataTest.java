package cn.guihua.plan.targets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.guihua.platform.audit.AuditEntry;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The planner's data on a target (issue 12): a tolerance defaulted from the phrasing and set by a planner, a value a
 * higher level sets, a base year to be set and a base value entered, each with history and audit; revisions and
 * exports keep them and keep year-only baselines; a new import keeps what the document leaves open.
 */
@QuarkusTest
class TargetPlannerDataTest {

    private static final String PLANNER = DevTokens.bearer("planner", "370104");
    private static final String OTHER_PLANNER = DevTokens.bearer("planner", "371302");
    private static final String REPORTER = DevTokens.bearer("reporter", "370104");
    private static final String AUDITOR = DevTokens.bearer("auditor", "370000");
    private static final String GOAL = "areas[0].goals[0].targets";
    private static final String MEASURE = "areas[0].measures[0].targets";

    /** A published plan of 370104 with one target of each kind a planner completes. */
    static String document(int start, String extraTarget) {
        return """
                {"code":"370104-other-%1$d","title":"测试规划 %1$d","kind":"OTHER","jurisdiction":"370104",
                 "periodStart":%1$d,"periodEnd":%2$d,"status":"PUBLISHED","sourceRef":"000:607",
                 "areas":[{"sequence":1,"name":"妇女与经济","sourceRef":"000:661",
                   "goals":[{"sequence":1,"text":"就业人员中的女性比例保持在45%%左右","classification":"NUMERIC",
                     "leadUnits":[],"responsibleUnits":[],"sourceRef":"000:203","targets":[
                     {"indicatorCode":"FEMALE_SHARE_EMPLOYED","comparator":"EQUAL","value":45,"unit":"%%",
                      "sourcePhrase":"保持在45%%左右","sourceRef":"000:203","phrasing":"保持在X%%左右"},
                     {"indicatorCode":"HIGH_LEVEL_VOCATIONAL_SCHOOLS","comparator":"RANGE","value":5,"valueHigh":8,"unit":"所",
                      "sourcePhrase":"建设 5-8 所","sourceRef":"003:981"},
                     {"indicatorCode":"NEONATAL_MORTALITY","comparator":"DECREASE_PERCENT","value":20,"unit":"%%",
                      "baseline":{"year":2019,"sourceRef":"000:721"},"sourcePhrase":"以2019年为基数下降20%%","sourceRef":"000:721"}
                     %3$s]}],
                   "measures":[{"sequence":1,"text":"完善措施。","responsibleUnits":[],"sourceRef":"000:685","targets":[
                     {"indicatorCode":"COAL_CONSUMPTION_TOTAL","comparator":"AT_MOST","unit":"万吨标准煤","valueToBeSet":true,
                      "valueSetBy":"济南市（市下达）","sourcePhrase":"完成市下达控制目标","sourceRef":"000:2609",
                      "phrasing":"市定/市下达/上级指标要求"},
                     {"indicatorCode":"ON_SITE_ENFORCEMENT_FREQUENCY","comparator":"DECREASE_PERCENT","value":30,"unit":"%%",
                      "baseline":{"source":"TO_BE_SET"},"baseYearToBeSet":true,"suggestedBaseYear":%1$d,
                      "sourcePhrase":"现场执法频次压减30%%以上","sourceRef":"000:2756"},
                     {"indicatorCode":"QUALIFIED_SAFETY_INSPECTOR_SHARE","comparator":"AT_LEAST","value":75,"unit":"%%",
                      "targetYear":%1$d,"milestone":true,"milestoneDate":"%1$d-12-31",
                      "sourcePhrase":"不低于在职人员的75%%","sourceRef":"003:186"}]}]}]}
                """.formatted(start, start + 4, extraTarget);
    }

    @Test
    void aPlannerCompletesTheTargetsWithHistoryAndAuditAndRevisionsKeepIt() {
        String code = "370104-other-2081";
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(document(2081, ""))
                .when().post("/api/v1/plans/import").then().statusCode(201);
        JsonPath plan = given().when().get("/api/v1/plans/" + code).then().statusCode(200).extract().jsonPath();
        // 保持在X%左右 without a tolerance gets the phrasing's ±1, two-sided
        assertEquals(1, plan.getInt(GOAL + "[0].tolerance"));
        assertEquals("PHRASING_DEFAULT", plan.getString(GOAL + "[0].toleranceSource"));
        assertEquals(null, plan.getString(GOAL + "[0].direction"));
        // a range takes the indicator's direction (高水平中职学校数 is better higher)
        assertEquals("INCREASE", plan.getString(GOAL + "[1].direction"));
        // a year-only base is MONITORED
        assertEquals("MONITORED", plan.getString(GOAL + "[2].baselineSource"));
        assertEquals(2019, plan.getInt(GOAL + "[2].baselineYear"));
        // a value to be set and a base year to be set wait for a planner
        assertEquals(true, plan.getBoolean(MEASURE + "[0].awaitingValue"));
        assertEquals(true, plan.getBoolean(MEASURE + "[0].progress.awaitingValue"));
        assertEquals(true, plan.getBoolean(MEASURE + "[1].awaitingValue"));
        assertEquals(true, plan.getBoolean(MEASURE + "[2].milestone"));
        long share = plan.getLong(GOAL + "[0].id");
        long coal = plan.getLong(MEASURE + "[0].id");
        long enforcement = plan.getLong(MEASURE + "[1].id");
        long decrease = plan.getLong(GOAL + "[2].id");
        given().when().get("/api/v1/targets/" + coal).then().statusCode(200).body("awaitingValue", equalTo(true))
                .body("valueSetBy", equalTo("济南市（市下达）")).body("planCode", equalTo(code));

        // the base year 2019 of a target makes its indicator tracked from 2019
        given().when().get("/api/v1/indicators/NEONATAL_MORTALITY").then().body("trackedFrom", equalTo(2019));

        // the tolerance: planners of the plan's jurisdiction only, at the version read, with a reason
        String body = "{\"version\":0,\"tolerance\":2,\"reason\":\"区妇儿工委确定按±2个百分点掌握\"}";
        given().header("Authorization", OTHER_PLANNER).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/targets/" + share + "/tolerance").then().statusCode(403);
        given().header("Authorization", REPORTER).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/targets/" + share + "/tolerance").then().statusCode(403);
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body("{\"version\":0,\"tolerance\":2}")
                .when().put("/api/v1/targets/" + share + "/tolerance").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/targets/" + share + "/tolerance").then().statusCode(200)
                .body("tolerance", equalTo(2)).body("toleranceSource", equalTo("PLANNER")).body("version", equalTo(1));
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/targets/" + share + "/tolerance").then().statusCode(409);
        given().header("Accept-Language", "en").when().get("/api/v1/plans/" + code)
                .then().body(GOAL + "[0].progress.explanation", hasItem("Tolerance ±2% (set by a planner)"));

        // the value a higher level set: only on a target whose value is to be set
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"version\":1,\"value\":40,\"reason\":\"不适用\"}")
                .when().put("/api/v1/targets/" + share + "/value").then().statusCode(409);
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"version\":0,\"value\":120.5,\"reason\":\"济南市 济发改〔2082〕3号 下达槐荫区煤炭消费总量控制目标\"}")
                .when().put("/api/v1/targets/" + coal + "/value").then().statusCode(200)
                .body("value", equalTo(120.5f)).body("valueToBeSet", equalTo(true)).body("awaitingValue", equalTo(false));

        // the base year to be set, then a base value with its source
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"version\":0,\"year\":2081,\"value\":12,\"reason\":\"按规划基期\"}")
                .when().put("/api/v1/targets/" + enforcement + "/baseline").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"version\":0,\"year\":2081,\"reason\":\"按规划基期确定基数年份\"}")
                .when().put("/api/v1/targets/" + enforcement + "/baseline").then().statusCode(200)
                .body("baselineYear", equalTo(2081)).body("baselineSource", equalTo("MONITORED"))
                .body("baselineValue", nullValue()).body("awaitingValue", equalTo(false)).body("baseYearToBeSet", equalTo(true));
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"version\":0,\"year\":2019,\"value\":3.1,\"note\":\"《2019年槐荫区卫生健康统计年报》\",\"reason\":\"2019年无监测值\"}")
                .when().put("/api/v1/targets/" + decrease + "/baseline").then().statusCode(200)
                .body("baselineSource", equalTo("PLANNER")).body("baselineValue", equalTo(3.1f))
                .body("baselineNote", equalTo("《2019年槐荫区卫生健康统计年报》"));

        // the history, oldest first, for planners in scope and auditors
        given().header("Authorization", PLANNER).when().get("/api/v1/targets/" + share + "/history").then().statusCode(200)
                .body("field", contains("TOLERANCE")).body("before[0].tolerance", equalTo(1))
                .body("before[0].toleranceSource", equalTo("PHRASING_DEFAULT")).body("after[0].tolerance", equalTo(2))
                .body("reason[0]", equalTo("区妇儿工委确定按±2个百分点掌握")).body("actor[0]", equalTo("planner@370104"));
        given().header("Authorization", AUDITOR).when().get("/api/v1/targets/" + coal + "/history").then().statusCode(200)
                .body("field", contains("VALUE")).body("after[0].value", equalTo(120.5f));
        given().header("Authorization", OTHER_PLANNER).when().get("/api/v1/targets/" + coal + "/history").then().statusCode(403);
        given().when().get("/api/v1/targets/" + coal + "/history").then().statusCode(401);
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "entityType = 'PlanTarget' and entityId in (?1, ?2, ?3, ?4) and action like 'plan.target.%'",
                String.valueOf(share), String.valueOf(coal), String.valueOf(enforcement), String.valueOf(decrease)));
        assertEquals(4, audited);

        // the export keeps the planner's data and the year-only base
        JsonPath exported = given().when().get("/api/v1/plans/" + code + "/document").then().statusCode(200).extract().jsonPath();
        assertEquals("PLANNER", exported.getString(GOAL + "[0].toleranceSource"));
        assertEquals(120.5f, exported.getFloat(MEASURE + "[0].value"));
        assertEquals(2081, exported.getInt(MEASURE + "[1].baseline.year"));
        assertEquals(null, (Object) exported.get(MEASURE + "[1].baseline.value"));
        assertEquals("MONITORED", exported.getString(MEASURE + "[1].baseline.source"));
        assertEquals(2019, exported.getInt(GOAL + "[2].baseline.year"));

        // a revision starts as a copy with all of it
        int version = given().when().get("/api/v1/plans/" + code).then().extract().path("version");
        JsonPath draft = given().header("Authorization", PLANNER).contentType(ContentType.JSON).body("{\"version\":" + version + "}")
                .when().post("/api/v1/plans/" + code + "/revisions").then().statusCode(201).extract().jsonPath();
        assertEquals(2, draft.getInt(GOAL + "[0].tolerance"));
        assertEquals("PLANNER", draft.getString(GOAL + "[0].toleranceSource"));
        assertEquals(2019, draft.getInt(GOAL + "[2].baselineYear"));
        assertEquals(2081, draft.getInt(MEASURE + "[1].baselineYear"));
        assertEquals(null, (Object) draft.get(MEASURE + "[1].baselineValue"));
        assertEquals(120.5f, draft.getFloat(MEASURE + "[0].value"));
        // a target of a draft is not changed by these operations, nor read by someone who may not read the draft
        long draftTarget = draft.getLong(GOAL + "[0].id");
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/targets/" + draftTarget + "/tolerance").then().statusCode(409);
        given().header("Authorization", OTHER_PLANNER).when().get("/api/v1/targets/" + draftTarget).then().statusCode(404);
        given().header("Authorization", PLANNER).when().get("/api/v1/targets/" + draftTarget).then().statusCode(200);
    }

    @Test
    void aNewImportKeepsWhatAPlannerSetWhereTheDocumentLeavesItOpen() {
        String code = "370104-other-2086";
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(document(2086, ""))
                .when().post("/api/v1/plans/import").then().statusCode(201);
        JsonPath plan = given().when().get("/api/v1/plans/" + code).then().extract().jsonPath();
        long coal = plan.getLong(MEASURE + "[0].id");
        long share = plan.getLong(GOAL + "[0].id");
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"version\":0,\"value\":99,\"reason\":\"市下达\"}")
                .when().put("/api/v1/targets/" + coal + "/value").then().statusCode(200);
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"version\":0,\"tolerance\":1.5,\"reason\":\"会议确定\"}")
                .when().put("/api/v1/targets/" + share + "/tolerance").then().statusCode(200);
        // the document changes elsewhere (one more target): a new revision, with the planner's value and tolerance
        String extra = ",{\"indicatorCode\":\"MATERNAL_MORTALITY\",\"comparator\":\"DIRECTION\",\"direction\":\"DECREASE\","
                + "\"unit\":\"1/10万\",\"sourcePhrase\":\"持续下降\",\"sourceRef\":\"000:75\"}";
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(document(2086, extra))
                .when().post("/api/v1/plans/import").then().statusCode(201).body("revision", equalTo(2));
        given().when().get("/api/v1/plans/" + code).then().body("revision", equalTo(2))
                .body(MEASURE + "[0].value", equalTo(99))
                .body(MEASURE + "[0].awaitingValue", equalTo(false))
                .body(GOAL + "[0].tolerance", equalTo(1.5f))
                .body(GOAL + "[0].toleranceSource", equalTo("PLANNER"));
        List<String> details = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "entityType = 'Plan' and entityId = ?1 and action = 'plan.imported'", code).stream()
                .map(e -> String.valueOf(e.details)).toList());
        assertTrue(details.stream().anyMatch(d -> d.contains("plannerDataCarriedOver")), String.valueOf(details));
    }

    @Test
    void documentsWithTheNewFieldsAreChecked() {
        String bad = document(2091, ",{\"indicatorCode\":\"FEMALE_SHARE_EMPLOYED\",\"comparator\":\"DECREASE_PERCENT\",\"value\":5,"
                + "\"tolerance\":-1,\"toleranceSource\":\"GUESS\",\"milestone\":\"yes\",\"milestoneDate\":\"2052-01-01\","
                + "\"unchangedMeets\":true,\"referenceIndicatorCode\":\"NO_SUCH\",\"sourcePhrase\":\"x\",\"sourceRef\":\"000:1\"}");
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/plans/import").then().statusCode(400)
                .body("errors.field", hasItems(
                        "areas[0].goals[0].targets[3].tolerance",
                        "areas[0].goals[0].targets[3].toleranceSource",
                        "areas[0].goals[0].targets[3].milestone",
                        "areas[0].goals[0].targets[3].milestoneDate",
                        "areas[0].goals[0].targets[3].unchangedMeets",
                        "areas[0].goals[0].targets[3].referenceIndicatorCode",
                        "areas[0].goals[0].targets[3].baseline"));
    }
}
