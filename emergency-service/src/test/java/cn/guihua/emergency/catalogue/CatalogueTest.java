package cn.guihua.emergency.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CatalogueTest {

    @Test
    void huaiyinListsItsTwentyFiveSpecialPlansWithTheirLeads() {
        given().queryParam("jurisdiction", "370104").when().get("/api/v1/catalogue/entries").then().statusCode(200)
                .body("total", equalTo(25))
                .body("items.find { it.name == '槐荫区药品安全事件应急预案' }.leadDepartments", contains("区市场监管局"))
                .body("items.find { it.name == '槐荫区药品安全事件应急预案' }.sourceRef", equalTo("000:1698"));
    }

    /** 17 cells of 002:3655-3897 are blank: their lead department is unknown, not copied from the row above. */
    @Test
    void zhangdianListsFiftyFiveEventTypesAndLeavesBlankLeadsUnknown() {
        given().queryParam("jurisdiction", "370303").when().get("/api/v1/catalogue/entries").then()
                .body("total", equalTo(55));
        given().queryParam("jurisdiction", "370303").queryParam("leadDepartmentsKnown", false).when().get("/api/v1/catalogue/entries").then()
                .body("total", equalTo(17))
                .body("items.name", hasItems("危险化学品事故", "药品安全事件", "舆情突发事件"))
                .body("items[0].leadDepartmentsKnown", equalTo(false))
                .body("items[0].leadDepartments", hasSize(0));
        given().queryParam("jurisdiction", "370303").queryParam("category", "NATURAL").when().get("/api/v1/catalogue/entries").then()
                .body("items.find { it.name == '恶劣天气灾害' }.leadDepartments", contains("区应急管理局", "区综合行政执法局", "区交通运输局", "张店交警大队"));
        given().queryParam("jurisdiction", "370303").when().get("/api/v1/catalogue/support-measures").then()
                .body("total", equalTo(10))
                .body("items[4].leadDepartments", contains("区发展改革局", "区应急管理局"));
    }

    @Test
    void rulesPerJurisdictionComeWithTheirSourceClause() {
        given().when().get("/api/v1/rules/370104").then().statusCode(200)
                .body("revisionCircumstances", hasSize(7))
                .body("filingRules.find { it.planType == 'SPECIAL' }.deadlineWorkingDays", equalTo(20))
                .body("drillRules[0].intervalMonths", equalTo(24))
                .body("responseLevels.find { it.responseLevel == '二级' }.activatedBy", equalTo("区级突发事件应对主要牵头部门"));
        given().when().get("/api/v1/rules/370303").then().statusCode(200)
                .body("revisionCircumstances", hasSize(0))
                .body("filingRules.deadlineWorkingDays", hasSize(8))
                .body("reportingClocks.code", contains("ZD_AUTHORITATIVE_RELEASE", "ZD_PRESS_CONFERENCE"));
        given().when().get("/api/v1/calendar/years").then().body("year", contains(2021, 2022, 2023, 2024, 2025, 2026));
    }
}
