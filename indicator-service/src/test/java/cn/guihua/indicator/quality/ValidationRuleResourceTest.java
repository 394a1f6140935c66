package cn.guihua.indicator.quality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Validation rules as data, through the API: a FEMALE + MALE pair that does not add up to the TOTAL is stored flagged
 * under the shipped warning-level rule SEX_SUM and refused under a planner's error-level rule, each time with the rule
 * named, single and bulk; the reviewer sees the findings before approving; the analysis lists the violation with both
 * sides' values. 公益性儿童校外活动场所 (CHILD_VENUES, 个) is a count, so the sums apply to it.
 */
@QuarkusTest
class ValidationRuleResourceTest {

    private static final String REPORTER_LANSHAN = DevTokens.bearer("reporter", "371302");
    private static final String REVIEWER_LANSHAN = DevTokens.bearer("reviewer", "371302");
    private static final String REPORTER_HUAIYIN = DevTokens.bearer("reporter", "370104");
    private static final String PLANNER_HUAIYIN = DevTokens.bearer("planner", "370104");

    @Inject
    EntityManager em;

    @BeforeEach
    void catalogue() {
        PlanServiceStub.ensureLoaded();
    }

    private static String venues(String jurisdiction, String sex, int value) {
        return "{\"indicatorCode\":\"CHILD_VENUES\",\"jurisdiction\":\"" + jurisdiction + "\",\"period\":\"2024\",\"sex\":\"" + sex
                + "\",\"value\":" + value + "}";
    }

    private static io.restassured.response.ValidatableResponse submit(String token, String body) {
        return given().header("Authorization", token).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/monitoring-values").then();
    }

    @Test
    void theShippedRulesAreListedWithTheIndicatorsTheyApplyTo() {
        given().header("Authorization", REPORTER_LANSHAN).header("Accept-Language", "en").queryParam("indicatorCode", "CHILD_VENUES")
                .queryParam("size", 200).when().get("/api/v1/validation-rules").then().statusCode(200)
                .body("items.code", hasItem("SEX_SUM")).body("items.code", hasItem("FEMALE_AT_MOST_TOTAL"))
                .body("items.find { it.code == 'SEX_SUM' }.importance", equalTo("WARNING"))
                .body("items.find { it.code == 'SEX_SUM' }.message", equalTo("Female and male should add up to the total"))
                .body("items.find { it.code == 'SEX_SUM' }.origin", equalTo("SHIPPED"))
                .body("items.code", org.hamcrest.Matchers.not(hasItem("PER_MILLE_AT_MOST_1000")));
        given().header("Authorization", REPORTER_LANSHAN).queryParam("indicatorCode", "NEONATAL_MORTALITY").queryParam("size", 200)
                .when().get("/api/v1/validation-rules").then().statusCode(200)
                .body("items.code", hasItem("PER_MILLE_AT_MOST_1000")).body("items.code", hasItem("NEONATAL_AT_MOST_INFANT"))
                .body("items.code", org.hamcrest.Matchers.not(hasItem("SEX_SUM")));
    }

