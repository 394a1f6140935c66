package cn.guihua.emergency.compliance;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN_DRUG;
import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN_OVERALL;
import static cn.guihua.emergency.plan.PlanFixtures.ZHANGDIAN;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.guihua.emergency.plan.PlanFixtures;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ComplianceTest {

    private static final String AUDITOR = DevTokens.bearer("auditor", "370000");

    /** 000:1595: special plans at least every 2 years. The loaded drug plan's last drill, 2023-03-01, makes it due 2025-03-01. */
    @Test
    void aPlanWhoseLastDrillIsMoreThanTwoYearsOldIsListedAsOverdue() {
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"heldOn\":\"2023-03-01\",\"form\":\"TABLETOP\",\"organiser\":\"区市场监管局\","
                        + "\"participants\":[\"区卫生健康局\",\"区公安分局\"],\"findings\":\"联络员名单未更新\",\"revisionNeeded\":false}")
                .when().post("/api/v1/emergency-plans/" + HUAIYIN_DRUG + "/drills").then().statusCode(201)
                .body("form", equalTo("TABLETOP")).body("revisionTriggerId", nullValue());

        given().header("Authorization", manager(HUAIYIN)).queryParam("asOf", "2025-06-01")
                .when().get("/api/v1/compliance/" + HUAIYIN).then().statusCode(200)
                .body("drillsOverdue.find { it.planId == '" + HUAIYIN_DRUG + "' }.lastDrillOn", equalTo("2023-03-01"))
                .body("drillsOverdue.find { it.planId == '" + HUAIYIN_DRUG + "' }.dueOn", equalTo("2025-03-01"))
                .body("drillsOverdue.find { it.planId == '" + HUAIYIN_DRUG + "' }.sourceRef", equalTo("000:1595"))
                .body("drillsOverdue.find { it.planId == '" + HUAIYIN_DRUG + "' }.rule", equalTo("专项、部门应急预案至少每24个月演练一次"));

        given().header("Authorization", AUDITOR).queryParam("asOf", "2025-02-15").queryParam("withinDays", 30)
                .when().get("/api/v1/compliance/" + HUAIYIN).then().statusCode(200)
                .body("drillsOverdue.planId", not(hasItem(HUAIYIN_DRUG)))
                .body("drillsDueSoon.find { it.planId == '" + HUAIYIN_DRUG + "' }.dueOn", equalTo("2025-03-01"));
    }

    /** The overall plan owes no drill interval (000:1595 names special and departmental plans only), but its filing is overdue. */
    @Test
    void filingsOverdueAndDueSoonWithTheirRule() {
        given().header("Authorization", AUDITOR).queryParam("asOf", "2023-01-01")
                .when().get("/api/v1/compliance/" + HUAIYIN).then().statusCode(200)
                .body("filingsOverdue.find { it.planId == '" + HUAIYIN_OVERALL + "' }.dueOn", equalTo("2022-12-22"))
                .body("filingsOverdue.find { it.planId == '" + HUAIYIN_OVERALL + "' }.ruleSource", equalTo("000:1577"))
                .body("drillsOverdue.planId", not(hasItem(HUAIYIN_OVERALL)));
        given().header("Authorization", AUDITOR).queryParam("asOf", "2022-12-10").queryParam("withinDays", 14)
                .when().get("/api/v1/compliance/" + HUAIYIN).then().statusCode(200)
                .body("filingsDueSoon.find { it.planId == '" + HUAIYIN_DRUG + "' }.dueOn", equalTo("2022-12-23"));
        given().header("Authorization", manager(HUAIYIN)).queryParam("jurisdiction", HUAIYIN).queryParam("status", "OVERDUE")
                .queryParam("asOf", "2023-01-01").queryParam("dueOnBefore", "2023-01-01")
                .when().get("/api/v1/filings").then().statusCode(200)
                .body("items.planId", hasItem(HUAIYIN_OVERALL));
        given().header("Authorization", manager(ZHANGDIAN)).queryParam("jurisdiction", HUAIYIN)
                .when().get("/api/v1/filings").then().statusCode(403);
        given().when().get("/api/v1/compliance/" + HUAIYIN).then().statusCode(401);
    }

    @Test
    void anOpenRevisionTriggerMakesThePlanDueForRevision() {
        String id = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区危险化学品生产安全事故应急预案", "区应急局");
        PlanFixtures.publish(HUAIYIN, id, LocalDate.of(2023, 4, 3));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"description\":\"辖区新增危险化学品储存企业\",\"raisedOn\":\"2024-03-01\"}")
                .when().post("/api/v1/emergency-plans/" + id + "/revision-triggers").then().statusCode(400)
                .body("errors[0].field", equalTo("circumstance"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"circumstance\":9,\"description\":\"x\",\"raisedOn\":\"2024-03-01\"}")
                .when().post("/api/v1/emergency-plans/" + id + "/revision-triggers").then().statusCode(400);
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"circumstance\":3,\"description\":\"辖区新增危险化学品储存企业\",\"raisedOn\":\"2024-03-01\"}")
                .when().post("/api/v1/emergency-plans/" + id + "/revision-triggers").then().statusCode(201)
                .body("circumstanceText", equalTo("面临的风险发生重大变化的")).body("sourceRef", equalTo("000:1613"));

        given().header("Authorization", AUDITOR).queryParam("asOf", "2024-06-01")
                .when().get("/api/v1/compliance/" + HUAIYIN).then().statusCode(200)
                .body("revisionsDue.find { it.planId == '" + id + "' }.dueSince", equalTo("2024-03-01"))
                .body("revisionsDue.find { it.planId == '" + id + "' }.openTriggers[0].circumstance", equalTo(3));

        // A minor revision re-issued resolves the trigger.
        PlanFixtures.move(HUAIYIN, id, "UNDER_REVISION", ",\"revisionKind\":\"MINOR\"");
        PlanFixtures.move(HUAIYIN, id, "PUBLISHED", ",\"issueDate\":\"2024-07-01\"");
        given().header("Authorization", AUDITOR).queryParam("asOf", "2024-08-01")
                .when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body("revisionsDue.planId", not(hasItem(id)));
        given().header("Authorization", AUDITOR).when().get("/api/v1/emergency-plans/" + id + "/revision-triggers").then()
                .body("[0].resolvedOn", equalTo("2024-07-01"));
    }

    /** A drill whose findings demand a revision raises circumstance 6 (000:1619); a major revision then owes a new drill. */
    @Test
    void drillFindingsRaiseARevisionAndAMajorRevisionOwesANewDrill() {
        String id = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区工贸行业生产安全事故应急预案", "区应急局");
        PlanFixtures.publish(HUAIYIN, id, LocalDate.of(2023, 4, 3));
        String trigger = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"heldOn\":\"2023-10-12\",\"form\":\"LIVE\",\"organiser\":\"区应急局\",\"findings\":\"处置程序与现行职责不符\",\"revisionNeeded\":true}")
                .when().post("/api/v1/emergency-plans/" + id + "/drills").then().statusCode(201)
                .extract().path("revisionTriggerId");
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + id + "/revision-triggers").then()
                .body("[0].id", equalTo(trigger)).body("[0].circumstance", equalTo(6)).body("[0].sourceRef", equalTo("000:1619"));

        PlanFixtures.move(HUAIYIN, id, "UNDER_REVISION", ",\"revisionKind\":\"MAJOR\"");
        PlanFixtures.publish(HUAIYIN, id, LocalDate.of(2024, 1, 15));
        given().header("Authorization", AUDITOR).queryParam("asOf", "2024-03-01")
                .when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body("drillsAfterMajorRevision.find { it.planId == '" + id + "' }.since", equalTo("2024-01-15"))
                .body("drillsAfterMajorRevision.find { it.planId == '" + id + "' }.lastDrillOn", equalTo("2023-10-12"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"heldOn\":\"2099-01-01\",\"form\":\"LIVE\",\"organiser\":\"区应急局\"}")
                .when().post("/api/v1/emergency-plans/" + id + "/drills").then().statusCode(400).body("errors[0].field", equalTo("heldOn"));
    }

    /** 000:1507: 槐荫区's first-quarter evaluation of last year's events; 000:1287 the year-end risk trend report. */
    @Test
    void periodicDutiesShowTheMissedAndTheNextOccurrence() {
        String evaluation = "periodicDuties.findAll { it.code == 'ANNUAL_EVENT_EVALUATION' }";
        given().header("Authorization", AUDITOR).queryParam("asOf", "2025-06-01")
                .when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body(evaluation + ".dueOn", contains("2025-03-31", "2026-03-31"))
                .body(evaluation + ".status", contains("OVERDUE", "DUE"))
                .body(evaluation + "[0].sourceRef", equalTo("000:1507"))
                .body("periodicDuties.findAll { it.code == 'RISK_TREND_REPORT' }.dueOn", contains("2024-12-31", "2025-12-31"));

        String url = "/api/v1/compliance/" + HUAIYIN + "/duties/ANNUAL_EVENT_EVALUATION/reports";
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"dueOn\":\"2025-04-01\",\"submittedOn\":\"2025-03-20\"}")
                .when().post(url).then().statusCode(400).body("errors[0].field", equalTo("dueOn"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"dueOn\":\"2025-03-31\",\"submittedOn\":\"2025-03-20\",\"reference\":\"槐应急〔2025〕5号\"}")
                .when().post(url).then().statusCode(201).body("status", equalTo("MET"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"dueOn\":\"2025-03-31\",\"submittedOn\":\"2025-03-21\"}")
                .when().post(url).then().statusCode(409);
        given().header("Authorization", AUDITOR).queryParam("asOf", "2025-06-01")
                .when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body(evaluation + ".status", contains("MET", "DUE"))
                .body(evaluation + "[0].submittedOn", equalTo("2025-03-20"));

        given().header("Authorization", AUDITOR).queryParam("asOf", "2025-06-01")
                .when().get("/api/v1/compliance/" + ZHANGDIAN).then()
                .body(evaluation + ".status", contains("NO_DEADLINE"))
                .body(evaluation + "[0].dueOn", nullValue())
                .body("periodicDuties.find { it.code == 'RISK_TREND_REPORT' }.sourceRef", equalTo("002:3434"));
    }
}
