package cn.guihua.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.guihua.embedded.EmbeddedKafka;
import cn.guihua.embedded.EmbeddedPostgres;
import cn.guihua.testsupport.DevTokens;

/**
 * The whole system on one machine: an embedded PostgreSQL (one database per service), a KRaft Kafka
 * broker and the five services as separate processes. Data lives in a data directory and survives
 * restarts. Also usable from a test or the benchmark: {@link #start(boolean)} and {@link #close()}; with
 * {@link Options} on other ports (given or free ones, so that it runs beside the local stack), with other JVM options,
 * or infrastructure first and services one by one ({@link #startInfrastructure}, {@link #startServices},
 * {@link #startInstance} for a second replica).
 */
public final class LocalStack implements AutoCloseable {

    public static final int POSTGRES_PORT = 15432;
    public static final int KAFKA_PORT = 19092;
    /**
     * The JVM options every service runs with here unless {@link Options#jvmOptions} or {@code GUIHUA_JVM_OPTS} say
     * otherwise. {@code {module}} and {@code {app}} (the service's target/quarkus-app directory) are replaced. Sized for
     * a small container (docs/performance.md, "JVM settings", gives each option's measured effect; deploy/images sets
     * the same ones, with the heap as a share of the container's memory): the serial collector (G1 keeps tens of MB of
     * its own), a heap that starts small and gives memory back, C1 only (half the start-up CPU), the AppCDS archive of
     * the build (a missing one is left out, see {@link #jvmOptions}).
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = defaultJvmOptions();
    private static final String SHARED_ARCHIVE = "-XX:SharedArchiveFile=";
    /** Next to Quarkus' app-cds.jsa: the archive a training start of the build wrote ({@link #train}). */
    static final String TRAINED_ARCHIVE = "app-cds-trained.jsa";
    /**
     * glibc's malloc keeps an arena per thread that allocates natively (up to 8 per core), tens of MB of RSS that the
     * JVM does not count; two are enough for a service.
     */
    static final String MALLOC_ARENA_MAX = "2";

    /** Where and how a stack runs. A port of 0 means any free port, chosen when the stack starts. */
    public static final class Options {
        private int postgresPort = POSTGRES_PORT;
        private int kafkaPort = KAFKA_PORT;
        private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
        private final Map<Service, Integer> managementPorts = new EnumMap<>(Service.class);
        private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
        private final Map<String, String> environment = new LinkedHashMap<>();

        private Options() {
            for (Service s : Service.values()) {
                ports.put(s, s.port);
                managementPorts.put(s, s.managementPort);
            }
        }

        /** The fixed ports of the local stack: 15432, 19092, 8081-8085 and their management ports 9081-9085. */
        public static Options defaults() {
            return new Options();
        }

        /** Every port free ones, chosen at start: a stack that runs beside another. */
        public static Options freePorts() {
            Options o = new Options();
            o.postgresPort = 0;
            o.kafkaPort = 0;
            o.ports.replaceAll((s, p) -> 0);
            o.managementPorts.replaceAll((s, p) -> 0);
            return o;
        }

        /** The fixed ports plus {@code offset}: 15432+offset, 19092+offset, 8081+offset, 9081+offset ... */
        public Options portOffset(int offset) {
            postgresPort = POSTGRES_PORT + offset;
            kafkaPort = KAFKA_PORT + offset;
            ports.replaceAll((s, p) -> s.port + offset);
            managementPorts.replaceAll((s, p) -> s.managementPort + offset);
            return this;
        }

        public Options postgresPort(int port) {
            postgresPort = port;
            return this;
        }

        public Options kafkaPort(int port) {
            kafkaPort = port;
            return this;
        }

        public Options port(Service s, int port) {
            ports.put(s, port);
            return this;
        }

        /** The management port (health, metrics) of {@code s}'s main instance; 0: a free one. */
        public Options managementPort(Service s, int port) {
            managementPorts.put(s, port);
            return this;
        }

        public Options jvmOptions(List<String> options) {
            jvmOptions = List.copyOf(options);
            return this;
        }

