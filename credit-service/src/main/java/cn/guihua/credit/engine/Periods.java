package cn.guihua.credit.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.credit.rules.RuleFiles;

/** Dates the engines share: validity ends, the document's period, annual periods, rounding. */
public final class Periods {

    public static final String END_CONVENTION = "ITEM_VALIDITY_END_CONVENTION";
    public static final String END_INCLUSIVE = "DOCUMENT_END_DATE_INCLUSIVE";
    public static final String AFTER_EXPIRY = "RULES_AFTER_DOCUMENT_EXPIRY";
    public static final String ROUNDING = "POINTS_ROUNDING";

    private Periods() {
    }

    /** Whether the rules of a document apply on a day. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RulesMode")
    public enum Mode {
        /** In force on the day. */
        IN_FORCE,
        /** The document has ended; its rules still apply to records formed while it was in force. */
        EARLIER_RECORDS_ONLY,
        /** Not yet in force, or ended and RULES_AFTER_DOCUMENT_EXPIRY = REFUSE. */
        NOT_IN_FORCE,
        /** Ended, and a parameter that decides what then happens is unset. */
        UNDETERMINED
    }

    public static Mode mode(RuleFiles.Document doc, LocalDate asOf, Decisions d) {
        if (asOf.isBefore(doc.effectiveFrom())) {
            return Mode.NOT_IN_FORCE;
        }
        if (asOf.isBefore(doc.effectiveTo())) {
            return Mode.IN_FORCE;
        }
        if (asOf.equals(doc.effectiveTo())) {
            boolean inclusive = d.choose(END_INCLUSIVE, "whether " + doc.docNumber() + " is in force on " + asOf,
                    v -> v.asBoolean());
            if (d.isMissing(END_INCLUSIVE)) {
                return Mode.UNDETERMINED;
            }
            if (inclusive) {
                return Mode.IN_FORCE;
            }
        }
        String after = d.choose(AFTER_EXPIRY, "what applies after " + doc.docNumber() + " ended on " + doc.effectiveTo(),
                JsonNode::asText);
        if (d.isMissing(AFTER_EXPIRY)) {
            return Mode.UNDETERMINED;
        }
        return "KEEP_RULES_FOR_EARLIER_RECORDS".equals(after) ? Mode.EARLIER_RECORDS_ONLY : Mode.NOT_IN_FORCE;
    }

    /** True when a record formed on {@code formedOn} may be scored under a document that has ended. */
    public static boolean formedWhileInForce(RuleFiles.Document doc, LocalDate formedOn, Decisions d) {
        if (formedOn.isBefore(doc.effectiveTo())) {
            return true;
        }
        if (formedOn.equals(doc.effectiveTo())) {
            return d.choose(END_INCLUSIVE, "whether a record formed on " + formedOn + " falls under " + doc.docNumber(),
                    JsonNode::asBoolean);
        }
        return false;
    }

    /** The anniversary {@code months} after {@code start}; null (no end) when months is null. */
    public static LocalDate end(LocalDate start, Integer months) {
        return months == null ? null : start.plusMonths(months);
    }

    /**
     * Whether an item valid from {@code start} until {@code end} counts on {@code asOf}. Only on the anniversary
     * itself does ITEM_VALIDITY_END_CONVENTION decide.
     */
    public static boolean inEffect(LocalDate start, LocalDate end, LocalDate asOf, Decisions d) {
        if (asOf.isBefore(start)) {
            return false;
        }
        if (end == null || asOf.isBefore(end)) {
            return true;
        }
        if (asOf.isAfter(end)) {
            return false;
        }
        return d.choose(END_CONVENTION, "whether an item still counts on its anniversary " + end,
                v -> "INCLUDES_ANNIVERSARY".equals(v.asText()));
    }

    /** The annual period a day belongs to: its calendar year, or the number of whole 12-month spans back from asOf. */
    public static long period(LocalDate day, LocalDate asOf, String kind) {
        if ("ROLLING_12_MONTHS".equals(kind)) {
            long months = ChronoUnit.MONTHS.between(day, asOf);
            return -(months / 12);
        }
        return day.getYear();
    }

    /** {@code amount / per}, rounded by POINTS_ROUNDING only when it is not whole. */
    public static int rate(BigDecimal amount, long per, int pointsPerUnit, Decisions d, String what) {
        BigDecimal units = amount.multiply(BigDecimal.valueOf(pointsPerUnit)).divide(BigDecimal.valueOf(per), 10, RoundingMode.HALF_UP);
        if (units.stripTrailingZeros().scale() <= 0) {
            return units.intValueExact();
        }
        return d.choose(ROUNDING, what, v -> "HALF_UP".equals(v.asText())
                ? units.setScale(0, RoundingMode.HALF_UP).intValue()
                : units.setScale(0, RoundingMode.FLOOR).intValue());
    }
}
