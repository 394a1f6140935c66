package cn.guihua.emergency.response;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN_OVERALL;
import static cn.guihua.emergency.plan.PlanFixtures.ZHANGDIAN;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.emergency.ReferenceCases;
import cn.guihua.emergency.incident.IncidentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The response (应急响应) of an incident: who handles its grade, who sets up the on-site command, the states. */
@QuarkusTest
class ResponseTest {

    static JsonPath step(String jurisdiction, String incident, String body, int status) {
        long version = given().header("Authorization", manager(jurisdiction)).when().get("/api/v1/incidents/" + incident + "/response")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        return given().header("Authorization", manager(jurisdiction)).contentType(ContentType.JSON)
                .body(body.replace("}", ",\"version\":" + version + "}"))
                .when().post("/api/v1/incidents/" + incident + "/response/transitions").then().statusCode(status).extract().jsonPath();
    }

    /** Done-when: an incident graded 重大 shows who handles it and who sets up the on-site command; activate and terminate. */
    @Test
    void aMajorDrugIncidentShowsWhoHandlesItAndGoesThroughItsResponse() {
        JsonNode expected = ReferenceCases.get("INC-HY-DRUG-MAJOR").get("expected");
        String id = IncidentFixtures.drugIncident(35, "2026-06-01T08:00:00+08:00");
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/incidents/" + id).then().statusCode(200)
                .body("level", equalTo(2))
                .body("handling.handledBy", equalTo(expected.at("/handledBy/body").asText()))
                .body("handling.handledByLevel", equalTo(expected.at("/handledBy/level").asText()))
                .body("handling.clause.sourceRef", equalTo(expected.at("/handledBy/source").asText()))
                .body("handling.clause.quote", equalTo(expected.at("/handledBy/quote").asText()))
                .body("handling.districtRoleClause.sourceRef", equalTo(expected.at("/districtRole/source").asText()))
                .body("onSiteCommand[0].setUpBy", equalTo("区指挥部"))
                .body("onSiteCommand[0].clause.sourceRef", equalTo(expected.at("/onSiteCommand/source").asText()))
                .body("onSiteCommand[0].clause.quote", containsString(expected.at("/onSiteCommand/quote").asText()))
                .body("responseStatus", nullValue());
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/incidents/" + id + "/response").then().statusCode(200)
                .body("rulesPlanCode", equalTo("HY_DRUG_SAFETY"))
                .body("tiers.name", contains(expected.at("/response/tier").asText()))
                .body("tiers[0].clause.sourceRef", equalTo(expected.at("/response/source").asText()))
                .body("informationRelease[0].publishedBy", equalTo(expected.at("/informationRelease/body").asText()))
                .body("informationRelease[0].prerequisite", equalTo(expected.at("/informationRelease/prerequisite").asText()))
                .body("informationRelease[0].clause.sourceRef", equalTo("000:3109"))
                .body("allowedActions", contains("PROPOSE", "ACTIVATE"));

        step(HUAIYIN, id, "{\"action\":\"ACTIVATE\",\"at\":\"2026-06-01T10:00:00+08:00\"}", 200);
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/incidents/" + id + "/response").then()
                .body("status", equalTo("ACTIVATED")).body("tierName", equalTo("Ⅱ级"))
                .body("activator", equalTo("省指挥部（区政府在其统一领导下组织实施）"))
                .body("activatedAt", equalTo("2026-06-01T10:00:00+08:00"));
        JsonPath again = step(HUAIYIN, id, "{\"action\":\"ACTIVATE\"}", 409);
        org.junit.jupiter.api.Assertions.assertTrue(again.getString("detail").contains("ADJUST, TERMINATE"), again.prettify());
        step(HUAIYIN, id, "{\"action\":\"TERMINATE\",\"reason\":\"事件得到有效控制\",\"at\":\"2026-06-05T18:00:00+08:00\"}", 200);
        step(HUAIYIN, id, "{\"action\":\"ACTIVATE\"}", 409);
        step(HUAIYIN, id, "{\"action\":\"RECOVER\",\"at\":\"2026-06-06T09:00:00+08:00\"}", 200);
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/incidents/" + id + "/response").then()
                .body("status", equalTo("RECOVERY")).body("allowedActions", hasSize(0))
                .body("history.action", contains("ACTIVATE", "TERMINATE", "RECOVER"))
                .body("history.to", contains("ACTIVATED", "TERMINATED", "RECOVERY"))
                .body("history[1].sourceRef", equalTo("000:3101-3103"))
                .body("history[2].sourceRef", equalTo("000:1495"))
                .body("history[0].recordedBy", equalTo("emergency-manager@370104"));
        // the summary report clock runs from the termination (000:3007)
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/incidents/" + id).then()
                .body("clocks.find { it.code == 'DRUG_SUMMARY_REPORT' }.dueAt", equalTo("2026-06-19T18:00:00+08:00"));
    }

