package cn.guihua.credit.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed spec is what the front-end team and subsidy-service generate their clients from; it must be what the
 * code serves. After an intended API change, regenerate it with {@code ./mvnw test -Dguihua.openapi.write=true}.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("../docs/openapi/credit-service.yaml");

    @Test
    void committedSpecIsWhatTheServiceServes() throws Exception {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("guihua.openapi.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "docs/openapi/credit-service.yaml differs from the served spec; regenerate it with -Dguihua.openapi.write=true");
    }
}
