package cn.guihua.emergency.grading;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.emergency.plan.EmergencyPlan;
import cn.guihua.emergency.plan.Plans;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/grading-tables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incident grading")
public class GradingResource {

    private static final String EXAMPLE_THIRTY_FIVE_CASES = "{\"facts\":{\"similarAdverseEventCases\":35}}";

    @Inject
    Caller caller;

    @Inject
    Grader grader;

    @Inject
    Audit audit;

    @Inject
    ObjectMapper json;

    @GET
    @PermitAll
    @Operation(summary = "List grading tables", description = "Public reference data.")
    @APIResponse(responseCode = "200", description = "The list")
    public List<GradingTableView> list(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction) {
        List<GradingTable> tables = jurisdiction == null ? GradingTable.listAll(Sort.by("code"))
                : GradingTable.list("jurisdiction", Sort.by("code"), jurisdiction);
        return tables.stream().map(this::view).toList();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "Get a grading table with its criteria and source lines", description = "Public reference data, "
            + "like the list.")
    @APIResponse(responseCode = "200", description = "The table")
    @APIResponse(responseCode = "404", description = "No such table")
    public GradingTableView get(@PathParam("code") @Size(max = 50) @Parameter(example = "HY_DRUG_SAFETY") String code) {
        return view(find(code));
    }

    @POST
    @Path("{code}/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Grade an event against a table", description = "Evaluates from the highest level (Ⅰ) down and "
            + "returns the first level with a matching criterion, with every criterion of that level that matched and its "
            + "source lines. Facts are the table's metrics: numbers no less than 0, or true/false.")
    @APIResponse(responseCode = "200", description = "The grade")
    @APIResponse(responseCode = "404", description = "No such table")
    public Grade evaluate(@PathParam("code") @Size(max = 50) @Parameter(example = "HY_DRUG_SAFETY") String code,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "thirtyFiveCases", value = EXAMPLE_THIRTY_FIVE_CASES)))
            @Valid @NotNull FactsRequest body) {
        return grader.grade(find(code), body.facts());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.ADMIN })
    @Operation(summary = "Add a grading table for another event type", description = "Emergency managers in their "
            + "jurisdiction, or admins. Every condition must use a declared metric.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = GradingTableView.class)))
    @APIResponse(responseCode = "409", description = "The code exists already")
    public Response create(@Valid @NotNull NewGradingTable body) {
        Plans.requireValidJurisdiction(body.jurisdiction());
        caller.requireJurisdiction(body.jurisdiction());
        if (GradingTable.findById(body.code()) != null) {
            throw ProblemException.conflict("grading.code-taken", body.code());
        }
        if (body.planId() != null && EmergencyPlan.findById(body.planId()) == null) {
            throw ProblemException.invalid("planId", "plan.related-missing", body.planId());
        }
        if (body.effectiveTo() != null && body.effectiveTo().isBefore(body.effectiveFrom())) {
            throw ProblemException.invalid("effectiveTo", "grading.effective-to-before-from", body.effectiveFrom());
        }
        Set<String> metrics = new HashSet<>();
        body.metrics().forEach(m -> metrics.add(m.name()));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < body.criteria().size(); i++) {
            GradingTableView.Criterion c = body.criteria().get(i);
            if (!codes.add(c.code())) {
                throw ProblemException.invalid("criteria[" + i + "].code", "grading.criterion-repeated", c.code());
            }
            for (int j = 0; j < c.conditions().size(); j++) {
                Condition cond = c.conditions().get(j);
                if (!metrics.contains(cond.metric())) {
                    throw ProblemException.invalid("criteria[" + i + "].conditions[" + j + "].metric",
                            "grading.metric-undeclared", cond.metric());
                }
                boolean exact = cond.equals() != null && !cond.equals().isNull();
                if (cond.min() == null && cond.max() == null && cond.below() == null && !exact) {
                    throw ProblemException.invalid("criteria[" + i + "].conditions[" + j + "]", "grading.condition-empty");
                }
                if (exact && !cond.equals().isBoolean() && !Grader.finite(cond.equals())) {
                    throw ProblemException.invalid("criteria[" + i + "].conditions[" + j + "].equals", "grading.equals-value");
                }
            }
        }
        GradingTable t = new GradingTable();
        t.code = body.code();
        t.jurisdiction = body.jurisdiction();
        t.name = body.name().strip();
        t.eventType = body.eventType().strip();
        t.planId = body.planId();
        t.metrics = write(body.metrics());
        t.sourceRef = body.sourceRef();
        t.effectiveFrom = body.effectiveFrom();
        t.effectiveTo = body.effectiveTo();
        t.createdAt = OffsetDateTime.now();
        t.persist();
        for (GradingTableView.Criterion c : body.criteria()) {
            GradingCriterion row = new GradingCriterion();
            row.tableCode = t.code;
            row.level = c.level();
            row.code = c.code();
            row.text = c.text();
            row.conditions = write(c.conditions());
            row.sourceRef = c.sourceRef();
            row.persist();
        }
        audit.record("grading-table.created", "GradingTable", t.code, body);
        GradingTable.getEntityManager().flush();
        return Response.created(URI.create("/api/v1/grading-tables/" + t.code)).entity(view(t)).build();
    }

    private static GradingTable find(String code) {
        GradingTable t = GradingTable.findById(code);
        if (t == null) {
            throw ProblemException.notFound("thing.grading-table", code);
        }
        return t;
    }

    private GradingTableView view(GradingTable t) {
        try {
            List<GradingTableView.Metric> metrics = json.readValue(t.metrics, new TypeReference<List<GradingTableView.Metric>>() { });
            List<GradingTableView.Criterion> criteria = GradingCriterion.<GradingCriterion>list("tableCode", Sort.by("level").and("id"), t.code)
                    .stream().map(c -> new GradingTableView.Criterion(c.level, c.code, c.text, grader.conditions(c), c.sourceRef)).toList();
            return new GradingTableView(t.code, t.jurisdiction, t.name, t.eventType, t.planId, metrics, criteria, t.sourceRef,
                    t.effectiveFrom, t.effectiveTo);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored metrics are not JSON", e);
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
