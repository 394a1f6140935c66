package cn.guihua.credit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
 * Every case of cases/public-servant.json (88号) through the HTTP API: the file is opened, each record entered by the
 * unit or department the case names, and the evaluation read by the 区社会信用中心 must give the expected score, stars,
 * items and outcomes. The readers case reads the file with each reader's token.
 */
@QuarkusTest
class PublicServantCasesTest {

    static Stream<Arguments> cases() {
        return Api.cases("cases/public-servant.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseThroughTheApi(String name, JsonNode c) {
        Api.parameters(c);
        JsonNode input = c.path("input");
        JsonNode x = c.path("expected");
        JsonNode servant = input.path("servant");
        String id = servant.path("idNumber").asText();
        Map<String, Long> ids = enter(servant, input.path("records"));
        if ("ACCESS_DECISIONS".equals(x.path("status").asText())) {
            List<JsonNode> readers = new ArrayList<>();
            input.path("reads").forEach(readers::add);
            for (JsonNode d : x.path("decisions")) {
                JsonNode reader = readers.get(d.path("reader").asInt()).path("reader");
                int status = Api.as(readerToken(reader, servant.path("unit").asText())).queryParam("purpose", "test")
                        .when().get("/api/v1/public-servants/" + id).then().extract().statusCode();
                assertEquals(d.path("allowed").asBoolean() ? 200 : 403, status, "reader " + reader);
            }
            JsonNode audit = Api.read(Api.as(Api.admin()).queryParam("entityType", "PublicServant").queryParam("entityId", id)
                    .when().get("/api/v1/audit").then().statusCode(200).extract().asString());
            assertEquals(x.path("decisions").size(), audit.path("total").asInt(), "every read by another, allowed or refused, is logged");
            return;
        }
        JsonNode e = Api.read(Api.as(Api.officer("区社会信用中心")).queryParam("asOf", input.path("asOf").asText())
                .when().get("/api/v1/public-servants/" + id + "/evaluation").then().statusCode(200).extract().asString());
        Expect.same("status", x.path("status"), e.path("status"));
        Expect.same("year", x.path("year"), e.path("year"));
        Expect.same("score", x.path("score"), e.path("score"));
        Expect.same("stars", x.path("stars"), e.path("stars"));
        Expect.same("starName", x.path("starName"), e.path("starName"));
        Expect.items("itemsApplied", x.path("itemsApplied"), e.path("itemsApplied"), ids, true, "record", "row", "points", "source", "quote",
                "principle", "validityEnds", "repeatOf", "perYear");
        Expect.items("itemsNotApplied", x.path("itemsNotApplied"), e.path("itemsNotApplied"), ids, false, "record", "row", "reason");
        Expect.same("outcomes.kind", x.path("outcomes").path("kind"), e.path("outcomes").path("kind"));
        Expect.same("outcomes.source", x.path("outcomes").path("source"), e.path("outcomes").path("source"));
        List<String> measures = new ArrayList<>();
        e.path("outcomes").path("measures").forEach(m -> measures.add(m.asText()));
        List<String> expected = new ArrayList<>();
        x.path("outcomes").path("measures").forEach(m -> expected.add(m.asText()));
        assertEquals(expected, measures, "the outcomes of the star level, as printed");
    }

    /** The reader's token: the credit centre is a credit officer; a unit reads by its dept claim; a company has no role. */
    static String readerToken(JsonNode reader, String ownUnit) {
        String role = reader.path("role").asText(null);
        String body = reader.path("body").asText();
        if ("CREDIT_CENTRE".equals(role)) {
            return Api.officer(body);
        }
        if ("EMPLOYER".equals(role)) {
            String dept = body.contains("(the servant's own unit)") ? ownUnit : body.replaceAll(" \\(.*\\)$", "");
            return Api.token("hr@" + dept, Set.of("reporter"), Api.ZHANGDIAN, dept);
        }
        return Api.token("company", Set.of(), Api.ZHANGDIAN, body);
    }

    static Map<String, Long> enter(JsonNode servant, JsonNode records) {
        String id = servant.path("idNumber").asText();
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("idNumber", id);
        body.put("name", servant.path("name").asText());
        body.put("unit", servant.path("unit").asText());
        body.put("post", servant.path("post").asText());
        body.put("category", servant.path("category").asText());
        Api.as(Api.officer("区社会信用中心")).body(body.toString()).when().post("/api/v1/public-servants").then().statusCode(201);
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode r : records) {
            String dept = r.path("recordedBy").path("name").asText();
            JsonNode created = Api.read(Api.as(Api.officer(dept)).body(CaseInput.servantRecord(r).toString())
                    .when().post("/api/v1/public-servants/" + id + "/records").then().statusCode(201).extract().asString());
            ids.put(r.path("id").asText(), created.path("id").asLong());
        }
        assertTrue(ids.size() == records.size());
        return ids;
    }
}
