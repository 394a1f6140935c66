package cn.guihua.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A TypeScript client generated from the committed specs with openapi-typescript (versions pinned in
 * deploy/api-client/package-lock.json) compiles with tsc: what the front-end team will do with them.
 */
class ApiClientTest {

    private static final Path CLIENT = Repository.ROOT.resolve("deploy/api-client");

    @Test
    void generatedTypeScriptClientCompiles() throws Exception {
        assumeTrue(available("npm"), "npm is not installed: the TypeScript client check is skipped here (CI has Node.js and npm)");
        run(List.of("npm", "ci", "--no-audit", "--no-fund"));
        run(List.of("npm", "run", "check"));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + " in deploy/api-client failed:\n" + output);
    }

    private static boolean available(String tool) {
        try {
            return new ProcessBuilder(tool, "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
