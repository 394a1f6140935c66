package cn.guihua.platform;

import cn.guihua.platform.security.TokenEndpoint;
import cn.guihua.testsupport.KafkaResource;
import cn.guihua.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * The platform's tests run against a real PostgreSQL database and a real Kafka broker, and an identity provider's
 * token endpoint for the service tokens.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(TokenEndpoint.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
