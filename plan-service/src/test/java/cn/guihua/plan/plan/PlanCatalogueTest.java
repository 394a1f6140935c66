package cn.guihua.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.guihua.plan.reference.ReferenceLoader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The public catalogue, read against the reference plans loaded at start-up. */
@QuarkusTest
class PlanCatalogueTest {

    private static final String NEONATAL = "areas.goals.flatten().targets.flatten().find { it.indicatorCode == 'NEONATAL_MORTALITY' }";

    @Inject
    ReferenceLoader loader;

    @Test
    void everyReferenceFileLoadsWithoutErrors() {
        loader.load();
        assertEquals(Map.of(), loader.problems());
    }

    @Test
    void huaiyinCapsNeonatalMortalityAt3PerMilleAndLanshanAt2() {
        given().when().get("/api/v1/plans/370104-children-2021").then().statusCode(200)
                .body("title", equalTo("济南市槐荫区“十四五”儿童发展规划"))
                .body("status", equalTo("PUBLISHED")).body("revision", equalTo(1)).body("current", equalTo(true))
                .body("documentNumber", equalTo("济槐政发〔2022〕4号"))
                .body(NEONATAL + ".comparator", equalTo("AT_MOST"))
                .body(NEONATAL + ".value", equalTo(3))
                .body(NEONATAL + ".unit", equalTo("‰"))
                .body(NEONATAL + ".targetYear", equalTo(2025))
                .body(NEONATAL + ".sourceRef", equalTo("000:663"));
        given().when().get("/api/v1/plans/371302-children-2021").then().statusCode(200)
                .body(NEONATAL + ".comparator", equalTo("AT_MOST"))
                .body(NEONATAL + ".value", equalTo(2))
                .body(NEONATAL + ".sourceRef", equalTo("001:1142"));
    }

    @Test
    void targetsOfOneIndicatorSideBySide() {
        given().when().get("/api/v1/indicators/NEONATAL_MORTALITY/comparison").then().statusCode(200)
                .body("indicator.name", equalTo("新生儿死亡率"))
                .body("targets.jurisdiction", hasItems("370103", "370104", "370303", "370600", "371302"))
                .body("targets.find { it.jurisdiction == '371302' }.value", equalTo(2))
                .body("targets.find { it.jurisdiction == '370104' }.value", equalTo(3))
                .body("targets.find { it.jurisdiction == '370104' }.planCode", equalTo("370104-children-2021"))
                .body("targets.find { it.jurisdiction == '370104' }.areaName", equalTo("儿童与健康"));
        given().when().get("/api/v1/indicators/NO_SUCH_THING/comparison").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void maternalMortalityComparisonReturnsTheFiveJurisdictionsCaps() {
        given().when().get("/api/v1/indicators/MATERNAL_MORTALITY/comparison").then().statusCode(200)
                .body("indicator.unit", equalTo("1/10万"))
                .body("targets.jurisdiction", contains("370103", "370104", "370303", "370600", "371302"))
                .body("targets.comparator", everyItem(equalTo("AT_MOST")))
                .body("targets.value", contains(8, 8, 8.2f, 8.2f, 6.6f))
                .body("targets.planCode", everyItem(org.hamcrest.Matchers.endsWith("-women-2021")));
    }

    @Test
    void huaiyinDisabilityPlanBindsLivingSubsidyCoverageAt100WithA2020BaselineOf100() {
        given().queryParam("indicator", "DISABLED_LIVING_SUBSIDY_COVERAGE").queryParam("jurisdiction", "370104")
                .when().get("/api/v1/targets").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].planCode", equalTo("370104-disability-2021"))
                .body("items[0].value", equalTo(100)).body("items[0].unit", equalTo("%"))
                .body("items[0].nature", equalTo("BINDING"))
                .body("items[0].baselineValue", equalTo(100)).body("items[0].baselineYear", equalTo(2020))
                .body("items[0].baselineComparator", equalTo("EQUAL"))
                .body("items[0].sourceRef", equalTo("000:1903"));
    }

    @Test
    void huaiyinChildInjuryMortalityFallsBy20PercentOnTheMonitored2020Value() {
        // 以2020年为基数下降20%: the base year is stated, its value is left to the monitoring data
        given().queryParam("indicator", "CHILD_INJURY_MORTALITY").queryParam("jurisdiction", "370104")
                .when().get("/api/v1/targets").then().statusCode(200)
                .body("items[0].comparator", equalTo("DECREASE_PERCENT"))
                .body("items[0].value", equalTo(20))
                .body("items[0].baselineYear", equalTo(2020))
                .body("items[0].baselineValue", nullValue());
    }

