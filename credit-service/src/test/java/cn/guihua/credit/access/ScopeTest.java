package cn.guihua.credit.access;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.credit.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every read by id of a scoped record, with a token of another jurisdiction (槐荫区 370104): 403. Every subject of this
 * service belongs to 张店区 (370303), so its existence is no secret the 403 could leak (the codes are public
 * identifiers); the 403 comes before any personal data is read. Exempt, because they are public documents: the
 * parameters (GET /parameters/{name}), the annex rows (GET /rules/rows/{code}) and a street merchant's credit file
 * (GET /demo-street/merchants/{creditCode}), which 90号 publishes for consumers to scan (002:3335).
 */
@QuarkusTest
class ScopeTest {

    static final String ENTITY = "91370303MA3C070043";
    static final String PERSON = "370303198002022007";
    static final String SERVANT = "370303198002022015";
    static long entityRecord;
    static long personRecord;
    static long servantRecord;
    static long objection;

    static boolean ready;

    @BeforeEach
    void records() {
        if (ready) {
            return;
        }
        ready = true;
        Api.as(Api.officer("张店区市场监督管理局")).body("{\"creditCode\":\"" + ENTITY + "\",\"kind\":\"ENTERPRISE\",\"name\":\"范围测试公司\"}")
                .when().post("/api/v1/market-entities").then().statusCode(201);
        entityRecord = id(Api.as(Api.officer("张店区市场监督管理局")).body("{\"record\":{\"infoType\":\"NEGATIVE\",\"row\":\"ME-11-01\","
                + "\"formedOn\":\"2022-04-01\",\"actId\":\"张市监罚〔2022〕90号\"},\"reportedOn\":\"2022-04-01\"}")
                .when().post("/api/v1/market-entities/" + ENTITY + "/records").then().statusCode(201).extract().asString());
        Api.as(Api.officer("张店区社会信用中心")).body("{\"idNumber\":\"" + PERSON + "\",\"name\":\"范某\",\"residency\":\"HOUSEHOLD_REGISTERED\"}")
                .when().post("/api/v1/persons").then().statusCode(201);
        personRecord = id(Api.as(Api.officer("张店公安分局")).body("{\"record\":{\"infoType\":\"ADMINISTRATIVE_PENALTY\",\"row\":\"PE-17-03\","
                + "\"formedOn\":\"2022-04-01\",\"facts\":{\"fineYuan\":200}},\"reportedOn\":\"2022-04-01\"}")
                .when().post("/api/v1/persons/" + PERSON + "/records").then().statusCode(201).extract().asString());
        Api.as(Api.officer("区社会信用中心")).body("{\"idNumber\":\"" + SERVANT + "\",\"name\":\"范某某\",\"unit\":\"张店区某某局\"}")
                .when().post("/api/v1/public-servants").then().statusCode(201);
        servantRecord = id(Api.as(Api.officer("张店区某某局")).body("{\"record\":{\"row\":\"PS-13-03\",\"formedOn\":\"2022-04-01\","
                + "\"recordSource\":\"DAILY_WORK\"},\"reportedOn\":\"2022-04-01\"}")
                .when().post("/api/v1/public-servants/" + SERVANT + "/records").then().statusCode(201).extract().asString());
        objection = id(Api.as(Api.officer("张店区市场监督管理局")).body("{\"subjectType\":\"MARKET_ENTITY\",\"subjectId\":\"" + ENTITY
                + "\",\"receivedOn\":\"2022-04-06\",\"claim\":\"范围测试\"}").when().post("/api/v1/objections").then().statusCode(201)
                .extract().asString());
    }

    static long id(String body) {
        JsonNode n = Api.read(body);
        return n.path("id").asLong();
    }

    @Test
    void everyReadByIdIsRefusedOutsideTheJurisdiction() {
        String other = Api.token("officer@370104", Set.of("credit-officer", "subsidy-officer"), "370104", "槐荫区发展和改革局");
        List<String> paths = List.of(
                "/api/v1/market-entities/" + ENTITY,
                "/api/v1/market-entities/" + ENTITY + "/records",
                "/api/v1/market-entities/" + ENTITY + "/records/" + entityRecord,
                "/api/v1/market-entities/" + ENTITY + "/evaluation?asOf=2022-06-30",
                "/api/v1/market-entities/" + ENTITY + "/level?asOf=2022-06-30",
                "/api/v1/persons/" + PERSON + "?purpose=x&authorisation=y",
                "/api/v1/persons/" + PERSON + "/records?purpose=x&authorisation=y",
                "/api/v1/persons/" + PERSON + "/records/" + personRecord + "?purpose=x&authorisation=y",
                "/api/v1/persons/" + PERSON + "/score?asOf=2022-06-30&purpose=x&authorisation=y",
                "/api/v1/public-servants/" + SERVANT,
                "/api/v1/public-servants/" + SERVANT + "/records",
                "/api/v1/public-servants/" + SERVANT + "/records/" + servantRecord,
                "/api/v1/public-servants/" + SERVANT + "/evaluation?asOf=2022-06-30",
                "/api/v1/objections/" + objection);
        for (String path : paths) {
            Api.as(other).when().get(path).then().statusCode(403).contentType("application/problem+json");
            Api.as(Api.officer("张店区发展和改革局")).queryParam("purpose", "核查").queryParam("authorisation", "职责")
                    .when().get(path).then().statusCode(200);
        }
    }
}
