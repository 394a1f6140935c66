package cn.guihua.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import com.google.cloud.tools.jib.api.buildplan.Port;

/**
 * Builds Guihua's images with Jib (jib-core), with no container engine and no registry: image tarballs.
 *
 * <ol>
 * <li>The base, {@code guihua/java17-runtime}: the C and C++ runtime, zlib and the font libraries from Debian 12's packages, and a Java
 * 17 runtime jlinked from the OpenJDK 17 jmods of Debian's openjdk-17-jdk-headless, every package pinned by version
 * and SHA-256 in {@code deploy/images/base/packages.lock}, fetched with {@code apt-get download}. It is built
 * reproducibly, so its digest is the one the lock pins; a different one stops the build (or, with
 * {@code -Dguihua.base.update=true}, Debian's current packages are taken and the lock rewritten).</li>
 * <li>One image per service on that base (by digest, label {@code org.opencontainers.image.base.digest}): the
 * Quarkus fast-jar under /deployments in four layers, user 185, its HTTP port and the management port 9000.</li>
 * </ol>
 */
public final class ImageBuilder {

    static final String BASE_NAME = "guihua/java17-runtime";
    static final List<String> SERVICES = List.of("plan-service", "indicator-service", "emergency-service", "subsidy-service", "credit-service");
    static final int MANAGEMENT_PORT = 9000;
    /** Every file's time in the layers and the images' creation time: fixed, so equal inputs give equal digests. */
    static final Instant EPOCH = Instant.ofEpochSecond(1);
    private static final String JAVA_HOME = "/opt/java";
    /**
     * The JVM options of every service, as the local stack's (LocalStack.DEFAULT_JVM_OPTIONS; docs/performance.md,
     * "JVM settings", gives the measured reasons) but with the heap a share of the container's memory limit (the rest
     * is class metadata, code and threads: about 130 MB measured), without AppCDS: an archive is only valid for the
     * JVM build and the jar timestamps it was made with, and Jib resets the timestamps; and with the C2 compiler: a
     * pod runs for days, where the local stack's C1-only start-up saving would cost throughput.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:InitialRAMPercentage=6", "-XX:MaxRAMPercentage=60",
            "-XX:NewRatio=8", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40",
            "-XX:ReservedCodeCacheSize=64m", "-XX:TrimNativeHeapInterval=5000", "-XX:+ExitOnOutOfMemoryError");
    /**
     * The C and C++ runtime and zlib; and what Java2D needs to draw text (indicator-service's charts and PDF reports):
     * FreeType and HarfBuzz, which libfontmanager links, LittleCMS for liblcms, fontconfig with its configuration
     * and the DejaVu fonts for the logical fonts (the Chinese glyphs come from the service's jar).
     */
    private static final Set<String> LIBRARY_PACKAGES = Set.of("libc6", "libgcc-s1", "libstdc++6", "zlib1g",
            "libfreetype6", "libpng16-16", "libbrotli1", "libharfbuzz0b", "libglib2.0-0", "libpcre2-8-0", "libgraphite2-3",
            "liblcms2-2", "libfontconfig1", "libexpat1", "fontconfig-config", "fonts-dejavu-core");
    /** Besides shared libraries, the files of the packages the image keeps: fontconfig's configuration and the fonts. */
    private static final List<String> DATA_DIRECTORIES = List.of("etc/fonts/", "usr/share/fontconfig/", "usr/share/fonts/");
    private static final String JDK_PACKAGE = "openjdk-17-jdk-headless";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final Path out;
    private final Path work;
    private final Path cache;
    private final Path lockFile;
    private final boolean update;
    private final String tag;

