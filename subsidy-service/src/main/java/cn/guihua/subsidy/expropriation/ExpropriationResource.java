package cn.guihua.subsidy.expropriation;

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

@Path("/api/v1/expropriation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "House expropriation compensation (兰山区 临兰政发〔2022〕1号)")
public class ExpropriationResource {

    @Inject
    CompensationCalculator calculator;

    @POST
    @Path("residential-compensation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Calculate a personal residence's compensation", description = "Public. House value for the cash "
            + "choice (assessed price, never below 90% of the market price, 001:210; 45 m² for an only home under 45 m², "
            + "001:228), relocation 2000 per unit (001:240), temporary resettlement 1500 a month (001:244-256), decoration "
            + "50/100 per m² (001:282) and the 2万 early-signing award (001:284).")
    @APIResponse(responseCode = "200", description = "The amount and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "422", description = "The measure is not in force on that date")
    public Calculation calculate(@Valid @NotNull CompensationRequest body) {
        return calculator.calculate(body, body.asOf() == null ? LocalDate.now() : body.asOf());
    }
}
