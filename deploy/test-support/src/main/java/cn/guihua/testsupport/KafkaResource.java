package cn.guihua.testsupport;

import java.util.Map;

import cn.guihua.embedded.EmbeddedKafka;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a Quarkus test a real single-node Kafka broker (KRaft), one per test JVM.
 * Use as {@code @QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafka broker;

    public static synchronized EmbeddedKafka broker() {
        if (broker == null) {
            try {
                broker = EmbeddedKafka.start(0, null);
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the embedded Kafka broker", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    broker.close();
                } catch (Exception ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker is shared by the whole test JVM and stops with it.
    }
}
