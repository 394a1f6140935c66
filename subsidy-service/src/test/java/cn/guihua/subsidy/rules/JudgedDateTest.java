package cn.guihua.subsidy.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.guihua.subsidy.identity.CreditCode;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 12 (a): every effective-dated rule is applied as in force on the date being judged (the event, the selection, the
 * year, the announced decision, the leader year, the month), never the day something is registered or decided. One test
 * per rule family crosses a rule's (or a parameter's) start date; every request is made today (2026 or later), so an
 * answer that used the registration day would be the same on both sides of the line.
 */
@QuarkusTest
class JudgedDateTest {

    static final String LANSHAN = DevTokens.bearer("subsidy-officer", "371302");
    static final String HUAIYIN = DevTokens.bearer("subsidy-officer", "370104");
    static final String ADMIN = DevTokens.bearer("admin", "370000");

    static String code(String seventeen) {
        return seventeen + CreditCode.checkChar(seventeen);
    }

    @Test
    void listingIsJudgedOnTheDayTheStageWasReached() {
        // 临兰政字〔2022〕16号 is in force from 2022-04-29 (001:490)
        given().contentType(ContentType.JSON).body(Map.of("stage", "NEEQ_LISTING", "eventOn", "2022-04-28", "asOf", "2024-06-30"))
                .when().post("/api/v1/listing-incentives/calculations").then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("stage", "NEEQ_LISTING", "eventOn", "2022-04-29", "asOf", "2024-06-30"))
                .when().post("/api/v1/listing-incentives/calculations").then().statusCode(200)
                .body("asOf", equalTo("2022-04-29")).body("amount", equalTo(500000.00f));
        // an application decided today for a stage reached the day before the policy: not approvable; the day it began: approved
        for (String[] c : new String[][] { { "91371302MA3C4D7A1", "2022-04-28", "422" }, { "91371302MA3C4D7B2", "2022-04-29", "200" } }) {
            Map<String, Object> m = new HashMap<>(Map.of("policy", "LANSHAN_LISTING", "benefit", "NEEQ_LISTING", "beneficiaryType", "ENTERPRISE",
                    "beneficiaryId", code(c[0]), "beneficiaryName", "临沂某某日期试验有限公司", "jurisdiction", "371302"));
            m.put("eventOn", c[1]);
            String id = given().header("Authorization", LANSHAN).contentType(ContentType.JSON).body(m).when().post("/api/v1/applications").then()
                    .statusCode(201).body("eventOn", equalTo(c[1])).extract().path("id");
            var answer = given().header("Authorization", LANSHAN).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", 0))
                    .when().post("/api/v1/applications/" + id + "/decision").then().statusCode(Integer.parseInt(c[2]));
            if (c[2].equals("200")) {
                answer.body("status", equalTo("APPROVED")).body("calculation.asOf", equalTo("2022-04-29"));
            }
        }
    }

    @Test
    void headquartersRewardsAreJudgedInTheYearTheyAreFor() {
        // 张政发〔2021〕18号 is in force from 2022-01-29 to 2027-01-28 (002:168)
        Map<String, Object> recognition = new HashMap<>(Map.of("registeredOn", "2021-06-01", "branches", 5, "chainStores", 0,
                "outsideRevenuePercent", 35, "direct", "NONE", "sector", "ADVANCED_MANUFACTURING", "lastYearRevenue", 600_000_000L,
                "lastYearTax", 35_000_000L, "hqLevel", "HEADQUARTERS"));
        recognition.put("asOf", "2022-01-28");
        given().contentType(ContentType.JSON).body(recognition).when().post("/api/v1/headquarters/recognition").then().statusCode(422);
        recognition.put("asOf", "2022-01-29");
        given().contentType(ContentType.JSON).body(recognition).when().post("/api/v1/headquarters/recognition").then().statusCode(200)
                .body("status", equalTo("CALCULATED")).body("asOf", equalTo("2022-01-29"));
        // a year's rewards: the rules of that year (its last day in force), whatever day the request is made
        Map<String, Object> reward = new HashMap<>(Map.of("recognitionYear", 2022, "year", 2022, "localContribution", 30_000_000));
        given().contentType(ContentType.JSON).body(reward).when().post("/api/v1/headquarters/rewards").then().statusCode(200)
                .body("asOf", equalTo("2022-12-31"));
        reward.put("asOf", "2022-01-28");
        given().contentType(ContentType.JSON).body(reward).when().post("/api/v1/headquarters/rewards").then().statusCode(422);
    }

    @Test
    void farmlandIsJudgedOnTheSelectionDay() {
        // 济槐政字〔2022〕13号 is in force from 2022-11-15 to 2025-11-14 (000:1785)
        given().queryParam("year", 2022).queryParam("asOf", "2022-11-14").when().get("/api/v1/farmland/outlay").then().statusCode(422);
        given().queryParam("year", 2022).queryParam("asOf", "2022-11-15").when().get("/api/v1/farmland/outlay").then().statusCode(200)
                .body("asOf", equalTo("2022-11-15"));
        given().queryParam("year", 2022).when().get("/api/v1/farmland/outlay").then().statusCode(200).body("asOf", equalTo("2022-12-31"));
        given().queryParam("year", 2025).when().get("/api/v1/farmland/outlay").then().statusCode(200).body("asOf", equalTo("2025-11-14"));
        // a selection made the day before the measure, or the day after it ended, has no rules
        given().header("Authorization", HUAIYIN).contentType(ContentType.JSON)
                .body(Map.of("district", "370104", "year", 2022, "streets", 1, "villages", 3, "selectedOn", "2022-11-14"))
                .when().post("/api/v1/farmland/rankings").then().statusCode(422);
        given().header("Authorization", HUAIYIN).contentType(ContentType.JSON)
                .body(Map.of("district", "370104", "year", 2025, "streets", 1, "villages", 3, "selectedOn", "2025-11-15"))
                .when().post("/api/v1/farmland/rankings").then().statusCode(422);
    }

    @Test
    void expropriationIsJudgedOnTheDayTheDecisionWasAnnounced() {
        // 临兰政发〔2022〕1号 is in force from 2022-04-01 (001:376); the house is valued on the decision's announcement (001:210)
        Map<String, Object> swap = new HashMap<>(Map.of("choice", "SWAP", "area", 40, "assessedPrice", 7000, "marketPrice", 8500,
                "onlyHome", true, "placement", "HIGH_RISE", "asOf", "2024-06-01"));
        swap.put("decisionAnnouncedOn", "2022-03-31");
        given().contentType(ContentType.JSON).body(swap).when().post("/api/v1/expropriation/residential-compensation").then().statusCode(422);
        swap.put("decisionAnnouncedOn", "2022-04-01");
        given().contentType(ContentType.JSON).body(swap).when().post("/api/v1/expropriation/residential-compensation").then().statusCode(200)
                .body("asOf", equalTo("2022-04-01"));
        // a decision made before the measure stays under the old policy (001:378)
        swap.put("decisionMadeOn", "2022-03-31");
        given().contentType(ContentType.JSON).body(swap).when().post("/api/v1/expropriation/residential-compensation").then().statusCode(422)
                .body("detail", containsString("001:378"));
    }

    @Test
    void aReserveLeaderIsAssignedUnderTheRulesOfTheLeaderYear() {
        // 济槐政字〔2022〕20号 is in force from 2022-12-15 (000:2378): 2022 has rules (its last weeks, judged on 2022-12-31), a leader
        // year before it is not a year of the measure
        String id = given().header("Authorization", HUAIYIN).contentType(ContentType.JSON)
                .body(Map.of("creditCode", code("91370104MA3C4D7C3"), "name", "济南某某日期试验企业", "jurisdiction", "370104", "tier", "KEY",
                        "stage", "TUTORING"))
                .when().post("/api/v1/listing-reserve").then().statusCode(201).extract().path("id");
        given().header("Authorization", HUAIYIN).contentType(ContentType.JSON).body(Map.of("leader", "副区长丙", "year", 2021, "version", 0))
                .when().post("/api/v1/listing-reserve/" + id + "/leader").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().header("Authorization", HUAIYIN).contentType(ContentType.JSON)
                .body(Map.of("leader", "副区长丙", "year", 2022, "version", 0, "assignedOn", "2022-12-20"))
                .when().post("/api/v1/listing-reserve/" + id + "/leader").then().statusCode(200)
                // the half-year of 000:2545 as in force on the assignment day, not on the day it was recorded
                .body("leaderSince", equalTo("2022-12-20")).body("nextVisitDue", equalTo("2023-06-20"));
    }

    @Test
    void disabilitySubsidiesAreJudgedInTheMonthPaid() {
        // 长清区 configures its eligibility from July 2024: June is not configured, July is
        for (String[] p : new String[][] { { "DISABILITY_NURSING_MONTHLY", "2024-01-01", "100" }, { "DISABILITY_NURSING_GRADES", "2024-07-01", "1,2" } }) {
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("name", p[0], "jurisdiction", "370113", "validFrom", p[1], "value", p[2], "legalBasis", "国发〔2015〕52号"))
                    .when().post("/api/v1/parameters").then().statusCode(201);
        }
        Map<String, Object> facts = new HashMap<>(Map.of("subsidy", "DISABILITY_NURSING", "jurisdiction", "370113", "residence", "370113001",
                "category", "PHYSICAL", "grade", 1, "lowIncome", false));
        facts.put("month", "2024-06");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(facts).when().post("/api/v1/disability/calculations").then()
                .statusCode(200).body("status", equalTo("NOT_CONFIGURED")).body("missingParameters", equalTo(List.of("DISABILITY_NURSING_GRADES")));
        facts.put("month", "2024-07");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(facts).when().post("/api/v1/disability/calculations").then()
                .statusCode(200).body("status", equalTo("CALCULATED")).body("amount", equalTo(100.00f))
                .body("steps.find { it.rule == 'NURSING_ELIGIBILITY' }.parameters[0].validFrom", equalTo("2024-07-01"));
    }
}
