package cn.guihua.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import cn.guihua.localstack.LocalStack;
import cn.guihua.localstack.Service;
import cn.guihua.testsupport.DevTokens;

/**
 * The whole system as the README's run command starts it (embedded PostgreSQL and Kafka, the four packaged
 * services as separate processes), driven over HTTP only through the scenario of a district: 槐荫区 reads its
 * children's plan, adds a street, and the steps build on each other in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SystemScenarioTest {

    private static final String DISTRICT = "370104";
    private static final String STREET = "370104001";
    private static final String CHILDREN_PLAN = "370104-children-2021";
    private static final String MANAGER = "emergency-manager";
    private static final String OFFICER = "subsidy-officer";
    /** 张店区: the jurisdiction of the public credit system credit-service keeps (张政字〔2021〕86-90号). */
    private static final String ZHANGDIAN = "370303";
    private static final String LANSHAN = "371302";
    /** 002:808, what a D (严重失信) market entity is restricted from. */
    private static final String FISCAL_FUNDS_RESTRICTION = "限制其申请财政性资金项目、评优评先项目";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private Path dataDir;
    private String neonatalValue;
    private LocalStack stack;

    @BeforeAll
    void startTheStack() throws Exception {
        // money and rates are decimals: read them as BigDecimal, never as float
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));
        dataDir = Files.createTempDirectory("guihua-system-test");
        stack = new LocalStack(Repository.ROOT, dataDir, System.out);
        stack.start(true);
    }

    @AfterAll
    void stopTheStack() throws IOException {
        if (stack != null) {
            stack.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    @Order(0)
    void everyServiceAnswersTheProbesAndTheScrapeKubernetesUses() {
        for (Service s : Service.values()) {
            // the paths of deploy/k8s/base/service-pod.yaml and the ServiceMonitors, on the management port
            for (String probe : List.of("/q/health/started", "/q/health/live", "/q/health/ready")) {
                given().baseUri(stack.managementUrl(s)).accept(ContentType.JSON).get(probe).then().statusCode(200)
                        .body("status", equalTo("UP"));
                // never on the public port
                api(s).get(probe).then().statusCode(404);
            }
            given().baseUri(stack.managementUrl(s)).get("/q/metrics").then().statusCode(200);
            given().baseUri(s.url()).get("/q/metrics").then().statusCode(404);
        }
    }

    @Test
    @Order(1)
    void anyoneReadsThePublishedChildrensPlanOfHuaiyin() {
        JsonPath plans = api(Service.PLAN).queryParam("jurisdiction", DISTRICT).queryParam("kind", "CHILDREN")
                .get("/api/v1/plans").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("items.code", hasItem(CHILDREN_PLAN))
                .extract().jsonPath();
        assertEquals("PUBLISHED", plans.getString("items.find { it.code == '" + CHILDREN_PLAN + "' }.status"));

        JsonPath plan = api(Service.PLAN).get("/api/v1/plans/" + CHILDREN_PLAN).then().statusCode(200)
                .body("jurisdiction", equalTo(DISTRICT))
                .extract().jsonPath();
        // 000:663 新生儿、婴儿和5岁以下儿童死亡率分别控制在3‰、3‰和3.5‰以下
        Map<String, Object> neonatal = plan.getMap("areas.goals.flatten().targets.flatten().find { it.indicatorCode == 'NEONATAL_MORTALITY' }");
        assertEquals("AT_MOST", neonatal.get("comparator"));
        assertEquals(3, ((Number) neonatal.get("value")).intValue());
        assertEquals("‰", neonatal.get("unit"));
        assertEquals("000:663", neonatal.get("sourceRef"));

        api(Service.PLAN).queryParam("indicator", "NEONATAL_MORTALITY").queryParam("jurisdiction", DISTRICT)
                .get("/api/v1/targets").then().statusCode(200)
                .body("items.planCode", hasItem(CHILDREN_PLAN));
    }

    @Test
    @Order(2)
    void thePlannerAddsAStreetOfTheDistrict() {
        Map<String, String> street = Map.of("code", STREET, "name", "振兴街街道", "parentCode", DISTRICT);
        String key = UUID.randomUUID().toString();
        as(Service.PLAN, "planner", DISTRICT).header("Idempotency-Key", key).contentType(ContentType.JSON).body(street)
                .post("/api/v1/jurisdictions").then().statusCode(201).body("code", equalTo(STREET));
        // a retry after a lost answer creates nothing new
        as(Service.PLAN, "planner", DISTRICT).header("Idempotency-Key", key).contentType(ContentType.JSON).body(street)
                .post("/api/v1/jurisdictions").then().statusCode(201).body("code", equalTo(STREET));
        // a planner of another district may not
        as(Service.PLAN, "planner", "370103").contentType(ContentType.JSON)
                .body(Map.of("code", "370104002", "name", "营市街街道", "parentCode", DISTRICT))
                .post("/api/v1/jurisdictions").then().statusCode(403).contentType("application/problem+json");
        api(Service.PLAN).queryParam("parent", DISTRICT).get("/api/v1/jurisdictions").then().statusCode(200)
                .body("items.code", equalTo(List.of(STREET)));
    }

    @Test
    @Order(3)
    void approvedMonitoringDataMovesThePlansProgress() {
        awaitIndicatorCatalogue();
        assertEquals(null, neonatalProgress().get("latest"), "no monitoring value yet");

        Map<String, Object> value = Map.of("indicatorCode", "NEONATAL_MORTALITY", "jurisdiction", DISTRICT, "period", "2023",
                "value", new BigDecimal("2.4"), "numerator", 3, "denominator", 1250, "unit", "‰", "department", "区卫生健康局");
        // a reporter of another district may not submit for 槐荫区
        as(Service.INDICATOR, "reporter", "370103").contentType(ContentType.JSON).body(value)
                .post("/api/v1/monitoring-values").then().statusCode(403).contentType("application/problem+json");
        String id = submit(value);
        neonatalValue = id;
        // pending values do not count
        assertEquals(null, neonatalProgress().get("latest"));
        approve(id);

        // indicator-service -> guihua.indicator.monitoring -> plan-service: 2.4‰ is within 000:663's 3‰
        Map<String, Object> latest = eventually(() -> {
            Map<String, Object> l = neonatalProgress().get("latest");
            assertNotNull(l, "plan-service has not applied the approval yet");
            return l;
        });
        assertEquals(id, latest.get("valueId"));
        assertDecimal("2.4", latest.get("value"));
        assertEquals("2023", latest.get("period"));
        assertEquals(Boolean.TRUE, latest.get("meets"));
    }

    @Test
    @Order(4)
    void aStreetsApprovedFarmlandFiguresPrefillItsIncentiveAssessment() {
        awaitIndicatorCatalogue();
        Map<String, BigDecimal> figures = Map.of(
                "FARMLAND_CULTIVATED_AREA", new BigDecimal("1300"),
                "FARMLAND_CULTIVATED_TARGET", new BigDecimal("1000"),
                "FARMLAND_PERMANENT_BASIC_AREA", new BigDecimal("900"),
                "FARMLAND_PERMANENT_BASIC_TARGET", new BigDecimal("850"),
                "FARMLAND_ILLEGAL_OCCUPATION_RATIO", BigDecimal.ZERO);
        List<Map<String, Object>> rows = figures.entrySet().stream()
                .map(f -> Map.<String, Object>of("indicatorCode", f.getKey(), "jurisdiction", STREET, "period", "2023",
                        "value", f.getValue(), "department", "区自然资源局"))
                .toList();
        as(Service.INDICATOR, "reporter", DISTRICT).header("Idempotency-Key", UUID.randomUUID().toString())
                .queryParam("mode", "atomic").contentType(ContentType.JSON).body(rows)
                .post("/api/v1/monitoring-values/bulk").then().statusCode(200)
                .body("accepted", equalTo(5)).body("rejected", equalTo(0));
        List<String> pending = as(Service.INDICATOR, "reviewer", DISTRICT).queryParam("jurisdiction", STREET)
                .queryParam("status", "PENDING").queryParam("size", 200)
                .get("/api/v1/monitoring-values").then().statusCode(200).body("total", equalTo(5))
                .extract().jsonPath().getList("items.id");
        pending.forEach(SystemScenarioTest::approve);

        // subsidy-service receives them from guihua.indicator.monitoring
        eventually(() -> as(Service.SUBSIDY, OFFICER, DISTRICT).queryParam("jurisdiction", STREET).queryParam("year", 2023)
                .get("/api/v1/farmland/figures").then().statusCode(200).body("size()", equalTo(5)));

        JsonPath assessment = as(Service.SUBSIDY, OFFICER, DISTRICT).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("year", 2024, "jurisdiction", STREET, "name", "振兴街街道"))
                .post("/api/v1/farmland/assessments").then().statusCode(201)
                .body("unitType", equalTo("STREET"))
                .extract().jsonPath();
        // 000:1796 上一年度末: the 2024 selection reads the approved 2023 figures
        assertDecimal("1300", assessment.get("inputs.cultivatedArea"));
        assertDecimal("850", assessment.get("inputs.permanentBasicTarget"));
        assertEquals("FARMLAND_CULTIVATED_AREA", assessment.getString("prefilled.cultivatedArea.indicatorCode"));
        assertEquals("2023", assessment.getString("prefilled.cultivatedArea.period"));
        assertEquals("FARMLAND_ILLEGAL_OCCUPATION_RATIO", assessment.getString("prefilled.illegalOccupationRatio.indicatorCode"));

        // the score explains itself clause by clause
        as(Service.SUBSIDY, OFFICER, DISTRICT).get("/api/v1/farmland/assessments/" + assessment.getString("id") + "/score")
                .then().statusCode(200)
                .body("year", equalTo(2024))
                .body("steps.rule", hasItem("F1A_CULTIVATED_TARGET"))
                .body("steps.clause.ref", hasItem("000:1796"))
                .body("steps.clause.ref", hasItem("000:1797"));
    }

    @Test
    @Order(5)
    void theEmergencyManagerRegistersPublishesAndFilesAPlanAndSeesCompliance() {
        JsonPath plan = as(Service.EMERGENCY, MANAGER, DISTRICT).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("jurisdiction", DISTRICT, "title", "槐荫区防汛应急预案", "planType", "SPECIAL", "category", "NATURAL",
                        "leadDepartments", List.of("区水务局"), "draftingUnit", "区水务局", "approvingBody", "槐荫区人民政府"))
                .post("/api/v1/emergency-plans").then().statusCode(201).body("status", equalTo("DRAFTING")).extract().jsonPath();
        String id = plan.getString("id");
        int version = plan.getInt("version");
        for (String to : List.of("CONSULTATION", "REVIEW", "APPROVAL")) {
            version = transition(id, to, version, Map.of()).body("status", equalTo(to)).extract().jsonPath().getInt("version");
        }
        // publishing opens the filing duty: 000:1579 专项预案 20 working days after issue; issued 2023-09-20, the
        // 国庆 holidays and the make-up working days make it 2023-10-24
        transition(id, "PUBLISHED", version, Map.of("issueDate", "2023-09-20", "documentNumber", "槐政办字〔2023〕21号"))
                .body("status", equalTo("PUBLISHED"));
        JsonPath filings = as(Service.EMERGENCY, MANAGER, DISTRICT).get("/api/v1/emergency-plans/" + id + "/filings")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, filings.getList("$").size());
        assertEquals("2023-10-24", filings.getString("[0].dueOn"));
        assertEquals("000:1579", filings.getString("[0].ruleSource"));
        String filingId = filings.getString("[0].id");

        compliance("2023-10-10").body("filingsDueSoon.planId", hasItem(id)).body("filingsOverdue.planId", not(hasItem(id)));
        compliance("2023-10-25").body("filingsOverdue.planId", hasItem(id));

        as(Service.EMERGENCY, MANAGER, DISTRICT).contentType(ContentType.JSON)
                .body(Map.of("filedOn", "2023-10-20", "reference", "济应急备〔2023〕30号", "version", filings.getInt("[0].version")))
                .post("/api/v1/emergency-plans/" + id + "/filings/" + filingId + "/record")
                .then().statusCode(200).body("status", equalTo("FILED"));
        // every filing of the edition recorded: the plan is in force and no longer on the compliance view
        as(Service.EMERGENCY, MANAGER, DISTRICT).get("/api/v1/emergency-plans/" + id).then().statusCode(200).body("status", equalTo("IN_FORCE"));
        compliance("2023-10-25").body("filingsOverdue.planId", not(hasItem(id))).body("filingsDueSoon.planId", not(hasItem(id)));
    }

    @Test
    @Order(6)
    void theSubsidyOfficerComputesAndDecidesAListingIncentiveWithItsExplanation() {
        // 001:478 兰山区: 股改 100万
        api(Service.SUBSIDY).contentType(ContentType.JSON).body(Map.of("stage", "SHAREHOLDING_REFORM"))
                .post("/api/v1/listing-incentives/calculations").then().statusCode(200)
                .body("status", equalTo("CALCULATED"))
                .body("amount", comparesEqualTo(new BigDecimal("1000000.00")));

        String lanshan = LANSHAN;
        String enterprise = creditCode("91371302MA3C4D5E6");
        Map<String, Object> claim = Map.of("policy", "LANSHAN_LISTING", "benefit", "SHAREHOLDING_REFORM", "beneficiaryType", "ENTERPRISE",
                "beneficiaryId", enterprise, "beneficiaryName", "临沂某某科技股份有限公司", "jurisdiction", lanshan);
        JsonPath application = as(Service.SUBSIDY, OFFICER, lanshan).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(claim)
                .post("/api/v1/applications").then().statusCode(201).body("status", equalTo("SUBMITTED")).extract().jsonPath();
        String id = application.getString("id");
        int version = as(Service.SUBSIDY, OFFICER, lanshan).contentType(ContentType.JSON).body(Map.of("version", application.getInt("version")))
                .post("/api/v1/applications/" + id + "/review").then().statusCode(200).body("status", equalTo("UNDER_REVIEW"))
                .extract().jsonPath().getInt("version");
        Map<String, Object> approve = Map.of("decision", "APPROVE", "reason", "材料齐全，符合条件", "version", version);

        // fiscal funds to an enterprise wait for its credit level on the decision day (002:808). 87号's trial ended on
        // 2024-02-01 and nobody has said yet what applies after it: credit-service gives no level (422), so nothing is
        // decided and the application stays under review with the reason
        as(Service.SUBSIDY, OFFICER, lanshan).header("Accept-Language", "en").contentType(ContentType.JSON).body(approve)
                .post("/api/v1/applications/" + id + "/decision").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString(enterprise)).body("detail", containsString("422"));
        as(Service.SUBSIDY, OFFICER, lanshan).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW")).body("amount", nullValue()).body("version", equalTo(version))
                .body("pendingReason", containsString(enterprise));
        // 张店区's officer decides it, with its legal basis
        keepThe87RulesAfterTheTrial();

        // the same decision, with the same version, now goes through
        as(Service.SUBSIDY, OFFICER, lanshan).contentType(ContentType.JSON).body(approve)
                .post("/api/v1/applications/" + id + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("pendingReason", nullValue());

        JsonPath decided = as(Service.SUBSIDY, OFFICER, lanshan).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("amount", comparesEqualTo(new BigDecimal("1000000.00")))
                .body("calculation.status", equalTo("CALCULATED"))
                .body("calculation.steps.clause.ref", hasItem("001:478"))
                // credit-service holds nothing on the enterprise: the baseline, A, does not restrict (002:792)
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.values.level", equalTo("A"))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.values.restrictsFiscalFunds", equalTo(false))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.clause.ref", equalTo("002:808"))
                .extract().jsonPath();
        assertEquals("材料齐全，符合条件", decided.getString("decisionReason"));
        // the same stage cannot be claimed twice
        as(Service.SUBSIDY, OFFICER, lanshan).contentType(ContentType.JSON).body(claim)
                .post("/api/v1/applications").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @Order(7)
    void theYearsFarmlandSelectionAwardsTheStreetAndItIsPaid() {
        // 000:1745 评价结果公示无异议后最终确定: the document gives the notice no length; 槐荫区's officer sets it, with its basis
        setSubsidyParameter(DISTRICT, "FARMLAND_NOTICE_DAYS", "7", "2024-01-01");
        setSubsidyParameter(DISTRICT, "FARMLAND_NOTICE_DAY_KIND", "WORKING", "2024-01-01");

        // selected on Friday 2024-06-14, posted on Monday 2024-06-17
        JsonPath ranking = as(Service.SUBSIDY, OFFICER, DISTRICT).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("district", DISTRICT, "year", 2024, "streets", 1, "villages", 3,
                        "selectedOn", "2024-06-14", "noticePostedOn", "2024-06-17"))
                .post("/api/v1/farmland/rankings").then().statusCode(201).extract().jsonPath();
        Map<String, Object> street = ranking.getMap("streets.find { it.jurisdiction == '" + STREET + "' }");
        assertEquals(Boolean.TRUE, street.get("selected"), "the only qualifying street is selected: " + street);
        // 000:1747 对区级耕地保护激励街道奖励30万元
        assertDecimal("300000", street.get("reward"));
        String application = (String) street.get("applicationId");
        long selection = ranking.getLong("id");

        // 7 working days on emergency-service's calendar, counted from the day after posting: 06-18 ... 06-26
        as(Service.SUBSIDY, OFFICER, DISTRICT).queryParam("asOf", "2024-06-20").get("/api/v1/farmland/rankings/" + selection)
                .then().statusCode(200)
                .body("notice.status", equalTo("IN_NOTICE"))
                .body("notice.postedOn", equalTo("2024-06-17"))
                .body("notice.noticeEndsOn", equalTo("2024-06-26"))
                .body("notice.payableFrom", equalTo("2024-06-27"))
                .body("notice.workingDaysCounted", equalTo(List.of("2024-06-18", "2024-06-19", "2024-06-20", "2024-06-21", "2024-06-24",
                        "2024-06-25", "2024-06-26")))
                .body("awardsPayable", equalTo(false));

        as(Service.SUBSIDY, OFFICER, DISTRICT).get("/api/v1/applications/" + application).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("beneficiaryType", equalTo("STREET"))
                .body("amount", comparesEqualTo(new BigDecimal("300000.00")))
                .body("calculation.steps.clause.ref", hasItem("000:1747"));
        // nothing is paid while the list is in notice
        as(Service.SUBSIDY, OFFICER, DISTRICT).contentType(ContentType.JSON).body(Map.of("paidOn", "2024-06-26", "reference", "HYCZ-2024-0001"))
                .post("/api/v1/applications/" + application + "/payments").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("000:1745"));
        // nobody objected: the list is final the day after the notice
        as(Service.SUBSIDY, OFFICER, DISTRICT).queryParam("asOf", "2024-07-01").get("/api/v1/farmland/rankings/" + selection)
                .then().statusCode(200)
                .body("notice.status", equalTo("FINAL"))
                .body("notice.finalOn", equalTo("2024-06-27"))
                .body("notice.finalUnits", hasItem(STREET))
                .body("awardsPayable", equalTo(true));
        // 000:1775: the street owes a fund-use plan one month after the payment
        as(Service.SUBSIDY, OFFICER, DISTRICT).contentType(ContentType.JSON).body(Map.of("paidOn", "2024-07-01", "reference", "HYCZ-2024-0001"))
                .post("/api/v1/applications/" + application + "/payments").then().statusCode(201)
                .body("amount", comparesEqualTo(new BigDecimal("300000.00")))
                .body("fundUsePlanDue", equalTo("2024-08-01"));
    }

    @Test
    @Order(8)
    void aCorrectionCountsOnceItIsApproved() {
        int version = as(Service.INDICATOR, "reviewer", DISTRICT).get("/api/v1/monitoring-values/" + neonatalValue)
                .then().statusCode(200).extract().jsonPath().getInt("version");
        String corrected = as(Service.INDICATOR, "reporter", DISTRICT).contentType(ContentType.JSON)
                .body(Map.of("version", version, "value", new BigDecimal("3.2"), "unit", "‰", "reason", "补录 12 月死亡病例"))
                .post("/api/v1/monitoring-values/" + neonatalValue + "/corrections").then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().jsonPath().getString("id");
        approve(corrected);

        // 3.2‰ misses 000:663's 3‰: the plan's progress says so
        Map<String, Object> latest = eventually(() -> {
            Map<String, Object> l = neonatalProgress().get("latest");
            assertNotNull(l);
            assertEquals(corrected, l.get("valueId"), "plan-service still shows the corrected version");
            return l;
        });
        assertDecimal("3.2", latest.get("value"));
        assertEquals(Boolean.FALSE, latest.get("meets"));
        as(Service.INDICATOR, "reviewer", DISTRICT).get("/api/v1/monitoring-values/" + corrected + "/history")
                .then().statusCode(200).body("status", hasItem("SUPERSEDED")).body("status", hasItem("APPROVED"));
    }

    /**
     * Issue 15: a D (严重失信) entity is refused its listing reward with 002:808, and while credit-service does not answer
     * nothing is decided, never approved by default. An enterprise of 张店区, listed elsewhere, moves its headquarters to
     * 兰山区 (001:478 区外上市企业将总部迁入我区); the city's market regulator has designated it on the food and drug severe
     * list.
     */
    @Test
    @Order(9)
    void aSeverelyDishonestEnterpriseIsRefusedItsListingRewardAndNothingIsDecidedWhileCreditServiceIsDown() throws Exception {
        keepThe87RulesAfterTheTrial();
        String enterprise = creditCode("91370303MA3D8F2G1");
        creditOfficer("张店区市场监督管理局").contentType(ContentType.JSON)
                .body(Map.of("creditCode", enterprise, "kind", "ENTERPRISE", "name", "淄博某某食品股份有限公司"))
                .post("/api/v1/market-entities").then().statusCode(201).body("creditCode", equalTo(enterprise));
        // 谁认定谁录入 (002:785): the department that designated it records it, and its dept claim is the record's department;
        // formed while 87号 was in force, so that its rules still apply to it
        Map<String, Object> severeList = Map.of("infoType", "SEVERE_LIST", "row", "ME-15-01", "formedOn", "2023-09-15",
                "recordingKind", "DESIGNATING", "actId", "淄市监严失认〔2023〕3号");
        creditOfficer("淄博市市场监督管理局").header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(Map.of("record", severeList, "reportedOn", "2023-09-18"))
                .post("/api/v1/market-entities/" + enterprise + "/records").then().statusCode(201)
                .body("department", equalTo("淄博市市场监督管理局"));
        // 002:789 具有…严重失信主体名单信息…的，信用降级为D级; D restricts fiscal funds (002:808)
        creditOfficer("张店区社会信用中心").get("/api/v1/market-entities/" + enterprise + "/level").then().statusCode(200)
                .body("level", equalTo("D")).body("supervisionClass", equalTo("SEVERE")).body("restrictsFiscalFunds", equalTo(true))
                .body("clause.ref", equalTo("002:808")).body("clause.quote", equalTo(FISCAL_FUNDS_RESTRICTION));

        Map<String, Object> claim = Map.of("policy", "LANSHAN_LISTING", "benefit", "HEADQUARTERS_RELOCATION", "beneficiaryType", "ENTERPRISE",
                "beneficiaryId", enterprise, "beneficiaryName", "淄博某某食品股份有限公司", "jurisdiction", LANSHAN, "eventOn", "2024-09-30");
        JsonPath application = as(Service.SUBSIDY, OFFICER, LANSHAN).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(claim)
                .post("/api/v1/applications").then().statusCode(201).body("status", equalTo("SUBMITTED")).extract().jsonPath();
        String id = application.getString("id");
        int version = as(Service.SUBSIDY, OFFICER, LANSHAN).contentType(ContentType.JSON).body(Map.of("version", application.getInt("version")))
                .post("/api/v1/applications/" + id + "/review").then().statusCode(200).body("status", equalTo("UNDER_REVIEW"))
                .extract().jsonPath().getInt("version");
        Map<String, Object> approve = Map.of("decision", "APPROVE", "reason", "总部已迁入，材料齐全", "version", version);

        // credit-service goes down: the decision cannot be made, and is not made
        assertFalse(stack.hasStartedHere(Service.CREDIT), "not stopped yet since the stack started");
        stack.stop(Service.CREDIT);
        assertTrue(stack.hasStartedHere(Service.CREDIT), "stopped while ready: its next start may be a training start");
        try {
            as(Service.SUBSIDY, OFFICER, LANSHAN).header("Accept-Language", "en").contentType(ContentType.JSON).body(approve)
                    .post("/api/v1/applications/" + id + "/decision").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("detail", containsString(enterprise)).body("detail", containsString("never approved by default"));
            as(Service.SUBSIDY, OFFICER, LANSHAN).header("Accept-Language", "en").get("/api/v1/applications/" + id).then().statusCode(200)
                    .body("status", equalTo("UNDER_REVIEW")).body("amount", nullValue()).body("version", equalTo(version))
                    .body("pendingReason", containsString(enterprise)).body("pendingReason", containsString("credit-service"));
            as(Service.SUBSIDY, OFFICER, LANSHAN).get("/api/v1/applications/" + id + "/history").then().statusCode(200)
                    .body("action", hasItem("application.decision-pending"));
        } finally {
            stack.restart(Service.CREDIT);
        }

        // back again (once the circuit breaker lets a call through): the same decision with the same version is made, and
        // the D entity is refused with the clause
        eventually(() -> as(Service.SUBSIDY, OFFICER, LANSHAN).contentType(ContentType.JSON).body(approve)
                .post("/api/v1/applications/" + id + "/decision").then().statusCode(200));
        as(Service.SUBSIDY, OFFICER, LANSHAN).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("amount", nullValue())
                .body("pendingReason", nullValue())
                .body("decisionReason", containsString("002:808")).body("decisionReason", containsString(FISCAL_FUNDS_RESTRICTION))
                .body("calculation.status", equalTo("NOT_ELIGIBLE"))
                .body("calculation.rule", equalTo("CREDIT_LEVEL"))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.values.level", equalTo("D"))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.result", equalTo(false))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.clause.ref", equalTo("002:808"))
                .body("calculation.steps.find { it.rule == 'CREDIT_LEVEL' }.clause.quote", equalTo(FISCAL_FUNDS_RESTRICTION));
        // nothing to pay
        as(Service.SUBSIDY, OFFICER, LANSHAN).contentType(ContentType.JSON).body(Map.of("paidOn", LocalDate.now().toString()))
                .post("/api/v1/applications/" + id + "/payments").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @Order(90)
    void dataApprovedWhilePlanServiceIsDownReachesItWhenItReturns() throws Exception {
        stack.stop(Service.PLAN);
        // indicator-service validates against its own copy of the catalogue and keeps working; infant mortality is at
        // least the neonatal 3.2‰ of the same year (the shipped rule NEONATAL_AT_MOST_INFANT refuses less)
        String id = submit(Map.of("indicatorCode", "INFANT_MORTALITY", "jurisdiction", DISTRICT, "period", "2023",
                "value", new BigDecimal("4.1"), "unit", "‰", "department", "区卫生健康局"));
        approve(id);
        stack.restart(Service.PLAN);

        // the consumer group resumes where it stopped: the approval made while plan-service was down arrives
        Map<String, Object> latest = eventually(() -> {
            Map<String, Object> l = progressOf("INFANT_MORTALITY").get("latest");
            assertNotNull(l, "plan-service has not caught up yet");
            return l;
        });
        assertEquals(id, latest.get("valueId"));
        assertDecimal("4.1", latest.get("value"));
        // and nothing from before is lost
        assertDecimal("3.2", neonatalProgress().get("latest").get("value"));
        api(Service.PLAN).get("/api/v1/jurisdictions/" + STREET).then().statusCode(200).body("name", equalTo("振兴街街道"));
    }

    /** indicator-service copies plan-service's catalogue at start-up; the services start together, so it may need a retry. */
    private static void awaitIndicatorCatalogue() {
        eventually(() -> {
            boolean loaded = as(Service.INDICATOR, "admin", "370000").get("/api/v1/catalogue").then().statusCode(200)
                    .extract().jsonPath().getBoolean("loaded");
            if (!loaded) {
                as(Service.INDICATOR, "admin", "370000").post("/api/v1/catalogue/refresh").then().statusCode(200);
                throw new AssertionError("indicator-service has no catalogue yet");
            }
            return loaded;
        });
    }

    /**
     * 张店区发展和改革局 (87号's interpreting body, 002:827) decides what applies after 87号's trial ended on 2024-02-01
     * (RULES_AFTER_DOCUMENT_EXPIRY, unset in a fresh database): its rules keep applying to records formed while it was in force.
     */
    private static void keepThe87RulesAfterTheTrial() {
        String name = "RULES_AFTER_DOCUMENT_EXPIRY";
        String keep = "KEEP_RULES_FOR_EARLIER_RECORDS";
        if (keep.equals(api(Service.CREDIT).get("/api/v1/parameters/" + name).then().statusCode(200).extract().jsonPath()
                .getString("current.value"))) {
            return;
        }
        creditOfficer("张店区发展和改革局").header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", "2024-02-01", "value", keep,
                        "legalBasis", "张店区发展和改革局（张政字〔2021〕87号的解释机关，002:827）：试行期满后，对试行期内形成的信用信息继续适用87号评价规则",
                        "note", "系统测试：87号试行期满后的适用"))
                .post("/api/v1/parameters/" + name + "/values").then().statusCode(201)
                .body("value", equalTo(keep)).body("setDepartment", equalTo("张店区发展和改革局"));
        api(Service.CREDIT).get("/api/v1/parameters/" + name).then().statusCode(200).body("current.value", equalTo(keep));
    }

    /** A parameter of subsidy-service set by the jurisdiction's subsidy officer from a day on, with its legal basis. */
    private static void setSubsidyParameter(String jurisdiction, String name, String value, String validFrom) {
        as(Service.SUBSIDY, OFFICER, jurisdiction).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "jurisdiction", jurisdiction, "validFrom", validFrom, "value", value,
                        "legalBasis", "槐荫区自然资源局关于区级耕地保护激励名单公示期的通知（系统测试）", "note", "000:1745 评价结果公示"))
                .post("/api/v1/parameters").then().statusCode(201).body("value", equalTo(value));
    }

    /** A credit officer of 张店区 in the department {@code dept} (the dept claim: the recording department, 002:785). */
    private static RequestSpecification creditOfficer(String dept) {
        String token = DevTokens.tokenWithClaims("credit-officer:" + dept, Set.of("credit-officer"), Map.of("jurisdiction", ZHANGDIAN, "dept", dept));
        return api(Service.CREDIT).header("Authorization", "Bearer " + token);
    }

    private static String submit(Map<String, Object> value) {
        return as(Service.INDICATOR, "reporter", DISTRICT).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(value)
                .post("/api/v1/monitoring-values").then().statusCode(201).body("status", equalTo("PENDING"))
                .extract().jsonPath().getString("id");
    }

    private static void approve(String valueId) {
        as(Service.INDICATOR, "reviewer", DISTRICT).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "reason", "与卫健统计年报一致"))
                .post("/api/v1/monitoring-values/" + valueId + "/review").then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    private static Map<String, Map<String, Object>> neonatalProgress() {
        return progressOf("NEONATAL_MORTALITY");
    }

    /** The progress of the children's plan's target for an indicator. */
    private static Map<String, Map<String, Object>> progressOf(String indicator) {
        return api(Service.PLAN).get("/api/v1/plans/" + CHILDREN_PLAN + "/progress").then().statusCode(200)
                .extract().jsonPath().getMap("targets.target.find { it.indicatorCode == '" + indicator + "' }.progress");
    }

    private static ValidatableResponse transition(String plan, String to, int version, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("to", to);
        body.put("reason", "系统测试：" + to);
        body.put("version", version);
        return as(Service.EMERGENCY, MANAGER, DISTRICT).contentType(ContentType.JSON).body(body)
                .post("/api/v1/emergency-plans/" + plan + "/transitions").then().statusCode(200);
    }

    private static ValidatableResponse compliance(String asOf) {
        return as(Service.EMERGENCY, MANAGER, DISTRICT).queryParam("asOf", asOf).queryParam("withinDays", 30)
                .get("/api/v1/compliance/" + DISTRICT).then().statusCode(200);
    }

    /** JSON numbers arrive as Integer or BigDecimal; the value is what counts. */
    private static void assertDecimal(String expected, Object actual) {
        assertNotNull(actual);
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())), expected + " expected, was " + actual);
    }

    /** A unified social credit code with its GB 32100 check character. */
    static String creditCode(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }

    private static RequestSpecification api(Service s) {
        return given().baseUri(s.url()).accept(ContentType.JSON);
    }

    private static RequestSpecification as(Service s, String role, String jurisdiction) {
        return api(s).header("Authorization", DevTokens.bearer(role, jurisdiction));
    }

    /** Polls until the supplier returns without an assertion error; events take a moment to travel. */
    static <T> T eventually(Supplier<T> check) {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        while (true) {
            try {
                return check.get();
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
