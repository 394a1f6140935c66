package cn.guihua.subsidy.expropriation;

import static cn.guihua.subsidy.rules.CalculationStatus.CALCULATED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_CONFIGURED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_ELIGIBLE;
import static cn.guihua.subsidy.rules.Explanation.map;
import static cn.guihua.subsidy.rules.Explanation.note;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.subsidy.calendar.WorkingDays;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;

/**
 * The procedure of 临兰政发〔2022〕1号 as due dates: each duty is judged under the rules in force on the day of the event
 * that starts it. "不少于" periods give the earliest end, "内" periods the last day; whether a "内" period ending on a rest
 * day runs on to the next working day is EXPROPRIATION_DAYS_EXTEND_PAST_HOLIDAY, and which days are rest days is asked of
 * emergency-service's calendar only when that question arises.
 */
@ApplicationScoped
public class Timeline {

    @Inject
    RuleBook rules;

    @Inject
    ExpropriationRules expropriation;

    @Inject
    WorkingDays calendar;

    public List<TimelineView.Item> items(ProjectFacts f) {
        List<TimelineView.Item> items = new ArrayList<>();
        if (f.suspensionNotifiedOn() != null) {
            rule(items, "TIMELINE_PERMIT_SUSPENSION", f.suspensionNotifiedOn(), (r, day) -> item(r, CALCULATED,
                    map("suspendedUntilAtMost", day.plusYears(r.number("maxYears").intValue())), null));
        }
        if (f.surveyResultsPostedOn() != null) {
            rule(items, "TIMELINE_SURVEY_NOTICE", f.surveyResultsPostedOn(), this::posting);
        }
        if (f.minimumAreaPostedOn() != null) {
            // the 45 m² guarantee's posting (001:228): no length in the document either
            rule(items, "MINIMUM_AREA_NOTICE", f.minimumAreaPostedOn(), this::posting);
        }
        if (f.planPostedOn() != null) {
            rule(items, "TIMELINE_PLAN_POSTING", f.planPostedOn(), (r, day) -> {
                LocalDate end = day.plusDays(r.number("minDays").intValue());
                return item(r, CALCULATED, map("postingEndsEarliest", end, "decisionEarliest", end.plusDays(1)), note("expropriation.minimum-period"));
            });
        }
        if (f.purpose() != null && f.owners() != null && f.objecting() != null) {
            LocalDate day = f.planPostedOn() != null ? f.planPostedOn() : projectDay(f);
            rule(items, "TIMELINE_HEARING", day, (r, d) -> {
                boolean renewal = r.text("appliesTo").equals(f.purpose().name());
                boolean more = BigDecimal.valueOf(f.objecting()).compareTo(BigDecimal.valueOf(f.owners()).multiply(r.number("objectingShareAbove"))) > 0;
                return item(r, CALCULATED, map("hearingRequired", renewal && more, "oldDistrictRenewal", renewal, "moreThanHalfObject", more), null);
            });
        }
        if (f.households() != null || f.area() != null || f.special() != null) {
            LocalDate day = f.decisionOn() != null ? f.decisionOn() : projectDay(f);
            rule(items, "TIMELINE_EXECUTIVE_MEETING", day, (r, d) -> {
                boolean many = f.households() != null && f.households() >= r.number("minHouseholds").intValue();
                boolean large = f.area() != null && f.area().compareTo(r.number("minArea")) >= 0;
                return item(r, CALCULATED, map("executiveMeeting", many || large || Boolean.TRUE.equals(f.special())), null);
            });
        }
        if (f.decisionOn() != null) {
            rule(items, "TIMELINE_DECISION_ANNOUNCEMENT", f.decisionOn(), (r, day) -> within(r, day, r.number("days").intValue(), "announceBy", map()));
        }
        if (f.selectionMethodPublishedOn() != null) {
            rule(items, "TIMELINE_VALUER_CHOICE", f.selectionMethodPublishedOn(), (r, day) -> {
                Map<String, Object> v = map("negotiationEndsOn", day.plusDays(r.number("days").intValue()));
                if (f.owners() != null && f.signatures() != null) {
                    boolean chosen = BigDecimal.valueOf(f.signatures()).compareTo(BigDecimal.valueOf(f.owners()).multiply(r.number("signaturesAbove"))) > 0;
                    v.put("chosenByNegotiation", chosen);
                    if (!chosen) {
                        v.put("next", "DEPARTMENT_ORGANISES_SELECTION");
                    }
                }
                return item(r, CALCULATED, v, null);
            });
        }
        if (f.valuationsPostedOn() != null) {
            rule(items, "TIMELINE_VALUATION_POSTING", f.valuationsPostedOn(), (r, day) -> {
                LocalDate end = day.plusDays(r.number("minDays").intValue());
                return item(r, CALCULATED, map("postingEndsEarliest", end, "reportsEarliest", end.plusDays(1)), note("expropriation.minimum-period"));
            });
        }
        requestAndAnswer(items, "TIMELINE_REVIEW", f.reportReceivedOn(), f.reviewRequestReceivedOn());
        requestAndAnswer(items, "TIMELINE_APPRAISAL", f.reviewResultReceivedOn(), f.appraisalRequestReceivedOn());
        if (f.reminderServedOn() != null || f.suitPeriodExpiresOn() != null) {
            LocalDate day = f.reminderServedOn() != null ? f.reminderServedOn() : f.suitPeriodExpiresOn();
            rule(items, "TIMELINE_ENFORCEMENT", day, (r, d) -> {
                Map<String, Object> v = map();
                if (f.reminderServedOn() != null) {
                    v.put("stillNotMovedAfter", f.reminderServedOn().plusDays(r.number("afterReminderDays").intValue()));
                }
                if (f.suitPeriodExpiresOn() != null) {
                    v.put("applyFrom", f.suitPeriodExpiresOn().plusDays(1));
                    v.put("applyBy", f.suitPeriodExpiresOn().plusMonths(r.number("applyWithinMonths").intValue()));
                }
                return item(r, CALCULATED, v, null);
            });
        }
        return items;
    }

