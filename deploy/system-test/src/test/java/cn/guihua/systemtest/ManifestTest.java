package cn.guihua.systemtest;

import static cn.guihua.systemtest.Manifests.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.guihua.localstack.Service;

/**
 * Renders every overlay of deploy/k8s with {@code kubectl kustomize} and checks what must hold before anyone
 * applies it: every resource valid against the schemas of the supported Kubernetes and operator releases
 * (deploy/k8s/schemas); hardened, probed and bounded pods with health and metrics on the management port; the
 * images and ports of the modules; every variable a service reads at start-up provided; the neighbours, database,
 * pooler and Kafka identity it needs and nothing more; the replica count left to the autoscaler; the alerts.
 */
class ManifestTest {

    private static final List<String> OVERLAYS = List.of("dev", "prod");
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
    /** Quarkus' management interface (quarkus.management.port): health and metrics, never the public port. */
    private static final int MANAGEMENT_PORT = 9000;
    /** The image tag of a release: the project version without -SNAPSHOT (deploy/images refuses SNAPSHOT tags). */
    private static final String RELEASE = Repository.VERSION.replace("-SNAPSHOT", "");
    /** The topics another government system may subscribe to (docs/operations.md, external-subscriber.yaml). */
    private static final Set<String> PUBLIC_TOPICS = Set.of("guihua.plan.events", "guihua.indicator.monitoring", "guihua.indicator.reporting",
            "guihua.emergency.events");
    /** Server connections PostgreSQL keeps for what is not pooled: Flyway's sessions, the operator, backups. */
    private static final int UNPOOLED_HEADROOM = 40;

    /** A service the overlays deploy: its module, HTTP port and database. */
    record Deployed(String module, int port, String database, Service service) {
        String urlVariable() {
            return module.toUpperCase().replace('-', '_') + "_URL";
        }

        @Override
        public String toString() {
            return module;
        }
    }

    static Stream<Manifests> overlays() {
        return OVERLAYS.stream().map(ManifestTest::rendered);
    }

