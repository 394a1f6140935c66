package cn.guihua.emergency.programme;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.ZHANGDIAN;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.emergency.ReferenceCases;
import cn.guihua.emergency.plan.PlanFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** 编制修订工作规划 and their filing (000:1565; 002:3626), and the enterprise filing rule (000:1585). */
@QuarkusTest
class ProgrammeTest {

    /** PROG-HY-FILING: approved by 区政府, filed with the 市应急管理部门, no deadline. */
    @Test
    void huaiyinsProgrammeIsApprovedByTheDistrictAndFiledWithTheCity() {
        JsonNode expected = ReferenceCases.get("PROG-HY-FILING").get("expected");
        given().queryParam("jurisdiction", HUAIYIN).when().get("/api/v1/programmes").then().statusCode(200)
                .body("code", contains("HY_DRAFTING_PROGRAMME"))
                .body("[0].approvedBy", equalTo(expected.get("approvedBy").asText()))
                .body("[0].filings.recipient", contains(expected.at("/filings/0/recipient").asText()))
                .body("[0].filings[0].deadlineWorkingDays", nullValue())
                .body("[0].clause.sourceRef", equalTo("000:1565"))
                .body("[0].effectiveFrom", equalTo("2022-11-24"));
        String url = "/api/v1/programmes/HY_DRAFTING_PROGRAMME/editions";
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{\"approvedOn\":\"2022-11-01\"}")
                .when().post(url).then().statusCode(400).body("errors[0].field", equalTo("approvedOn"));
        String id = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"approvedOn\":\"2023-03-01\",\"documentNumber\":\"槐政办字〔2023〕2号\"}")
                .when().post(url).then().statusCode(201)
                .body("approvedBy", equalTo("区政府")).body("filingRecipient", equalTo("市应急管理部门"))
                .body("filingStatus", equalTo("PENDING")).extract().path("id");
        given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON).body("{\"approvedOn\":\"2023-04-01\"}")
                .when().post(url).then().statusCode(403);
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"filedOn\":\"2023-02-01\",\"version\":0}")
                .when().post(url + "/" + id + "/filing").then().statusCode(400).body("errors[0].field", equalTo("filedOn"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"filedOn\":\"2023-03-10\",\"reference\":\"济应急备〔2023〕3号\",\"version\":0}")
                .when().post(url + "/" + id + "/filing").then().statusCode(200)
                .body("filingStatus", equalTo("FILED")).body("filedOn", equalTo("2023-03-10"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{\"filedOn\":\"2023-03-11\",\"version\":1}")
                .when().post(url + "/" + id + "/filing").then().statusCode(409);
        given().header("Authorization", manager(HUAIYIN)).when().get(url + "/" + id).then().statusCode(200)
                .body("filingReference", equalTo("济应急备〔2023〕3号"));
    }

    /** 张店区 sets no district programme and states no filing of its 镇办 programmes (002:3626). */
    @Test
    void zhangdiansTownshipProgrammesAreNotFiled() {
        given().queryParam("jurisdiction", ZHANGDIAN).when().get("/api/v1/programmes").then().statusCode(200)
                .body("code", contains("ZD_TOWNSHIP_DRAFTING_PROGRAMME")).body("[0].filings", hasSize(0))
                .body("[0].approvedBy", equalTo("镇办"));
        String url = "/api/v1/programmes/ZD_TOWNSHIP_DRAFTING_PROGRAMME/editions";
        String id = given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON).body("{\"approvedOn\":\"2022-05-01\"}")
                .when().post(url).then().statusCode(201).body("filingStatus", equalTo("NOT_REQUIRED")).extract().path("id");
        given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON).body("{\"filedOn\":\"2022-05-10\",\"version\":0}")
                .when().post(url + "/" + id + "/filing").then().statusCode(409).body("detail", containsString("002:3626"));
    }

    /** FILING-SOE-SUBSIDIARY: a 中央驻区企业三级公司's overall plan is filed with three recipients, all of them. */
    @Test
    void aCentralEnterpriseSubsidiarysPlanOwesThreeFilings() {
        JsonNode expected = ReferenceCases.get("FILING-SOE-SUBSIDIARY").get("expected");
        given().queryParam("jurisdiction", HUAIYIN).queryParam("enterpriseKind", "CENTRAL_SOE_TIER3")
                .when().get("/api/v1/enterprise-filing-rules").then().statusCode(200)
                .body("code", contains("HY_SOE_SUBSIDIARY_OVERALL_PLAN"))
                .body("[0].recipients.recipient", contains("区行业主管部门", "应急管理部门", "企业总部"))
                .body("[0].allRecipientsRequired", equalTo(expected.get("allRequired").asBoolean()))
                .body("[0].clause.sourceRef", equalTo("000:1585"));
        String id = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"某央企驻区三级公司突发事件总体应急预案\",\"planType\":\"ENTERPRISE\","
                        + "\"enterpriseKind\":\"CENTRAL_SOE_TIER3\"}")
                .when().post("/api/v1/emergency-plans").then().statusCode(201).body("enterpriseKind", equalTo("CENTRAL_SOE_TIER3"))
                .extract().path("id");
        PlanFixtures.move(HUAIYIN, id, "CONSULTATION", "");
        PlanFixtures.move(HUAIYIN, id, "APPROVAL", "");
        PlanFixtures.move(HUAIYIN, id, "PUBLISHED", ",\"issueDate\":\"2023-05-04\"");
        java.util.List<String> recipients = new java.util.ArrayList<>();
        expected.get("filings").forEach(f -> recipients.add(f.asText()));
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + id + "/filings").then().statusCode(200)
                .body("recipient", equalTo(recipients))
                .body("ruleSource", everyItem(equalTo("000:1585")))
                .body("dueNote", everyItem(equalTo("NO_DEADLINE")));
        String other = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"某民营企业应急预案\",\"planType\":\"ENTERPRISE\"}")
                .when().post("/api/v1/emergency-plans").then().statusCode(201).extract().path("id");
        PlanFixtures.move(HUAIYIN, other, "CONSULTATION", "");
        PlanFixtures.move(HUAIYIN, other, "APPROVAL", "");
        PlanFixtures.move(HUAIYIN, other, "PUBLISHED", ",\"issueDate\":\"2023-05-04\"");
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + other + "/filings").then()
                .body("recipient", contains("区应急管理部门或有关行业主管部门"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"x\",\"planType\":\"OVERALL\",\"enterpriseKind\":\"CENTRAL_SOE_TIER3\"}")
                .when().post("/api/v1/emergency-plans").then().statusCode(400).body("errors[0].field", equalTo("enterpriseKind"));
        given().when().get("/api/v1/rules/" + HUAIYIN).then()
                .body("filingRules.findAll { it.enterpriseKind == 'PROVINCIAL_SOE_TIER2' }.recipient", equalTo(recipients));
    }
}
