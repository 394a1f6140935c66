package cn.guihua.indicator.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.catalogue.IndicatorDefinition;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.json.InputGuards;
import cn.guihua.platform.json.Limits;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.JurisdictionCodes;

/**
 * The rules a monitoring value must pass, against one catalogue copy and one caller's jurisdiction. Pure
 * and in memory, so a bulk of 100 000 rows is checked without a database round trip per row. An instance is used by
 * one thread: it remembers the jurisdictions, periods and age groups it found valid (a bulk's rows repeat a few of
 * them thousands of times), up to a few thousand of each.
 */
public final class SubmissionRules {

    static final Pattern AGE_GROUP = Pattern.compile("^(TOTAL|\\d{1,3}-\\d{1,3}|\\d{1,3}\\+)$");
    private static final Pattern JURISDICTION = Pattern.compile(JurisdictionCodes.PATTERN);

    private static final int REMEMBERED = 4096;

    private final Catalogue.Snapshot catalogue;
    private final Predicate<String> mayAccess;
    private final Set<String> jurisdictionsValid = new HashSet<>();
    private final Map<String, Period> periodsValid = new HashMap<>();
    private final Set<String> ageGroupsValid = new HashSet<>();

    public SubmissionRules(Catalogue.Snapshot catalogue, Predicate<String> mayAccess) {
        this.catalogue = catalogue;
        this.mayAccess = mayAccess;
    }

    /** The accepted value, or null with the reasons added to {@code violations}. */
    public Accepted check(Candidate c, List<Violation> violations) {
        int before = violations.size();
        textsHoldNoControlCharacters(c, violations);
        if (violations.size() > before) {
            // a NUL or another control character: PostgreSQL would refuse the row, and nothing else is worth checking
            return null;
        }
        IndicatorDefinition indicator = null;
        String code = blankToNull(c.indicatorCode());
        if (code == null) {
            violations.add(required("indicatorCode"));
        } else {
            indicator = catalogue.indicator(code);
            if (indicator == null) {
                violations.add(Violation.of("indicatorCode", "monitoring.indicator.unknown", code, catalogue.fetchedAt()));
            }
        }
        String jurisdiction = blankToNull(c.jurisdiction());
        if (jurisdiction == null) {
            violations.add(required("jurisdiction"));
        } else if (jurisdictionsValid.contains(jurisdiction)) {
            // checked before
        } else if (!JURISDICTION.matcher(jurisdiction).matches()) {
            violations.add(Violation.of("jurisdiction", "monitoring.jurisdiction.code"));
        } else if (!mayAccess.test(jurisdiction)) {
            violations.add(Violation.of("jurisdiction", "monitoring.jurisdiction.outside", jurisdiction));
        } else {
            remember(jurisdictionsValid, jurisdiction);
        }
        Period period = null;
        if (blankToNull(c.period()) == null) {
            violations.add(required("period"));
        } else {
            period = periodsValid.get(c.period());
            if (period == null) {
                period = Period.parse(c.period());
                if (period != null && periodsValid.size() < REMEMBERED) {
                    periodsValid.put(c.period(), period);
                }
            }
            if (period == null) {
                violations.add(Violation.of("period", Period.SHAPE_KEY));
            } else if (indicator != null && !indicator.tracks(period.year())) {
                violations.add(Violation.of("period", "monitoring.period.untracked", indicator.code(), range(indicator),
                        String.valueOf(period.year())));
            }
        }
        Sex sex = Sex.parse(c.sex());
        if (sex == null) {
            violations.add(Violation.of("sex", "monitoring.sex"));
        }
        Residence residence = Residence.parse(c.residence());
        if (residence == null) {
            violations.add(Violation.of("residence", "monitoring.residence"));
        }
        String ageGroup = blankToNull(c.ageGroup()) == null ? "TOTAL" : c.ageGroup().strip().toUpperCase();
        if (ageGroupsValid.contains(ageGroup)) {
            // checked before
        } else if (!AGE_GROUP.matcher(ageGroup).matches()) {
            violations.add(Violation.of("ageGroup", "monitoring.age-group"));
        } else {
            remember(ageGroupsValid, ageGroup);
        }
        BigDecimal value = decimal(c.value(), "value", true, violations);
        BigDecimal numerator = decimal(c.numerator(), "numerator", false, violations);
        BigDecimal denominator = decimal(c.denominator(), "denominator", false, violations);
        if (value != null && indicator != null) {
            Text problem = indicator.rangeProblem(value);
            if (problem != null) {
                violations.add(Violation.of("value", "monitoring.value.out-of-range", problem, indicator.name(),
                        indicator.code(), String.valueOf(indicator.valueType())));
            }
        }
        if (numerator != null && numerator.signum() < 0) {
            violations.add(Violation.of("numerator", "monitoring.field.negative"));
        }
        if (denominator != null && denominator.signum() <= 0) {
            violations.add(Violation.of("denominator", "monitoring.field.positive"));
        }
        if ((numerator == null) != (denominator == null)) {
            violations.add(Violation.of(numerator == null ? "numerator" : "denominator", "monitoring.ratio.together"));
        } else if (numerator != null && denominator.signum() > 0 && numerator.signum() >= 0 && value != null
                && indicator != null && !consistent(value, numerator, denominator, indicator.scale())) {
            violations.add(Violation.of("value", "monitoring.ratio.mismatch", String.valueOf(indicator.scale())));
        }
        String unit = blankToNull(c.unit());
        if (unit != null && indicator != null && !unit.strip().equals(indicator.unit()) && !unit.strip().equals(indicator.scale())) {
            violations.add(Violation.of("unit", "monitoring.unit.mismatch", unit, String.valueOf(indicator.unit())));
        }
        String department = blankToNull(c.department());
        if (department != null && department.length() > 200) {
            violations.add(Violation.of("department", "monitoring.field.max-length", 200));
        }
        String comment = blankToNull(c.comment());
        if (comment != null && comment.length() > 2000) {
            violations.add(Violation.of("comment", "monitoring.field.max-length", 2000));
        }
        if (violations.size() > before) {
            return null;
        }
        return new Accepted(indicator, jurisdiction, period, sex, residence, ageGroup, value, numerator, denominator,
                indicator.unit(), department == null ? null : department.strip(), comment);
    }