    @Test
    void targetContractForIndicatorService() {
        given().queryParam("indicator", "NEONATAL_MORTALITY").queryParam("jurisdiction", "371302")
                .when().get("/api/v1/targets").then().statusCode(200)
                .body("total", equalTo(1)).body("totalPages", equalTo(1))
                .body("items[0].planCode", equalTo("371302-children-2021"))
                .body("items[0].planTitle", equalTo("兰山区“十四五”儿童发展规划"))
                .body("items[0].goalSequence", equalTo(3))
                .body("items[0].goalId", not(nullValue()))
                .body("items[0].comparator", equalTo("AT_MOST"))
                .body("items[0].scope", equalTo("JURISDICTION"))
                .body("items[0].sourcePhrase", not(nullValue()));
        // 张店区's vaccination rate applies to each street (002:4553): a street finds its district's target.
        given().queryParam("jurisdiction", "370303001").when().get("/api/v1/targets").then().statusCode(200)
                .body("items.scope", everyItem(equalTo("EACH_STREET")))
                .body("items.jurisdiction", everyItem(equalTo("370303")))
                .body("total", greaterThan(0));
        given().queryParam("size", 201).when().get("/api/v1/targets").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void targetFiltersAreNamedAfterTheirFieldsAndTheShortNamesStayAliases() {
        given().queryParam("indicatorCode", "NEONATAL_MORTALITY").queryParam("jurisdiction", "371302")
                .when().get("/api/v1/targets").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].indicatorCode", equalTo("NEONATAL_MORTALITY"))
                .body("items[0].planCode", equalTo("371302-children-2021"));
        given().queryParam("planCode", "370104-children-2021").when().get("/api/v1/targets").then().statusCode(200)
                .body("total", greaterThan(1)).body("items.planCode", everyItem(equalTo("370104-children-2021")));
        given().queryParam("plan", "370104-children-2021").when().get("/api/v1/targets").then().statusCode(200)
                .body("items.planCode", everyItem(equalTo("370104-children-2021")));
        // both sent: the field-named one wins
        given().queryParam("indicatorCode", "MATERNAL_MORTALITY").queryParam("indicator", "NEONATAL_MORTALITY")
                .queryParam("planCode", "370104-women-2021").queryParam("plan", "370104-children-2021")
                .when().get("/api/v1/targets").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].indicatorCode", equalTo("MATERNAL_MORTALITY"))
                .body("items[0].planCode", equalTo("370104-women-2021"));
    }

    @Test
    void planFiltersRefuseValuesThatMakeNoSense() {
        given().header("Accept-Language", "en").queryParam("jurisdiction", "370100").queryParam("descendants", "maybe")
                .when().get("/api/v1/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("descendants")).body("errors[0].message", equalTo("must be true or false"));
        given().queryParam("year", -1).when().get("/api/v1/plans").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().queryParam("year", "2147483648").when().get("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().queryParam("revision", 0).when().get("/api/v1/plans/370104-children-2021").then().statusCode(400)
                .body("errors[0].field", equalTo("revision"));
        given().queryParam("page", 1_000_001).when().get("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void indicatorCatalogueContract() {
        given().queryParam("q", "新生儿死亡率").when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", hasItem("NEONATAL_MORTALITY"));
        given().when().get("/api/v1/indicators/NEONATAL_MORTALITY").then().statusCode(200)
                .body("unit", equalTo("‰")).body("valueType", equalTo("RATE")).body("betterDirection", equalTo("LOWER"))
                .body("scale", equalTo("‰")).body("trackedFrom", not(nullValue())).body("trackedTo", not(nullValue()));
        given().queryParam("size", 200).when().get("/api/v1/indicators").then().statusCode(200)
                .body("total", greaterThan(20)).body("page", equalTo(0)).body("size", equalTo(200));
    }

    @Test
    void plansFilteredByJurisdictionKindYearAndText() {
        given().queryParam("jurisdiction", "370100").queryParam("descendants", true).queryParam("kind", "CHILDREN")
                .when().get("/api/v1/plans").then().statusCode(200)
                .body("items.code", contains("370103-children-2021", "370104-children-2021"));
        given().queryParam("jurisdiction", "370100").queryParam("kind", "CHILDREN")
                .when().get("/api/v1/plans").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("jurisdiction", "370600").queryParam("year", 2023).queryParam("status", "PUBLISHED")
                .when().get("/api/v1/plans").then().statusCode(200).body("items.code", hasItem("370600-children-2021"));
        given().queryParam("jurisdiction", "370600").queryParam("year", 2030)
                .when().get("/api/v1/plans").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "兰山区“十四五”儿童").when().get("/api/v1/plans").then().statusCode(200)
                .body("items.code", contains("371302-children-2021"));
        given().queryParam("kind", "NOT_A_KIND").when().get("/api/v1/plans").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        given().queryParam("valueType", "PERCENT").when().get("/api/v1/indicators").then().statusCode(400)
                .body("errors[0].field", equalTo("valueType"));
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> Plan.count());
        loader.load();
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Plan.count()));
    }
}
