package cn.guihua.credit.objection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.credit.calendar.WorkingDays;
import cn.guihua.credit.objection.ObjectionViews.ClockView;
import cn.guihua.credit.parameter.ParameterSnapshot;
import cn.guihua.credit.parameter.ParameterStore;
import cn.guihua.credit.rules.RuleFiles;
import cn.guihua.credit.rules.Rules;

/**
 * The clocks of an objection on the system's one working-day calendar (emergency-service): 3 working days within the
 * receiving unit's remit, 7 when other units must verify, 2 for the correction once an error is confirmed (002:815);
 * for persons the days of PERSONAL_OBJECTION_DEADLINES (89号 gives none); none for servants (复评 in January).
 */
@ApplicationScoped
public class Clocks {

    public static final String DAY_COUNT = "OBJECTION_DAY_COUNT_START";
    public static final String CORRECTION_START = "OBJECTION_CORRECTION_CLOCK_START";
    public static final String PERSONAL = "PERSONAL_OBJECTION_DEADLINES";

    @Inject
    Rules rules;

    @Inject
    WorkingDays calendar;

    @Inject
    ParameterStore parameters;

    public List<ClockView> compute(Objection o, List<ObjectionEvent> events) {
        ParameterSnapshot p = parameters.snapshot(o.receivedOn, null);
        LocalDate notified = first(events, "APPLICANT_NOTIFIED");
        LocalDate corrected = first(events, "RECORD_CORRECTED", "RECORD_DELETED", "DATA_SUPPLEMENTED");
        LocalDate confirmed = first(events, "ERROR_CONFIRMED");
        List<ClockView> clocks = new ArrayList<>();
        switch (o.subjectType) {
            case MARKET_ENTITY -> {
                List<RuleFiles.Clock> rulesClocks = rules.objections().marketEntity().clocks();
                RuleFiles.Clock inRemit = clock(rulesClocks, "IN_REMIT");
                RuleFiles.Clock others = clock(rulesClocks, "NEEDS_OTHER_UNITS");
                RuleFiles.Clock correction = clock(rulesClocks, "CORRECTION");
                if (!Boolean.FALSE.equals(o.withinRemit)) {
                    clocks.add(due("IN_REMIT", inRemit.workingDays(), o.receivedOn, p, notified, o.receivedBy, inRemit));
                }
                if (Boolean.TRUE.equals(o.needsOtherUnits)) {
                    clocks.add(due("NEEDS_OTHER_UNITS", others.workingDays(), o.receivedOn, p, notified, o.receivedBy, others));
                } else if (o.needsOtherUnits == null) {
                    clocks.add(due("NEEDS_OTHER_UNITS_IF_REFERRED", others.workingDays(), o.receivedOn, p, notified, o.receivedBy, others));
                }
                ParameterSnapshot.InForce start = p.get(CORRECTION_START);
                if (start == null) {
                    clocks.add(new ClockView("CORRECTION", correction.workingDays(), null, null, "NOT_CONFIGURED", CORRECTION_START, corrected,
                            null, correction.who(), correction.does(), correction.source(), correction.quote()));
                } else {
                    LocalDate from = "RECEIPT".equals(start.value().asText()) ? o.receivedOn : confirmed;
                    if (from == null) {
                        clocks.add(new ClockView("CORRECTION", correction.workingDays(), null, null, "NOT_STARTED", CORRECTION_START, corrected,
                                null, correction.who(), correction.does(), correction.source(), correction.quote()));
                    } else {
                        ClockView c = due("CORRECTION", correction.workingDays(), from, p, corrected, null, correction);
                        clocks.add(withParameter(c, CORRECTION_START));
                    }
                }
            }
            case PERSON -> {
                JsonNode filing = rules.objections().personal().path("filing");
                ParameterSnapshot.InForce deadlines = p.get(PERSONAL);
                if (deadlines == null) {
                    clocks.add(new ClockView("REVIEW", null, o.receivedOn, null, "NOT_CONFIGURED", PERSONAL, notified, null, o.receivedBy,
                            List.of(), filing.path("source").asText(), filing.path("quote").asText()));
                } else {
                    JsonNode d = deadlines.value();
                    RuleFiles.Clock none = new RuleFiles.Clock(null, null, null, List.of(), 0, null, null, null, filing.path("source").asText(),
                            filing.path("quote").asText());
                    clocks.add(withParameter(due("REVIEW", d.path("reviewWorkingDays").asInt(), o.receivedOn, p, notified, o.receivedBy, none), PERSONAL));
                    if (!Boolean.FALSE.equals(o.needsOtherUnits)) {
                        clocks.add(withParameter(due("VERIFY", d.path("verifyWorkingDays").asInt(), o.receivedOn, p, notified, o.receivedBy, none), PERSONAL));
                    }
                    clocks.add(confirmed == null
                            ? new ClockView("CORRECTION", d.path("correctWorkingDays").asInt(), null, null, "NOT_STARTED", PERSONAL, corrected, null,
                                    null, List.of(), none.source(), none.quote())
                            : withParameter(due("CORRECTION", d.path("correctWorkingDays").asInt(), confirmed, p, corrected, null, none), PERSONAL));
                }
            }
            default -> {
                JsonNode review = rules.objections().publicServant().path("reEvaluation");
                clocks.add(new ClockView("REVIEW_IN_JANUARY", null, o.receivedOn, null, "NO_DEADLINE", null, notified, null, o.receivedBy,
                        List.of(), review.path("source").asText(), review.path("quote").asText()));
            }
        }
        return clocks;
    }

