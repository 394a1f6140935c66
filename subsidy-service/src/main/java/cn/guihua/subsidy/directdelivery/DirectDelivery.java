package cn.guihua.subsidy.directdelivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.subsidy.calendar.WorkingDays;
import cn.guihua.subsidy.directdelivery.Deadlines.Deadline;
import cn.guihua.subsidy.directdelivery.DdViews.DeadlineView;
import cn.guihua.subsidy.directdelivery.DdViews.Reason;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.Parameters;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;

/**
 * 政企直通车 (临兰政办字〔2022〕20号): the deadlines of a policy (upload 7 or 5 working days from publication, 001:1858;
 * decomposition into items within 10, 001:1862; for a district policy the interpretation within 3, 临兰政办字〔2022〕13号,
 * 001:1582), counted on emergency-service's calendar; and the matching of enterprises' tags to items (001:1872-1878).
 */
@ApplicationScoped
public class DirectDelivery {

    public static final String POLICY = "LANSHAN_DIRECT_DELIVERY";
    public static final String INTERPRETATION = "LANSHAN_POLICY_INTERPRETATION";
    static final TypeReference<List<Condition>> CONDITIONS = new TypeReference<>() {
    };
    static final TypeReference<Map<String, JsonNode>> TAGS = new TypeReference<>() {
    };

    @Inject
    RuleBook rules;

    @Inject
    Parameters parameters;

    @Inject
    WorkingDays calendar;

    @Inject
    ObjectMapper json;

    // ------------------------------------------------------------------------------------------------ deadlines

    /** Every deadline of the policy under the rules of its publication day; 503 when the calendar does not answer. */
    public Deadlines compute(DdPolicy p) {
        RuleSet rs = rules.rules(POLICY, p.publishedOn);
        boolean high = p.level == PolicyLevel.NATIONAL || p.level == PolicyLevel.PROVINCIAL;
        Rule upload = rs.get(high ? "UPLOAD_NATIONAL_PROVINCIAL" : "UPLOAD_CITY_COUNTY");
        Deadline up = count(upload, p.responsible, upload.number("workingDays").intValue(), p.publishedOn, List.of());
        Deadline dec = decomposition(rs, p);
        Deadline interpretation = null;
        if (p.level == PolicyLevel.COUNTY && rules.inForce(INTERPRETATION, p.publishedOn)) {
            Rule i = rules.rules(INTERPRETATION, p.publishedOn).get("INTERPRETATION_DEADLINE");
            interpretation = count(i, p.issuer != null ? p.issuer : p.responsible, i.number("workingDays").intValue(), p.publishedOn, List.of());
        }
        return new Deadlines(up, dec, interpretation);
    }

    Deadline decomposition(RuleSet rs, DdPolicy p) {
        Rule dec = rs.get("DECOMPOSITION");
        int days = dec.number("workingDays").intValue();
        ParameterUse from = parameters.use(dec.parameter("fromParameter"), p.jurisdiction, p.publishedOn);
        if (!from.set()) {
            return new Deadline(dec.code(), dec.clause(), p.responsible, days, null, null, List.of(), "NOT_CONFIGURED", from.name(), List.of(from));
        }
        if (from.is("UPLOAD") && p.uploadedOn == null) {
            return new Deadline(dec.code(), dec.clause(), p.responsible, days, null, null, List.of(), "AWAITING_UPLOAD", null, List.of(from));
        }
        return count(dec, p.responsible, days, from.is("UPLOAD") ? p.uploadedOn : p.publishedOn, List.of(from));
    }

    private Deadline count(Rule rule, String responsible, int days, LocalDate from, List<ParameterUse> used) {
        try {
            WorkingDays.Count c = calendar.after(from, days);
            return new Deadline(rule.code(), rule.clause(), responsible, days, from, c.due(), c.counted(), null, null, used);
        } catch (WorkingDays.NotLoaded e) {
            return new Deadline(rule.code(), rule.clause(), responsible, days, from, null, List.of(), WorkingDays.NOT_CONFIGURED, null, used);
        }
    }

    /** Works the deadlines out again (on creation and whenever the policy changes) and keeps the due dates for the lists. */
    public void refresh(DdPolicy p) {
        Deadlines d = compute(p);
        p.deadlines = write(d);
        p.uploadDue = d.upload().due();
        p.decompositionDue = d.decomposition().due();
        p.interpretationDue = d.interpretation() == null ? null : d.interpretation().due();
    }

