package cn.guihua.credit.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.credit.rules.RuleFiles;
import cn.guihua.credit.rules.RuleFiles.Row;
import cn.guihua.credit.rules.Rules;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.Violation;

/** What the rules require of a record before it is stored; each refusal names the field (400). */
@ApplicationScoped
public class RecordChecks {

    @Inject
    Rules rules;

    public void entity(EntityRecordData x, LocalDate reportedOn, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        dates(x.formedOn(), reportedOn, today, v);
        Row row = rules.row(x.row());
        boolean unscored = x.infoType() == EntityRecordData.InfoType.BASIC || x.infoType() == EntityRecordData.InfoType.OTHER;
        if (x.subtype() == EntityRecordData.Subtype.CRIMINAL_PENALTY) {
            if (x.infoType() != EntityRecordData.InfoType.NEGATIVE) {
                v.add(Violation.of("record.subtype", "credit.record.criminal-negative"));
            }
            if (x.row() != null) {
                v.add(Violation.of("record.row", "credit.record.row-none-for-type"));
            }
        } else if (unscored) {
            if (x.row() != null) {
                v.add(Violation.of("record.row", "credit.record.row-none-for-type"));
            }
        } else if (x.row() == null) {
            v.add(Violation.of("record.row", "credit.record.row-required"));
        } else if (row == null || !row.code().startsWith("ME-")) {
            v.add(Violation.of("record.row", "credit.record.row-unknown", x.row()));
        } else {
            if (!row.infoType().key().equals(x.infoType().name())) {
                v.add(Violation.of("record.row", "credit.record.row-type-mismatch", row.code(), row.infoType().key()));
            }
            if (row.duplicateOf() != null) {
                v.add(Violation.of("record.row", "credit.record.row-duplicate", row.code(), row.duplicateOf()));
            }
            points(row, x.points(), v);
            Facts f = x.factsOrNone();
            if (row.points().type() == RuleFiles.PointsType.RATE_TIER && positive(f.cashYuan()) + positive(f.goodsYuan()) == 0) {
                v.add(Violation.of("record.facts.cashYuan", "credit.record.donation-amount"));
            }
            if (row.amountBracket() != null) {
                bracket(row, "CONFISCATION".equals(row.amountBracket().of()) ? f.confiscatedYuan() : f.fineYuan(),
                        "CONFISCATION".equals(row.amountBracket().of()) ? "record.facts.confiscatedYuan" : "record.facts.fineYuan", v);
            }
        }
        if (x.statusDate() != null && x.actStatus() == null) {
            v.add(Violation.of("record.statusDate", "credit.record.status-date-without-status"));
        }
        if (x.statusDate() != null && x.statusDate().isAfter(today)) {
            v.add(Violation.of("record.statusDate", "credit.record.future"));
        }
        if (x.originalRow() != null) {
            if (x.actStatus() != EntityRecordData.ActStatus.CHANGED && x.actStatus() != EntityRecordData.ActStatus.PARTLY_REVOKED) {
                v.add(Violation.of("record.originalRow", "credit.record.original-row-without-change"));
            } else if (rules.row(x.originalRow()) == null) {
                v.add(Violation.of("record.originalRow", "credit.record.row-unknown", x.originalRow()));
            }
        }
        throwIf(v);
    }

