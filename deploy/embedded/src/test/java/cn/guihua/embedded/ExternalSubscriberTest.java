package cn.guihua.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Another government system subscribes the way docs/operations.md tells it to ("Let another system subscribe"):
 * the broker's SCRAM listener stands for the cluster's external listener, the user gets exactly the ACLs of the
 * KafkaUser template deploy/k8s/templates/external-subscriber.yaml, and the consumer is configured with the
 * runbook's properties, placeholders filled in. It reads the public topics; it may not read the others, write, or
 * use another system's consumer group; a user without those ACLs, or with a wrong password, is refused.
 */
class ExternalSubscriberTest {

    private static final Path ROOT = Path.of(System.getProperty("guihua.root", "../..")).toAbsolutePath().normalize();
    private static final String SUBSCRIBER = "ext-zibo-stats";
    private static final String PASSWORD = "s3cret-of-" + SUBSCRIBER;
    private static final String STRANGER = "ext-unknown";
    private static final List<String> TOPICS = List.of("guihua.plan.events", "guihua.indicator.monitoring",
            "guihua.indicator.reporting", "guihua.emergency.events", "guihua.credit.events",
            "guihua.indicator.monitoring.plan-service.dlq");

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.builder().scramListener(0).start();
        try (Admin admin = kafka.admin()) {
            admin.createTopics(TOPICS.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList()).all().get(30, TimeUnit.SECONDS);
        }
        // what the services publish, on the plain listener as in the local stack
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (String topic : TOPICS) {
                producer.send(new ProducerRecord<>(topic, "370104", "{\"specversion\":\"1.0\",\"id\":\"" + topic + "\"}")).get();
            }
        }
        kafka.createScramUser(SUBSCRIBER, PASSWORD);
        kafka.createScramUser(STRANGER, "any-password");
        kafka.createAcls(templateAcls(SUBSCRIBER));
    }

    @AfterAll
    static void stop() throws IOException {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void theSubscriberReadsEveryPublicTopicAndCommitsItsOffsets() throws Exception {
        for (String topic : publicTopics()) {
            try (var consumer = new KafkaConsumer<String, String>(documented(SUBSCRIBER, PASSWORD, SUBSCRIBER))) {
                consumer.subscribe(List.of(topic));
                List<ConsumerRecord<String, String>> read = poll(consumer, 1);
                assertEquals(1, read.size(), topic);
                assertEquals("370104", read.get(0).key());
                assertTrue(read.get(0).value().contains("\"id\":\"" + topic + "\""));
                consumer.commitSync();
            }
        }
        // a second group of its own (prefix ACL), e.g. for a replay
        try (var consumer = new KafkaConsumer<String, String>(documented(SUBSCRIBER, PASSWORD, SUBSCRIBER + "-replay"))) {
            consumer.subscribe(List.of("guihua.plan.events"));
            assertEquals(1, poll(consumer, 1).size());
        }
    }

    @Test
    void theSubscriberReadsNeitherCreditEventsNorDeadLetters() {
        for (String topic : List.of("guihua.credit.events", "guihua.indicator.monitoring.plan-service.dlq")) {
            try (var consumer = new KafkaConsumer<String, String>(documented(SUBSCRIBER, PASSWORD, SUBSCRIBER))) {
                consumer.subscribe(List.of(topic));
                TopicAuthorizationException e = assertThrows(TopicAuthorizationException.class, () -> poll(consumer, 1), topic);
                assertTrue(e.unauthorizedTopics().contains(topic));
            }
        }
    }

    @Test
    void theSubscriberWritesNothing() {
        Properties p = documented(SUBSCRIBER, PASSWORD, SUBSCRIBER);
        p.keySet().removeIf(k -> k.toString().startsWith("group.") || k.toString().contains("deserializer")
                || k.toString().startsWith("auto.") || k.toString().startsWith("enable.") || k.toString().startsWith("isolation."));
        p.put("max.block.ms", "10000");
        try (var producer = new KafkaProducer<String, String>(p, new StringSerializer(), new StringSerializer())) {
            Exception e = assertThrows(Exception.class,
                    () -> producer.send(new ProducerRecord<>("guihua.plan.events", "370104", "{}")).get(30, TimeUnit.SECONDS));
            // an idempotent producer (the default) is refused at its first request, before naming the topic: through the
            // send's future, or, when the refusal came before the send, by send itself ("in an error state")
            assertTrue(e instanceof ExecutionException || e instanceof KafkaException, e::toString);
            assertInstanceOf(AuthorizationException.class, e.getCause());
        }
    }

    @Test
    void theSubscriberMayNotUseAnotherSystemsGroup() {
        try (var consumer = new KafkaConsumer<String, String>(documented(SUBSCRIBER, PASSWORD, "plan-service"))) {
            consumer.subscribe(List.of("guihua.plan.events"));
            assertThrows(GroupAuthorizationException.class, () -> poll(consumer, 1));
        }
    }

    @Test
    void aUserWithoutTheAclsIsRefused() {
        try (var consumer = new KafkaConsumer<String, String>(documented(STRANGER, "any-password", STRANGER))) {
            consumer.subscribe(List.of("guihua.plan.events"));
            assertThrows(AuthorizationException.class, () -> poll(consumer, 1));
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (var consumer = new KafkaConsumer<String, String>(documented(SUBSCRIBER, "not-" + PASSWORD, SUBSCRIBER))) {
            consumer.subscribe(List.of("guihua.plan.events"));
            assertThrows(SaslAuthenticationException.class, () -> poll(consumer, 1));
        }
    }

    @Test
    void theTemplateGrantsReadOnly() throws IOException {
        List<AclBinding> acls = templateAcls(SUBSCRIBER);
        assertFalse(acls.isEmpty());
        for (AclBinding acl : acls) {
            assertTrue(List.of(AclOperation.READ, AclOperation.DESCRIBE).contains(acl.entry().operation()), acl.toString());
        }
    }

    /**
     * The consumer properties docs/operations.md gives the other system (the block that starts with
     * "# guihua-subscriber.properties"), with its placeholders filled in.
     */
    private static Properties documented(String user, String password, String group) {
        Matcher block = Pattern.compile("```properties\\n(# guihua-subscriber\\.properties.*?)```", Pattern.DOTALL)
                .matcher(read(ROOT.resolve("docs/operations.md")));
        assertTrue(block.find(), "docs/operations.md has no block starting with # guihua-subscriber.properties");
        String text = block.group(1)
                .replace("<bootstrap>", kafka.secureBootstrapServers())
                .replace("<user>", user)
                .replace("<password>", password)
                .replace("<ca.crt>", kafka.caCertificate().toString());
        assertFalse(text.matches("(?s).*<[a-z.]+>.*"), "a placeholder the test does not know: " + text);
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // the runbook's group.id is the user's own name; a test of another group overrides it
        p.put("group.id", group);
        p.put("default.api.timeout.ms", "15000");
        return p;
    }

    /** The ACLs of deploy/k8s/templates/external-subscriber.yaml, for the user that replaces ext-example. */
    private static List<AclBinding> templateAcls(String user) throws IOException {
        JsonNode template = new YAMLMapper().readTree(ROOT.resolve("deploy/k8s/templates/external-subscriber.yaml").toFile());
        String placeholder = template.path("metadata").path("name").asText();
        List<AclBinding> acls = new ArrayList<>();
        for (JsonNode acl : template.path("spec").path("authorization").path("acls")) {
            JsonNode r = acl.path("resource");
            ResourcePattern pattern = new ResourcePattern(ResourceType.fromString(r.path("type").asText()),
                    r.path("name").asText().replace(placeholder, user),
                    r.path("patternType").asText("literal").equals("prefix") ? PatternType.PREFIXED : PatternType.LITERAL);
            AclPermissionType permission = acl.path("type").asText("allow").equals("deny") ? AclPermissionType.DENY : AclPermissionType.ALLOW;
            for (JsonNode op : acl.path("operations")) {
                AclOperation operation = AclOperation.fromString(op.asText().replaceAll("([a-z])([A-Z])", "$1_$2"));
                acls.add(new AclBinding(pattern, new AccessControlEntry("User:" + user, "*", operation, permission)));
            }
        }
        return acls;
    }

    private static List<String> publicTopics() throws IOException {
        JsonNode template = new YAMLMapper().readTree(ROOT.resolve("deploy/k8s/templates/external-subscriber.yaml").toFile());
        List<String> topics = new ArrayList<>();
        for (JsonNode acl : template.path("spec").path("authorization").path("acls")) {
            if (acl.path("resource").path("type").asText().equals("topic")) {
                topics.add(acl.path("resource").path("name").asText());
            }
        }
        return topics;
    }

    private static List<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> consumer, int wanted) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (read.size() < wanted && System.nanoTime() < deadline) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
            records.forEach(read::add);
        }
        return read;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
