package cn.guihua.subsidy.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.subsidy.calendar.WorkingDays;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.ParameterValue;
import cn.guihua.subsidy.rules.Parameters;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;

/**
 * Public notices (公示) where a document requires one: 张店区's recognised headquarters for 7 days (002:246, payment only
 * after it, 002:247) and 槐荫区's farmland selection (000:1745, length and day kind set by the officer). The terms are
 * those in force on the posting day, counted from the day after it unless the district counts the posting day
 * (PUBLIC_NOTICE_FIRST_DAY_COUNTED); working days on emergency-service's calendar. An objection raised during the notice
 * and not yet resolved holds it; one raised after it ended holds nothing.
 */
@ApplicationScoped
public class Notices {

    static final TypeReference<List<LocalDate>> DAYS = new TypeReference<>() {
    };
    static final TypeReference<List<ParameterUse>> USES = new TypeReference<>() {
    };

    @Inject
    RuleBook rules;

    @Inject
    Parameters parameters;

    @Inject
    WorkingDays calendar;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** The terms as of the posting day: the end date (or why there is none) and what was read. */
    public record Terms(LocalDate endsOn, Integer days, String dayKind, Boolean firstDayCounted, List<LocalDate> counted, String note,
            List<ParameterUse> used, List<ParameterName> missing) {
    }

    Terms terms(Rule rule, String jurisdiction, LocalDate postedOn) {
        List<ParameterUse> used = new ArrayList<>();
        List<ParameterName> missing = new ArrayList<>();
        Integer days = rule.params().has("days") ? rule.number("days").intValue() : null;
        String kind = rule.params().has("dayKind") ? rule.text("dayKind") : null;
        ParameterName durationName = days == null ? rule.parameter("durationParameter") : null;
        ParameterName kindName = kind == null ? rule.parameter("dayKindParameter") : null;
        ParameterName firstName = rule.parameter("firstDayParameter");
        // the notice's parameters in one query, not one each (issue 17)
        List<ParameterName> names = new ArrayList<>(3);
        for (ParameterName name : new ParameterName[] { durationName, kindName, firstName }) {
            if (name != null) {
                names.add(name);
            }
        }
        Map<ParameterName, ParameterValue> values = parameters.asOf(names, jurisdiction, postedOn);
        if (days == null) {
            ParameterUse p = ParameterUse.of(durationName, jurisdiction, postedOn, values.get(durationName));
            used.add(p);
            if (p.set()) {
                days = Integer.valueOf(p.value());
            } else {
                missing.add(p.name());
            }
        }
        if (kind == null) {
            ParameterUse p = ParameterUse.of(kindName, jurisdiction, postedOn, values.get(kindName));
            used.add(p);
            if (p.set()) {
                kind = p.value();
            } else {
                missing.add(p.name());
            }
        }
        ParameterUse first = ParameterUse.of(firstName, jurisdiction, postedOn, values.get(firstName));
        if (first.set()) {
            used.add(first);
        }
        boolean firstCounted = first.isTrue();
        if (!missing.isEmpty()) {
            return new Terms(null, days, kind, firstCounted, List.of(), String.join(", ", missing.stream().map(Enum::name).toList()), used,
                    missing);
        }
        if ("WORKING".equals(kind)) {
            try {
                WorkingDays.Count c = calendar.after(firstCounted ? postedOn.minusDays(1) : postedOn, days);
                return new Terms(c.due(), days, kind, firstCounted, c.counted(), null, used, missing);
            } catch (WorkingDays.NotLoaded e) {
                return new Terms(null, days, kind, firstCounted, List.of(), WorkingDays.NOT_CONFIGURED, used, missing);
            }
        }
        return new Terms(postedOn.plusDays(firstCounted ? days - 1 : days), days, kind, firstCounted, List.of(), null, used, missing);
    }

    /** Posts a notice of an application or a selection; the notice rule is the policy's. */
    public PublicNotice post(String policy, String ruleCode, UUID applicationId, Long rankingId, String jurisdiction, LocalDate postedOn) {
        return posted(policy, ruleCode, applicationId, rankingId, jurisdiction, postedOn).notice();
    }

    /** A notice just posted, with the terms it was posted with: what {@link #current} would work out again. */
    public record Posted(PublicNotice notice, Terms terms) {
    }

