package cn.guihua.credit.entity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.credit.Api;
import cn.guihua.credit.Events;
import io.quarkus.test.junit.QuarkusTest;

/** What the recording principle (002:785) and the annex require of records, and the event a level change publishes. */
@QuarkusTest
class RecordRulesTest {

    static final String CODE = "91370303MA3C070056";
    static long record;

    static boolean ready;

    @BeforeEach
    void entity() {
        if (ready) {
            return;
        }
        ready = true;
        Api.as(Api.officer("张店区市场监督管理局")).body("{\"creditCode\":\"" + CODE + "\",\"kind\":\"ENTERPRISE\",\"name\":\"记录测试公司\"}")
                .when().post("/api/v1/market-entities").then().statusCode(201);
        Api.parameter("ENTITY_ITEM_VALIDITY_MONTHS", null, "record rules");
        record = Api.read(Api.as(Api.officer("张店区市场监督管理局")).body("{\"record\":{\"infoType\":\"NEGATIVE\",\"row\":\"ME-11-04\","
                + "\"formedOn\":\"2022-03-01\",\"actId\":\"张市监罚〔2022〕70号\",\"facts\":{\"fineYuan\":200000}},\"reportedOn\":\"2022-03-01\"}")
                .when().post("/api/v1/market-entities/" + CODE + "/records").then().statusCode(201).extract().asString()).path("id").asLong();
    }

    @Test
    void onlyTheRecordingDepartmentMayCorrectOrDelete() {
        String body = "{\"record\":{\"infoType\":\"NEGATIVE\",\"row\":\"ME-11-03\",\"formedOn\":\"2022-03-01\",\"facts\":{\"fineYuan\":80000}},"
                + "\"version\":0,\"reason\":\"更正\"}";
        Api.as(Api.officer("张店区应急管理局")).body(body).when().put("/api/v1/market-entities/" + CODE + "/records/" + record).then()
                .statusCode(403).contentType("application/problem+json").body("detail", containsString("张店区市场监督管理局"));
        Api.as(Api.officer("张店区应急管理局")).queryParam("version", 0).queryParam("reason", "x")
                .when().delete("/api/v1/market-entities/" + CODE + "/records/" + record).then().statusCode(403);
        Api.as(Api.token("no-dept", java.util.Set.of("credit-officer"), "370303", null)).body("{\"record\":{\"infoType\":\"BASIC\","
                + "\"formedOn\":\"2022-03-01\"}}").when().post("/api/v1/market-entities/" + CODE + "/records").then().statusCode(403);
    }

    @Test
    void aStaleVersionIsAConflict() {
        Api.as(Api.officer("张店区市场监督管理局")).body("{\"record\":{\"infoType\":\"NEGATIVE\",\"row\":\"ME-11-04\",\"formedOn\":\"2022-03-01\","
                + "\"facts\":{\"fineYuan\":200000}},\"version\":7,\"reason\":\"更正\"}")
                .when().put("/api/v1/market-entities/" + CODE + "/records/" + record).then().statusCode(409);
    }

    @Test
    void recordsAreCheckedAgainstTheAnnex() {
        String officer = Api.officer("张店区交通运输局");
        Api.as(officer).body("{\"record\":{\"infoType\":\"NEGATIVE\",\"row\":\"ME-11-20\",\"formedOn\":\"2022-03-01\"}}")
                .when().post("/api/v1/market-entities/" + CODE + "/records").then().statusCode(400).body("errors.field", hasItem("record.points"));
        Api.as(officer).body("{\"record\":{\"infoType\":\"NEGATIVE\",\"row\":\"ME-11-20\",\"formedOn\":\"2022-03-01\",\"points\":-500}}")
                .when().post("/api/v1/market-entities/" + CODE + "/records").then().statusCode(400).body("errors.field", hasItem("record.points"));
        Api.as(officer).body("{\"record\":{\"infoType\":\"POSITIVE\",\"row\":\"ME-11-01\",\"formedOn\":\"2022-03-01\"}}")
                .when().post("/api/v1/market-entities/" + CODE + "/records").then().statusCode(400).body("errors.field", hasItem("record.row"));
        Api.as(officer).body("{\"record\":{\"infoType\":\"POSITIVE\",\"row\":\"ME-01-03\",\"formedOn\":\"2022-03-01\",\"facts\":{\"cashYuan\":1}}}")
                .when().post("/api/v1/market-entities/" + CODE + "/records").then().statusCode(400).body("errors.field", hasItem("record.row"));
        Api.as(officer).body("{\"record\":{\"infoType\":\"NEGATIVE\",\"row\":\"ME-11-02\",\"formedOn\":\"2022-03-01\",\"facts\":{\"fineYuan\":50000}}}")
                .when().post("/api/v1/market-entities/" + CODE + "/records").then().statusCode(400)
                .body("errors.field", hasItem("record.facts.fineYuan"));
        Api.as(officer).body("{\"record\":{\"infoType\":\"NEGATIVE\",\"row\":\"ME-11-01\",\"formedOn\":\"2199-03-01\"}}")
                .when().post("/api/v1/market-entities/" + CODE + "/records").then().statusCode(400).body("errors.field", hasItem("record.formedOn"));
        Api.as(Api.officer("张店区市场监督管理局")).body("{\"creditCode\":\"91370303MA3C070057\",\"kind\":\"ENTERPRISE\",\"name\":\"x\"}")
                .when().post("/api/v1/market-entities").then().statusCode(400).body("errors[0].field", equalTo("creditCode"));
    }

