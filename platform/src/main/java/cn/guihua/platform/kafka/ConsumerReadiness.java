package cn.guihua.platform.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** DOWN when a consumer's thread has stopped: its events would pile up unread. */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    @Inject
    EventConsumers consumers;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("Kafka consumers").up();
        for (ConsumerLoop loop : consumers.loops()) {
            ConsumerLoop.State state = loop.state();
            boolean up = state == ConsumerLoop.State.RUNNING || state == ConsumerLoop.State.STARTING;
            r.withData(loop.name(), state + (loop.failure() == null ? "" : ": " + loop.failure()));
            r.withData(loop.name() + ".lag", loop.lag());
            if (!up) {
                r.down();
            }
        }
        return r.build();
    }
}
