package cn.guihua.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedInfrastructureTest {

    @Test
    void postgresKeepsItsDataAcrossRestarts() throws Exception {
        Path dir = Files.createTempDirectory("pg-test");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(0, dir)) {
            pg.createDatabases(List.of("plan", "plan"));
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("plan"), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD)) {
                c.createStatement().execute("CREATE TABLE t (v text)");
                c.createStatement().execute("INSERT INTO t VALUES ('kept')");
            }
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(0, dir);
                Connection c = DriverManager.getConnection(pg.jdbcUrl("plan"), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
                ResultSet rs = c.createStatement().executeQuery("SELECT v FROM t")) {
            rs.next();
            assertEquals("kept", rs.getString(1));
        }
    }

    @Test
    void kafkaRoundTrip() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(0, null);
                var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                        new StringSerializer(), new StringSerializer());
                var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                        "group.id", "t", "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            producer.send(new ProducerRecord<>("round-trip", "370104:X", "hello")).get();
            consumer.subscribe(List.of("round-trip"));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            for (int i = 0; i < 50 && records.isEmpty(); i++) {
                records = consumer.poll(Duration.ofMillis(200));
            }
            assertEquals(1, records.count());
            assertEquals("hello", records.iterator().next().value());
        }
    }
}