    private ImageBuilder(Path root, Path out, Path work, boolean update, String tag) {
        this.root = root;
        this.out = out;
        this.work = work;
        this.update = update;
        this.tag = tag;
        this.lockFile = root.resolve("deploy/images/base/packages.lock");
        this.cache = Path.of(System.getProperty("user.home"), ".cache", "guihua-images", "debs");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("guihua.root", ".")).toAbsolutePath().normalize();
        String version = System.getProperty("guihua.image.version", "").strip();
        String tag = version.isEmpty() ? defaultTag(root, System.getProperty("guihua.project.version", "")) : version;
        if (tag.contains("SNAPSHOT") || !tag.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")) {
            throw new IllegalArgumentException("not a release tag: '" + tag + "' (-Dguihua.image.version=1.0.0)");
        }
        new ImageBuilder(root, Path.of(System.getProperty("guihua.images.out")), Path.of(System.getProperty("guihua.images.work")),
                Boolean.getBoolean("guihua.base.update"), tag).build();
    }

    /** The project version without -SNAPSHOT and the commit: 1.0.0-3f2a9c1. */
    static String defaultTag(Path root, String projectVersion) throws IOException, InterruptedException {
        String commit = run(root, List.of("git", "rev-parse", "--short=7", "HEAD")).strip();
        return projectVersion.replace("-SNAPSHOT", "") + "-" + commit;
    }

    private void build() throws Exception {
        Files.createDirectories(out);
        Files.createDirectories(work);
        Files.createDirectories(cache);
        ObjectNode lock = (ObjectNode) JSON.readTree(lockFile.toFile());

        Map<String, Path> debs = fetchPackages(lock);
        Path rootfs = clean(work.resolve("rootfs"));
        // one tree, as dpkg would unpack them, so that a link of one package into another resolves
        for (String pkg : new java.util.TreeSet<>(LIBRARY_PACKAGES)) {
            run(work, List.of("dpkg-deb", "-x", debs.get(pkg).toString(), rootfs.toString()));
        }
        Path jdk = work.resolve("jdk");
        clean(jdk);
        run(work, List.of("dpkg-deb", "-x", debs.get(JDK_PACKAGE).toString(), jdk.toString()));
        Path jre = work.resolve("jre");
        clean(jre);
        Files.delete(jre);
        Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
        run(work, List.of(jlink.toString(), "--module-path", jdk.resolve("usr/lib/jvm/java-17-openjdk-amd64/jmods").toString(),
                "--add-modules", lock.path("jlinkModules").asText(), "--strip-debug", "--no-man-pages", "--no-header-files",
                "--compress=2", "--output", jre.toString()));
        String javaVersion = release(jre).getProperty("JAVA_VERSION").replace("\"", "");

        Path baseTar = out.resolve("guihua-java17-runtime.tar");
        String baseRef = BASE_NAME + ":" + javaVersion;
        JibContainerBuilder base = Jib.fromScratch()
                .setFormat(ImageFormat.Docker)
                .setPlatforms(Set.of(new Platform("amd64", "linux")))
                .setCreationTime(EPOCH)
                .addFileEntriesLayer(librariesLayer(rootfs))
                .addFileEntriesLayer(tree("java-runtime", jre, JAVA_HOME))
                .addFileEntriesLayer(etcLayer(lock))
                .setEnvironment(new TreeMap<>(Map.of(
                        "PATH", JAVA_HOME + "/bin:/usr/bin:/bin",
                        "JAVA_HOME", JAVA_HOME,
                        "LANG", "C.UTF-8")))
                .setUser("185:185")
                .setLabels(new TreeMap<>(Map.of(
                        "org.opencontainers.image.title", BASE_NAME,
                        "org.opencontainers.image.description", "Java " + javaVersion + " (jlinked from Debian's OpenJDK) on Debian 12's libc, libstdc++, libgcc, zlib and the font libraries",
                        "org.opencontainers.image.version", javaVersion,
                        "cn.guihua.packages", packageList(lock))));
        JibContainer baseImage = base.containerize(containerizer(TarImage.at(baseTar).named(baseRef)));
        String baseDigest = baseImage.getDigest().toString();
        String pinned = lock.path("digest").asText();
        if (update) {
            lock.put("image", baseRef);
            lock.put("digest", baseDigest);
            Files.writeString(lockFile, JSON.writeValueAsString(lock) + "\n");
            System.out.println("[images] base " + baseRef + "@" + baseDigest + " written to " + lockFile);
        } else if (!baseDigest.equals(pinned)) {
            throw new IllegalStateException("the base built is " + baseRef + "@" + baseDigest + ", the lock pins " + lock.path("image").asText()
                    + "@" + pinned + ". Same packages must give the same base; to take a new one on purpose: -Dguihua.base.update=true");
        }
        System.out.println("[images] base " + baseRef + "@" + baseDigest);

        List<String> built = new ArrayList<>();
        built.add(baseRef + " " + baseDigest + " image-id " + baseImage.getImageId());
        String revision = gitRevision();
        for (String service : SERVICES) {
            Path app = root.resolve(service).resolve("target/quarkus-app");
            if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
                throw new IllegalStateException(service + " is not packaged: " + app + " (./mvnw -Pimages package builds it first)");
            }
            int port = Integer.parseInt(applicationProperties(root.resolve(service)).getProperty("quarkus.http.port"));
            String ref = "guihua/" + service + ":" + tag;
            Path tar = out.resolve(service + "-" + tag + ".tar");
            Map<String, String> labels = new TreeMap<>();
            labels.put("org.opencontainers.image.title", service);
            labels.put("org.opencontainers.image.version", tag);
            labels.put("org.opencontainers.image.revision", revision);
            labels.put("org.opencontainers.image.base.name", baseRef);
            labels.put("org.opencontainers.image.base.digest", baseDigest);
            JibContainer image = Jib.from(TarImage.at(baseTar).named(baseRef))
                    .setFormat(ImageFormat.Docker)
                    .setPlatforms(Set.of(new Platform("amd64", "linux")))
                    .setCreationTime(EPOCH)
                    .addFileEntriesLayer(tree("boot-libraries", app.resolve("lib/boot"), "/deployments/lib/boot"))
                    .addFileEntriesLayer(tree("libraries", app.resolve("lib/main"), "/deployments/lib/main"))
                    .addFileEntriesLayer(quarkusLayer(app))
                    .addFileEntriesLayer(tree("application", app.resolve("app"), "/deployments/app"))
                    .setWorkingDirectory(AbsoluteUnixPath.get("/deployments"))
                    .setUser("185:185")
                    .setExposedPorts(Set.of(Port.tcp(port), Port.tcp(MANAGEMENT_PORT)))
                    .setEntrypoint(entrypoint())
                    // glibc's per-thread malloc arenas are RSS the JVM does not count; two are enough (as the local stack)
                    .addEnvironmentVariable("MALLOC_ARENA_MAX", "2")
                    .setLabels(labels)
                    .containerize(containerizer(TarImage.at(tar).named(ref)));
            System.out.println("[images] " + ref + "@" + image.getDigest() + " -> " + tar);
            built.add(ref + " " + image.getDigest() + " image-id " + image.getImageId() + " base " + baseDigest);
        }
        Files.write(out.resolve("images.txt"), built);
    }

    /** java, the JVM options, then the application. */
    static List<String> entrypoint() {
        List<String> e = new ArrayList<>();
        e.add(JAVA_HOME + "/bin/java");
        e.addAll(JVM_OPTIONS);
        e.addAll(List.of("-Dfile.encoding=UTF-8", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dquarkus.http.host=0.0.0.0", "-jar", "/deployments/quarkus-run.jar"));
        return e;
    }

    private Containerizer containerizer(TarImage target) {
        return Containerizer.to(target)
                .setOfflineMode(true)
                .setToolName("guihua-images")
                .setBaseImageLayersCache(work.resolve("jib-cache/base"))
                .setApplicationLayersCache(work.resolve("jib-cache/application"));
    }

    /** The packages of the lock, from the cache or apt-get download, each checked against its SHA-256. */
    private Map<String, Path> fetchPackages(ObjectNode lock) throws Exception {
        Map<String, Path> debs = new LinkedHashMap<>();
        for (JsonNode entry : lock.path("packages")) {
            ObjectNode p = (ObjectNode) entry;
            String name = p.path("name").asText();
            if (update) {
                Path dir = clean(work.resolve("download-" + name));
                run(dir, List.of("apt-get", "download", name));
                Path deb = single(dir);
                p.put("version", run(dir, List.of("dpkg-deb", "-f", deb.toString(), "Version")).strip());
                p.put("sha256", sha256(deb));
            }
            String version = p.path("version").asText();
            Path cached = cache.resolve(name + "_" + version.replace(':', '%') + "_amd64.deb");
            if (!Files.isRegularFile(cached) || !sha256(cached).equals(p.path("sha256").asText())) {
                Path dir = clean(work.resolve("download-" + name));
                try {
                    run(dir, List.of("apt-get", "download", name + "=" + version));
                } catch (IOException e) {
                    throw new IllegalStateException(name + " " + version + " (packages.lock) is no longer served by the Debian mirror,"
                            + " probably replaced by a security update. Take the current packages: -Dguihua.base.update=true", e);
                }
                Files.move(single(dir), cached, StandardCopyOption.REPLACE_EXISTING);
            }
            String hash = sha256(cached);
            if (!hash.equals(p.path("sha256").asText())) {
                throw new IllegalStateException(cached + ": SHA-256 " + hash + ", packages.lock says " + p.path("sha256").asText());
            }
            debs.put(name, cached);
        }
        for (String needed : List.of("libc6", "libgcc-s1", "libstdc++6", "zlib1g", JDK_PACKAGE)) {
            if (!debs.containsKey(needed)) {
                throw new IllegalStateException("packages.lock lacks " + needed);
            }
        }
        return debs;
    }

    /**
     * The shared libraries of the library packages (lib, lib64, usr/lib, but not glibc's iconv modules), their
     * copyright files, and a dpkg status entry each, so that image scanners know the packages. Jib follows
     * symbolic links, so a link (libz.so.1, /lib64/ld-linux-x86-64.so.2) becomes a copy of its target, resolved
     * inside the package rather than on the build machine.
     */
    private FileEntriesLayer librariesLayer(Path rootfs) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("libraries");
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(rootfs)) {
            for (Path f : walk.sorted().toList()) {
                String rel = rootfs.relativize(f).toString().replace('\\', '/');
                boolean copyright = rel.startsWith("usr/share/doc/") && rel.endsWith("/copyright");
                boolean kept = rel.startsWith("lib/") || rel.startsWith("lib64/") || rel.startsWith("usr/lib/")
                        || rel.startsWith("etc/ld.so.conf.d/") || copyright || DATA_DIRECTORIES.stream().anyMatch(rel::startsWith);
                if (!kept || rel.contains("/gconv/") || rel.contains("/audit/") || Files.isDirectory(f)) {
                    continue;
                }
                try {
                    files.put("/" + rel, resolveInside(rootfs, f));
                } catch (IOException e) {
                    if (!copyright) {
                        throw e;
                    }
                    // libgcc-s1 and libstdc++6 link their documentation to gcc-12-base's, not in the image
                }
            }
        }
        for (var e : files.entrySet()) {
            layer.addEntry(e.getValue(), AbsoluteUnixPath.get(e.getKey()), permissions(e.getValue()), EPOCH);
        }
        return layer.build();
    }

    /** /etc/passwd and /etc/group with user 185, name resolution by files then DNS, and /tmp (777: Jib writes no sticky bit; the pods mount an emptyDir there). */
    private FileEntriesLayer etcLayer(ObjectNode lock) throws IOException {
        Path etc = clean(work.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/sbin/nologin\nguihua:x:185:185:guihua:/tmp:/sbin/nologin\n");
        Files.writeString(etc.resolve("group"), "root:x:0:\nguihua:x:185:\n");
        Files.writeString(etc.resolve("nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n");
        StringBuilder status = new StringBuilder();
        for (JsonNode p : lock.path("packages")) {
            status.append("Package: ").append(p.path("name").asText()).append("\nStatus: install ok installed\nVersion: ")
                    .append(p.path("version").asText()).append("\nArchitecture: amd64\n\n");
        }
        Files.writeString(etc.resolve("dpkg-status"), status.toString());
        Path tmp = Files.createDirectories(etc.resolve("tmp"));
        return FileEntriesLayer.builder().setName("etc")
                .addEntry(etc.resolve("passwd"), AbsoluteUnixPath.get("/etc/passwd"), FilePermissions.fromOctalString("644"), EPOCH)
                .addEntry(etc.resolve("group"), AbsoluteUnixPath.get("/etc/group"), FilePermissions.fromOctalString("644"), EPOCH)
                .addEntry(etc.resolve("nsswitch.conf"), AbsoluteUnixPath.get("/etc/nsswitch.conf"), FilePermissions.fromOctalString("644"), EPOCH)
                .addEntry(etc.resolve("dpkg-status"), AbsoluteUnixPath.get("/var/lib/dpkg/status"), FilePermissions.fromOctalString("644"), EPOCH)
                .addEntry(tmp, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777"), EPOCH)
                .build();
    }

    private FileEntriesLayer quarkusLayer(Path app) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("quarkus");
        addTree(layer, app.resolve("quarkus"), "/deployments/quarkus");
        layer.addEntry(app.resolve("quarkus-run.jar"), AbsoluteUnixPath.get("/deployments/quarkus-run.jar"), FilePermissions.fromOctalString("644"), EPOCH);
        return layer.build();
    }

    private FileEntriesLayer tree(String name, Path dir, String target) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        addTree(layer, dir, target);
        return layer.build();
    }

    /** Every file below dir, in name order, with its own permissions (executables stay executable) and the fixed time. */
    private static void addTree(FileEntriesLayer.Builder layer, Path dir, String target) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.sorted().toList()) {
                if (Files.isDirectory(f)) {
                    continue;
                }
                Path real = resolveInside(dir, f);
                String rel = dir.relativize(f).toString().replace('\\', '/');
                layer.addEntry(real, AbsoluteUnixPath.get(target + "/" + rel), permissions(real), EPOCH);
            }
        }
    }

    /** A symbolic link's target, an absolute one taken as relative to {@code top} (the package's root). */
    private static Path resolveInside(Path top, Path f) throws IOException {
        Path current = f;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops > 20) {
                throw new IOException("symbolic link loop at " + f);
            }
            Path link = Files.readSymbolicLink(current);
            current = link.isAbsolute() ? top.resolve(link.toString().substring(1)) : current.getParent().resolve(link);
        }
        if (!Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(f + " points at " + current + ", which the package does not have");
        }
        return current.normalize();
    }

    private static FilePermissions permissions(Path f) throws IOException {
        Set<PosixFilePermission> own = Files.getPosixFilePermissions(f);
        return FilePermissions.fromOctalString(own.contains(PosixFilePermission.OWNER_EXECUTE) ? "755" : "644");
    }

    private static String packageList(JsonNode lock) {
        StringBuilder s = new StringBuilder();
        for (JsonNode p : lock.path("packages")) {
            s.append(s.length() == 0 ? "" : " ").append(p.path("name").asText()).append('=').append(p.path("version").asText());
        }
        return s.toString();
    }

    private String gitRevision() {
        try {
            return run(root, List.of("git", "rev-parse", "HEAD")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static Properties applicationProperties(Path module) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Properties release(Path jre) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(jre.resolve("release"))) {
            p.load(r);
        }
        return p;
    }

    static String sha256(Path f) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(f)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static Path single(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            if (all.size() != 1) {
                throw new IOException("expected one file in " + dir + ", found " + all);
            }
            return all.get(0);
        }
    }

    private static Path clean(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return Files.createDirectories(dir);
    }

    private static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("guihua-images", ".err");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        String stderr = Files.readString(err);
        Files.delete(err);
        if (!done || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + stderr);
        }
        return new String(stdout, StandardCharsets.UTF_8);
    }
}
