package cn.guihua.emergency.filing;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN_OVERALL;
import static cn.guihua.emergency.plan.PlanFixtures.ZHANGDIAN;
import static cn.guihua.emergency.plan.PlanFixtures.ZHANGDIAN_OVERALL;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.guihua.emergency.calendar.CalendarYear;
import cn.guihua.emergency.plan.PlanFixtures;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FilingDeadlineTest {

    /**
     * 000:1579: a district special plan is filed within 20 working days of issue. By hand, from the 2022 notice
     * (国办发明电〔2021〕11号): after 国庆 (make-up days 10-08/10-09) it sets nothing until 元旦 2023, which starts on
     * Saturday 2022-12-31. So from Thursday 2022-11-24 the working days are plain Monday-Friday: 11-25 (1),
     * 11-28..12-02 (2-6), 12-05..12-09 (7-11), 12-12..12-16 (12-16), 12-19..12-22 (17-20): due 2022-12-22.
     */
    @Test
    void aHuaiyinSpecialPlanIssuedOn20221124IsDueForFilingOn20221222() {
        String id = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区防汛应急预案", "区水务局");
        PlanFixtures.publish(HUAIYIN, id, LocalDate.of(2022, 11, 24));
        given().header("Authorization", manager(HUAIYIN)).queryParam("asOf", "2022-12-22")
                .when().get("/api/v1/emergency-plans/" + id + "/filings").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].recipient", equalTo("市政府有关主管部门"))
                .body("[0].deadlineWorkingDays", equalTo(20))
                .body("[0].dueOn", equalTo("2022-12-22"))
                .body("[0].status", equalTo("PENDING"))
                .body("[0].ruleSource", equalTo("000:1579"));
        given().header("Authorization", manager(HUAIYIN)).queryParam("asOf", "2022-12-23")
                .when().get("/api/v1/emergency-plans/" + id + "/filings").then().body("[0].status", equalTo("OVERDUE"));
    }

    @Test
    void theLoadedHuaiyinOverallPlanIsDueTheSameDay() {
        given().header("Authorization", DevTokens.bearer("auditor", "370000")).queryParam("asOf", "2023-01-01")
                .when().get("/api/v1/emergency-plans/" + HUAIYIN_OVERALL + "/filings").then().statusCode(200)
                .body("recipient", contains("市政府（径送市应急管理部门）"))
                .body("[0].dueOn", equalTo("2022-12-22"))
                .body("[0].ruleSource", equalTo("000:1577"));
    }

    /**
     * Holidays and make-up days both count. From Wednesday 2022-09-28: 09-29 (1), 09-30 (2); 10-01..10-07 are 国庆
     * holidays; Saturday 10-08 and Sunday 10-09 are make-up working days (3, 4); 10-10..10-14 (5-9), 10-17..10-21
     * (10-14), 10-24..10-28 (15-19), 10-31 (20). Ignoring the notice would give 2022-10-26.
     * For a plan (the 20-day rule applies from 2022-11-24): from Wednesday 2023-09-20 under 国办发明电〔2022〕16号,
     * 09-21, 09-22 (1, 2), 09-25..09-28 (3-6), 09-29..10-06 holidays, Saturday 10-07 and Sunday 10-08 make-up days
     * (7, 8), 10-09..10-13 (9-13), 10-16..10-20 (14-18), 10-23, 10-24 (19, 20); Monday-Friday alone gives 10-18.
     */
    @Test
    void holidaysAndMakeUpWorkingDaysAreCounted() {
        given().queryParam("from", "2022-09-28").queryParam("add", 20).when().get("/api/v1/calendar/working-days")
                .then().statusCode(200).body("date", equalTo("2022-10-31"));
        String id = PlanFixtures.draft(HUAIYIN, "槐荫区市场监管局药品安全事件部门应急预案", "DEPARTMENTAL");
        PlanFixtures.move(HUAIYIN, id, "CONSULTATION", "");
        PlanFixtures.move(HUAIYIN, id, "APPROVAL", "");
        PlanFixtures.move(HUAIYIN, id, "PUBLISHED", ",\"issueDate\":\"2023-09-20\"");
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + id + "/filings").then()
                .body("recipient", contains("区政府", "市政府有关主管部门"))
                .body("dueOn", everyItem(equalTo("2023-10-24")));
    }

    /** 002:3631-3635 name recipients but no deadline, so none is computed and nothing becomes overdue. */
    @Test
    void aZhangdianPlanHasNoComputedFilingDeadline() {
        given().header("Authorization", manager(ZHANGDIAN)).queryParam("asOf", "2026-11-01")
                .when().get("/api/v1/emergency-plans/" + ZHANGDIAN_OVERALL + "/filings").then().statusCode(200)
                .body("recipient", contains("市政府", "市应急管理部门"))
                .body("dueOn", everyItem(nullValue()))
                .body("dueNote", everyItem(equalTo("NO_DEADLINE")))
                .body("status", everyItem(equalTo("PENDING")));

        String id = PlanFixtures.draftSpecial(ZHANGDIAN, "张店区地震应急预案", "区应急管理局");
        PlanFixtures.publish(ZHANGDIAN, id, LocalDate.of(2022, 3, 1));
        given().header("Authorization", manager(ZHANGDIAN)).when().get("/api/v1/emergency-plans/" + id + "/filings").then()
                .body("recipient", contains("市有关主管部门", "区应急管理部门"))
                .body("dueOn", everyItem(nullValue()))
                .body("deadlineWorkingDays", everyItem(nullValue()));
        given().header("Authorization", manager(ZHANGDIAN)).queryParam("asOf", "2026-11-01")
                .when().get("/api/v1/compliance/" + ZHANGDIAN).then().statusCode(200)
                .body("filingsOverdue", hasSize(0));
    }

    /**
     * Past the loaded years the API says the calendar is not configured; an admin adding the year fixes the deadline.
     * The test year 2027 is removed again afterwards: the calendar is shared by every test of this application, and
     * others (CatalogueTest) assert exactly the years the reference data loads.
     */
    @Test
    void aDeadlineInAnUnloadedYearWaitsForTheCalendar() {
        try {
            addingAYearFixesTheDeadline();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> CalendarYear.delete("year", 2027));
        }
        given().when().get("/api/v1/calendar/years").then().body("year", not(hasItem(2027)));
    }

    private void addingAYearFixesTheDeadline() {
        String id = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区地震应急预案", "区应急局");
        PlanFixtures.publish(HUAIYIN, id, LocalDate.of(2026, 12, 21));
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + id + "/filings").then()
                .body("[0].dueOn", nullValue()).body("[0].dueNote", equalTo("CALENDAR_NOT_CONFIGURED"));
        given().queryParam("from", "2026-12-21").queryParam("add", 20).when().get("/api/v1/calendar/working-days")
                .then().statusCode(422).contentType("application/problem+json");

        // Test data, not the official 2027 notice: one holiday on 2027-01-01 and a make-up Saturday on 2027-01-09.
        String year = "{\"source\":\"测试用节假日安排\",\"days\":[{\"date\":\"2027-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},"
                + "{\"date\":\"2027-01-09\",\"kind\":\"WORKDAY\",\"name\":\"调休上班\"}]}";
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(year)
                .when().put("/api/v1/calendar/years/2027").then().statusCode(403);
        given().header("Authorization", DevTokens.bearer("admin", "370000")).contentType(ContentType.JSON).body(year)
                .when().put("/api/v1/calendar/years/2027").then().statusCode(200).body("days", hasSize(2));
        // From Monday 2026-12-21: 12-22..12-25 (1-4), 12-28..12-31 (5-8), 2027-01-01 holiday, 01-04..01-08 (9-13),
        // Saturday 01-09 make-up (14), 01-11..01-15 (15-19), 01-18 (20).
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + id + "/filings").then()
                .body("[0].dueOn", equalTo("2027-01-18")).body("[0].dueNote", nullValue());
        // replacing the year now needs its version
        given().header("Authorization", DevTokens.bearer("admin", "370000")).contentType(ContentType.JSON).body(year)
                .when().put("/api/v1/calendar/years/2027").then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void recordingEveryFilingPutsThePlanInForce() {
        String id = PlanFixtures.draft(HUAIYIN, "槐荫区应急局安全生产部门应急预案", "DEPARTMENTAL");
        PlanFixtures.move(HUAIYIN, id, "CONSULTATION", "");
        PlanFixtures.move(HUAIYIN, id, "APPROVAL", "");
        PlanFixtures.move(HUAIYIN, id, "PUBLISHED", ",\"issueDate\":\"2023-03-01\"");
        var filings = given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + id + "/filings")
                .then().extract().jsonPath();
        String first = filings.getString("[0].id");
        String second = filings.getString("[1].id");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"filedOn\":\"2023-03-10\",\"reference\":\"槐备〔2023〕1号\",\"version\":0}")
                .when().post("/api/v1/emergency-plans/" + id + "/filings/" + first + "/record").then().statusCode(200)
                .body("status", equalTo("FILED"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"filedOn\":\"2023-03-11\",\"version\":0}")
                .when().post("/api/v1/emergency-plans/" + id + "/filings/" + first + "/record").then().statusCode(409);
        given().when().get("/api/v1/emergency-plans/" + id).then().body("status", equalTo("PUBLISHED"));
        // 20 working days after 2023-03-01 is 2023-03-29, so a filing on 04-03 is late.
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"filedOn\":\"2023-04-03\",\"version\":0}")
                .when().post("/api/v1/emergency-plans/" + id + "/filings/" + second + "/record").then().statusCode(200)
                .body("dueOn", equalTo("2023-03-29")).body("status", equalTo("FILED_LATE"));
        given().when().get("/api/v1/emergency-plans/" + id).then().body("status", equalTo("IN_FORCE"));
    }

    /** A street's plan follows its district's rules: 报区政府备案 within 20 working days (000:1583). */
    @Test
    void aStreetPlanFollowsItsDistrictsRule() {
        String id = PlanFixtures.draft("370104001", "振兴街街道突发事件应急预案", "STREET");
        PlanFixtures.move(HUAIYIN, id, "CONSULTATION", "");
        PlanFixtures.move(HUAIYIN, id, "APPROVAL", "");
        PlanFixtures.move(HUAIYIN, id, "PUBLISHED", ",\"issueDate\":\"2023-03-01\"");
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + id + "/filings").then()
                .body("recipient", contains("区政府（径送区应急管理部门）"))
                .body("[0].dueOn", equalTo("2023-03-29")).body("[0].ruleSource", equalTo("000:1583"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"description\":\"街道应急队伍调整\",\"raisedOn\":\"2023-06-01\"}")
                .when().post("/api/v1/emergency-plans/" + id + "/revision-triggers").then().statusCode(400)
                .body("errors[0].field", equalTo("circumstance"));
    }
}
