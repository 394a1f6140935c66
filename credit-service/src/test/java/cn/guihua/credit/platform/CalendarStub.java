package cn.guihua.credit.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * emergency-service's working-day calendar, the neighbour outside the system under test: {@code GET
 * /api/v1/calendar/working-days?from=&add=} as emergency-service answers it (the {@code add}th working day after
 * {@code from}, 422 problem when the count runs into a year not loaded). Seeded with the State Council notices of
 * 2022-2025 (国办发明电〔2021〕11号, 〔2022〕16号, 〔2023〕7号, 〔2024〕12号): holidays and make-up working days, as
 * emergency-service loads them. It can be taken down to see how credit-service copes.
 */
public class CalendarStub implements QuarkusTestResourceLifecycleManager {

    private static HttpServer server;
    private static volatile boolean up = true;
    static final AtomicInteger CALLS = new AtomicInteger();
    static final Set<Integer> YEARS = Set.of(2022, 2023, 2024, 2025);
    static final Map<LocalDate, Boolean> EXCEPTIONS = new HashMap<>();

    static {
        // true: make-up working day (调休上班); false: holiday (放假)
        holiday("2022-01-01", "2022-01-03"); work("2022-01-29", "2022-01-30"); holiday("2022-01-31", "2022-02-06");
        work("2022-04-02", "2022-04-02"); holiday("2022-04-03", "2022-04-05"); work("2022-04-24", "2022-04-24");
        holiday("2022-04-30", "2022-05-04"); work("2022-05-07", "2022-05-07"); holiday("2022-06-03", "2022-06-05");
        holiday("2022-09-10", "2022-09-12"); holiday("2022-10-01", "2022-10-07"); work("2022-10-08", "2022-10-09");

        holiday("2022-12-31", "2023-01-02"); holiday("2023-01-21", "2023-01-27"); work("2023-01-28", "2023-01-29");
        holiday("2023-04-05", "2023-04-05"); work("2023-04-23", "2023-04-23"); holiday("2023-04-29", "2023-05-03");
        work("2023-05-06", "2023-05-06"); holiday("2023-06-22", "2023-06-24"); work("2023-06-25", "2023-06-25");
        holiday("2023-09-29", "2023-10-06"); work("2023-10-07", "2023-10-08");

        holiday("2024-01-01", "2024-01-01"); work("2024-02-04", "2024-02-04"); holiday("2024-02-10", "2024-02-17");
        work("2024-02-18", "2024-02-18"); holiday("2024-04-04", "2024-04-06"); work("2024-04-07", "2024-04-07");
        work("2024-04-28", "2024-04-28"); holiday("2024-05-01", "2024-05-05"); work("2024-05-11", "2024-05-11");
        holiday("2024-06-10", "2024-06-10"); work("2024-09-14", "2024-09-14"); holiday("2024-09-15", "2024-09-17");
        work("2024-09-29", "2024-09-29"); holiday("2024-10-01", "2024-10-07"); work("2024-10-12", "2024-10-12");

        holiday("2025-01-01", "2025-01-01"); work("2025-01-26", "2025-01-26"); holiday("2025-01-28", "2025-02-04");
        work("2025-02-08", "2025-02-08"); holiday("2025-04-04", "2025-04-06"); work("2025-04-27", "2025-04-27");
        holiday("2025-05-01", "2025-05-05"); holiday("2025-05-31", "2025-06-02"); work("2025-09-28", "2025-09-28");
        holiday("2025-10-01", "2025-10-08"); work("2025-10-11", "2025-10-11");
    }

    private static void holiday(String from, String to) {
        range(from, to, false);
    }

    private static void work(String from, String to) {
        range(from, to, true);
    }

    private static void range(String from, String to, boolean working) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            EXCEPTIONS.put(d, working);
        }
    }

    static boolean working(LocalDate d) {
        Boolean e = EXCEPTIONS.get(d);
        return e != null ? e : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th working day after {@code from}, as emergency-service's WorkingCalendar counts; null past the loaded years. */
    static LocalDate after(LocalDate from, int n) {
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (!YEARS.contains(d.getYear())) {
                return null;
            }
            if (working(d)) {
                counted++;
            }
        }
        return d;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/calendar/working-days", CalendarStub::workingDays);
        server.start();
        return Map.of("quarkus.rest-client.emergency-service.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    public static void setUp(boolean isUp) {
        up = isUp;
    }

    public static int calls() {
        return CALLS.get();
    }

    private static void workingDays(HttpExchange ex) throws IOException {
        CALLS.incrementAndGet();
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
        LocalDate from = LocalDate.parse(q.get("from"));
        int add = Integer.parseInt(q.get("add"));
        LocalDate due = after(from, add);
        if (due == null) {
            send(ex, 422, "application/problem+json", "{\"type\":\"https://guihua.dev/problems/unprocessable\",\"title\":\"业务规则不允许\","
                    + "\"status\":422,\"detail\":\"节假日安排未配置\"}");
            return;
        }
        send(ex, 200, "application/json", "{\"from\":\"" + from + "\",\"workingDays\":" + add + ",\"date\":\"" + due + "\"}");
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
