package cn.guihua.emergency.command;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.emergency.incident.Incident;
import cn.guihua.emergency.reference.Clause;
import cn.guihua.emergency.reference.CommandTemplates.Body;
import cn.guihua.emergency.reference.CommandTemplates.CommandPlan;
import cn.guihua.emergency.reference.CommandTemplates.Group;
import cn.guihua.emergency.reference.Common.PlanPeriod;
import cn.guihua.emergency.reference.ReferenceData;
import cn.guihua.emergency.response.ResponseViews;
import cn.guihua.emergency.response.Responses;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.Caller;
import io.quarkus.panache.common.Sort;

/** Sets up an incident's command from its plan's template (reference/command.json) and staffs it. */
@ApplicationScoped
public class Commands {

    /** The bodies an incident's command has by default: the plan's headquarters, their office and the on-site command. */
    static final Set<String> DEFAULT_BODIES = Set.of("GENERAL_HQ", "SPECIAL_HQ", "HQ_OFFICE", "ON_SITE_HQ");

    @Inject
    ReferenceData reference;

    @Inject
    Responses responses;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    public IncidentCommand setUp(Incident i, NewCommand body) {
        if (IncidentCommand.findById(i.id) != null) {
            throw ProblemException.conflict("command.set-up-already");
        }
        Responses.Rules rules = responses.rules(i);
        PlanPeriod plan = rules.plan();
        CommandPlan template = plan == null ? null : reference.commandPlan(plan.planCode()).orElse(null);
        if (template == null) {
            throw ProblemException.unprocessable("command.no-template", i.jurisdiction);
        }
        List<Body> bodies = pick("bodies", template.bodies().stream().filter(b -> b.name() != null).toList(), body.bodies(),
                Body::code, b -> DEFAULT_BODIES.contains(b.code()));
        List<Group> groups = pick("groups", template.onSiteGroups(), body.groups(), Group::code, g -> true);
        // who sets up the on-site command: as the plan says for the grade (002:3415; 000:1235; drug: 区指挥部, 000:2922)
        Optional<ResponseViews.OnSiteView> rule = rules.onSite().stream().filter(o -> o.setUpBy() != null && o.severity() != null)
                .findFirst().or(() -> rules.onSite().stream().filter(o -> o.setUpBy() != null && !o.optional()).findFirst());
        String setUpBy = body.setUpBy() != null ? body.setUpBy().strip() : rule.map(ResponseViews.OnSiteView::setUpBy).orElse(null);
        if (setUpBy == null || setUpBy.isBlank()) {
            String clause = rules.onSite().isEmpty() ? "—" : rules.onSite().get(0).clause().sourceRef();
            throw ProblemException.invalid("setUpBy", "command.set-up-by-required", clause);
        }
        String source = rule.map(r -> r.clause().sourceRef()).orElse(template.bodies().stream()
                .filter(b -> b.code().equals("ON_SITE_HQ")).map(Body::source).findFirst().orElse(template.onSiteGroupsRule().source()));
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime at = body.setUpAt() == null ? now : body.setUpAt();
        if (at.isAfter(now.plusMinutes(5))) {
            throw ProblemException.invalid("setUpAt", "command.in-future");
        }
        if (at.isBefore(i.occurredAt)) {
            throw ProblemException.invalid("setUpAt", "command.before-occurrence");
        }
        IncidentCommand c = new IncidentCommand();
        c.incidentId = i.id;
        c.planCode = plan.planCode();
        c.setUpBy = setUpBy;
        c.setUpAt = at;
        c.sourceRef = source;
        c.recordedBy = caller.subject();
        c.createdAt = now;
        c.persist();
        int seq = 0;
        for (Body b : bodies) {
            unit(i.id, b.code(), CommandUnit.Kind.BODY, ++seq, b.name(), List.of(), List.of(),
                    b.duties() != null ? String.join("；", b.duties()) : b.role() != null ? b.role() : b.remit(), b.source());
        }
        for (Group g : groups) {
            unit(i.id, g.code(), CommandUnit.Kind.GROUP, ++seq, g.name(), g.leadUnits(), g.memberUnits(), g.duties(), g.source());
        }
        audit.record("incident.command.set-up", "Incident", i.id, body);
        return c;
    }

