package cn.guihua.platform;

import cn.guihua.testsupport.KafkaResource;
import cn.guihua.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/** The platform's tests run against a real PostgreSQL database and a real Kafka broker. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
