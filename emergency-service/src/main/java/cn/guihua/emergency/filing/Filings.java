package cn.guihua.emergency.filing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.emergency.calendar.WorkingCalendar;
import cn.guihua.emergency.plan.EmergencyPlan;
import cn.guihua.emergency.rules.FilingRule;

/** Creates a plan edition's filing duties from the jurisdiction's rules and works out their deadlines. */
@ApplicationScoped
public class Filings {

    public static final String NO_DEADLINE = "NO_DEADLINE";
    public static final String CALENDAR_NOT_CONFIGURED = "CALENDAR_NOT_CONFIGURED";

    @Inject
    WorkingCalendar calendar;

    /** One duty per rule in force on the issue date; none where the jurisdiction has no rule for the type. */
    public List<Filing> open(EmergencyPlan plan) {
        return FilingRule.applicable(plan.jurisdiction, plan.planType, plan.enterpriseKind, plan.issueDate).stream().map(rule -> {
            Filing f = new Filing();
            f.id = UUID.randomUUID();
            f.planId = plan.id;
            f.ruleId = rule.id;
            f.issueDate = plan.issueDate;
            f.createdAt = OffsetDateTime.now();
            f.persist();
            return f;
        }).toList();
    }

    /** Views of the filings as of a date; rules and plans are looked up once for the whole list. */
    public List<FilingView> views(List<Filing> filings, LocalDate asOf) {
        return views(filings, asOf, Map.of());
    }

    /** As {@link #views(List, LocalDate)}, with the plans the caller holds already (only the others are read). */
    public List<FilingView> views(List<Filing> filings, LocalDate asOf, Map<UUID, EmergencyPlan> known) {
        if (filings.isEmpty()) {
            return List.of();
        }
        WorkingCalendar.Snapshot cal = calendar.snapshot();
        Map<Long, FilingRule> rules = FilingRule.<FilingRule>list("id in ?1", filings.stream().map(f -> f.ruleId).distinct().toList())
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, EmergencyPlan> plans = new HashMap<>(known);
        List<UUID> missing = filings.stream().map(f -> f.planId).distinct().filter(id -> !plans.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            EmergencyPlan.<EmergencyPlan>list("id in ?1", missing).forEach(p -> plans.put(p.id, p));
        }
        return filings.stream().map(f -> view(f, rules.get(f.ruleId), plans.get(f.planId), cal, asOf)).toList();
    }

    private static FilingView view(Filing f, FilingRule rule, EmergencyPlan plan, WorkingCalendar.Snapshot cal, LocalDate asOf) {
        LocalDate due = null;
        String note = null;
        if (rule.deadlineWorkingDays == null) {
            note = NO_DEADLINE;
        } else {
            Optional<LocalDate> computed = cal.addWorkingDays(f.issueDate, rule.deadlineWorkingDays);
            due = computed.orElse(null);
            note = computed.isPresent() ? null : CALENDAR_NOT_CONFIGURED;
        }
        // as of the date: a filing recorded as made after it was still outstanding then
        boolean filed = f.filedOn != null && !f.filedOn.isAfter(asOf);
        FilingView.Status status;
        if (filed) {
            status = due != null && f.filedOn.isAfter(due) ? FilingView.Status.FILED_LATE : FilingView.Status.FILED;
        } else {
            status = due != null && asOf.isAfter(due) ? FilingView.Status.OVERDUE : FilingView.Status.PENDING;
        }
        return new FilingView(f.id, f.planId, plan.title, plan.jurisdiction, rule.recipient, rule.mode, f.issueDate,
                rule.deadlineWorkingDays, due, note, filed ? f.filedOn : null, filed ? f.reference : null, status,
                rule.sourceRef, f.version);
    }
}
