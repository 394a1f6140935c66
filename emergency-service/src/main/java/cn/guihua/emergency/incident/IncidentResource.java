package cn.guihua.emergency.incident;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import cn.guihua.emergency.command.CommandViews;
import cn.guihua.emergency.command.Commands;
import cn.guihua.emergency.command.IncidentCommand;
import cn.guihua.emergency.command.NewAssignment;
import cn.guihua.emergency.command.NewCommand;
import cn.guihua.emergency.grading.Grade;
import cn.guihua.emergency.grading.Grader;
import cn.guihua.emergency.grading.GradingTable;
import cn.guihua.emergency.grading.Severity;
import cn.guihua.emergency.plan.EmergencyPlan;
import cn.guihua.emergency.plan.Plans;
import cn.guihua.emergency.response.ResponseTransition;
import cn.guihua.emergency.response.ResponseView;
import cn.guihua.emergency.response.Responses;
import cn.guihua.emergency.rules.JurisdictionRules;
import cn.guihua.emergency.rules.ReportingClockRule;
import cn.guihua.emergency.rules.ResponseLevelRule;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents")
public class IncidentResource {

    private static final String EXAMPLE_DRUG_EVENT = "{\"jurisdiction\":\"370104\",\"title\":\"某批号注射液群体不良事件\","
            + "\"eventType\":\"药品安全事件\",\"gradingTable\":\"HY_DRUG_SAFETY\","
            + "\"facts\":{\"similarAdverseEventCases\":35},"
            + "\"occurredAt\":\"2026-03-02T07:00:00+08:00\","
            + "\"discoveredAt\":\"2026-03-02T09:00:00+08:00\"}";

    @Inject
    Caller caller;

    @Inject
    Grader grader;

    @Inject
    Audit audit;

    @Inject
    ObjectMapper json;

    @Inject
    Responses responses;

