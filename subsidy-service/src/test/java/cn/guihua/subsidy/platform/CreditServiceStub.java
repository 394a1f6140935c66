package cn.guihua.subsidy.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * credit-service, a neighbour outside the system under test, stubbed inside the test JVM: a JAX-RS resource of the
 * test application on its own path ({@code guihua.credit.url} points at it in the test profile), answering {@code GET
 * /api/v1/market-entities/{creditCode}/level?asOf=} in credit-service's LevelAnswer shape. An entity a test has not
 * set is the baseline (not registered, 1000, A); {@link #set} gives one a level (D restricts fiscal funds, 002:808); it
 * can be taken down ({@link #down}). Every request is recorded with its Authorization header.
 */
@Path("/test-stubs/credit-service/api/v1/market-entities")
@Produces(MediaType.APPLICATION_JSON)
public class CreditServiceStub {

    public record Received(String creditCode, String asOf, String authorization) {
    }

    static volatile EmergencyCalendarStub.Mode mode = EmergencyCalendarStub.Mode.UP;
    static final Map<String, String> LEVELS = new ConcurrentHashMap<>();
    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    public static void set(String creditCode, String level) {
        LEVELS.put(creditCode, level);
    }

    public static void down(EmergencyCalendarStub.Mode m) {
        mode = m;
    }

    public static List<Received> received() {
        return RECEIVED;
    }

    @GET
    @Path("{creditCode}/level")
    @PermitAll
    @Operation(hidden = true)
    public Response level(@PathParam("creditCode") String creditCode, @QueryParam("asOf") String asOf,
            @HeaderParam("Authorization") String authorization) {
        RECEIVED.add(new Received(creditCode, asOf, authorization));
        if (mode == EmergencyCalendarStub.Mode.SLOW) {
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (mode != EmergencyCalendarStub.Mode.UP) {
            return Response.status(503).type("application/problem+json")
                    .entity(Map.of("type", "https://guihua.dev/problems/unavailable", "title", "unavailable", "status", 503)).build();
        }
        String level = LEVELS.getOrDefault(creditCode, "A");
        boolean d = "D".equals(level);
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("creditCode", creditCode);
        answer.put("asOf", asOf);
        answer.put("registered", LEVELS.containsKey(creditCode));
        answer.put("score", d ? 500 : 1000);
        answer.put("level", level);
        answer.put("supervisionClass", d ? "SEVERE" : "HONEST");
        answer.put("restrictsFiscalFunds", d);
        answer.put("clause", d ? Map.of("ref", "002:808", "quote", "限制其申请财政性资金项目、评优评先项目") : null);
        return Response.ok(answer).build();
    }
}