    /**
     * The day a finding without an event of its own is judged on: the project's first recorded event, or, with none,
     * today held inside the measure's period (a project is run under the measure it was started under).
     */
    LocalDate projectDay(ProjectFacts f) {
        for (LocalDate d : new LocalDate[] { f.suspensionNotifiedOn(), f.surveyResultsPostedOn(), f.planPostedOn(), f.decisionOn(),
                f.selectionMethodPublishedOn(), f.valuationsPostedOn(), f.reportReceivedOn() }) {
            if (d != null) {
                return d;
            }
        }
        cn.guihua.subsidy.rules.Policy p = rules.policy(ExpropriationRules.POLICY);
        LocalDate today = LocalDate.now();
        if (p.effectiveTo != null && today.isAfter(p.effectiveTo)) {
            return p.effectiveTo;
        }
        return today.isBefore(p.effectiveFrom) ? p.effectiveFrom : today;
    }

    private void requestAndAnswer(List<TimelineView.Item> items, String code, LocalDate received, LocalDate requestReceived) {
        if (received == null && requestReceived == null) {
            return;
        }
        LocalDate day = received != null ? received : requestReceived;
        rule(items, code, day, (r, d) -> {
            Map<String, Object> v = map();
            List<ParameterUse> used = new ArrayList<>();
            boolean open = false;
            String note = null;
            if (received != null) {
                Due due = due(received, r.number("requestDays").intValue(), d);
                v.put("requestBy", due.date());
                open |= due.open();
                note = due.note();
                if (due.parameter() != null) {
                    used.add(due.parameter());
                }
            }
            if (requestReceived != null) {
                Due due = due(requestReceived, r.number("answerDays").intValue(), d);
                v.put("answerBy", due.date());
                open |= due.open();
                note = note != null ? note : due.note();
                if (due.parameter() != null && !used.contains(due.parameter())) {
                    used.add(due.parameter());
                }
            }
            return new TimelineView.Item(r.code(), r.clause(), open ? NOT_CONFIGURED : CALCULATED, v, note, used);
        });
    }

    private TimelineView.Item within(Rule r, LocalDate day, int days, String key, Map<String, Object> v) {
        Due due = due(day, days, day);
        v.put(key, due.date());
        return new TimelineView.Item(r.code(), r.clause(), due.open() ? NOT_CONFIGURED : CALCULATED, v, due.note(),
                due.parameter() == null ? List.of() : List.of(due.parameter()));
    }

    private record Due(LocalDate date, boolean open, String note, ParameterUse parameter) {
    }

    /** A "内" period: its last day, run on past a rest day if the officer says so. */
    private Due due(LocalDate from, int days, LocalDate judged) {
        LocalDate last = from.plusDays(days);
        ParameterUse p = expropriation.param(ParameterName.EXPROPRIATION_DAYS_EXTEND_PAST_HOLIDAY, judged);
        if (p.set() && !p.isTrue()) {
            return new Due(last, false, null, p);
        }
        LocalDate working;
        try {
            working = calendar.onOrAfter(last);
        } catch (WorkingDays.NotLoaded e) {
            return new Due(null, true, note("calendar.not-loaded"), p.set() ? p : null);
        }
        if (working.equals(last)) {
            return new Due(last, false, null, p.set() ? p : null);
        }
        if (!p.set()) {
            return new Due(null, true, note("expropriation.rest-day", last, p.name()), p);
        }
        return new Due(working, false, note("expropriation.run-on", last, working), p);
    }

    private interface Duty {
        TimelineView.Item apply(Rule rule, LocalDate day);
    }

    /** The duty under the rules of the day of its event; outside the measure's period it is marked so. */
    /** A posting whose length the document does not give (001:135, 001:228): EXPROPRIATION_NOTICE_DAYS. */
    private TimelineView.Item posting(Rule r, LocalDate day) {
        ParameterUse p = expropriation.param(r.parameter("durationParameter"), day);
        if (!p.set()) {
            return item(r, NOT_CONFIGURED, map("postingEndsEarliest", null), note("expropriation.notice-days", p.name()), p);
        }
        return item(r, CALCULATED, map("postingEndsEarliest", day.plusDays(Integer.parseInt(p.value()))), null, p);
    }

    private void rule(List<TimelineView.Item> items, String code, LocalDate day, Duty duty) {
        if (!rules.inForce(ExpropriationRules.POLICY, day)) {
            RuleSet any = rules.rules(ExpropriationRules.POLICY, rules.policy(ExpropriationRules.POLICY).effectiveFrom);
            Rule r = any.get(code);
            items.add(new TimelineView.Item(code, r.clause(), NOT_ELIGIBLE, map("event", day),
                    note("expropriation.event-outside", day, rules.policy(ExpropriationRules.POLICY).effectiveFrom,
                            rules.policy(ExpropriationRules.POLICY).effectiveTo), List.of()));
            return;
        }
        items.add(duty.apply(rules.rules(ExpropriationRules.POLICY, day).get(code), day));
    }

    private static TimelineView.Item item(Rule r, cn.guihua.subsidy.rules.CalculationStatus status, Map<String, Object> values, String note,
            ParameterUse... used) {
        return new TimelineView.Item(r.code(), r.clause(), status, values, note, List.of(used));
    }
}