    public CommandAssignment assign(Incident i, NewAssignment body) {
        IncidentCommand c = find(i);
        CommandUnit unit = CommandUnit.<CommandUnit>find("incidentId = ?1 and code = ?2", i.id, body.unitCode()).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalid("unitCode", "command.unknown-unit", body.unitCode(), units(c)));
        if (body.role() == CommandAssignment.Role.COMMANDER
                && CommandAssignment.count("incidentId = ?1 and unitCode = ?2 and role = ?3", i.id, unit.code, body.role()) > 0) {
            throw ProblemException.conflict("command.commander-taken", unit.name);
        }
        CommandAssignment a = new CommandAssignment();
        a.id = UUID.randomUUID();
        a.incidentId = i.id;
        a.unitCode = unit.code;
        a.role = body.role();
        a.person = body.person().strip();
        a.organisation = body.organisation();
        a.phone = body.phone();
        a.assignedAt = OffsetDateTime.now();
        a.recordedBy = caller.subject();
        a.persist();
        audit.record("incident.command.assigned", "Incident", i.id, body);
        return a;
    }

    public IncidentCommand find(Incident i) {
        IncidentCommand c = IncidentCommand.findById(i.id);
        if (c == null) {
            throw ProblemException.notFound("thing.incident-command", i.id);
        }
        return c;
    }

    public CommandViews.CommandView view(Incident i, IncidentCommand c) {
        Map<String, Body> bodies = reference.commandPlan(c.planCode).map(t -> t.bodies().stream()
                .collect(Collectors.toMap(Body::code, b -> b, (a, b) -> a))).orElse(Map.of());
        Map<String, List<CommandAssignment>> staff = CommandAssignment.<CommandAssignment>list("incidentId", Sort.by("assignedAt"), i.id)
                .stream().collect(Collectors.groupingBy(a -> a.unitCode));
        List<CommandViews.UnitView> units = new ArrayList<>();
        for (CommandUnit u : CommandUnit.<CommandUnit>list("incidentId", Sort.by("seq"), i.id)) {
            Body b = u.kind == CommandUnit.Kind.BODY ? bodies.get(u.code) : null;
            String commander = b == null ? null : b.commander() != null ? b.commander() : b.leader() != null ? b.leader() : b.head();
            List<CommandViews.AssignmentView> people = staff.getOrDefault(u.code, List.of()).stream().map(CommandViews.AssignmentView::of).toList();
            units.add(new CommandViews.UnitView(u.code, u.kind, u.seq, u.name, u.leadUnits, u.memberUnits, u.duties, commander,
                    b == null ? null : b.deputyCommander(), u.sourceRef, people, !people.isEmpty()));
        }
        Clause setUpUnder = responses.rules(i).onSite().stream().filter(o -> o.clause().sourceRef().equals(c.sourceRef))
                .map(ResponseViews.OnSiteView::clause).findFirst().orElse(new Clause(c.sourceRef, null));
        return new CommandViews.CommandView(i.id, i.jurisdiction, c.planCode, reference.plan(c.planCode).title(), c.setUpBy, c.setUpAt,
                setUpUnder, units, !units.isEmpty() && units.stream().allMatch(CommandViews.UnitView::staffed), c.recordedBy);
    }

    public CommandViews.TemplateView template(CommandPlan t) {
        PlanPeriod plan = reference.plan(t.planCode());
        return new CommandViews.TemplateView(t.planCode(), t.title(), t.jurisdiction(), plan.effectiveFrom(), plan.effectiveTo(),
                t.bodies().stream().map(CommandViews.BodyView::of).toList(),
                t.onSiteGroups().stream().map(CommandViews.GroupView::of).toList(),
                Clause.of(t.onSiteGroupsRule().source(), t.onSiteGroupsRule().quote()), t.memberNormalisation(),
                t.departmentDuties() == null ? List.of() : t.departmentDuties().stream()
                        .map(d -> new CommandViews.DutyView(d.seq(), d.unit(), d.duties(), d.note(), d.source())).toList());
    }

    private static String units(IncidentCommand c) {
        return CommandUnit.<CommandUnit>list("incidentId", Sort.by("seq"), c.incidentId).stream().map(u -> u.code)
                .collect(Collectors.joining(", "));
    }

    private static void unit(UUID incident, String code, CommandUnit.Kind kind, int seq, String name, List<String> leads,
            List<String> members, String duties, String source) {
        CommandUnit u = new CommandUnit();
        u.incidentId = incident;
        u.code = code;
        u.kind = kind;
        u.seq = seq;
        u.name = name;
        u.leadUnits = leads == null ? List.of() : leads;
        u.memberUnits = members == null ? List.of() : members;
        u.duties = duties;
        u.sourceRef = source;
        u.persist();
    }

    /** The template entries asked for (each must exist, 400 naming it), or the default ones. */
    private static <T> List<T> pick(String field, List<T> all, List<String> asked, Function<T, String> code,
            Predicate<T> byDefault) {
        if (asked == null || asked.isEmpty()) {
            return all.stream().filter(byDefault).toList();
        }
        List<Violation> unknown = new ArrayList<>();
        List<T> chosen = new ArrayList<>();
        for (int k = 0; k < asked.size(); k++) {
            String wanted = asked.get(k);
            Optional<T> found = all.stream().filter(x -> code.apply(x).equals(wanted)).findFirst();
            if (found.isEmpty()) {
                unknown.add(Violation.of(field + "[" + k + "]", "command.unknown-template-entry", wanted,
                        all.stream().map(code).collect(Collectors.joining(", "))));
            } else if (!chosen.contains(found.get())) {
                chosen.add(found.get());
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
        return all.stream().filter(chosen::contains).toList();
    }
}
