package cn.guihua.systemtest;

import static cn.guihua.systemtest.Manifests.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.guihua.localstack.Service;

/**
 * Renders every overlay of deploy/k8s with {@code kubectl kustomize} and checks what must hold before anyone
 * applies it: hardened, probed and bounded pods; the images and ports of the modules; every variable a service
 * reads at start-up provided; the neighbours, database and Kafka it needs, and nothing left to guess.
 */
class ManifestTest {

    private static final List<String> OVERLAYS = List.of("dev", "prod");
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    static Stream<Manifests> overlays() {
        return OVERLAYS.stream().map(o -> RENDERED.computeIfAbsent(o, Manifests::render));
    }

    @Test
    void everyOverlayDirectoryIsChecked() {
        try (Stream<Path> dirs = Files.list(Repository.ROOT.resolve("deploy/k8s/overlays"))) {
            assertEquals(new TreeSet<>(OVERLAYS), new TreeSet<>(dirs.map(d -> d.getFileName().toString()).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentIsProbedBoundedAndNonRoot(Manifests m) {
        List<JsonNode> deployments = m.ofKind("Deployment");
        assertFalse(deployments.isEmpty(), m + ": no Deployment");
        for (JsonNode d : deployments) {
            String name = d.path("metadata").path("name").asText();
            JsonNode pod = d.path("spec").path("template").path("spec");
            for (JsonNode c : list(pod.path("containers"))) {
                String where = m + " " + name + "/" + c.path("name").asText() + ": ";
                Set<String> ports = new HashSet<>();
                for (JsonNode p : list(c.path("ports"))) {
                    ports.add(p.path("name").asText());
                    ports.add(p.path("containerPort").asText());
                }
                Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready", "startupProbe", "/q/health/started")
                        .forEach((probe, path) -> {
                            JsonNode get = c.path(probe).path("httpGet");
                            assertEquals(path, get.path("path").asText(), where + probe);
                            assertTrue(ports.contains(get.path("port").asText()), where + probe + " on an undeclared port " + get.path("port"));
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
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceRunsItsModulesImageOnItsPort(Manifests m) {
        assertEquals(Service.values().length, m.ofKind("Deployment").size(), m + ": one Deployment per service");
        for (Service s : Service.values()) {
            JsonNode c = app(m, s);
            assertEquals("guihua/" + s.module + ":" + Repository.VERSION, c.path("image").asText(), m + " " + s.module + " image");
            int port = Repository.httpPort(s);
            assertEquals(port, c.path("ports").path(0).path("containerPort").asInt(), m + " " + s.module + " containerPort");
            JsonNode svc = m.get("Service", s.module);
            assertEquals(s.module, svc.path("spec").path("selector").path("app.kubernetes.io/name").asText());
            JsonNode svcPort = svc.path("spec").path("ports").path(0);
            assertEquals(port, svcPort.path("port").asInt(), m + " Service " + s.module + " port, as the *_SERVICE_URL variables say");
            assertTrue(Set.of("http", String.valueOf(port)).contains(svcPort.path("targetPort").asText()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyVariableAServiceReadsAtStartUpIsProvided(Manifests m) {
        for (Service s : Service.values()) {
            JsonNode c = app(m, s);
            Map<String, String> provided = environment(m, c);
            Set<String> missing = new TreeSet<>(Repository.startupVariables(s));
            missing.removeAll(provided.keySet());
            assertTrue(missing.isEmpty(), m + " " + s.module + " reads " + missing + " at start-up but its Deployment does not set them");
            // The public key location is a file the pod must have.
            String key = provided.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
            if (key != null && key.startsWith("/")) {
                assertTrue(list(c.path("volumeMounts")).stream().anyMatch(v -> key.startsWith(v.path("mountPath").asText() + "/")),
                        m + " " + s.module + ": nothing is mounted where " + key + " is");
            }
            for (Service other : Service.values()) {
                assertEquals("http://" + other.module + ":" + Repository.httpPort(other), provided.get(other.urlVariable()),
                        m + " " + s.module + " " + other.urlVariable());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceHasItsOwnDatabaseAndCredentials(Manifests m) {
        JsonNode cluster = m.get("Cluster", "guihua-pg");
        for (Service s : Service.values()) {
            JsonNode c = app(m, s);
            Map<String, String> env = environment(m, c);
            assertTrue(env.get("DB_URL").matches("jdbc:postgresql://guihua-pg-rw:5432/" + s.database), m + " " + s.module + " DB_URL " + env.get("DB_URL"));
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
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceScalesSurvivesDisruptionIsScrapedAndFenced(Manifests m) {
        for (Service s : Service.values()) {
            String where = m + " " + s.module + ": ";
            JsonNode hpa = m.get("HorizontalPodAutoscaler", s.module);
            assertEquals(s.module, hpa.path("spec").path("scaleTargetRef").path("name").asText(), where + "HPA target");
            assertTrue(hpa.path("spec").path("maxReplicas").asInt() > hpa.path("spec").path("minReplicas").asInt(), where + "HPA range");
            assertEquals(s.module, m.get("PodDisruptionBudget", s.module).path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
            JsonNode monitor = m.get("ServiceMonitor", s.module);
            assertEquals(s.module, monitor.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
            assertEquals("/q/metrics", monitor.path("spec").path("endpoints").path(0).path("path").asText(), where + "metrics path");

            JsonNode policy = m.get("NetworkPolicy", s.module).path("spec");
            assertEquals(s.module, policy.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
            assertTrue(list(policy.path("policyTypes")).stream().map(JsonNode::asText).toList().containsAll(List.of("Ingress", "Egress")), where + "policy types");
            for (JsonNode rule : list(policy.path("ingress"))) {
                assertTrue(rule.has("from") && !rule.path("from").isEmpty(), where + "an ingress rule open to everyone");
                assertTrue(rule.has("ports"), where + "an ingress rule open on every port");
            }
            assertTrue(allowsEgress(policy, "cnpg.io/cluster", "guihua-pg", 5432), where + "no egress to PostgreSQL");
            assertTrue(allowsEgress(policy, "strimzi.io/cluster", "guihua", 9092), where + "no egress to Kafka");
            // exactly the neighbours whose URL the service reads, in both policies
            for (Service other : Service.values()) {
                if (other == s) {
                    continue;
                }
                boolean calls = neighboursCalled(s).contains(other);
                assertEquals(calls, allowsEgress(policy, "app.kubernetes.io/name", other.module, Repository.httpPort(other)),
                        where + (calls ? "reads " + other.urlVariable() + " but may not reach " : "may reach, without reading its URL, ") + other.module);
                JsonNode theirs = m.get("NetworkPolicy", other.module).path("spec");
                assertEquals(calls, list(theirs.path("ingress")).stream().anyMatch(rule -> list(rule.path("from")).stream()
                        .anyMatch(peer -> s.module.equals(peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText()))),
                        m + " " + other.module + (calls ? " does not admit " + s.module + ", which calls it" : " admits " + s.module + ", which never calls it"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kafkaRunsInKraftModeWithEveryTopic(Manifests m) {
        JsonNode kafka = m.get("Kafka", "guihua");
        assertEquals("enabled", kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText(), m + ": KRaft");
        assertEquals("enabled", kafka.path("metadata").path("annotations").path("strimzi.io/node-pools").asText(), m + ": node pools");
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

        Set<String> topics = new TreeSet<>(List.of("guihua.indicator.monitoring", "guihua.plan.events", "guihua.emergency.events"));
        Matcher documented = Pattern.compile("^## `(guihua\\.[a-z.]+)`", Pattern.MULTILINE).matcher(Repository.read(Repository.ROOT.resolve("docs/events.md")));
        while (documented.find()) {
            topics.add(documented.group(1));
        }
        topics.addAll(asyncApiChannels());
        for (String topic : topics) {
            JsonNode spec = m.get("KafkaTopic", topic).path("spec");
            int replicas = spec.path("replicas").asInt();
            assertTrue(replicas <= brokers, m + " " + topic + ": more replicas than brokers");
            assertTrue(spec.path("partitions").asInt() >= 3, m + " " + topic + ": partitions");
            if (m.overlay.equals("prod")) {
                assertEquals(3, replicas, m + " " + topic + ": replicas");
                assertEquals(2, spec.path("config").path("min.insync.replicas").asInt(), m + " " + topic + ": min.insync.replicas");
                assertTrue(spec.path("partitions").asInt() >= m.get("HorizontalPodAutoscaler", Service.PLAN.module).path("spec").path("maxReplicas").asInt(),
                        m + " " + topic + ": fewer partitions than consumer replicas would leave replicas idle");
            }
        }
    }

    @Test
    void productionRunsTwoReplicasAtLeastAndBacksUpPostgres() {
        Manifests prod = RENDERED.computeIfAbsent("prod", Manifests::render);
        for (Service s : Service.values()) {
            assertTrue(prod.get("Deployment", s.module).path("spec").path("replicas").asInt() >= 2, s.module + " replicas");
            assertTrue(prod.get("HorizontalPodAutoscaler", s.module).path("spec").path("minReplicas").asInt() >= 2, s.module + " HPA min");
        }
        JsonNode cluster = prod.get("Cluster", "guihua-pg").path("spec");
        assertEquals(3, cluster.path("instances").asInt());
        String store = list(cluster.path("plugins")).stream().filter(p -> p.path("isWALArchiver").asBoolean())
                .map(p -> p.path("parameters").path("barmanObjectName").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("prod: no WAL archiving"));
        prod.get("ObjectStore", store);
        assertEquals("guihua-pg", prod.ofKind("ScheduledBackup").get(0).path("spec").path("cluster").path("name").asText());
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
        Set<String> undocumented = new TreeSet<>();
        for (String name : external) {
            if (!runbook.contains("`" + name + "`")) {
                undocumented.add(name);
            }
        }
        assertTrue(undocumented.isEmpty(), m + ": the pods need " + undocumented + ", which the overlay does not create and docs/operations.md does not name");
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

    private static void ref(Manifests m, String kind, JsonNode name, Set<String> external) {
        if (!name.isMissingNode() && m.find(kind, name.asText()).isEmpty()) {
            external.add(name.asText());
        }
    }

    private static JsonNode app(Manifests m, Service s) {
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

    /** The neighbours whose URL variable the service's configuration or code reads. */
    private static Set<Service> neighboursCalled(Service s) {
        Set<String> vars = Repository.startupVariables(s);
        Set<Service> called = new HashSet<>();
        for (Service other : Service.values()) {
            if (other != s && vars.contains(other.urlVariable())) {
                called.add(other);
            }
        }
        return called;
    }

    private static boolean allowsEgress(JsonNode policy, String label, String value, int port) {
        return list(policy.path("egress")).stream().anyMatch(rule ->
                list(rule.path("to")).stream().anyMatch(peer -> value.equals(peer.path("podSelector").path("matchLabels").path(label).asText()))
                        && list(rule.path("ports")).stream().anyMatch(p -> p.path("port").asInt() == port));
    }
}
