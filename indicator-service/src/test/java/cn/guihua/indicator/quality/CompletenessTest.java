package cn.guihua.indicator.quality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.indicator.platform.MonitoringTopic;
import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Reporting completeness of 槐荫区 (370104) and three of its streets for 儿童溺水死亡率 (CHILD_DROWNING_MORTALITY, a
 * target of 370104-children-2021, 000:723): its reporting schedule is set to annual reports due yesterday for 2024 and
 * quarterly ones due in ten years. Then 370104 and 振兴街街道 (001) and 中大槐树街道 (002) report 2024 today, a day late,
 * 001 reports 2024-Q1 on time, and 道德街街道 (003) reports nothing: it is overdue, and the overdue check announces it on
 * {@code guihua.indicator.reporting}. (2.4 per 100 000 continues the rise ReportDocumentTest reports for 2021-2023.)
 */
@QuarkusTest
class CompletenessTest {

    private static final String INDICATOR = "CHILD_DROWNING_MORTALITY";
    private static final String ADMIN = DevTokens.bearer("admin", "370000");
    private static final String REPORTER = DevTokens.bearer("reporter", "370104");
    private static final String REVIEWER = DevTokens.bearer("reviewer", "370104");

    @BeforeEach
    void catalogue() {
        PlanServiceStub.ensureLoaded();
    }