        /** An environment variable for every service, over the stack's own (a setting to try, a smaller pool ...). */
        public Options environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public List<String> jvmOptions() {
            return jvmOptions;
        }
    }

    /** One running JVM of a service: the main one or a replica. */
    public static final class Instance {
        public final Service service;
        public final String name;
        public final int port;
        /** Its management port: health, metrics, OpenAPI (QUARKUS_MANAGEMENT_PORT). */
        public final int managementPort;
        public final Process process;
        public final Path log;
        /** {@link System#nanoTime()} just before the JVM was started. */
        public final long startedAt;
        /** Where this JVM dumps its AppCDS archive when it exits, when it is a training start; else null. */
        final Path training;

        Instance(Service service, String name, int port, int managementPort, Process process, Path log, long startedAt,
                Path training) {
            this.service = service;
            this.name = name;
            this.port = port;
            this.managementPort = managementPort;
            this.process = process;
            this.log = log;
            this.startedAt = startedAt;
            this.training = training;
        }

        /** The public port: the API. */
        public String url() {
            return "http://localhost:" + port;
        }

        /** The management interface: {@code /q/health/*}, {@code /q/metrics}, {@code /q/openapi}, {@code /q/swagger-ui}. */
        public String managementUrl() {
            return "http://localhost:" + managementPort;
        }

        public long pid() {
            return process.pid();
        }
    }

    private final Path root;
    private final Path dataDir;
    private final PrintStream out;
    private final Options options;
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, Integer> managementPorts = new EnumMap<>(Service.class);
    private FileChannel lockChannel;
    private FileLock lock;
    private EmbeddedPostgres postgres;
    private EmbeddedKafka kafka;
    private DevIdentityProvider identityProvider;
    private Path publicKey;
    private final Map<Service, Instance> instances = new EnumMap<>(Service.class);
    private final List<Instance> replicas = new ArrayList<>();

    public LocalStack(Path root, Path dataDir, PrintStream out) {
        this(root, dataDir, out, Options.defaults());
    }