    /** INC-ZD-MAJOR and INC-HY-MAJOR: the overall plans for a 重大 incident. */
    @Test
    void theOverallPlansSayWhoHandlesAMajorIncident() {
        JsonNode zd = ReferenceCases.get("INC-ZD-MAJOR").get("expected");
        String zhangdian = IncidentFixtures.assessed(ZHANGDIAN, 2, null, "2026-05-10T14:00:00+08:00");
        given().header("Authorization", manager(ZHANGDIAN)).when().get("/api/v1/incidents/" + zhangdian + "/response").then().statusCode(200)
                .body("rulesPlanCode", equalTo("ZD_OVERALL"))
                .body("handling.handledBy", equalTo(zd.at("/handledBy/body").asText()))
                .body("handling.handledByLevel", equalTo("PROVINCE"))
                .body("handling.clause.sourceRef", equalTo(zd.at("/handledBy/source").asText()))
                .body("handling.clause.quote", equalTo(zd.at("/handledBy/quote").asText()))
                .body("handling.responseActivationClause.sourceRef", equalTo(zd.at("/responseActivation/source").asText()))
                .body("onSiteCommand[0].setUpBy", equalTo(zd.at("/onSiteCommand/body").asText()))
                .body("onSiteCommand[0].clause.sourceRef", equalTo(zd.at("/onSiteCommand/source").asText()))
                .body("onSiteCommand[0].clause.quote", equalTo(zd.at("/onSiteCommand/quote").asText()))
                .body("tiers", hasSize(0));
        // the district's four tiers are for 一般 events; its part in a 重大 response is recorded without a tier
        step(ZHANGDIAN, zhangdian, "{\"action\":\"ACTIVATE\",\"actorBody\":\"省委、省政府\",\"at\":\"2026-05-10T15:00:00+08:00\"}", 200);

        JsonNode hy = ReferenceCases.get("INC-HY-MAJOR").get("expected");
        String huaiyin = IncidentFixtures.assessed(HUAIYIN, 2, HUAIYIN_OVERALL, "2026-05-10T14:00:00+08:00");
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/incidents/" + huaiyin).then().statusCode(200)
                .body("handling.handledBy", equalTo(hy.at("/handledBy/body").asText()))
                .body("handling.handledByLevel", equalTo(hy.at("/handledBy/level").asText()))
                .body("handling.districtRole", containsString(hy.at("/handledBy/districtRole").asText()))
                .body("handling.clause.sourceRef", equalTo(hy.at("/handledBy/source").asText()))
                .body("handling.clause.quote", equalTo(hy.at("/handledBy/quote").asText()))
                .body("onSiteCommand[0].setUpBy", nullValue())
                .body("onSiteCommand[0].clause.sourceRef", equalTo(hy.at("/onSiteCommand/source").asText()));
    }

