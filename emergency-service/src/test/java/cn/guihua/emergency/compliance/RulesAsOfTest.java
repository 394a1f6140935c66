package cn.guihua.emergency.compliance;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN_DRUG;
import static cn.guihua.emergency.plan.PlanFixtures.ZHANGDIAN;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.guihua.emergency.plan.PlanFixtures;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 12: every effective-dated rule is applied as in force on the day judged (the compliance date, the incident's
 * date, the day a trigger is raised), never the day something was registered. One test per rule family, each across
 * the rule's start: 槐荫区's rules from 2022-11-24 (000:1653), the drug plan's from 2022-11-25 (000:3157), 张店区's
 * from 2021-12-31 (002:3653).
 */
@QuarkusTest
class RulesAsOfTest {

    private static final String AUDITOR = DevTokens.bearer("auditor", "370000");

    /** A special plan issued 2022-06-01, before the drill rule: owed a drill from the rule's start, due 2024-11-24. */
    @Test
    void aPlanIssuedBeforeTheDrillRuleIsOwedADrillFromTheRulesStart() {
        String id = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区城市内涝应急预案（规则生效前印发）", "区水务局");
        PlanFixtures.publish(HUAIYIN, id, LocalDate.of(2022, 6, 1));
        String drill = "drillsOverdue.find { it.planId == '" + id + "' }";
        given().header("Authorization", AUDITOR).queryParam("asOf", "2024-12-01").when().get("/api/v1/compliance/" + HUAIYIN).then()
                .statusCode(200)
                .body(drill + ".since", equalTo("2022-11-24"))
                .body(drill + ".dueOn", equalTo("2024-11-24"))
                .body(drill + ".lastDrillOn", nullValue())
                .body(drill + ".ruleEffectiveFrom", equalTo("2022-11-24"))
                .body(drill + ".sourceRef", equalTo("000:1595"));
        given().header("Authorization", AUDITOR).queryParam("asOf", "2024-11-01").queryParam("withinDays", 30)
                .when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body("drillsDueSoon.find { it.planId == '" + id + "' }.dueOn", equalTo("2024-11-24"))
                .body("drillsOverdue.planId", not(hasItem(id)));
        // before the rule's start no drill is owed at all
        given().header("Authorization", AUDITOR).queryParam("asOf", "2022-11-01").queryParam("withinDays", 366)
                .when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body("drillsOverdue.planId", not(hasItem(id))).body("drillsDueSoon.planId", not(hasItem(id)));
    }

