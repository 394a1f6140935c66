package cn.guihua.emergency.warning;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.ZHANGDIAN;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.guihua.emergency.ReferenceCases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Warnings (预警) through the API, from the cases of reference/cases.json. */
@QuarkusTest
class WarningTest {

    static final String STREET = "370104001";

    static String input(String caseId) {
        return ReferenceCases.get(caseId).get("input").toString();
    }

    static String issue(String jurisdiction, String body) {
        return given().header("Authorization", manager(jurisdiction)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/warnings").then().statusCode(201).extract().path("id");
    }

    /** WARN-HY-BLUE and WARN-HY-ADJUST-LIFT: issued with the ten fields, active for a street below, adjusted, lifted. */
    @Test
    void aHuaiyinBlueWarningIsActiveBelowAndGoesThroughAdjustAndLift() {
        String id = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(input("WARN-HY-BLUE"))
                .when().post("/api/v1/warnings").then().statusCode(201)
                .body("status", equalTo("ISSUED")).body("level", equalTo(4)).body("color", equalTo("BLUE"))
                .body("levelName", equalTo("四级（蓝色）"))
                .body("authorityId", equalTo("HY_OVERALL-NATURAL-4"))
                .body("issuedUnder.sourceRef", equalTo("000:1311"))
                .body("channels.code", contains("EMERGENCY_BROADCAST", "TELECOM"))
                .body("measuresTaken.mark", contains("②", "④"))
                .body("measuresOffered", hasSize(9))
                .body("content.consultation", equalTo("区应急管理局值班电话（测试值）"))
                .body("history", hasSize(1)).body("history[0].action", equalTo("ISSUE"))
                .body("history[0].actorBody", equalTo("槐荫区应急管理局"))
                .body("history[0].recordedBy", equalTo("emergency-manager@370104"))
                .extract().path("id");
        given().header("Authorization", manager(STREET)).queryParam("jurisdiction", STREET)
                .when().get("/api/v1/warnings/active").then().statusCode(200).body("items.id", hasItem(id));
        given().header("Authorization", manager(ZHANGDIAN)).queryParam("jurisdiction", ZHANGDIAN)
                .when().get("/api/v1/warnings/active").then().statusCode(200).body("items.id", not(hasItem(id)));
        // a street's manager reads the warning that covers it; another district's may not
        given().header("Authorization", manager(STREET)).when().get("/api/v1/warnings/" + id).then().statusCode(200);
        given().header("Authorization", manager(ZHANGDIAN)).when().get("/api/v1/warnings/" + id).then().statusCode(403);

        JsonNode steps = ReferenceCases.get("WARN-HY-ADJUST-LIFT").get("steps");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body(withVersion(steps.get(0).get("input"), 0).toString())
                .when().post("/api/v1/warnings/" + id + "/adjustments").then().statusCode(200)
                .body("status", equalTo("ADJUSTED")).body("level", equalTo(3)).body("color", equalTo("YELLOW"))
                .body("history", hasSize(2)).body("history[1].fromLevel", equalTo(4)).body("history[1].sourceRef", equalTo("000:1311"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body(withVersion(steps.get(1).get("input"), 1).toString())
                .when().post("/api/v1/warnings/" + id + "/lift").then().statusCode(200)
                .body("status", equalTo("LIFTED")).body("history", hasSize(3))
                .body("history.action", contains("ISSUE", "ADJUST", "LIFT"))
                .body("history[2].reason", equalTo("危险已经排除")).body("history[2].sourceRef", equalTo("000:1339"))
                .body("allowedActions", hasSize(0));
        given().header("Authorization", manager(STREET)).queryParam("jurisdiction", STREET)
                .when().get("/api/v1/warnings/active").then().body("items.id", not(hasItem(id)));
        // active at a time before it was lifted
        given().header("Authorization", manager(STREET)).queryParam("jurisdiction", STREET).queryParam("at", "2025-07-10T09:00:00+08:00")
                .when().get("/api/v1/warnings/active").then().body("items.id", hasItem(id));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body(withVersion(steps.get(2).get("input"), 2).toString())
                .when().post("/api/v1/warnings/" + id + "/adjustments").then().statusCode(409).contentType("application/problem+json");
    }

    /** WARN-HY-MISSING-FIELD: 000:1315's 咨询渠道 missing is a 400 naming content.consultation. */
    @Test
    void aMissingContentFieldIsA400NamingIt() {
        JsonNode expected = ReferenceCases.get("WARN-HY-MISSING-FIELD").get("expected");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(input("WARN-HY-MISSING-FIELD"))
                .when().post("/api/v1/warnings").then().statusCode(expected.get("httpStatus").asInt())
                .contentType("application/problem+json")
                .body("errors.field", contains(expected.at("/fieldErrors/0/field").asText()))
                .body("errors[0].message", containsString(expected.at("/fieldErrors/0/nameZh").asText()))
                .body("errors[0].message", containsString("000:1315"));
        // every missing field is named
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"planCode\":\"HY_OVERALL\",\"jurisdiction\":\"370104\",\"category\":\"NATURAL\",\"level\":4,\"issuerBody\":\"槐荫区应急管理局\"}")
                .when().post("/api/v1/warnings").then().statusCode(400).body("errors", hasSize(10))
                .body("errors.field", hasItem("content.issuer"));
    }

    /** WARN-ZD-NO-FIELDS: 张店区's plan requires no content (002:3442-3446). */
    @Test
    void zhangdianWarningsNeedNoContentFields() {
        ObjectNode body = (ObjectNode) ReferenceCases.get("WARN-ZD-NO-FIELDS").get("input").deepCopy();
        body.put("issuerBody", "张店区应急管理局");
        given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/warnings").then().statusCode(201).body("status", equalTo("ISSUED"))
                .body("issuedUnder.sourceRef", equalTo("002:3444"));
        // a 镇办 issues too (002:3444); 槐荫区's streets do not (000:1311)
        body.put("jurisdiction", "370303001");
        given().header("Authorization", manager("370303001")).contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/warnings").then().statusCode(201).body("issuerLevel", equalTo("SUBDISTRICT"));
        given().header("Authorization", manager(STREET)).contentType(ContentType.JSON).body(input("WARN-HY-BLUE").replace("\"370104\"", "\"370104001\"")
                .replace("\"issuerLevel\":\"DISTRICT\",", ""))
                .when().post("/api/v1/warnings").then().statusCode(403).body("detail", containsString("000:1311"));
    }

    /** WARN-DRUG-L3-BY-DISTRICT and WARN-DRUG-L3-RECORD: 三级 is the city's (000:3027); the district records it. */
    @Test
    void aDistrictCannotIssueADrugLevelThreeWarningButRecordsTheCitysOne() {
        JsonNode refused = ReferenceCases.get("WARN-DRUG-L3-BY-DISTRICT");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(refused.get("input").toString())
                .when().post("/api/v1/warnings").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(refused.at("/expected/clause/source").asText()))
                .body("detail", containsString(refused.at("/expected/clause/quote").asText()));
        ObjectNode record = (ObjectNode) ReferenceCases.get("WARN-DRUG-L3-RECORD").get("input").deepCopy();
        record.put("category", "HEALTH");
        String id = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(record.toString())
                .when().post("/api/v1/warnings").then().statusCode(201)
                .body("status", equalTo("ISSUED")).body("issuedAbove", equalTo(true)).body("issuerLevel", equalTo("CITY"))
                .body("history[0].action", equalTo("RECORD")).body("measuresOffered", hasSize(0))
                .extract().path("id");
        for (String j : new String[] { HUAIYIN, STREET }) {
            given().header("Authorization", manager(j)).queryParam("jurisdiction", j).when().get("/api/v1/warnings/active").then()
                    .statusCode(200).body("items.id", hasItem(id));
        }
        // recorded as issued by the province, the city's 三级 is refused with the clause
        record.put("issuerLevel", "PROVINCE");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(record.toString())
                .when().post("/api/v1/warnings").then().statusCode(422).body("detail", containsString("000:3027"));
    }

    /** WARN-DRUG-L4-DISTRICT and WARN-DRUG-L4-RAISE: 四级 by the district with 区政府's authorisation (000:3029). */
    @Test
    void aDrugLevelFourWarningNeedsTheDistrictGovernmentsAuthorisationAndCannotBeRaised() {
        JsonNode c = ReferenceCases.get("WARN-DRUG-L4-DISTRICT");
        ObjectNode body = (ObjectNode) c.get("input").deepCopy();
        body.put("category", "HEALTH");
        body.putArray("measures").add(1).add(2);
        // the drug plan lists no content of its own: the overall plan's ten fields apply (000:1315, 专项服从总体 000:1575)
        ObjectNode content = (ObjectNode) ReferenceCases.get("WARN-HY-BLUE").at("/input/content").deepCopy();
        content.put("category", "公共卫生事件（药品安全事件）");
        content.put("warningMatters", "某批号注射液可能引起不良反应，暂停使用");
        content.put("issuer", "区市场监管局");
        body.set("content", content);
        ObjectNode bare = body.deepCopy();
        bare.remove("content");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(bare.toString())
                .when().post("/api/v1/warnings").then().statusCode(400).body("errors", hasSize(10));
        String id = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/warnings").then().statusCode(201)
                .body("measuresOffered.code", contains("1", "2", "3", "4", "5"))
                .body("issuedUnder.sourceRef", equalTo("000:3029"))
                .extract().path("id");
        ObjectNode unauthorised = body.deepCopy();
        unauthorised.putNull("authorisedBy");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(unauthorised.toString())
                .when().post("/api/v1/warnings").then().statusCode(403)
                .body("detail", containsString(c.at("/variant/expected/clause/source").asText()))
                .body("detail", containsString(c.at("/variant/expected/clause/quote").asText()));
        JsonNode raise = ReferenceCases.get("WARN-DRUG-L4-RAISE");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"level\":" + raise.at("/input/to").asInt() + ",\"authorisedBy\":\"区政府\",\"version\":0}")
                .when().post("/api/v1/warnings/" + id + "/adjustments").then().statusCode(403)
                .body("detail", containsString(raise.at("/expected/clause/source").asText()))
                .body("detail", containsString(raise.at("/expected/clause/quote").asText()));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"actorBody\":\"" + c.at("/expected/lift/by").asText() + "\",\"authorisedBy\":\""
                        + c.at("/expected/lift/authorisedBy").asText() + "\",\"reason\":\"可能性消除\",\"version\":0}")
                .when().post("/api/v1/warnings/" + id + "/lift").then().statusCode(200)
                .body("status", equalTo("LIFTED")).body("history[1].sourceRef", equalTo(c.at("/expected/lift/source").asText()))
                .body("history[1].actorBody", equalTo("区市场监管局"));
    }

    /** The rules are in force from the plan's issue (000:1653): a warning dated the day before has no rule to go by. */
    @Test
    void theWarningRulesApplyFromTheDayThePlanTookEffect() {
        String before = input("WARN-HY-BLUE").replace("\"content\"", "\"issuedAt\":\"2022-11-23T10:00:00+08:00\",\"content\"");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(before)
                .when().post("/api/v1/warnings").then().statusCode(422).body("detail", containsString("2022-11-24"));
        String on = input("WARN-HY-BLUE").replace("\"content\"", "\"issuedAt\":\"2022-11-24T10:00:00+08:00\",\"content\"");
        issue(HUAIYIN, on);
        given().when().get("/api/v1/warning-rules/" + HUAIYIN).then().statusCode(200)
                .body("plans.planCode", contains("HY_OVERALL", "HY_DRUG_SAFETY"))
                .body("plans[0].effectiveFrom", equalTo("2022-11-24")).body("plans[0].effectiveClause.sourceRef", equalTo("000:1653"))
                .body("plans[0].requiredContent", hasSize(10))
                .body("plans[1].requiredContentFrom", equalTo("HY_OVERALL"))
                .body("plans[1].authority.find { it.level == 3 }.issuerLevel", equalTo("CITY"))
                .body("plans[1].authority.find { it.level == 3 }.districtMayIssue", equalTo(false))
                .body("plans[1].authority.find { it.level == 3 }.issueClause.sourceRef", equalTo("000:3027"));
        given().when().get("/api/v1/warning-rules/" + ZHANGDIAN).then().statusCode(200)
                .body("plans[0].requiredContent", hasSize(0)).body("plans[0].authority", hasSize(14))
                .body("plans[0].levels.color", contains("RED", "ORANGE", "YELLOW", "BLUE"));
    }

    /** 社会安全事件 get a notice or a safety alert, not a level (000:1309). */
    @Test
    void socialEventsGetNoticesWithoutLevels() {
        String body = input("WARN-HY-BLUE").replace("\"category\":\"NATURAL\",\"level\":4,\"color\":\"BLUE\"",
                "\"category\":\"SOCIAL\",\"noticeKind\":\"SAFETY_ALERT\"").replace("\"measures\":[2,4],", "");
        String id = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/warnings").then().statusCode(201)
                .body("level", equalTo(null)).body("noticeKind", equalTo("SAFETY_ALERT")).body("levelName", equalTo("安全警示"))
                .body("allowedActions", contains("LIFT")).extract().path("id");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{\"level\":3,\"version\":0}")
                .when().post("/api/v1/warnings/" + id + "/adjustments").then().statusCode(409);
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body(body.replace("\"noticeKind\":\"SAFETY_ALERT\"", "\"level\":2"))
                .when().post("/api/v1/warnings").then().statusCode(400).body("errors[0].field", equalTo("level"));
    }

    private static ObjectNode withVersion(JsonNode input, long version) {
        ObjectNode body = (ObjectNode) input.deepCopy();
        body.put("version", version);
        return body;
    }
}
