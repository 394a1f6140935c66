package cn.guihua.emergency.plan;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN_DRUG;
import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN_OVERALL;
import static cn.guihua.emergency.plan.PlanFixtures.ZHANGDIAN;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.guihua.platform.audit.AuditEntry;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PlanLifecycleTest {

    @Test
    void theSourcePlansAreLoadedAndPublic() {
        given().when().get("/api/v1/emergency-plans/" + HUAIYIN_DRUG).then().statusCode(200)
                .body("title", equalTo("槐荫区药品安全事件应急预案"))
                .body("planType", equalTo("SPECIAL"))
                .body("documentNumber", equalTo("槐政办字〔2022〕7号"))
                .body("issueDate", equalTo("2022-11-25"))
                .body("leadDepartments", contains("区市场监管局"))
                .body("parentPlanId", equalTo(HUAIYIN_OVERALL))
                .body("status", equalTo("PUBLISHED"));
        given().queryParam("jurisdiction", HUAIYIN).queryParam("planType", "OVERALL").when().get("/api/v1/emergency-plans").then()
                .statusCode(200).body("items.documentNumber", hasItem("济槐政发〔2022〕5号"));
    }

    @Test
    void anIllegalTransitionIsRefusedWithAClearProblem() {
        String id = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区突发地质灾害应急预案", "区应急局");
        given().header("Authorization", manager(HUAIYIN)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"to\":\"PUBLISHED\",\"reason\":\"直接印发\",\"issueDate\":\"2023-01-05\",\"version\":0}")
                .when().post("/api/v1/emergency-plans/" + id + "/transitions").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("A plan cannot move from DRAFTING to PUBLISHED. Allowed next: CONSULTATION"));
        given().when().get("/api/v1/emergency-plans/" + id).then().statusCode(404);
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + id).then()
                .body("status", equalTo("DRAFTING")).body("issueDate", nullValue());

        PlanFixtures.move(HUAIYIN, id, "CONSULTATION", "");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"to\":\"APPROVAL\",\"reason\":\"跳过审核\",\"version\":1}")
                .when().post("/api/v1/emergency-plans/" + id + "/transitions").then()
                .statusCode(409).body("detail", containsString("000:1575"));
    }

    /**
     * 应急管理部门审核 is rule data: 槐荫区 reviews its 灾害事故 special plans only (000:1575: NATURAL, ACCIDENT), so a
     * public-health special plan may go from consultation to approval; 张店区 reviews every special plan (002:3630).
     */
    @Test
    void theReviewStepIsRequiredWhereTheJurisdictionsClauseNamesThePlan() {
        String huaiyin = special(HUAIYIN, "槐荫区突发公共卫生事件应急预案（审核规则）", "HEALTH", "区卫生健康局");
        PlanFixtures.move(HUAIYIN, huaiyin, "CONSULTATION", "");
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + huaiyin).then()
                .body("allowedTransitions", hasItems("REVIEW", "APPROVAL"));
        PlanFixtures.move(HUAIYIN, huaiyin, "APPROVAL", "");

        String zhangdian = special(ZHANGDIAN, "张店区突发公共卫生事件应急预案（审核规则）", "HEALTH", "区卫生健康局");
        PlanFixtures.move(ZHANGDIAN, zhangdian, "CONSULTATION", "");
        given().header("Authorization", manager(ZHANGDIAN)).when().get("/api/v1/emergency-plans/" + zhangdian).then()
                .body("allowedTransitions", contains("DRAFTING", "REVIEW"));
        given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON)
                .body("{\"to\":\"APPROVAL\",\"reason\":\"跳过审核\",\"version\":1}")
                .when().post("/api/v1/emergency-plans/" + zhangdian + "/transitions").then()
                .statusCode(409).body("detail", containsString("002:3630")).body("detail", containsString("本级专项应急预案"));
        given().when().get("/api/v1/rules/" + HUAIYIN).then()
                .body("reviewRules[0].categories", contains("NATURAL", "ACCIDENT"))
                .body("reviewRules[0].sourceRef", equalTo("000:1575"))
                .body("reviewRules[0].effectiveFrom", equalTo("2022-11-24"));
        given().when().get("/api/v1/rules/" + ZHANGDIAN).then()
                .body("reviewRules[0].categories", hasSize(0)).body("reviewRules[0].sourceRef", equalTo("002:3630"));
    }

    private static String special(String jurisdiction, String title, String category, String lead) {
        return given().header("Authorization", manager(jurisdiction)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"" + jurisdiction + "\",\"title\":\"" + title + "\",\"planType\":\"SPECIAL\","
                        + "\"category\":\"" + category + "\",\"leadDepartments\":[\"" + lead + "\"]}")
                .when().post("/api/v1/emergency-plans").then().statusCode(201).extract().path("id");
    }

    @Test
    void everyTransitionRecordsWhoWhenAndWhy() {
        String id = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区自然灾害救助应急预案", "区应急局");
        PlanFixtures.publish(HUAIYIN, id, LocalDate.of(2023, 2, 1));
        given().header("Authorization", DevTokens.bearer("auditor", "370000")).when().get("/api/v1/emergency-plans/" + id + "/transitions")
                .then().statusCode(200)
                .body("to", contains("DRAFTING", "CONSULTATION", "REVIEW", "APPROVAL", "PUBLISHED"))
                .body("actor", everyItem(equalTo("emergency-manager@370104")))
                .body("[4].reason", equalTo("转入 PUBLISHED"))
                .body("[4].at", not(nullValue()));
        given().when().get("/api/v1/emergency-plans/" + id).then().statusCode(200).body("issueDate", equalTo("2023-02-01"));
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "entityType = 'EmergencyPlan' and entityId = ?1 and action = 'plan.transition'", id));
        assertEquals(4, audited);
        given().when().get("/api/v1/emergency-plans/" + id + "/transitions").then().statusCode(401);
        given().header("Authorization", manager(ZHANGDIAN)).when().get("/api/v1/emergency-plans/" + id + "/transitions").then().statusCode(403);
    }

    @Test
    void aMajorRevisionRepeatsTheApprovalProcedureAndAMinorOneNeedNot() {
        String major = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区森林火灾应急预案", "区应急局");
        PlanFixtures.publish(HUAIYIN, major, LocalDate.of(2023, 1, 10));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"to\":\"UNDER_REVISION\",\"reason\":\"组织指挥体系调整\",\"version\":4}")
                .when().post("/api/v1/emergency-plans/" + major + "/transitions").then()
                .statusCode(400).body("errors[0].field", equalTo("revisionKind"));
        PlanFixtures.move(HUAIYIN, major, "UNDER_REVISION", ",\"revisionKind\":\"MAJOR\"");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"to\":\"PUBLISHED\",\"reason\":\"简化程序\",\"issueDate\":\"2024-05-06\",\"version\":5}")
                .when().post("/api/v1/emergency-plans/" + major + "/transitions").then()
                .statusCode(409).body("detail", containsString("000:1623"));
        PlanFixtures.publish(HUAIYIN, major, LocalDate.of(2024, 5, 6));
        given().when().get("/api/v1/emergency-plans/" + major).then()
                .body("status", equalTo("PUBLISHED")).body("issueDate", equalTo("2024-05-06"))
                .body("majorRevisionIssuedOn", equalTo("2024-05-06")).body("revisionKind", nullValue());
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + major + "/filings").then()
                .body("issueDate", contains("2023-01-10", "2024-05-06"));

        String minor = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区清雪除冰工作预案", "区城管局");
        PlanFixtures.publish(HUAIYIN, minor, LocalDate.of(2023, 1, 10));
        PlanFixtures.move(HUAIYIN, minor, "UNDER_REVISION", ",\"revisionKind\":\"MINOR\"");
        PlanFixtures.move(HUAIYIN, minor, "PUBLISHED", ",\"issueDate\":\"2023-12-01\",\"documentNumber\":\"槐政办字〔2023〕3号\"");
        given().when().get("/api/v1/emergency-plans/" + minor).then()
                .body("documentNumber", equalTo("槐政办字〔2023〕3号")).body("majorRevisionIssuedOn", nullValue());
    }

    @Test
    void aPlanThatReplacesAnotherSupersedesItOnPublication() {
        String old = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区供水突发事件应急预案", "区水务局");
        PlanFixtures.publish(HUAIYIN, old, LocalDate.of(2023, 1, 10));
        String replacement = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"槐荫区城市供水突发事件应急预案\",\"planType\":\"SPECIAL\","
                        + "\"category\":\"ACCIDENT\",\"leadDepartments\":[\"区水务局\"],\"supersedesPlanId\":\"" + old + "\"}")
                .when().post("/api/v1/emergency-plans").then().statusCode(201).extract().path("id");
        PlanFixtures.publish(HUAIYIN, replacement, LocalDate.of(2024, 2, 1));
        given().when().get("/api/v1/emergency-plans/" + old).then().body("status", equalTo("SUPERSEDED")).body("allowedTransitions", hasSize(0));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"to\":\"IN_FORCE\",\"reason\":\"恢复\",\"version\":5}")
                .when().post("/api/v1/emergency-plans/" + old + "/transitions").then().statusCode(409)
                .body("detail", containsString("允许的下一状态：—"));
    }

    @Test
    void writesAreForEmergencyManagersOfTheJurisdiction() {
        given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON)
                .body("{\"to\":\"UNDER_EVALUATION\",\"reason\":\"评估\",\"version\":0}")
                .when().post("/api/v1/emergency-plans/" + HUAIYIN_OVERALL + "/transitions").then().statusCode(403);
        given().header("Authorization", DevTokens.bearer("auditor", "370000")).contentType(ContentType.JSON)
                .body("{\"to\":\"UNDER_EVALUATION\",\"reason\":\"评估\",\"version\":0}")
                .when().post("/api/v1/emergency-plans/" + HUAIYIN_OVERALL + "/transitions").then().statusCode(403);
        given().header("Authorization", manager(ZHANGDIAN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"x\",\"planType\":\"OVERALL\"}")
                .when().post("/api/v1/emergency-plans").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"jurisdiction\":\"370104\",\"title\":\"x\",\"planType\":\"OVERALL\"}")
                .when().post("/api/v1/emergency-plans").then().statusCode(401);
    }

    @Test
    void badInputNamesTheField() {
        given().header("Authorization", manager(HUAIYIN)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"槐荫区地震应急预案\",\"planType\":\"SPECIAL\",\"category\":\"NATURAL\"}")
                .when().post("/api/v1/emergency-plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("leadDepartments"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"37abc\",\"planType\":\"NOPE\"}")
                .when().post("/api/v1/emergency-plans").then().statusCode(400);
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"x\",\"planType\":\"OVERALL\",\"parentPlanId\":\""
                        + PlanFixtures.ZHANGDIAN_OVERALL + "\"}")
                .when().post("/api/v1/emergency-plans").then().statusCode(400).body("errors[0].field", equalTo("parentPlanId"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"to\":\"UNDER_EVALUATION\",\"reason\":\"评估\",\"version\":99}")
                .when().post("/api/v1/emergency-plans/" + HUAIYIN_OVERALL + "/transitions").then().statusCode(409)
                .body("detail", containsString("99"));
    }

    @Test
    void thePublicSeesOnlyIssuedPlans() {
        String draft = PlanFixtures.draft(HUAIYIN, "槐荫区某街道办事处应急预案（草案）", "STREET");
        List<String> publicIds = given().queryParam("size", 200).when().get("/api/v1/emergency-plans").then().statusCode(200)
                .body("items.status", everyItem(in(List.of("PUBLISHED", "IN_FORCE", "UNDER_EVALUATION", "UNDER_REVISION", "SUPERSEDED", "REPEALED"))))
                .extract().path("items.id");
        assertEquals(false, publicIds.contains(draft));
        given().header("Authorization", manager(HUAIYIN)).queryParam("status", "DRAFTING").queryParam("size", 200)
                .when().get("/api/v1/emergency-plans").then().body("items.id", hasItem(draft));
        given().header("Authorization", manager(ZHANGDIAN)).queryParam("status", "DRAFTING").queryParam("size", 200)
                .when().get("/api/v1/emergency-plans").then().body("items.id", not(hasItem(draft)));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"kind\":\"WORK_MANUAL\",\"title\":\"槐荫区药品安全事件应急工作手册\",\"approvedBy\":\"区市场监管局局长\"}")
                .when().post("/api/v1/emergency-plans/" + HUAIYIN_DRUG + "/supporting-documents").then().statusCode(201);
        given().when().get("/api/v1/emergency-plans/" + HUAIYIN_DRUG + "/supporting-documents").then().statusCode(200)
                .body("title", hasItems("槐荫区药品安全事件应急工作手册"));
    }

    @Test
    void metadataChangesNeedTheCurrentVersion() {
        String id = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区交通事故应急预案", "区交警大队");
        String body = "{\"title\":\"槐荫区道路交通事故应急预案\",\"category\":\"ACCIDENT\",\"leadDepartments\":[\"区交警大队\",\"区交通运输局\"],\"version\":0}";
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/emergency-plans/" + id).then().statusCode(200)
                .body("version", equalTo(1)).body("leadDepartments", contains("区交警大队", "区交通运输局"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(body.replace("道路", "城市道路"))
                .when().put("/api/v1/emergency-plans/" + id).then().statusCode(409);
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + id).then()
                .body("title", equalTo("槐荫区道路交通事故应急预案"));
    }

    @Test
    void aRetriedRegistrationWithTheSameKeyCreatesOnePlan() {
        String body = "{\"jurisdiction\":\"370104\",\"title\":\"槐荫区辐射事故应急预案\",\"planType\":\"SPECIAL\","
                + "\"category\":\"ACCIDENT\",\"leadDepartments\":[\"区生态环境分局\"]}";
        String first = given().header("Authorization", manager(HUAIYIN)).header("Idempotency-Key", "plan-radiation")
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/emergency-plans").then().statusCode(201).extract().path("id");
        String second = given().header("Authorization", manager(HUAIYIN)).header("Idempotency-Key", "plan-radiation")
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/emergency-plans").then().statusCode(201).extract().path("id");
        assertEquals(first, second);
        given().header("Authorization", manager(HUAIYIN)).queryParam("title", "辐射事故").when().get("/api/v1/emergency-plans").then()
                .body("total", equalTo(1)).body("totalPages", equalTo(1));
    }
}
