package cn.guihua.subsidy.platform;

import cn.guihua.testsupport.KafkaResource;
import cn.guihua.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every test of this service runs against a real PostgreSQL database and a real Kafka broker; indicator-service, a
 * neighbour, is a stub HTTP server.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(IndicatorServiceStub.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
