package cn.guihua.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README and the guides name only files, scripts and overlays the repository has. */
class DocsTest {

    private static final Pattern REPOSITORY_PATH = Pattern.compile(
            "(?<![\\w/.])((?:deploy|docs|\\.ci|platform|plan-service|indicator-service|emergency-service|subsidy-service|credit-service)/[\\w./-]*[\\w/])");

    @ParameterizedTest
    @ValueSource(strings = { "docs/operations.md", "docs/api-guide.md", "docs/architecture.md", "docs/configuration.md", "docs/local-development.md", "docs/performance.md", "README.md" })
    void everyRepositoryPathItNamesExists(String page) {
        String text = Repository.read(Repository.ROOT.resolve(page));
        Set<String> missing = new TreeSet<>();
        Matcher m = REPOSITORY_PATH.matcher(text);
        while (m.find()) {
            String path = m.group(1);
            if (!Files.exists(Repository.ROOT.resolve(path)) && !Files.exists(Repository.ROOT.resolve("docs").resolve(path))) {
                missing.add(path);
            }
        }
        // written by the build (npm run check, ./mvnw -Pimages package), not committed
        missing.removeIf(p -> p.startsWith("deploy/api-client/generated") || p.contains("/target/"));
        assertTrue(missing.isEmpty(), page + " names what the repository does not have: " + missing);
    }
}
