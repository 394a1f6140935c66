package cn.guihua.emergency.platform;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.ZHANGDIAN;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.emergency.plan.PlanFixtures;
import cn.guihua.testsupport.ApiFuzzer;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every read by id checks the caller's jurisdiction as the lists do: a record of 槐荫区 (370104) read with a token of
 * 张店区 (370303), or of one of 槐荫区's own streets, is refused.
 * <ul>
 * <li>403 for the working records of an issued plan (history, filings, drills, revision triggers and each one of
 * them), incidents and a jurisdiction's compliance view: the plan itself is public, so its existence is no secret;</li>
 * <li>404 for everything of a plan in preparation (its metadata, history, documents): such a plan is not published,
 * and it answers to a manager of another jurisdiction exactly as to the public, so that its existence does not leak.</li>
 * </ul>
 * A warning is read by the managers of its area and of every street below it (it covers them): a 370104 warning
 * answers 200 to a 370104001 token, 403 to a 370303 one.
 * Exempt, because they are public documents or reference data: an issued plan's metadata and supporting documents,
 * grading tables, a jurisdiction's rules (the published clauses: filing, warning and response rules), the command
 * templates, the resource registries (the published annexes of 张店区's plan) and the working-day calendar. The deprecated
 * {@code /api/v1/plans/...} paths run the same code and are checked too.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeTest {

    private static final String OTHER = manager(ZHANGDIAN);
    private static final String STREET = manager("370104001");
    private static final String AUDITOR = DevTokens.bearer("auditor", "370000");
    private static final String[] PLAN_PATHS = { "/api/v1/emergency-plans/", "/api/v1/plans/" };

    /** Every GET with a path parameter of the spec, and why it is scoped or exempt. */
    private static final Set<String> SCOPED = Set.of(
            "/api/v1/emergency-plans/{id}/transitions",
            "/api/v1/emergency-plans/{id}/filings",
            "/api/v1/emergency-plans/{id}/filings/{filingId}",
            "/api/v1/emergency-plans/{id}/drills",
            "/api/v1/emergency-plans/{id}/drills/{drillId}",
            "/api/v1/emergency-plans/{id}/revision-triggers",
            "/api/v1/emergency-plans/{id}/revision-triggers/{triggerId}",
            "/api/v1/incidents/{id}",
            "/api/v1/incidents/{id}/response",
            "/api/v1/incidents/{id}/command",
            "/api/v1/compliance/{jurisdiction}",
            "/api/v1/warnings/{id}",
            "/api/v1/programmes/{code}/editions",
            "/api/v1/programmes/{code}/editions/{editionId}");
    private static final Set<String> PUBLIC_WHEN_ISSUED = Set.of(
            "/api/v1/emergency-plans/{id}",
            "/api/v1/emergency-plans/{id}/supporting-documents",
            "/api/v1/emergency-plans/{id}/supporting-documents/{documentId}");
    private static final Set<String> EXEMPT = Set.of(
            "/api/v1/grading-tables/{code}",
            "/api/v1/rules/{jurisdiction}",
            "/api/v1/calendar/years/{year}",
            "/api/v1/calendar/days/{date}",
            "/api/v1/resources/{code}",
            "/api/v1/warning-rules/{jurisdiction}",
            "/api/v1/response-rules/{jurisdiction}",
            "/api/v1/command-templates/{planCode}");

    String plan;
    String draft;
    String filing;
    String drill;
    String trigger;
    String document;
    String incident;
    String warning;
    String edition;

    /** Once per class, in the first test's turn: RestAssured knows the port only then. */
    @BeforeEach
    void recordsOfHuaiyin() {
        if (plan != null) {
            return;
        }
        plan = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区突发环境事件应急预案（范围测试）", "区生态环境分局");
        PlanFixtures.publish(HUAIYIN, plan, LocalDate.of(2023, 3, 1));
        draft = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区人防应急预案（草案，范围测试）", "区人防办");
        filing = given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + plan + "/filings")
                .then().statusCode(200).extract().path("[0].id");
        drill = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"heldOn\":\"2023-06-01\",\"form\":\"TABLETOP\",\"organiser\":\"区生态环境分局\",\"revisionNeeded\":true,"
                        + "\"findings\":\"监测点位变化\"}")
                .when().post("/api/v1/emergency-plans/" + plan + "/drills").then().statusCode(201).extract().path("id");
        trigger = given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + plan + "/drills/" + drill)
                .then().statusCode(200).extract().path("revisionTriggerId");
        document = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"kind\":\"WORK_MANUAL\",\"title\":\"突发环境事件应急工作手册\"}")
                .when().post("/api/v1/emergency-plans/" + plan + "/supporting-documents").then().statusCode(201).extract().path("id");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"kind\":\"ACTION_PLAN\",\"title\":\"人防行动方案（草案）\"}")
                .when().post("/api/v1/emergency-plans/" + draft + "/supporting-documents").then().statusCode(201);
        incident = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"某河段水质异常\",\"eventType\":\"突发环境事件\",\"assessedLevel\":4,"
                        + "\"occurredAt\":\"2026-04-01T08:00:00+08:00\",\"discoveredAt\":\"2026-04-01T09:00:00+08:00\"}")
                .when().post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/incidents/" + incident + "/command").then().statusCode(201);
        warning = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"category\":\"SOCIAL\",\"noticeKind\":\"NOTICE\",\"issuerBody\":\"槐荫区应急管理局\","
                        + "\"content\":{\"category\":\"社会安全事件\",\"level\":\"通报提醒信息\",\"startTime\":\"即时\",\"affectedArea\":\"槐荫区\","
                        + "\"warningMatters\":\"范围测试\",\"development\":\"—\",\"measures\":\"—\",\"consultation\":\"值班电话\","
                        + "\"issuedAt\":\"2026-04-01T08:00:00+08:00\",\"issuer\":\"槐荫区应急管理局\"}}")
                .when().post("/api/v1/warnings").then().statusCode(201).extract().path("id");
        edition = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{\"approvedOn\":\"2024-02-01\"}")
                .when().post("/api/v1/programmes/HY_DRAFTING_PROGRAMME/editions").then().statusCode(201).extract().path("id");
    }

    @Test
    void everyReadByIdOfTheSpecIsCoveredHere() {
        JsonNode spec = ApiFuzzer.servedSpec();
        Set<String> unclassified = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            String canonical = path.getKey().replace("/api/v1/plans", "/api/v1/emergency-plans");
            if (path.getValue().has("get") && canonical.contains("{") && !SCOPED.contains(canonical)
                    && !PUBLIC_WHEN_ISSUED.contains(canonical) && !EXEMPT.contains(canonical)) {
                unclassified.add(path.getKey());
            }
        }
        assertTrue(unclassified.isEmpty(), "reads by id without a scope test: " + unclassified);
    }

    @Test
    void theWorkingRecordsOfAnIssuedPlanAreRefusedOutsideItsJurisdiction() {
        for (String base : PLAN_PATHS) {
            Map<String, Integer> reads = new LinkedHashMap<>();
            reads.put(base + plan + "/transitions", 403);
            reads.put(base + plan + "/filings", 403);
            reads.put(base + plan + "/filings/" + filing, 403);
            reads.put(base + plan + "/drills", 403);
            reads.put(base + plan + "/drills/" + drill, 403);
            reads.put(base + plan + "/revision-triggers", 403);
            reads.put(base + plan + "/revision-triggers/" + trigger, 403);
            expect(reads, OTHER);
            expect(reads, STREET);
            reads.replaceAll((url, status) -> 200);
            expect(reads, manager(HUAIYIN));
            expect(reads, AUDITOR);
        }
    }

    @Test
    void anIncidentAndAComplianceViewAreRefusedOutsideTheirJurisdiction() {
        Map<String, Integer> reads = new LinkedHashMap<>();
        reads.put("/api/v1/incidents/" + incident, 403);
        reads.put("/api/v1/incidents/" + incident + "/response", 403);
        reads.put("/api/v1/incidents/" + incident + "/command", 403);
        reads.put("/api/v1/compliance/" + HUAIYIN, 403);
        reads.put("/api/v1/programmes/HY_DRAFTING_PROGRAMME/editions", 403);
        reads.put("/api/v1/programmes/HY_DRAFTING_PROGRAMME/editions/" + edition, 403);
        expect(reads, OTHER);
        expect(reads, STREET);
        reads.replaceAll((url, status) -> 200);
        expect(reads, manager(HUAIYIN));
        expect(reads, AUDITOR);
    }

    /** A warning is for its area and the streets below: another district's manager is refused, a street's is not. */
    @Test
    void aWarningIsRefusedOutsideTheAreaItCovers() {
        Map<String, Integer> reads = new LinkedHashMap<>();
        reads.put("/api/v1/warnings/" + warning, 403);
        expect(reads, OTHER);
        reads.replaceAll((url, status) -> 200);
        expect(reads, STREET);
        expect(reads, manager(HUAIYIN));
        expect(reads, AUDITOR);
        given().when().get("/api/v1/warnings/" + warning).then().statusCode(401);
    }

    /** A plan in preparation answers another jurisdiction's manager as it answers the public: it does not exist. */
    @Test
    void aPlanInPreparationDoesNotExistOutsideItsJurisdiction() {
        for (String base : PLAN_PATHS) {
            Map<String, Integer> publicReads = new LinkedHashMap<>();
            publicReads.put(base + draft, 404);
            publicReads.put(base + draft + "/supporting-documents", 404);
            expect(publicReads, null);
            Map<String, Integer> reads = new LinkedHashMap<>(publicReads);
            reads.put(base + draft + "/transitions", 404);
            reads.put(base + draft + "/filings", 404);
            expect(reads, OTHER);
            expect(reads, STREET);
            reads.replaceAll((url, status) -> 200);
            expect(reads, manager(HUAIYIN));
        }
    }

    /** Exempt: an issued plan and its documents are public documents; grading tables, rules and the calendar reference data. */
    @Test
    void publicDocumentsAndReferenceDataAreReadByEveryone() {
        Map<String, Integer> reads = new LinkedHashMap<>();
        reads.put("/api/v1/emergency-plans/" + plan, 200);
        reads.put("/api/v1/emergency-plans/" + plan + "/supporting-documents", 200);
        reads.put("/api/v1/emergency-plans/" + plan + "/supporting-documents/" + document, 200);
        reads.put("/api/v1/grading-tables/HY_DRUG_SAFETY", 200);
        reads.put("/api/v1/rules/" + HUAIYIN, 200);
        reads.put("/api/v1/calendar/years/2023", 200);
        reads.put("/api/v1/calendar/days/2023-10-07", 200);
        reads.put("/api/v1/resources/ZD-SHELTER-005", 200);
        reads.put("/api/v1/warning-rules/" + HUAIYIN, 200);
        reads.put("/api/v1/response-rules/" + HUAIYIN, 200);
        reads.put("/api/v1/command-templates/HY_DRUG_SAFETY", 200);
        expect(reads, OTHER);
        expect(reads, null);
    }

    private static void expect(Map<String, Integer> reads, String token) {
        reads.forEach((url, status) -> {
            var request = given();
            if (token != null) {
                request.header("Authorization", token);
            }
            var response = request.when().get(url);
            assertEquals(status, response.statusCode(), "GET " + url + ": " + response.asString());
            if (status >= 400) {
                assertTrue(response.contentType().startsWith("application/problem+json"), "GET " + url + ": " + response.contentType());
            }
        });
    }
}
