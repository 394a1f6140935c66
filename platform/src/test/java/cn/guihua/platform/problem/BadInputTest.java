package cn.guihua.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Bad input of every kind gets a 4xx problem naming the field, in the caller's language: never a 5xx. */
@QuarkusTest
class BadInputTest {


    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "page, 2147483647", "page, -1", "size, 0", "size, 201", "year, 2147483648", "year, abc", "year, 1e400",
        "flag, maybe", "day, 0000-01-01", "day, +999999999-12-31", "day, 2026-13-01", "kind, TARGET",
        "at, 2026-01-01T00:00:00" })
    void aBadQueryParameterIsNamed(String name, String value) {
        given().header("Accept-Language", "en").queryParam(name, value).when().get("/api/v1/demo/echo").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://guihua.dev/problems/validation"))
                .body("errors.field", hasItem(name));
    }

    @Test
    void goodParametersAreReadAndTimesAnswerInChinaStandardTime() {
        given().queryParam("year", 2025).queryParam("flag", "TRUE").queryParam("day", "2026-12-01").queryParam("kind", "GOAL")
                .queryParam("at", "2026-12-01T01:00:00Z").when().get("/api/v1/demo/echo").then().statusCode(200)
                .body("year", equalTo(2025)).body("flag", equalTo(true)).body("day", equalTo("2026-12-01"))
                .body("kind", equalTo("GOAL")).body("at", equalTo("2026-12-01T09:00:00+08:00"));
    }

    @Test
    void aNulInThePathOrQueryIsRefusedBeforeAnyRoute() {
        given().urlEncodingEnabled(false).when().get("/api/v1/demo/echo?kind=PL%00AN").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("kind"));
        given().urlEncodingEnabled(false).when().get("/api/v1/demo/items/1%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("path"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "name | {\"name\":\"a\\u0000b\",\"jurisdiction\":\"370104\",\"count\":1}",
        "count | {\"name\":\"x\",\"jurisdiction\":\"370104\",\"count\":2147483648}",
        "amount | {\"name\":\"x\",\"jurisdiction\":\"370104\",\"count\":1,\"amount\":1e400}",
        "ratio | {\"name\":\"x\",\"jurisdiction\":\"370104\",\"count\":1,\"ratio\":1e400}",
        "day | {\"name\":\"x\",\"jurisdiction\":\"370104\",\"count\":1,\"day\":\"+999999999-12-31\"}",
        "day | {\"name\":\"x\",\"jurisdiction\":\"370104\",\"count\":1,\"day\":\"0000-01-01\"}",
        "count | {\"name\":\"x\",\"jurisdiction\":\"370104\",\"count\":\"many\"}",
        "name | {\"name\":\"x\",\"name\":\"y\",\"jurisdiction\":\"370104\",\"count\":1}",
        "tags[1] | {\"name\":\"x\",\"jurisdiction\":\"370104\",\"count\":1,\"tags\":[\"a\",\"b\\u0000\"]}" })
    void aBadJsonFieldIsNamed(String field, String body) {
        given().header("Authorization", DevTokens.bearer("planner", "370104")).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/demo/items").then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("errors.message", not(hasItem(containsString("类型"))));
    }

    @Test
    void aBodyThatIsNotJsonShowsNoParserInternals() {
        given().header("Authorization", DevTokens.bearer("planner", "370104")).contentType(ContentType.JSON).body("{\"name\": tru")
                .when().post("/api/v1/demo/items").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://guihua.dev/problems/malformed"))
                .body("detail", not(containsString("jackson"))).body("detail", not(containsString("Source")));
    }

    @Test
    void validationMessagesFollowTheLanguageEvenWithAMalformedWeight() {
        String body = "{\"name\":\"\",\"jurisdiction\":\"370104\",\"count\":-1}";
        ValidatableResponse en = given().header("Authorization", DevTokens.bearer("planner", "370104")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/demo/items").then().log().ifValidationFails().statusCode(400);
        en.body("title", equalTo("Invalid request")).body("errors.field", hasItem("name")).body("errors.field", hasItem("count"))
                .body("errors.message", hasItem("must not be blank"));
        given().header("Authorization", DevTokens.bearer("planner", "370104")).header("Accept-Language", "en;q=abc, zh;q=x").contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/demo/items").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("请求参数无效"));
        given().header("Accept-Language", "en;q=abc").queryParam("year", "abc").when().get("/api/v1/demo/echo").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("year"));
    }

    @Test
    void anUnexpectedFailureIsA500WithAnIncidentAndNoStack() {
        given().header("Accept-Language", "en").when().get("/api/v1/demo/crash").then().statusCode(500)
                .contentType("application/problem+json").body("detail", startsWith("Unexpected error; reference "))
                .body("detail", not(containsString("Secret")));
    }

    @Test
    void aDatabaseThatDoesNotAnswerInTimeIsA503WithRetryAfter() {
        given().header("Accept-Language", "en").when().get("/api/v1/demo/slow").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5")
                .body("type", equalTo("https://guihua.dev/problems/unavailable"));
        // and the pool is healthy again at once
        given().when().get("/api/v1/demo/items").then().statusCode(200);
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        given().header("Accept-Language", "en").when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"));
        given().when().delete("/api/v1/demo/echo").then().statusCode(405).contentType("application/problem+json");
        given().header("Authorization", DevTokens.bearer("planner", "370104")).contentType("text/plain").body("x").when().post("/api/v1/demo/items").then()
                .statusCode(415).contentType("application/problem+json");
    }
}
