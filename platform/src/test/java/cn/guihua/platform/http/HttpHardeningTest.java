package cn.guihua.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HttpHardeningTest {

    @Test
    void tooLongATargetIs414AsAProblem() {
        given().header("Accept-Language", "en").queryParam("q", "x".repeat(3000)).when().get("/api/v1/demo/echo").then()
                .statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("https://guihua.dev/problems/uri-too-long"));
    }

    @Test
    void tooLargeHeadersAre431AsAProblem() {
        given().header("X-Filler", "y".repeat(9000)).when().get("/api/v1/demo/echo").then()
                .statusCode(431).contentType("application/problem+json").body("status", equalTo(431));
    }

    @Test
    void tooLargeABodyIs413AsAProblem() {
        given().header("Authorization", DevTokens.bearer("planner", "370104")).contentType("application/json")
                .body("{\"name\":\"" + "z".repeat(70_000) + "\"}").when().post("/api/v1/demo/items").then()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void answersAreHardenedAndPersonalOnesNotCached() {
        given().when().get("/api/v1/demo/items").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", nullValue());
        given().header("Authorization", DevTokens.bearer("admin", "370000")).when().get("/api/v1/audit").then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aFrontEndOnTheConfiguredOriginMayCall() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when().options("/api/v1/demo/items").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example").when().get("/api/v1/demo/items").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void moneyHasTwoDecimalsAndListsAreNeverNull() {
        long id = given().header("Authorization", DevTokens.bearer("planner", "370104")).contentType("application/json")
                .body("{\"name\":\"money\",\"jurisdiction\":\"370104\",\"count\":1,\"amount\":5000000}")
                .when().post("/api/v1/demo/items").then().statusCode(201).extract().jsonPath().getLong("id");
        String body = given().header("Authorization", DevTokens.bearer("planner", "370104")).when()
                .get("/api/v1/demo/items/" + id).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"amount\":5000000.00"), body);
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"tags\":[]"), body);
    }
}
