package cn.guihua.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.guihua.localstack.Service;

/**
 * The build machines have no container engine, so each service's Dockerfile.jvm is checked against the module it
 * packages instead of being built: the pinned base, the fast-jar layout Quarkus produces, the port the service
 * listens on, the non-root user.
 */
class DockerfileTest {

    private static final Pattern FROM = Pattern.compile("^FROM\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern COPY = Pattern.compile("^COPY\\s+--chown=(\\S+)\\s+(\\S+)\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern EXPOSE = Pattern.compile("^EXPOSE\\s+(.+)$", Pattern.MULTILINE);
    private static final Pattern USER = Pattern.compile("^USER\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern BUILD = Pattern.compile("docker build -f (\\S+) -t guihua/(\\S+):(\\S+) (\\S+)");

    @ParameterizedTest
    @EnumSource(Service.class)
    void baseImageIsPinnedUbiOpenJdk17Runtime(Service s) {
        List<String> from = all(FROM, dockerfile(s), 1);
        assertEquals(1, from.size(), s.module + ": one stage");
        Matcher image = Pattern.compile("registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:(\\d+(\\.\\d+)+)").matcher(from.get(0));
        assertTrue(image.matches(), s.module + ": base must be ubi9/openjdk-17-runtime pinned by version, is " + from.get(0));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void copiesTheFastJarLayoutAsTheRuntimeUser(Service s) {
        String text = dockerfile(s);
        Map<String, String> copies = new LinkedHashMap<>();
        Matcher m = COPY.matcher(text);
        while (m.find()) {
            assertEquals("185", m.group(1), s.module + ": files must belong to the runtime user");
            copies.put(m.group(2), m.group(3));
        }
        assertEquals(Map.of(
                "target/quarkus-app/lib/", "/deployments/lib/",
                "target/quarkus-app/*.jar", "/deployments/",
                "target/quarkus-app/app/", "/deployments/app/",
                "target/quarkus-app/quarkus/", "/deployments/quarkus/"), copies, s.module + ": the fast-jar layout");
        assertEquals(List.of("185"), all(USER, text, 1), s.module + ": USER");
        assertTrue(text.contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), s.module + ": JAVA_APP_JAR");
        String packaging = Repository.applicationProperties(s).getProperty("quarkus.package.jar.type", "fast-jar");
        assertEquals("fast-jar", packaging, s.module + " is not packaged as a fast-jar");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void exposesThePortTheServiceListensOn(Service s) {
        assertEquals(List.of(String.valueOf(Repository.httpPort(s))), all(EXPOSE, dockerfile(s), 1), s.module + ": EXPOSE");
        assertTrue(dockerfile(s).contains("-Dquarkus.http.host=0.0.0.0"), s.module + ": must listen on all interfaces in a container");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void documentedBuildCommandBuildsThisModule(Service s) {
        Matcher m = BUILD.matcher(dockerfile(s));
        assertTrue(m.find(), s.module + ": the build command is documented in the Dockerfile");
        assertEquals(s.module + "/src/main/docker/Dockerfile.jvm", m.group(1));
        assertEquals(s.module, m.group(2));
        assertEquals(Repository.VERSION, m.group(3), "the tag the k8s overlays deploy");
        assertEquals(s.module, m.group(4), "the build context is the module directory");
    }

    /** Where the module has been packaged (always in the reactor build), the COPY sources exist. */
    @ParameterizedTest
    @EnumSource(Service.class)
    void copySourcesExistInThePackagedModule(Service s) {
        Path app = Repository.module(s).resolve("target/quarkus-app");
        assumeTrue(Files.isDirectory(app), s.module + " is not packaged here (run ./mvnw package); its layout is not checked");
        for (String dir : List.of("lib", "app", "quarkus")) {
            assertTrue(Files.isDirectory(app.resolve(dir)), app.resolve(dir) + " is missing");
        }
        assertTrue(Files.isRegularFile(app.resolve("quarkus-run.jar")), "quarkus-run.jar is missing");
        assertFalse(app.resolve("lib/main").toFile().list().length == 0, "no libraries in lib/main");
    }

    private static String dockerfile(Service s) {
        Path file = Repository.module(s).resolve("src/main/docker/Dockerfile.jvm");
        assertTrue(Files.isRegularFile(file), file + " is missing");
        return Repository.read(file);
    }

    private static List<String> all(Pattern p, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(group).strip());
        }
        return found;
    }
}
