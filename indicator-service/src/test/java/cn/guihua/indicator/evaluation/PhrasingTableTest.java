package cn.guihua.indicator.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.guihua.indicator.platform.PhrasingCases;
import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Every row of the phrasing table (docs/indicator-service.md) through the HTTP API: its values are submitted and
 * approved, and the plan's evaluation of each year gives the verdict the table says, with the explanation naming the
 * rule, the tolerance and its source, the base used. The cases are {@link PhrasingCases}, served by the plan-service stub.
 */
@QuarkusTest
class PhrasingTableTest {

    private static final String REPORTER = DevTokens.bearer("reporter", PhrasingCases.JURISDICTION);
    private static final String REVIEWER = DevTokens.bearer("reviewer", PhrasingCases.JURISDICTION);
    private static boolean submitted;

    @BeforeAll
    static void catalogue() {
        PlanServiceStub.ensureLoaded();
    }

    /** Submits and approves every value of every case, once. */
    private static synchronized void submitAndApprove() {
        if (submitted) {
            return;
        }
        for (PhrasingCases.Case c : PhrasingCases.cases()) {
            for (PhrasingCases.Value v : c.values()) {
                String unit = v.indicator().equals("PHRASING_REFERENCE") ? "%" : unitOf(c.valueType());
                String id = given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                        .body("{\"indicatorCode\":\"" + v.indicator() + "\",\"jurisdiction\":\"" + PhrasingCases.JURISDICTION
                                + "\",\"period\":\"" + v.year() + "\",\"value\":" + v.value() + ",\"unit\":\"" + unit + "\"}")
                        .when().post("/api/v1/monitoring-values").then().statusCode(201).extract().path("id");
                given().header("Authorization", REVIEWER).contentType(ContentType.JSON).body("{\"decision\":\"APPROVE\"}")
                        .when().post("/api/v1/monitoring-values/" + id + "/review").then().statusCode(200)
                        .body("status", equalTo("APPROVED"));
            }
        }
        submitted = true;
    }

    @Test
    void everyPhrasingGetsTheVerdictOfTheTable() {
        submitAndApprove();
        Map<Integer, JsonPath> evaluations = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (PhrasingCases.Case c : PhrasingCases.cases()) {
            for (PhrasingCases.Check check : c.checks()) {
                JsonPath e = evaluations.computeIfAbsent(check.year(), y -> given().header("Authorization", REVIEWER)
                        .header("Accept-Language", "en").queryParam("plan", PhrasingCases.PLAN).queryParam("year", y)
                        .when().get("/api/v1/evaluations").then().statusCode(200).extract().jsonPath());
                String target = "targets.find { it.targetId == " + c.targetId() + " }";
                String status = e.getString(target + ".status");
                String explanation = e.getString(target + ".explanation");
                checked++;
                if (!check.status().equals(status) || check.explains() != null && !explanation.contains(check.explains())) {
                    wrong.add("row " + c.row() + " " + c.phrasing() + " in " + check.year() + ": expected " + check.status()
                            + (check.explains() == null ? "" : " explaining '" + check.explains() + "'") + ", got " + status
                            + ": " + explanation);
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " verdicts differ from the table:\n" + String.join("\n", wrong));
        assertEquals(36, PhrasingCases.cases().size(), "every row of the table (16 twice: monitored and planned base)");
        assertTrue(checked > 80, "checked " + checked);
    }

    @Test
    void aDecreaseOnA2020BaseIsDecidedOnceBothYearsHaveValues() {
        submitAndApprove();
        PhrasingCases.Case decrease = PhrasingCases.cases().stream().filter(c -> c.row() == 16).findFirst().orElseThrow();
        String target = "targets.find { it.targetId == " + decrease.targetId() + " }";
        given().header("Authorization", REVIEWER).queryParam("plan", PhrasingCases.PLAN).queryParam("year", 2025)
                .when().get("/api/v1/evaluations").then().statusCode(200)
                .body(target + ".status", equalTo("ACHIEVED")).body(target + ".baseYear", equalTo(2020))
                .body(target + ".baseSource", equalTo("MONITORED")).body(target + ".requiredLevel", equalTo(8))
                .body(target + ".explanation", containsString("审核通过的监测值"));
        // the base year lies before the catalogue's start (2021): a target names it, so 2020 is tracked, 2019 is not
        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"" + decrease.indicator() + "\",\"jurisdiction\":\"370104\",\"period\":\"2019\","
                        + "\"value\":11,\"unit\":\"‰\"}")
                .when().post("/api/v1/monitoring-values").then().statusCode(400)
                .body("errors.find { it.field == 'period' }.message", containsString("2020-2030"));
        given().header("Authorization", REVIEWER).when().get("/api/v1/catalogue/indicators").then().statusCode(200)
                .body("find { it.code == '" + decrease.indicator() + "' }.trackedFrom", equalTo(2020));
    }

    private static String unitOf(String valueType) {
        return switch (valueType) {
            case "PERCENTAGE" -> "%";
            case "RATE" -> "‰";
            case "COUNT" -> "个";
            default -> "吨";
        };
    }
}
