package cn.guihua.credit.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guihua.credit.rules.RuleFiles;
import cn.guihua.credit.rules.RuleFiles.Row;
import cn.guihua.platform.i18n.Text;

/** Amounts and hours turned into points by the annex's tiers, and the annual caps of a group. */
public final class Tiers {

    private Tiers() {
    }

    /** An item waiting for its group's annual cap, with the day its record was formed. */
    public record Capped(TraceItem item, LocalDate formedOn) {
    }

    /** A donation: record, day, amount in yuan (cash or goods). */
    public record Donation(long record, LocalDate formedOn, BigDecimal amount) {
    }

    /** One band of a tier: amounts above {@code low} up to {@code high} (null: open), at {@code per} yuan a point. */
    record Band(Row row, long threshold, long low, Long high, long per, int pointsPerUnit) {
    }

    /** The cash or goods bands of RATE_TIER rows (87号 ME-01/ME-02, 89号 PE-04), lowest first; duplicates left out. */
    static List<Band> rateBands(List<Row> rows, boolean cash) {
        List<Band> bands = new ArrayList<>();
        long previousTop = 0;
        for (Row r : rows) {
            if (r.duplicateOf() != null) {
                continue;
            }
            RuleFiles.Band b = cash ? r.points().cash() : r.points().goods();
            long from = b.fromYuan();
            Long to = b.toYuan();
            bands.add(new Band(r, from, bands.isEmpty() ? 0 : previousTop, to, b.perYuan(), b.pointsPerUnit()));
            previousTop = to == null ? Long.MAX_VALUE : to;
        }
        return bands;
    }

    /** The bands of MARGINAL_RATE rows (88号 PS-04-01..04, 超过…部分). */
    static List<Band> marginalBands(List<Row> rows) {
        List<Band> bands = new ArrayList<>();
        for (Row r : rows) {
            RuleFiles.Points p = r.points();
            long low = p.aboveYuan() != null ? p.aboveYuan() : 0;
            long threshold = p.fromYuan() != null ? p.fromYuan() : p.aboveYuan() + 1;
            bands.add(new Band(r, threshold, low, p.toYuan(), p.perYuan(), p.pointsPerUnit()));
        }
        return bands;
    }

    /** Points of one band for a cumulative amount: the part of the amount in the band at the band's rate. */
    static int bandPoints(Band b, BigDecimal cumulative, long firstThreshold, Decisions d, String what) {
        if (cumulative.compareTo(BigDecimal.valueOf(firstThreshold)) < 0 || cumulative.compareTo(BigDecimal.valueOf(b.low())) <= 0) {
            return 0;
        }
        BigDecimal top = b.high() == null ? cumulative : cumulative.min(BigDecimal.valueOf(b.high()));
        BigDecimal part = top.subtract(BigDecimal.valueOf(b.low()));
        return part.signum() <= 0 ? 0 : Periods.rate(part, b.per(), b.pointsPerUnit(), d, what);
    }

