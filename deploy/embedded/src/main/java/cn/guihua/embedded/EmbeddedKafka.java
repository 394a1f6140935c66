package cn.guihua.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller combined), from the Kafka jars.
 * Its log directory is kept between starts when one is given, so the local stack keeps its topics.
 *
 * <p>Optionally ({@link Builder#scramListener}) a second listener as the cluster's are (deploy/k8s/base/kafka.yaml):
 * SASL_SSL with SCRAM-SHA-512, ACLs enforced by the StandardAuthorizer, a certificate of its own CA that clients
 * trust as a PEM file ({@link #caCertificate()}), users made with {@link #createScramUser}. The plain listener stays
 * as it was, for the services of the local stack and the tests: its (anonymous) clients are super users.
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** The SASL mechanism of the secured listener, as in the cluster. */
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

    private final KafkaRaftServer server;
    private final Path logDirectory;
    private final boolean deleteOnClose;
    private final int port;
    private final int securePort;
    private final Path tls;

    private EmbeddedKafka(KafkaRaftServer server, Path logDirectory, boolean deleteOnClose, int port, int securePort, Path tls) {
        this.server = server;
        this.logDirectory = logDirectory;
        this.deleteOnClose = deleteOnClose;
        this.port = port;
        this.securePort = securePort;
        this.tls = tls;
    }

    /** Starts a broker on {@code port} (0 for any free port), keeping its log in {@code logDirectory} when given. */
    public static EmbeddedKafka start(int port, Path logDirectory) throws Exception {
        return builder().port(port).logDirectory(logDirectory).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How to start a broker: its plain port, its log directory, and whether it has the secured SCRAM listener. */
    public static final class Builder {
        private int port;
        private Path logDirectory;
        private Integer scramPort;

        private Builder() {
        }

        /** The plain listener's port, 0 (the default) for any free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Where the log is kept between starts; none (the default) for a temporary one, deleted on close. */
        public Builder logDirectory(Path logDirectory) {
            this.logDirectory = logDirectory;
            return this;
        }

        /** Adds the SASL_SSL listener (SCRAM-SHA-512, ACLs) on {@code port}, 0 for any free port. */
        public Builder scramListener(int port) {
            this.scramPort = port;
            return this;
        }

        public EmbeddedKafka start() throws Exception {
            return EmbeddedKafka.start(this);
        }
    }

    private static EmbeddedKafka start(Builder b) throws Exception {
        boolean temporary = b.logDirectory == null;
        Path dir = temporary ? Files.createTempDirectory("guihua-kafka") : b.logDirectory;
        Files.createDirectories(dir);
        int brokerPort = b.port > 0 ? b.port : freePort();
        int controllerPort = freePort();
        boolean secured = b.scramPort != null;
        int securePort = secured ? (b.scramPort > 0 ? b.scramPort : freePort()) : -1;

        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("controller.listener.names", "CONTROLLER");
        Path tls = null;
        if (!secured) {
            p.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        } else {
            tls = Files.createTempDirectory("guihua-kafka-tls");
            String storePassword = selfSignedKeyStore(tls);
            p.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",SASL_SSL://localhost:" + securePort
                    + ",CONTROLLER://localhost:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort + ",SASL_SSL://localhost:" + securePort);
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
            p.put("sasl.enabled.mechanisms", SCRAM_MECHANISM);
            p.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
            p.put("listener.name.sasl_ssl.ssl.keystore.type", "PKCS12");
            p.put("listener.name.sasl_ssl.ssl.keystore.location", tls.resolve("broker.p12").toString());
            p.put("listener.name.sasl_ssl.ssl.keystore.password", storePassword);
            p.put("listener.name.sasl_ssl.ssl.key.password", storePassword);
            // ACLs decide; the plain and controller listeners' anonymous clients (the local services, the broker
            // itself) are super users, so only the secured listener's users are held to their ACLs.
            p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            p.put("super.users", "User:ANONYMOUS");
            p.put("allow.everyone.if.no.acl.found", "false");
        }
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.flush.interval.messages", "1");
        KafkaConfig config = new KafkaConfig(p);

        if (!Files.exists(dir.resolve("meta.properties"))) {
            new Formatter()
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .setDirectories(Set.of(dir.toString()))
                    .setMetadataLogDirectory(dir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                    .run();
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        EmbeddedKafka kafka = new EmbeddedKafka(server, dir, temporary, brokerPort, securePort, tls);
        kafka.awaitReady();
        return kafka;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The secured listener (SASL_SSL, SCRAM-SHA-512, ACLs). */
    public String secureBootstrapServers() {
        requireSecured();
        return "localhost:" + securePort;
    }

    /** The certificate (PEM) the secured listener presents, the one file its clients trust (ssl.truststore.location). */
    public Path caCertificate() {
        requireSecured();
        return tls.resolve("ca.crt");
    }

    /** An admin client on the plain listener, a super user: topics, ACLs. The caller closes it. */
    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    /** Creates (or changes the password of) a SCRAM-SHA-512 user and waits until the broker knows it. */
    public void createScramUser(String user, String password) throws Exception {
        requireSecured();
        try (Admin admin = admin()) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password))).all().get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!admin.describeUserScramCredentials(List.of(user)).all().get(30, TimeUnit.SECONDS).containsKey(user)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker did not learn the user " + user);
                }
                Thread.sleep(50);
            }
        }
    }

    /** Grants the ACLs and waits until the broker's authorizer has them. */
    public void createAcls(Collection<AclBinding> acls) throws Exception {
        requireSecured();
        try (Admin admin = admin()) {
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!admin.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS).containsAll(acls)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker did not learn the ACLs " + acls);
                }
                Thread.sleep(50);
            }
        }
    }

    private void requireSecured() {
        if (tls == null) {
            throw new IllegalStateException("this broker has no SCRAM listener (EmbeddedKafka.builder().scramListener(0))");
        }
    }

    /**
     * A key pair and a self-signed certificate for localhost (also its own CA), made by the JDK's keytool: the
     * PKCS12 key store of the broker and ca.crt, the PEM certificate clients trust. Returns the store's password.
     */
    private static String selfSignedKeyStore(Path dir) throws IOException, InterruptedException {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Path store = dir.resolve("broker.p12");
        keytool(List.of(keytool, "-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "7",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", password, "-keypass", password));
        keytool(List.of(keytool, "-exportcert", "-rfc", "-alias", "broker", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", password, "-file", dir.resolve("ca.crt").toString()));
        return password;
    }

    private static void keytool(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + out);
        }
    }

    private void awaitReady() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            delete(logDirectory);
        }
        if (tls != null) {
            delete(tls);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
