package cn.guihua.credit.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.credit.parameter.ParameterSnapshot;
import cn.guihua.credit.record.EntityRecordData;
import cn.guihua.credit.record.EntityRecordData.ActStatus;
import cn.guihua.credit.record.EntityRecordData.InfoType;
import cn.guihua.credit.record.Facts;
import cn.guihua.credit.record.StoredRecord;
import cn.guihua.credit.rules.RuleFiles;
import cn.guihua.credit.rules.RuleFiles.Group;
import cn.guihua.credit.rules.RuleFiles.Level;
import cn.guihua.credit.rules.RuleFiles.MarketEntityFile;
import cn.guihua.credit.rules.RuleFiles.Row;
import cn.guihua.credit.rules.Rules;
import cn.guihua.platform.i18n.Text;

/**
 * 87号's score: 1000 ± the annex items in effect on the day (002:789), the same-act and same-violation rules (002:800),
 * the exclusions (002:789, 002:817), the D downgrade (002:789, 002:799), the level bands (002:794-799) and the four
 * supervision classes (002:791-808). Pure: the records, the day and the parameter snapshot decide the answer.
 */
@ApplicationScoped
public class MarketEntityEngine {

    public static final String VALIDITY = "ENTITY_ITEM_VALIDITY_MONTHS";
    public static final String LEGAL_REP = "ENTITY_LEGAL_REP_DISHONEST_DEBTOR_TRIGGERS_D";
    public static final String DURATION = "ENTITY_DOWNGRADE_DURATION";
    public static final String REPAIR_EFFECT = "ENTITY_REPAIR_EFFECT";
    public static final String TIER_METHOD = "ENTITY_DONATION_TIER_METHOD";
    public static final String AGGREGATION = "ENTITY_DONATION_AMOUNT_AGGREGATION";
    public static final String PERIOD = "ENTITY_ANNUAL_PERIOD";
    public static final String BOUNDARY = "FINE_BRACKET_BOUNDARY";

    @Inject
    Rules rules;

    public MarketEntityEngine() {
    }

    public MarketEntityEngine(Rules rules) {
        this.rules = rules;
    }

    public record Subject(String creditCode, String name, String kind, boolean registered) {
    }

    private record Candidate(StoredRecord<EntityRecordData> rec, Row row, int points, LocalDate end, List<String> parameters,
            boolean liftDowngrade) {
    }

