package cn.guihua.subsidy.rules;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.subsidy.audit.Audit;
import cn.guihua.subsidy.idempotency.Idempotency;
import cn.guihua.subsidy.paging.Page;
import cn.guihua.subsidy.problem.ProblemException;
import cn.guihua.subsidy.security.Caller;
import cn.guihua.subsidy.security.Roles;
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

    @Inject
    Idempotency idempotency;

    @GET
    @PermitAll
    @Operation(summary = "List parameter values", description = "Public: published standards, each with the date it applies from.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<ParameterView> list(
            @QueryParam("name") ParameterName name,
            @QueryParam("jurisdiction") @Parameter(example = "370104") String jurisdiction,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) @Parameter(description = Page.SIZE_DOC) int size) {
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
        return Page.of(ParameterValue.find(where.toString(), Sort.by("name").and("jurisdiction").and("validFrom"), params), page, size,
                ParameterView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Set a parameter from a date on", description = "For the amounts the documents leave to the administration "
            + "(the disability subsidies' monthly standards) and 槐荫区's nursing-subsidy switch. Earlier values stay in force for "
            + "earlier dates. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(schema = @Schema(implementation = ParameterView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
    @APIResponse(responseCode = "409", description = "A value from that date exists already")
    public Response set(@Valid @NotNull NewParameterValue body,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retry return the first result") String key) {
        return idempotency.once(key, body, () -> {
            caller.requireJurisdiction(body.jurisdiction());
            String value = normalise(body.name(), body.value().strip());
            if (ParameterValue.count("name = ?1 and jurisdiction = ?2 and validFrom = ?3", body.name(), body.jurisdiction(), body.validFrom()) > 0) {
                throw ProblemException.conflict(body.name() + " 在 " + body.jurisdiction() + " 已有自 " + body.validFrom() + " 起的值",
                        body.name() + " has a value for " + body.jurisdiction() + " from " + body.validFrom() + " already");
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
        });
    }

    private static String normalise(ParameterName name, String value) {
        if (name.kind == ParameterName.Kind.SWITCH) {
            if (!value.equals("true") && !value.equals("false")) {
                throw ProblemException.invalid("value", "开关参数取值为 true 或 false", "A switch is true or false");
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
            throw ProblemException.invalid("value", "金额须为不小于 0、最多两位小数的元数", "An amount is yuan, at least 0, at most 2 decimals");
        }
    }
}
