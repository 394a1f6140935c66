package cn.guihua.testsupport;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed spec ({@code docs/openapi/<service>.yaml}) is what the front-end team generates its client from: it
 * must be what the service serves. After an intended API change, rewrite it with
 * {@code ./mvnw test -Dtest=OpenApiContractTest -Dguihua.openapi.write=true}.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    /** Returns the committed and the served spec, writing the served one first when asked to. */
    public static String[] committedAndServed(String service) {
        Path committed = Path.of("../docs/openapi/" + service + ".yaml");
        String served = given().queryParam("format", "yaml").when().get("/q/openapi").then().statusCode(200).extract().asString();
        try {
            if (Boolean.getBoolean("guihua.openapi.write")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, served, StandardCharsets.UTF_8);
            }
            return new String[] { Files.readString(committed, StandardCharsets.UTF_8), served };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