    private static Manifests rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::render);
    }

    /**
     * Every service of local-stack's {@link Service}, and credit-service in its expected shape (port 8085, database
     * credit) while Service does not list it yet.
     */
    static List<Deployed> deployed() {
        List<Deployed> all = new ArrayList<>();
        for (Service s : Service.values()) {
            all.add(new Deployed(s.module, Repository.httpPort(s), s.database, s));
        }
        if (all.stream().noneMatch(d -> d.module.equals("credit-service"))) {
            Path props = Repository.ROOT.resolve("credit-service/src/main/resources/application.properties");
            int port = 8085;
            if (Files.isRegularFile(props)) {
                port = Integer.parseInt(properties(props).getProperty("quarkus.http.port", "8085"));
            }
            all.add(new Deployed("credit-service", port, "credit", null));
        }
        return all;
    }

    @Test
    void everyOverlayDirectoryIsChecked() {
        try (Stream<Path> dirs = Files.list(Repository.ROOT.resolve("deploy/k8s/overlays"))) {
            assertEquals(new TreeSet<>(OVERLAYS), new TreeSet<>(dirs.map(d -> d.getFileName().toString()).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Schemas

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyResourceIsValidAgainstTheSchemasOfTheSupportedReleases(Manifests m) {
        ManifestSchemas schemas = ManifestSchemas.load();
        List<String> violations = new ArrayList<>();
        for (JsonNode r : m.resources) {
            violations.addAll(schemas.violations(r));
        }
        assertTrue(violations.isEmpty(), m + ":\n" + String.join("\n", violations));
    }

    @Test
    void theTemplatesOutsideTheOverlaysAreValidToo() {
        ManifestSchemas schemas = ManifestSchemas.load();
        for (JsonNode r : templates()) {
            List<String> violations = schemas.violations(r);
            assertTrue(violations.isEmpty(), String.join("\n", violations));
        }
    }

    /** A field the API server or the operator would refuse fails the build, wherever it is. */
    @Test
    void anUnknownOrMistypedFieldFailsValidation() {
        ManifestSchemas schemas = ManifestSchemas.load();
        Manifests prod = rendered("prod");
        Map<String, Consumer<ObjectNode>> injections = new LinkedHashMap<>();
        injections.put("Deployment/plan-service", r -> ((ObjectNode) r.at("/spec/template/spec/containers/0")).put("imagePullPolicyy", "Always"));
        injections.put("Deployment/indicator-service", r -> ((ObjectNode) r.at("/spec")).put("replicas", "two"));
        injections.put("Service/subsidy-service", r -> ((ObjectNode) r.at("/spec/ports/0")).put("portt", 1));
        injections.put("NetworkPolicy/plan-service", r -> ((ObjectNode) r.at("/spec/ingress/0")).put("fromm", "x"));
        injections.put("Ingress/guihua-api", r -> ((ObjectNode) r.at("/spec/tls/0")).put("secret", "x"));
        injections.put("Kafka/guihua", r -> ((ObjectNode) r.at("/spec/kafka/listeners/0")).put("authentification", "scram"));
        injections.put("KafkaNodePool/dual-role", r -> ((ObjectNode) r.at("/spec")).put("zookeeper", true));
        injections.put("KafkaTopic/guihua.plan.events", r -> ((ObjectNode) r.at("/spec")).put("partition", 3));
        injections.put("KafkaUser/plan-service", r -> ((ObjectNode) r.at("/spec/authorization/acls/0")).put("operation", "Read"));
        injections.put("Cluster/guihua-pg", r -> ((ObjectNode) r.at("/spec/postgresql/synchronous")).put("mode", "quorum"));
        injections.put("Pooler/guihua-pg-pooler-plan", r -> ((ObjectNode) r.at("/spec/pgbouncer")).put("poolmode", "transaction"));
        injections.put("Database/guihua-pg-plan", r -> ((ObjectNode) r.at("/metadata")).put("namespaces", "x"));
        injections.put("PrometheusRule/guihua", r -> ((ObjectNode) r.at("/spec/groups/0/rules/0")).put("severity", "critical"));
        injections.put("PodMonitor/guihua-pg", r -> ((ObjectNode) r.at("/spec")).put("endpoints", "x"));
        injections.put("ScheduledBackup/guihua-pg-nightly", r -> ((ObjectNode) r.at("/spec")).put("schedul", "x"));
        injections.put("ObjectStore/guihua-pg-backup", r -> ((ObjectNode) r.at("/spec/configuration")).put("bucket", "x"));
        injections.forEach((what, inject) -> {
            String[] kindName = what.split("/", 2);
            JsonNode original = prod.get(kindName[0], kindName[1]);
            assertTrue(schemas.violations(original).isEmpty(), what + " is not valid to start with: " + schemas.violations(original));
            ObjectNode broken = original.deepCopy();
            inject.accept(broken);
            assertFalse(schemas.violations(broken).isEmpty(), what + ": the injected field passed validation");
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Pods

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentIsProbedOnTheManagementPortBoundedAndNonRoot(Manifests m) {
        List<JsonNode> deployments = m.ofKind("Deployment");
        assertFalse(deployments.isEmpty(), m + ": no Deployment");
        for (JsonNode d : deployments) {
            String name = d.path("metadata").path("name").asText();
            JsonNode pod = d.path("spec").path("template").path("spec");
            for (JsonNode c : list(pod.path("containers"))) {
                String where = m + " " + name + "/" + c.path("name").asText() + ": ";
                Map<String, Integer> ports = new TreeMap<>();
                for (JsonNode p : list(c.path("ports"))) {
                    ports.put(p.path("name").asText(), p.path("containerPort").asInt());
                }
                assertEquals(Integer.valueOf(MANAGEMENT_PORT), ports.get("management"), where + "the management port");
                Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready", "startupProbe", "/q/health/started")
                        .forEach((probe, path) -> {
                            JsonNode get = c.path(probe).path("httpGet");
                            assertEquals(path, get.path("path").asText(), where + probe);
                            String port = get.path("port").asText();
                            assertTrue(port.equals("management") || port.equals(String.valueOf(MANAGEMENT_PORT)),
                                    where + probe + " must ask the management port, not " + port);
                        });
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertFalse(c.path("resources").path(bound).path(resource).asText().isEmpty(), where + bound + "." + resource);
                    }
                }
                JsonNode sc = c.path("securityContext");
                JsonNode podSc = pod.path("securityContext");
                assertTrue(sc.path("runAsNonRoot").asBoolean(podSc.path("runAsNonRoot").asBoolean()), where + "runAsNonRoot");
                int user = sc.path("runAsUser").asInt(podSc.path("runAsUser").asInt(-1));
                assertTrue(user > 0, where + "runAsUser must be a non-root uid, is " + user);
                assertTrue(sc.path("readOnlyRootFilesystem").asBoolean(), where + "readOnlyRootFilesystem");
                assertFalse(sc.path("allowPrivilegeEscalation").asBoolean(true), where + "allowPrivilegeEscalation");
                String tmpVolume = list(c.path("volumeMounts")).stream()
                        .filter(v -> v.path("mountPath").asText().equals("/tmp")).map(v -> v.path("name").asText())
                        .findFirst().orElseThrow(() -> new AssertionError(where + "/tmp must be writable: no volume mounted there"));
                assertTrue(list(pod.path("volumes")).stream()
                        .anyMatch(v -> v.path("name").asText().equals(tmpVolume) && v.has("emptyDir")), where + "/tmp is not an emptyDir");
                // A rolling update drops no request: endpoints are removed before the JVM is told to stop.
                int pause = c.path("lifecycle").path("preStop").path("sleep").path("seconds").asInt(0);
                assertTrue(pause >= 5, where + "a preStop pause of 5 s at least, is " + pause);
                assertTrue(pod.path("terminationGracePeriodSeconds").asInt(30) >= pause + 20,
                        where + "the grace period must leave the JVM time to finish its requests after the pause");
                assertFalse(pod.path("enableServiceLinks").asBoolean(true),
                        where + "service links would add KAFKA_* variables, which become Kafka client settings");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceRunsItsModulesReleaseImageOnItsPort(Manifests m) {
        assertEquals(deployed().size(), m.ofKind("Deployment").size(), m + ": one Deployment per service");
        assertFalse(RELEASE.contains("SNAPSHOT"));
        for (Deployed s : deployed()) {
            JsonNode c = app(m, s);
            assertEquals("guihua/" + s.module + ":" + RELEASE, c.path("image").asText(), m + " " + s.module + " image: the release tag");
            assertEquals(s.port, c.path("ports").path(0).path("containerPort").asInt(), m + " " + s.module + " containerPort");
            JsonNode svc = m.get("Service", s.module);
            assertEquals(s.module, svc.path("spec").path("selector").path("app.kubernetes.io/name").asText());
            JsonNode svcPort = svc.path("spec").path("ports").path(0);
            assertEquals(s.port, svcPort.path("port").asInt(), m + " Service " + s.module + " port, as the *_SERVICE_URL variables say");
            assertTrue(Set.of("http", String.valueOf(s.port)).contains(svcPort.path("targetPort").asText()));
            assertTrue(list(svc.path("spec").path("ports")).stream().anyMatch(p -> p.path("name").asText().equals("management")
                    && p.path("port").asInt() == MANAGEMENT_PORT), m + " Service " + s.module + ": the management port, for the ServiceMonitor");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyVariableAServiceReadsAtStartUpIsProvided(Manifests m) {
        for (Deployed s : deployed()) {
            JsonNode c = app(m, s);
            Map<String, String> provided = environment(m, c);
            Set<String> missing = new TreeSet<>(startupVariables(s));
            missing.removeAll(provided.keySet());
            assertTrue(missing.isEmpty(), m + " " + s.module + " reads " + missing + " at start-up but its Deployment does not set them");
            // The key locations are files the pod must have.
            for (String file : List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "KAFKA_SSL_TRUSTSTORE_LOCATION")) {
                String path = provided.get(file);
                assertNotNull(path, m + " " + s.module + ": " + file);
                assertTrue(list(c.path("volumeMounts")).stream().anyMatch(v -> path.startsWith(v.path("mountPath").asText() + "/")),
                        m + " " + s.module + ": nothing is mounted where " + path + " is");
            }
            for (Deployed other : deployed()) {
                assertEquals("http://" + other.module + ":" + other.port, provided.get(other.urlVariable()),
                        m + " " + s.module + " " + other.urlVariable());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceHasItsOwnDatabasePoolerAndCredentials(Manifests m) {
        JsonNode cluster = m.get("Cluster", "guihua-pg");
        for (Deployed s : deployed()) {
            JsonNode c = app(m, s);
            Map<String, String> env = environment(m, c);
            String pooler = "guihua-pg-pooler-" + s.database;
            assertEquals("jdbc:postgresql://" + pooler + ":5432/" + s.database, env.get("DB_URL"), m + " " + s.module + ": DB_URL is its Pooler");
            assertEquals("jdbc:postgresql://guihua-pg-rw:5432/" + s.database, env.get("DB_MIGRATION_URL"),
                    m + " " + s.module + ": Flyway migrates on the primary itself, outside the pooler");
            JsonNode p = m.get("Pooler", pooler).path("spec");
            assertEquals("guihua-pg", p.path("cluster").path("name").asText());
            assertEquals("rw", p.path("type").asText());
            assertEquals("transaction", p.path("pgbouncer").path("poolMode").asText(), m + " " + pooler);
            String secret = secretOf(c, "DB_USER");
            assertEquals(secret, secretOf(c, "DB_PASSWORD"), m + " " + s.module + ": user and password from one Secret");
            assertTrue(m.ofKind("Database").stream().anyMatch(d -> d.path("spec").path("name").asText().equals(s.database)
                    && d.path("spec").path("owner").asText().equals(s.database)
                    && d.path("spec").path("cluster").path("name").asText().equals("guihua-pg")), m + ": no Database " + s.database);
            assertTrue(list(cluster.path("spec").path("managed").path("roles")).stream()
                    .anyMatch(r -> r.path("name").asText().equals(s.database) && r.path("login").asBoolean()
                            && r.path("passwordSecret").path("name").asText().equals(secret)),
                    m + ": the role " + s.database + " must log in with the password of " + secret);
        }
        assertEquals(deployed().size(), m.ofKind("Pooler").size(), m + ": one Pooler per database, no other");
    }

    /**
     * No static service tokens: every service obtains its token from the identity provider of guihua-config by the
     * client-credentials grant, as the client of a Secret of its own that ops create (the overlay holds no client
     * secret), and its pods may reach the provider.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceObtainsItsServiceTokenFromTheIdentityProvider(Manifests m) {
        String idp = m.get("ConfigMap", "guihua-config").path("data").path("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL").asText();
        assertTrue(idp.startsWith("https://"), m + ": guihua-config names the identity provider, over HTTPS: '" + idp + "'");
        for (Deployed s : deployed()) {
            JsonNode c = app(m, s);
            Map<String, String> env = environment(m, c);
            String where = m + " " + s.module + ": ";
            assertFalse(env.containsKey("GUIHUA_SERVICE_TOKEN"), where + "a static service token");
            String secret = "guihua-oidc-" + s.module;
            assertEquals("secret:" + secret + "/client-id", env.get("QUARKUS_OIDC_CLIENT_CLIENT_ID"), where + "its client id");
            assertEquals("secret:" + secret + "/client-secret", env.get("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET"), where + "its client secret");
            assertTrue(m.find("Secret", secret).isEmpty(), where + "the client secret is never in the repository; ops create " + secret);
            JsonNode pod = m.get("Deployment", s.module).path("spec").path("template").path("metadata").path("labels");
            assertTrue(m.ofKind("NetworkPolicy").stream().map(p -> p.path("spec"))
                    .filter(p -> labels(p.path("podSelector").path("matchLabels")).entrySet().stream()
                            .allMatch(l -> l.getValue().equals(pod.path(l.getKey()).asText())))
                    .anyMatch(p -> list(p.path("egress")).stream().anyMatch(rule -> list(rule.path("to")).stream()
                            .anyMatch(peer -> "identity".equals(peer.path("namespaceSelector").path("matchLabels").path("guihua.cn/role").asText()))
                            && list(rule.path("ports")).stream().anyMatch(port -> port.path("port").asInt() == 443))),
                    where + "may not reach the identity provider");
        }
        for (JsonNode r : m.resources) {
            assertFalse(r.toString().contains("guihua-service-tokens"), m + ": " + r.path("kind").asText() + " "
                    + r.path("metadata").path("name").asText() + " refers to the static tokens of guihua-service-tokens");
        }
    }

    /** Scaling a service out never exhausts PostgreSQL: the Poolers' server connections add up below max_connections. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void thePoolersFitIntoMaxConnections(Manifests m) {
        JsonNode spec = m.get("Cluster", "guihua-pg").path("spec");
        int maxConnections = Integer.parseInt(spec.path("postgresql").path("parameters").path("max_connections").asText("100"));
        int pooled = 0;
        for (JsonNode p : m.ofKind("Pooler")) {
            String where = m + " " + p.path("metadata").path("name").asText() + ": ";
            JsonNode params = p.path("spec").path("pgbouncer").path("parameters");
            int cap = Integer.parseInt(params.path("max_db_connections").asText("0"));
            assertTrue(cap > 0, where + "max_db_connections caps the server connections");
            assertTrue(Integer.parseInt(params.path("default_pool_size").asText("20")) + Integer.parseInt(params.path("reserve_pool_size").asText("0")) <= cap,
                    where + "default_pool_size + reserve_pool_size within max_db_connections");
            assertTrue(Integer.parseInt(params.path("max_prepared_statements").asText("0")) > 0,
                    where + "the JDBC driver's prepared statements need max_prepared_statements in transaction pooling");
            assertTrue(params.path("track_extra_parameters").asText().contains("statement_timeout"),
                    where + "the services' statement_timeout must survive transaction pooling");
            pooled += cap * p.path("spec").path("instances").asInt(1);
        }
        assertTrue(pooled + UNPOOLED_HEADROOM <= maxConnections,
                m + ": the Poolers may hold " + pooled + " server connections, max_connections is " + maxConnections);
        for (String bound : List.of("requests", "limits")) {
            assertFalse(spec.path("resources").path(bound).path("memory").asText().isEmpty(), m + " PostgreSQL resources." + bound);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void postgresIsScrapedAndItsExporterAdmitted(Manifests m) {
        JsonNode monitor = m.get("PodMonitor", "guihua-pg").path("spec");
        assertEquals("guihua-pg", monitor.path("selector").path("matchLabels").path("cnpg.io/cluster").asText());
        assertEquals("metrics", monitor.path("podMetricsEndpoints").path(0).path("port").asText());
        JsonNode policy = m.get("NetworkPolicy", "guihua-pg-clients").path("spec");
        assertTrue(list(policy.path("ingress")).stream().anyMatch(rule -> fromMonitoring(rule)
                && list(rule.path("ports")).stream().anyMatch(p -> p.path("port").asInt() == 9187)), m + ": Prometheus may not reach PostgreSQL's exporter");
        assertTrue(list(policy.path("ingress")).stream().anyMatch(rule -> fromMonitoring(rule)
                && list(rule.path("ports")).stream().anyMatch(p -> p.path("port").asInt() == 9127)), m + ": Prometheus may not reach PgBouncer's exporter");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceScalesSpreadsSurvivesDisruptionIsScrapedAndFenced(Manifests m) {
        for (Deployed s : deployed()) {
            String where = m + " " + s.module + ": ";
            JsonNode deployment = m.get("Deployment", s.module);
            assertFalse(deployment.path("spec").has("replicas"), where + "the HorizontalPodAutoscaler owns the replica count; an apply must not reset it");
            JsonNode hpa = m.get("HorizontalPodAutoscaler", s.module);
            assertEquals(s.module, hpa.path("spec").path("scaleTargetRef").path("name").asText(), where + "HPA target");
            assertTrue(hpa.path("spec").path("maxReplicas").asInt() > hpa.path("spec").path("minReplicas").asInt(), where + "HPA range");
            List<JsonNode> spread = list(deployment.path("spec").path("template").path("spec").path("topologySpreadConstraints"));
            assertTrue(spread.stream().anyMatch(t -> t.path("topologyKey").asText().equals("kubernetes.io/hostname")
                    && t.path("whenUnsatisfiable").asText().equals("DoNotSchedule")), where + "two pods of one service on one node");
            for (JsonNode t : spread) {
                assertEquals(Map.of("app.kubernetes.io/name", s.module), labels(t.path("labelSelector").path("matchLabels")),
                        where + "a spread constraint must count this service's pods only");
            }
            assertEquals(s.module, m.get("PodDisruptionBudget", s.module).path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
            JsonNode monitor = m.get("ServiceMonitor", s.module);
            assertEquals(s.module, monitor.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
            assertEquals("/q/metrics", monitor.path("spec").path("endpoints").path(0).path("path").asText(), where + "metrics path");
            assertEquals("management", monitor.path("spec").path("endpoints").path(0).path("port").asText(), where + "metrics on the management port");

            JsonNode policy = m.get("NetworkPolicy", s.module).path("spec");
            assertEquals(s.module, policy.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
            assertTrue(list(policy.path("policyTypes")).stream().map(JsonNode::asText).toList().containsAll(List.of("Ingress", "Egress")), where + "policy types");
            for (JsonNode rule : list(policy.path("ingress"))) {
                assertTrue(rule.has("from") && !rule.path("from").isEmpty(), where + "an ingress rule open to everyone");
                assertTrue(rule.has("ports"), where + "an ingress rule open on every port");
                if (fromMonitoring(rule)) {
                    assertTrue(list(rule.path("ports")).stream().allMatch(p -> p.path("port").asInt() == MANAGEMENT_PORT),
                            where + "Prometheus reaches the management port only");
                }
            }
            assertTrue(list(policy.path("ingress")).stream().anyMatch(rule -> fromMonitoring(rule)), where + "Prometheus may not scrape it");
            assertTrue(allowsEgress(policy, "cnpg.io/cluster", "guihua-pg", 5432), where + "no egress to PostgreSQL and its Pooler");
            int kafkaPort = listener(m, "tls").path("port").asInt();
            assertTrue(allowsEgress(policy, "strimzi.io/cluster", "guihua", kafkaPort), where + "no egress to Kafka's TLS listener");
            // exactly the neighbours it calls, in both policies
            for (Deployed other : deployed()) {
                if (other.equals(s)) {
                    continue;
                }
                boolean calls = calls(s, other);
                assertEquals(calls, allowsEgress(policy, "app.kubernetes.io/name", other.module, other.port),
                        where + (calls ? "calls " + other.module + " but may not reach it" : "may reach " + other.module + " without calling it"));
                JsonNode theirs = m.get("NetworkPolicy", other.module).path("spec");
                assertEquals(calls, list(theirs.path("ingress")).stream().anyMatch(rule -> list(rule.path("from")).stream()
                        .anyMatch(peer -> s.module.equals(peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText()))),
                        m + " " + other.module + (calls ? " does not admit " + s.module + ", which calls it" : " admits " + s.module + ", which never calls it"));
            }
        }
    }

    /** Other namespaces (the ingress controller's, Prometheus') are admitted by a label ops gives them, not by name. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noNetworkPolicyNamesAnotherNamespace(Manifests m) {
        for (JsonNode policy : m.ofKind("NetworkPolicy")) {
            for (String direction : List.of("ingress", "egress")) {
                for (JsonNode rule : list(policy.path("spec").path(direction))) {
                    for (JsonNode peer : list(rule.path(direction.equals("ingress") ? "from" : "to"))) {
                        String named = peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText();
                        assertTrue(named.isEmpty() || named.equals("kube-system"),
                                m + " NetworkPolicy " + policy.path("metadata").path("name").asText() + " names the namespace " + named);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theApiIsReachableFromOutsideOverTlsOnly(Manifests m) {
        List<JsonNode> ingresses = m.ofKind("Ingress");
        assertEquals(1, ingresses.size(), m + ": one Ingress");
        JsonNode spec = ingresses.get(0).path("spec");
        assertFalse(spec.path("ingressClassName").asText().isEmpty(), m + ": ingressClassName");
        Set<String> tlsHosts = new HashSet<>();
        for (JsonNode tls : list(spec.path("tls"))) {
            assertFalse(tls.path("secretName").asText().isEmpty(), m + ": a TLS entry without its certificate");
            list(tls.path("hosts")).forEach(h -> tlsHosts.add(h.asText()));
        }
        Set<String> routed = new TreeSet<>();
        for (JsonNode rule : list(spec.path("rules"))) {
            String host = rule.path("host").asText();
            assertTrue(tlsHosts.contains(host), m + ": " + host + " is served without TLS");
            for (JsonNode path : list(rule.path("http").path("paths"))) {
                assertEquals("/api", path.path("path").asText(), m + " " + host + ": only the API is exposed (no /q, no /)");
                assertEquals("Prefix", path.path("pathType").asText());
                JsonNode backend = path.path("backend").path("service");
                assertEquals("http", backend.path("port").path("name").asText(), m + " " + host + ": the public port, never management");
                routed.add(backend.path("name").asText());
            }
        }
        assertEquals(deployed().stream().map(Deployed::module).collect(Collectors.toCollection(TreeSet::new)), routed,
                m + ": every service's API is routed");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Kafka

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kafkaIsStrimziV1OnASupportedVersionWithEveryTopic(Manifests m) {
        for (JsonNode r : m.resources) {
            if (r.path("apiVersion").asText().startsWith("kafka.strimzi.io/")) {
                assertEquals("kafka.strimzi.io/v1", r.path("apiVersion").asText(), m + " " + r.path("kind").asText()
                        + ": Strimzi 1.0 removed v1beta2");
            }
        }
        JsonNode kafka = m.get("Kafka", "guihua").path("spec").path("kafka");
        String version = kafka.path("version").asText();
        String runbook = Repository.read(Repository.ROOT.resolve("docs/operations.md"));
        assertTrue(runbook.contains("Kafka " + version), "docs/operations.md must name the Kafka version the manifests run, " + version);
        assertTrue(kafka.path("metadataVersion").asText().startsWith(version.substring(0, version.lastIndexOf('.')) + "-IV"),
                m + ": metadataVersion " + kafka.path("metadataVersion").asText() + " of Kafka " + version);
        List<JsonNode> pools = m.ofKind("KafkaNodePool");
        Set<String> roles = new HashSet<>();
        int brokers = 0;
        for (JsonNode pool : pools) {
            assertEquals("guihua", pool.path("metadata").path("labels").path("strimzi.io/cluster").asText());
            list(pool.path("spec").path("roles")).forEach(r -> roles.add(r.asText()));
            if (list(pool.path("spec").path("roles")).stream().anyMatch(r -> r.asText().equals("broker"))) {
                brokers += pool.path("spec").path("replicas").asInt();
            }
        }
        assertTrue(roles.containsAll(List.of("controller", "broker")), m + ": controllers and brokers");
        assertEquals(Integer.valueOf(brokers), Integer.valueOf(m.overlay.equals("prod") ? 3 : 1), m + ": brokers");

        Set<String> topics = new TreeSet<>(eventTopology().keySet());
        topics.addAll(deadLetterTopics());
        topics.addAll(asyncApiChannels());
        for (String topic : topics) {
            JsonNode spec = m.get("KafkaTopic", topic).path("spec");
            int replicas = spec.path("replicas").asInt();
            assertTrue(replicas <= brokers, m + " " + topic + ": more replicas than brokers");
            assertTrue(spec.path("partitions").asInt() >= 3, m + " " + topic + ": partitions");
            if (m.overlay.equals("prod")) {
                assertEquals(3, replicas, m + " " + topic + ": replicas");
                assertEquals(2, spec.path("config").path("min.insync.replicas").asInt(), m + " " + topic + ": min.insync.replicas");
                assertTrue(spec.path("partitions").asInt() >= m.get("HorizontalPodAutoscaler", "plan-service").path("spec").path("maxReplicas").asInt(),
                        m + " " + topic + ": fewer partitions than consumer replicas would leave replicas idle");
            }
        }
    }

    /** No listener without TLS and authentication, and ACLs decide what each user may do. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyKafkaListenerEncryptsAndAuthenticates(Manifests m) {
        JsonNode kafka = m.get("Kafka", "guihua").path("spec").path("kafka");
        assertEquals("simple", kafka.path("authorization").path("type").asText(), m + ": ACLs (authorization: simple)");
        assertTrue(list(kafka.path("authorization").path("superUsers")).isEmpty(), m + ": no super user beside Strimzi's own components");
        for (JsonNode l : list(kafka.path("listeners"))) {
            String where = m + " listener " + l.path("name").asText() + ": ";
            assertTrue(l.path("tls").asBoolean(), where + "TLS");
            assertTrue(Set.of("scram-sha-512", "tls").contains(l.path("authentication").path("type").asText()), where + "authentication");
        }
        assertEquals("internal", listener(m, "tls").path("type").asText());
        assertFalse(listener(m, "external").path("type").asText().equals("internal"), m + ": other systems need a listener outside the cluster");
        assertNotNull(m.get("Kafka", "guihua").path("spec").path("entityOperator").get("userOperator"), m + ": the user operator makes the KafkaUsers' credentials");
        JsonNode config = m.get("ConfigMap", "guihua-config").path("data");
        assertEquals("guihua-kafka-bootstrap:" + listener(m, "tls").path("port").asInt(), config.path("KAFKA_BOOTSTRAP_SERVERS").asText());
        assertEquals("SASL_SSL", config.path("KAFKA_SECURITY_PROTOCOL").asText());
        assertEquals("SCRAM-SHA-512", config.path("KAFKA_SASL_MECHANISM").asText());
        assertEquals("PEM", config.path("KAFKA_SSL_TRUSTSTORE_TYPE").asText());
    }

    /** Each service is its own Kafka user with exactly its topics, its group and its dead-letter topics. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceHasAKafkaUserWithExactlyItsAcls(Manifests m) {
        Map<String, List<String>> topology = eventTopology();
        for (Deployed s : deployed()) {
            Set<String> expected = new TreeSet<>();
            topology.forEach((topic, producerAndConsumers) -> {
                if (producerAndConsumers.get(0).equals(s.module)) {
                    expected.add("topic:" + topic + ":Describe");
                    expected.add("topic:" + topic + ":Write");
                }
                if (producerAndConsumers.subList(1, producerAndConsumers.size()).contains(s.module)) {
                    expected.add("topic:" + topic + ":Describe");
                    expected.add("topic:" + topic + ":Read");
                    expected.add("group:" + s.module + ":Read");
                    expected.add("topic:" + topic + "." + s.module + ".dlq:Describe");
                    expected.add("topic:" + topic + "." + s.module + ".dlq:Write");
                }
            });
            JsonNode user = m.get("KafkaUser", s.module);
            assertEquals("guihua", user.path("metadata").path("labels").path("strimzi.io/cluster").asText());
            assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText(), m + " " + s.module);
            assertEquals(expected, acls(user, true), m + " KafkaUser " + s.module);
            JsonNode c = app(m, s);
            assertEquals(s.module, list(c.path("env")).stream().filter(e -> e.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG"))
                    .map(e -> e.path("valueFrom").path("secretKeyRef").path("name").asText()).findFirst().orElse(""),
                    m + " " + s.module + ": its SCRAM credential is the Secret of its KafkaUser");
        }
    }

    /** The documented way in for other systems: read and describe the public topics, commit their own groups' offsets. */
    @Test
    void theExternalSubscriberTemplateIsReadOnlyOnThePublicTopics() {
        List<JsonNode> users = templates().stream().filter(t -> t.path("kind").asText().equals("KafkaUser")).toList();
        assertEquals(1, users.size(), "deploy/k8s/templates: one KafkaUser template");
        JsonNode user = users.get(0);
        String name = user.path("metadata").path("name").asText();
        assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText());
        Set<String> expected = new TreeSet<>();
        for (String topic : PUBLIC_TOPICS) {
            expected.add("topic:" + topic + ":Describe");
            expected.add("topic:" + topic + ":Read");
        }
        expected.add("group:" + name + "*:Describe");
        expected.add("group:" + name + "*:Read");
        assertEquals(expected, acls(user, false), "the subscriber's ACLs (a group name with * is a prefix)");
        assertTrue(eventTopology().keySet().containsAll(PUBLIC_TOPICS), "every public topic is a documented topic");
        String runbook = Repository.read(Repository.ROOT.resolve("docs/operations.md"));
        assertTrue(runbook.contains("deploy/k8s/templates/external-subscriber.yaml"), "docs/operations.md tells how to use the template");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Production and operations

    @Test
    void productionRunsTwoReplicasAtLeastReplicatesSynchronouslyAndBacksUpPostgres() {
        Manifests prod = rendered("prod");
        for (Deployed s : deployed()) {
            assertTrue(prod.get("HorizontalPodAutoscaler", s.module).path("spec").path("minReplicas").asInt() >= 2, s.module + " HPA min");
        }
        JsonNode cluster = prod.get("Cluster", "guihua-pg").path("spec");
        assertEquals(3, cluster.path("instances").asInt());
        JsonNode sync = cluster.path("postgresql").path("synchronous");
        assertEquals("any", sync.path("method").asText(), "prod: quorum-based synchronous replication");
        assertTrue(sync.path("number").asInt() >= 1, "prod: a commit waits for a standby");
        assertEquals("required", sync.path("dataDurability").asText("required"), "prod: writes wait rather than go on unreplicated");
        assertTrue(sync.path("failoverQuorum").asBoolean(), "prod: only a standby holding every synchronous commit is promoted");
        String store = list(cluster.path("plugins")).stream().filter(p -> p.path("isWALArchiver").asBoolean())
                .map(p -> p.path("parameters").path("barmanObjectName").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("prod: no WAL archiving"));
        prod.get("ObjectStore", store);
        assertEquals("guihua-pg", prod.ofKind("ScheduledBackup").get(0).path("spec").path("cluster").path("name").asText());
        for (JsonNode p : prod.ofKind("Pooler")) {
            assertTrue(p.path("spec").path("instances").asInt() >= 2, "prod: " + p.path("metadata").path("name").asText() + " survives a node");
        }
    }

    /** The alerts ops needs: a stuck outbox, a dead consumer, dead letters, 5xx and readiness flapping. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theAlertsWatchTheOutboxTheConsumersDeadLettersErrorsAndReadiness(Manifests m) {
        Map<String, String> alerts = new TreeMap<>();
        for (JsonNode rule : m.ofKind("PrometheusRule")) {
            for (JsonNode group : list(rule.path("spec").path("groups"))) {
                for (JsonNode r : list(group.path("rules"))) {
                    if (r.has("alert")) {
                        alerts.put(r.path("alert").asText(), r.path("expr").asText());
                        assertFalse(r.path("labels").path("severity").asText().isEmpty(), m + " " + r.path("alert").asText() + ": severity");
                    }
                }
            }
        }
        Map<String, String> watched = Map.of(
                "GuihuaOutboxStuck", "guihua_outbox_oldest_age_seconds",
                "GuihuaConsumerStalled", "guihua_consumer_lag",
                "GuihuaConsumerLagGrowing", "kafka_consumergroup_lag",
                "GuihuaDeadLettersGrowing", "dlq",
                "GuihuaHighServerErrorRate", "5..",
                "GuihuaReadinessFlapping", "kube_pod_status_ready");
        watched.forEach((alert, metric) -> {
            assertTrue(alerts.containsKey(alert), m + ": no alert " + alert + " (has " + alerts.keySet() + ")");
            assertTrue(alerts.get(alert).contains(metric), m + " " + alert + " must watch " + metric);
        });
        String runbook = Repository.read(Repository.ROOT.resolve("docs/operations.md"));
        for (String alert : alerts.keySet()) {
            assertTrue(runbook.contains("`" + alert + "`"), "docs/operations.md must say what to do on " + alert);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void whatTheOverlayDoesNotContainIsDocumentedForOperations(Manifests m) {
        String runbook = Repository.read(Repository.ROOT.resolve("docs/operations.md"));
        Set<String> external = new TreeSet<>();
        for (JsonNode d : m.ofKind("Deployment")) {
            JsonNode pod = d.path("spec").path("template").path("spec");
            for (JsonNode c : list(pod.path("containers"))) {
                for (JsonNode e : list(c.path("env"))) {
                    ref(m, "ConfigMap", e.path("valueFrom").path("configMapKeyRef").path("name"), external);
                    ref(m, "Secret", e.path("valueFrom").path("secretKeyRef").path("name"), external);
                }
                for (JsonNode e : list(c.path("envFrom"))) {
                    ref(m, "ConfigMap", e.path("configMapRef").path("name"), external);
                    ref(m, "Secret", e.path("secretRef").path("name"), external);
                }
            }
            for (JsonNode v : list(pod.path("volumes"))) {
                ref(m, "ConfigMap", v.path("configMap").path("name"), external);
                ref(m, "Secret", v.path("secret").path("secretName"), external);
            }
        }
        for (JsonNode r : list(m.get("Cluster", "guihua-pg").path("spec").path("managed").path("roles"))) {
            ref(m, "Secret", r.path("passwordSecret").path("name"), external);
        }
        for (JsonNode store : m.ofKind("ObjectStore")) {
            ref(m, "Secret", store.path("spec").path("configuration").path("s3Credentials").path("accessKeyId").path("name"), external);
        }
        for (JsonNode ingress : m.ofKind("Ingress")) {
            for (JsonNode tls : list(ingress.path("spec").path("tls"))) {
                ref(m, "Secret", tls.path("secretName"), external);
            }
        }
        Set<String> undocumented = new TreeSet<>();
        for (String name : external) {
            if (!runbook.contains("`" + name + "`")) {
                undocumented.add(name);
            }
        }
        assertTrue(undocumented.isEmpty(), m + ": the pods need " + undocumented + ", which the overlay does not create and docs/operations.md does not name");
    }

    @Test
    void theRunbookNamesTheSupportedOperatorReleases() {
        String runbook = Repository.read(Repository.ROOT.resolve("docs/operations.md"));
        for (JsonNode source : ManifestSchemas.load().index.path("sources")) {
            String label = source.path("label").asText();
            String product = label.substring(0, label.lastIndexOf('-'));
            String release = label.substring(label.lastIndexOf('-') + 1);
            String minor = release.chars().filter(ch -> ch == '.').count() >= 2 ? release.substring(0, release.lastIndexOf('.')) : release;
            assertTrue(runbook.contains(minor), "docs/operations.md must name " + product + " " + minor + ", whose schemas the manifests are checked against");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Topic to [producer, consumers...], from docs/events.md's headings, and credit-service's topic as being built. */
    static Map<String, List<String>> eventTopology() {
        Map<String, List<String>> topology = new TreeMap<>();
        Matcher h = Pattern.compile("^## `(guihua\\.[a-z.-]+)` \\(producer: ([a-z-]+)(?:; consumers?: ([a-z, -]+))?\\)", Pattern.MULTILINE)
                .matcher(Repository.read(Repository.ROOT.resolve("docs/events.md")));
        while (h.find()) {
            List<String> pc = new ArrayList<>();
            pc.add(h.group(2));
            if (h.group(3) != null) {
                Arrays.stream(h.group(3).split(",")).map(String::strip).filter(c -> !c.isEmpty()).forEach(pc::add);
            }
            topology.put(h.group(1), pc);
        }
        // credit-service publishes guihua.credit.events, consumed by nobody yet (docs/events.md does not list it yet)
        topology.putIfAbsent("guihua.credit.events", List.of("credit-service"));
        return topology;
    }

    static Set<String> deadLetterTopics() {
        Set<String> dlq = new TreeSet<>();
        eventTopology().forEach((topic, pc) -> pc.subList(1, pc.size()).forEach(group -> dlq.add(topic + "." + group + ".dlq")));
        return dlq;
    }

    /** "type:name:Operation" for every allowed ACL entry; a prefix pattern's name ends with * when asked. */
    private static Set<String> acls(JsonNode user, boolean literalOnly) {
        Set<String> found = new TreeSet<>();
        for (JsonNode acl : list(user.path("spec").path("authorization").path("acls"))) {
            assertEquals("allow", acl.path("type").asText("allow"));
            JsonNode resource = acl.path("resource");
            boolean prefix = resource.path("patternType").asText("literal").equals("prefix");
            assertFalse(literalOnly && prefix, user.path("metadata").path("name").asText() + ": a prefix ACL gives more than its own topics");
            for (JsonNode op : list(acl.path("operations"))) {
                found.add(resource.path("type").asText() + ":" + resource.path("name").asText() + (prefix ? "*" : "") + ":" + op.asText());
            }
        }
        return found;
    }

    private static JsonNode listener(Manifests m, String name) {
        return list(m.get("Kafka", "guihua").path("spec").path("kafka").path("listeners")).stream()
                .filter(l -> l.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(m + ": no Kafka listener " + name));
    }

    private static List<JsonNode> templates() {
        List<JsonNode> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Repository.ROOT.resolve("deploy/k8s/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (var it = new YAMLMapper().readerFor(JsonNode.class).<JsonNode>readValues(f.toFile())) {
                    while (it.hasNext()) {
                        JsonNode doc = it.next();
                        if (doc != null && !doc.isEmpty()) {
                            docs.add(doc);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static boolean fromMonitoring(JsonNode rule) {
        return list(rule.path("from")).stream().anyMatch(peer -> "monitoring".equals(peer.path("namespaceSelector").path("matchLabels").path("guihua.cn/role").asText()));
    }

    private static Map<String, String> labels(JsonNode matchLabels) {
        Map<String, String> found = new TreeMap<>();
        matchLabels.fields().forEachRemaining(f -> found.put(f.getKey(), f.getValue().asText()));
        return found;
    }

    /** The topic of every channel the AsyncAPI documents under docs/asyncapi describe. */
    private static Set<String> asyncApiChannels() {
        Set<String> addresses = new TreeSet<>();
        Path dir = Repository.ROOT.resolve("docs/asyncapi");
        if (!Files.isDirectory(dir)) {
            return addresses;
        }
        try (Stream<Path> docs = Files.list(dir)) {
            for (Path doc : docs.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                new YAMLMapper().readTree(doc.toFile()).path("channels")
                        .forEach(channel -> addresses.add(channel.path("address").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        addresses.remove("");
        return addresses;
    }

    /** Secrets an operator writes from a rendered resource: a KafkaUser's, and the Strimzi cluster CA's certificate. */
    private static boolean createdByAnOperator(Manifests m, String kind, String name) {
        if (!kind.equals("Secret")) {
            return false;
        }
        return m.find("KafkaUser", name).isPresent()
                || m.ofKind("Kafka").stream().anyMatch(k -> name.equals(k.path("metadata").path("name").asText() + "-cluster-ca-cert"));
    }

    private static void ref(Manifests m, String kind, JsonNode name, Set<String> external) {
        if (!name.isMissingNode() && m.find(kind, name.asText()).isEmpty() && !createdByAnOperator(m, kind, name.asText())) {
            external.add(name.asText());
        }
    }

    private static JsonNode app(Manifests m, Deployed s) {
        List<JsonNode> containers = list(m.get("Deployment", s.module).path("spec").path("template").path("spec").path("containers"));
        assertEquals(1, containers.size(), m + " " + s.module + ": one container");
        return containers.get(0);
    }

    /** Variable name to value (or to a description of where the value comes from, for Secrets and external maps). */
    private static Map<String, String> environment(Manifests m, JsonNode container) {
        Map<String, String> env = new TreeMap<>();
        for (JsonNode from : list(container.path("envFrom"))) {
            JsonNode cm = from.path("configMapRef");
            if (!cm.isMissingNode()) {
                m.find("ConfigMap", cm.path("name").asText()).ifPresentOrElse(
                        map -> map.path("data").fields().forEachRemaining(f -> env.put(f.getKey(), f.getValue().asText())),
                        () -> fail(m + ": envFrom a ConfigMap that is not rendered: " + cm.path("name").asText()));
            }
        }
        for (JsonNode e : list(container.path("env"))) {
            String name = e.path("name").asText();
            if (e.has("value")) {
                env.put(name, e.path("value").asText());
                continue;
            }
            JsonNode cm = e.path("valueFrom").path("configMapKeyRef");
            JsonNode secret = e.path("valueFrom").path("secretKeyRef");
            if (!cm.isMissingNode()) {
                String mapName = cm.path("name").asText();
                String key = cm.path("key").asText();
                env.put(name, m.find("ConfigMap", mapName).map(map -> {
                    assertTrue(map.path("data").has(key), m + ": ConfigMap " + mapName + " has no key " + key + " for " + name);
                    return map.path("data").path(key).asText();
                }).orElse("configmap:" + mapName + "/" + key));
            } else if (!secret.isMissingNode()) {
                env.put(name, "secret:" + secret.path("name").asText() + "/" + secret.path("key").asText());
            } else {
                fail(m + ": " + name + " has neither a value nor a reference");
            }
        }
        return env;
    }

    private static String secretOf(JsonNode container, String variable) {
        return list(container.path("env")).stream().filter(e -> e.path("name").asText().equals(variable))
                .map(e -> e.path("valueFrom").path("secretKeyRef").path("name").asText()).findFirst()
                .filter(n -> !n.isEmpty())
                .orElseThrow(() -> new AssertionError(variable + " must come from a Secret"));
    }

    /**
     * What a deployment must give the service: {@link Repository#startupVariables} for the services local-stack
     * knows; for credit-service, until it does, the placeholders of its application.properties without a
     * production-worthy default, the same rule in short.
     */
    private static Set<String> startupVariables(Deployed s) {
        if (s.service != null) {
            return Repository.startupVariables(s.service);
        }
        Properties p = properties(Repository.ROOT.resolve(s.module).resolve("src/main/resources/application.properties"));
        Set<String> vars = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}").matcher("");
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("%")) {
                String base = key.substring(key.indexOf('.') + 1);
                if ((key.startsWith("%test.") || key.startsWith("%dev.")) && !p.containsKey(base) && !p.containsKey("%prod." + base)) {
                    vars.add(Repository.environmentName(base));
                }
                continue;
            }
            placeholder.reset(p.getProperty(key));
            while (placeholder.find()) {
                String fallback = placeholder.group(2);
                if (fallback == null || fallback.contains("localhost") || fallback.contains("guihua.dev/local")
                        || placeholder.group(1).matches(".*(USER|PASSWORD|TOKEN|SECRET).*")) {
                    vars.add(placeholder.group(1));
                }
            }
        }
        return vars;
    }

    private static Properties properties(Path file) {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Whether the service calls the other: it reads the other's URL variable. */
    private static boolean calls(Deployed s, Deployed other) {
        return startupVariables(s).contains(other.urlVariable());
    }

    private static boolean allowsEgress(JsonNode policy, String label, String value, int port) {
        return list(policy.path("egress")).stream().anyMatch(rule ->
                list(rule.path("to")).stream().anyMatch(peer -> value.equals(peer.path("podSelector").path("matchLabels").path(label).asText()))
                        && list(rule.path("ports")).stream().anyMatch(p -> p.path("port").asInt() == port));
    }
}
