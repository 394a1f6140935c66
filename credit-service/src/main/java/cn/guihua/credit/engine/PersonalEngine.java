package cn.guihua.credit.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.credit.parameter.ParameterSnapshot;
import cn.guihua.credit.record.Facts;
import cn.guihua.credit.record.PersonRecordData;
import cn.guihua.credit.record.PersonRecordData.CollectiveHonour;
import cn.guihua.credit.record.StoredRecord;
import cn.guihua.credit.rules.RuleFiles;
import cn.guihua.credit.rules.RuleFiles.Group;
import cn.guihua.credit.rules.RuleFiles.Level;
import cn.guihua.credit.rules.RuleFiles.PersonalFile;
import cn.guihua.credit.rules.RuleFiles.Row;
import cn.guihua.credit.rules.Rules;
import cn.guihua.platform.i18n.Text;

/**
 * 89号's 爱张店·诚信分: scope (002:2434), 1000 + plus − minus (002:2443), the principles of 002:2456-2464, validity by
 * size and level from the day the information was formed (002:2467-2470), the annual no-deduction reward (002:2453),
 * the D downgrade (002:2452), the −80 repair (002:2488). Pure, like {@link MarketEntityEngine}.
 */
@ApplicationScoped
public class PersonalEngine {

    public static final String AGE = "PERSONAL_AGE_RECKONING";
    public static final String SEVERE_VALIDITY = "PERSONAL_SEVERE_LIST_VALIDITY_MONTHS";
    public static final String EXCLUSIONS = "PERSONAL_EXCLUSIONS_APPLY";
    public static final String JOINT = "PERSONAL_JOINT_PENALTY_TRIGGERS_D";
    public static final String REPAIR_ROWS = "PERSONAL_REPAIR_ELIGIBLE_ROWS";
    public static final String REPAIR_START = "PERSONAL_REPAIR_VALIDITY_START";
    public static final String VOLUNTEER = "PERSONAL_VOLUNTEER_TIER_METHOD";
    public static final String FOUND = "PERSONAL_FOUND_PROPERTY_TIER_METHOD";
    public static final String DONATION_METHOD = "PERSONAL_DONATION_TIER_METHOD";
    public static final String DONATION_AGGREGATION = "PERSONAL_DONATION_AMOUNT_AGGREGATION";
    public static final String PERIOD = "PERSONAL_ANNUAL_PERIOD";
    public static final String GRANT = "PERSONAL_NO_DEDUCTION_REWARD_GRANT_DATE";
    public static final String EXPIRY = "PERSONAL_NO_DEDUCTION_REWARD_EXPIRY";
    public static final String FIRST_YEAR = "PERSONAL_NO_DEDUCTION_REWARD_FIRST_YEAR";
    public static final String THRESHOLD = "PERSONAL_INCENTIVE_THRESHOLD";
    public static final String TAX_METHOD = "PERSONAL_TAX_REFUSAL_PERIOD_METHOD";

    @Inject
    Rules rules;

    public PersonalEngine() {
    }

    public PersonalEngine(Rules rules) {
        this.rules = rules;
    }

    public record Subject(String idNumber, String name, LocalDate birthDate, String residency) {
    }

    /** A record ready to count: its row (after principles 3-5 and repairs), points, validity and principle. */
    private record Candidate(StoredRecord<PersonRecordData> rec, Row row, int points, LocalDate start, LocalDate end,
            Principle principle, List<String> parameters, String honourRow, String replaces) {
    }

    private record RewardResult(List<PersonalEvaluation.Reward> granted, List<PersonalEvaluation.RewardRefused> refused) {
    }