    private static void remember(Set<String> valid, String text) {
        if (valid.size() < REMEMBERED) {
            valid.add(text);
        }
    }

    /** A NUL (or another control character but tab and line breaks) in any field, named. */
    private static void textsHoldNoControlCharacters(Candidate c, List<Violation> violations) {
        String[] texts = { c.indicatorCode(), c.jurisdiction(), c.period(), c.sex(), c.residence(), c.ageGroup(), c.value(),
            c.numerator(), c.denominator(), c.unit(), c.department(), c.comment() };
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null && InputGuards.hasControlCharacter(texts[i])) {
                violations.add(Violation.of(Candidate.FIELDS[i], "problem.field.control-character"));
            }
        }
    }

    /**
     * A ratio given with its parts must agree with them to the precision it was given in: 3 children of
     * 1 250 newborns is 2.4 ‰, so 2.4 agrees and 2.5 does not. Scales without a known factor are not checked.
     */
    static boolean consistent(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String scale) {
        BigDecimal factor = switch (scale == null ? "" : scale.strip()) {
            case "%" -> BigDecimal.valueOf(100);
            case "‰", "人/千人" -> BigDecimal.valueOf(1000);
            case "1/10万" -> BigDecimal.valueOf(100_000);
            default -> null;
        };
        if (factor == null) {
            return true;
        }
        BigDecimal computed = numerator.multiply(factor).divide(denominator, MathContext.DECIMAL64);
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).divide(BigDecimal.valueOf(2));
        return computed.subtract(value).abs().compareTo(halfUnit) <= 0;
    }

    private static BigDecimal decimal(String text, String field, boolean required, List<Violation> violations) {
        String t = blankToNull(text);
        if (t == null) {
            if (required) {
                violations.add(required(field));
            }
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(t.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            violations.add(Violation.of(field, "monitoring.field.number"));
            return null;
        }
        if (!Limits.fits(d)) {
            violations.add(Violation.of(field, "problem.field.number-size", Limits.MAX_INTEGER_DIGITS, Limits.MAX_SCALE));
            return null;
        }
        return d;
    }

    private static String range(IndicatorDefinition i) {
        return (i.trackedFrom() == null ? "…" : i.trackedFrom()) + "-" + (i.trackedTo() == null ? "…" : i.trackedTo());
    }

    private static Violation required(String field) {
        return Violation.of(field, "monitoring.field.required");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
