package cn.guihua.subsidy.rules;

import java.math.BigDecimal;
import java.net.URI;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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
    @Operation(summary = "Set a parameter from a date on", description = "For what the documents leave to the administration: "
            + "amounts (the disability subsidies' monthly standards), switches, and the readings of open wording (choices, counts, "
            + "shares, lists; `GET /api/v1/policies/{code}` lists each parameter of a policy with its kind, choices and the clause "
            + "that leaves it open). The value is checked against its kind. Eligibility the documents do not define needs a "
            + "`legalBasis`. Earlier values stay in force for earlier dates. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(schema = @Schema(implementation = ParameterView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
    @APIResponse(responseCode = "409", description = "A value from that date exists already")
    public Response set(@Valid @NotNull NewParameterValue body) {
        caller.requireJurisdiction(body.jurisdiction());
        String value = normalise(body.name(), body.value().strip());
        String basis = body.legalBasis() == null || body.legalBasis().isBlank() ? null : body.legalBasis().strip();
        if (body.name().basisRequired && basis == null) {
            throw ProblemException.invalid("legalBasis", "parameter.basis-required", body.name());
        }
        if (ParameterValue.count("name = ?1 and jurisdiction = ?2 and validFrom = ?3", body.name(), body.jurisdiction(), body.validFrom()) > 0) {
            throw ProblemException.conflict("parameter.exists", body.name(), body.jurisdiction(), body.validFrom());
        }
        ParameterValue p = new ParameterValue();
        p.name = body.name();
        p.jurisdiction = body.jurisdiction();
        p.validFrom = body.validFrom();
        p.value = value;
        p.note = body.note();
        p.legalBasis = basis;
        p.setBy = caller.subject();
        p.setAt = OffsetDateTime.now();
        p.persist();
        audit.record("parameter.set", "ParameterValue", p.id, body);
        return Response.created(URI.create("/api/v1/parameters?name=" + p.name + "&jurisdiction=" + p.jurisdiction))
                .entity(ParameterView.of(p)).build();
    }

    /** The value in its one stored form, or 400 naming {@code value} with what the kind takes. */
    static String normalise(ParameterName name, String value) {
        switch (name.kind) {
            case SWITCH -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw ProblemException.invalid("value", "parameter.switch");
                }
                return value;
            }
            case CHOICE -> {
                if (!name.choices.contains(value)) {
                    throw ProblemException.invalid("value", "parameter.choice", String.join(", ", name.choices));
                }
                return value;
            }
            case LIST -> {
                List<String> parts = new ArrayList<>();
                for (String part : value.split(",", -1)) {
                    String v = part.strip();
                    if (!name.choices.contains(v) || parts.contains(v)) {
                        throw ProblemException.invalid("value", "parameter.list", String.join(", ", name.choices));
                    }
                    parts.add(v);
                }
                return String.join(",", parts);
            }
            case COUNT -> {
                if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > 36500) {
                    throw ProblemException.invalid("value", "parameter.count");
                }
                return String.valueOf(Integer.parseInt(value));
            }
            case MONTH_DAY -> {
                try {
                    return MonthDay.parse("--" + value).toString().substring(2);
                } catch (DateTimeParseException e) {
                    throw ProblemException.invalid("value", "parameter.month-day");
                }
            }
            case TEXT -> {
                return value;
            }
            case SHARES -> {
                List<String> parts = new ArrayList<>();
                BigDecimal sum = BigDecimal.ZERO;
                try {
                    for (String part : value.split(",", -1)) {
                        BigDecimal share = new BigDecimal(part.strip());
                        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0 || share.scale() > 6) {
                            throw new NumberFormatException();
                        }
                        sum = sum.add(share);
                        parts.add(share.stripTrailingZeros().toPlainString());
                    }
                } catch (NumberFormatException e) {
                    throw ProblemException.invalid("value", "parameter.shares");
                }
                if (sum.compareTo(BigDecimal.ONE) != 0 || parts.size() > 20) {
                    throw ProblemException.invalid("value", "parameter.shares");
                }
                return String.join(",", parts);
            }
            case RATIO -> {
                try {
                    BigDecimal ratio = new BigDecimal(value);
                    if (ratio.signum() < 0 || ratio.scale() > 4 || ratio.compareTo(BigDecimal.valueOf(1000)) > 0) {
                        throw new NumberFormatException();
                    }
                    return ratio.stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw ProblemException.invalid("value", "parameter.ratio");
                }
            }
            default -> {
                try {
                    BigDecimal amount = new BigDecimal(value);
                    if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1000000000000")) > 0) {
                        throw new NumberFormatException();
                    }
                    return Calculation.yuan(amount).toPlainString();
                } catch (NumberFormatException e) {
                    throw ProblemException.invalid("value", "parameter.amount");
                }
            }
        }
    }
}
