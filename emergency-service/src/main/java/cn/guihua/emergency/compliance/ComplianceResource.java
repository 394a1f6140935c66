package cn.guihua.emergency.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.hibernate.FlushMode;
import org.hibernate.Session;

import cn.guihua.emergency.drill.Drill;
import cn.guihua.emergency.filing.Filing;
import cn.guihua.emergency.filing.FilingView;
import cn.guihua.emergency.filing.Filings;
import cn.guihua.emergency.plan.EmergencyPlan;
import cn.guihua.emergency.plan.PlanEdition;
import cn.guihua.emergency.plan.RevisionKind;
import cn.guihua.emergency.revision.RevisionTrigger;
import cn.guihua.emergency.revision.Revisions;
import cn.guihua.emergency.rules.DrillRule;
import cn.guihua.emergency.rules.PeriodicDuty;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.i18n.RequestLanguage;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance")
public class ComplianceResource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Caller caller;

    @Inject
    Filings filings;

    @Inject
    Audit audit;

    @Inject
    ComplianceAnswers answers;

    @GET
    @Path("{jurisdiction}")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "What a jurisdiction owes as of a date", description = "Filings overdue or due soon, drills overdue "
            + "or due within `withinDays`, drills owed after a major revision, plans due for revision and the next periodic "
            + "duties, for the plans in force in the jurisdiction and below it; every item names its rule and source clause.")
    @APIResponse(responseCode = "200", description = "The compliance view",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceView.class)))
    @Transactional
    public Response compliance(
            @PathParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction,
            @QueryParam("asOf") @Parameter(description = "Default today", example = "2025-06-01") LocalDate asOf,
            @QueryParam("withinDays") @DefaultValue("30") @Min(0) @Max(366) int withinDays) {
        caller.requireJurisdiction(jurisdiction);
        LocalDate on = asOf == null ? LocalDate.now(ZONE) : asOf;
        return Response.ok(answers.answer(jurisdiction, on, withinDays, () -> view(jurisdiction, on, withinDays)),
                MediaType.APPLICATION_JSON).build();
    }

    /** The view as the database has it now. */
    private ComplianceView view(String jurisdiction, LocalDate on, int withinDays) {
        // a read: one transaction and connection for its dozen queries, entities loaded read-only and never flushed
        // (issue 17)
        Session session = EmergencyPlan.getEntityManager().unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        LocalDate horizon = on.plusDays(withinDays);
        // Judged as of `on`: the plans that applied that day (an edition issued on or before it, not yet superseded or
        // repealed), whatever their status today.
        List<EmergencyPlan> candidates = EmergencyPlan.list("jurisdiction like ?1 and issueDate is not null "
                + "and (endedOn is null or endedOn > ?2)", Sort.by("title"), JurisdictionCodes.prefix(jurisdiction) + "%", on);
        Map<UUID, List<PlanEdition>> editions = candidates.isEmpty() ? Map.of()
                : PlanEdition.<PlanEdition>list("planId in ?1", Sort.by("issueDate"), candidates.stream().map(p -> p.id).toList())
                        .stream().collect(Collectors.groupingBy(e -> e.planId));

        List<FilingView> filingsOverdue = new ArrayList<>();
        List<FilingView> filingsDueSoon = new ArrayList<>();
        List<ComplianceView.DrillDue> drillsOverdue = new ArrayList<>();
        List<ComplianceView.DrillDue> drillsDueSoon = new ArrayList<>();
        List<ComplianceView.DrillDue> afterMajor = new ArrayList<>();
        List<ComplianceView.RevisionDue> revisionsDue = new ArrayList<>();
        Map<UUID, PlanEdition> inForce = new LinkedHashMap<>();
        for (EmergencyPlan plan : candidates) {
            PlanEdition.inForce(editions.getOrDefault(plan.id, List.of()), on).ifPresent(e -> inForce.put(plan.id, e));
        }
        List<EmergencyPlan> plans = candidates.stream().filter(p -> inForce.containsKey(p.id)).toList();
        // What the plans owe is read once for all of them (one query per kind, not per plan: issue 17), then taken in the
        // plans' order as before.
        List<UUID> ids = plans.stream().map(p -> p.id).toList();
        Map<UUID, List<Filing>> filingsByPlan = ids.isEmpty() ? Map.of()
                : Filing.<Filing>list("planId in ?1 and (filedOn is null or filedOn > ?2)", ids, on).stream()
                        .collect(Collectors.groupingBy(f -> f.planId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<RevisionTrigger>> triggersByPlan = ids.isEmpty() ? Map.of()
                : RevisionTrigger.<RevisionTrigger>list("planId in ?1 and raisedOn <= ?2 and (resolvedOn is null or resolvedOn > ?2)",
                        Sort.by("raisedOn"), ids, on).stream()
                        .collect(Collectors.groupingBy(t -> t.planId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, LocalDate> lastDrills = lastDrills(ids, on);
        Map<String, Optional<DrillRule>> drillRules = new HashMap<>();
        // the filings of the edition in force, not made by `on` (one made later was still outstanding then)
        List<Filing> current = new ArrayList<>();
        for (EmergencyPlan plan : plans) {
            LocalDate issued = inForce.get(plan.id).issueDate;
            filingsByPlan.getOrDefault(plan.id, List.of()).stream().filter(f -> issued.equals(f.issueDate)).forEach(current::add);
        }
        Map<UUID, EmergencyPlan> byId = new HashMap<>();
        plans.forEach(p -> byId.put(p.id, p));
        for (FilingView f : filings.views(current, on, byId)) {
            if (f.status() == FilingView.Status.OVERDUE) {
                filingsOverdue.add(f);
            } else if (f.dueOn() != null && !f.dueOn().isAfter(horizon)) {
                filingsDueSoon.add(f);
            }
        }
        for (EmergencyPlan plan : plans) {
            Optional<DrillRule> rule = drillRules.computeIfAbsent(plan.jurisdiction + '|' + plan.planType,
                    k -> DrillRule.applicable(plan.jurisdiction, plan.planType, on));
            drills(plan, editions.get(plan.id), rule, lastDrills.get(plan.id), on, horizon, drillsOverdue, drillsDueSoon, afterMajor);
            List<RevisionTrigger> open = triggersByPlan.getOrDefault(plan.id, List.of());
            if (!open.isEmpty()) {
                revisionsDue.add(new ComplianceView.RevisionDue(plan.id, plan.title, open.get(0).raisedOn,
                        open.stream().map(t -> Revisions.view(t, plan.jurisdiction)).toList()));
            }
        }
        filingsOverdue.sort(Comparator.comparing(FilingView::dueOn));
        drillsOverdue.sort(Comparator.comparing(ComplianceView.DrillDue::dueOn));
        drillsDueSoon.sort(Comparator.comparing(ComplianceView.DrillDue::dueOn));
        return new ComplianceView(jurisdiction, on, withinDays, filingsOverdue, filingsDueSoon, drillsOverdue, drillsDueSoon,
                afterMajor, revisionsDue, duties(jurisdiction, on));
    }

    /**
     * The drill duty as of {@code on}: the rule in force that day (not the one of the plan's issue date, so a plan issued
     * before the rule took effect is owed drills from its start), its interval counted from the last drill or, before any,
     * the first edition's issue, and never from before the rule's start.
     */
    private static void drills(EmergencyPlan plan, List<PlanEdition> issued, Optional<DrillRule> rule, LocalDate lastDrill,
            LocalDate on, LocalDate horizon, List<ComplianceView.DrillDue> overdue, List<ComplianceView.DrillDue> dueSoon,
            List<ComplianceView.DrillDue> afterMajor) {
        if (rule.isEmpty()) {
            return;
        }
        DrillRule r = rule.get();
        String text = Text.of("compliance.drill-rule", r.intervalMonths).in(RequestLanguage.current());
        // Without a drill the clock runs from the first edition's issue: a minor re-issue does not restart it.
        LocalDate since = lastDrill != null ? lastDrill : issued.get(0).issueDate;
        if (since.isBefore(r.effectiveFrom)) {
            since = r.effectiveFrom;
        }
        LocalDate due = since.plusMonths(r.intervalMonths);
        ComplianceView.DrillDue item = new ComplianceView.DrillDue(plan.id, plan.title, plan.planType, lastDrill, since, due, text,
                r.sourceRef, r.effectiveFrom);
        if (on.isAfter(due)) {
            overdue.add(item);
        } else if (!due.isAfter(horizon)) {
            dueSoon.add(item);
        }
        LocalDate major = null;
        for (PlanEdition e : issued) {
            if (!e.issueDate.isAfter(on) && e.revisionKind == RevisionKind.MAJOR) {
                major = e.issueDate;
            }
        }
        if (major != null && (lastDrill == null || lastDrill.isBefore(major))) {
            afterMajor.add(new ComplianceView.DrillDue(plan.id, plan.title, plan.planType, lastDrill, major, null,
                    Text.of("compliance.drill-after-major").in(RequestLanguage.current()), r.sourceRef, r.effectiveFrom));
        }
    }

    /** The last drill held by {@code on} of each plan that held one. */
    private static Map<UUID, LocalDate> lastDrills(List<UUID> plans, LocalDate on) {
        Map<UUID, LocalDate> last = new HashMap<>();
        if (!plans.isEmpty()) {
            Drill.getEntityManager().createQuery("select d.planId, max(d.heldOn) from Drill d where d.planId in ?1 and d.heldOn <= ?2 "
                    + "group by d.planId", Object[].class).setParameter(1, plans).setParameter(2, on).getResultList()
                    .forEach(r -> last.put((UUID) r[0], (LocalDate) r[1]));
        }
        return last;
    }

    /**
     * For each duty owed as of the date: the last occurrence due before it and the next one, each only if the duty was
     * owed on its due date (from the day the plan that sets it took effect, until it stops applying).
     */
    private static List<ComplianceView.DutyDue> duties(String jurisdiction, LocalDate on) {
        List<ComplianceView.DutyDue> items = new ArrayList<>();
        List<PeriodicDuty> duties = PeriodicDuty.<PeriodicDuty>list("jurisdiction", Sort.by("id"), jurisdiction);
        if (duties.isEmpty()) {
            return items;
        }
        // the reports of these duties in one query, not one per occurrence (issue 17); an occurrence has one at most
        Map<String, LocalDate> reported = new HashMap<>();
        DutyReport.<DutyReport>list("jurisdiction = ?1 and code in ?2", jurisdiction, duties.stream().map(d -> d.code).toList())
                .forEach(r -> reported.putIfAbsent(r.code + '|' + r.dueOn, r.submittedOn));
        for (PeriodicDuty d : duties) {
            if (d.dueMonth == null || d.dueDay == null) {
                if (d.owedOn(on)) {
                    items.add(new ComplianceView.DutyDue(d.code, d.name, d.responsible, d.reportTo, null,
                            ComplianceView.DutyDue.Status.NO_DEADLINE, null, d.sourceRef));
                }
                continue;
            }
            LocalDate next = LocalDate.of(on.getYear(), d.dueMonth, d.dueDay);
            if (next.isBefore(on)) {
                next = next.plusYears(1);
            }
            LocalDate previous = next.minusYears(1);
            if (d.owedOn(previous)) {
                items.add(occurrence(d, previous, reported.get(d.code + '|' + previous), on));
            }
            // before the duty took effect, the next occurrence owed is the first one due on or after its start
            while (next.isBefore(d.effectiveFrom)) {
                next = next.plusYears(1);
            }
            if (d.owedOn(next)) {
                items.add(occurrence(d, next, reported.get(d.code + '|' + next), on));
            }
        }
        return items;
    }

    private static ComplianceView.DutyDue occurrence(PeriodicDuty d, LocalDate due, LocalDate on) {
        return occurrence(d, due, DutyReport.<DutyReport>find("jurisdiction = ?1 and code = ?2 and dueOn = ?3", d.jurisdiction, d.code,
                due).firstResultOptional().map(r -> r.submittedOn).orElse(null), on);
    }

    /** The occurrence due on {@code due} as of {@code on}, given the submission date its report records (or null). */
    private static ComplianceView.DutyDue occurrence(PeriodicDuty d, LocalDate due, LocalDate reportedOn, LocalDate on) {
        LocalDate submitted = reportedOn != null && !reportedOn.isAfter(on) ? reportedOn : null;
        ComplianceView.DutyDue.Status status;
        if (submitted != null) {
            status = submitted.isAfter(due) ? ComplianceView.DutyDue.Status.LATE : ComplianceView.DutyDue.Status.MET;
        } else {
            status = on.isAfter(due) ? ComplianceView.DutyDue.Status.OVERDUE : ComplianceView.DutyDue.Status.DUE;
        }
        return new ComplianceView.DutyDue(d.code, d.name, d.responsible, d.reportTo, due, status, submitted, d.sourceRef);
    }

    @POST
    @Path("{jurisdiction}/duties/{code}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Record that a periodic duty was met", description = "Identifies the occurrence by its due date, "
            + "which must be the duty's yearly due date on or after the day the duty took effect (any date from then on for "
            + "a duty without a deadline).")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "That occurrence is recorded already")
    public Response reportDuty(
            @PathParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction,
            @PathParam("code") @Size(max = 100) @Parameter(example = "ANNUAL_EVENT_EVALUATION") String code,
            @Valid @NotNull NewDutyReport body) {
        caller.requireJurisdiction(jurisdiction);
        PeriodicDuty duty = PeriodicDuty.<PeriodicDuty>find("jurisdiction = ?1 and code = ?2", jurisdiction, code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("thing.periodic-duty", jurisdiction + "/" + code));
        if (!duty.owedOn(body.dueOn())) {
            throw ProblemException.invalid("dueOn", "duty.before-effective", duty.effectiveFrom);
        }
        boolean onDueDate = duty.dueMonth == null
                || body.dueOn().getMonthValue() == duty.dueMonth && body.dueOn().getDayOfMonth() == duty.dueDay;
        if (!onDueDate) {
            throw ProblemException.invalid("dueOn", "duty.not-due-date", duty.effectiveFrom, duty.dueMonth, duty.dueDay);
        }
        if (DutyReport.count("jurisdiction = ?1 and code = ?2 and dueOn = ?3", jurisdiction, code, body.dueOn()) > 0) {
            throw ProblemException.conflict("duty.recorded-already");
        }
        DutyReport r = new DutyReport();
        r.id = UUID.randomUUID();
        r.jurisdiction = jurisdiction;
        r.code = code;
        r.dueOn = body.dueOn();
        r.submittedOn = body.submittedOn();
        r.reference = body.reference();
        r.recordedBy = caller.subject();
        r.createdAt = OffsetDateTime.now();
        r.persist();
        audit.record("duty.reported", "PeriodicDuty", jurisdiction + "/" + code, body);
        return Response.status(Response.Status.CREATED).entity(occurrence(duty, r.dueOn, r.submittedOn)).build();
    }
}