    @Test
    void aPairThatDoesNotAddUpIsStoredFlaggedUnderAWarningAndTheReviewerSeesIt() {
        String street = "371302031";
        submit(REPORTER_LANSHAN, venues(street, "TOTAL", 10)).statusCode(201).body("flags", hasSize(0));
        submit(REPORTER_LANSHAN, venues(street, "FEMALE", 4)).statusCode(201).body("flags", hasSize(0));
        String male = submit(REPORTER_LANSHAN, venues(street, "MALE", 5)).statusCode(201)
                .body("flags[0].ruleCode", equalTo("SEX_SUM"))
                .body("flags[0].importance", equalTo("WARNING"))
                .body("flags[0].left.expression", equalTo("value[sex=FEMALE] + value[sex=MALE]"))
                .body("flags[0].left.value", equalTo(9))
                .body("flags[0].right.value", equalTo(10))
                .body("flags[0].left.operands.value", contains(4, 5))
                .body("quality.flagged", equalTo(true))
                // the answer's quality: the findings it was just stored with, in the answer's language (en), as the
                // reviewer's read below gives them
                .body("quality.validation.ruleCode", contains("SEX_SUM"))
                .body("quality.validation[0].message", equalTo("Female and male should add up to the total"))
                .body("quality.validation[0].difference", equalTo(-1))
                .body("quality.outliers", hasSize(0))
                .extract().path("id");

        // the reviewer, before approving: the flags it was stored with and the rules violated now
        given().header("Authorization", REVIEWER_LANSHAN).when().get("/api/v1/monitoring-values/" + male).then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("flags.ruleCode", contains("SEX_SUM"))
                .body("quality.flagged", equalTo(true))
                .body("quality.validation.ruleCode", contains("SEX_SUM"))
                .body("quality.validation[0].message", equalTo("女性与男性之和应等于合计"))
                .body("quality.validation[0].difference", equalTo(-1))
                .body("quality.outliers", hasSize(0));
        // the review list: every pending value of the street with its quality; the total and the female figure too
        given().header("Authorization", REVIEWER_LANSHAN).queryParam("jurisdiction", street).queryParam("status", "PENDING")
                .queryParam("quality", true).when().get("/api/v1/monitoring-values").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.quality.validation.ruleCode", everyItem(contains("SEX_SUM")));
        // without quality=true the list carries the stored flags only
        given().header("Authorization", REVIEWER_LANSHAN).queryParam("jurisdiction", street).when().get("/api/v1/monitoring-values")
                .then().statusCode(200).body("items.quality", everyItem(nullValue()))
                .body("items.find { it.sex == 'MALE' }.flags.ruleCode", contains("SEX_SUM"));
        given().header("Authorization", REVIEWER_LANSHAN).contentType(ContentType.JSON).body("{\"decision\":\"APPROVE\"}")
                .when().post("/api/v1/monitoring-values/" + male + "/review").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("quality.validation.ruleCode", contains("SEX_SUM"));

        // the analysis over 兰山区 and its streets names the violation once, with both sides' values
        given().header("Authorization", REVIEWER_LANSHAN).header("Accept-Language", "en").queryParam("periodFrom", "2024")
                .queryParam("indicatorCode", "CHILD_VENUES").when().get("/api/v1/data-quality/validation").then().statusCode(200)
                .body("items.findAll { it.jurisdiction == '" + street + "' }.ruleCode", contains("SEX_SUM"))
                .body("items.find { it.jurisdiction == '" + street + "' }.left.value", equalTo(9))
                .body("items.find { it.jurisdiction == '" + street + "' }.right.value", equalTo(10))
                .body("items.find { it.jurisdiction == '" + street + "' }.message", equalTo("Female and male should add up to the total"))
                .body("items.find { it.jurisdiction == '" + street + "' }.left.operands.valueId", hasItem(male));
    }