    /** The filing rule is the one in force on the edition's issue date (000:1579): 2022-11-23 owes none, 2022-11-25 one. */
    @Test
    void theFilingRuleIsTheOneInForceOnTheIssueDate() {
        String before = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区突发环境事件应急预案（2022-11-23）", "区生态环境分局");
        PlanFixtures.publish(HUAIYIN, before, LocalDate.of(2022, 11, 23));
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + before + "/filings").then()
                .statusCode(200).body("", hasSize(0));
        String after = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区突发环境事件应急预案（2022-11-25）", "区生态环境分局");
        PlanFixtures.publish(HUAIYIN, after, LocalDate.of(2022, 11, 25));
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + after + "/filings").then()
                .body("dueOn", contains("2022-12-23")).body("ruleSource", contains("000:1579"));
    }

    /** A filing recorded as made later, and a plan repealed later, are judged as they stood on the compliance date. */
    @Test
    void laterFilingsAndLaterRepealsDoNotChangeAPastDay() {
        String id = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区大面积停电事件应急预案（按日判断）", "区发展改革局");
        PlanFixtures.publish(HUAIYIN, id, LocalDate.of(2023, 3, 1));
        String filing = given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + id + "/filings")
                .then().extract().path("[0].id");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{\"filedOn\":\"2023-04-03\",\"version\":0}")
                .when().post("/api/v1/emergency-plans/" + id + "/filings/" + filing + "/record").then().statusCode(200)
                .body("status", equalTo("FILED_LATE"));
        given().header("Authorization", AUDITOR).queryParam("asOf", "2023-03-31").when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body("filingsOverdue.id", hasItem(filing));
        given().header("Authorization", manager(HUAIYIN)).queryParam("asOf", "2023-03-31")
                .when().get("/api/v1/emergency-plans/" + id + "/filings/" + filing).then()
                .body("status", equalTo("OVERDUE")).body("filedOn", nullValue());
        given().header("Authorization", AUDITOR).queryParam("asOf", "2023-04-05").when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body("filingsOverdue.id", not(hasItem(filing)));

        PlanFixtures.move(HUAIYIN, id, "REPEALED", "");
        given().when().get("/api/v1/emergency-plans/" + id).then().body("endedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
        // it applied on 2025-06-01 (its drill was overdue then); it no longer applies today
        given().header("Authorization", AUDITOR).queryParam("asOf", "2025-06-01").when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body("drillsOverdue.planId", hasItem(id));
        given().header("Authorization", AUDITOR).when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body("drillsOverdue.planId", not(hasItem(id)));
    }

    /** Revision circumstances are the ones in force on the day a trigger is raised (槐荫区's seven from 2022-11-24). */
    @Test
    void revisionCircumstancesAreThoseInForceOnTheDayRaised() {
        String id = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区人员密集场所事故应急预案（修订情形）", "区应急局");
        PlanFixtures.publish(HUAIYIN, id, LocalDate.of(2022, 6, 1));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"description\":\"机构调整\",\"raisedOn\":\"2022-11-23\"}")
                .when().post("/api/v1/emergency-plans/" + id + "/revision-triggers").then().statusCode(201)
                .body("circumstance", nullValue());
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"description\":\"机构调整\",\"raisedOn\":\"2022-11-24\"}")
                .when().post("/api/v1/emergency-plans/" + id + "/revision-triggers").then().statusCode(400)
                .body("errors[0].field", equalTo("circumstance"));
    }

    /** Grading, response levels and reporting clocks are those in force on the day of the incident. */
    @Test
    void incidentRulesAreThoseInForceOnTheIncidentsDay() {
        String drug = "{\"jurisdiction\":\"370104\",\"title\":\"x\",\"eventType\":\"药品安全事件\",\"gradingTable\":\"HY_DRUG_SAFETY\","
                + "\"facts\":{\"similarAdverseEventCases\":35},\"occurredAt\":\"DAYT08:00:00+08:00\",\"discoveredAt\":\"DAYT09:00:00+08:00\"}";
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(drug.replace("DAY", "2022-11-24"))
                .when().post("/api/v1/incidents").then().statusCode(400).body("errors[0].field", equalTo("gradingTable"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(drug.replace("DAY", "2022-11-25"))
                .when().post("/api/v1/incidents").then().statusCode(201).body("level", equalTo(2))
                .body("responseActivation[0].sourceRef", equalTo("000:3081"))
                .body("clocks.code", hasItem("DRUG_INITIAL_REPORT"));
        // assessed under the drug plan on 2022-11-24: the drug plan's rows are not in force yet, the overall plan's are
        String assessed = "{\"jurisdiction\":\"370104\",\"title\":\"x\",\"eventType\":\"药品安全事件\",\"assessedLevel\":4,\"planId\":\""
                + HUAIYIN_DRUG + "\",\"occurredAt\":\"2022-11-24T08:00:00+08:00\",\"discoveredAt\":\"2022-11-24T09:00:00+08:00\"}";
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(assessed)
                .when().post("/api/v1/incidents").then().statusCode(201)
                .body("responseActivation.sourceRef", contains("000:1173", "000:1173"))
                .body("clocks", hasSize(0));
        String zhangdian = "{\"jurisdiction\":\"370303\",\"title\":\"x\",\"eventType\":\"危险化学品事故\",\"assessedLevel\":2,"
                + "\"occurredAt\":\"DAYT14:00:00+08:00\",\"discoveredAt\":\"DAYT14:10:00+08:00\"}";
        given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON).body(zhangdian.replace("DAY", "2021-12-30"))
                .when().post("/api/v1/incidents").then().statusCode(201).body("clocks", hasSize(0)).body("responseActivation", hasSize(0));
        given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON).body(zhangdian.replace("DAY", "2021-12-31"))
                .when().post("/api/v1/incidents").then().statusCode(201)
                .body("clocks.code", contains("ZD_AUTHORITATIVE_RELEASE", "ZD_PRESS_CONFERENCE"))
                .body("responseActivation", hasSize(4));
    }

    /** A periodic duty is owed from the day its plan took effect: before it, the next occurrence listed is the first owed. */
    @Test
    void periodicDutiesAreOwedFromTheirStartOnly() {
        given().header("Authorization", AUDITOR).queryParam("asOf", "2022-01-01").when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body("periodicDuties.findAll { it.code == 'ANNUAL_EVENT_EVALUATION' }.dueOn", contains("2023-03-31"))
                .body("periodicDuties.findAll { it.code == 'RISK_TREND_REPORT' }.dueOn", contains("2022-12-31"));
        given().header("Authorization", AUDITOR).queryParam("asOf", "2023-01-15").when().get("/api/v1/compliance/" + HUAIYIN).then()
                .body("periodicDuties.findAll { it.code == 'RISK_TREND_REPORT' }.dueOn", contains("2022-12-31", "2023-12-31"))
                .body("periodicDuties.findAll { it.code == 'ANNUAL_EVENT_EVALUATION' }.dueOn", contains("2023-03-31"));
        given().header("Authorization", AUDITOR).queryParam("asOf", "2021-06-01").when().get("/api/v1/compliance/" + ZHANGDIAN).then()
                .body("periodicDuties.code", contains("RISK_TREND_REPORT"))
                .body("periodicDuties[0].dueOn", equalTo("2021-12-31"));
    }
}
