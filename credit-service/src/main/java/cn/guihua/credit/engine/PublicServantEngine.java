package cn.guihua.credit.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import cn.guihua.credit.parameter.ParameterSnapshot;
import cn.guihua.credit.record.Facts;
import cn.guihua.credit.record.ServantRecordData;
import cn.guihua.credit.record.StoredRecord;
import cn.guihua.credit.rules.RuleFiles;
import cn.guihua.credit.rules.RuleFiles.Group;
import cn.guihua.credit.rules.RuleFiles.PublicServantFile;
import cn.guihua.credit.rules.RuleFiles.Row;
import cn.guihua.credit.rules.Rules;
import cn.guihua.platform.i18n.Text;

/**
 * 88号: annual base 1000 (002:1500), the annex table, principles (一)-(六) (002:1509-1514) with a repeat within the
 * validity doubled, validity 1 year or 2 by the centre's decision (002:1495), the six star levels (002:1502-1507) and
 * what they bring (002:1515-1531).
 */
@ApplicationScoped
public class PublicServantEngine {

    public static final String PERIOD = "PS_ANNUAL_PERIOD";
    public static final String CARRY_OVER = "PS_ITEM_CARRY_OVER";
    public static final String REPEAT_SCOPE = "PS_REPEAT_SAME_TYPE_SCOPE";
    public static final String REPEAT_LATER = "PS_REPEAT_THIRD_AND_LATER";
    public static final String REPAIRED = "PS_REPAIRED_RECORD_EFFECT";
    public static final String VOLUNTEER = "PS_VOLUNTEER_TIER_METHOD";
    public static final String DONATION_AGGREGATION = "PS_DONATION_AMOUNT_AGGREGATION";

    @Inject
    Rules rules;

    public PublicServantEngine() {
    }

    public PublicServantEngine(Rules rules) {
        this.rules = rules;
    }

    public record Subject(String idNumber, String name, String unit) {
    }

    private record Candidate(StoredRecord<ServantRecordData> rec, Row row, int points, LocalDate end, Principle principle,
            Long repeatOf, Integer perYear, List<String> parameters) {

        Candidate with(int p, Principle pr, Long repeat, List<String> params) {
            return new Candidate(rec, row, p, end, pr, repeat, perYear, params);
        }
    }

    private record Repeat(long record, int points, Long repeatOf, boolean third) {
    }

