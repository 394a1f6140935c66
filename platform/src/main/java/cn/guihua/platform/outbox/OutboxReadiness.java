package cn.guihua.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN when the relay thread stopped, or when events wait longer than {@code guihua.outbox.max-age} to be sent. */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        String problem = relay.problem();
        return HealthCheckResponse.named("Outbox relay").status(problem == null)
                .withData("backlog", relay.backlog()).withData("reason", problem == null ? "publishing" : problem).build();
    }
}
