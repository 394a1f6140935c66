package cn.guihua.subsidy.rules;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/parameters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parameters")
@APIResponse(responseCode = "400", description = "Invalid input")
public class ParameterResource {

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @GET
    @PermitAll
    @Operation(summary = "List parameter values", description = "Public: published standards, each with the date it applies from.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<ParameterView> list(
            @QueryParam("name") ParameterName name,
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction,
            @BeanParam @Valid PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (name != null) {
            where.append(" and name = :name");
            params.and("name", name);
        }
        if (jurisdiction != null) {
            where.append(" and jurisdiction = :j");
            params.and("j", jurisdiction);
        }
        return Page.of(ParameterValue.find(where.toString(), Sort.by("name").and("jurisdiction").and("validFrom"), params), paging,
                ParameterView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Set a parameter from a date on", description = "For the amounts the documents leave to the administration "
            + "(the disability subsidies' monthly standards) and 槐荫区's nursing-subsidy switch. Earlier values stay in force for "
            + "earlier dates. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(schema = @Schema(implementation = ParameterView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
    @APIResponse(responseCode = "409", description = "A value from that date exists already")
    public Response set(@Valid @NotNull NewParameterValue body) {
        caller.requireJurisdiction(body.jurisdiction());
        String value = normalise(body.name(), body.value().strip());
        if (ParameterValue.count("name = ?1 and jurisdiction = ?2 and validFrom = ?3", body.name(), body.jurisdiction(), body.validFrom()) > 0) {
            throw ProblemException.conflict("parameter.exists", body.name(), body.jurisdiction(), body.validFrom());
        }
        ParameterValue p = new ParameterValue();
        p.name = body.name();
        p.jurisdiction = body.jurisdiction();
        p.validFrom = body.validFrom();
        p.value = value;
        p.note = body.note();
        p.setBy = caller.subject();
        p.setAt = OffsetDateTime.now();
        p.persist();
        audit.record("parameter.set", "ParameterValue", p.id, body);
        return Response.created(URI.create("/api/v1/parameters?name=" + p.name + "&jurisdiction=" + p.jurisdiction))
                .entity(ParameterView.of(p)).build();
    }

    private static String normalise(ParameterName name, String value) {
        if (name.kind == ParameterName.Kind.SWITCH) {
            if (!value.equals("true") && !value.equals("false")) {
                throw ProblemException.invalid("value", "parameter.switch");
            }
            return value;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw new NumberFormatException();
            }
            return Calculation.yuan(amount).toPlainString();
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("value", "parameter.amount");
        }
    }
}