    /**
     * The items of a set of donations under one method: MARGINAL (each slice at its band's rate, 超过…部分) or
     * WHOLE_AMOUNT_AT_TIER_RATE (the whole amount at the rate of the band it falls in). With ANNUAL_TOTAL the
     * donations of one period are added up first and each record gets the points its part of the running total adds.
     */
    static List<TraceItem> donationItems(List<Band> bands, List<Donation> donations, boolean marginal, boolean annualTotal,
            String periodKind, LocalDate asOf, Principle principle, String label, Decisions d) {
        List<TraceItem> items = new ArrayList<>();
        long threshold = bands.get(0).threshold();
        Map<Long, List<Donation>> byPeriod = new LinkedHashMap<>();
        List<Donation> sorted = new ArrayList<>(donations);
        sorted.sort(Comparator.comparing(Donation::formedOn).thenComparing(Donation::record));
        for (Donation x : sorted) {
            long key = annualTotal ? Periods.period(x.formedOn(), asOf, periodKind) : -1_000_000 - x.record();
            byPeriod.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
        }
        for (List<Donation> group : byPeriod.values()) {
            BigDecimal before = BigDecimal.ZERO;
            for (int k = 0; k < group.size(); k++) {
                Donation x = group.get(k);
                BigDecimal after = before.add(x.amount());
                String what = "the points of " + label + " donation of record " + x.record();
                if (marginal) {
                    if (after.compareTo(BigDecimal.valueOf(threshold)) < 0) {
                        before = after;
                        continue;
                    }
                    for (Band b : bands) {
                        boolean overlaps = after.compareTo(BigDecimal.valueOf(b.low())) > 0
                                && (b.high() == null || before.compareTo(BigDecimal.valueOf(b.high())) < 0);
                        if (!overlaps) {
                            continue;
                        }
                        int p = bandPoints(b, after, threshold, d, what) - bandPoints(b, before, threshold, d, what);
                        items.add(TraceItem.of(x.record(), b.row().code()).points(p).clause(b.row().source(), b.row().description())
                                .principle(principle).slice(label + " " + slice(b, before, after))
                                .note(Text.of("credit.note.tier-slice", label(label), slice(b, before, after), b.per(), p)).build());
                    }
                } else {
                    boolean last = k == group.size() - 1;
                    Band b = bandOf(bands, after);
                    if (b != null && last) {
                        int total = Periods.rate(after, b.per(), b.pointsPerUnit(), d, what);
                        items.add(TraceItem.of(x.record(), b.row().code()).points(total)
                                .clause(b.row().source(), b.row().description()).principle(principle)
                                .note(Text.of("credit.note.tier-whole", label(label), after.stripTrailingZeros().toPlainString(),
                                        b.per(), total)).build());
                    } else if (!last) {
                        Band row = b == null ? bands.get(0) : b;
                        items.add(TraceItem.of(x.record(), row.row().code()).points(0)
                                .clause(row.row().source(), row.row().description()).principle(principle)
                                .note(Text.of("credit.note.tier-whole-later", label(label))).build());
                    }
                }
                before = after;
            }
        }
        return items;
    }

    private static Band bandOf(List<Band> bands, BigDecimal amount) {
        if (amount.compareTo(BigDecimal.valueOf(bands.get(0).threshold())) < 0) {
            return null;
        }
        for (Band b : bands) {
            if (b.high() == null || amount.compareTo(BigDecimal.valueOf(b.high())) <= 0) {
                return b;
            }
        }
        return bands.get(bands.size() - 1);
    }

    private static Text label(String label) {
        return Text.of("credit.donation." + label);
    }

    private static String slice(Band b, BigDecimal before, BigDecimal after) {
        BigDecimal from = before.max(BigDecimal.valueOf(b.low()));
        BigDecimal to = b.high() == null ? after : after.min(BigDecimal.valueOf(b.high()));
        return from.stripTrailingZeros().toPlainString() + "-" + to.stripTrailingZeros().toPlainString();
    }

    /**
     * Applies a group's annual cap: within each period the items are taken in the order their records were formed and
     * the one that crosses the cap is reduced, the later ones to 0 (principle ANNUAL_CAP).
     */
    public static List<TraceItem> cap(List<Capped> items, int cap, String periodKind, LocalDate asOf, String source, String quote) {
        List<Capped> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Capped::formedOn).thenComparing(c -> c.item().record()));
        Map<Long, Integer> used = new LinkedHashMap<>();
        List<TraceItem> out = new ArrayList<>();
        for (Capped c : sorted) {
            long period = Periods.period(c.formedOn(), asOf, periodKind);
            int so = used.getOrDefault(period, 0);
            int p = c.item().points();
            if (p > 0 && so + p > cap) {
                int allowed = Math.max(0, cap - so);
                out.add(c.item().with().points(allowed).principle(Principle.ANNUAL_CAP)
                        .note(Text.of("credit.note.cap", p, allowed, cap, quote, source)).build());
                used.put(period, so + allowed);
            } else {
                out.add(c.item());
                used.put(period, so + Math.max(0, p));
            }
        }
        return out;
    }

    /** True when the cap of {@code cap} can bind on these items under some period reading (so the period matters). */
    public static boolean mayBind(List<Capped> items, int cap) {
        return items.stream().mapToInt(c -> Math.max(0, c.item().points())).sum() > cap;
    }
}
