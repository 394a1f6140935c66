package cn.guihua.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
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
 * broker and the four services as separate processes. Data lives in a data directory and survives
 * restarts. Also usable from a test: {@link #start(boolean)} and {@link #close()}.
 */
public final class LocalStack implements AutoCloseable {

    public static final int POSTGRES_PORT = 15432;
    public static final int KAFKA_PORT = 19092;

    private final Path root;
    private final Path dataDir;
    private final PrintStream out;
    private FileChannel lockChannel;
    private FileLock lock;
    private EmbeddedPostgres postgres;
    private EmbeddedKafka kafka;
    private final Map<Service, Process> processes = new EnumMap<>(Service.class);

    public LocalStack(Path root, Path dataDir, PrintStream out) {
        this.root = root.toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("guihua.root", "."));
        Path dataDir = root.resolve(".local-data");
        boolean fresh = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> fresh = true;
                case "--data-dir" -> dataDir = Path.of(args[++i]);
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
            System.err.println("usage: run-local.sh [--fresh] [--data-dir DIR] | run-local.sh token [ROLE] [JURISDICTION]");
            System.exit(2);
        }
        LocalStack stack = new LocalStack(root, dataDir, System.out);
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

    /** A start that cannot go on, with a message a person can act on. */
    public static final class StartupException extends RuntimeException {
        StartupException(String message) {
            super(message);
        }
    }

    /** Starts everything; {@code fresh} first empties the data directory (after taking its lock). */
    public void start(boolean fresh) throws Exception {
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
        out.println("Starting PostgreSQL on port " + POSTGRES_PORT + " ...");
        postgres = EmbeddedPostgres.start(POSTGRES_PORT, dataDir.resolve("postgres"));
        postgres.createDatabases(Service.databases());
        out.println("Starting Kafka on port " + KAFKA_PORT + " ...");
        kafka = EmbeddedKafka.start(KAFKA_PORT, dataDir.resolve("kafka"));
        Path publicKey = dataDir.resolve("dev-public-key.pem");
        Files.writeString(publicKey, DevTokens.publicKeyPem(), StandardCharsets.US_ASCII);
        Files.createDirectories(dataDir.resolve("logs"));
        for (Service s : Service.values()) {
            startService(s, publicKey);
        }
        for (Service s : Service.values()) {
            awaitReady(s, Duration.ofMinutes(3));
        }
    }

    public void startService(Service s, Path publicKey) throws IOException {
        out.println("Starting " + s.module + " on port " + s.port + " ...");
        ProcessBuilder pb = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-jar", jar(s).toString());
        Map<String, String> env = pb.environment();
        env.putAll(environment(s, publicKey));
        Path log = dataDir.resolve("logs").resolve(s.module + ".log");
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.directory(root.toFile());
        processes.put(s, pb.start());
    }

    /** The environment a service is configured by; the same variables as in deploy/k8s. */
    public Map<String, String> environment(Service s, Path publicKey) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(s.port));
        env.put("DB_URL", postgres.jdbcUrl(s.database));
        env.put("DB_USER", EmbeddedPostgres.USER);
        env.put("DB_PASSWORD", EmbeddedPostgres.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toUri().toString());
        env.put("JWT_ISSUER", DevTokens.ISSUER);
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // the token a service presents when it calls a neighbour (subsidy-service submitting coverage, ...)
        env.put("GUIHUA_SERVICE_TOKEN", DevTokens.token(s.module, Set.of("service"), "370000", Duration.ofDays(30)));
        for (Service other : Service.values()) {
            env.put(other.urlVariable(), other.url());
        }
        return env;
    }

    /** Stops one service, as a crash or a deployment would; {@link #restart} brings it back. */
    public void stop(Service s) throws InterruptedException {
        Process p = processes.remove(s);
        if (p != null) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    public void restart(Service s) throws IOException {
        startService(s, dataDir.resolve("dev-public-key.pem"));
        awaitReady(s, Duration.ofMinutes(3));
    }

    public void awaitReady(Service s, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process p = processes.get(s);
            if (p != null && !p.isAlive()) {
                throw new StartupException(s.module + " exited with " + p.exitValue() + "; see "
                        + dataDir.resolve("logs").resolve(s.module + ".log"));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(s.url() + "/q/health/ready").toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            sleep(500);
        }
        throw new StartupException(s.module + " was not ready within " + timeout.toSeconds() + " s; see "
                + dataDir.resolve("logs").resolve(s.module + ".log"));
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl(Service s) {
        return postgres.jdbcUrl(s.database);
    }

    void printWelcome() {
        out.println();
        out.println("Guihua is running. Data: " + dataDir + "  (start with --fresh to begin anew)");
        out.println();
        out.printf("%-18s %-30s %-36s %s%n", "service", "API", "Swagger UI", "health");
        for (Service s : Service.values()) {
            out.printf("%-18s %-30s %-36s %s%n", s.module, s.url() + "/api/v1", s.url() + "/q/swagger-ui",
                    s.url() + "/q/health");
        }
        out.println();
        out.println("PostgreSQL  " + postgres.jdbcUrl("<service>") + "  user " + EmbeddedPostgres.USER
                + " password " + EmbeddedPostgres.PASSWORD);
        out.println("Kafka       " + kafka.bootstrapServers());
        out.println("Logs        " + dataDir.resolve("logs"));
        out.println();
        out.println("A development token (roles: admin planner reporter reviewer emergency-manager subsidy-officer auditor service):");
        out.println("  TOKEN=$(deploy/run-local.sh token planner 370104)");
        out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + Service.PLAN.url() + "/api/v1/jurisdictions/370104");
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
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(POSTGRES_PORT, "PostgreSQL");
        ports.put(KAFKA_PORT, "Kafka");
        for (Service s : Service.values()) {
            ports.put(s.port, s.module);
        }
        List<String> taken = new ArrayList<>();
        ports.forEach((port, name) -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("localhost", port));
            } catch (IOException e) {
                taken.add("port " + port + " (" + name + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new StartupException("already in use: " + String.join(", ", taken)
                    + ". Stop whatever holds it, then start again.");
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
        Service[] all = Service.values();
        for (int i = all.length - 1; i >= 0; i--) {
            Process p = processes.get(all[i]);
            if (p != null) {
                p.destroy();
            }
        }
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }
        processes.clear();
        try {
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
