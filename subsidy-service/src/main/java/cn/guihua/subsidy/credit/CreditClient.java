package cn.guihua.subsidy.credit;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * credit-service's answer for deciding services: {@code GET /api/v1/market-entities/{creditCode}/level?asOf=} with a
 * service token. Built by {@link CreditCalls} (the annotation keeps it out of this service's OpenAPI document).
 */
@RegisterRestClient(configKey = "credit-service")
@Path("/api/v1/market-entities")
@Produces(MediaType.APPLICATION_JSON)
public interface CreditClient {

    /** credit-service's LevelAnswer; fields it may add are ignored. */
    record LevelAnswer(String creditCode, LocalDate asOf, boolean registered, int score, String level, String supervisionClass,
            boolean restrictsFiscalFunds, Clause clause) {
    }

    record Clause(String ref, String quote) {
    }

    @GET
    @Path("{creditCode}/level")
    LevelAnswer level(@PathParam("creditCode") String creditCode, @QueryParam("asOf") String asOf,
            @HeaderParam("Authorization") String authorization);
}
