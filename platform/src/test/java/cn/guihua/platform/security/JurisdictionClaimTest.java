package cn.guihua.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;

/** A jurisdiction claim that is not a division code is refused; it never makes a caller unscoped. */
@QuarkusTest
class JurisdictionClaimTest {

    @ParameterizedTest(name = "jurisdiction \"{0}\"")
    @ValueSource(strings = { "", " ", "37", "3701", "37010", "999999", "001234", "37010x", "3701040011" })
    void anInvalidClaimIsA401(String claim) {
        String token = DevTokens.tokenWithClaims("p", Set.of("planner"), Map.of("jurisdiction", claim));
        given().auth().oauth2(token).header("Accept-Language", "en").when().get("/api/v1/demo/items/1").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aScopedRoleWithoutAClaimIsRefusedAnUnscopedOneIsNot() {
        given().auth().oauth2(DevTokens.tokenWithClaims("p", Set.of("planner"), Map.of())).when().get("/api/v1/demo/items/999")
                .then().statusCode(401);
        given().auth().oauth2(DevTokens.tokenWithClaims("a", Set.of("auditor"), Map.of())).when().get("/api/v1/demo/items/999")
                .then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    void anAuditorWithAnInvalidClaimIsRefusedToo() {
        given().auth().oauth2(DevTokens.tokenWithClaims("a", Set.of("auditor"), Map.of("jurisdiction", "12")))
                .when().get("/api/v1/demo/items/999").then().statusCode(401);
    }

    @Test
    void aValidClaimActsWithinItsJurisdictionOnly() {
        long id = given().auth().oauth2(DevTokens.token("p", "planner", "370104")).contentType("application/json")
                .body("{\"name\":\"scope-test\",\"jurisdiction\":\"370104001\",\"count\":1}").when().post("/api/v1/demo/items")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(DevTokens.token("q", "planner", "370103")).header("Accept-Language", "en")
                .when().get("/api/v1/demo/items/" + id).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Your jurisdiction 370103 does not include 370104001"));
        given().auth().oauth2(DevTokens.token("r", "planner", "370100")).when().get("/api/v1/demo/items/" + id).then()
                .statusCode(200);
    }
}
