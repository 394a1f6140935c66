package cn.guihua.credit.platform;

import cn.guihua.testsupport.KafkaResource;
import cn.guihua.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every test of this service runs against a real PostgreSQL database and a real Kafka broker, and against a stub of
 * emergency-service's working-day calendar (the one neighbour it calls).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(CalendarStub.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