    public LocalStack(Path root, Path dataDir, PrintStream out, Options options) {
        this.root = root.toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.out = out;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("guihua.root", "."));
        Path dataDir = root.resolve(".local-data");
        boolean fresh = false;
        Options options = Options.defaults();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> fresh = true;
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--free-ports" -> options = Options.freePorts();
                case "--port-offset" -> options.portOffset(Integer.parseInt(args[++i]));
                default -> rest.add(args[i]);
            }
        }
        if (!rest.isEmpty() && rest.get(0).equals("token")) {
            String role = rest.size() > 1 ? rest.get(1) : "admin";
            String jurisdiction = rest.size() > 2 ? rest.get(2) : "370000";
            System.out.println(DevTokens.token("dev-" + role + "@" + jurisdiction, role, jurisdiction));
            return;
        }
        if (!rest.isEmpty()) {
            System.err.println("usage: run-local.sh [--fresh] [--data-dir DIR] [--free-ports | --port-offset N] "
                    + "| run-local.sh token [ROLE] [JURISDICTION]");
            System.exit(2);
        }
        List<String> jvm = jvmOptionsFromEnvironment();
        if (jvm != null) {
            options.jvmOptions(jvm);
        }
        LocalStack stack = new LocalStack(root, dataDir, System.out, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Guihua ...");
            stack.close();
            System.out.println("Stopped.");
        }));
        try {
            stack.start(fresh);
        } catch (StartupException e) {
            System.err.println("Guihua did not start: " + e.getMessage());
            System.exit(1);
        }
        stack.printWelcome();
        Thread.currentThread().join();
    }

    private static List<String> defaultJvmOptions() {
        List<String> o = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx384m", "-XX:NewRatio=8",
                "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m",
                "-XX:SharedArchiveFile={app}/app-cds.jsa", "-XX:+ExitOnOutOfMemoryError"));
        if (trimsNativeHeap(Runtime.version())) {
            // gives glibc's freed native memory back every 5 s (a few MB of RSS after start-up)
            o.add(o.size() - 1, "-XX:TrimNativeHeapInterval=5000");
        }
        return List.copyOf(o);
    }

    /** Whether the JVM has -XX:TrimNativeHeapInterval as a product option: 17.0.11 and 21.0.3 on (the services run on this JVM). */
    static boolean trimsNativeHeap(Runtime.Version v) {
        return v.feature() == 17 && v.update() >= 11 || v.feature() == 21 && v.update() >= 3 || v.feature() >= 22;
    }

    /** {@code GUIHUA_JVM_OPTS} split on blanks, or null when it is not set. */
    public static List<String> jvmOptionsFromEnvironment() {
        String v = System.getenv("GUIHUA_JVM_OPTS");
        if (v == null || v.isBlank()) {
            return null;
        }
        return Arrays.stream(v.trim().split("\\s+")).toList();
    }

    /** A start that cannot go on, with a message a person can act on. */
    public static final class StartupException extends RuntimeException {
        StartupException(String message) {
            super(message);
        }
    }

    /** Starts everything; {@code fresh} first empties the data directory (after taking its lock). */
    public void start(boolean fresh) throws Exception {
        startInfrastructure(fresh);
        startServices(List.of(Service.values()));
    }

    /**
     * Takes the data directory's lock, chooses the free ports, starts PostgreSQL with a database per service and Kafka;
     * no service yet.
     */
    public void startInfrastructure(boolean fresh) throws Exception {
        Files.createDirectories(dataDir);
        acquireLock();
        if (fresh) {
            wipe();
        }
        checkPortsFree();
        for (Service s : Service.values()) {
            Path jar = jar(s);
            if (!Files.exists(jar)) {
                throw new StartupException(jar + " is missing; build first with ./mvnw -DskipTests install");
            }
        }
        for (Service s : Service.values()) {
            int p = options.ports.get(s);
            ports.put(s, p > 0 ? p : freePort());
            int m = options.managementPorts.get(s);
            managementPorts.put(s, m > 0 ? m : freePort());
        }
        out.println("Starting PostgreSQL on port " + (options.postgresPort > 0 ? options.postgresPort : "(free)") + " ...");
        postgres = EmbeddedPostgres.start(options.postgresPort, dataDir.resolve("postgres"));
        postgres.createDatabases(Service.databases());
        out.println("Starting Kafka on port " + (options.kafkaPort > 0 ? options.kafkaPort : "(free)") + " ...");
        kafka = EmbeddedKafka.start(options.kafkaPort, dataDir.resolve("kafka"));
        publicKey = dataDir.resolve("dev-public-key.pem");
        Files.writeString(publicKey, DevTokens.publicKeyPem(), StandardCharsets.US_ASCII);
        identityProvider = DevIdentityProvider.start();
        Files.createDirectories(dataDir.resolve("logs"));
    }

    /**
     * Starts the given services (their main instances) and waits until each is ready. When one does not get ready,
     * the others are stopped before the exception goes on: a caller that tries again (the benchmark's next part) starts
     * them anew instead of leaving the first JVMs running unowned.
     */
    public void startServices(Collection<Service> services) throws IOException, InterruptedException {
        try {
            for (Service s : services) {
                startService(s, publicKey);
            }
            for (Service s : services) {
                awaitReady(s, Duration.ofMinutes(3));
            }
        } catch (RuntimeException | IOException e) {
            for (Service s : services) {
                stop(s);
            }
            throw e;
        }
    }

    public void startService(Service s, Path publicKey) throws IOException {
        out.println("Starting " + s.module + " on port " + port(s) + " (management " + managementPort(s) + ") ...");
        instances.put(s, launch(s, s.module, port(s), managementPort(s), Map.of()));
    }

    /**
     * Starts another JVM of {@code s} named {@code name} (its log is logs/NAME.log) on {@code port} (0: a free one),
     * its management interface on a free port ({@link Instance#managementUrl()}; QUARKUS_MANAGEMENT_PORT in
     * {@code environment} chooses one), against the same database and broker, with {@code environment} over the
     * usual variables; not waited for.
     */
    public Instance startInstance(Service s, String name, int port, Map<String, String> environment) throws IOException {
        int p = port > 0 ? port : freePort();
        String given = environment.get("QUARKUS_MANAGEMENT_PORT");
        int m = given != null ? Integer.parseInt(given) : freePort();
        out.println("Starting " + name + " (" + s.module + ") on port " + p + " (management " + m + ") ...");
        Instance i = launch(s, name, p, m, environment);
        replicas.add(i);
        return i;
    }

    private Instance launch(Service s, String name, int port, int managementPort, Map<String, String> extra) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        List<String> jvm = new ArrayList<>(jvmOptions(s));
        Path training = null;
        if (trainsNext(s)) {
            int quarkusArchive = jvm.indexOf(SHARED_ARCHIVE + quarkusArchive(s));
            training = trainedArchive(s).resolveSibling(TRAINED_ARCHIVE + "." + name + ".tmp");
            jvm.set(quarkusArchive, "-XX:ArchiveClassesAtExit=" + training);
        }
        command.addAll(jvm);
        // run from target/quarkus-app with the jar's relative name, as the AppCDS archive was made (its class path must match)
        command.add("-jar");
        command.add(jar(s).getFileName().toString());
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.putAll(environment(s, publicKey));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.putAll(extra);
        Path log = dataDir.resolve("logs").resolve(name + ".log");
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.directory(jar(s).getParent().toFile());
        long t0 = System.nanoTime();
        return new Instance(s, name, port, managementPort, pb.start(), log, t0, training);
    }

    /**
     * Makes the AppCDS archive of every given service whose build has none yet: one start of each, until ready, then
     * stopped (the JVM writes the archive as it exits). The starts that follow use it. A build's first start on this
     * data directory comes first where there was none: it does what later starts skip (migrations, the reference
     * data of a new build), and an archive of it held those classes too: 6-12 MB of RSS in every later start.
     */
    public void train(Collection<Service> services) throws IOException, InterruptedException {
        List<Service> untrained = services.stream().filter(this::untrained).toList();
        firstStarts(untrained);
        startAndStop(untrained, "-training");
    }

    /**
     * The first start of the current build on this data directory, until ready, then stopped, for every given service
     * that has had none: what a later start finds done (the migrations, the reference data of a new build) is done.
     */
    public void firstStarts(Collection<Service> services) throws IOException, InterruptedException {
        startAndStop(services.stream().filter(s -> !hasStartedHere(s)).toList(), "-first");
    }

    private void startAndStop(List<Service> services, String suffix) throws IOException, InterruptedException {
        List<Instance> started = new ArrayList<>();
        try {
            for (Service s : services) {
                started.add(startInstance(s, s.module + suffix, 0, Map.of()));
            }
            for (Instance i : started) {
                awaitReady(i, Duration.ofMinutes(3));
            }
        } finally {
            for (Instance i : started) {
                stop(i);
            }
        }
    }

    /** Quarkus' AppCDS archive: the classes of the JDK and of static init, as the build's own run loaded them. */
    private Path quarkusArchive(Service s) {
        return jar(s).resolveSibling("app-cds.jsa");
    }

    /** The AppCDS archive of a training start: also the classes of Hibernate, Flyway, Kafka ... that start-up loads. */
    private Path trainedArchive(Service s) {
        return jar(s).resolveSibling(TRAINED_ARCHIVE);
    }

    /** Whether the service has an archive from a training start of its current build (a rebuild writes a new jar). */
    private boolean trained(Service s) {
        try {
            Path a = trainedArchive(s);
            return Files.isRegularFile(a) && Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(jar(s))) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the next start of {@code s} is a training start: its build has Quarkus' archive but none of a training
     * start yet, and it has started here before (so the next start does only what every later one does).
     */
    public boolean trainsNext(Service s) {
        return untrained(s) && hasStartedHere(s);
    }

    /** Whether {@code s} starts with Quarkus' archive: there is one, and none of a training start of its build. */
    private boolean untrained(Service s) {
        return jvmOptions(s).contains(SHARED_ARCHIVE + quarkusArchive(s));
    }

    /** Where a start of the service's current build was ready on this data directory: the jar's time, as a marker. */
    private Path startedMarker(Service s) {
        return dataDir.resolve("appcds").resolve(s.module + ".started");
    }

    /** Whether a start of the service's current build was ready on this data directory (the marker names its jar). */
    public boolean hasStartedHere(Service s) {
        try {
            Path m = startedMarker(s);
            return Files.isRegularFile(m) && Files.readString(m).equals(jarTime(s));
        } catch (IOException e) {
            return false;
        }
    }

    private String jarTime(Service s) throws IOException {
        return String.valueOf(Files.getLastModifiedTime(jar(s)).toMillis());
    }

    /** Once a training start has exited: its archive, when it wrote one, becomes the service's. */
    private static void keepTraining(Instance i) {
        if (i.training == null || i.process.isAlive() || !Files.isRegularFile(i.training)) {
            return;
        }
        try {
            Files.move(i.training, i.training.resolveSibling(TRAINED_ARCHIVE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("The AppCDS archive of " + i.name + " is not kept: " + e.getMessage());
        }
    }

    /**
     * The JVM options of {@code s}, placeholders replaced. A {@code -XX:SharedArchiveFile} that does not exist is left
     * out: only a build with {@code -Dquarkus.package.jar.appcds.enabled=true} (deploy/run-local.sh, the benchmark) makes
     * one, and the JVM would warn at every start. A stale one (the jars changed since) the JVM itself ignores.
     * Quarkus' archive holds only what static init loads (its build cannot reach a database or a broker); where a
     * training start of the same build left {@value #TRAINED_ARCHIVE}, with the classes of the whole start-up, that
     * one is used instead, and where none did, the next start after the build's first one here is such a training
     * start ({@link #train}).
     */
    public List<String> jvmOptions(Service s) {
        String app = root.resolve(s.module).resolve("target/quarkus-app").toString();
        String quarkus = SHARED_ARCHIVE + quarkusArchive(s);
        boolean trained = trained(s);
        return options.jvmOptions.stream().map(o -> o.replace("{module}", s.module).replace("{app}", app))
                .filter(o -> !o.startsWith(SHARED_ARCHIVE) || Files.isRegularFile(Path.of(o.substring(SHARED_ARCHIVE.length()))))
                .map(o -> trained && o.equals(quarkus) ? SHARED_ARCHIVE + trainedArchive(s) : o)
                .toList();
    }

    /** The environment a service is configured by; the same variables as in deploy/k8s. */
    public Map<String, String> environment(Service s, Path publicKey) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port(s)));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort(s)));
        env.put("DB_URL", postgres.jdbcUrl(s.database));
        // no Pooler here (in Kubernetes DB_MIGRATION_URL is the primary, DB_URL its PgBouncer): Flyway uses DB_URL;
        // PostgreSQL itself takes 300 connections, so each service keeps the pool it had before the Poolers (20)
        env.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "20");
        env.put("DB_USER", EmbeddedPostgres.USER);
        env.put("DB_PASSWORD", EmbeddedPostgres.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toUri().toString());
        env.put("JWT_ISSUER", DevTokens.ISSUER);
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.put("MALLOC_ARENA_MAX", MALLOC_ARENA_MAX);
        // the token a service presents when it calls a neighbour (subsidy-service submitting coverage, ...): by the
        // client-credentials grant from the stack's identity provider (the platform's ServiceTokens), or, for code
        // that reads GUIHUA_SERVICE_TOKEN itself, a static one
        env.putAll(identityProvider.environment(s));
        env.put("GUIHUA_SERVICE_TOKEN", DevTokens.token(s.module, Set.of("service"), "370000", Duration.ofDays(30)));
        for (Service other : Service.values()) {
            env.put(other.urlVariable(), url(other));
        }
        env.putAll(options.environment);
        return env;
    }

    /** Stops one service, as a crash or a deployment would; {@link #restart} brings it back. */
    public void stop(Service s) throws InterruptedException {
        Instance i = instances.remove(s);
        if (i != null) {
            stop(i);
        }
    }

    /** Stops one JVM (SIGTERM, then SIGKILL after 30 s). */
    public void stop(Instance i) throws InterruptedException {
        replicas.remove(i);
        instances.remove(i.service, i);
        if (i.process.isAlive() && ready(i)) {
            noteStarted(i.service);
        }
        i.process.destroy();
        if (!i.process.waitFor(30, TimeUnit.SECONDS)) {
            i.process.destroyForcibly().waitFor();
        }
        keepTraining(i);
    }

    /** Notes that a start of the service's current build was ready here ({@link #trainsNext}); {@link #stop} does. */
    public void noteStarted(Service s) {
        try {
            Files.createDirectories(startedMarker(s).getParent());
            Files.writeString(startedMarker(s), jarTime(s));
        } catch (IOException e) {
            System.err.println("Could not note that " + s.module + " has started here: " + e.getMessage());
        }
    }

    public void restart(Service s) throws IOException {
        startService(s, publicKey);
        awaitReady(s, Duration.ofMinutes(3));
    }

    public void awaitReady(Service s, Duration timeout) {
        Instance i = instances.get(s);
        if (i == null) {
            throw new StartupException(s.module + " is not started");
        }
        awaitReady(i, timeout);
    }

    /**
     * Waits until the instance's /q/health/ready (on its management port) answers 200; a JVM that exits meanwhile is
     * a StartupException.
     */
    public void awaitReady(Instance i, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!i.process.isAlive()) {
                throw new StartupException(i.name + " exited with " + i.process.exitValue() + "; see " + i.log);
            }
            if (ready(i)) {
                return;
            }
            sleep(100);
        }
        throw new StartupException(i.name + " was not ready within " + timeout.toSeconds() + " s; see " + i.log);
    }

    /** Whether the instance's readiness (on its management port) answers 200 now. */
    public static boolean ready(Instance i) {
        return ready(i.managementUrl());
    }

    /** Whether {@code baseUrl}/q/health/ready answers 200 now; {@code baseUrl} is a management interface. */
    public static boolean ready(String baseUrl) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The port {@code s} listens on in this stack (its main instance). */
    public int port(Service s) {
        Integer p = ports.get(s);
        return p != null ? p : options.ports.get(s);
    }

    public String url(Service s) {
        return "http://localhost:" + port(s);
    }

    /** The management port of {@code s}'s main instance: health, metrics, OpenAPI, Swagger UI. */
    public int managementPort(Service s) {
        Integer p = managementPorts.get(s);
        return p != null ? p : options.managementPorts.get(s);
    }

    /** {@code http://localhost:<management port>}: {@code /q/health/ready}, {@code /q/metrics}, {@code /q/swagger-ui}. */
    public String managementUrl(Service s) {
        return "http://localhost:" + managementPort(s);
    }

    /** The main instance of {@code s}, or null when it is not running. */
    public Instance instance(Service s) {
        return instances.get(s);
    }

    /** The replicas started with {@link #startInstance}, still running. */
    public List<Instance> replicas() {
        return List.copyOf(replicas);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path log(Service s) {
        return dataDir.resolve("logs").resolve(s.module + ".log");
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl(Service s) {
        return postgres.jdbcUrl(s.database);
    }

    public int postgresPort() {
        return postgres.port();
    }

    void printWelcome() {
        out.println();
        out.println("Guihua is running. Data: " + dataDir + "  (start with --fresh to begin anew)");
        out.println();
        out.printf("%-18s %-30s %-36s %s%n", "service", "API", "Swagger UI", "health (metrics: /q/metrics)");
        for (Service s : Service.values()) {
            out.printf("%-18s %-30s %-36s %s%n", s.module, url(s) + "/api/v1", managementUrl(s) + "/q/swagger-ui",
                    managementUrl(s) + "/q/health");
        }
        out.println();
        out.println("PostgreSQL  " + postgres.jdbcUrl("<service>") + "  user " + EmbeddedPostgres.USER
                + " password " + EmbeddedPostgres.PASSWORD);
        out.println("Kafka       " + kafka.bootstrapServers());
        out.println("Tokens      " + identityProvider.url() + "/token  (client credentials for the services: client id the"
                + " service, secret <service>-local-secret)");
        out.println("Logs        " + dataDir.resolve("logs"));
        String collector = System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT");
        out.println("Traces      " + (collector != null && !collector.isBlank() ? "exported to " + collector
                : "not exported (set OTEL_EXPORTER_OTLP_ENDPOINT to an OTLP collector, e.g. http://localhost:4317, to see them)")
                + "; every log line names its [traceId,spanId], across services and Kafka");
        out.println();
        out.println("A development token (roles: admin planner reporter reviewer emergency-manager subsidy-officer credit-officer auditor service):");
        out.println("  TOKEN=$(deploy/run-local.sh token planner 370104)");
        out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + url(Service.PLAN) + "/api/v1/jurisdictions/370104");
        out.println();
        out.println("Press Ctrl-C to stop.");
    }

    private void acquireLock() throws IOException {
        Path lockFile = dataDir.resolve("stack.lock");
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        lock = lockChannel.tryLock();
        if (lock == null) {
            String owner = Files.readString(dataDir.resolve("stack.pid")).strip();
            lockChannel.close();
            throw new StartupException("Guihua is already running from " + dataDir + " (process " + owner
                    + "). Stop it with Ctrl-C in its terminal, or use another --data-dir.");
        }
        Files.writeString(dataDir.resolve("stack.pid"), String.valueOf(ProcessHandle.current().pid()));
    }

    private void checkPortsFree() {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        if (options.postgresPort > 0) {
            wanted.put(options.postgresPort, "PostgreSQL");
        }
        if (options.kafkaPort > 0) {
            wanted.put(options.kafkaPort, "Kafka");
        }
        for (Service s : Service.values()) {
            if (options.ports.get(s) > 0) {
                wanted.put(options.ports.get(s), s.module);
            }
            if (options.managementPorts.get(s) > 0) {
                wanted.put(options.managementPorts.get(s), s.module + " management");
            }
        }
        List<String> taken = new ArrayList<>();
        wanted.forEach((port, name) -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("localhost", port));
            } catch (IOException e) {
                taken.add("port " + port + " (" + name + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new StartupException("already in use: " + String.join(", ", taken)
                    + ". Stop whatever holds it, then start again (or start with --free-ports).");
        }
    }

    private void wipe() throws IOException {
        out.println("Emptying " + dataDir);
        Path lockFile = dataDir.resolve("stack.lock");
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dataDir) && !p.equals(lockFile)) {
                    Files.delete(p);
                }
            }
        }
    }

    private Path jar(Service s) {
        return root.resolve(s.module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A port nothing listens on now. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        List<Instance> all = new ArrayList<>(replicas);
        Service[] services = Service.values();
        for (int i = services.length - 1; i >= 0; i--) {
            Instance in = instances.get(services[i]);
            if (in != null) {
                all.add(in);
            }
        }
        for (Instance i : all) {
            i.process.destroy();
        }
        for (Instance i : all) {
            try {
                if (!i.process.waitFor(30, TimeUnit.SECONDS)) {
                    i.process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                i.process.destroyForcibly();
            }
            keepTraining(i);
        }
        instances.clear();
        replicas.clear();
        try {
            if (identityProvider != null) {
                identityProvider.close();
                identityProvider = null;
            }
            if (kafka != null) {
                kafka.close();
                kafka = null;
            }
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
            if (lock != null) {
                lock.release();
                lockChannel.close();
                lock = null;
            }
        } catch (IOException e) {
            out.println("While stopping: " + e.getMessage());
        }
    }
}