    public EntityEvaluation evaluate(Subject subject, List<StoredRecord<EntityRecordData>> records, LocalDate asOf,
            OffsetDateTime knownAt, ParameterSnapshot snapshot) {
        MarketEntityFile me = rules.marketEntity();
        Decisions d = new Decisions(rules, snapshot);
        Periods.Mode mode = Periods.mode(me.document(), asOf, d);
        List<TraceItem> applied = new ArrayList<>();
        List<TraceItem> notApplied = new ArrayList<>();
        if (mode == Periods.Mode.NOT_IN_FORCE || mode == Periods.Mode.UNDETERMINED) {
            return answer(subject, asOf, knownAt, mode == Periods.Mode.NOT_IN_FORCE ? Status.NOT_IN_FORCE : Status.NOT_CONFIGURED,
                    mode, null, null, applied, notApplied, d, me);
        }
        JsonNode validity = d.value(VALIDITY);
        if (validity == null) {
            d.unsetButDefinedByText(VALIDITY, "87号 gives no validity for any item (A07): items have no end date");
        }
        List<Candidate> candidates = new ArrayList<>();
        List<StoredRecord<EntityRecordData>> criminal = new ArrayList<>();
        Map<String, List<StoredRecord<EntityRecordData>>> donations = new LinkedHashMap<>();
        List<StoredRecord<EntityRecordData>> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing((StoredRecord<EntityRecordData> r) -> r.data().formedOn()).thenComparing(StoredRecord::id));
        for (StoredRecord<EntityRecordData> rec : sorted) {
            EntityRecordData x = rec.data();
            if (x.formedOn().isAfter(asOf)) {
                continue;
            }
            Row row = rules.row(x.row());
            Integer printed = row == null ? null : printedPoints(row, x);
            if (mode == Periods.Mode.EARLIER_RECORDS_ONLY && !Periods.formedWhileInForce(me.document(), x.formedOn(), d)) {
                notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.FORMED_AFTER_RULES_EXPIRED)
                        .clause(me.document().effective().source(), me.document().effective().quote()).build());
                continue;
            }
            if (x.infoType() == InfoType.BASIC || x.infoType() == InfoType.OTHER) {
                RuleFiles.InformationType t = infoType(me, x.infoType().name());
                notApplied.add(TraceItem.of(rec.id(), null).reason(Reason.NOT_SCORED_INFO_TYPE).clause(t.source(), t.quote()).build());
                continue;
            }
            if (excluded(rec, row, printed, asOf, notApplied, me)) {
                continue;
            }
            int mark = d.mark();
            List<String> parameters = new ArrayList<>();
            Integer months = months(validity, x, row);
            if (months != null) {
                parameters.add(VALIDITY);
            }
            LocalDate end = Periods.end(x.formedOn(), months);
            boolean inEffect = Periods.inEffect(x.formedOn(), end, asOf, d);
            if (end != null && asOf.equals(end)) {
                parameters.add(Periods.END_CONVENTION);
            }
            if (!d.missingSince(mark).isEmpty()) {
                notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.NOT_CONFIGURED)
                        .validityEnds(end).parameters(d.missingSince(mark)).build());
                continue;
            }
            if (!inEffect) {
                notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.EXPIRED).validityEnds(end)
                        .validityBasis(VALIDITY).parameters(parameters).build());
                continue;
            }
            if (x.subtype() == EntityRecordData.Subtype.CRIMINAL_PENALTY) {
                criminal.add(rec);
                continue;
            }
            boolean lift = false;
            int points = printed == null ? 0 : printed;
            if (rec.repair() != null && !rec.repair().agreedOn().isAfter(asOf)) {
                int before = d.mark();
                String effect = d.choose(REPAIR_EFFECT, "what the repair of record " + rec.id() + " does (002:816)", JsonNode::asText);
                if (!d.missingSince(before).isEmpty()) {
                    notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.NOT_CONFIGURED)
                            .parameters(d.missingSince(before)).build());
                    continue;
                }
                parameters.add(REPAIR_EFFECT);
                if ("END_RECORD".equals(effect)) {
                    notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.REPAIRED)
                            .endedOn(rec.repair().agreedOn()).clause(rules.objections().marketEntity().repair().path("source").asText(),
                                    rules.objections().marketEntity().repair().path("quote").asText())
                            .parameters(parameters).build());
                    continue;
                }
                if ("REDUCE_POINTS".equals(effect) && rec.repair().pointsAfterRepair() != null) {
                    points = rec.repair().pointsAfterRepair();
                }
                lift = true;
            }
            if (row.points().type() == RuleFiles.PointsType.RATE_TIER) {
                donations.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(rec);
                continue;
            }
            if (row.amountBracket() != null) {
                bracket(row, x.factsOrNone(), d, parameters);
            }
            candidates.add(new Candidate(rec, row, points, end, parameters, lift));
        }

        // 002:800: one act of one organ matching several standards counts once, at the largest deduction; several
        // acts for one violation add up
        Map<String, List<Candidate>> byAct = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.row().kind() == RuleFiles.Kind.DEDUCT && c.rec().data().actId() != null) {
                byAct.computeIfAbsent(c.rec().department() + "\u0000" + c.rec().data().actId(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<Long, Principle> principle = new HashMap<>();
        RuleFiles.AggregationRule sameAct = aggregation(me, "SAME_ACT_HIGHEST_ONLY");
        List<Candidate> kept = new ArrayList<>(candidates);
        for (List<Candidate> act : byAct.values()) {
            if (act.size() < 2) {
                continue;
            }
            Candidate winner = act.stream().min(Comparator.comparingInt(Candidate::points).thenComparing(c -> c.rec().id())).orElseThrow();
            principle.put(winner.rec().id(), Principle.SAME_ACT_HIGHEST_ONLY);
            for (Candidate c : act) {
                if (c != winner) {
                    kept.remove(c);
                    notApplied.add(TraceItem.of(c.rec().id(), c.row().code()).points(c.points()).reason(Reason.SUPERSEDED_SAME_ACT)
                            .clause(sameAct.source(), sameAct.quote()).supersededBy(winner.rec().id()).build());
                }
            }
        }
        Map<String, Long> perViolation = kept.stream().filter(c -> c.row().kind() == RuleFiles.Kind.DEDUCT && c.rec().data().violationId() != null)
                .collect(Collectors.groupingBy(c -> c.rec().data().violationId(), Collectors.counting()));
        for (Candidate c : kept) {
            Principle p = principle.get(c.rec().id());
            if (p == null) {
                String v = c.rec().data().violationId();
                p = c.row().kind() == RuleFiles.Kind.DEDUCT && v != null && perViolation.getOrDefault(v, 0L) > 1
                        ? Principle.SAME_VIOLATION_ADDED_UP : Principle.SEPARATE_RECORDS_ADDED_UP;
            }
            TraceItem.Builder b = TraceItem.of(c.rec().id(), c.row().code()).points(c.points())
                    .clause(c.row().source(), c.row().description()).principle(p).validFrom(c.rec().data().formedOn())
                    .validityEnds(c.end()).validityBasis(c.end() == null ? null : VALIDITY).parameters(c.parameters());
            if (c.rec().data().actStatus() == ActStatus.CHANGED || c.rec().data().actStatus() == ActStatus.PARTLY_REVOKED) {
                Row original = rules.row(c.rec().data().originalRow());
                b.note(Text.of("credit.note.act-changed", original == null ? "-" : original.code(),
                        original == null ? "-" : original.pointsPrinted(), c.row().code(), c.points(),
                        exclusion(me, "ACT_CHANGED").source()));
            } else if (c.row().points().type() == RuleFiles.PointsType.RANGE) {
                b.note(Text.of("credit.note.range", c.points(), c.row().pointsPrinted()));
            }
            applied.add(b.build());
        }

        for (Map.Entry<String, List<StoredRecord<EntityRecordData>>> e : donations.entrySet()) {
            donations(rules.group(e.getKey()), e.getValue(), asOf, d, applied, notApplied);
        }

        // the downgrade: a severe-list record of a downgrading row, or criminal-penalty information, in effect
        EntityEvaluation.Downgrade downgrade = null;
        RuleFiles.EntityDowngrade dg = me.downgrade();
        Level dLevel = Levels.downgraded(me.levels());
        for (Candidate c : kept) {
            if (c.rec().data().infoType() != InfoType.SEVERE_LIST || c.liftDowngrade()) {
                continue;
            }
            String parameter = c.row().downgradeParameter();
            boolean downgrades = c.row().downgradesAlways() || parameter != null
                    && d.choose(parameter, "whether " + c.row().code() + " downgrades to D", JsonNode::asBoolean);
            if (downgrades && downgradeLasts(c.rec().data().formedOn(), asOf, d) && downgrade == null) {
                downgrade = new EntityEvaluation.Downgrade("SEVERE_LIST", c.rec().id(), parameter, Clause.of(dg.source(), dg.quote()),
                        Clause.of(dLevel.source(), dLevel.quote()));
            }
        }
        for (StoredRecord<EntityRecordData> rec : criminal) {
            if (downgrade == null && downgradeLasts(rec.data().formedOn(), asOf, d)) {
                downgrade = new EntityEvaluation.Downgrade("CRIMINAL_PENALTY", rec.id(), null, Clause.of(dg.source(), dg.quote()),
                        Clause.of(dLevel.source(), dLevel.quote()));
            }
        }
        applied.sort(Comparator.comparing(TraceItem::record).thenComparing(i -> i.row() == null ? "" : i.row()));
        int score = me.base().points() + applied.stream().mapToInt(TraceItem::points).sum();
        Status status = d.complete() ? Status.CALCULATED : Status.NOT_CONFIGURED;
        return answer(subject, asOf, knownAt, status, mode, status == Status.CALCULATED ? score : null, downgrade, applied,
                notApplied, d, me);
    }

    private boolean downgradeLasts(LocalDate formedOn, LocalDate asOf, Decisions d) {
        JsonNode duration = d.value(DURATION);
        if (duration == null) {
            d.unsetButDefinedByText(DURATION, "002:789: D while the entity has the severe-list or criminal-penalty information");
            return true;
        }
        if (duration.isIntegralNumber() || duration.isTextual() && duration.asText().matches("\\d+")) {
            return asOf.isBefore(formedOn.plusMonths(duration.asInt()));
        }
        return true;
    }

    private boolean excluded(StoredRecord<EntityRecordData> rec, Row row, Integer printed, LocalDate asOf, List<TraceItem> notApplied,
            MarketEntityFile me) {
        EntityRecordData x = rec.data();
        if (x.procedure() == EntityRecordData.Procedure.SUMMARY) {
            RuleFiles.Exclusion e = exclusion(me, "SUMMARY_PROCEDURE");
            notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.EXCLUDED_SUMMARY_PROCEDURE)
                    .clause(e.source(), e.quote()).build());
            return true;
        }
        if (Boolean.TRUE.equals(x.minorAndRemedied())) {
            RuleFiles.Exclusion e = exclusion(me, "MINOR_AND_REMEDIED");
            notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.EXCLUDED_MINOR_AND_REMEDIED)
                    .clause(e.source(), e.quote()).build());
            return true;
        }
        if ((x.actStatus() == ActStatus.REVOKED || x.actStatus() == ActStatus.CONFIRMED_UNLAWFUL)
                && (x.statusDate() == null || !x.statusDate().isAfter(asOf))) {
            RuleFiles.Exclusion e = exclusion(me, "ACT_REVOKED_OR_UNLAWFUL");
            notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed)
                    .reason(x.actStatus() == ActStatus.REVOKED ? Reason.ACT_REVOKED : Reason.ACT_CONFIRMED_UNLAWFUL)
                    .clause(e.source(), e.quote()).endedOn(x.statusDate()).build());
            return true;
        }
        return false;
    }

    /** A fine or confiscation exactly on a bracket's bound: which bracket it falls in is FINE_BRACKET_BOUNDARY. */
    static void bracket(Row row, Facts facts, Decisions d, List<String> parameters) {
        RuleFiles.AmountBracket b = row.amountBracket();
        java.math.BigDecimal amount = "CONFISCATION".equals(b.of()) ? facts.confiscatedYuan() : "FINE".equals(b.of()) ? facts.fineYuan() : null;
        if (amount == null || b.boundaryParameter() == null) {
            return;
        }
        boolean onBound = b.aboveYuan() != null && b.aboveYuan() > 0 && amount.compareTo(java.math.BigDecimal.valueOf(b.aboveYuan())) == 0
                || b.upToAndIncludingYuan() != null && amount.compareTo(java.math.BigDecimal.valueOf(b.upToAndIncludingYuan())) == 0;
        if (onBound) {
            d.choose(b.boundaryParameter(), "which bracket " + amount.toPlainString() + " falls in (" + row.code() + ")", JsonNode::asText);
            parameters.add(b.boundaryParameter());
        }
    }

    private void donations(Group group, List<StoredRecord<EntityRecordData>> recs, LocalDate asOf, Decisions d,
            List<TraceItem> applied, List<TraceItem> notApplied) {
        List<Row> rows = group.rows().stream().map(rules::row).toList();
        int mark = d.mark();
        List<TraceItem> items = d.choose(TIER_METHOD, "how donations become points (" + group.code() + ")", method -> {
            boolean marginal = "MARGINAL".equals(method.asText());
            boolean several = recs.size() > 1;
            return several
                    ? d.choose(AGGREGATION, "whether the year's donations are added before the tiers (" + group.code() + ")",
                            agg -> "ANNUAL_TOTAL".equals(agg.asText())
                                    ? d.choose(PERIOD, "the year of the donation cap (" + group.code() + ")",
                                            period -> donationItems(rows, recs, marginal, true, period.asText(), asOf, d))
                                    : donationItems(rows, recs, marginal, false, "CALENDAR_YEAR", asOf, d))
                    : donationItems(rows, recs, marginal, false, "CALENDAR_YEAR", asOf, d);
        });
        RuleFiles.AnnualCap cap = group.annualCap();
        List<Tiers.Capped> capped = items.stream()
                .map(i -> new Tiers.Capped(i, recs.stream().filter(r -> r.id() == i.record()).findFirst().orElseThrow().data().formedOn()))
                .toList();
        if (cap != null && Tiers.mayBind(capped, cap.points())) {
            items = d.choose(cap.capPeriodParameter(), "the year of the donation cap (" + group.code() + ")",
                    period -> Tiers.cap(capped, cap.points(), period.asText(), asOf, cap.source(), cap.quote()));
        }
        if (!d.missingSince(mark).isEmpty()) {
            for (StoredRecord<EntityRecordData> r : recs) {
                notApplied.add(TraceItem.of(r.id(), r.data().row()).reason(Reason.NOT_CONFIGURED).parameters(d.missingSince(mark)).build());
            }
            return;
        }
        List<String> parameters = new ArrayList<>();
        for (String p : List.of(TIER_METHOD, AGGREGATION, PERIOD, Periods.ROUNDING)) {
            if (d.decided(p)) {
                parameters.add(p);
            }
        }
        for (TraceItem i : items) {
            applied.add(i.with().validFrom(recs.stream().filter(r -> r.id() == i.record()).findFirst().orElseThrow().data().formedOn())
                    .parameters(parameters).build());
        }
        for (Row dup : rows) {
            if (dup.duplicateOf() != null) {
                items.stream().filter(i -> dup.duplicateOf().equals(i.row())).map(TraceItem::record).distinct()
                        .forEach(id -> notApplied.add(TraceItem.of(id, dup.code()).reason(Reason.IGNORED_DUPLICATE)
                                .clause(dup.source(), dup.description()).note(Text.of("credit.note.duplicate", dup.code(), dup.duplicateOf()))
                                .build()));
            }
        }
    }

    private List<TraceItem> donationItems(List<Row> rows, List<StoredRecord<EntityRecordData>> recs, boolean marginal, boolean annualTotal,
            String period, LocalDate asOf, Decisions d) {
        List<TraceItem> items = new ArrayList<>();
        for (boolean cash : new boolean[] { true, false }) {
            List<Tiers.Donation> list = new ArrayList<>();
            for (StoredRecord<EntityRecordData> r : recs) {
                Facts f = r.data().factsOrNone();
                java.math.BigDecimal amount = cash ? f.cashYuan() : f.goodsYuan();
                if (amount != null && amount.signum() > 0) {
                    list.add(new Tiers.Donation(r.id(), r.data().formedOn(), amount));
                }
            }
            if (!list.isEmpty()) {
                items.addAll(Tiers.donationItems(Tiers.rateBands(rows, cash), list, marginal, annualTotal, period, asOf,
                        Principle.DONATION_TIERS, cash ? "cash" : "goods", d));
            }
        }
        return items;
    }

    private static Integer months(JsonNode validity, EntityRecordData x, Row row) {
        if (validity == null || !validity.isObject()) {
            return null;
        }
        for (String key : new String[] { x.row(), row == null ? null : row.group(),
                x.subtype() == null ? null : x.subtype().name(), x.infoType().name() }) {
            if (key != null && validity.hasNonNull(key)) {
                return validity.get(key).asInt();
            }
        }
        return null;
    }

    private static Integer printedPoints(Row row, EntityRecordData x) {
        return switch (row.points().type()) {
            case FIXED -> row.points().value();
            case RANGE -> x.points();
            default -> null;
        };
    }

    private EntityEvaluation answer(Subject s, LocalDate asOf, OffsetDateTime knownAt, Status status, Periods.Mode mode, Integer score,
            EntityEvaluation.Downgrade downgrade, List<TraceItem> applied, List<TraceItem> notApplied, Decisions d, MarketEntityFile me) {
        String level = null;
        String byScore = null;
        EntityEvaluation.SupervisionClassView cls = null;
        boolean restricted = false;
        RuleFiles.SupervisionClass severe = me.supervisionClasses().stream().filter(c -> c.fiscalFundsRestriction() != null).findFirst()
                .orElseThrow();
        Text summary;
        if (score != null) {
            Level l = Levels.byScore(me.levels(), score);
            byScore = l.code();
            Level result = downgrade == null ? l : Levels.downgraded(me.levels());
            level = result.code();
            RuleFiles.SupervisionClass c = me.supervisionClasses().stream().filter(k -> k.key().equals(result.supervisionClass()))
                    .findFirst().orElseThrow();
            cls = new EntityEvaluation.SupervisionClassView(c.key(), c.name(), c.levels(), Clause.of(c.membership()), Clause.of(c.meaning()),
                    c.measures());
            restricted = c.fiscalFundsRestriction() != null;
            summary = Text.of(downgrade == null ? "credit.summary.entity" : "credit.summary.entity-downgraded", me.base().points(),
                    arithmetic(applied), score, level, c.name(), byScore);
        } else {
            summary = Text.of(status == Status.NOT_IN_FORCE ? "credit.summary.not-in-force" : "credit.summary.not-configured",
                    me.document().docNumber(), asOf, missing(d));
        }
        EntityEvaluation.Restrictions restrictions = new EntityEvaluation.Restrictions(restricted, restricted,
                restricted ? Clause.of(severe.fiscalFundsRestriction()) : null);
        return new EntityEvaluation(s.creditCode(), s.name(), s.kind(), s.registered(), asOf, knownAt, status,
                RulesInForce.of(me.document(), mode), me.base().points(), score, level, cls, downgrade != null && score != null,
                score == null ? null : downgrade, downgrade != null && score != null ? byScore : null, restrictions, applied, notApplied,
                d.entries().stream().map(ParameterUse::of).toList(), summary);
    }

    static String arithmetic(List<TraceItem> applied) {
        StringBuilder sb = new StringBuilder();
        for (TraceItem i : applied) {
            if (i.points() == null || i.points() == 0) {
                continue;
            }
            sb.append(i.points() > 0 ? " + " : " − ").append(Math.abs(i.points())).append(" (").append(i.row()).append(")");
        }
        return sb.toString();
    }

    static String missing(Decisions d) {
        return d.entries().stream().filter(e -> e.use() == Decisions.Use.MISSING).map(Decisions.Entry::name).collect(Collectors.joining(", "));
    }

    private static RuleFiles.InformationType infoType(MarketEntityFile me, String key) {
        return me.informationTypes().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private static RuleFiles.Exclusion exclusion(MarketEntityFile me, String id) {
        return me.exclusions().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static RuleFiles.AggregationRule aggregation(MarketEntityFile me, String id) {
        return me.aggregation().rules().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
