package cn.guihua.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.guihua.localstack.Service;

/**
 * The committed specs under docs/openapi are what the front-end team and other systems generate clients from:
 * each must be a valid OpenAPI 3 document in which every operation says what it answers.
 */
class OpenApiSpecTest {

    private static final Path SPECS = Repository.ROOT.resolve("docs/openapi");

    static Stream<Path> specs() throws IOException {
        return Files.list(SPECS).filter(f -> f.toString().endsWith(".yaml")).sorted();
    }

    @Test
    void everyServiceHasACommittedSpec() throws IOException {
        for (Service s : Service.values()) {
            assertTrue(Files.isRegularFile(SPECS.resolve(s.module + ".yaml")), s.module + ": docs/openapi/" + s.module + ".yaml");
        }
        try (Stream<Path> specs = specs()) {
            assertEquals(Service.values().length, specs.count(), "a spec without a service");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void isValidOpenApi3(Path spec) {
        SwaggerParseResult result = validate(Repository.read(spec));
        assertNotNull(result.getOpenAPI(), spec + " does not parse: " + result.getMessages());
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), spec + ": " + result.getMessages());
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3."), spec + ": openapi " + result.getOpenAPI().getOpenapi());
    }

    @Test
    void validationCatchesABrokenSpec() {
        String broken = """
                openapi: 3.1.0
                info: {title: broken}
                paths:
                  /api/v1/things:
                    get:
                      responses:
                        "200":
                          content:
                            application/json:
                              schema: {$ref: "#/components/schemas/Missing"}
                """;
        assertFalse(validate(broken).getMessages().isEmpty(), "a missing version and a dangling $ref must be reported");
    }

    private static SwaggerParseResult validate(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void everyOperationHasASummaryAndDocumentedResponses(Path spec) {
        OpenAPI api = new OpenAPIV3Parser().readContents(Repository.read(spec), null, new ParseOptions()).getOpenAPI();
        assertFalse(api.getPaths() == null || api.getPaths().isEmpty(), spec + ": no operations");
        List<String> problems = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String where = method + " " + path;
            if (blank(op.getSummary())) {
                problems.add(where + ": no summary");
            }
            if (op.getResponses() == null || op.getResponses().isEmpty()) {
                problems.add(where + ": no documented response");
                return;
            }
            if (op.getResponses().keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                // without a success response a generated client has no type for what the call returns
                problems.add(where + ": no documented success (2xx) response");
            }
            op.getResponses().forEach((status, response) -> {
                if (response.get$ref() == null && blank(response.getDescription())) {
                    problems.add(where + " " + status + ": response without a description");
                }
            });
        }));
        assertTrue(problems.isEmpty(), spec.getFileName() + ":\n  " + String.join("\n  ", problems));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