    public PersonalEvaluation evaluate(Subject s, List<StoredRecord<PersonRecordData>> records, LocalDate asOf, OffsetDateTime knownAt,
            ParameterSnapshot snapshot) {
        PersonalFile pe = rules.personal();
        Decisions d = new Decisions(rules, snapshot);
        PersonalEvaluation.ScopeRefusal refusal = scope(s, asOf, d);
        if (d.isMissing(AGE)) {
            return answer(s, asOf, knownAt, Status.NOT_CONFIGURED, Periods.Mode.IN_FORCE, null, null, null, List.of(), List.of(),
                    new RewardResult(List.of(), List.of()), d, snapshot);
        }
        if (refusal != null) {
            return answer(s, asOf, knownAt, Status.NOT_IN_SCOPE, Periods.Mode.IN_FORCE, refusal, null, null, List.of(), List.of(),
                    new RewardResult(List.of(), List.of()), d, snapshot);
        }
        Periods.Mode mode = Periods.mode(pe.document(), asOf, d);
        if (mode == Periods.Mode.NOT_IN_FORCE || mode == Periods.Mode.UNDETERMINED) {
            return answer(s, asOf, knownAt, mode == Periods.Mode.NOT_IN_FORCE ? Status.NOT_IN_FORCE : Status.NOT_CONFIGURED, mode, null,
                    null, null, List.of(), List.of(), new RewardResult(List.of(), List.of()), d, snapshot);
        }
        List<TraceItem> applied = new ArrayList<>();
        List<TraceItem> notApplied = new ArrayList<>();
        List<Candidate> fixed = new ArrayList<>();
        Map<String, List<StoredRecord<PersonRecordData>>> tiered = new LinkedHashMap<>();
        List<StoredRecord<PersonRecordData>> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing((StoredRecord<PersonRecordData> r) -> r.data().formedOn()).thenComparing(StoredRecord::id));
        Set<String> taxRows = expand(rules.parameter(TAX_METHOD).usedBy());
        for (StoredRecord<PersonRecordData> rec : sorted) {
            PersonRecordData x = rec.data();
            if (x.formedOn().isAfter(asOf)) {
                continue;
            }
            Row row = rules.row(x.row());
            Integer printed = row.points().type() == RuleFiles.PointsType.FIXED ? row.points().value()
                    : row.points().type() == RuleFiles.PointsType.RANGE ? x.points() : null;
            if (mode == Periods.Mode.EARLIER_RECORDS_ONLY && !Periods.formedWhileInForce(pe.document(), x.formedOn(), d)) {
                notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.FORMED_AFTER_RULES_EXPIRED)
                        .clause(pe.document().effective().source(), pe.document().effective().quote()).build());
                continue;
            }
            int mark = d.mark();
            if (x.procedure() == cn.guihua.credit.record.EntityRecordData.Procedure.SUMMARY || Boolean.TRUE.equals(x.minorAndRemedied())) {
                boolean apply = d.choose(EXCLUSIONS, "whether record " + rec.id() + " under 简易程序 or minor and remedied is left out",
                        JsonNode::asBoolean);
                if (!d.missingSince(mark).isEmpty()) {
                    notConfigured(notApplied, rec, printed, d, mark);
                    continue;
                }
                if (apply) {
                    RuleFiles.Exclusion e = rules.marketEntity().exclusions().get(x.procedure() != null
                            && x.procedure() == cn.guihua.credit.record.EntityRecordData.Procedure.SUMMARY ? 0 : 1);
                    notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed)
                            .reason(e.id().equals("SUMMARY_PROCEDURE") ? Reason.EXCLUDED_SUMMARY_PROCEDURE : Reason.EXCLUDED_MINOR_AND_REMEDIED)
                            .clause(e.source(), e.quote()).parameters(List.of(EXCLUSIONS)).build());
                    continue;
                }
            }
            // the −80 repair of 002:2488 replaces the original record from the day the provider agreed
            if (rec.repair() != null && !rec.repair().agreedOn().isAfter(asOf)) {
                List<String> eligible = d.require(REPAIR_ROWS, "which records can be repaired to −80 (002:2488)",
                        v -> { List<String> l = new ArrayList<>(); v.forEach(n -> l.add(n.asText())); return l; }, List::of);
                if (!d.missingSince(mark).isEmpty()) {
                    notConfigured(notApplied, rec, printed, d, mark);
                    continue;
                }
                if (eligible.contains(x.row())) {
                    RuleFiles.RepairRule rule = pe.repair().rule();
                    notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.REPAIRED).endedOn(rec.repair().agreedOn())
                            .clause(rule.source(), "信用修复为扣减诚信分80分，有效期2年").parameters(List.of(REPAIR_ROWS)).build());
                    Row repaired = rules.row(rule.effect().resultRow());
                    LocalDate start = d.choose(REPAIR_START, "from which day the repaired record's 2 years run (002:2488)",
                            v -> "ORIGINAL_FORMATION_DATE".equals(v.asText()) ? x.formedOn() : rec.repair().agreedOn());
                    LocalDate end = Periods.end(start, rule.effect().validityMonths());
                    boolean inEffect = Periods.inEffect(rec.repair().agreedOn(), end, asOf, d);
                    if (!d.missingSince(mark).isEmpty()) {
                        notConfigured(notApplied, rec, rule.effect().points(), d, mark);
                    } else if (inEffect) {
                        fixed.add(new Candidate(rec, repaired, rule.effect().points(), start, end, Principle.REPAIRED,
                                List.of(REPAIR_ROWS, REPAIR_START), null, x.row()));
                    } else {
                        notApplied.add(TraceItem.of(rec.id(), repaired.code()).points(rule.effect().points()).reason(Reason.EXPIRED)
                                .validityEnds(end).validityBasis(rule.source()).build());
                    }
                    continue;
                }
            }
            Row scored = row;
            Principle principle = Principle.SEPARATE_RECORDS_ADDED_UP;
            String honourRow = null;
            if (x.collectiveHonour() != null) {
                Object[] honour = honour(rec, row, notApplied);
                if (honour == null) {
                    continue;
                }
                scored = (Row) honour[0];
                principle = (Principle) honour[1];
                honourRow = scored == row ? null : row.code();
            }
            RuleFiles.PointsType type = scored.points().type();
            if (type == RuleFiles.PointsType.THRESHOLD_TIER || type == RuleFiles.PointsType.PER_UNIT
                    || type == RuleFiles.PointsType.AMOUNT_TIER || type == RuleFiles.PointsType.RATE_TIER) {
                tiered.computeIfAbsent(scored.group(), g -> new ArrayList<>()).add(rec);
                continue;
            }
            int points = type == RuleFiles.PointsType.FIXED ? scored.points().value() : x.points();
            List<String> parameters = new ArrayList<>();
            if (scored.amountBracket() != null) {
                MarketEntityEngine.bracket(scored, x.factsOrNone(), d, parameters);
            }
            List<Span> spans = new ArrayList<>();
            if (Boolean.TRUE.equals(x.continuing()) && taxRows.contains(scored.code())) {
                final Row r = scored;
                spans = d.choose(TAX_METHOD, "how a continuing refusal to pay is counted in six-month periods (002:2463)",
                        v -> taxSpans(r, x, asOf, v.asText(), points));
                parameters.add(TAX_METHOD);
                principle = Principle.TAX_REFUSAL_SIX_MONTH_PERIOD;
            } else if (Boolean.TRUE.equals(x.continuing()) && x.conductEndDate() == null) {
                spans.add(new Span(x.formedOn(), null, null, x.formedOn()));
            } else {
                LocalDate validityStart = Boolean.TRUE.equals(x.continuing()) ? x.conductEndDate() : x.formedOn();
                Months months = months(scored, x, points, d, parameters);
                spans.add(new Span(x.formedOn(), months.months() == null ? null : Periods.end(validityStart, months.months()),
                        months.unsetParameter(), validityStart));
            }
            if (!d.missingSince(mark).isEmpty()) {
                notConfigured(notApplied, rec, points, d, mark);
                continue;
            }
            for (Span span : spans) {
                LocalDate end = span.end();
                boolean inEffect;
                if (span.unsetParameter() != null) {
                    inEffect = d.choose(span.unsetParameter(), "the validity of record " + rec.id() + " (" + scored.code() + ")",
                            v -> Periods.inEffect(span.start(), Periods.end(span.validityStart(), v.asInt()), asOf, d)
                                    && Periods.inEffect(span.start(), Periods.end(span.validityStart(), v.asInt()), rec.reportedOn(), d));
                } else {
                    if (end != null && !rec.reportedOn().isBefore(end) && !Periods.inEffect(span.start(), end, rec.reportedOn(), d)) {
                        notApplied.add(TraceItem.of(rec.id(), scored.code()).points(points).reason(Reason.LATE_REPORTED).validityEnds(end)
                                .clause(pe.validity().start().source(), "未及时提报的信息超过评价有效期的，不再作为诚信积分信息。").build());
                        continue;
                    }
                    inEffect = Periods.inEffect(span.start(), end, asOf, d);
                }
                if (!d.missingSince(mark).isEmpty()) {
                    notConfigured(notApplied, rec, points, d, mark);
                    break;
                }
                if (!inEffect) {
                    if (!span.start().isAfter(asOf)) {
                        notApplied.add(TraceItem.of(rec.id(), scored.code()).points(points).reason(Reason.EXPIRED).validityEnds(end)
                                .clause(validitySource(scored), null).build());
                    }
                    continue;
                }
                fixed.add(new Candidate(rec, scored, points, span.start(), end, principle, parameters, honourRow, null));
            }
        }

        // principles 1 and 2 (002:2456-2457): one conduct matching several rows counts at its highest; several
        // sanctions for one conduct add up
        List<Candidate> kept = principles(fixed, notApplied, pe.calculationPrinciples());
        RuleFiles.PersonalDowngrade dg = pe.downgrade();
        PersonalEvaluation.Downgrade downgrade = null;
        for (Candidate c : kept) {
            applied.add(TraceItem.of(c.rec().id(), c.row().code()).points(c.points()).clause(c.row().source(), c.row().description())
                    .principle(c.principle()).validFrom(c.start()).validityEnds(c.end()).validityBasis(validitySource(c.row()))
                    .parameters(c.parameters()).honourRow(c.honourRow()).replaces(c.replaces())
                    .note(c.row().points().type() == RuleFiles.PointsType.RANGE ? Text.of("credit.note.range", c.points(), c.row().pointsPrinted()) : null)
                    .build());
            if (downgrade == null && c.rec().data().infoType() == PersonRecordData.InfoType.SEVERE_LIST && c.principle() != Principle.REPAIRED) {
                String parameter = Boolean.TRUE.equals(c.rec().data().jointPenalty()) ? JOINT : c.row().downgradeParameter();
                boolean downgrades = parameter == null ? c.row().downgradesAlways()
                        : d.choose(parameter, "whether record " + c.rec().id() + " (" + c.row().code() + ") makes the person D", JsonNode::asBoolean);
                if (downgrades) {
                    downgrade = new PersonalEvaluation.Downgrade(c.rec().id(), c.row().downgradeCategory(), parameter, Clause.of(dg.source(), dg.quote()));
                }
            }
        }
        for (Map.Entry<String, List<StoredRecord<PersonRecordData>>> e : tiered.entrySet()) {
            tiers(rules.group(e.getKey()), e.getValue(), asOf, d, applied, notApplied);
        }
        applied.sort(Comparator.comparing(TraceItem::record).thenComparing(TraceItem::row));
        RewardResult rewards = rewards(s, records, asOf, d);
        int score = pe.base().points() + applied.stream().mapToInt(TraceItem::points).sum()
                + rewards.granted().stream().mapToInt(PersonalEvaluation.Reward::points).sum();
        Status status = d.complete() ? Status.CALCULATED : Status.NOT_CONFIGURED;
        return answer(s, asOf, knownAt, status, mode, null, status == Status.CALCULATED ? score : null, downgrade, applied, notApplied,
                rewards, d, snapshot);
    }

    private PersonalEvaluation.ScopeRefusal scope(Subject s, LocalDate asOf, Decisions d) {
        RuleFiles.PersonalScope scope = rules.personal().scope();
        Clause clause = Clause.of(scope.source(), scope.quote());
        LocalDate adult = s.birthDate().plusYears(scope.minimumAge());
        boolean of18;
        if (asOf.isBefore(adult)) {
            of18 = false;
        } else if (asOf.isAfter(adult)) {
            of18 = true;
        } else {
            of18 = d.choose(AGE, "whether " + asOf + " is the first day of 年满18周岁", v -> "ON_BIRTHDAY".equals(v.asText()));
        }
        if (!of18) {
            return new PersonalEvaluation.ScopeRefusal("UNDER_18", Period.between(s.birthDate(), asOf).getYears(), clause);
        }
        if ("NONE".equals(s.residency())) {
            return new PersonalEvaluation.ScopeRefusal("NOT_RESIDENT", Period.between(s.birthDate(), asOf).getYears(), clause);
        }
        return null;
    }

    /** Principles 3-6 (002:2458-2461): which row a collective honour gives this person, or null with the reason. */
    private Object[] honour(StoredRecord<PersonRecordData> rec, Row row, List<TraceItem> notApplied) {
        CollectiveHonour h = rec.data().collectiveHonour();
        List<RuleFiles.Principle> principles = rules.personal().calculationPrinciples();
        Row lower = rules.row(row.oneLevelLower());
        switch (h.kindOrUnit()) {
            case UNIT_HONOUR -> {
                RuleFiles.Principle p = principles.get(2);
                boolean municipalOrAbove = row.validityRule() != null && ("PARAMETER".equals(row.validityRule().type())
                        || row.validityMonths() != null && row.validityMonths() >= 24);
                if (!municipalOrAbove || lower == null) {
                    notApplied.add(TraceItem.of(rec.id(), row.code()).reason(Reason.COLLECTIVE_HONOUR_BELOW_MUNICIPAL).clause(p.source(), p.quote()).build());
                    return null;
                }
                return new Object[] { lower, Principle.COLLECTIVE_HONOUR_ONE_LEVEL_LOWER };
            }
            case DISTRICT_HONOUR -> {
                RuleFiles.Principle p = principles.get(3);
                if (h.role() == CollectiveHonour.Role.PRINCIPAL) {
                    return new Object[] { row, Principle.DISTRICT_HONOUR_LEAD_UNIT };
                }
                if (lower == null) {
                    notApplied.add(TraceItem.of(rec.id(), row.code()).reason(Reason.NOT_HONOUREE).clause(p.source(), p.quote()).build());
                    return null;
                }
                return new Object[] { lower, Principle.DISTRICT_HONOUR_LEAD_UNIT };
            }
            case TOWN_OR_COMMUNITY_HONOUR -> {
                RuleFiles.Principle p = principles.get(4);
                if (h.role() == CollectiveHonour.Role.PRINCIPAL || h.role() == CollectiveHonour.Role.DEPUTY) {
                    return new Object[] { row, Principle.TOWN_OR_COMMUNITY_HONOUR };
                }
                notApplied.add(TraceItem.of(rec.id(), row.code()).reason(Reason.NOT_HONOUREE).clause(p.source(), p.quote()).build());
                return null;
            }
            default -> {
                RuleFiles.Principle p = principles.get(5);
                if (h.role() == CollectiveHonour.Role.HONOUREE) {
                    return new Object[] { row, Principle.GROUP_HONOUR_HONOUREE_ONLY };
                }
                notApplied.add(TraceItem.of(rec.id(), row.code()).reason(Reason.NOT_HONOUREE).clause(p.source(), p.quote()).build());
                return null;
            }
        }
    }

    /** A validity in months, or the unset parameter that gives it (then every option is tried). */
    private record Months(Integer months, String unsetParameter) {
    }

    /** Where an item counts: from {@code start} to {@code end} (null: no end or not known), validity from {@code validityStart}. */
    private record Span(LocalDate start, LocalDate end, String unsetParameter, LocalDate validityStart) {
    }

    /** The validity in months of a record on a row (002:2467-2468), reading the parameters the row names. */
    private Months months(Row row, PersonRecordData x, int points, Decisions d, List<String> parameters) {
        RuleFiles.ValidityRule v = row.validityRule();
        String type = v == null ? "EXPLICIT" : v.type();
        String parameter = switch (type) {
            case "DOWNGRADE" -> SEVERE_VALIDITY;
            case "PARAMETER" -> v.parameter();
            case "BY_AWARDING_BODY_LEVEL" -> x.factsOrNone().awardingBodyLevel() == null ? v.fallbackParameter() : null;
            default -> null;
        };
        if (parameter != null) {
            if (d.isSet(parameter)) {
                parameters.add(parameter);
                return new Months(d.value(parameter).asInt(), null);
            }
            return new Months(null, parameter);
        }
        return switch (type) {
            case "BY_RECORDED_POINTS" -> new Months(byPoints(points), null);
            case "BY_AWARDING_BODY_LEVEL" -> new Months(rules.personal().validity().additions().stream()
                    .filter(a -> a.level().startsWith(x.factsOrNone().awardingBodyLevel().name() + " ")).findFirst().orElseThrow().months(), null);
            default -> new Months(row.validityMonths(), null);
        };
    }

    private boolean downgrades(Row row, PersonRecordData x) {
        return row.downgradesAlways() || row.downgradeParameter() != null || Boolean.TRUE.equals(x.jointPenalty());
    }

    private Integer byPoints(int points) {
        int size = Math.abs(points);
        for (RuleFiles.DeductionValidity v : rules.personal().validity().deductions()) {
            if (Boolean.TRUE.equals(v.downgrade())) {
                continue;
            }
            if ((v.minPoints() == null || size >= v.minPoints()) && (v.maxPoints() == null || size <= v.maxPoints())) {
                return v.months();
            }
        }
        return null;
    }

    private String validitySource(Row row) {
        if (row.validityRule() != null && row.validityRule().source() != null) {
            return row.validityRule().source();
        }
        return row.kind() == RuleFiles.Kind.ADD ? rules.personal().validity().additionsSource().source()
                : rules.personal().validity().deductionsSource().source();
    }

    /** Principle 8 (002:2463): a continuing refusal to pay counted in six-month periods. */
    private List<Span> taxSpans(Row row, PersonRecordData x, LocalDate asOf, String method, int points) {
        Integer months = row.validityMonths() == null ? byPoints(points) : row.validityMonths();
        LocalDate stop = x.conductEndDate() == null || x.conductEndDate().isAfter(asOf) ? asOf : x.conductEndDate();
        List<Span> spans = new ArrayList<>();
        if ("ONE_RECORD_PER_SIX_MONTHS".equals(method)) {
            for (LocalDate p = x.formedOn(); !p.isAfter(stop); p = p.plusMonths(6)) {
                spans.add(new Span(p, Periods.end(p, months), null, p));
            }
        } else if (x.conductEndDate() == null) {
            spans.add(new Span(x.formedOn(), null, null, x.formedOn()));
        } else {
            LocalDate periodEnd = x.formedOn();
            while (periodEnd.isBefore(x.conductEndDate())) {
                periodEnd = periodEnd.plusMonths(6);
            }
            spans.add(new Span(x.formedOn(), Periods.end(periodEnd, months), null, periodEnd));
        }
        return spans;
    }

    private List<Candidate> principles(List<Candidate> all, List<TraceItem> notApplied, List<RuleFiles.Principle> principles) {
        RuleFiles.Principle first = principles.get(0);
        Map<String, List<Candidate>> byConduct = new LinkedHashMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (c.rec().data().conductId() == null || c.principle() == Principle.REPAIRED) {
                kept.add(c);
            } else {
                byConduct.computeIfAbsent(c.rec().data().conductId(), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Candidate> conduct : byConduct.values()) {
            Map<String, List<Candidate>> bySanction = new LinkedHashMap<>();
            conduct.forEach(c -> bySanction.computeIfAbsent(String.valueOf(c.rec().data().sanctionId()), k -> new ArrayList<>()).add(c));
            boolean several = bySanction.size() > 1;
            for (List<Candidate> same : bySanction.values()) {
                Candidate winner = same.stream().max(Comparator.comparingInt((Candidate c) -> Math.abs(c.points()))
                        .thenComparing(c -> -c.rec().id())).orElseThrow();
                for (Candidate c : same) {
                    if (c != winner) {
                        notApplied.add(TraceItem.of(c.rec().id(), c.row().code()).points(c.points()).reason(Reason.SUPERSEDED_HIGHEST_ONLY)
                                .clause(first.source(), first.quote().replaceFirst("^\\d+\\. ", "").replaceFirst("；$", ""))
                                .supersededBy(winner.rec().id()).build());
                    }
                }
                Principle p = several ? Principle.SANCTIONS_ADDED_UP : same.size() > 1 ? Principle.HIGHEST_ONLY : winner.principle();
                kept.add(new Candidate(winner.rec(), winner.row(), winner.points(), winner.start(), winner.end(),
                        winner.principle() == Principle.SEPARATE_RECORDS_ADDED_UP ? p : winner.principle(), winner.parameters(),
                        winner.honourRow(), winner.replaces()));
            }
        }
        return kept;
    }

    /** The tier and rate rows: volunteer hours (PE-01), 文明实践 (PE-02), 拾金不昧 (PE-03), donations (PE-04), with their caps. */
    private void tiers(Group group, List<StoredRecord<PersonRecordData>> recs, LocalDate asOf, Decisions d, List<TraceItem> applied,
            List<TraceItem> notApplied) {
        List<Row> rows = group.rows().stream().map(rules::row).toList();
        int mark = d.mark();
        List<StoredRecord<PersonRecordData>> inEffect = new ArrayList<>();
        for (StoredRecord<PersonRecordData> r : recs) {
            Row row = rules.row(r.data().row());
            LocalDate end = Periods.end(r.data().formedOn(), row.validityMonths());
            if (!Periods.inEffect(r.data().formedOn(), end, asOf, d)) {
                notApplied.add(TraceItem.of(r.id(), row.code()).reason(Reason.EXPIRED).validityEnds(end).clause(validitySource(row), null).build());
            } else if (group.excludedRecipients() != null && excludedRecipient(r.data().factsOrNone())) {
                notApplied.add(TraceItem.of(r.id(), row.code()).reason(Reason.EXCLUDED_RECIPIENT)
                        .clause(group.excludedRecipients().path("source").asText(), group.excludedRecipients().path("quote").asText()).build());
            } else {
                inEffect.add(r);
            }
        }
        if (inEffect.isEmpty()) {
            return;
        }
        RuleFiles.PointsType type = rows.get(0).points().type();
        List<TraceItem> items;
        List<String> parameters = new ArrayList<>();
        switch (type) {
            case THRESHOLD_TIER -> {
                items = d.choose(VOLUNTEER, "how volunteer hours become points (002:2506)", m -> volunteer(group, rows, inEffect, m.asText(), asOf, d));
                parameters.add(VOLUNTEER);
            }
            case PER_UNIT -> {
                items = new ArrayList<>();
                Row row = rows.get(0);
                for (StoredRecord<PersonRecordData> r : inEffect) {
                    BigDecimal hours = r.data().factsOrNone().hours() == null ? BigDecimal.ZERO : r.data().factsOrNone().hours();
                    int p = Periods.rate(hours, row.points().perHours(), row.points().pointsPerUnit(), d, "文明实践 hours of record " + r.id());
                    items.add(TraceItem.of(r.id(), row.code()).points(p).clause(row.source(), row.description()).principle(Principle.PER_UNIT)
                            .note(Text.of("credit.note.per-unit", hours.stripTrailingZeros().toPlainString(), row.points().perHours(), p)).build());
                }
            }
            case AMOUNT_TIER -> {
                items = d.choose(FOUND, "how 拾金不昧 amounts become points", m -> found(rows, inEffect, m.asText(), asOf, d));
                parameters.add(FOUND);
            }
            default -> {
                items = d.choose(DONATION_METHOD, "how donations become points (PE-04)", method -> {
                    boolean marginal = "MARGINAL".equals(method.asText());
                    return inEffect.size() > 1
                            ? d.choose(DONATION_AGGREGATION, "whether the year's donations are added before the tiers (PE-04)",
                                    agg -> "ANNUAL_TOTAL".equals(agg.asText())
                                            ? d.choose(PERIOD, "the year of PE-04", period -> donations(rows, inEffect, marginal, true, period.asText(), asOf, d))
                                            : donations(rows, inEffect, marginal, false, "CALENDAR_YEAR", asOf, d))
                            : donations(rows, inEffect, marginal, false, "CALENDAR_YEAR", asOf, d);
                });
                parameters.add(DONATION_METHOD);
            }
        }
        RuleFiles.AnnualCap cap = group.annualCap();
        if (cap != null) {
            List<Tiers.Capped> capped = items.stream().map(i -> new Tiers.Capped(i, formedOn(inEffect, i.record()))).toList();
            if (Tiers.mayBind(capped, cap.points())) {
                final List<Tiers.Capped> c = capped;
                items = d.choose(cap.capPeriodParameter(), "the year of the cap of " + group.code(),
                        period -> Tiers.cap(c, cap.points(), period.asText(), asOf, cap.source(), cap.quote()));
                parameters.add(cap.capPeriodParameter());
            }
        }
        if (!d.missingSince(mark).isEmpty()) {
            inEffect.forEach(r -> notApplied.add(TraceItem.of(r.id(), r.data().row()).reason(Reason.NOT_CONFIGURED).parameters(d.missingSince(mark)).build()));
            return;
        }
        for (String p : List.of(Periods.ROUNDING, DONATION_AGGREGATION, PERIOD)) {
            if (d.decided(p) && !parameters.contains(p)) {
                parameters.add(p);
            }
        }
        List<String> used = parameters.stream().filter(d::decided).toList();
        for (TraceItem i : items) {
            LocalDate from = formedOn(inEffect, i.record());
            Row row = rules.row(i.row());
            applied.add(i.with().validFrom(from).validityEnds(Periods.end(from, row.validityMonths())).validityBasis(validitySource(row))
                    .parameters(used).build());
        }
    }

    private List<TraceItem> volunteer(Group group, List<Row> rows, List<StoredRecord<PersonRecordData>> recs, String method, LocalDate asOf,
            Decisions d) {
        List<TraceItem> items = new ArrayList<>();
        for (StoredRecord<PersonRecordData> r : recs) {
            BigDecimal hours = r.data().factsOrNone().hours() == null ? BigDecimal.ZERO : r.data().factsOrNone().hours();
            List<Row> reached = rows.stream().filter(t -> hours.compareTo(BigDecimal.valueOf(t.points().hoursAtLeast())) >= 0).toList();
            if (reached.isEmpty()) {
                continue;
            }
            boolean one = reached.size() == 1;
            List<Row> counted = one || "HIGHEST_TIER_REACHED".equals(method) ? List.of(reached.get(reached.size() - 1)) : reached;
            Principle p = one ? Principle.SEPARATE_RECORDS_ADDED_UP
                    : "HIGHEST_TIER_REACHED".equals(method) ? Principle.TIER_HIGHEST_REACHED : Principle.TIER_SUM;
            for (Row t : counted) {
                items.add(TraceItem.of(r.id(), t.code()).points(t.points().tierPoints()).clause(t.source(), t.description()).principle(p)
                        .note(Text.of("credit.note.hours", hours.stripTrailingZeros().toPlainString(), t.points().hoursAtLeast())).build());
            }
        }
        return items;
    }

    private List<TraceItem> found(List<Row> rows, List<StoredRecord<PersonRecordData>> recs, String method, LocalDate asOf, Decisions d) {
        List<TraceItem> items = new ArrayList<>();
        if ("ANNUAL_TOTAL_TIER".equals(method)) {
            String period = recs.size() > 1 ? d.choose(PERIOD, "the year of 拾金不昧 totals", JsonNode::asText) : "CALENDAR_YEAR";
            Map<Long, List<StoredRecord<PersonRecordData>>> byPeriod = new LinkedHashMap<>();
            recs.forEach(r -> byPeriod.computeIfAbsent(Periods.period(r.data().formedOn(), asOf, period), k -> new ArrayList<>()).add(r));
            for (List<StoredRecord<PersonRecordData>> g : byPeriod.values()) {
                BigDecimal total = g.stream().map(r -> amount(r.data().factsOrNone().foundPropertyYuan())).reduce(BigDecimal.ZERO, BigDecimal::add);
                Row t = amountTier(rows, total);
                StoredRecord<PersonRecordData> last = g.get(g.size() - 1);
                if (t != null) {
                    items.add(TraceItem.of(last.id(), t.code()).points(t.points().tierPoints()).clause(t.source(), t.description())
                            .principle(Principle.AMOUNT_TIER).build());
                }
            }
        } else {
            for (StoredRecord<PersonRecordData> r : recs) {
                Row t = amountTier(rows, amount(r.data().factsOrNone().foundPropertyYuan()));
                if (t != null) {
                    items.add(TraceItem.of(r.id(), t.code()).points(t.points().tierPoints()).clause(t.source(), t.description())
                            .principle(recs.size() == 1 ? Principle.SEPARATE_RECORDS_ADDED_UP : Principle.AMOUNT_TIER).build());
                }
            }
            if (recs.size() == 1) {
                return items;
            }
        }
        return items.stream().map(i -> recs.size() == 1 ? i.with().principle(Principle.SEPARATE_RECORDS_ADDED_UP).build() : i).toList();
    }

    private static BigDecimal amount(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static Row amountTier(List<Row> rows, BigDecimal amount) {
        Row found = null;
        for (Row t : rows) {
            if (amount.compareTo(BigDecimal.valueOf(t.points().fromYuan())) >= 0) {
                found = t;
            }
        }
        return found;
    }

    private List<TraceItem> donations(List<Row> rows, List<StoredRecord<PersonRecordData>> recs, boolean marginal, boolean annualTotal,
            String period, LocalDate asOf, Decisions d) {
        List<TraceItem> items = new ArrayList<>();
        for (boolean cash : new boolean[] { true, false }) {
            List<Tiers.Donation> list = new ArrayList<>();
            for (StoredRecord<PersonRecordData> r : recs) {
                Facts f = r.data().factsOrNone();
                BigDecimal a = cash ? f.cashYuan() : f.goodsYuan();
                if (a != null && a.signum() > 0) {
                    list.add(new Tiers.Donation(r.id(), r.data().formedOn(), a));
                }
            }
            if (!list.isEmpty()) {
                items.addAll(Tiers.donationItems(Tiers.rateBands(rows, cash), list, marginal, annualTotal, period, asOf,
                        Principle.DONATION_TIERS, cash ? "cash" : "goods", d));
            }
        }
        return items;
    }

    private static boolean excludedRecipient(Facts f) {
        return f.recipientType() == Facts.RecipientType.DISTRICT_DEPARTMENT || f.recipientType() == Facts.RecipientType.TOWN_OR_STREET;
    }

    private static LocalDate formedOn(List<StoredRecord<PersonRecordData>> recs, Long id) {
        return recs.stream().filter(r -> r.id() == id).findFirst().orElseThrow().data().formedOn();
    }

    /** 002:2453: +3 for each year without a dishonest deduction, 15 at most. */
    private RewardResult rewards(Subject s, List<StoredRecord<PersonRecordData>> records, LocalDate asOf, Decisions d) {
        RuleFiles.Reward rule = rules.personal().annualNoDeductionReward();
        int schemeStart = rules.personal().document().effectiveFrom().getYear();
        return d.choose(GRANT, "on which day the annual +3 is granted (002:2453)", grant -> {
            boolean lastDay = "LAST_DAY_OF_YEAR".equals(grant.asText());
            List<Integer> years = new ArrayList<>();
            for (int y = schemeStart; y <= asOf.getYear(); y++) {
                if (!grantDate(y, lastDay).isAfter(asOf)) {
                    years.add(y);
                }
            }
            if (years.isEmpty()) {
                return new RewardResult(List.of(), List.of());
            }
            JsonNode first = d.require(FIRST_YEAR, "which is the first year that can earn the annual +3", v -> v, () -> null);
            if (first == null) {
                return new RewardResult(List.of(), List.of());
            }
            int firstYear = first.path("firstYear").asInt(schemeStart);
            boolean countPartial = !"SKIP".equals(first.path("partialYears").asText("COUNT"));
            List<PersonalEvaluation.Reward> granted = new ArrayList<>();
            List<PersonalEvaluation.RewardRefused> refused = new ArrayList<>();
            LocalDate adult = s.birthDate().plusYears(rules.personal().scope().minimumAge());
            int total = 0;
            for (int y : years) {
                if (y < firstYear) {
                    continue;
                }
                final int year = y;
                LocalDate yearStart = LocalDate.of(y, 1, 1);
                boolean partial = rules.personal().document().effectiveFrom().isAfter(yearStart) && y == schemeStart
                        || adult.isAfter(yearStart) && adult.getYear() == y;
                if (adult.getYear() > y) {
                    continue;
                }
                if (partial && !countPartial) {
                    refused.add(new PersonalEvaluation.RewardRefused(y, "PARTIAL_YEAR", null));
                    continue;
                }
                StoredRecord<PersonRecordData> deduction = records.stream()
                        .filter(r -> r.data().formedOn().getYear() == year && rules.row(r.data().row()).kind() == RuleFiles.Kind.DEDUCT)
                        .findFirst().orElse(null);
                if (deduction != null) {
                    refused.add(new PersonalEvaluation.RewardRefused(y, "DEDUCTION_IN_YEAR", deduction.id()));
                    continue;
                }
                LocalDate on = grantDate(y, lastDay);
                boolean expired = d.choose(EXPIRY, "whether a granted +3 expires", v -> {
                    String e = v.asText();
                    return !"NO_EXPIRY".equals(e) && !asOf.isBefore(on.plusMonths(Integer.parseInt(e)));
                });
                if (expired) {
                    refused.add(new PersonalEvaluation.RewardRefused(y, "EXPIRED", null));
                    continue;
                }
                if (total + rule.pointsPerYear() > rule.maxCumulative()) {
                    refused.add(new PersonalEvaluation.RewardRefused(y, "CAP_REACHED", null));
                    continue;
                }
                total += rule.pointsPerYear();
                granted.add(new PersonalEvaluation.Reward(y, rule.pointsPerYear(), on, rule.source(), List.of(GRANT, FIRST_YEAR, EXPIRY)));
            }
            return new RewardResult(granted, refused);
        });
    }

    private static LocalDate grantDate(int year, boolean lastDay) {
        return lastDay ? LocalDate.of(year, 12, 31) : LocalDate.of(year + 1, 1, 1);
    }

    private static void notConfigured(List<TraceItem> notApplied, StoredRecord<PersonRecordData> rec, Integer points, Decisions d, int mark) {
        notApplied.add(TraceItem.of(rec.id(), rec.data().row()).points(points).reason(Reason.NOT_CONFIGURED).parameters(d.missingSince(mark)).build());
    }

    /** Expands the row lists of parameters.json's usedBy ({@code PE-12-04..06}, {@code PE-12-01}). */
    static Set<String> expand(List<String> usedBy) {
        Set<String> rows = new HashSet<>();
        for (String u : usedBy) {
            var m = java.util.regex.Pattern.compile("^([A-Z]{2}-\\d{2}-)(\\d{2})(\\.\\.(\\d{2}))?$").matcher(u);
            if (m.matches()) {
                int from = Integer.parseInt(m.group(2));
                int to = m.group(4) == null ? from : Integer.parseInt(m.group(4));
                for (int i = from; i <= to; i++) {
                    rows.add(m.group(1) + String.format("%02d", i));
                }
            }
        }
        return rows;
    }

    private PersonalEvaluation answer(Subject s, LocalDate asOf, OffsetDateTime knownAt, Status status, Periods.Mode mode,
            PersonalEvaluation.ScopeRefusal refusal, Integer score, PersonalEvaluation.Downgrade downgrade, List<TraceItem> applied,
            List<TraceItem> notApplied, RewardResult rewards, Decisions d, ParameterSnapshot snapshot) {
        PersonalFile pe = rules.personal();
        String level = null;
        String name = null;
        String byScore = null;
        Clause levelClause = null;
        Text summary;
        if (score != null) {
            Level l = Levels.byScore(pe.levels(), score);
            byScore = l.code();
            Level result = downgrade == null ? l : Levels.downgraded(pe.levels());
            level = result.code();
            name = result.name();
            levelClause = Clause.of(result.source(), result.quote());
            int rewardPoints = rewards.granted().stream().mapToInt(PersonalEvaluation.Reward::points).sum();
            summary = Text.of(downgrade == null ? "credit.summary.person" : "credit.summary.person-downgraded", pe.base().points(),
                    MarketEntityEngine.arithmetic(applied) + (rewardPoints > 0 ? " + " + rewardPoints + " (002:2453)" : ""), score, level,
                    name, byScore);
        } else if (status == Status.NOT_IN_SCOPE) {
            summary = Text.of("credit.summary.not-in-scope", refusal.code(), refusal.clause().ref());
        } else {
            summary = Text.of(status == Status.NOT_IN_FORCE ? "credit.summary.not-in-force" : "credit.summary.not-configured",
                    pe.document().docNumber(), asOf, MarketEntityEngine.missing(d));
        }
        RuleFiles.MustNotRestrict rule = pe.principlesOfUse().mustNotRestrictBasicPublicServices();
        PersonalEvaluation.Notice notice = new PersonalEvaluation.Notice(Clause.of(rule.source(), rule.quote()), Text.of("credit.person.notice"));
        return new PersonalEvaluation(s.idNumber(), s.name(), asOf, knownAt, status, RulesInForce.of(pe.document(), mode), refusal,
                pe.base().points(), score, level, name, levelClause, downgrade != null && score != null, score == null ? null : downgrade,
                downgrade != null && score != null ? byScore : null, applied, notApplied, score == null ? List.of() : rewards.granted(),
                score == null ? List.of() : rewards.refused(), incentives(score == null ? null : level, score, snapshot),
                d.entries().stream().map(ParameterUse::of).toList(), notice, summary);
    }

    private PersonalEvaluation.Incentives incentives(String level, Integer score, ParameterSnapshot snapshot) {
        JsonNode incentives = rules.personal().incentives();
        Clause clause = Clause.of(incentives.path("source").asText(), incentives.path("quote").asText());
        List<Clause> measures = new ArrayList<>();
        incentives.path("measures").forEach(m -> measures.add(Clause.of(m.path("source").asText(), m.path("quote").asText())));
        ParameterSnapshot.InForce threshold = snapshot.get(THRESHOLD);
        if (threshold == null) {
            return new PersonalEvaluation.Incentives("NOT_CONFIGURED", null, clause, measures);
        }
        if (score == null) {
            return new PersonalEvaluation.Incentives("NOT_ELIGIBLE", threshold.value(), clause, measures);
        }
        boolean eligible;
        JsonNode t = threshold.value();
        if (t.has("minScore")) {
            eligible = score >= t.get("minScore").asInt();
        } else {
            List<String> order = rules.personal().levels().stream().map(Level::code).toList();
            int wanted = order.indexOf(t.path("minLevel").asText());
            eligible = wanted >= 0 && order.indexOf(level) <= wanted;
        }
        return new PersonalEvaluation.Incentives(eligible ? "ELIGIBLE" : "NOT_ELIGIBLE", t, clause, measures);
    }
}