    public Deadlines deadlines(DdPolicy p) {
        try {
            return json.readerFor(Deadlines.class).readValue(p.deadlines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public DdViews.PolicyView view(DdPolicy p, LocalDate asOf) {
        Deadlines d = deadlines(p);
        Deadline dec = d.decomposition();
        if (dec.due() == null && !WorkingDays.NOT_CONFIGURED.equals(dec.dueNote())) {
            // a parameter set since, or an upload recorded: shown as it now stands (stored when the policy next changes)
            dec = decomposition(rules.rules(POLICY, p.publishedOn), p);
        }
        long items = DdItem.count("policyId", p.id);
        return new DdViews.PolicyView(p.id, p.jurisdiction, p.title, p.documentNo, p.level, p.issuer, p.issuingDepartment, p.responsible,
                p.policyCode, p.publishedOn, p.uploadedOn, p.itemsRecordedOn, p.interpretationPublishedOn, asOf,
                status(d.upload(), p.uploadedOn, asOf, "UPLOADED"), status(dec, p.itemsRecordedOn, asOf, "DECOMPOSED"),
                d.interpretation() == null ? null
                        : p.interpretationWaivedOn != null ? status(d.interpretation(), p.interpretationWaivedOn, asOf, "WAIVED")
                                : status(d.interpretation(), p.interpretationPublishedOn, asOf, "PUBLISHED"), (int) items,
                p.version, p.interpretationWaiver);
    }

    /**
     * 001:1614 and 001:1726: materials that list their elements must have every required one (those without "如有");
     * 001:1600: a waiver needs the written reason. Only a policy that owes an interpretation records one.
     */
    public void checkInterpretation(DdPolicy p, DdRequests.Interpretation body) {
        if (p.interpretationDue == null && deadlines(p).interpretation() == null) {
            throw ProblemException.unprocessable("direct-delivery.no-interpretation-owed", p.level);
        }
        cn.guihua.subsidy.rules.RuleSet rs = rules.rules(INTERPRETATION, p.publishedOn);
        boolean waiver = body.waiverReason() != null && !body.waiverReason().isBlank();
        if (waiver && body.sections() != null && !body.sections().isEmpty()) {
            throw ProblemException.invalid("sections", "direct-delivery.waiver-without-sections");
        }
        if (body.sections() == null || waiver) {
            return;
        }
        Rule elements = rs.get("INTERPRETATION_ELEMENTS");
        List<String> known = elements.texts("elements");
        for (String s : body.sections()) {
            if (!known.contains(s.strip())) {
                throw ProblemException.invalid("sections", "direct-delivery.unknown-section", s.strip());
            }
        }
        List<String> missing = known.stream().filter(e -> !e.endsWith("_IF_ANY") && body.sections().stream().noneMatch(s -> s.strip().equals(e)))
                .toList();
        if (!missing.isEmpty()) {
            Rule template = rs.get("INTERPRETATION_TEMPLATE");
            throw ProblemException.unprocessable("direct-delivery.interpretation-incomplete", String.join(", ", missing), elements.clause().ref(),
                    elements.clause().quote(), template.clause().ref(), template.clause().quote());
        }
    }

    static DeadlineView status(Deadline d, LocalDate doneOn, LocalDate asOf, String done) {
        String status;
        boolean overdue = false;
        if (doneOn != null) {
            status = d.due() == null || !doneOn.isAfter(d.due()) || "WAIVED".equals(done) ? done : done + "_LATE";
        } else if ("NOT_CONFIGURED".equals(d.dueNote())) {
            status = "NOT_CONFIGURED";
        } else if (d.due() != null && asOf.isAfter(d.due())) {
            status = "OVERDUE";
            overdue = true;
        } else {
            status = "PENDING";
        }
        return new DeadlineView(d.rule(), d.clause(), d.responsible(), d.workingDays(), d.from(), d.due(), d.workingDaysCounted(),
                d.dueNote(), d.parameter(), status, overdue, doneOn);
    }

    // ------------------------------------------------------------------------------------------------ matching

    public List<Condition> conditions(DdItem i) {
        try {
            return json.readValue(i.conditions, CONDITIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, JsonNode> tags(DdEnterprise e) {
        try {
            return json.readerFor(TAGS).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(e.tags);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The outcome of one enterprise against one item. */
    public record Outcome(Kind kind, List<Reason> reasons, List<Reason> failed, List<Tag> unknown) {
        public enum Kind {
            QUALIFIED, NOT_QUALIFIED, UNDETERMINED
        }
    }

    /** 001:1878: every condition must hold and the day must lie in the item's 适用时间; a missing tag leaves it undetermined. */
    public Outcome match(DdItem item, List<Condition> conditions, Map<String, JsonNode> tags, LocalDate asOf) {
        List<Reason> reasons = new ArrayList<>();
        List<Reason> failed = new ArrayList<>();
        List<Tag> unknown = new ArrayList<>();
        if (asOf.isBefore(item.applicableFrom) || item.applicableTo != null && asOf.isAfter(item.applicableTo)) {
            Reason r = new Reason(null, "APPLICABLE_PERIOD", null, false, null, null, item.applicableFrom, item.applicableTo);
            failed.add(r);
            return new Outcome(Outcome.Kind.NOT_QUALIFIED, List.of(r), failed, unknown);
        }
        for (Condition c : conditions) {
            JsonNode value = tags.get(c.tag().name());
            if (value == null || value.isNull()) {
                unknown.add(c.tag());
                continue;
            }
            boolean met = holds(c, value);
            Reason r = new Reason(c.tag(), null, c.op(), met, value, c.value(), null, null);
            reasons.add(r);
            if (!met) {
                failed.add(r);
            }
        }
        Outcome.Kind kind = !failed.isEmpty() ? Outcome.Kind.NOT_QUALIFIED : !unknown.isEmpty() ? Outcome.Kind.UNDETERMINED : Outcome.Kind.QUALIFIED;
        return new Outcome(kind, reasons, failed, unknown);
    }

    static boolean holds(Condition c, JsonNode value) {
        switch (c.op()) {
            case EQ -> {
                BigDecimal a = number(value);
                BigDecimal b = number(c.value());
                return a != null && b != null ? a.compareTo(b) == 0 : value.asText().equals(c.value().asText());
            }
            case GTE, LTE -> {
                BigDecimal a = number(value);
                BigDecimal b = number(c.value());
                if (a == null || b == null) {
                    return false;
                }
                return c.op() == Condition.Op.GTE ? a.compareTo(b) >= 0 : a.compareTo(b) <= 0;
            }
            case CONTAINS -> {
                return texts(value).contains(c.value().asText());
            }
            default -> {
                List<String> have = texts(value);
                return texts(c.value()).stream().anyMatch(have::contains);
            }
        }
    }

    static BigDecimal number(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        try {
            return n.isTextual() ? new BigDecimal(n.asText().strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    /** Checks conditions as written: a known tag, and values an operator can compare. */
    public static void check(List<Condition> conditions) {
        for (int i = 0; i < conditions.size(); i++) {
            Condition c = conditions.get(i);
            JsonNode v = c.value();
            boolean ok = switch (c.op()) {
                case EQ -> v.isTextual() || v.isNumber();
                case GTE, LTE -> number(v) != null;
                case CONTAINS -> v.isTextual();
                case CONTAINS_ANY -> v.isArray() && v.size() > 0 && v.size() <= 50;
            };
            if (ok && v.isArray()) {
                for (JsonNode x : v) {
                    ok = ok && x.isTextual() && x.asText().length() <= 200;
                }
            }
            if (!ok || v.isTextual() && v.asText().length() > 200) {
                throw ProblemException.invalid("conditions[" + i + "].value", "direct-delivery.condition-value", c.op());
            }
        }
    }

    public static void checkTags(Map<String, JsonNode> tags) {
        for (Map.Entry<String, JsonNode> e : tags.entrySet()) {
            boolean known = false;
            for (Tag t : Tag.values()) {
                known |= t.name().equals(e.getKey());
            }
            JsonNode v = e.getValue();
            boolean shaped = v != null && (v.isTextual() && v.asText().length() <= 200 || v.isNumber()
                    || v.isArray() && v.size() <= 50 && allTexts(v));
            if (!known || !shaped) {
                throw ProblemException.invalid("tags." + e.getKey(), "direct-delivery.tag");
            }
        }
    }

    private static boolean allTexts(JsonNode array) {
        for (JsonNode x : array) {
            if (!x.isTextual() || x.asText().length() > 200) {
                return false;
            }
        }
        return true;
    }

    public Clause matchingClause(LocalDate asOf) {
        return rules.rules(POLICY, asOf).get("MATCHING").clause();
    }

    // ------------------------------------------------------------------------------------------------ metrics

    static final Map<Metric, String> LABELS = new EnumMap<>(Map.of(Metric.APPLICATION_SUCCESS_RATE, "申领成功率", Metric.COUNT_PAYOUT_RATE,
            "规模兑付率", Metric.AMOUNT_PAYOUT_RATE, "金额兑付率", Metric.OBJECTION_HANDLING_RATE, "异议处理率"));

    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null
                : numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    static Map<String, Object> counts(long submitted, long approved, long rejected, long pending, BigDecimal approvedAmount, long paid,
            BigDecimal paidAmount, long raised, long closed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("submitted", submitted);
        m.put("approved", approved);
        m.put("rejected", rejected);
        m.put("pending", pending);
        m.put("approvedAmount", approvedAmount.setScale(2, RoundingMode.HALF_UP));
        m.put("paid", paid);
        m.put("paidAmount", paidAmount.setScale(2, RoundingMode.HALF_UP));
        m.put("objectionsRaised", raised);
        m.put("objectionsClosed", closed);
        return m;
    }

    public String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static UUID newId() {
        return UUID.randomUUID();
    }

    ParameterUse param(ParameterName name, String jurisdiction, LocalDate asOf) {
        return parameters.use(name, jurisdiction, asOf);
    }
}
