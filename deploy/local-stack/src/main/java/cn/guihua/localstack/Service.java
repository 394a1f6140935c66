package cn.guihua.localstack;

import java.util.List;

/**
 * The five services, their ports and databases, in the order they start. Each has a management port beside its
 * HTTP port, 1000 above it (9081 for 8081 ...): health, metrics, OpenAPI and Swagger UI are served there when the
 * service runs from its jar (the prod profile, {@code quarkus.management.enabled}), as on port 9000 in Kubernetes.
 */
public enum Service {
    PLAN("plan-service", 8081, "plan"),
    INDICATOR("indicator-service", 8082, "indicator"),
    EMERGENCY("emergency-service", 8083, "emergency"),
    SUBSIDY("subsidy-service", 8084, "subsidy"),
    CREDIT("credit-service", 8085, "credit");

    /** How far above its HTTP port a service's management port is in the local stack. */
    public static final int MANAGEMENT_PORT_DISTANCE = 1000;

    public final String module;
    public final int port;
    /** Health, metrics, OpenAPI (QUARKUS_MANAGEMENT_PORT): 9081 ... 9085. */
    public final int managementPort;
    public final String database;

    Service(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.managementPort = port + MANAGEMENT_PORT_DISTANCE;
        this.database = database;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Where the local stack's instance answers health and metrics: {@code http://localhost:9081} ... */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** The environment variable by which the other services find this one, e.g. PLAN_SERVICE_URL. */
    public String urlVariable() {
        return module.toUpperCase().replace('-', '_') + "_URL";
    }

    public static List<String> databases() {
        return List.of(values()).stream().map(s -> s.database).toList();
    }
}
