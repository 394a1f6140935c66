package cn.guihua.emergency.incident;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.guihua.emergency.rules.ReportingClockRule;

/** Works out an incident's reporting deadlines from the clock rules and the reports made. */
final class Clocks {

    /** A repeating clock lists at most this many occurrences (a response of more than a year). */
    private static final int MAX_OCCURRENCES = 400;

    private Clocks() {
    }

    static boolean applies(ReportingClockRule rule, Incident incident) {
        return incident.level != null && rule.levels.contains(incident.level) && rule.inForceOn(incident.occurredAt.toLocalDate())
                && (rule.gradingTable == null || rule.gradingTable.equals(incident.gradingTable));
    }

    static List<ClockView> of(Incident incident, List<ReportingClockRule> rules, List<IncidentReport> reports, OffsetDateTime at) {
        List<ClockView> clocks = new ArrayList<>();
        for (ReportingClockRule rule : rules) {
            if (!applies(rule, incident)) {
                continue;
            }
            OffsetDateTime start = switch (rule.startsAt) {
                case OCCURRED -> incident.occurredAt;
                case DISCOVERED -> incident.discoveredAt;
                case RESPONSE_STARTED -> incident.responseStartedAt;
                case RESPONSE_ENDED -> incident.responseEndedAt;
            };
            if (start == null) {
                clocks.add(new ClockView(rule.code, rule.name, null, rule.startsAt, null, null, null, ClockView.Status.WAITING, rule.sourceRef));
                continue;
            }
            Duration every = Duration.parse(rule.dueAfter);
            if (!rule.repeats) {
                OffsetDateTime due = start.plus(every);
                Optional<OffsetDateTime> done = reports.stream().filter(r -> r.clock.equals(rule.code)).map(r -> r.submittedAt).min(OffsetDateTime::compareTo);
                clocks.add(new ClockView(rule.code, rule.name, null, rule.startsAt, start, due, done.orElse(null),
                        status(due, done.orElse(null), at), rule.sourceRef));
                continue;
            }
            OffsetDateTime end = incident.responseEndedAt;
            for (int k = 1; k <= MAX_OCCURRENCES; k++) {
                OffsetDateTime from = start.plus(every.multipliedBy(k - 1L));
                OffsetDateTime due = start.plus(every.multipliedBy(k));
                if (end != null && due.isAfter(end)) {
                    break;
                }
                Optional<OffsetDateTime> done = reports.stream()
                        .filter(r -> r.clock.equals(rule.code) && r.submittedAt.isAfter(from) && !r.submittedAt.isAfter(due))
                        .map(r -> r.submittedAt).min(OffsetDateTime::compareTo);
                clocks.add(new ClockView(rule.code, rule.name, k, rule.startsAt, start, due, done.orElse(null),
                        status(due, done.orElse(null), at), rule.sourceRef));
                if (due.isAfter(at)) {
                    break;
                }
            }
        }
        return clocks;
    }

    private static ClockView.Status status(OffsetDateTime due, OffsetDateTime done, OffsetDateTime at) {
        if (done != null) {
            return done.isAfter(due) ? ClockView.Status.LATE : ClockView.Status.MET;
        }
        return at.isAfter(due) ? ClockView.Status.OVERDUE : ClockView.Status.DUE;
    }
}
