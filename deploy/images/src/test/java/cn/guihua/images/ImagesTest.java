package cn.guihua.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tarballs ImageBuilder wrote in this build (process-classes, before the tests): a base by the pinned digest,
 * one image per packaged service on it, as the Kubernetes manifests expect them (user 185, the service's port and
 * the management port, the fast-jar entrypoint), under a release tag. As root, the plan-service image's file
 * system is unpacked and its Java runs in a chroot and draws text: the base's libraries and fonts are enough.
 */
class ImagesTest {

    private static final Path ROOT = Path.of(System.getProperty("guihua.root", "../..")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("guihua.images.out", "target/images"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBaseIsThePinnedOneAndEveryServiceImageIsOnItUnderAReleaseTag() throws Exception {
        JsonNode lock = JSON.readTree(ROOT.resolve("deploy/images/base/packages.lock").toFile());
        List<String> lines = Files.readAllLines(OUT.resolve("images.txt"));
        assertTrue(lines.get(0).startsWith(lock.path("image").asText() + " " + lock.path("digest").asText()), lines.get(0));
        int services = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(" ");
            String ref = f[0];
            String service = ref.substring("guihua/".length(), ref.indexOf(':'));
            String tag = ref.substring(ref.indexOf(':') + 1);
            assertFalse(tag.contains("SNAPSHOT"), ref);
            assertEquals(lock.path("digest").asText(), f[f.length - 1], ref + ": its base");
            Map<String, byte[]> tar = entries(OUT.resolve(service + "-" + tag + ".tar"));
            JsonNode manifest = JSON.readTree(tar.get("manifest.json")).get(0);
            assertEquals(ref, manifest.path("RepoTags").get(0).asText());
            assertEquals(7, manifest.path("Layers").size(), ref + ": 3 base layers, then lib/boot, lib/main, quarkus, app");
            JsonNode config = JSON.readTree(tar.get(manifest.path("Config").asText())).path("config");
            assertEquals("185:185", config.path("User").asText(), ref);
            List<String> entrypoint = new ArrayList<>();
            config.path("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
            assertEquals("/opt/java/bin/java", entrypoint.get(0));
            assertTrue(entrypoint.contains("-XX:+ExitOnOutOfMemoryError"), ref);
            assertEquals(List.of("-jar", "/deployments/quarkus-run.jar"), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
            int port = Integer.parseInt(ImageBuilder.applicationProperties(ROOT.resolve(service)).getProperty("quarkus.http.port"));
            assertTrue(config.path("ExposedPorts").has(port + "/tcp"), ref + ": its HTTP port");
            assertTrue(config.path("ExposedPorts").has(ImageBuilder.MANAGEMENT_PORT + "/tcp"), ref + ": the management port");
            assertEquals(lock.path("digest").asText(), config.path("Labels").path("org.opencontainers.image.base.digest").asText());
            assertEquals(tag, config.path("Labels").path("org.opencontainers.image.version").asText());
            services++;
        }
        assertTrue(services >= 4, "an image per service: " + lines);
    }

    @Test
    void javaRunsOnTheBaseAlone() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/sbin/chroot")),
                "needs root and chroot to run the image's Java without a container engine");
        String ref = Files.readAllLines(OUT.resolve("images.txt")).stream().filter(l -> l.startsWith("guihua/plan-service:"))
                .findFirst().orElseThrow().split(" ")[0];
        Path tarFile = OUT.resolve("plan-service-" + ref.substring(ref.indexOf(':') + 1) + ".tar");
        Path fs = Files.createTempDirectory("guihua-image-fs");
        // the image's root is world-readable, as a container's is (createTempDirectory made it 700)
        Files.setPosixFilePermissions(fs, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path proc = fs.resolve("proc");
        try {
            Map<String, byte[]> tar = entries(tarFile);
            JsonNode manifest = JSON.readTree(tar.get("manifest.json")).get(0);
            for (JsonNode layer : manifest.path("Layers")) {
                Path blob = Files.createTempFile("layer", ".tar.gz");
                Files.write(blob, tar.get(layer.asText()));
                run(List.of("tar", "-xzf", blob.toString(), "-C", fs.toString()));
                Files.delete(blob);
            }
            Files.createDirectories(proc);
            // the dynamic loader resolves the runtime's $ORIGIN through /proc, as in any container
            assumeTrue(run(List.of("mount", "-t", "proc", "proc", proc.toString())).exit == 0, "cannot mount /proc here");
            Result java = run(List.of("/usr/sbin/chroot", "--userspec=185:185", fs.toString(), "/opt/java/bin/java", "-version"));
            assertEquals(0, java.exit, java.output);
            assertTrue(java.output.contains("OpenJDK"), java.output);
            // and draws text, as indicator-service's charts and reports need
            Path probe = fs.resolve("tmp/probe/cn/guihua/images/TextProbe.class");
            Files.createDirectories(probe.getParent());
            try (InputStream in = TextProbe.class.getResourceAsStream("TextProbe.class")) {
                Files.write(probe, in.readAllBytes());
            }
            Result text = run(List.of("/usr/sbin/chroot", "--userspec=185:185", fs.toString(), "/opt/java/bin/java",
                    "-Djava.awt.headless=true", "-cp", "/tmp/probe", "cn.guihua.images.TextProbe"));
            assertEquals(0, text.exit, text.output);
            assertTrue(text.output.matches("(?s).*inked [1-9][0-9]*.*"), text.output);
        } finally {
            run(List.of("umount", proc.toString()));
            try (Stream<Path> walk = Files.walk(fs)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    record Result(int exit, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Result(-1, out);
        }
        return new Result(p.exitValue(), out);
    }

    /** The entries of an uncompressed tar (the image tarball), by name. */
    private static Map<String, byte[]> entries(Path tar) throws IOException {
        Map<String, byte[]> found = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "").strip();
                long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").strip(), 8);
                byte[] data = in.readNBytes((int) size);
                found.put(name, data);
                in.skipNBytes((512 - size % 512) % 512);
            }
        }
        return found;
    }
}
