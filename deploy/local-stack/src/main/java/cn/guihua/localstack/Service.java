package cn.guihua.localstack;

import java.util.List;

/** The five services, their ports and databases, in the order they start. */
public enum Service {
    PLAN("plan-service", 8081, "plan"),
    INDICATOR("indicator-service", 8082, "indicator"),
    EMERGENCY("emergency-service", 8083, "emergency"),
    SUBSIDY("subsidy-service", 8084, "subsidy"),
    CREDIT("credit-service", 8085, "credit");

    public final String module;
    public final int port;
    public final String database;

    Service(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The environment variable by which the other services find this one, e.g. PLAN_SERVICE_URL. */
    public String urlVariable() {
        return module.toUpperCase().replace('-', '_') + "_URL";
    }

    public static List<String> databases() {
        return List.of(values()).stream().map(s -> s.database).toList();
    }
}