    /** RESP-ZD-GENERAL-TIERS: a 一般 incident in 张店区 may run at any of the four tiers, each with its activator. */
    @Test
    void zhangdiansFourTiersForAGeneralIncident() {
        JsonNode expected = ReferenceCases.get("RESP-ZD-GENERAL-TIERS").get("expected");
        String id = IncidentFixtures.assessed(ZHANGDIAN, 4, null, "2026-05-12T09:00:00+08:00");
        JsonPath response = given().header("Authorization", manager(ZHANGDIAN)).when().get("/api/v1/incidents/" + id + "/response")
                .then().statusCode(200).body("tiers", hasSize(4)).extract().jsonPath();
        for (int k = 0; k < 4; k++) {
            JsonNode t = expected.get("tiers").get(k);
            org.junit.jupiter.api.Assertions.assertEquals(t.get("activator").asText(), response.getString("tiers[" + k + "].activator"));
            org.junit.jupiter.api.Assertions.assertEquals(t.get("coordinator").asText(), response.getString("tiers[" + k + "].coordinator"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected.at("/onSiteCommand/body").asText(), response.getString("onSiteCommand[0].setUpBy"));
        step(ZHANGDIAN, id, "{\"action\":\"ACTIVATE\",\"at\":\"2026-05-12T10:00:00+08:00\"}", 400);
        step(ZHANGDIAN, id, "{\"action\":\"ACTIVATE\",\"tier\":3,\"at\":\"2026-05-12T10:00:00+08:00\"}", 200);
        JsonPath adjusted = step(ZHANGDIAN, id, "{\"action\":\"ADJUST\",\"tier\":2,\"at\":\"2026-05-12T12:00:00+08:00\"}", 200);
        org.junit.jupiter.api.Assertions.assertEquals("ADJUSTED", adjusted.getString("status"));
        org.junit.jupiter.api.Assertions.assertEquals("常务副区长", adjusted.getString("coordinator"));
        org.junit.jupiter.api.Assertions.assertEquals("002:3385", adjusted.getString("history[1].sourceRef"));
        step(ZHANGDIAN, id, "{\"action\":\"RECOVER\"}", 409);
    }

    /** RESP-DRUG-IV-LIFECYCLE: proposed → activated → adjusted → terminated → recovery; wrong moves are 409. */
    @Test
    void aDrugLevelFourResponseThroughEveryState() {
        JsonNode steps = ReferenceCases.get("RESP-DRUG-IV-LIFECYCLE").get("steps");
        String id = IncidentFixtures.drugIncident(15, "2026-07-01T08:00:00+08:00");
        JsonPath proposed = step(HUAIYIN, id, "{\"action\":\"PROPOSE\",\"at\":\"2026-07-01T09:00:00+08:00\"}", 200);
        org.junit.jupiter.api.Assertions.assertEquals("PROPOSED", proposed.getString("status"));
        org.junit.jupiter.api.Assertions.assertEquals(steps.get(0).get("actor").asText(), proposed.getString("history[0].actorBody"));
        org.junit.jupiter.api.Assertions.assertEquals(steps.get(0).get("source").asText(), proposed.getString("history[0].sourceRef"));
        JsonPath activated = step(HUAIYIN, id, "{\"action\":\"ACTIVATE\",\"at\":\"2026-07-01T10:00:00+08:00\"}", 200);
        org.junit.jupiter.api.Assertions.assertEquals("Ⅳ级", activated.getString("tierName"));
        org.junit.jupiter.api.Assertions.assertEquals(steps.get(1).get("actor").asText(), activated.getString("history[1].actorBody"));
        step(HUAIYIN, id, "{\"action\":\"ACTIVATE\"}", steps.get(2).at("/expected/httpStatus").asInt());
        JsonPath adjusted = step(HUAIYIN, id, "{\"action\":\"ADJUST\",\"tier\":3,\"at\":\"2026-07-02T10:00:00+08:00\"}", 200);
        org.junit.jupiter.api.Assertions.assertEquals(steps.get(3).get("source").asText(), adjusted.getString("history[2].sourceRef"));
        JsonPath terminated = step(HUAIYIN, id, "{\"action\":\"TERMINATE\",\"at\":\"2026-07-03T10:00:00+08:00\"}", 200);
        org.junit.jupiter.api.Assertions.assertEquals(steps.get(4).get("actor").asText(), terminated.getString("history[3].actorBody"));
        org.junit.jupiter.api.Assertions.assertEquals(steps.get(4).get("source").asText(), terminated.getString("history[3].sourceRef"));
        step(HUAIYIN, id, "{\"action\":\"ACTIVATE\"}", steps.get(5).at("/expected/httpStatus").asInt());
        JsonPath recovered = step(HUAIYIN, id, "{\"action\":\"RECOVER\",\"at\":\"2026-07-04T10:00:00+08:00\"}", 200);
        org.junit.jupiter.api.Assertions.assertEquals(steps.get(6).get("source").asText(), recovered.getString("history[4].sourceRef"));
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/incidents/" + id).then()
                .body("clocks.find { it.code == 'DRUG_SUMMARY_REPORT' }.dueAt", equalTo("2026-07-17T10:00:00+08:00"));
        // a step dated before the previous one is refused
        String other = IncidentFixtures.drugIncident(15, "2026-07-01T08:00:00+08:00");
        step(HUAIYIN, other, "{\"action\":\"ACTIVATE\",\"at\":\"2026-07-01T10:00:00+08:00\"}", 200);
        step(HUAIYIN, other, "{\"action\":\"TERMINATE\",\"at\":\"2026-07-01T09:00:00+08:00\"}", 400);
        given().header("Authorization", manager(ZHANGDIAN)).when().get("/api/v1/incidents/" + other + "/response").then().statusCode(403);
    }

    /** The rules of an incident are those in force on the day it occurred: 槐荫区's overall plan applies from 2022-11-24. */
    @Test
    void theResponseRulesAreThoseInForceOnTheDayOfTheIncident() {
        String before = IncidentFixtures.assessed(HUAIYIN, 4, null, "2022-11-23T10:00:00+08:00");
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/incidents/" + before + "/response").then().statusCode(200)
                .body("rulesPlanCode", nullValue()).body("tiers", hasSize(0)).body("handling", nullValue());
        String on = IncidentFixtures.assessed(HUAIYIN, 4, null, "2022-11-24T10:00:00+08:00");
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/incidents/" + on + "/response").then().statusCode(200)
                .body("rulesPlanCode", equalTo("HY_OVERALL")).body("tiers.name", contains("一级", "二级"))
                .body("handling.handledBy", equalTo("区政府")).body("handling.clause.sourceRef", equalTo("000:1163"));
        given().when().get("/api/v1/response-rules/" + HUAIYIN).then().statusCode(200)
                .body("plans.planCode", contains("HY_OVERALL", "HY_DRUG_SAFETY"))
                .body("plans[1].informationRelease.publishedBy", contains("国家药品监管部门", "省指挥部", "市指挥部", "区指挥部"))
                .body("plans[1].effectiveFrom", equalTo("2022-11-25"));
        given().when().get("/api/v1/response-rules/" + ZHANGDIAN).then().statusCode(200)
                .body("plans[0].tiers", hasSize(4)).body("plans[0].onSiteCommand.clause.sourceRef", org.hamcrest.Matchers.hasItem("002:3415"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"action\":\"ACTIVATE\",\"tier\":9,\"version\":0}")
                .when().post("/api/v1/incidents/" + on + "/response/transitions").then().statusCode(400)
                .body("detail", containsString("tier"));
    }
}