    @Inject
    Commands commands;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Record an incident", description = "Grades it when a grading table and facts are given (highest "
            + "level first), links the applicable plan (default: the table's plan) and starts its reporting clocks.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = IncidentView.class)))
    public Response create(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "drugEvent", value = EXAMPLE_DRUG_EVENT)))
            @Valid @NotNull NewIncident body) {
        Plans.requireValidJurisdiction(body.jurisdiction());
        caller.requireJurisdiction(body.jurisdiction());
        if (body.discoveredAt().isBefore(body.occurredAt())) {
            throw ProblemException.invalid("discoveredAt", "incident.discovered-before-occurred");
        }
        Incident i = new Incident();
        i.id = UUID.randomUUID();
        i.jurisdiction = body.jurisdiction();
        i.title = body.title().strip();
        i.eventType = body.eventType().strip();
        i.occurredAt = body.occurredAt();
        i.discoveredAt = body.discoveredAt();
        i.planId = body.planId();
        if (body.gradingTable() != null) {
            GradingTable table = GradingTable.findById(body.gradingTable());
            if (table == null || !JurisdictionCodes.within(body.jurisdiction(), table.jurisdiction)) {
                throw ProblemException.invalid("gradingTable", "incident.no-grading-table", body.jurisdiction(), body.gradingTable());
            }
            if (!table.inForceOn(body.occurredAt().toLocalDate())) {
                throw ProblemException.invalid("gradingTable", "incident.grading-table-not-in-force", table.code,
                        body.occurredAt().toLocalDate());
            }
            if (body.facts() == null) {
                throw ProblemException.invalid("facts", "incident.facts-required");
            }
            Grade grade = grader.grade(table, body.facts());
            i.gradingTable = table.code;
            i.facts = write(body.facts());
            if (grade.level() != null) {
                if (body.assessedLevel() != null && !body.assessedLevel().equals(grade.level())) {
                    throw ProblemException.invalid("assessedLevel", "incident.level-decided", Severity.name(grade.level()));
                }
                i.level = grade.level();
                i.matched = write(grade.matched());
            }
            if (i.planId == null) {
                i.planId = table.planId;
            }
        }
        if (i.level == null) {
            i.level = body.assessedLevel();
        }
        if (i.planId != null) {
            EmergencyPlan plan = EmergencyPlan.findById(i.planId);
            if (plan == null) {
                throw ProblemException.invalid("planId", "plan.related-missing", i.planId);
            }
            if (!JurisdictionCodes.within(i.jurisdiction, plan.jurisdiction)) {
                throw ProblemException.invalid("planId", "plan.related-outside", i.planId, plan.jurisdiction, i.jurisdiction);
            }
        }
        i.createdBy = caller.subject();
        i.createdAt = i.updatedAt = OffsetDateTime.now();
        i.persist();
        audit.record("incident.recorded", "Incident", i.id, body);
        Incident.getEntityManager().flush();
        return Response.created(URI.create("/api/v1/incidents/" + i.id)).entity(view(i, OffsetDateTime.now())).build();
    }

    @GET
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List incidents", description = "Filter by jurisdiction (with the levels below), level and event "
            + "type; clocks as of now. Emergency managers see their own jurisdiction.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<IncidentView> list(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction,
            @QueryParam("level") @Min(1) @Max(4) Integer level,
            @QueryParam("eventType") @Size(max = 100) @Parameter(example = "药品安全事件") String eventType,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) @Parameter(description = Page.SIZE_DOC) int size) {
        String scope = caller.scope(jurisdiction);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (scope != null) {
            where.append(" and jurisdiction like :prefix");
            params.and("prefix", JurisdictionCodes.prefix(scope) + "%");
        }
        if (level != null) {
            where.append(" and level = :level");
            params.and("level", level);
        }
        if (eventType != null) {
            where.append(" and eventType = :eventType");
            params.and("eventType", eventType);
        }
        OffsetDateTime now = OffsetDateTime.now();
        return Page.of(Incident.<Incident>find(where.toString(), Sort.by("occurredAt").descending(), params), page, size, i -> view(i, now));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "An incident with its clocks", description = "Shows what is due, when, and what is overdue as of `asOf` (default now).")
    @APIResponse(responseCode = "200", description = "The incident")
    public IncidentView get(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(example = "2026-11-20T12:00:00+08:00") OffsetDateTime asOf) {
        Incident i = find(id);
        caller.requireJurisdiction(i.jurisdiction);
        return view(i, asOf == null ? OffsetDateTime.now() : asOf);
    }

    @PUT
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Start, adjust or end the response", description = "Starting starts the daily progress reports; "
            + "ending starts the summary report clock. The end cannot precede the start. The same as the steps of "
            + "`POST .../response/transitions`: a start activates the response, a new level adjusts it, an end terminates it.")
    @APIResponse(responseCode = "200", description = "The incident")
    @APIResponse(responseCode = "409", description = "Stale version")
    public IncidentView response(@PathParam("id") UUID id, @Valid @NotNull ResponseUpdate body) {
        Incident i = find(id);
        caller.requireJurisdiction(i.jurisdiction);
        ProblemException.requireVersion(body.version(), i.version);
        responses.update(i, body);
        i.updatedAt = OffsetDateTime.now();
        audit.record("incident.response", "Incident", i.id, body);
        Incident.getEntityManager().flush();
        return view(i, OffsetDateTime.now());
    }

    @GET
    @Path("{id}/response")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "An incident's response", description = "Its status and tier with activator and coordinator, the "
            + "tiers the grade allows, who handles an incident of the grade and who sets up the on-site command (each with its "
            + "clause, from the plan that applies as in force on the day the incident occurred), and every step.")
    @APIResponse(responseCode = "200", description = "The response")
    public ResponseView responseOf(@PathParam("id") UUID id) {
        Incident i = find(id);
        caller.requireJurisdiction(i.jurisdiction);
        return responses.view(i, i.level == null ? null : Severity.nameInRequestLanguage(i.level));
    }

    @POST
    @Path("{id}/response/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Take the response a step", description = "PROPOSE (提出建议) → ACTIVATE (启动) → ADJUST (调整响应级别) → "
            + "TERMINATE (终止) → RECOVER (恢复重建); ACTIVATE may come first. Any other move is 409 naming the allowed ones. "
            + "ACTIVATE takes the tier the grade allows (or the one asked, which must be among them) and emits "
            + "`cn.guihua.emergency.response.activated.v1`; TERMINATE starts the summary report clock and emits "
            + "`cn.guihua.emergency.response.terminated.v1`.")
    @APIResponse(responseCode = "200", description = "The response after the step")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status, or a stale version")
    public ResponseView responseTransition(@PathParam("id") UUID id, @Valid @NotNull ResponseTransition body) {
        Incident i = find(id);
        caller.requireJurisdiction(i.jurisdiction);
        responses.transition(i, body);
        Incident.getEntityManager().flush();
        return responses.view(i, i.level == null ? null : Severity.nameInRequestLanguage(i.level));
    }

    @POST
    @Path("{id}/command")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Set up the incident's command", description = "From the template of the plan that applies "
            + "(GET /api/v1/command-templates/{planCode}): its headquarters, their office and the on-site command, and the "
            + "working groups needed (default all), with their lead units. Who sets up the on-site command defaults to what "
            + "the plan says for the grade; where it says nothing (槐荫区 较大以上, 000:1373) it must be given. Once per incident.")
    @APIResponse(responseCode = "201", description = "Set up", content = @Content(schema = @Schema(implementation = CommandViews.CommandView.class)))
    @APIResponse(responseCode = "409", description = "Set up already")
    public Response setUpCommand(@PathParam("id") UUID id, @Valid @NotNull NewCommand body) {
        Incident i = find(id);
        caller.requireJurisdiction(i.jurisdiction);
        IncidentCommand c = commands.setUp(i, body);
        Incident.getEntityManager().flush();
        return Response.created(URI.create("/api/v1/incidents/" + i.id + "/command")).entity(commands.view(i, c)).build();
    }

    @GET
    @Path("{id}/command")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "The incident's command and who staffs it")
    @APIResponse(responseCode = "200", description = "The command")
    public CommandViews.CommandView command(@PathParam("id") UUID id) {
        Incident i = find(id);
        caller.requireJurisdiction(i.jurisdiction);
        return commands.view(i, commands.find(i));
    }

    @POST
    @Path("{id}/command/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Staff a unit of the incident's command", description = "A person with a role in a body or working "
            + "group of the command; one commander per unit.")
    @APIResponse(responseCode = "201", description = "The command", content = @Content(schema = @Schema(implementation = CommandViews.CommandView.class)))
    @APIResponse(responseCode = "409", description = "The unit has a commander already")
    public Response assign(@PathParam("id") UUID id, @Valid @NotNull NewAssignment body) {
        Incident i = find(id);
        caller.requireJurisdiction(i.jurisdiction);
        IncidentCommand c = commands.find(i);
        commands.assign(i, body);
        Incident.getEntityManager().flush();
        return Response.created(URI.create("/api/v1/incidents/" + i.id + "/command")).entity(commands.view(i, c)).build();
    }

    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Record a report or release against a clock", description = "The clock must be one that applies to the incident.")
    @APIResponse(responseCode = "200", description = "The incident with its clocks")
    public IncidentView report(@PathParam("id") UUID id, @Valid @NotNull NewReport body) {
        Incident i = find(id);
        caller.requireJurisdiction(i.jurisdiction);
        boolean applies = clockRules(i).stream().anyMatch(r -> r.code.equals(body.clock()) && Clocks.applies(r, i));
        if (!applies) {
            throw ProblemException.invalid("clock", "incident.clock-not-applicable", body.clock());
        }
        IncidentReport r = new IncidentReport();
        r.id = UUID.randomUUID();
        r.incidentId = i.id;
        r.clock = body.clock();
        r.submittedAt = body.submittedAt();
        r.submittedBy = caller.subject();
        r.note = body.note();
        r.persist();
        audit.record("incident.report", "Incident", i.id, Map.of("clock", r.clock, "submittedAt", r.submittedAt.toString()));
        return view(i, OffsetDateTime.now());
    }

    private static Incident find(UUID id) {
        Incident i = Incident.findById(id);
        if (i == null) {
            throw ProblemException.notFound("thing.incident", id);
        }
        return i;
    }

    private static List<ReportingClockRule> clockRules(Incident i) {
        return ReportingClockRule.list("?1 like concat(jurisdiction, '%')", Sort.by("id"), i.jurisdiction);
    }

    private IncidentView view(Incident i, OffsetDateTime at) {
        List<ClockView> clocks = Clocks.of(i, clockRules(i), IncidentReport.list("incidentId", Sort.by("submittedAt"), i.id), at);
        List<ResponseLevelRule> rows = ResponseLevelRule.<ResponseLevelRule>list("?1 like concat(jurisdiction, '%')", Sort.by("id"),
                i.jurisdiction).stream().filter(r -> r.inForceOn(i.occurredAt.toLocalDate())).toList();
        boolean tableRows = rows.stream().anyMatch(r -> r.gradingTable != null && r.gradingTable.equals(i.gradingTable));
        // The table's own rows (for the incident's level) where it has them, else the overall plan's tiers.
        List<JurisdictionRules.ResponseLevel> activation = rows.stream()
                .filter(r -> tableRows ? i.gradingTable.equals(r.gradingTable) && (i.level == null || r.severityLevels.contains(i.level))
                        : r.gradingTable == null)
                .map(JurisdictionRules.ResponseLevel::of).toList();
        EmergencyPlan plan = i.planId == null ? null : EmergencyPlan.findById(i.planId);
        Responses.Rules rules = responses.rules(i);
        try {
            List<Grade.Match> matched = i.matched == null ? List.of() : json.readValue(i.matched, new TypeReference<List<Grade.Match>>() { });
            return new IncidentView(i.id, i.jurisdiction, i.title, i.eventType, i.gradingTable,
                    i.facts == null ? null : json.readTree(i.facts), i.level, i.level == null ? null : Severity.nameInRequestLanguage(i.level),
                    i.level == null ? null : i.matched == null ? "ASSESSED" : "GRADED", matched, i.planId,
                    plan == null ? null : plan.title, activation, i.responseLevel, i.responseStatus, i.responseTier,
                    rules.handling(), rules.onSite(), i.occurredAt, i.discoveredAt,
                    i.responseStartedAt, i.responseEndedAt, at, clocks,
                    clocks.stream().filter(c -> c.status() == ClockView.Status.OVERDUE).count(), i.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored incident JSON is invalid", e);
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
