package cn.guihua.emergency.reference;

import java.time.LocalDate;
import java.util.List;

/** Shapes that several reference files share. */
public final class Common {

    private Common() {
    }

    /** A plan as a reference file names it; it must be one of {@code plans.json}. */
    public record PlanRef(String planCode, String planId, String jurisdiction, String jurisdictionName, String title,
            String documentNumber, String source, String parentPlanCode) {
    }

    /** A plan of the sources with the period its rules are in force (plans.json). */
    public record PlanPeriod(String planCode, String planId, String jurisdiction, String jurisdictionName, String title,
            String planType, String parentPlanCode, LocalDate effectiveFrom, LocalDate effectiveTo, String source,
            List<String> quote) {

        public boolean inForceOn(LocalDate day) {
            return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
        }
    }

    public record PlanPeriods(String description, List<PlanPeriod> plans) {
    }

    public record CodeName(String code, String nameZh) {
    }

    /** A state of a warning or a response. */
    public record StateDef(String code, String nameZh, Boolean terminal) {
    }

    /** A move of the state table the reference data describes. */
    public record TransitionDef(String from, String to, String action, String by, String note) {
    }

    /** The clause behind one step (issue, adjust, lift, propose, activate, terminate, recover, ...) of one plan. */
    public record StepClause(String planCode, String step, String by, String proposer, String condition, List<String> effects,
            String deadline, String source, List<String> quote) {
    }

    public record States(List<StateDef> values, List<TransitionDef> transitions, String interpretation,
            List<StepClause> clauses) {
    }

    /** Several exact substrings of the cited lines, joined for showing. */
    public static String joined(List<String> quote) {
        return quote == null || quote.isEmpty() ? null : String.join("……", quote);
    }
}
