package cn.guihua.subsidy.listing;

import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.subsidy.rules.Calculation;

@Path("/api/v1/listing-incentives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprise listing incentives (兰山区 临兰政字〔2022〕16号)")
public class ListingResource {

    @Inject
    ListingCalculator calculator;

    @POST
    @Path("calculations")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Price a listing stage", description = "Public: the policy is a public document. Fixed amounts per "
            + "stage; overseas listings 2% of repatriated proceeds, at most 500万 (001:478), under the rules of the day the stage "
            + "was reached (`eventOn`). Returns the explanation.")
    @APIResponse(responseCode = "200", description = "The calculation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "422", description = "The policy is not in force on that date")
    public Calculation calculate(@Valid @NotNull ListingCalculationRequest body) {
        LocalDate judged = body.eventOn() != null ? body.eventOn() : body.asOf() != null ? body.asOf() : LocalDate.now();
        return calculator.calculate(body.stage(), body.repatriatedProceeds(), judged);
    }
}
