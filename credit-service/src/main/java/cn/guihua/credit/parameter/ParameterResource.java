package cn.guihua.credit.parameter;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.credit.access.Dates;
import cn.guihua.credit.access.Officers;
import cn.guihua.credit.engine.Clause;
import cn.guihua.credit.engine.EntityEvaluation;
import cn.guihua.credit.entity.EntityEvaluations;
import cn.guihua.credit.entity.LevelChanges;
import cn.guihua.credit.parameter.ParameterViews.NewParameterValue;
import cn.guihua.credit.parameter.ParameterViews.ParameterView;
import cn.guihua.credit.parameter.ParameterViews.ValueView;
import cn.guihua.credit.record.CreditRecord;
import cn.guihua.credit.record.SubjectType;
import cn.guihua.credit.rules.RuleFiles.ParameterDefinition;
import cn.guihua.credit.rules.Rules;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/parameters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parameters", description = "What the documents leave open (rules/parameters.json), set from a day on by an authorised "
        + "officer with its legal basis; never assumed")
public class ParameterResource {

    @Inject
    Rules rules;

    @Inject
    ParameterChecks checks;

    @Inject
    ParameterStore store;

    @Inject
    Officers officers;

    @Inject
    Audit audit;

    @Inject
    ObjectMapper json;

    @Inject
    EntityEvaluations evaluations;

    @Inject
    LevelChanges levelChanges;

    @GET
    @PermitAll
    @Operation(summary = "List the parameters with the value in force on a day", description = "Public: the values the administration "
            + "has set, each with its legal basis. A parameter without a value is unset: a calculation it decides is NOT_CONFIGURED.")
    @APIResponse(responseCode = "200", description = "Every parameter")
    public List<ParameterView> list(@QueryParam("asOf") @Parameter(description = "Default today", example = "2022-06-30") LocalDate asOf) {
        ParameterSnapshot snapshot = store.snapshot(Dates.orToday(asOf), null);
        return rules.parameters().values().stream().map(d -> view(d, snapshot, null)).toList();
    }

    @GET
    @Path("{name}")
    @PermitAll
    @Operation(summary = "Get a parameter with every setting", description = "Every value ever set, superseded ones included, so that "
            + "a past calculation can be read back.")
    @APIResponse(responseCode = "200", description = "The parameter")
    public ParameterView get(@PathParam("name") @Parameter(example = "POINTS_ROUNDING") String name,
            @QueryParam("asOf") @Parameter(description = "Default today") LocalDate asOf) {
        ParameterDefinition d = definition(name);
        List<ValueView> values = ParameterValue.<ParameterValue>list("name", Sort.by("id"), d.name()).stream().map(this::value).toList();
        return view(d, store.snapshot(Dates.orToday(asOf), null), values);
    }

    @POST
    @Path("{name}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Set a parameter from a day on", description = "By an officer of 张店区 with the legal basis (the body the "
            + "document gives the matter to is in setterBody). The value applies from effectiveFrom until a later one; setting "
            + "a day again supersedes the earlier setting, which stays readable. null withdraws the parameter. When the value "
            + "changes a market entity's level on effectiveFrom, cn.guihua.credit.level-changed.v1 is published.")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(schema = @Schema(implementation = ValueView.class)))
    public Response set(@PathParam("name") @Parameter(example = "POINTS_ROUNDING") String name, @Valid @NotNull NewParameterValue body) {
        officers.requireJurisdiction();
        ParameterDefinition d = definition(name);
        JsonNode value = body.value() == null || body.value().isNull() ? null : body.value();
        checks.check(d, value);
        boolean entities = affectsEntities(d);
        List<String> codes = entities ? CreditRecord.<CreditRecord>find("subjectType = ?1 and deleted = false", SubjectType.MARKET_ENTITY)
                .stream().map(r -> r.subjectId).distinct().sorted().toList() : List.of();
        Map<String, EntityEvaluation> before = new LinkedHashMap<>();
        codes.forEach(c -> before.put(c, evaluations.evaluate(c, body.effectiveFrom(), null)));
        ParameterValue p = new ParameterValue();
        p.name = d.name();
        p.effectiveFrom = body.effectiveFrom();
        p.value = value == null ? null : write(value);
        p.legalBasis = body.legalBasis().strip();
        p.note = body.note();
        p.setBy = officers.caller().subject();
        p.setDepartment = officers.caller().department();
        p.setAt = OffsetDateTime.now();
        p.persist();
        ParameterValue.getEntityManager().flush();
        for (String c : codes) {
            levelChanges.compare(before.get(c), evaluations.evaluate(c, body.effectiveFrom(), null), body.effectiveFrom(),
                    LevelChanges.Cause.PARAMETER_SET, null, null);
        }
        audit.record("parameter.set", "ParameterValue", p.id, body);
        return Response.created(URI.create("/api/v1/parameters/" + d.name())).entity(value(p)).build();
    }

    static boolean affectsEntities(ParameterDefinition d) {
        String n = d.name();
        return n.startsWith("ENTITY_") || !(n.startsWith("PERSONAL_") || n.startsWith("PS_") || n.startsWith("DEMO_") || n.startsWith("OBJECTION_"));
    }

    private ParameterDefinition definition(String name) {
        ParameterDefinition d = name == null ? null : rules.parameter(name.strip());
        if (d == null) {
            throw ProblemException.notFound("thing.parameter", name);
        }
        return d;
    }

    private ParameterView view(ParameterDefinition d, ParameterSnapshot snapshot, List<ValueView> values) {
        ParameterSnapshot.InForce in = snapshot.get(d.name());
        ValueView current = null;
        if (in != null) {
            ParameterValue p = ParameterValue.findById(in.id());
            current = value(p);
        }
        List<Object> options = d.options() == null ? null : new ArrayList<>(d.options());
        return new ParameterView(d.name(), d.type(), d.unit(), d.decides(), options, d.suggestedDefault() == null || d.suggestedDefault().isNull()
                ? null : d.suggestedDefault(), d.suggestedDefaultBasis(), d.legalBasisOfSetter().body(),
                Clause.of(d.legalBasisOfSetter().source(), d.legalBasisOfSetter().quote()), d.usedBy(), d.ambiguities(), d.note(), current, values);
    }

    private ValueView value(ParameterValue p) {
        return new ValueView(p.id, p.name, p.effectiveFrom, p.value == null ? null : store.parse(p.value), p.legalBasis, p.note, p.setBy,
                p.setDepartment, p.setAt);
    }

    private String write(JsonNode v) {
        try {
            return json.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
