package cn.guihua.credit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.guihua.credit.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every case of cases/market-entity.json (87号), run through the HTTP API as officers would: the parameters the case
 * assumes are set with a legal basis, the entity is registered, each record is entered by its department, and the
 * evaluation as of the case's day must give the expected score, level, class, downgrade and items; the level answer
 * other services use must agree.
 */
@QuarkusTest
class MarketEntityCasesTest {

    /** Entities already entered (two cases share one entity and its records), with their records' ids. */
    static final Map<String, Map<String, Long>> ENTERED = new HashMap<>();

    static Stream<Arguments> cases() {
        return Api.cases("cases/market-entity.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseThroughTheApi(String name, JsonNode c) {
        Api.parameters(c);
        JsonNode input = c.path("input");
        Map<String, Long> ids = enter(input.path("entity"), input.path("records"));
        String code = input.path("entity").path("uscc").asText();
        JsonNode e = Api.read(Api.as(Api.officer("张店区发展和改革局")).queryParam("asOf", input.path("asOf").asText())
                .when().get("/api/v1/market-entities/" + code + "/evaluation").then().statusCode(200).extract().asString());
        check(c.path("expected"), e, ids);
        JsonNode level = Api.read(Api.as(Api.token("subsidy-service", java.util.Set.of("service"), null, null))
                .queryParam("asOf", input.path("asOf").asText()).when().get("/api/v1/market-entities/" + code + "/level")
                .then().statusCode(200).extract().asString());
        assertEquals(e.path("level").asText(), level.path("level").asText(), "the level answer agrees with the evaluation");
        assertEquals(e.path("score").asInt(), level.path("score").asInt());
        assertEquals(e.path("restrictions").path("fiscalFunds").asBoolean(), level.path("restrictsFiscalFunds").asBoolean());
    }

    static Map<String, Long> enter(JsonNode entity, JsonNode records) {
        String code = entity.path("uscc").asText();
        Map<String, Long> ids = ENTERED.get(code);
        if (ids != null) {
            return ids;
        }
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("creditCode", code);
        body.put("kind", entity.path("kind").asText());
        body.put("name", entity.path("name").asText());
        Api.as(Api.officer("张店区市场监督管理局")).body(body.toString()).when().post("/api/v1/market-entities").then().statusCode(201);
        ids = new HashMap<>();
        for (JsonNode r : records) {
            ids.put(r.path("id").asText(), add(code, r));
        }
        ENTERED.put(code, ids);
        return ids;
    }

    static long add(String code, JsonNode r) {
        String dept = r.path("recordingDepartment").path("name").asText();
        String answer = Api.as(Api.officer(dept)).body(CaseInput.entityRecord(r).toString())
                .when().post("/api/v1/market-entities/" + code + "/records").then().statusCode(201).extract().asString();
        return Api.read(answer).path("id").asLong();
    }

    static void check(JsonNode x, JsonNode e, Map<String, Long> ids) {
        Expect.same("status", x.path("status"), e.path("status"));
        Expect.same("score", x.path("score"), e.path("score"));
        Expect.same("level", x.path("level"), e.path("level"));
        Expect.same("supervisionClass.key", x.path("supervisionClass").path("key"), e.path("supervisionClass").path("key"));
        Expect.same("supervisionClass.name", x.path("supervisionClass").path("name"), e.path("supervisionClass").path("name"));
        Expect.same("downgraded", x.path("downgraded"), e.path("downgraded"));
        Expect.same("levelByScoreBeforeDowngrade", x.path("levelByScoreBeforeDowngrade"), e.path("levelByScoreBeforeDowngrade"));
        if (x.has("downgradeReason")) {
            Expect.same("downgradeReason.condition", x.path("downgradeReason").path("condition"), e.path("downgradeReason").path("condition"));
            assertEquals((long) ids.get(x.path("downgradeReason").path("record").asText()), e.path("downgradeReason").path("record").asLong());
            Expect.same("downgradeReason.parameter", x.path("downgradeReason").path("parameter"), e.path("downgradeReason").path("parameter"));
        }
        if (x.has("restrictions")) {
            Expect.same("restrictions.fiscalFunds", x.path("restrictions").path("fiscalFunds"), e.path("restrictions").path("fiscalFunds"));
            Expect.same("restrictions.awards", x.path("restrictions").path("awards"), e.path("restrictions").path("awards"));
            Expect.same("restrictions.source", x.path("restrictions").path("source"), e.path("restrictions").path("clause").path("ref"));
            Expect.same("restrictions.quote", x.path("restrictions").path("quote"), e.path("restrictions").path("clause").path("quote"));
        }
        Expect.items("itemsApplied", x.path("itemsApplied"), e.path("itemsApplied"), ids, true, "record", "row", "points", "source", "quote",
                "principle", "validityEnds");
        Expect.items("itemsNotApplied", x.path("itemsNotApplied"), e.path("itemsNotApplied"), ids, false, "record", "row", "reason",
                "validityEnds");
    }
}
