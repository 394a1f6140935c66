package cn.guihua.indicator.platform;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * plan-service, the neighbour outside the system under test: serves its public catalogue contract
 * ({@code GET /api/v1/indicators}, {@code GET /api/v1/targets}, paged) with facts from the seed documents.
 * It starts down, so that the service's state without any catalogue can be seen; {@link #ensureLoaded()}
 * brings it up and has the service read it. {@link #hang()} makes it accept requests and not answer, as a
 * plan-service would whose database or threads are stuck.
 */
public class PlanServiceStub implements QuarkusTestResourceLifecycleManager {

    private static HttpServer server;
    private static volatile boolean up;
    private static volatile boolean hanging;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean loaded;

    public static final List<Map<String, Object>> INDICATORS = concat(List.of(
            indicator("NEONATAL_MORTALITY", "新生儿死亡率", "‰", "RATE", "LOWER"),
            indicator("INFANT_MORTALITY", "婴儿死亡率", "‰", "RATE", "LOWER"),
            indicator("CHILD_INJURY_MORTALITY", "儿童意外伤害死亡率", "1/10万", "RATE", "LOWER"),
            indicator("CHILD_MYOPIA_RATE", "儿童总体近视率", "%", "PERCENTAGE", "LOWER"),
            indicator("CHILD_DROWNING_MORTALITY", "儿童溺水死亡率", "1/10万", "RATE", "LOWER"),
            indicator("CHILD_VENUES", "公益性儿童校外活动场所", "个", "COUNT", "HIGHER"),
            indicator("DISABLED_LIVING_SUBSIDY_COVERAGE", "困难残疾人生活补贴覆盖率", "%", "PERCENTAGE", "HIGHER"),
            indicator("FARMLAND_CULTIVATED_AREA", "耕地保有量", "亩", "QUANTITY", "NONE")), PhrasingCases.indicators());

    public static final List<Map<String, Object>> TARGETS = concat(List.of(
            // 000:663 （3）新生儿、婴儿和5岁以下儿童死亡率分别控制在3‰、3‰和3.5‰以下
            target(1, "370104-children-2021", "济南市槐荫区“十四五”儿童发展规划", "370104", "儿童与健康", 3, "NEONATAL_MORTALITY",
                    "AT_MOST", "3", null, "‰", null, null, "新生儿、婴儿和5岁以下儿童死亡率分别控制在3‰、3‰和3.5‰以下", "000:663"),
            target(2, "370104-children-2021", "济南市槐荫区“十四五”儿童发展规划", "370104", "儿童与健康", 3, "INFANT_MORTALITY",
                    "AT_MOST", "3", null, "‰", null, null, "新生儿、婴儿和5岁以下儿童死亡率分别控制在3‰、3‰和3.5‰以下", "000:663"),
            // 000:673 儿童总体近视率平均每年降低一个百分点以上
            target(3, "370104-children-2021", "济南市槐荫区“十四五”儿童发展规划", "370104", "儿童与健康", 8, "CHILD_MYOPIA_RATE",
                    "CHANGE_PP_PER_YEAR", "-1", null, "%", null, null, "儿童总体近视率平均每年降低一个百分点以上", "000:673"),
            // 000:721 儿童意外伤害死亡率以2020年为基数下降20%
            target(4, "370104-children-2021", "济南市槐荫区“十四五”儿童发展规划", "370104", "儿童与安全", 1, "CHILD_INJURY_MORTALITY",
                    "DECREASE_PERCENT", "20", null, "%", 2020, null, "儿童意外伤害死亡率以2020年为基数下降20%", "000:721"),
            // 000:723 儿童溺水死亡率持续下降
            target(5, "370104-children-2021", "济南市槐荫区“十四五”儿童发展规划", "370104", "儿童与安全", 2, "CHILD_DROWNING_MORTALITY",
                    "DIRECTION", null, null, "1/10万", null, "DECREASE", "儿童溺水死亡率持续下降", "000:723"),
            // 001:1142 新生儿、婴儿和5岁以下儿童死亡率分别控制在2‰、2.1‰和3.2‰以下
            target(6, "371302-children-2021", "兰山区“十四五”儿童发展规划", "371302", "儿童与健康", 3, "NEONATAL_MORTALITY",
                    "AT_MOST", "2", null, "‰", null, null, "新生儿、婴儿和5岁以下儿童死亡率分别控制在2‰、2.1‰和3.2‰以下", "001:1142")),
            PhrasingCases.targets());

    private static List<Map<String, Object>> concat(List<Map<String, Object>> a, List<Map<String, Object>> b) {
        List<Map<String, Object>> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    static Map<String, Object> indicator(String code, String name, String unit, String type, String better) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("unit", unit);
        m.put("valueType", type);
        m.put("betterDirection", better);
        m.put("scale", unit);
        m.put("trackedFrom", 2020);
        m.put("trackedTo", 2025);
        return m;
    }

    static Map<String, Object> target(long id, String plan, String title, String jurisdiction, String area, int goal,
            String indicator, String comparator, String value, String high, String unit, Integer baselineYear, String direction,
            String phrase, String ref) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("planCode", plan);
        m.put("planTitle", title);
        m.put("jurisdiction", jurisdiction);
        m.put("areaName", area);
        m.put("goalId", 100 + id);
        m.put("goalSequence", goal);
        m.put("indicatorCode", indicator);
        m.put("comparator", comparator);
        m.put("value", value == null ? null : new java.math.BigDecimal(value));
        m.put("valueHigh", high == null ? null : new java.math.BigDecimal(high));
        m.put("direction", direction);
        m.put("unit", unit);
        m.put("targetYear", 2025);
        m.put("baselineValue", null);
        m.put("baselineYear", baselineYear);
        m.put("baselineComparator", null);
        m.put("nature", null);
        m.put("scope", "JURISDICTION");
        m.put("sourcePhrase", phrase);
        m.put("sourceRef", ref);
        return m;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/indicators", ex -> page(ex, INDICATORS));
        server.createContext("/api/v1/targets", ex -> page(ex, TARGETS));
        // the public documents the templates and report documents show: a plan's document number, division names
        server.createContext("/api/v1/plans/", PlanServiceStub::plan);
        server.createContext("/api/v1/jurisdictions", PlanServiceStub::jurisdictions);
        // one thread per request, so that a request left hanging does not hold up the next one
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return Map.of("quarkus.rest-client.plan-service.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    public static void setUp(boolean isUp) {
        hanging = false;
        up = isUp;
    }

    /** From now on requests are accepted and left without an answer, until {@link #setUp} is called. */
    public static void hang() {
        hanging = true;
    }

    /** Brings the neighbour up and has the service read its catalogue (waiting out an open circuit breaker). */
    public static synchronized void ensureLoaded() {
        setUp(true);
        if (loaded) {
            return;
        }
        awaitRefreshed();
        loaded = true;
    }

    /**
     * Brings the neighbour up and waits until a forced refresh succeeds, which it does not while the service's circuit
     * breaker is still open after failures (503 until then).
     */
    public static synchronized void awaitRefreshed() {
        setUp(true);
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            int status = given().header("Authorization", DevTokens.bearer("admin", "370000"))
                    .when().post("/api/v1/catalogue/refresh").then().extract().statusCode();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the catalogue did not load from the stub");
    }

    static final Map<String, String> DIVISIONS = new LinkedHashMap<>();

    static {
        DIVISIONS.put("370104", "槐荫区");
        DIVISIONS.put("370104001", "振兴街街道");
        DIVISIONS.put("370104002", "中大槐树街道");
        DIVISIONS.put("370104003", "道德街街道");
        DIVISIONS.put("371302", "兰山区");
    }

    private static void plan(HttpExchange ex) throws IOException {
        String code = ex.getRequestURI().getPath().substring("/api/v1/plans/".length());
        if (!up || !code.equals("370104-children-2021")) {
            send(ex, up ? 404 : 503, null);
            return;
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("code", code);
        plan.put("title", "济南市槐荫区“十四五”儿童发展规划");
        plan.put("jurisdiction", "370104");
        plan.put("documentNumber", "济槐政发〔2022〕4号");
        plan.put("issuer", "济南市槐荫区人民政府");
        plan.put("issueDate", "2022-11-22");
        plan.put("periodStart", 2021);
        plan.put("periodEnd", 2025);
        send(ex, 200, plan);
    }

    private static void jurisdictions(HttpExchange ex) throws IOException {
        if (!up) {
            send(ex, 503, null);
            return;
        }
        String path = ex.getRequestURI().getPath();
        if (path.length() > "/api/v1/jurisdictions/".length()) {
            String code = path.substring("/api/v1/jurisdictions/".length());
            send(ex, DIVISIONS.containsKey(code) ? 200 : 404, DIVISIONS.containsKey(code)
                    ? Map.of("code", code, "name", DIVISIONS.get(code)) : null);
            return;
        }
        String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
        String parent = "";
        for (String p : query.split("&")) {
            if (p.startsWith("parentCode=")) {
                parent = p.substring("parentCode=".length());
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map.Entry<String, String> d : DIVISIONS.entrySet()) {
            if (d.getKey().length() == 9 && d.getKey().startsWith(parent) && !parent.isEmpty()) {
                items.add(Map.of("code", d.getKey(), "name", d.getValue(), "parentCode", parent));
            }
        }
        send(ex, 200, Map.of("items", items, "page", 0, "size", 200, "total", items.size(), "totalPages", 1));
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Pages as plan-service does: {@code page} from 0, {@code size} up to 200. */
    private static void page(HttpExchange ex, List<Map<String, Object>> all) throws IOException {
        long until = System.currentTimeMillis() + 60_000;
        while (hanging && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!up) {
            ex.sendResponseHeaders(503, -1);
            ex.close();
            return;
        }
        Map<String, String> q = new HashMap<>();
        String query = URI.create(ex.getRequestURI().toString()).getRawQuery();
        if (query != null) {
            for (String p : query.split("&")) {
                String[] kv = p.split("=", 2);
                q.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        int page = Integer.parseInt(q.getOrDefault("page", "0"));
        // small pages, so that the client has to follow them
        int size = Math.min(Integer.parseInt(q.getOrDefault("size", "20")), 3);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = page * size; i < Math.min(all.size(), (page + 1) * size); i++) {
            items.add(all.get(i));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("page", page);
        body.put("size", size);
        body.put("total", all.size());
        body.put("totalPages", (all.size() + size - 1) / size);
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
