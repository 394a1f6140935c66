package cn.guihua.credit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.guihua.credit.Api;
import cn.guihua.credit.Events;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every case of cases/objections.json through the HTTP API: the objection is recorded, its clocks are computed on the
 * working-day calendar (emergency-service's, stubbed here with the State Council notices), the events happen as the
 * case tells (error confirmed, the recording department corrects or deletes or supplements, the applicant notified),
 * and the evaluation before and after, the level-changed event and the level as known then are checked.
 */
@QuarkusTest
class ObjectionCasesTest {

    static Stream<Arguments> cases() {
        return Api.cases("cases/objections.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseThroughTheApi(String name, JsonNode c) throws Exception {
        Api.parameters(c);
        JsonNode input = c.path("input");
        JsonNode x = c.path("expected");
        JsonNode o = input.path("objection");
        boolean person = input.has("person");
        String subject;
        Map<String, Long> ids = new HashMap<>();
        if (person) {
            subject = input.path("person").path("idNumber").asText();
            ids = PersonalCasesTest.enter(input.path("person"), input.path("records"));
        } else {
            JsonNode entity = input.has("entity") ? input.path("entity") : entityOf(o.path("subject"));
            subject = entity.path("uscc").asText();
            ids = MarketEntityCasesTest.enter(entity, input.path("records"));
        }
        JsonNode before = x.has("before") ? evaluate(person, subject, x.path("before").path("asOf").asText(), null) : null;
        if (before != null) {
            check("before", x.path("before"), before, ids);
        }
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("subjectType", person ? "PERSON" : "MARKET_ENTITY");
        body.put("subjectId", subject);
        if (o.hasNonNull("record") && ids.containsKey(o.path("record").asText())) {
            body.put("recordId", ids.get(o.path("record").asText()));
        }
        body.put("receivedOn", o.path("receivedOn").asText());
        body.put("receivedBy", o.path("receivedBy").asText());
        CaseInput.copy(o, body, "withinRemit", "needsOtherUnits", "verifyingUnits");
        body.put("claim", o.path("claim").asText(o.path("record").asText("objection")));
        JsonNode objection = Api.read(Api.as(Api.officer(o.path("receivedBy").asText())).body(body.toString()).when().post("/api/v1/objections")
                .then().statusCode(201).extract().asString());
        long id = objection.path("id").asLong();
        OffsetDateTime knownBefore = OffsetDateTime.now();
        Thread.sleep(20);
        for (JsonNode ev : input.path("events")) {
            objection = happen(ev, id, objection, person, subject, ids);
        }
        objection = Api.read(Api.as(Api.officer("张店区发展和改革局")).when().get("/api/v1/objections/" + id).then().statusCode(200).extract().asString());
        JsonNode clocks = x.path("clocks");
        if (clocks.isArray()) {
            for (JsonNode want : clocks) {
                JsonNode got = clock(objection, want.path("id").asText());
                Expect.same(want.path("id").asText() + ".workingDays", want.path("workingDays"), got.path("workingDays"));
                Expect.same(want.path("id").asText() + ".from", want.path("from"), got.path("from"));
                Expect.same(want.path("id").asText() + ".due", want.path("due"), got.path("due"));
                Expect.same(want.path("id").asText() + ".metOn", want.path("metOn"), got.path("metOn"));
                Expect.same(want.path("id").asText() + ".source", want.path("source"), got.path("source"));
                Expect.same(want.path("id").asText() + ".parameter", want.path("parameter"), got.path("parameter"));
            }
        } else if (clocks.isObject()) {
            JsonNode got = objection.path("clocks").get(0);
            Expect.same("clocks.status", clocks.path("status"), got.path("status"));
            Expect.same("clocks.parameter", clocks.path("parameter"), got.path("parameter"));
        }
        if (x.has("after")) {
            check("after", x.path("after"), evaluate(person, subject, x.path("after").path("asOf").asText(), null), ids);
        }
        for (JsonNode want : x.path("events")) {
            var found = Events.await(subject, ev -> ev.path("type").asText().equals("cn.guihua.credit.level-changed.v1")
                    && ev.path("data").path("asOf").asText().equals(want.path("on").asText())
                    && ev.path("data").path("previous").path("level").asText().equals(want.path("from").asText())
                    && ev.path("data").path("current").path("level").asText().equals(want.path("to").asText()));
            assertFalse(found.isEmpty(), "no level-changed event " + want);
            JsonNode data = found.get(0).path("data");
            assertEquals(want.path("classFrom").asText(), data.path("previous").path("supervisionClass").asText());
            assertEquals(want.path("classTo").asText(), data.path("current").path("supervisionClass").asText());
        }
        JsonNode history = x.path("history");
        if (!history.isMissingNode()) {
            JsonNode then = evaluate(false, subject, "2022-03-08", knownBefore);
            assertEquals(history.path("asOf2022-03-08AsKnownThen").path("score").asInt(), then.path("score").asInt(), "as known then");
            assertEquals(history.path("asOf2022-03-08AsKnownThen").path("level").asText(), then.path("level").asText());
            JsonNode corrected = evaluate(false, subject, "2022-03-08", null);
            assertEquals(history.path("asOf2022-03-08AsCorrected").path("score").asInt(), corrected.path("score").asInt(), "as corrected");
            assertEquals(history.path("asOf2022-03-08AsCorrected").path("level").asText(), corrected.path("level").asText());
        }
    }

    private static JsonNode happen(JsonNode ev, long id, JsonNode objection, boolean person, String subject, Map<String, Long> ids) {
        String type = ev.path("type").asText();
        String on = ev.path("on").asText();
        String by = ev.path("by").asText();
        String base = person ? "/api/v1/persons/" : "/api/v1/market-entities/";
        switch (type) {
            case "ERROR_CONFIRMED", "APPLICANT_NOTIFIED" -> {
                ObjectNode e = Api.JSON.createObjectNode();
                e.put("type", type);
                e.put("on", on);
                e.put("version", objection.path("version").asLong());
                return Api.read(Api.as(Api.officer(by)).body(e.toString()).when().post("/api/v1/objections/" + id + "/events")
                        .then().statusCode(200).extract().asString());
            }
            case "RECORD_CORRECTED" -> {
                long recordId = ids.get(ev.path("record").asText());
                JsonNode current = Api.read(Api.as(Api.officer(by)).when().get(base + subject + "/records/" + recordId)
                        .then().statusCode(200).extract().asString());
                ObjectNode record = (ObjectNode) current.path("record").deepCopy();
                record.set("row", ev.path("change").path("row"));
                ObjectNode facts = record.has("facts") ? (ObjectNode) record.get("facts") : record.putObject("facts");
                facts.setAll(CaseInput.facts(ev.path("change").path("facts")));
                ObjectNode body = Api.JSON.createObjectNode();
                body.set("record", record);
                body.put("version", current.path("version").asLong());
                body.put("reason", "核查确实有误");
                body.put("on", on);
                body.put("objectionId", id);
                Api.as(Api.officer(by)).body(body.toString()).when().put(base + subject + "/records/" + recordId).then().statusCode(200);
            }
            case "RECORD_DELETED" -> {
                long recordId = ids.get(ev.path("record").asText());
                JsonNode current = Api.read(Api.as(Api.officer(by)).queryParam("purpose", "异议核查").queryParam("authorisation", "异议申请")
                        .when().get(base + subject + "/records/" + recordId).then().statusCode(200).extract().asString());
                Api.as(Api.officer(by)).queryParam("version", current.path("version").asLong()).queryParam("reason", ev.path("reason").asText())
                        .queryParam("on", on).queryParam("objectionId", id).when().delete(base + subject + "/records/" + recordId)
                        .then().statusCode(200);
            }
            case "DATA_SUPPLEMENTED" -> {
                ObjectNode body = CaseInput.entityRecord(ev.path("record"));
                body.put("reportedOn", on);
                body.put("objectionId", id);
                JsonNode created = Api.read(Api.as(Api.officer(by)).body(body.toString()).when().post(base + subject + "/records")
                        .then().statusCode(201).extract().asString());
                ids.put(ev.path("record").path("id").asText(), created.path("id").asLong());
            }
            default -> throw new IllegalArgumentException(type);
        }
        return Api.read(Api.as(Api.officer(by)).when().get("/api/v1/objections/" + id).then().statusCode(200).extract().asString());
    }

    private static JsonNode evaluate(boolean person, String subject, String asOf, OffsetDateTime knownAt) {
        var r = person ? Api.as(Api.token(subject, Set.of("resident"), Api.ZHANGDIAN, null))
                : Api.as(Api.officer("张店区发展和改革局"));
        r = r.queryParam("asOf", asOf);
        if (knownAt != null) {
            r = r.queryParam("knownAt", knownAt.toString());
        }
        return Api.read(r.when().get(person ? "/api/v1/persons/" + subject + "/score" : "/api/v1/market-entities/" + subject + "/evaluation")
                .then().statusCode(200).extract().asString());
    }

    private static void check(String what, JsonNode x, JsonNode e, Map<String, Long> ids) {
        Expect.same(what + ".score", x.path("score"), e.path("score"));
        Expect.same(what + ".level", x.path("level"), e.path("level"));
        Expect.same(what + ".supervisionClass", x.path("supervisionClass").path("key"), e.path("supervisionClass").path("key"));
        Expect.items(what + ".itemsApplied", x.path("itemsApplied"), e.path("itemsApplied"), ids, true, "record", "row", "points", "source", "quote");
    }

    private static JsonNode clock(JsonNode objection, String id) {
        for (JsonNode c : objection.path("clocks")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no clock " + id + " in " + objection.path("clocks"));
    }

    private static JsonNode entityOf(JsonNode subject) {
        ObjectNode e = Api.JSON.createObjectNode();
        e.put("uscc", subject.path("uscc").asText());
        e.put("kind", subject.path("kind").asText());
        e.put("name", "淄博某某有限公司");
        return e;
    }
}
