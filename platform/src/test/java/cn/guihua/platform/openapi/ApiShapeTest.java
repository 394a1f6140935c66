package cn.guihua.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiShapeTest {

    @Test
    void operationsHaveIdsSecurityLanguageAndTheirErrors() {
        var spec = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        spec.body("paths.'/api/v1/demo/items'.post.operationId", equalTo("demoCreate"))
                .body("paths.'/api/v1/demo/items'.get.operationId", equalTo("demoList"))
                .body("paths.'/api/v1/audit'.get.operationId", equalTo("auditList"))
                .body("paths.'/api/v1/demo/items'.get.security.size()", equalTo(0))
                .body("paths.'/api/v1/demo/items'.post.security[0].bearer", notNullValue())
                .body("paths.'/api/v1/demo/items'.post.parameters.'$ref'",
                        hasItems("#/components/parameters/AcceptLanguage", "#/components/parameters/IdempotencyKey"))
                .body("paths.'/api/v1/demo/items'.post.responses.keySet()", hasItems("400", "401", "403", "409", "415", "422", "500", "503"))
                .body("paths.'/api/v1/demo/items'.post.responses.'401'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/demo/items/{id}'.get.responses.keySet()", hasItem("404"))
                .body("paths.'/api/v1/demo/items'.get.responses.keySet()", not(hasItem("401")))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void schemasSayWhatIsNullableAndWhatIsAlwaysThere() {
        var spec = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        spec.body("components.schemas.ItemView.required", hasItems("id", "name", "count", "day", "amount", "tags", "version"))
                .body("components.schemas.ItemView.properties.name.type", equalTo("string"))
                .body("components.schemas.ItemView.properties.count.type", equalTo("integer"))
                .body("components.schemas.ItemView.properties.tags.type", equalTo("array"))
                .body("components.schemas.ItemView.properties.amount.type", hasItems("number", "null"))
                .body("components.schemas.ItemView.properties.day.anyOf.type", hasItem("null"))
                .body("components.schemas.PageItemView.required", hasItems("items", "page", "size", "total", "totalPages"))
                // a request body keeps the required of its constraints
                .body("components.schemas.NewItem.required", hasItems("name", "jurisdiction", "count"))
                .body("components.schemas.NewItem.required", not(hasItem("day")));
    }
}
