package cn.guihua.credit.entity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import cn.guihua.credit.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The answer subsidy-service uses: {@code GET /api/v1/market-entities/{creditCode}/level?asOf=} with exactly the
 * fields of the contract, for the roles the contract names, a baseline for a valid code with no records, 400 for an
 * invalid code and 422 (never a default A) when no level can be given.
 */
@QuarkusTest
class LevelContractTest {

    static final String D_ENTITY = "91370303MA3C07001R";
    static final String CLEAN = "91370303MA3C07002W";

    static boolean ready;

    @BeforeEach
    void entities() {
        if (ready) {
            return;
        }
        ready = true;
        for (String code : List.of(D_ENTITY, CLEAN)) {
            Api.as(Api.officer("张店区市场监督管理局")).body("{\"creditCode\":\"" + code + "\",\"kind\":\"ENTERPRISE\",\"name\":\"淄博某某上市公司\"}")
                    .when().post("/api/v1/market-entities").then().statusCode(201);
        }
        Api.as(Api.officer("淄博市市场监督管理局")).body("{\"record\":{\"infoType\":\"SEVERE_LIST\",\"row\":\"ME-15-01\","
                + "\"formedOn\":\"2022-08-15\",\"recordingKind\":\"DESIGNATING\"},\"reportedOn\":\"2022-08-15\"}")
                .when().post("/api/v1/market-entities/" + D_ENTITY + "/records").then().statusCode(201);
        Api.parameter("ENTITY_ITEM_VALIDITY_MONTHS", null, "level contract");
    }

    @Test
    void aDEntityIsRestrictedFromFiscalFundsWithTheClause() {
        String body = Api.as(service()).queryParam("asOf", "2022-09-30").when().get("/api/v1/market-entities/" + D_ENTITY + "/level")
                .then().statusCode(200).contentType("application/json")
                .body("creditCode", equalTo(D_ENTITY)).body("asOf", equalTo("2022-09-30")).body("registered", equalTo(true))
                .body("score", equalTo(400)).body("level", equalTo("D")).body("supervisionClass", equalTo("SEVERE"))
                .body("restrictsFiscalFunds", equalTo(true)).body("clause.ref", equalTo("002:808"))
                .body("clause.quote", equalTo("限制其申请财政性资金项目、评优评先项目"))
                .extract().asString();
        JsonNode answer = Api.read(body);
        Set<String> fields = new TreeSet<>();
        answer.fieldNames().forEachRemaining(fields::add);
        assertEquals(new TreeSet<>(List.of("creditCode", "asOf", "registered", "score", "level", "supervisionClass", "restrictsFiscalFunds",
                "clause")), fields, "the contract's fields, exactly");
        assertEquals(Set.of("ref", "quote"), fieldsOf(answer.get("clause")));
    }

    @Test
    void beforeTheListingTheSameEntityIsNotRestricted() {
        Api.as(service()).queryParam("asOf", "2022-08-14").when().get("/api/v1/market-entities/" + D_ENTITY + "/level").then().statusCode(200)
                .body("level", equalTo("A")).body("score", equalTo(1000)).body("restrictsFiscalFunds", equalTo(false))
                .body("clause", nullValue());
    }

    @Test
    void aValidCodeWithNoRecordsAnswersTheBaseline() {
        Api.as(service()).queryParam("asOf", "2022-09-30").when().get("/api/v1/market-entities/91370303MA3C070030/level").then().statusCode(200)
                .body("registered", equalTo(false)).body("score", equalTo(1000)).body("level", equalTo("A"))
                .body("supervisionClass", equalTo("HONEST")).body("restrictsFiscalFunds", equalTo(false)).body("clause", nullValue());
        Api.as(service()).queryParam("asOf", "2022-09-30").when().get("/api/v1/market-entities/" + CLEAN + "/level").then().statusCode(200)
                .body("registered", equalTo(true)).body("level", equalTo("A"));
    }

    @Test
    void anInvalidCodeIsA400NamingTheField() {
        Api.as(service()).queryParam("asOf", "2022-09-30").when().get("/api/v1/market-entities/91370303MA3C070011/level").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("creditCode"));
        Api.as(service()).when().get("/api/v1/market-entities/abc/level").then().statusCode(400).body("errors[0].field", equalTo("creditCode"));
    }

    @Test
    void theRolesOfTheContractMayAskAndOthersMayNot() {
        for (String role : List.of("service", "admin", "auditor")) {
            Api.as(Api.token(role, Set.of(role), null, null)).queryParam("asOf", "2022-09-30")
                    .when().get("/api/v1/market-entities/" + D_ENTITY + "/level").then().statusCode(200);
        }
        for (String role : List.of("credit-officer", "subsidy-officer")) {
            Api.as(Api.token(role, Set.of(role), "370303", "x")).queryParam("asOf", "2022-09-30")
                    .when().get("/api/v1/market-entities/" + D_ENTITY + "/level").then().statusCode(200);
        }
        Api.as(Api.token("planner", Set.of("planner"), "370303", "x")).when().get("/api/v1/market-entities/" + D_ENTITY + "/level")
                .then().statusCode(403).contentType("application/problem+json");
        Api.as(null).when().get("/api/v1/market-entities/" + D_ENTITY + "/level").then().statusCode(401);
        Api.as(Api.token("subsidy-officer", Set.of("subsidy-officer"), "370104", "x")).when()
                .get("/api/v1/market-entities/" + D_ENTITY + "/level").then().statusCode(403);
    }

    @Test
    void noLevelIsGivenWhereNoRulesAreInForce() {
        Api.as(service()).queryParam("asOf", "2021-06-01").when().get("/api/v1/market-entities/" + D_ENTITY + "/level").then()
                .statusCode(422).contentType("application/problem+json").body("detail", containsString("张政字〔2021〕87号"));
    }

    @Test
    void afterTheTrialPeriodTheLevelWaitsForTheOfficersDecision() {
        Api.parameter("RULES_AFTER_DOCUMENT_EXPIRY", null, "level contract: unset");
        Api.as(service()).header("Accept-Language", "en").queryParam("asOf", "2025-06-01")
                .when().get("/api/v1/market-entities/" + D_ENTITY + "/level").then()
                .statusCode(422).body("detail", containsString("RULES_AFTER_DOCUMENT_EXPIRY"));
        Api.parameter("RULES_AFTER_DOCUMENT_EXPIRY", new TextNode("KEEP_RULES_FOR_EARLIER_RECORDS"), "level contract: 87号 kept");
        Api.as(service()).queryParam("asOf", "2025-06-01").when().get("/api/v1/market-entities/" + D_ENTITY + "/level").then()
                .statusCode(200).body("level", equalTo("D")).body("restrictsFiscalFunds", equalTo(true));
        Api.parameter("RULES_AFTER_DOCUMENT_EXPIRY", null, "level contract: withdrawn again");
    }

    static String service() {
        return Api.token("subsidy-service", Set.of("service"), null, null);
    }

    static Set<String> fieldsOf(JsonNode n) {
        Set<String> s = new TreeSet<>();
        n.fieldNames().forEachRemaining(s::add);
        return s;
    }
}
