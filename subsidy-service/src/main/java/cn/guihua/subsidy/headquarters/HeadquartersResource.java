package cn.guihua.subsidy.headquarters;

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

@Path("/api/v1/headquarters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Headquarters economy (张店区 张政发〔2021〕18号)")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "422", description = "The policy is not in force on that date")
public class HeadquartersResource {

    @Inject
    HeadquartersCalculator calculator;

    @POST
    @Path("recognition")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Check headquarters recognition", description = "Public. Basic conditions (002:193-194), then direct "
            + "recognition (002:195-198) or the sector's revenue and tax thresholds, both required (002:200-228). "
            + "CALCULATED means recognised.")
    @APIResponse(responseCode = "200", description = "The answer and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    public Calculation recognise(@Valid @NotNull RecognitionRequest body) {
        return calculator.recognise(body, body.asOf() == null ? LocalDate.now() : body.asOf());
    }

    @POST
    @Path("rewards")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Calculate a year's headquarters rewards", description = "Public. Capital injection 1% capped at 2000万 "
            + "paid 40/30/30 (002:154), operating contribution 80% then 50% (002:155), revenue milestones (002:156), office "
            + "purchase and rent (002:157), all under the annual cap of the local fiscal contribution (002:164).")
    @APIResponse(responseCode = "200", description = "The amount and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    public Calculation reward(@Valid @NotNull RewardRequest body) {
        return calculator.reward(body, body.asOf() == null ? LocalDate.of(body.year(), 1, 1) : body.asOf());
    }
}
