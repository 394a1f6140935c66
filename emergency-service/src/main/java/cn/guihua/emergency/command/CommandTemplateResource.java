package cn.guihua.emergency.command;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.reference.ReferenceData;
import cn.guihua.platform.problem.ProblemException;

@Path("/api/v1/command-templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Command")
public class CommandTemplateResource {

    @Inject
    ReferenceData reference;

    @Inject
    Commands commands;

    @GET
    @PermitAll
    @Operation(summary = "The command structures of the plans", description = "Public reference data: each plan's bodies "
            + "(总指挥部, 专项指挥部, 现场指挥部, ...) and the working groups of its on-site command with their lead units "
            + "(the overall plans name 11 groups without lead units, 000:1239-1263, 002:3417-3427; the drug plan 7 with leads, "
            + "000:2924-2954).")
    @APIResponse(responseCode = "200", description = "The templates")
    public List<CommandViews.TemplateView> list() {
        return reference.commandPlans().stream().map(commands::template).toList();
    }

    @GET
    @Path("{planCode}")
    @PermitAll
    @Operation(summary = "The command structure of one plan", description = "Public reference data.")
    @APIResponse(responseCode = "200", description = "The template")
    public CommandViews.TemplateView get(@PathParam("planCode") @Size(max = 50) @Parameter(example = "HY_DRUG_SAFETY") String planCode) {
        return commands.template(reference.commandPlan(planCode)
                .orElseThrow(() -> ProblemException.notFound("thing.command-template", planCode)));
    }
}
