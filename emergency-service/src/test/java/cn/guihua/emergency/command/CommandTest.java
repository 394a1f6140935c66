package cn.guihua.emergency.command;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN_OVERALL;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.emergency.ReferenceCases;
import cn.guihua.emergency.incident.IncidentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Command structures: the plans' templates, and an incident's command set up from its plan's and staffed. */
@QuarkusTest
class CommandTest {

    /** CMD-DRUG-TEMPLATE and CMD-OVERALL-TEMPLATE. */
    @Test
    void thePlansCommandTemplates() {
        JsonNode expected = ReferenceCases.get("CMD-DRUG-TEMPLATE").get("expected");
        JsonPath drug = given().when().get("/api/v1/command-templates/HY_DRUG_SAFETY").then().statusCode(200)
                .body("groups", hasSize(expected.get("groups").asInt()))
                .body("bodies.find { it.code == 'SPECIAL_HQ' }.commander", containsString(expected.get("commander").asText()))
                .body("bodies.find { it.code == 'SPECIAL_HQ' }.deputyCommander", containsString(expected.get("deputyCommander").asText()))
                .body("bodies.find { it.code == 'HQ_OFFICE' }.seatedIn", equalTo(expected.get("office").asText()))
                .body("groupsRule.sourceRef", equalTo("000:2956"))
                .body("departmentDuties", hasSize(19))
                .extract().jsonPath();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("groupLeads").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> g = it.next();
            java.util.List<String> leads = new java.util.ArrayList<>();
            g.getValue().forEach(l -> leads.add(l.asText()));
            org.junit.jupiter.api.Assertions.assertEquals(leads,
                    drug.getList("groups.find { it.name == '" + g.getKey() + "' }.leadUnits", String.class), g.getKey());
        }
        JsonNode overall = ReferenceCases.get("CMD-OVERALL-TEMPLATE").get("expected");
        for (String plan : new String[] { "HY_OVERALL", "ZD_OVERALL" }) {
            given().when().get("/api/v1/command-templates/" + plan).then().statusCode(200)
                    .body("groups", hasSize(overall.get("groups").asInt()))
                    .body("groups.leadUnits.flatten()", hasSize(overall.get("leadUnitsNamed").asInt()));
        }
        given().when().get("/api/v1/command-templates").then().statusCode(200).body("planCode", contains("HY_OVERALL", "ZD_OVERALL", "HY_DRUG_SAFETY"));
        given().when().get("/api/v1/command-templates/NOPE").then().statusCode(404);
    }

    /** An incident under the drug plan gets 区指挥部, its office, the on-site command and the 7 groups; then it is staffed. */
    @Test
    void aDrugIncidentsCommandIsSetUpFromItsTemplateAndStaffed() {
        String id = IncidentFixtures.drugIncident(35, "2026-08-01T08:00:00+08:00");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{\"setUpAt\":\"2026-08-01T09:00:00+08:00\"}")
                .when().post("/api/v1/incidents/" + id + "/command").then().statusCode(201)
                .body("planCode", equalTo("HY_DRUG_SAFETY"))
                .body("setUpBy", equalTo("区指挥部")).body("setUpUnder.sourceRef", equalTo("000:2922"))
                .body("units.code", contains("SPECIAL_HQ", "HQ_OFFICE", "ON_SITE_HQ", "COORDINATION", "MEDICAL_TREATMENT",
                        "INVESTIGATION", "HAZARD_CONTROL", "PUBLICITY", "EXPERT_TECHNICAL", "STABILITY"))
                .body("units.find { it.code == 'MEDICAL_TREATMENT' }.leadUnits", contains("区卫生健康部门"))
                .body("units.find { it.code == 'SPECIAL_HQ' }.commander", containsString("分管副区长"))
                .body("staffed", equalTo(false));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/incidents/" + id + "/command").then().statusCode(409);
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"SPECIAL_HQ\",\"role\":\"COMMANDER\",\"person\":\"王某（分管副区长）\",\"organisation\":\"槐荫区人民政府\"}")
                .when().post("/api/v1/incidents/" + id + "/command/assignments").then().statusCode(201)
                .body("units.find { it.code == 'SPECIAL_HQ' }.staff[0].person", equalTo("王某（分管副区长）"))
                .body("units.find { it.code == 'SPECIAL_HQ' }.staffed", equalTo(true));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"SPECIAL_HQ\",\"role\":\"COMMANDER\",\"person\":\"李某\"}")
                .when().post("/api/v1/incidents/" + id + "/command/assignments").then().statusCode(409);
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"RESCUE\",\"role\":\"LEAD\",\"person\":\"李某\"}")
                .when().post("/api/v1/incidents/" + id + "/command/assignments").then().statusCode(400)
                .body("errors[0].field", equalTo("unitCode"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"MEDICAL_TREATMENT\",\"role\":\"LEAD\",\"person\":\"赵某\",\"organisation\":\"区卫生健康局\"}")
                .when().post("/api/v1/incidents/" + id + "/command/assignments").then().statusCode(201);
        given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/incidents/" + id + "/command").then().statusCode(200)
                .body("units.findAll { it.staffed }.code", contains("SPECIAL_HQ", "MEDICAL_TREATMENT"));
    }

    /** 槐荫区's overall plan names who sets up the on-site command only for 一般 events (000:1235; 000:1373). */
    @Test
    void aMajorIncidentUnderTheOverallPlanNeedsToSayWhoSetsUpTheOnSiteCommand() {
        String id = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"某工贸企业爆炸事故（指挥测试）\",\"eventType\":\"工贸行业生产安全事故\","
                        + "\"assessedLevel\":2,\"planId\":\"" + HUAIYIN_OVERALL + "\",\"occurredAt\":\"2026-08-02T08:00:00+08:00\","
                        + "\"discoveredAt\":\"2026-08-02T08:10:00+08:00\"}")
                .when().post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/incidents/" + id + "/command").then().statusCode(400)
                .body("errors[0].field", equalTo("setUpBy")).body("errors[0].message", containsString("000:1373"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"setUpBy\":\"区政府（先期处置）\",\"groups\":[\"COORDINATION\",\"RESCUE\",\"MEDICAL\"],\"setUpAt\":\"2026-08-02T09:00:00+08:00\"}")
                .when().post("/api/v1/incidents/" + id + "/command").then().statusCode(201)
                .body("units.code", contains("GENERAL_HQ", "SPECIAL_HQ", "ON_SITE_HQ", "COORDINATION", "RESCUE", "MEDICAL"))
                .body("units.findAll { it.kind == 'GROUP' }.leadUnits.flatten()", hasSize(0));
        String other = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"x\",\"eventType\":\"y\",\"assessedLevel\":4,"
                        + "\"occurredAt\":\"2026-08-02T08:00:00+08:00\",\"discoveredAt\":\"2026-08-02T08:10:00+08:00\"}")
                .when().post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{\"groups\":[\"NOPE\"]}")
                .when().post("/api/v1/incidents/" + other + "/command").then().statusCode(400).body("errors[0].field", equalTo("groups[0]"));
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/incidents/" + other + "/command").then().statusCode(201)
                .body("setUpBy", equalTo("区政府")).body("setUpUnder.sourceRef", equalTo("000:1235"))
                .body("units.findAll { it.kind == 'GROUP' }", hasSize(11))
                .body("units.findAll { it.kind == 'GROUP' }.staffed", everyItem(equalTo(false)));
    }
}