    @Test
    void aPlannersErrorRuleRefusesThePairNamingTheRuleAndAnUpdateMakesItAWarning() {
        String rule = "{\"code\":\"HUAIYIN_VENUES_SEX_SUM\",\"importance\":\"ERROR\",\"left\":\"数值[性别=女] + value[sex=MALE]\","
                + "\"operator\":\"EQUAL_TO\",\"right\":\"value[sex=TOTAL]\",\"messageZh\":\"校外活动场所：女、男之和须等于合计\","
                + "\"messageEn\":\"Venues: female and male must add up to the total\",\"indicatorCodes\":[\"CHILD_VENUES\"]}";
        int id = given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body(rule)
                .when().post("/api/v1/validation-rules").then().statusCode(201)
                .body("jurisdiction", equalTo("370104")).body("origin", equalTo("PLANNER"))
                .body("left", equalTo("value[sex=FEMALE] + value[sex=MALE]")).body("version", equalTo(0))
                .extract().path("id");
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body(rule)
                .when().post("/api/v1/validation-rules").then().statusCode(409).contentType("application/problem+json");

        String street = "370104021";
        submit(REPORTER_HUAIYIN, venues(street, "TOTAL", 10)).statusCode(201);
        submit(REPORTER_HUAIYIN, venues(street, "FEMALE", 4)).statusCode(201);
        submit(REPORTER_HUAIYIN, venues(street, "MALE", 5)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo("Violates validation rule HUAIYIN_VENUES_SEX_SUM (Venues: female and male must "
                        + "add up to the total): left side 4 + 5 = 9, right side 10 = 10; both sides must be equal (allowed difference 0)"));
        // 兰山区 is outside the planner's rule: only the shipped warning applies there
        submit(REPORTER_LANSHAN, venues("371302033", "TOTAL", 10)).statusCode(201);
        submit(REPORTER_LANSHAN, venues("371302033", "FEMALE", 4)).statusCode(201);
        submit(REPORTER_LANSHAN, venues("371302033", "MALE", 5)).statusCode(201).body("flags.ruleCode", contains("SEX_SUM"));

        // a bulk with the same three rows: each row is refused with the rule named (which of the three is wrong is unknown)
        String bulk = "[" + venues("370104022", "TOTAL", 10) + "," + venues("370104022", "FEMALE", 4) + ","
                + venues("370104022", "MALE", 5) + "," + venues("370104022", "TOTAL", 10).replace("2024", "2023") + "]";
        given().header("Authorization", REPORTER_HUAIYIN).header("Accept-Language", "en").contentType(ContentType.JSON).body(bulk)
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("3 of 4 rows are invalid; nothing was written (mode=partial writes the valid rows)"))
                .body("errors.field", contains("rows[1].value", "rows[2].value", "rows[3].value"))
                .body("errors[2].message", containsString("HUAIYIN_VENUES_SEX_SUM"));
        given().header("Authorization", REPORTER_HUAIYIN).contentType(ContentType.JSON).body(bulk).queryParam("mode", "partial")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(3)).body("rejections.row", contains(1, 2, 3))
                .body("flagged", equalTo(0));
        assertEquals(1L, count("SELECT count(*) FROM monitoring_value WHERE jurisdiction = '370104022'"));

        // the planner makes it a warning: the same pair is stored flagged, in bulk too
        int version = given().header("Authorization", PLANNER_HUAIYIN).when().get("/api/v1/validation-rules/" + id).then()
                .statusCode(200).extract().path("version");
        String update = "{\"version\":" + version + ",\"importance\":\"WARNING\",\"left\":\"value[sex=FEMALE] + value[sex=MALE]\","
                + "\"operator\":\"EQUAL_TO\",\"right\":\"value[sex=TOTAL]\",\"messageZh\":\"校外活动场所：女、男之和应等于合计\","
                + "\"messageEn\":\"Venues: female and male should add up to the total\",\"indicatorCodes\":[\"CHILD_VENUES\"],"
                + "\"reason\":\"先核实再退回\"}";
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body(update)
                .when().put("/api/v1/validation-rules/" + id).then().statusCode(200).body("importance", equalTo("WARNING"))
                .body("version", equalTo(version + 1)).body("updatedBy", equalTo("planner@370104"));
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON).body(update)
                .when().put("/api/v1/validation-rules/" + id).then().statusCode(409);
        submit(REPORTER_HUAIYIN, venues(street, "MALE", 5)).statusCode(201)
                .body("flags.ruleCode", containsInAnyOrder("HUAIYIN_VENUES_SEX_SUM", "SEX_SUM"));
        String partial = "[" + venues("370104023", "TOTAL", 10) + "," + venues("370104023", "FEMALE", 4) + ","
                + venues("370104023", "MALE", 5) + "]";
        given().header("Authorization", REPORTER_HUAIYIN).header("Accept-Language", "en").contentType(ContentType.JSON).body(partial)
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200)
                .body("accepted", equalTo(3)).body("flagged", equalTo(3)).body("flags.row", contains(1, 2, 3))
                .body("flags[1].warnings.message", hasItem(containsString("HUAIYIN_VENUES_SEX_SUM")));
        assertEquals(3L, count("SELECT count(*) FROM monitoring_value WHERE jurisdiction = '370104023' AND quality_flags IS NOT NULL"));

        // another district's planner neither sees nor changes it
        given().header("Authorization", DevTokens.bearer("planner", "371302")).when().get("/api/v1/validation-rules/" + id).then()
                .statusCode(403).contentType("application/problem+json");
        // and a shipped rule only an admin changes
        int shipped = given().header("Authorization", PLANNER_HUAIYIN).queryParam("size", 200).when().get("/api/v1/validation-rules")
                .then().statusCode(200).extract().path("items.find { it.code == 'SEX_SUM' }.id");
        given().header("Authorization", PLANNER_HUAIYIN).contentType(ContentType.JSON)
                .body(update.replace("\"version\":" + version, "\"version\":0")).when().put("/api/v1/validation-rules/" + shipped)
                .then().statusCode(403);
    }

    @Test
    void aMistakeInARuleIsA400NamingTheFieldAndThePosition() {
        given().header("Authorization", PLANNER_HUAIYIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"code\":\"BAD_RULE\",\"importance\":\"ERROR\",\"left\":\"value[sex=FEMALE] ++\",\"operator\":\"EQUAL_TO\","
                        + "\"right\":\"value(NO_SUCH)\",\"messageZh\":\"x\",\"messageEn\":\"x\"}")
                .when().post("/api/v1/validation-rules").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("left", "right"))
                .body("errors[0].message", equalTo("\"+\" at character 20 is no field (value, numerator, denominator, or 数值, 分子, 分母)"))
                .body("errors[1].message", containsString("NO_SUCH"));
        given().header("Authorization", REPORTER_HUAIYIN).header("Accept-Language", "en").when().get("/api/v1/data-quality/validation")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("periodFrom"));
        given().header("Authorization", REPORTER_HUAIYIN).queryParam("periodFrom", "2024").queryParam("periodTo", "2023")
                .when().get("/api/v1/data-quality/validation").then().statusCode(400).body("errors[0].field", equalTo("periodTo"));
        // an unscoped caller analyses its token's jurisdiction unless it names one
        given().header("Authorization", DevTokens.bearer("admin", "370000")).queryParam("periodFrom", "2024")
                .queryParam("jurisdiction", "371302").when().get("/api/v1/data-quality/validation").then().statusCode(200)
                .body("items", notNullValue());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
