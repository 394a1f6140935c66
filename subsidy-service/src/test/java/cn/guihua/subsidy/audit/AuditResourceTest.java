package cn.guihua.subsidy.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuditResourceTest {

    @Test
    void auditTrailIsForAuditorsAndAdmins() {
        given().when().get("/api/v1/audit").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", DevTokens.bearer("reporter", "370104")).header("Accept-Language", "en")
                .when().get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("Forbidden"));
        given().header("Authorization", DevTokens.bearer("auditor", "370000")).queryParam("size", 0)
                .when().get("/api/v1/audit").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().header("Authorization", DevTokens.bearer("auditor", "370000"))
                .when().get("/api/v1/audit").then().statusCode(200).body("page", equalTo(0));
    }
}
