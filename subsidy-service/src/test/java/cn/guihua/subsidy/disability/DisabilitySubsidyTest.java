package cn.guihua.subsidy.disability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.subsidy.platform.IndicatorServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DisabilitySubsidyTest {

    @Inject
    EntityManager em;

    static final String OFFICER = DevTokens.bearer("subsidy-officer", "370104");

    static Map<String, Object> facts(String jurisdiction, String month, String subsidy, String category, int grade, boolean lowIncome) {
        return Map.of("subsidy", subsidy, "jurisdiction", jurisdiction, "month", month, "residence", jurisdiction + "001",
                "category", category, "grade", grade, "lowIncome", lowIncome);
    }

    static void setParameter(String name, String jurisdiction, String from, String value) {
        given().header("Authorization", DevTokens.bearer("admin", "370000")).contentType(ContentType.JSON)
                .body(Map.of("name", name, "jurisdiction", jurisdiction, "validFrom", from, "value", value, "note", "区民政局标准",
                        "legalBasis", "国发〔2015〕52号 国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见"))
                .when().post("/api/v1/parameters").then().statusCode(201);
    }

    /** Eligibility is configuration with its legal basis (no seed line defines it): 低保 for living, grades 1-2 for nursing. */
    static void configureEligibility(String jurisdiction, String from) {
        setParameter("DISABILITY_LIVING_REQUIRES_LOW_INCOME", jurisdiction, from, "true");
        setParameter("DISABILITY_NURSING_GRADES", jurisdiction, from, "1,2");
    }

    @Test
    void aCalculationWithoutAConfiguredAmountSaysSo() {
        // 370105 has configured nothing: the documents define no eligibility, so the grades are asked for first
        given().header("Authorization", DevTokens.bearer("admin", "370000")).contentType(ContentType.JSON)
                .body(facts("370105", "2024-05", "DISABILITY_NURSING", "PHYSICAL", 1, false))
                .when().post("/api/v1/disability/calculations").then().statusCode(200)
                .body("status", equalTo("NOT_CONFIGURED"))
                .body("summary", containsString("DISABILITY_NURSING_GRADES"))
                .body("missingParameters", equalTo(List.of("DISABILITY_NURSING_GRADES")))
                .body("steps[-1].rule", equalTo("NURSING_ELIGIBILITY"))
                .body("steps[-1].parameters[0].set", equalTo(false));
        // a value of an eligibility parameter needs its legal basis
        given().header("Authorization", DevTokens.bearer("admin", "370000")).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("name", "DISABILITY_NURSING_GRADES", "jurisdiction", "370105", "validFrom", "2024-01-01", "value", "1,2"))
                .when().post("/api/v1/parameters").then().statusCode(400).body("errors[0].field", equalTo("legalBasis"));
        setParameter("DISABILITY_NURSING_GRADES", "370105", "2024-01-01", "1,2");
        // 370105 has no standard set (the documents give none)
        given().header("Authorization", DevTokens.bearer("admin", "370000")).contentType(ContentType.JSON)
                .body(facts("370105", "2024-05", "DISABILITY_NURSING", "PHYSICAL", 1, false))
                .when().post("/api/v1/disability/calculations").then().statusCode(200)
                .body("status", equalTo("NOT_CONFIGURED"))
                .body("amount", nullValue())
                .body("summary", containsString("补贴标准未配置"))
                .body("summary", containsString("DISABILITY_NURSING_MONTHLY"))
                .body("steps[-1].rule", equalTo("NURSING_AMOUNT"))
                .body("steps[-1].clause.ref", equalTo("000:1931"));
    }

    @Test
    void amountsComeFromParametersAsOfTheMonthAndTheSwitchExtendsNursing() {
        configureEligibility("370104", "2023-01-01");
        setParameter("DISABILITY_NURSING_MONTHLY", "370104", "2024-01-01", "100");
        setParameter("DISABILITY_NURSING_MONTHLY", "370104", "2024-07-01", "120.50");
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(facts("370104", "2024-05", "DISABILITY_NURSING", "PHYSICAL", 2, false))
                .when().post("/api/v1/disability/calculations").then().statusCode(200)
                .body("status", equalTo("CALCULATED")).body("amount", equalTo(100.00f))
                .body("steps.rule", equalTo(List.of("RESIDENCE", "NURSING_ELIGIBILITY", "NURSING_AMOUNT")))
                // the grades are the officer's configuration with its basis, not a clause of the plan (000:1904 is a coverage target)
                .body("steps.clause.ref", equalTo(List.of("000:1851", "000:1931", "000:1931")))
                .body("steps[1].parameters[0].name", equalTo("DISABILITY_NURSING_GRADES"))
                .body("steps[1].parameters[0].basis", equalTo("CONFIGURED"))
                .body("steps[1].parameters[0].legalBasis", containsString("国发〔2015〕52号"))
                .body("steps[1].note", containsString("国发〔2015〕52号"));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(facts("370104", "2024-08", "DISABILITY_NURSING", "PHYSICAL", 2, false))
                .when().post("/api/v1/disability/calculations").then().statusCode(200).body("amount", equalTo(120.50f));
        // as of a month before any standard
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(facts("370104", "2023-12", "DISABILITY_NURSING", "PHYSICAL", 2, false))
                .when().post("/api/v1/disability/calculations").then().statusCode(200).body("status", equalTo("NOT_CONFIGURED"));

        // grade 3 intellectual disability: not severe; 槐荫区's switch extends the nursing subsidy (000:1931)
        Map<String, Object> grade3 = facts("370104", "2024-10", "DISABILITY_NURSING", "INTELLECTUAL", 3, false);
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(grade3)
                .when().post("/api/v1/disability/calculations").then().statusCode(200)
                .body("status", equalTo("NOT_ELIGIBLE"))
                .body("steps.find { it.rule == 'NURSING_EXTENSION' }.values.switch", equalTo(false));
        setParameter("NURSING_EXTENDED_TO_GRADE_3_4", "370104", "2024-10-01", "true");
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(grade3)
                .when().post("/api/v1/disability/calculations").then().statusCode(200)
                .body("status", equalTo("CALCULATED")).body("amount", equalTo(120.50f))
                .body("steps.find { it.rule == 'NURSING_EXTENSION' }.clause.ref", equalTo("000:1931"));
        // a grade 3 physical disability stays outside it
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(facts("370104", "2024-10", "DISABILITY_NURSING", "PHYSICAL", 3, false))
                .when().post("/api/v1/disability/calculations").then().statusCode(200).body("status", equalTo("NOT_ELIGIBLE"));
        // the living subsidy needs 低保 where the district configured it so (000:1941 is about 低保 itself, not a condition)
        setParameter("DISABILITY_LIVING_MONTHLY", "370104", "2024-01-01", "80");
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(facts("370104", "2024-05", "DISABILITY_LIVING", "VISUAL", 4, false))
                .when().post("/api/v1/disability/calculations").then().statusCode(200).body("status", equalTo("NOT_ELIGIBLE"))
                .body("steps.find { it.rule == 'LIVING_ELIGIBILITY' }.clause.ref", equalTo("000:1931"))
                .body("steps.find { it.rule == 'LIVING_ELIGIBILITY' }.parameters[0].name", equalTo("DISABILITY_LIVING_REQUIRES_LOW_INCOME"))
                .body("steps.find { it.rule == 'LIVING_ELIGIBILITY' }.parameters[0].value", equalTo("true"));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(facts("370104", "2024-05", "DISABILITY_LIVING", "VISUAL", 4, true))
                .when().post("/api/v1/disability/calculations").then().statusCode(200).body("amount", equalTo(80.00f));
    }

    static String person(String idNumber, String name, String residence, String category, int grade, boolean lowIncome, String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("idNumber", idNumber, "name", name, "residence", residence, "category", category, "grade", grade,
                        "lowIncome", lowIncome))
                .when().post("/api/v1/disability/persons").then().statusCode(201).extract().path("id");
    }

    @Test
    void theMonthlyBatchPaysEveryRecipientAndSendsCoverageUntilAccepted() throws Exception {
        String officer = DevTokens.bearer("subsidy-officer", "371302");
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("district", "371302", "month", "2024-06")).when().post("/api/v1/disability/batches").then()
                .statusCode(422).body("detail", containsString("DISABILITY_LIVING"));
        for (String[] p : new String[][] { { "DISABILITY_LIVING_MONTHLY", "90" }, { "DISABILITY_NURSING_MONTHLY", "110" } }) {
            given().header("Authorization", officer).contentType(ContentType.JSON)
                    .body(Map.of("name", p[0], "jurisdiction", "371302", "validFrom", "2024-01-01", "value", p[1]))
                    .when().post("/api/v1/parameters").then().statusCode(201);
        }
        // a standard alone is not enough: eligibility is configured too
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("district", "371302", "month", "2024-06")).when().post("/api/v1/disability/batches").then()
                .statusCode(422).body("detail", containsString("DISABILITY_LIVING_REQUIRES_LOW_INCOME"));
        configureEligibility("371302", "2024-01-01");
        person("371302198001010017", "李一", "371302001", "PHYSICAL", 1, true, officer);   // living and nursing
        person("371302198001010025", "李二", "371302002", "VISUAL", 2, false, officer);    // nursing only
        person("371302198001010033", "李三", "371302003", "HEARING", 4, true, officer);    // living only
        person("371302198001010041", "李四", "371302004", "MENTAL", 3, false, officer);    // neither

        // a run over certificate holders is a configured policy (001:1892 is about enterprises): refused until switched on
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("subsidy", "DISABILITY_LIVING", "district", "371302", "month", "2024-06", "openApplications", true))
                .when().post("/api/v1/disability/proactive-runs").then().statusCode(422).body("detail", containsString("DISABILITY_PROACTIVE_RUNS"));
        setParameter("DISABILITY_PROACTIVE_RUNS", "371302", "2024-01-01", "true");
        // the configured rules find who qualifies without applying, and open applications for them
        List<String> opened = given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("subsidy", "DISABILITY_LIVING", "district", "371302", "month", "2024-06", "openApplications", true))
                .when().post("/api/v1/disability/proactive-runs").then().statusCode(200)
                // a list like any other: ID numbers and names masked, in clear only when read one by one
                .body("qualifying", hasSize(2)).body("qualifying[0].idNumber", equalTo("371302********0017"))
                .body("qualifying[0].name", equalTo("李*")).body("qualifying[1].idNumber", equalTo("371302********0033"))
                .body("qualifying[1].name", equalTo("李*"))
                .body("basis.name", equalTo("DISABILITY_PROACTIVE_RUNS")).body("basis.legalBasis", containsString("国发〔2015〕52号"))
                .extract().path("openedApplications");
        assertEquals(2, opened.size());
        List<String> nursing = given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("subsidy", "DISABILITY_NURSING", "district", "371302", "month", "2024-06", "openApplications", true))
                .when().post("/api/v1/disability/proactive-runs").then().statusCode(200).body("qualifying", hasSize(2))
                .extract().path("openedApplications");
        // approve both living enrolments, one of the two nursing enrolments
        for (String id : List.of(opened.get(0), opened.get(1), nursing.get(0))) {
            given().header("Authorization", officer).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", 0))
                    .when().post("/api/v1/applications/" + id + "/decision").then().statusCode(200)
                    .body("origin", equalTo("PROACTIVE")).body("status", equalTo("APPROVED"));
        }
        // the same person cannot enrol twice
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("policy", "DISABILITY_LIVING", "benefit", "ENROLMENT", "beneficiaryType", "PERSON",
                        "beneficiaryId", "371302198001010017", "beneficiaryName", "李一", "jurisdiction", "371302001"))
                .when().post("/api/v1/applications").then().statusCode(409);

        int before = IndicatorServiceStub.received().size();
        IndicatorServiceStub.answerNext(503, 500);
        // the batch is requested in a trace of the caller's: the coverage calls it queues are delivered in it
        String traceId = java.util.UUID.randomUUID().toString().replace("-", "");
        String batch = given().header("Authorization", officer).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .contentType(ContentType.JSON)
                .body(Map.of("district", "371302", "month", "2024-06")).when().post("/api/v1/disability/batches").then()
                .statusCode(201)
                .body("livingEligible", equalTo(2)).body("livingPaid", equalTo(2)).body("livingAmount", equalTo(180.00f))
                .body("livingCoverage", equalTo(100.00f))
                .body("nursingEligible", equalTo(2)).body("nursingPaid", equalTo(1)).body("nursingAmount", equalTo(110.00f))
                .body("nursingCoverage", equalTo(50.00f)).extract().path("id");
        // one payment line per recipient and subsidy: 90 + 90 + 110
        Object[] lines = (Object[]) em.createNativeQuery("SELECT count(*), sum(amount) FROM disability_payment_line WHERE batch_id = cast(?1 as uuid)")
                .setParameter(1, batch).getSingleResult();
        assertEquals(3L, ((Number) lines[0]).longValue());
        assertEquals(0, new java.math.BigDecimal("290.00").compareTo((java.math.BigDecimal) lines[1]));
        // a month is paid once
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("district", "371302", "month", "2024-06")).when().post("/api/v1/disability/batches").then()
                .statusCode(409);

        // two coverage values; the first two attempts are refused, so at least four requests, retried until accepted
        ObjectMapper json = new ObjectMapper();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<IndicatorServiceStub.Received> mine;
        do {
            Thread.sleep(300);
            mine = IndicatorServiceStub.received().subList(before, IndicatorServiceStub.received().size());
        } while ((mine.size() < 4 || mine.stream().map(IndicatorServiceStub.Received::idempotencyKey).distinct().count() < 2)
                && Instant.now().isBefore(deadline));
        assertTrue(mine.size() >= 4, "refused calls are retried: " + mine.size());
        assertEquals(2, mine.stream().map(IndicatorServiceStub.Received::idempotencyKey).distinct().count());
        Map<String, JsonNode> byIndicator = new java.util.HashMap<>();
        for (IndicatorServiceStub.Received r : mine) {
            assertEquals("/api/v1/monitoring-values", r.path());
            assertEquals("Bearer " + IndicatorServiceStub.TOKEN, r.authorization());
            assertTrue(r.traceparent() != null && r.traceparent().startsWith("00-" + traceId + "-"),
                    "every attempt carries the batch request's trace: " + r.traceparent());
            JsonNode body = json.readTree(r.body());
            byIndicator.put(body.get("indicatorCode").asText(), body);
        }
        JsonNode living = byIndicator.get("DISABLED_LIVING_SUBSIDY_COVERAGE");
        assertEquals("371302", living.get("jurisdiction").asText());
        assertEquals("2024-06", living.get("period").asText());
        assertEquals(0, living.get("value").decimalValue().compareTo(new java.math.BigDecimal("100")));
        assertEquals(2, living.get("numerator").asInt());
        assertEquals(2, living.get("denominator").asInt());
        assertEquals("%", living.get("unit").asText());
        // operators see the calls, their attempts and the last refusal
        given().header("Authorization", DevTokens.bearer("admin", "370000")).queryParam("size", 200).when().get("/api/v1/outgoing-calls")
                .then().statusCode(200)
                .body("items.find { it.id == '" + mine.get(0).idempotencyKey() + "' }.lastStatus", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", officer).when().get("/api/v1/outgoing-calls").then().statusCode(403);
        JsonNode nursingCoverage = byIndicator.get("SEVERE_DISABLED_NURSING_SUBSIDY_COVERAGE");
        assertEquals(0, nursingCoverage.get("value").decimalValue().compareTo(new java.math.BigDecimal("50")));
        assertEquals(1, nursingCoverage.get("numerator").asInt());
    }

    @Test
    void aBatchOrARunForAMonthOutsideTheLimitsIsRefusedNamingTheMonth() {
        String officer = DevTokens.bearer("subsidy-officer", "370104");
        // 12345-06 was accepted once and paid five recipients for a month that never comes
        for (String month : List.of("12345-06", "+12345-06", "1899-12", "2200-01", "2024-13", "2024-00", "2024-6", "2024-06-01", "06-2024", "")) {
            given().header("Authorization", officer).header("Accept-Language", "en").contentType(ContentType.JSON)
                    .body(Map.of("district", "370104", "month", month)).when().post("/api/v1/disability/batches").then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("month"));
            given().header("Authorization", officer).contentType(ContentType.JSON)
                    .body(Map.of("subsidy", "DISABILITY_LIVING", "district", "370104", "month", month))
                    .when().post("/api/v1/disability/proactive-runs").then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("month"));
        }
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT count(*) FROM disability_batch WHERE month NOT LIKE '20__-__'")
                .getSingleResult()).longValue());
        // the domain holds the same limits for every caller, not only for JSON bodies
        for (java.time.YearMonth month : List.of(java.time.YearMonth.of(12345, 6), java.time.YearMonth.of(1899, 12))) {
            cn.guihua.platform.problem.ProblemException e = org.junit.jupiter.api.Assertions.assertThrows(
                    cn.guihua.platform.problem.ProblemException.class, () -> DisabilityBatches.requireMonth("month", month));
            assertEquals("month", e.errors().get(0).field());
        }
    }

    @Test
    void personalDataIsMaskedInListsAndShownOnlyToThoseWhoMaySeeIt() {
        String id = person("37010419800101001" + "8", "赵六", "370104010", "PHYSICAL", 1, false, OFFICER);
        given().header("Authorization", OFFICER).queryParam("residence", "370104010").when().get("/api/v1/disability/persons")
                .then().statusCode(200).body("items[0].idNumber", equalTo("370104********0018")).body("items[0].name", equalTo("赵*"));
        given().header("Authorization", OFFICER).when().get("/api/v1/disability/persons/" + id).then().statusCode(200)
                .body("idNumber", equalTo("370104198001010018")).body("name", equalTo("赵六"));
        given().header("Authorization", DevTokens.bearer("auditor", "370000")).when().get("/api/v1/disability/persons/" + id)
                .then().statusCode(200).body("idNumber", equalTo("370104198001010018"));
        given().header("Authorization", DevTokens.bearer("subsidy-officer", "371302")).when().get("/api/v1/disability/persons/" + id)
                .then().statusCode(403);
        given().header("Authorization", DevTokens.bearer("reporter", "370104")).when().get("/api/v1/disability/persons/" + id)
                .then().statusCode(403);
        // GB 11643: a wrong check digit is refused, naming the field
        given().header("Authorization", OFFICER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("idNumber", "370104198001010019", "name", "x", "residence", "370104", "category", "PHYSICAL",
                        "grade", 1, "lowIncome", false))
                .when().post("/api/v1/disability/persons").then().statusCode(400).body("errors[0].field", equalTo("idNumber"));
    }
}
