package cn.guihua.plan.platform;

import cn.guihua.testsupport.KafkaResource;
import cn.guihua.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this service runs against a real PostgreSQL database and a real Kafka broker. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