    public void person(PersonRecordData x, LocalDate reportedOn, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        dates(x.formedOn(), reportedOn, today, v);
        if (x.conductEndDate() != null && (x.conductEndDate().isBefore(x.formedOn()) || x.conductEndDate().isAfter(today))) {
            v.add(Violation.of("record.conductEndDate", "credit.record.conduct-end"));
        }
        if (x.conductEndDate() != null && !Boolean.TRUE.equals(x.continuing())) {
            v.add(Violation.of("record.continuing", "credit.record.conduct-end-without-continuing"));
        }
        Row row = rules.row(x.row());
        if (row == null || !row.code().startsWith("PE-")) {
            v.add(Violation.of("record.row", "credit.record.row-unknown", x.row()));
            throwIf(v);
            return;
        }
        if (!row.infoType().key().equals(x.infoType().name())) {
            v.add(Violation.of("record.row", "credit.record.row-type-mismatch", row.code(), row.infoType().key()));
        }
        if (Boolean.TRUE.equals(row.repairRow())) {
            v.add(Violation.of("record.row", "credit.record.row-repair-only", row.code()));
        }
        points(row, x.points(), v);
        Facts f = x.factsOrNone();
        switch (row.points().type()) {
            case THRESHOLD_TIER, PER_UNIT -> {
                if (f.hours() == null) {
                    v.add(Violation.of("record.facts.hours", "credit.record.hours"));
                }
            }
            case AMOUNT_TIER -> {
                if (f.foundPropertyYuan() == null) {
                    v.add(Violation.of("record.facts.foundPropertyYuan", "credit.record.amount"));
                }
            }
            case RATE_TIER -> {
                if (positive(f.cashYuan()) + positive(f.goodsYuan()) == 0) {
                    v.add(Violation.of("record.facts.cashYuan", "credit.record.donation-amount"));
                }
                if (f.recipientType() == null) {
                    v.add(Violation.of("record.facts.recipientType", "credit.record.recipient-type"));
                }
            }
            default -> { }
        }
        if (row.amountBracket() != null && row.amountBracket().of().equals("FINE")) {
            bracket(row, f.fineYuan(), "record.facts.fineYuan", v);
        } else if (row.amountBracket() != null && row.amountBracket().of().equals("CONFISCATION")) {
            bracket(row, f.confiscatedYuan(), "record.facts.confiscatedYuan", v);
        } else if (row.amountBracket() != null && row.amountBracket().of().equals("DETENTION_DAYS") && f.detentionDays() != null) {
            RuleFiles.AmountBracket b = row.amountBracket();
            if (f.detentionDays() <= b.aboveDays() || b.upToAndIncludingDays() != null && f.detentionDays() > b.upToAndIncludingDays()) {
                v.add(Violation.of("record.facts.detentionDays", "credit.record.amount-outside-bracket", row.code()));
            }
        }
        if (x.collectiveHonour() != null && !(row.group().equals("PE-05") || row.group().equals("PE-06"))) {
            v.add(Violation.of("record.collectiveHonour", "credit.record.honour-row"));
        }
        if (Boolean.TRUE.equals(x.jointPenalty()) && x.infoType() != PersonRecordData.InfoType.SEVERE_LIST) {
            v.add(Violation.of("record.jointPenalty", "credit.record.joint-severe"));
        }
        throwIf(v);
    }

    public void servant(ServantRecordData x, LocalDate reportedOn, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        dates(x.formedOn(), reportedOn, today, v);
        Row row = rules.row(x.row());
        if (row == null || !row.code().startsWith("PS-")) {
            v.add(Violation.of("record.row", "credit.record.row-unknown", x.row()));
            throwIf(v);
            return;
        }
        points(row, x.points(), v);
        Facts f = x.factsOrNone();
        if (row.points().type() == RuleFiles.PointsType.THRESHOLD_TIER && f.hours() == null) {
            v.add(Violation.of("record.facts.hours", "credit.record.hours"));
        }
        if (row.points().type() == RuleFiles.PointsType.MARGINAL_RATE && positive(f.cashYuan()) == 0) {
            v.add(Violation.of("record.facts.cashYuan", "credit.record.donation-amount"));
        }
        throwIf(v);
    }

    private static void dates(LocalDate formedOn, LocalDate reportedOn, LocalDate today, List<Violation> v) {
        if (formedOn.isAfter(today)) {
            v.add(Violation.of("record.formedOn", "credit.record.future"));
        }
        if (reportedOn != null && (reportedOn.isBefore(formedOn) || reportedOn.isAfter(today))) {
            v.add(Violation.of("reportedOn", "credit.record.reported-on"));
        }
    }

    private static void points(Row row, Integer points, List<Violation> v) {
        RuleFiles.Points p = row.points();
        if (p.type() == RuleFiles.PointsType.RANGE) {
            if (points == null || points < p.min() || points > p.max()) {
                v.add(Violation.of("record.points", "credit.record.points-range", row.code(), p.min(), p.max()));
            }
        } else if (points != null) {
            v.add(Violation.of("record.points", "credit.record.points-fixed", row.code(), row.pointsPrinted()));
        }
    }

    private static void bracket(Row row, BigDecimal amount, String field, List<Violation> v) {
        RuleFiles.AmountBracket b = row.amountBracket();
        if (amount == null) {
            return;
        }
        boolean below = b.aboveYuan() != null && b.aboveYuan() > 0 && amount.compareTo(BigDecimal.valueOf(b.aboveYuan())) < 0;
        boolean above = b.upToAndIncludingYuan() != null && amount.compareTo(BigDecimal.valueOf(b.upToAndIncludingYuan())) > 0;
        if (below || above) {
            v.add(Violation.of(field, "credit.record.amount-outside-bracket", row.code()));
        }
    }

    private static int positive(BigDecimal a) {
        return a != null && a.signum() > 0 ? 1 : 0;
    }

    private static void throwIf(List<Violation> v) {
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
    }
}