    @Test
    void aLevelChangePublishesAnEventKeyedByTheCreditCode() {
        String code = "91370303MA3C070069";
        Api.as(Api.officer("张店区市场监督管理局")).body("{\"creditCode\":\"" + code + "\",\"kind\":\"ENTERPRISE\",\"name\":\"事件测试公司\"}")
                .when().post("/api/v1/market-entities").then().statusCode(201);
        Api.as(Api.officer("张店区人民法院")).body("{\"record\":{\"infoType\":\"NEGATIVE\",\"subtype\":\"CRIMINAL_PENALTY\",\"formedOn\":\"2022-07-05\"},"
                + "\"reportedOn\":\"2022-07-06\"}").when().post("/api/v1/market-entities/" + code + "/records").then().statusCode(201);
        var events = Events.await(code, e -> "2022-07-06".equals(e.path("data").path("asOf").asText()));
        assertFalse(events.isEmpty(), "no level-changed event for " + code);
        JsonNode e = events.get(0);
        assertEquals("1.0", e.path("specversion").asText());
        assertEquals("cn.guihua.credit.level-changed.v1", e.path("type").asText());
        assertEquals("https://guihua.dev/services/credit-service", e.path("source").asText());
        assertEquals("market-entities/" + code, e.path("subject").asText());
        assertEquals("https://guihua.dev/schemas/events/cn.guihua.credit.level-changed.v1", e.path("dataschema").asText());
        JsonNode data = e.path("data");
        assertEquals("A", data.path("previous").path("level").asText());
        assertEquals("D", data.path("current").path("level").asText());
        assertEquals("SEVERE", data.path("current").path("supervisionClass").asText());
        assertEquals("RECORD_CREATED", data.path("cause").asText());
        assertEquals(true, data.path("restrictsFiscalFunds").asBoolean());
        assertEquals("002:808", data.path("clause").path("ref").asText());
    }

    @Test
    void anUnsetParameterThatDecidesMakesTheResultNotConfigured() {
        // ME-17-03 downgrades only by ENTITY_LEGAL_REP_DISHONEST_DEBTOR_TRIGGERS_D: withdrawn, the level cannot be given
        String other = "92370303L00000701A";
        Api.as(Api.officer("张店区市场监督管理局")).body("{\"creditCode\":\"" + other + "\",\"kind\":\"INDIVIDUAL_BUSINESS\",\"name\":\"某某小店\"}")
                .when().post("/api/v1/market-entities").then().statusCode(201);
        Api.as(Api.officer("张店区人民法院")).body("{\"record\":{\"infoType\":\"SEVERE_LIST\",\"row\":\"ME-17-03\",\"formedOn\":\"2022-08-01\"},"
                + "\"reportedOn\":\"2022-08-01\"}").when().post("/api/v1/market-entities/" + other + "/records").then().statusCode(201);
        Api.parameter("ENTITY_LEGAL_REP_DISHONEST_DEBTOR_TRIGGERS_D", null, "withdrawn for the test");
        JsonNode e = Api.read(Api.as(Api.officer("张店区发展和改革局")).queryParam("asOf", "2022-09-30")
                .when().get("/api/v1/market-entities/" + other + "/evaluation").then().statusCode(200).extract().asString());
        assertEquals("NOT_CONFIGURED", e.path("status").asText());
        assertEquals(true, e.path("score").isNull());
        boolean named = false;
        for (JsonNode p : e.path("parameters")) {
            named |= p.path("name").asText().equals("ENTITY_LEGAL_REP_DISHONEST_DEBTOR_TRIGGERS_D") && p.path("use").asText().equals("MISSING");
        }
        assertEquals(true, named, "the explanation names the missing parameter");
        Api.as(Api.officer("张店区发展和改革局")).queryParam("asOf", "2022-09-30").when().get("/api/v1/market-entities/" + other + "/level")
                .then().statusCode(422).body("detail", containsString("ENTITY_LEGAL_REP_DISHONEST_DEBTOR_TRIGGERS_D"));
        Api.parameter("ENTITY_LEGAL_REP_DISHONEST_DEBTOR_TRIGGERS_D", com.fasterxml.jackson.databind.node.BooleanNode.TRUE, "set for the test");
        Api.as(Api.officer("张店区发展和改革局")).queryParam("asOf", "2022-09-30").when().get("/api/v1/market-entities/" + other + "/level")
                .then().statusCode(200).body("level", equalTo("D"));
    }

    @Test
    void aParameterValueMustFitItsType() {
        Api.as(Api.officer("张店区发展和改革局")).body("{\"effectiveFrom\":\"2022-01-01\",\"value\":\"CEILING\",\"legalBasis\":\"x\"}")
                .when().post("/api/v1/parameters/POINTS_ROUNDING/values").then().statusCode(400).body("errors[0].field", equalTo("value"));
        Api.as(Api.officer("张店区发展和改革局")).body("{\"effectiveFrom\":\"2022-01-01\",\"value\":\"FLOOR\"}")
                .when().post("/api/v1/parameters/POINTS_ROUNDING/values").then().statusCode(400).body("errors[0].field", equalTo("legalBasis"));
        Api.as(Api.token("planner", java.util.Set.of("planner"), "370303", "x")).body("{\"effectiveFrom\":\"2022-01-01\",\"value\":\"FLOOR\","
                + "\"legalBasis\":\"x\"}").when().post("/api/v1/parameters/POINTS_ROUNDING/values").then().statusCode(403);
        Api.as(null).when().get("/api/v1/parameters/POINTS_ROUNDING").then().statusCode(200).body("name", equalTo("POINTS_ROUNDING"))
                .body("setterBody", containsString("区发展和改革局"));
        Api.as(null).when().get("/api/v1/parameters/NO_SUCH").then().statusCode(404);
    }
}