    /** As {@link #post}, with the terms: a caller that shows the notice at once need not read them again (issue 17). */
    public Posted posted(String policy, String ruleCode, UUID applicationId, Long rankingId, String jurisdiction, LocalDate postedOn) {
        Rule rule = rules.rules(policy, postedOn).get(ruleCode);
        Terms t = terms(rule, rules.policy(policy).jurisdiction, postedOn);
        PublicNotice n = new PublicNotice();
        n.id = UUID.randomUUID();
        n.policyCode = policy;
        n.ruleCode = ruleCode;
        n.applicationId = applicationId;
        n.rankingId = rankingId;
        n.jurisdiction = jurisdiction;
        n.postedOn = postedOn;
        store(n, t);
        n.postedBy = caller.subject();
        n.postedAt = OffsetDateTime.now();
        n.persist();
        return new Posted(n, t);
    }

    private void store(PublicNotice n, Terms t) {
        n.endsOn = t.endsOn();
        n.days = t.days();
        n.dayKind = t.dayKind();
        n.firstDayCounted = t.firstDayCounted();
        n.counted = write(t.counted());
        n.note = t.note();
        n.parameters = write(t.used());
    }

    /**
     * The notice's terms as they stand: a notice posted while its length was not configured is worked out again once the
     * officer has set it (from a day on or before the posting day); the new terms are kept when {@code keep}.
     */
    public Terms current(PublicNotice n, boolean keep) {
        if (n.endsOn != null || WorkingDays.NOT_CONFIGURED.equals(n.note)) {
            return new Terms(n.endsOn, n.days, n.dayKind, n.firstDayCounted, read(n.counted, DAYS), n.note, read(n.parameters, USES),
                    List.of());
        }
        Terms t = terms(rules.rules(n.policyCode, n.postedOn).get(n.ruleCode), rules.policy(n.policyCode).jurisdiction, n.postedOn);
        if (keep && t.endsOn() != null) {
            store(n, t);
        }
        return t;
    }

    public Clause clause(PublicNotice n) {
        return rules.rules(n.policyCode, n.postedOn).get(n.ruleCode).clause();
    }

    /** Whether an objection holds the notice: raised during it (from posting to its last day; to any day while open-ended). */
    public static Boolean duringNotice(Objection o, PublicNotice n, LocalDate endsOn) {
        if (n == null) {
            return null;
        }
        return !o.raisedOn.isBefore(n.postedOn) && (endsOn == null || !o.raisedOn.isAfter(endsOn));
    }

    /** Where a notice stands for the given objections (those that concern the application or unit) on a day. */
    public record State(String status, LocalDate finalOn) {
    }

    public State state(PublicNotice n, LocalDate endsOn, Collection<Objection> objections, LocalDate asOf) {
        if (asOf.isBefore(n.postedOn)) {
            return new State("NOT_POSTED", null);
        }
        boolean open = false;
        boolean upheld = false;
        LocalDate lastResolution = null;
        for (Objection o : objections) {
            if (!Boolean.TRUE.equals(duringNotice(o, n, endsOn)) || o.raisedOn.isAfter(asOf)) {
                continue;
            }
            if (o.resolvedOn == null || o.resolvedOn.isAfter(asOf)) {
                open = true;
            } else if (o.outcome == Objection.Outcome.UPHELD) {
                upheld = true;
            } else if (lastResolution == null || o.resolvedOn.isAfter(lastResolution)) {
                lastResolution = o.resolvedOn;
            }
        }
        if (open) {
            return new State("NOTICE_OBJECTED", null);
        }
        if (upheld) {
            return new State("OBJECTION_UPHELD", null);
        }
        if (endsOn == null) {
            return new State("IN_NOTICE", null);
        }
        LocalDate finalOn = endsOn.plusDays(1);
        if (lastResolution != null && lastResolution.isAfter(finalOn)) {
            finalOn = lastResolution;
        }
        return new State(asOf.isBefore(finalOn) ? "IN_NOTICE" : "FINAL", finalOn);
    }

    public NoticeView.ObjectionView view(Objection o, PublicNotice n, LocalDate endsOn) {
        return new NoticeView.ObjectionView(o.id, o.unit, o.raisedOn, o.raisedBy, o.text, duringNotice(o, n, endsOn), o.resolvedOn, o.outcome,
                o.resolution, o.department, o.version);
    }

    /** The notice of an application, as of a day. */
    public NoticeView view(PublicNotice n, List<Objection> objections, LocalDate asOf) {
        Terms t = current(n, false);
        State s = state(n, t.endsOn(), objections, asOf);
        return new NoticeView(n.id, n.ruleCode, clause(n), n.postedOn, t.endsOn(), t.endsOn() == null ? null : t.endsOn().plusDays(1),
                t.days(), t.dayKind(), t.firstDayCounted(), t.counted(), t.note(), t.used(), t.missing(), asOf, s.status(), s.finalOn(), List.of(),
                List.of(), objections.stream().map(o -> view(o, n, t.endsOn())).toList());
    }