    public ServantEvaluation evaluate(Subject s, List<StoredRecord<ServantRecordData>> records, LocalDate asOf, OffsetDateTime knownAt,
            ParameterSnapshot snapshot) {
        PublicServantFile ps = rules.publicServant();
        Decisions d = new Decisions(rules, snapshot);
        Periods.Mode mode = Periods.mode(ps.document(), asOf, d);
        int year = d.choose(PERIOD, "the year of the annual base", v -> asOf.getYear());
        List<TraceItem> applied = new ArrayList<>();
        List<TraceItem> notApplied = new ArrayList<>();
        if (mode == Periods.Mode.NOT_IN_FORCE || mode == Periods.Mode.UNDETERMINED) {
            return answer(s, asOf, knownAt, mode == Periods.Mode.NOT_IN_FORCE ? Status.NOT_IN_FORCE : Status.NOT_CONFIGURED, mode, year, null,
                    applied, notApplied, d);
        }
        List<Candidate> fixed = new ArrayList<>();
        Map<String, List<StoredRecord<ServantRecordData>>> tiered = new LinkedHashMap<>();
        Set<String> perYearSeen = new HashSet<>();
        List<StoredRecord<ServantRecordData>> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing((StoredRecord<ServantRecordData> r) -> r.data().formedOn()).thenComparing(StoredRecord::id));
        for (StoredRecord<ServantRecordData> rec : sorted) {
            ServantRecordData x = rec.data();
            if (x.formedOn().isAfter(asOf)) {
                continue;
            }
            Row row = rules.row(x.row());
            Integer printed = row.points().type() == RuleFiles.PointsType.FIXED ? row.points().value()
                    : row.points().type() == RuleFiles.PointsType.RANGE ? x.points() : null;
            if (mode == Periods.Mode.EARLIER_RECORDS_ONLY && !Periods.formedWhileInForce(ps.document(), x.formedOn(), d)) {
                notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.FORMED_AFTER_RULES_EXPIRED)
                        .clause(ps.document().effective().source(), ps.document().effective().quote()).build());
                continue;
            }
            int mark = d.mark();
            List<String> parameters = new ArrayList<>();
            int months = Boolean.TRUE.equals(x.extendedValidity()) ? ps.validity().extendedMonths() : ps.validity().months();
            LocalDate end = Periods.end(x.formedOn(), months);
            boolean inEffect = Periods.inEffect(x.formedOn(), end, asOf, d);
            boolean carried = true;
            if (inEffect && x.formedOn().getYear() < year) {
                carried = d.choose(CARRY_OVER, "whether record " + rec.id() + " of " + x.formedOn().getYear() + " counts in " + year,
                        v -> "WITHIN_VALIDITY".equals(v.asText()));
                parameters.add(CARRY_OVER);
            }
            if (!d.missingSince(mark).isEmpty()) {
                notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.NOT_CONFIGURED).parameters(d.missingSince(mark)).build());
                continue;
            }
            if (!inEffect) {
                notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.EXPIRED).validityEnds(end)
                        .clause(ps.validity().source(), ps.validity().quote()).build());
                continue;
            }
            if (!carried) {
                notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.PREVIOUS_YEAR).validityEnds(end)
                        .parameters(List.of(CARRY_OVER)).build());
                continue;
            }
            if (row.remark() != null && row.remark().contains("专业部门除外") && Boolean.TRUE.equals(x.factsOrNone().professionalDepartment())
                    || row.group().equals("PS-08") && Boolean.TRUE.equals(x.factsOrNone().professionalDepartment())) {
                notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.PROFESSIONAL_DEPARTMENT)
                        .clause(row.source(), "专业部门除外").build());
                continue;
            }
            if (rec.repair() != null && !rec.repair().agreedOn().isAfter(asOf) && row.kind() == RuleFiles.Kind.DEDUCT) {
                boolean remove = d.choose(REPAIRED, "what the repair of record " + rec.id() + " does (002:1499)",
                        v -> "REMOVE_POINTS".equals(v.asText()));
                if (!d.missingSince(mark).isEmpty()) {
                    notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.NOT_CONFIGURED).parameters(d.missingSince(mark)).build());
                    continue;
                }
                parameters.add(REPAIRED);
                if (remove) {
                    notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.REPAIRED_POINTS_REMOVED)
                            .endedOn(rec.repair().agreedOn()).parameters(parameters).build());
                    continue;
                }
            }
            RuleFiles.PointsType type = row.points().type();
            if (type == RuleFiles.PointsType.THRESHOLD_TIER || type == RuleFiles.PointsType.MARGINAL_RATE) {
                tiered.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(rec);
                continue;
            }
            Integer perYear = null;
            if (Boolean.TRUE.equals(row.points().perYear())) {
                if (!perYearSeen.add(row.code() + "/" + year)) {
                    notApplied.add(TraceItem.of(rec.id(), x.row()).points(printed).reason(Reason.PER_YEAR_ALREADY_COUNTED)
                            .clause(row.source(), row.description()).build());
                    continue;
                }
                perYear = year;
            }
            fixed.add(new Candidate(rec, row, printed, end, Principle.SEPARATE_RECORDS_ADDED_UP, null, perYear, parameters));
        }
        List<Candidate> kept = principles(fixed, notApplied, ps.principles());
        kept = repeats(kept, d);
        List<Tiers.Capped> capped = new ArrayList<>();
        for (Candidate c : kept) {
            TraceItem item = TraceItem.of(c.rec().id(), c.row().code()).points(c.points()).clause(c.row().source(), c.row().description())
                    .principle(c.principle()).validFrom(c.rec().data().formedOn()).validityEnds(c.end())
                    .validityBasis(ps.validity().source()).parameters(c.parameters()).repeatOf(c.repeatOf()).perYear(c.perYear())
                    .note(c.repeatOf() != null ? Text.of("credit.note.repeat", c.row().points().value() == null ? c.points() : c.row().points().value(),
                            c.points(), c.repeatOf()) : c.row().points().type() == RuleFiles.PointsType.RANGE
                                    ? Text.of("credit.note.range", c.points(), c.row().pointsPrinted()) : null)
                    .build();
            capped.add(new Tiers.Capped(item, c.rec().data().formedOn()));
        }
        for (Map.Entry<String, List<StoredRecord<ServantRecordData>>> e : tiered.entrySet()) {
            for (TraceItem i : tiers(rules.group(e.getKey()), e.getValue(), asOf, d, notApplied)) {
                capped.add(new Tiers.Capped(i, e.getValue().stream().filter(r -> r.id() == i.record()).findFirst().orElseThrow().data().formedOn()));
            }
        }
        // the group caps: 党建领域 每年最高累计10分 (scope by parameter), 社会公益 donations 每年最高累计40分
        for (Group g : ps.groups()) {
            RuleFiles.AnnualCap cap = g.annualCap();
            if (cap == null) {
                continue;
            }
            int mark = d.mark();
            final List<Tiers.Capped> all = capped;
            capped = cap.scopeParameter() == null ? capIn(all, cap, cap.appliesTo() == null ? g.rows() : cap.appliesTo(), asOf, d)
                    : d.choose(cap.scopeParameter(), "which rows the cap of " + g.code() + " covers",
                            v -> capIn(all, cap, "WHOLE_GROUP".equals(v.asText()) ? g.rows() : List.of(g.code() + "-01", g.code() + "-02"), asOf, d));
            if (!d.missingSince(mark).isEmpty()) {
                break;
            }
        }
        capped.forEach(c -> applied.add(c.item()));
        applied.sort(Comparator.comparing(TraceItem::record).thenComparing(TraceItem::row));
        int score = ps.base().points() + applied.stream().mapToInt(TraceItem::points).sum();
        Status status = d.complete() ? Status.CALCULATED : Status.NOT_CONFIGURED;
        return answer(s, asOf, knownAt, status, mode, year, status == Status.CALCULATED ? score : null, applied, notApplied, d);
    }

    private static List<Tiers.Capped> capIn(List<Tiers.Capped> all, RuleFiles.AnnualCap cap, List<String> rows, LocalDate asOf, Decisions d) {
        List<Tiers.Capped> in = all.stream().filter(c -> rows.contains(c.item().row())).toList();
        if (!Tiers.mayBind(in, cap.points())) {
            return all;
        }
        List<TraceItem> reduced = d.choose(cap.capPeriodParameter(), "the year of the cap",
                period -> Tiers.cap(in, cap.points(), period.asText(), asOf, cap.source(), cap.quote()));
        List<Tiers.Capped> out = new ArrayList<>(all.stream().filter(c -> !rows.contains(c.item().row())).toList());
        for (TraceItem i : reduced) {
            LocalDate formed = in.stream().filter(c -> c.item().record().equals(i.record())).findFirst().orElseThrow().formedOn();
            out.add(new Tiers.Capped(i, formed));
        }
        return out;
    }

    private List<Candidate> principles(List<Candidate> all, List<TraceItem> notApplied, List<RuleFiles.Principle> principles) {
        RuleFiles.Principle first = principles.get(0);
        Map<String, List<Candidate>> byConduct = new LinkedHashMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (c.rec().data().conductId() == null) {
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
                Candidate winner = same.stream().max(Comparator.comparingInt((Candidate c) -> Math.abs(c.points())).thenComparing(c -> -c.rec().id()))
                        .orElseThrow();
                for (Candidate c : same) {
                    if (c != winner) {
                        notApplied.add(TraceItem.of(c.rec().id(), c.row().code()).points(c.points()).reason(Reason.SUPERSEDED_HIGHEST_ONLY)
                                .clause(first.source(), first.quote().replaceFirst("^（一）", "")).supersededBy(winner.rec().id()).build());
                    }
                }
                kept.add(winner.with(winner.points(), several ? Principle.SANCTIONS_ADDED_UP
                        : same.size() > 1 ? Principle.HIGHEST_ONLY : winner.principle(), null, winner.parameters()));
            }
        }
        kept.sort(Comparator.comparing((Candidate c) -> c.rec().data().formedOn()).thenComparing(c -> c.rec().id()));
        return kept;
    }

    /** Principle (三) (002:1511): a deduction formed while one of the same type is still in effect counts double. */
    private List<Candidate> repeats(List<Candidate> kept, Decisions d) {
        List<Candidate> deductions = kept.stream().filter(c -> c.row().kind() == RuleFiles.Kind.DEDUCT).toList();
        if (deductions.size() < 2) {
            return kept;
        }
        List<Repeat> repeats = d.choose(REPEAT_SCOPE, "what counts as 同一类失信信息 (002:1511)", scope -> {
            boolean sameRow = "SAME_ROW".equals(scope.asText());
            List<Repeat> out = new ArrayList<>();
            Map<Long, Integer> pointsSoFar = new LinkedHashMap<>();
            for (int i = 0; i < deductions.size(); i++) {
                Candidate c = deductions.get(i);
                List<Candidate> earlier = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    Candidate e = deductions.get(j);
                    boolean sameType = sameRow ? e.row().code().equals(c.row().code()) : e.row().group().equals(c.row().group());
                    LocalDate on = c.rec().data().formedOn();
                    if (sameType && !on.isBefore(e.rec().data().formedOn()) && (e.end() == null || on.isBefore(e.end()))
                            && e.rec().data().formedOn().isBefore(on)) {
                        earlier.add(e);
                    }
                }
                if (earlier.isEmpty()) {
                    pointsSoFar.put(c.rec().id(), c.points());
                    continue;
                }
                Candidate original = earlier.get(0);
                int points;
                boolean third = earlier.size() >= 2;
                if (!third) {
                    points = 2 * c.points();
                } else {
                    Candidate previous = earlier.get(earlier.size() - 1);
                    int previousPoints = pointsSoFar.getOrDefault(previous.rec().id(), previous.points());
                    points = d.choose(REPEAT_LATER, "what the third and later repeats cost (002:1511)",
                            v -> "DOUBLE_PREVIOUS".equals(v.asText()) ? 2 * previousPoints : 2 * c.points());
                }
                pointsSoFar.put(c.rec().id(), points);
                out.add(new Repeat(c.rec().id(), points, original.rec().id(), third));
            }
            return out;
        });
        if (repeats.isEmpty()) {
            return kept;
        }
        List<Candidate> result = new ArrayList<>();
        for (Candidate c : kept) {
            Repeat r = repeats.stream().filter(x -> x.record() == c.rec().id()).findFirst().orElse(null);
            if (r == null) {
                result.add(c);
            } else {
                List<String> params = new ArrayList<>(c.parameters());
                params.add(REPEAT_SCOPE);
                if (r.third()) {
                    params.add(REPEAT_LATER);
                }
                result.add(c.with(r.points(), Principle.REPEAT_WITHIN_VALIDITY_DOUBLED, r.repeatOf(), params.stream().filter(d::decided).toList()));
            }
        }
        return result;
    }

    private List<TraceItem> tiers(Group group, List<StoredRecord<ServantRecordData>> recs, LocalDate asOf, Decisions d, List<TraceItem> notApplied) {
        List<Row> rows = group.rows().stream().map(rules::row).toList();
        int mark = d.mark();
        List<TraceItem> items;
        if (rows.get(0).points().type() == RuleFiles.PointsType.THRESHOLD_TIER) {
            items = d.choose(VOLUNTEER, "how volunteer hours become points (PS-02)", m -> {
                List<TraceItem> out = new ArrayList<>();
                for (StoredRecord<ServantRecordData> r : recs) {
                    BigDecimal hours = r.data().factsOrNone().hours() == null ? BigDecimal.ZERO : r.data().factsOrNone().hours();
                    List<Row> reached = rows.stream().filter(t -> hours.compareTo(BigDecimal.valueOf(t.points().hoursAtLeast())) >= 0).toList();
                    if (reached.isEmpty()) {
                        continue;
                    }
                    boolean one = reached.size() == 1;
                    boolean highest = "HIGHEST_TIER_REACHED".equals(m.asText());
                    for (Row t : one || highest ? List.of(reached.get(reached.size() - 1)) : reached) {
                        out.add(TraceItem.of(r.id(), t.code()).points(t.points().tierPoints()).clause(t.source(), t.description())
                                .principle(one ? Principle.SEPARATE_RECORDS_ADDED_UP : highest ? Principle.TIER_HIGHEST_REACHED : Principle.TIER_SUM)
                                .validFrom(r.data().formedOn()).build());
                    }
                }
                return out;
            });
        } else {
            List<Row> donationRows = rows.stream().filter(r -> r.points().type() == RuleFiles.PointsType.MARGINAL_RATE).toList();
            List<Tiers.Donation> list = new ArrayList<>();
            for (StoredRecord<ServantRecordData> r : recs) {
                Facts f = r.data().factsOrNone();
                if (f.cashYuan() != null && f.cashYuan().signum() > 0) {
                    list.add(new Tiers.Donation(r.id(), r.data().formedOn(), f.cashYuan()));
                }
            }
            items = list.size() > 1
                    ? d.choose(DONATION_AGGREGATION, "whether the year's donations are added first (PS-04)",
                            agg -> Tiers.donationItems(Tiers.marginalBands(donationRows), list, true, "ANNUAL_TOTAL".equals(agg.asText()),
                                    "CALENDAR_YEAR", asOf, Principle.DONATION_MARGINAL, "cash", d))
                    : list.isEmpty() ? List.of()
                            : Tiers.donationItems(Tiers.marginalBands(donationRows), list, true, false, "CALENDAR_YEAR", asOf,
                                    Principle.DONATION_MARGINAL, "cash", d);
            items = items.stream().map(i -> i.with().validFrom(recs.stream().filter(r -> r.id() == i.record()).findFirst().orElseThrow()
                    .data().formedOn()).build()).toList();
        }
        if (!d.missingSince(mark).isEmpty()) {
            recs.forEach(r -> notApplied.add(TraceItem.of(r.id(), r.data().row()).reason(Reason.NOT_CONFIGURED).parameters(d.missingSince(mark)).build()));
            return List.of();
        }
        List<String> used = List.of(VOLUNTEER, DONATION_AGGREGATION, Periods.ROUNDING).stream().filter(d::decided).toList();
        return items.stream().map(i -> i.with().validityEnds(Periods.end(i.validFrom(), rules.publicServant().validity().months()))
                .parameters(used).build()).toList();
    }

    private ServantEvaluation answer(Subject s, LocalDate asOf, OffsetDateTime knownAt, Status status, Periods.Mode mode, int year, Integer score,
            List<TraceItem> applied, List<TraceItem> notApplied, Decisions d) {
        PublicServantFile ps = rules.publicServant();
        Integer stars = null;
        String starName = null;
        Clause starClause = null;
        ServantEvaluation.Outcomes outcomes = new ServantEvaluation.Outcomes("NONE", "002:1515-1531", List.of());
        Text summary;
        if (score != null) {
            RuleFiles.StarLevel level = ps.starLevels().stream()
                    .filter(l -> (l.min() == null || score >= l.min()) && (l.max() == null || score <= l.max())).findFirst().orElseThrow();
            stars = level.stars();
            starName = level.name();
            starClause = Clause.of(level.source(), level.quote());
            outcomes = outcomes(level.stars());
            summary = Text.of("credit.summary.servant", ps.base().points(), MarketEntityEngine.arithmetic(applied), score, stars, starName);
        } else {
            summary = Text.of(status == Status.NOT_IN_FORCE ? "credit.summary.not-in-force" : "credit.summary.not-configured",
                    ps.document().docNumber(), asOf, MarketEntityEngine.missing(d));
        }
        return new ServantEvaluation(s.idNumber(), s.name(), s.unit(), asOf, knownAt, status, RulesInForce.of(ps.document(), mode), year,
                ps.base().points(), score, stars, starName, starClause, applied, notApplied, outcomes,
                d.entries().stream().map(ParameterUse::of).toList(), summary);
    }

    /** The measures of a star level: 五星/六星 incentives, 二星 penalties, 一星 the 二星 ones and its own, none for 三星/四星. */
    ServantEvaluation.Outcomes outcomes(int stars) {
        List<RuleFiles.Outcome> outcomes = rules.publicServant().outcomes();
        RuleFiles.Outcome own = outcomes.stream().filter(o -> o.stars().contains(stars)).findFirst().orElseThrow();
        if ("NONE".equals(own.kind())) {
            return new ServantEvaluation.Outcomes("NONE", own.source(), List.of());
        }
        List<RuleFiles.Quote> measures = new ArrayList<>();
        if (Boolean.TRUE.equals(own.includesStars2Measures())) {
            measures.addAll(outcomes.stream().filter(o -> o.stars().contains(2)).findFirst().orElseThrow().measures());
        }
        measures.addAll(own.measures());
        String last = measures.get(measures.size() - 1).source();
        String start = Boolean.TRUE.equals(own.includesStars2Measures())
                ? outcomes.stream().filter(o -> o.stars().contains(2)).findFirst().orElseThrow().source() : own.source();
        String source = start + "-" + last.substring(last.indexOf(':') + 1);
        return new ServantEvaluation.Outcomes(own.kind(), source, measures.stream().map(RuleFiles.Quote::quote).toList());
    }
}
