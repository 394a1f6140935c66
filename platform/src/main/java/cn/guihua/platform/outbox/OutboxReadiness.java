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
        String state = problem != null ? problem : relay.enabled() ? "publishing" : "disabled on this instance";
        return HealthCheckResponse.named("Outbox relay").status(problem == null)
                .withData("backlog", relay.backlog()).withData("reason", state).build();
    }
}
