package cn.guihua.subsidy.farmland;

import static cn.guihua.subsidy.rules.CalculationStatus.CALCULATED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_ELIGIBLE;
import static cn.guihua.subsidy.rules.Explanation.map;
import static cn.guihua.subsidy.rules.Explanation.note;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;

/** The year's outlay derived from the rules (000:1729, 000:1745-1747) and the demonstration duties (000:1749, 000:1845). */
@ApplicationScoped
public class FarmlandChecks {

    @Inject
    RuleBook rules;

    /** The outlay of a year: its least and most (1 street and 3 villages, 2 and 6), and a selection's, never stored. */
    public Calculation outlay(int year, Integer streets, Integer villages, LocalDate asOf) {
        LocalDate judged = asOf != null ? asOf : rules.yearDate(FarmlandService.POLICY, year);
        RuleSet rs = rules.rules(FarmlandService.POLICY, judged);
        Explanation exp = new Explanation(FarmlandService.POLICY, judged);
        Rule selection = rs.get("SELECTION");
        Rule reward = rs.get("REWARD");
        Rule budget = rs.get("BUDGET");
        BigDecimal street = reward.number("street");
        BigDecimal village = reward.number("village");
        BigDecimal minimum = Calculation.yuan(street.multiply(selection.number("minStreets")).add(village.multiply(selection.number("minVillages"))));
        BigDecimal maximum = Calculation.yuan(street.multiply(selection.number("maxStreets")).add(village.multiply(selection.number("maxVillages"))));
        exp.add(selection.step(Map.of(), map("minStreets", selection.number("minStreets"), "maxStreets", selection.number("maxStreets"),
                "minVillages", selection.number("minVillages"), "maxVillages", selection.number("maxVillages")), null, null));
        exp.add(reward.step(Map.of(), map("street", Calculation.yuan(street), "village", Calculation.yuan(village)), null, null));
        exp.result("year", year).result("minimum", minimum).result("maximum", maximum);
        BigDecimal outlay = null;
        if (streets != null || villages != null) {
            if (streets == null || villages == null) {
                throw ProblemException.invalid(streets == null ? "streets" : "villages", "farmland.outlay-both");
            }
            check("streets", streets, selection.number("minStreets").intValue(), selection.number("maxStreets").intValue(), selection);
            check("villages", villages, selection.number("minVillages").intValue(), selection.number("maxVillages").intValue(), selection);
            outlay = Calculation.yuan(street.multiply(BigDecimal.valueOf(streets)).add(village.multiply(BigDecimal.valueOf(villages))));
            exp.result("outlay", outlay);
        }
        exp.add(budget.step(map("streets", streets, "villages", villages), map("minimum", minimum, "maximum", maximum), outlay != null ? outlay : maximum,
                note("farmland.outlay-derived"), CALCULATED));
        return exp.done(CALCULATED, outlay != null ? outlay : maximum, note("farmland.outlay", year), budget.code());
    }

    static void check(String field, int value, int min, int max, Rule selection) {
        if (value < min || value > max) {
            throw ProblemException.invalid(field, "farmland.count-range", min, max, selection.clause().ref(), selection.clause().quote());
        }
    }

    public Calculation demonstration(DemonstrationRequest r) {
        int year = r.reverificationYear() != null ? r.reverificationYear() : r.year() != null ? r.year() : 0;
        if (year == 0) {
            throw ProblemException.invalid("year", "farmland.demonstration-facts");
        }
        LocalDate asOf = rules.yearDate(FarmlandService.POLICY, year);
        RuleSet rs = rules.rules(FarmlandService.POLICY, asOf);
        Explanation exp = new Explanation(FarmlandService.POLICY, asOf);
        String deciding = null;
        boolean failed = false;
        if (r.demonstrationVillagesBuilt() != null) {
            Rule duty = rs.get("DEMONSTRATION_OBLIGATION");
            boolean owed = r.incentivisedIn() != null;
            boolean met = !owed || r.demonstrationVillagesBuilt() >= duty.number("minVillagesPerYear").intValue();
            exp.add(duty.step(map("street", r.street(), "incentivisedIn", r.incentivisedIn(), "year", r.year(), "demonstrationVillagesBuilt",
                    r.demonstrationVillagesBuilt()), map("minVillagesPerYear", duty.number("minVillagesPerYear"), "maxVillagesPerYear",
                    duty.number("maxVillagesPerYear")), met, owed ? null : note("farmland.no-duty"), met ? CALCULATED : NOT_ELIGIBLE));
            exp.result("met", met);
            failed |= !met;
            deciding = duty.code();
        }
        if (r.passed() != null) {
            Rule reverification = rs.get("DEMONSTRATION_REVERIFICATION");
            int y = r.reverificationYear() != null ? r.reverificationYear() : year;
            boolean passed = r.passed();
            exp.add(reverification.step(map("village", r.village(), "street", r.street(), "reverificationYear", y, "passed", passed),
                    map("failed", reverification.texts("failed")), passed, passed ? null : note("farmland.reverification-failed", y, y + 1),
                    passed ? CALCULATED : NOT_ELIGIBLE));
            exp.result("year", y).result("demonstrationStatus", passed).result("streetCityEligible", passed);
            if (!passed) {
                exp.result("mayRejoinFrom", y + 1);
            }
            failed |= !passed;
            deciding = reverification.code();
        }
        if (deciding == null) {
            throw ProblemException.invalid("demonstrationVillagesBuilt", "farmland.demonstration-facts");
        }
        Rule calendar = rs.get("DEMONSTRATION_CALENDAR");
        exp.add(calendar.step(Map.of(), map("workPlanMonth", calendar.number("workPlanMonth"), "siteInspectionMonth",
                calendar.number("siteInspectionMonth"), "districtAcceptanceMonth", calendar.number("districtAcceptanceMonth"),
                "cityFinalAcceptanceMonth", calendar.number("cityFinalAcceptanceMonth")), null, null));
        return exp.done(failed ? NOT_ELIGIBLE : CALCULATED, null, note("farmland.demonstration"), deciding);
    }
}