    private static void report(String jurisdiction, String period) {
        given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"" + INDICATOR + "\",\"jurisdiction\":\"" + jurisdiction + "\",\"period\":\"" + period
                        + "\",\"value\":2.4}")
                .when().post("/api/v1/monitoring-values").then().statusCode(201);
    }

    @Test
    void whoReportedWhoIsLateWhoIsOverdueAndTheRates() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int days = (int) ChronoUnit.DAYS.between(LocalDate.of(2024, 12, 31), today) - 1;
        assertTrue(days >= 0 && days <= 3660, "the test needs a clock after 2024 and before 2034");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"periods\":[{\"periodType\":\"YEAR\",\"dueDays\":" + days + "},{\"periodType\":\"QUARTER\",\"dueDays\":3660}],"
                        + "\"reason\":\"区统计局要求\"}")
                .when().put("/api/v1/reporting-schedules/" + INDICATOR).then().statusCode(200)
                .body("own", equalTo(true)).body("periods.periodType", org.hamcrest.Matchers.contains("YEAR", "QUARTER"));
        String due = today.minusDays(1).toString();

        report("370104", "2024");
        report("370104001", "2024");
        report("370104001", "2024-Q1");
        report("370104002", "2024");

        JsonPath r = given().header("Authorization", REVIEWER).queryParam("jurisdiction", "370104")
                .queryParam("indicatorCode", INDICATOR).queryParam("periodFrom", "2024")
                .queryParam("street", "370104001").queryParam("street", "370104002").queryParam("street", "370104003")
                .queryParam("size", 200)
                .when().get("/api/v1/data-quality/completeness").then().statusCode(200)
                .body("jurisdictionName", equalTo("槐荫区"))
                .body("units.code", org.hamcrest.Matchers.contains("370104", "370104001", "370104002", "370104003"))
                .body("units.find { it.code == '370104003' }.name", equalTo("道德街街道"))
                .body("indicators[0].plans", org.hamcrest.Matchers.contains("370104-children-2021"))
                .extract().jsonPath();

        // who reported, who is late, who is overdue: the annual reports
        Map<String, String> annual = Map.of("370104", "LATE", "370104001", "LATE", "370104002", "LATE", "370104003", "OVERDUE");
        List<Map<String, Object>> cells = r.getList("cells.items");
        annual.forEach((unit, status) -> {
            Map<String, Object> c = cells.stream().filter(x -> x.get("jurisdiction").equals(unit) && x.get("period").equals("2024"))
                    .findFirst().orElseThrow();
            assertEquals(status, c.get("status"), unit);
            assertEquals(due, c.get("dueDate"), unit);
            assertEquals(status.equals("LATE") ? 1 : null, c.get("daysLate"), unit);
            assertEquals(status.equals("OVERDUE") ? 1 : null, c.get("daysOverdue"), unit);
        });
        Map<String, Object> q1 = cells.stream().filter(x -> x.get("jurisdiction").equals("370104001") && x.get("period").equals("2024-Q1"))
                .findFirst().orElseThrow();
        assertEquals("ON_TIME", q1.get("status"));
        assertNotNull(q1.get("reportedAt"));
        assertEquals(4 * 5, r.getInt("cells.total"), "4 units x (the year and its four quarters)");
        assertEquals(15, cells.stream().filter(x -> x.get("status").equals("OPEN")).count(), "quarters not reported, not yet due");

        // the rates per jurisdiction and indicator: due or made, reported, on time
        assertEquals(List.of(1, 2, 1, 1), r.getList("rates.expected"));
        assertEquals(List.of(1, 2, 1, 0), r.getList("rates.reported"));
        assertEquals(List.of(0, 1, 0, 0), r.getList("rates.onTime"));
        assertEquals(List.of(100, 100, 100, 0), r.getList("rates.rate"));
        assertEquals(50, (Integer) r.get("rates[1].onTimeRate"));
        assertEquals(5, r.getInt("total.expected"));
        assertEquals(4, r.getInt("total.reported"));
        assertEquals(1, r.getInt("total.overdue"));
        assertEquals(80, r.getInt("total.rate"));
        assertEquals(20, r.getInt("total.onTimeRate"));
        assertEquals(80, r.getInt("byIndicator[0].rate"));

        // the overdue ones alone, and the list of who is overdue now
        given().header("Authorization", REVIEWER).queryParam("indicatorCode", INDICATOR).queryParam("periodFrom", "2024")
                .queryParam("street", "370104003").queryParam("status", "OVERDUE")
                .when().get("/api/v1/data-quality/completeness").then().statusCode(200)
                .body("cells.total", equalTo(1)).body("cells.items[0].jurisdiction", equalTo("370104003"));
        given().header("Authorization", REVIEWER).queryParam("indicatorCode", INDICATOR).queryParam("size", 200)
                .when().get("/api/v1/data-quality/overdue").then().statusCode(200)
                .body("items.findAll { it.period == '2024' }.jurisdiction", hasItem("370104003"))
                .body("items.findAll { it.period == '2024' && it.jurisdiction == '370104002' }", org.hamcrest.Matchers.empty());

        // the overdue check announces it once, through the outbox, on guihua.indicator.reporting
        JsonPath check = given().header("Authorization", ADMIN).when().post("/api/v1/data-quality/overdue/check").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(check.getList("notices", Map.class).stream().anyMatch(n -> n.get("jurisdiction").equals("370104003")
                && n.get("indicatorCode").equals(INDICATOR) && n.get("period").equals("2024")), check.prettify());
        assertTrue(check.getList("notices", Map.class).stream().noneMatch(n -> n.get("jurisdiction").equals("370104002")
                && n.get("indicatorCode").equals(INDICATOR)), "002 reported, late");
        given().header("Authorization", ADMIN).when().post("/api/v1/data-quality/overdue/check").then().statusCode(200)
                .body("notices.findAll { it.jurisdiction == '370104003' && it.indicatorCode == '" + INDICATOR + "' }",
                        org.hamcrest.Matchers.empty());
        MonitoringTopic.Event e = MonitoringTopic.await("guihua.indicator.reporting", "370104003:" + INDICATOR,
                ev -> ev.get("type").asText().equals("cn.guihua.indicator.reporting.overdue.v1"));
        assertNotNull(e, "no overdue event on guihua.indicator.reporting");
        JsonNode data = e.cloudEvent().get("data");
        assertEquals("reporting/370104003/" + INDICATOR + "/2024", e.cloudEvent().get("subject").asText());
        assertEquals("2024", data.get("period").asText());
        assertEquals("YEAR", data.get("periodType").asText());
        assertEquals(due, data.get("dueDate").asText());
        assertEquals(1, data.get("daysOverdue").asInt());
        assertEquals("道德街街道", data.get("jurisdictionName").asText());
        assertEquals("儿童溺水死亡率", data.get("indicatorName").asText());
        assertEquals("370104-children-2021", data.get("plans").get(0).asText());

        // a reporter may not run the check; a reporter of another district may not see the report
        given().header("Authorization", REPORTER).when().post("/api/v1/data-quality/overdue/check").then().statusCode(403);
        given().header("Authorization", DevTokens.bearer("reviewer", "371302")).queryParam("jurisdiction", "370104")
                .queryParam("periodFrom", "2024").when().get("/api/v1/data-quality/completeness").then().statusCode(403)
                .contentType("application/problem+json");
        // the schedule the indicator follows now, and the default
        given().header("Authorization", REPORTER).when().get("/api/v1/reporting-schedules/" + INDICATOR).then().statusCode(200)
                .body("own", equalTo(true)).body("setBy", equalTo("admin@370000"));
        given().header("Authorization", REPORTER).when().get("/api/v1/reporting-schedules/INFANT_MORTALITY").then().statusCode(200)
                .body("own", equalTo(false)).body("periods[0].periodType", equalTo("YEAR")).body("periods[0].dueDays", equalTo(90));
        given().header("Authorization", REPORTER).when().get("/api/v1/reporting-schedules/NO_SUCH").then().statusCode(404);
        given().header("Authorization", REPORTER).queryParam("periodFrom", "2024").queryParam("street", "371302001")
                .when().get("/api/v1/data-quality/completeness").then().statusCode(400).body("errors[0].field", equalTo("street"));
        given().header("Authorization", REPORTER).queryParam("periodFrom", "2024").queryParam("plan", "371302-children-2021")
                .when().get("/api/v1/data-quality/completeness").then().statusCode(400).body("errors[0].field", equalTo("plan"))
                .body("cells", nullValue());
    }
}