    /** A selection's notice: each unit held or final as the objection scope (a parameter) says. */
    public NoticeView view(PublicNotice n, List<Objection> objections, List<String> units, ParameterUse scope, LocalDate asOf) {
        return view(n, current(n, false), objections, units, scope, asOf);
    }

    /**
     * As {@link #view(PublicNotice, List, List, ParameterUse, LocalDate)}, with the notice's terms as they stand given
     * ({@link #current}, or those it was just {@link #posted} with). The scope is read only for objections: it may be
     * null when there are none.
     */
    public NoticeView view(PublicNotice n, Terms t, List<Objection> objections, List<String> units, ParameterUse scope, LocalDate asOf) {
        List<ParameterName> missing = new ArrayList<>(t.missing());
        List<ParameterUse> used = new ArrayList<>(t.used());
        List<String> held = new ArrayList<>();
        List<String> finals = new ArrayList<>();
        boolean anyOpen = false;
        LocalDate finalOn = null;
        boolean scopeAsked = false;
        for (String unit : units) {
            List<Objection> concern = new ArrayList<>();
            for (Objection o : objections) {
                if (o.unit == null || o.unit.equals(unit) || scope.is("WHOLE_LIST") || !scope.set()) {
                    concern.add(o);
                }
                if (o.unit != null && Boolean.TRUE.equals(duringNotice(o, n, t.endsOn())) && !o.raisedOn.isAfter(asOf)) {
                    scopeAsked = true;
                }
            }
            State s = state(n, t.endsOn(), concern, asOf);
            if ("NOTICE_OBJECTED".equals(s.status()) || "OBJECTION_UPHELD".equals(s.status())) {
                held.add(unit);
                anyOpen = true;
            } else if ("FINAL".equals(s.status())) {
                finals.add(unit);
                finalOn = finalOn == null || s.finalOn().isAfter(finalOn) ? s.finalOn() : finalOn;
            } else if (finalOn == null && s.finalOn() != null) {
                finalOn = s.finalOn();
            }
        }
        if (scopeAsked) {
            used.add(scope);
            if (!scope.set()) {
                missing.add(scope.name());
            }
        }
        String status = asOf.isBefore(n.postedOn) ? "NOT_POSTED" : anyOpen ? "NOTICE_OBJECTED"
                : !finals.isEmpty() && finals.size() == units.size() ? "FINAL" : "IN_NOTICE";
        if (!anyOpen && t.endsOn() != null && finalOn == null) {
            finalOn = t.endsOn().plusDays(1);
        }
        return new NoticeView(n.id, n.ruleCode, clause(n), n.postedOn, t.endsOn(), t.endsOn() == null ? null : t.endsOn().plusDays(1),
                t.days(), t.dayKind(), t.firstDayCounted(), t.counted(), t.note(), used, List.copyOf(new LinkedHashSet<>(missing)), asOf, status,
                anyOpen ? (finals.isEmpty() ? null : finalOn) : finalOn, held, finals, objections.stream().map(o -> view(o, n, t.endsOn())).toList());
    }

    /** 409 unless the notice is final for the objections given on the payment day (002:247, 000:1745); 422 when upheld. */
    public void requireFinal(PublicNotice n, Collection<Objection> objections, LocalDate paidOn, Rule paymentRule) {
        if (n == null) {
            throw ProblemException.conflict("notice.required", paymentRule.clause().ref(), paymentRule.clause().quote());
        }
        Terms t = current(n, false);
        State s = state(n, t.endsOn(), objections, paidOn);
        Clause clause = clause(n);
        switch (s.status()) {
            case "FINAL" -> {
            }
            case "OBJECTION_UPHELD" -> throw ProblemException.unprocessable("notice.objection-upheld", clause.ref(), clause.quote());
            case "NOTICE_OBJECTED" -> throw ProblemException.conflict("notice.objected", paidOn, clause.ref(), clause.quote());
            default -> throw t.endsOn() == null
                    ? ProblemException.conflict("notice.open-ended", t.note(), clause.ref(), clause.quote())
                    : ProblemException.conflict("notice.in-notice", paidOn, t.endsOn(), clause.ref(), clause.quote());
        }
    }

    public Objection objection(UUID id) {
        Objection o = Objection.findById(id);
        if (o == null) {
            throw ProblemException.notFound("thing.objection", id);
        }
        return o;
    }

    public Set<String> unitsHeld(NoticeView v) {
        return new LinkedHashSet<>(v.held());
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String s, TypeReference<T> type) {
        try {
            return json.readValue(s == null ? "[]" : s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