    private ClockView due(String id, int days, LocalDate from, ParameterSnapshot p, LocalDate metOn, String who, RuleFiles.Clock rule) {
        ParameterSnapshot.InForce count = p.get(DAY_COUNT);
        if (count == null) {
            return new ClockView(id, days, from, null, "NOT_CONFIGURED", DAY_COUNT, metOn, null, who, rule.does(), rule.source(), rule.quote());
        }
        LocalDate due;
        String status = "COMPUTED";
        try {
            if ("RECEIPT_DAY".equals(count.value().asText()) && calendar.isWorkingDay(from)) {
                due = days == 1 ? from : calendar.after(from, days - 1);
            } else {
                due = calendar.after(from, days);
            }
        } catch (WorkingDays.NotLoaded e) {
            due = null;
            status = "CALENDAR_YEAR_NOT_LOADED";
        } catch (WorkingDays.Unavailable e) {
            due = null;
            status = "CALENDAR_UNAVAILABLE";
        }
        Boolean late = due == null ? null : metOn == null ? (cn.guihua.credit.access.Dates.today().isAfter(due) ? Boolean.TRUE : null) : metOn.isAfter(due);
        return new ClockView(id, days, from, due, status, DAY_COUNT, metOn, late, who, rule.does(), rule.source(), rule.quote());
    }

    private static ClockView withParameter(ClockView c, String parameter) {
        return "COMPUTED".equals(c.status()) || c.status().startsWith("CALENDAR") ? new ClockView(c.id(), c.workingDays(), c.from(), c.due(),
                c.status(), parameter, c.metOn(), c.late(), c.who(), c.does(), c.source(), c.quote()) : c;
    }

    private static RuleFiles.Clock clock(List<RuleFiles.Clock> clocks, String id) {
        return clocks.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static LocalDate first(List<ObjectionEvent> events, String... types) {
        return events.stream().filter(e -> List.of(types).contains(e.type)).map(e -> e.onDate).min(LocalDate::compareTo).orElse(null);
    }

    /** True when a clock still waits for the calendar. */
    public static boolean pending(List<ClockView> clocks) {
        return clocks.stream().anyMatch(c -> "CALENDAR_UNAVAILABLE".equals(c.status()));
    }
}
