package cn.guihua.indicator.platform;

import cn.guihua.testsupport.KafkaResource;
import cn.guihua.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every test of this service runs against a real PostgreSQL database and a real Kafka broker; plan-service,
 * a neighbour outside the system under test, is a stub serving its catalogue contract.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PlanServiceStub.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
