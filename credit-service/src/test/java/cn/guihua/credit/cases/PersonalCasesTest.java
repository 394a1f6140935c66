package cn.guihua.credit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.guihua.credit.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every case of cases/personal.json (89号 爱张店·诚信分) through the HTTP API: the person is taken in, each record is
 * entered by its provider (and repaired by it where the case says so), and the score the person reads of themself as
 * of the case's day must give the expected score, level, name, items, rewards and the 002:2439 notice. The use and
 * read cases go through the use check and a read without authorisation or purpose.
 */
@QuarkusTest
class PersonalCasesTest {

    static final Map<String, Map<String, Long>> ENTERED = new HashMap<>();

    static Stream<Arguments> cases() {
        return Api.cases("cases/personal.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseThroughTheApi(String name, JsonNode c) {
        Api.parameters(c);
        JsonNode input = c.path("input");
        JsonNode x = c.path("expected");
        String id = input.path("person").path("idNumber").asText();
        Map<String, Long> ids = enter(input.path("person"), input.path("records"));
        switch (x.path("status").asText()) {
            case "USE_REFUSED" -> {
                ObjectNode use = Api.JSON.createObjectNode();
                use.put("use", input.path("use").path("purpose").asText());
                use.put("service", input.path("use").path("service").asText());
                JsonNode d = Api.read(Api.as(Api.officer("某区直部门")).body(use.toString()).when().post("/api/v1/persons/use-checks")
                        .then().statusCode(200).extract().asString());
                assertEquals(x.path("allowed").asBoolean(), d.path("allowed").asBoolean());
                assertEquals(x.path("reason").path("source").asText(), d.path("clause").path("ref").asText());
                assertTrue(d.path("clause").path("quote").asText().contains(x.path("reason").path("quote").asText()));
                return;
            }
            case "READ_REFUSED" -> {
                JsonNode p = Api.read(Api.as(Api.officer("张店区社会信用中心")).when().get("/api/v1/persons/" + id + "/score")
                        .then().statusCode(400).contentType("application/problem+json").extract().asString());
                List<String> fields = new java.util.ArrayList<>();
                p.path("errors").forEach(e -> fields.add(e.path("field").asText()));
                assertEquals(List.of("authorisation", "purpose"), fields, "AUTHORISATION and AGREED_PURPOSE are missing (002:2487)");
                if (x.path("audited").asBoolean()) {
                    JsonNode audit = Api.read(Api.as(Api.admin()).queryParam("entityType", "Person").queryParam("entityId", id)
                            .when().get("/api/v1/audit").then().statusCode(200).extract().asString());
                    assertTrue(audit.path("total").asInt() > 0, "the refused read is logged (002:2490)");
                    assertEquals("credit.read-refused", audit.path("items").get(0).path("action").asText());
                }
                return;
            }
            default -> { }
        }
        JsonNode e = Api.read(Api.as(self(id)).queryParam("asOf", input.path("asOf").asText()).when().get("/api/v1/persons/" + id + "/score")
                .then().statusCode(200).extract().asString());
        Expect.same("status", x.path("status"), e.path("status"));
        assertEquals("002:2439", e.path("notice").path("clause").path("ref").asText(), "every answer carries the 002:2439 notice");
        if ("NOT_IN_SCOPE".equals(x.path("status").asText())) {
            Expect.same("reason.code", x.path("reason").path("code"), e.path("notInScope").path("code"));
            Expect.same("reason.ageOnAsOf", x.path("reason").path("ageOnAsOf"), e.path("notInScope").path("ageOnAsOf"));
            Expect.same("reason.source", x.path("reason").path("source"), e.path("notInScope").path("clause").path("ref"));
            assertTrue(e.path("score").isNull());
            return;
        }
        Expect.same("score", x.path("score"), e.path("score"));
        Expect.same("level", x.path("level"), e.path("level"));
        Expect.same("levelName", x.path("levelName"), e.path("levelName"));
        Expect.same("downgraded", x.path("downgraded"), e.path("downgraded"));
        Expect.same("levelByScoreBeforeDowngrade", x.path("levelByScoreBeforeDowngrade"), e.path("levelByScoreBeforeDowngrade"));
        if (x.has("downgradeReason")) {
            assertEquals((long) ids.get(x.path("downgradeReason").path("record").asText()), e.path("downgradeReason").path("record").asLong());
            Expect.same("downgradeReason.source", x.path("downgradeReason").path("source"), e.path("downgradeReason").path("clause").path("ref"));
        }
        if (x.has("basicPublicServicesNotice")) {
            assertTrue(e.path("notice").path("clause").path("quote").asText().contains(x.path("basicPublicServicesNotice").path("quote").asText()));
        }
        Expect.items("itemsApplied", x.path("itemsApplied"), e.path("itemsApplied"), ids, true, "record", "row", "points", "source", "quote",
                "principle", "validityEnds", "validFrom", "replaces", "honourRow");
        Expect.items("itemsNotApplied", x.path("itemsNotApplied"), e.path("itemsNotApplied"), ids, false, "record", "row", "reason",
                "validityEnds", "endedOn");
        Expect.items("annualRewards", x.path("annualRewards"), e.path("annualRewards"), ids, true, "year", "points", "grantedOn", "source");
        Expect.items("annualRewardsRefused", x.path("annualRewardsRefused"), e.path("annualRewardsRefused"), ids, true, "year", "reason", "record");
        assertFalse(e.path("summary").asText().isBlank());
    }

    /** The person's own token: sub is the ID number (实名认证). */
    static String self(String id) {
        return Api.token(id, Set.of("resident"), Api.ZHANGDIAN, null);
    }

    static Map<String, Long> enter(JsonNode person, JsonNode records) {
        String id = person.path("idNumber").asText();
        Map<String, Long> ids = ENTERED.get(id);
        if (ids != null) {
            return ids;
        }
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("idNumber", id);
        body.put("name", person.path("name").asText());
        body.put("residency", person.path("residency").asText());
        body.put("birthDate", person.path("birthDate").asText());
        Api.as(Api.officer("张店区社会信用中心")).body(body.toString()).when().post("/api/v1/persons").then().statusCode(201);
        ids = new HashMap<>();
        for (JsonNode r : records) {
            String dept = r.path("provider").path("name").asText();
            JsonNode created = Api.read(Api.as(Api.officer(dept)).body(CaseInput.personRecord(r).toString())
                    .when().post("/api/v1/persons/" + id + "/records").then().statusCode(201).extract().asString());
            long recordId = created.path("id").asLong();
            ids.put(r.path("id").asText(), recordId);
            if (r.has("repair")) {
                ObjectNode repair = Api.JSON.createObjectNode();
                ObjectNode rr = repair.putObject("repair");
                rr.put("performedOn", r.path("repair").path("performedOn").asText());
                rr.put("agreedOn", r.path("repair").path("providerAgreedOn").asText());
                rr.put("agreedBy", r.path("repair").path("agreedBy").asText());
                rr.put("basis", "主动履行法定义务");
                repair.put("version", created.path("version").asLong());
                Api.as(Api.officer(dept)).body(repair.toString()).when().post("/api/v1/persons/" + id + "/records/" + recordId + "/repair")
                        .then().statusCode(200);
            }
        }
        ENTERED.put(id, ids);
        return ids;
    }
}
