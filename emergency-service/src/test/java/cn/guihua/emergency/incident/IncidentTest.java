package cn.guihua.emergency.incident;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN_DRUG;
import static cn.guihua.emergency.plan.PlanFixtures.ZHANGDIAN;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class IncidentTest {

    /**
     * A suspected Ⅱ drug event: the 2-hour report runs from discovery (000:2985-2987), daily progress reports from the
     * response start (000:3003-3005), the summary within 2 weeks of the response ending (000:3007).
     */
    @Test
    void aDrugIncidentIsGradedAndItsClocksShowWhatIsDueAndOverdue() {
        String id = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"某批号注射液群体不良事件\",\"eventType\":\"药品安全事件\","
                        + "\"gradingTable\":\"HY_DRUG_SAFETY\",\"facts\":{\"similarAdverseEventCases\":35},"
                        + "\"occurredAt\":\"2026-03-02T07:00:00+08:00\",\"discoveredAt\":\"2026-03-02T09:00:00+08:00\"}")
                .when().post("/api/v1/incidents").then().statusCode(201)
                .body("level", equalTo(2)).body("levelBasis", equalTo("GRADED"))
                .body("matched[0].criterion", equalTo("II-1a"))
                .body("planId", equalTo(HUAIYIN_DRUG)).body("planTitle", equalTo("槐荫区药品安全事件应急预案"))
                .body("responseActivation[0].sourceRef", equalTo("000:3081"))
                .extract().path("id");

        given().header("Authorization", manager(HUAIYIN)).queryParam("asOf", "2026-03-02T10:30:00+08:00")
                .when().get("/api/v1/incidents/" + id).then().statusCode(200)
                .body("clocks.code", contains("DRUG_INITIAL_REPORT", "DRUG_PROGRESS_REPORT", "DRUG_SUMMARY_REPORT"))
                .body("clocks[0].dueAt", equalTo("2026-03-02T11:00:00+08:00"))
                .body("clocks[0].status", equalTo("DUE"))
                .body("clocks[1].status", equalTo("WAITING"))
                .body("overdue", equalTo(0));
        given().header("Authorization", manager(HUAIYIN)).queryParam("asOf", "2026-03-02T11:30:00+08:00")
                .when().get("/api/v1/incidents/" + id).then()
                .body("clocks[0].status", equalTo("OVERDUE")).body("overdue", equalTo(1));

        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"clock\":\"DRUG_INITIAL_REPORT\",\"submittedAt\":\"2026-03-02T10:45:00+08:00\"}")
                .when().post("/api/v1/incidents/" + id + "/reports").then().statusCode(200);
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"clock\":\"ZD_PRESS_CONFERENCE\",\"submittedAt\":\"2026-03-02T10:45:00+08:00\"}")
                .when().post("/api/v1/incidents/" + id + "/reports").then().statusCode(400).body("errors[0].field", equalTo("clock"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"responseLevel\":\"Ⅱ级\",\"startedAt\":\"2026-03-02T12:00:00+08:00\",\"version\":0}")
                .when().put("/api/v1/incidents/" + id + "/response").then().statusCode(200);
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"clock\":\"DRUG_PROGRESS_REPORT\",\"submittedAt\":\"2026-03-03T11:00:00+08:00\"}")
                .when().post("/api/v1/incidents/" + id + "/reports").then().statusCode(200);

        // Day 1 reported in time, day 2 missed, day 3 not yet due; the summary waits for the response to end.
        given().header("Authorization", manager(HUAIYIN)).queryParam("asOf", "2026-03-04T13:00:00+08:00")
                .when().get("/api/v1/incidents/" + id).then()
                .body("clocks[0].status", equalTo("MET"))
                .body("clocks.findAll { it.code == 'DRUG_PROGRESS_REPORT' }.status", contains("MET", "OVERDUE", "DUE"))
                .body("clocks.find { it.code == 'DRUG_SUMMARY_REPORT' }.status", equalTo("WAITING"))
                .body("overdue", equalTo(1));

        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"endedAt\":\"2026-03-05T18:00:00+08:00\",\"version\":1}")
                .when().put("/api/v1/incidents/" + id + "/response").then().statusCode(200);
        given().header("Authorization", manager(HUAIYIN)).queryParam("asOf", "2026-03-20T12:00:00+08:00")
                .when().get("/api/v1/incidents/" + id).then()
                .body("clocks.findAll { it.code == 'DRUG_PROGRESS_REPORT' }", hasSize(3))
                .body("clocks.find { it.code == 'DRUG_SUMMARY_REPORT' }.dueAt", equalTo("2026-03-19T18:00:00+08:00"))
                .body("clocks.find { it.code == 'DRUG_SUMMARY_REPORT' }.status", equalTo("OVERDUE"));
        given().header("Authorization", manager(ZHANGDIAN)).when().get("/api/v1/incidents/" + id).then().statusCode(403);

        // The drug plan's grading table applies from its issue on 2022-11-25 (000:3157).
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"x\",\"eventType\":\"药品安全事件\",\"gradingTable\":\"HY_DRUG_SAFETY\","
                        + "\"facts\":{\"similarAdverseEventCases\":35},\"occurredAt\":\"2022-06-01T08:00:00+08:00\","
                        + "\"discoveredAt\":\"2022-06-01T09:00:00+08:00\"}")
                .when().post("/api/v1/incidents").then().statusCode(400).body("errors[0].field", equalTo("gradingTable"));
    }

    /** 002:3502: for 特别重大/重大, authoritative information within 5 hours and a press conference within 24 hours. */
    @Test
    void zhangdianReleaseClocksApplyToMajorEventsOnly() {
        String major = given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370303\",\"title\":\"某化工企业爆炸事故\",\"eventType\":\"危险化学品事故\",\"assessedLevel\":2,"
                        + "\"occurredAt\":\"2026-05-10T14:00:00+08:00\",\"discoveredAt\":\"2026-05-10T14:10:00+08:00\"}")
                .when().post("/api/v1/incidents").then().statusCode(201)
                .body("levelBasis", equalTo("ASSESSED"))
                .body("responseActivation.responseLevel", contains("一级", "二级", "三级", "四级"))
                .extract().path("id");
        given().header("Authorization", manager(ZHANGDIAN)).queryParam("asOf", "2026-05-10T20:00:00+08:00")
                .when().get("/api/v1/incidents/" + major).then()
                .body("clocks.code", contains("ZD_AUTHORITATIVE_RELEASE", "ZD_PRESS_CONFERENCE"))
                .body("clocks.status", contains("OVERDUE", "DUE"))
                .body("clocks[1].dueAt", equalTo("2026-05-11T14:00:00+08:00"));

        given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370303\",\"title\":\"某小区燃气泄漏\",\"eventType\":\"城镇燃气安全事故\",\"assessedLevel\":4,"
                        + "\"occurredAt\":\"2026-05-10T14:00:00+08:00\",\"discoveredAt\":\"2026-05-10T14:10:00+08:00\"}")
                .when().post("/api/v1/incidents").then().statusCode(201).body("clocks", hasSize(0));
        given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370303\",\"title\":\"x\",\"eventType\":\"药品安全事件\",\"gradingTable\":\"HY_DRUG_SAFETY\","
                        + "\"facts\":{},\"occurredAt\":\"2026-05-10T14:00:00+08:00\",\"discoveredAt\":\"2026-05-10T13:00:00+08:00\"}")
                .when().post("/api/v1/incidents").then().statusCode(400);
    }
}
