package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.catalogue.IndicatorDefinition;
import cn.guihua.platform.security.JurisdictionCodes;

/**
 * The enabled validation rules compiled against one catalogue copy: each rule applied to every indicator it covers
 * (an <em>instance</em>), and for every indicator the operands a value of it can be. Checking is in memory over a
 * lookup of values by series key, so a chunk of a bulk import needs one query for its stored counterparts and none
 * per row.
 * <p>
 * A value takes part in an instance through each operand it can be: the indicator, the field it has, and the
 * disaggregation. An operand's dimensions that the rule does not fix are the checked value's; a dimension the rule
 * fixes on some operand is TOTAL on the others ({@code value[sex=FEMALE] <= value} compares the female figure with
 * the total of the same residence and age group). The <em>context</em> is the jurisdiction, the period and the
 * dimensions the rule leaves free.
 */
public final class RuleSet {

    private static final String TOTAL = "TOTAL";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A rule as the checks use it. */
    public record Rule(long id, String code, Importance importance, RuleExpression left, Operator operator,
            RuleExpression right, BigDecimal tolerance, BigDecimal tolerancePercent, MissingValueStrategy missing,
            String messageZh, String messageEn, String jurisdiction, List<String> indicatorCodes, List<String> valueTypes,
            List<String> units) {

        boolean appliesIn(String code) {
            return jurisdiction == null || JurisdictionCodes.within(code, jurisdiction);
        }

        /** Whether the rule has an operand without an indicator of its own: then it is applied per indicator. */
        boolean perIndicator() {
            return left.operands().stream().anyMatch(o -> o.indicator() == null)
                    || right.operands().stream().anyMatch(o -> o.indicator() == null);
        }

        boolean covers(IndicatorDefinition i) {
            return (indicatorCodes.isEmpty() || indicatorCodes.contains(i.code()))
                    && (valueTypes.isEmpty() || i.valueType() != null && valueTypes.contains(i.valueType().name()))
                    && (units.isEmpty() || units.contains(i.unit()) || units.contains(i.scale()));
        }
    }

    /** An operand with its indicator resolved. */
    record Operand(String indicator, RuleExpression.Field field, String sex, String residence, String ageGroup) {
    }

    /** A term with its operand resolved; operand null for a constant. */
    record Term(BigDecimal coefficient, Operand operand) {
    }

    /** A rule applied to one indicator (null: the rule names its indicators). */
    static final class Instance {
        final int index;
        final Rule rule;
        final String indicator;
        final List<Term> left;
        final List<Term> right;
        final boolean fixesSex;
        final boolean fixesResidence;
        final boolean fixesAge;
        /** Every operand is the checked value itself: nothing else is needed to check it. */
        final boolean local;

        Instance(int index, Rule rule, String indicator) {
            this.index = index;
            this.rule = rule;
            this.indicator = indicator;
            this.left = resolve(rule.left(), indicator);
            this.right = resolve(rule.right(), indicator);
            List<Operand> all = operands();
            fixesSex = all.stream().anyMatch(o -> o.sex() != null);
            fixesResidence = all.stream().anyMatch(o -> o.residence() != null);
            fixesAge = all.stream().anyMatch(o -> o.ageGroup() != null);
            String first = all.isEmpty() ? null : all.get(0).indicator();
            local = !fixesSex && !fixesResidence && !fixesAge && all.stream().allMatch(o -> o.indicator().equals(first));
        }

        private static List<Term> resolve(RuleExpression e, String indicator) {
            List<Term> terms = new ArrayList<>();
            for (RuleExpression.Term t : e.terms()) {
                RuleExpression.Operand o = t.operand();
                terms.add(new Term(t.coefficient(), o == null ? null : new Operand(o.indicator() == null ? indicator : o.indicator(),
                        o.field(), o.sex(), o.residence(), o.ageGroup())));
            }
            return List.copyOf(terms);
        }

        List<Operand> operands() {
            List<Operand> all = new ArrayList<>();
            left.stream().filter(t -> t.operand() != null).forEach(t -> all.add(t.operand()));
            right.stream().filter(t -> t.operand() != null).forEach(t -> all.add(t.operand()));
            return all;
        }
    }

    /** An operand a value of an indicator can be, in its instance. */
    private record Hook(Instance instance, Operand operand) {
    }

    /** The jurisdiction, period and free dimensions of one check of an instance. */
    private record Context(String jurisdiction, String period, String sex, String residence, String ageGroup) {
    }

    private final List<Instance> instances = new ArrayList<>();
    private final Map<String, List<Hook>> hooks = new HashMap<>();
    private final Map<String, Set<String>> partners = new HashMap<>();

    public RuleSet(List<Rule> rules, Catalogue.Snapshot catalogue) {
        for (Rule r : rules) {
            if (r.perIndicator()) {
                for (IndicatorDefinition i : catalogue.indicators().values()) {
                    if (r.covers(i)) {
                        add(new Instance(instances.size(), r, i.code()));
                    }
                }
            } else {
                add(new Instance(instances.size(), r, null));
            }
        }
    }

    private void add(Instance in) {
        instances.add(in);
        Set<String> indicators = new LinkedHashSet<>();
        for (Operand o : in.operands()) {
            hooks.computeIfAbsent(o.indicator(), k -> new ArrayList<>()).add(new Hook(in, o));
            indicators.add(o.indicator());
        }
        if (!in.local) {
            for (String i : indicators) {
                partners.computeIfAbsent(i, k -> new HashSet<>()).addAll(indicators);
            }
        }
    }

    /** Whether a value of this indicator takes part in a rule that needs other values than itself. */
    public boolean needsCounterparts(String indicator) {
        return partners.containsKey(indicator);
    }

    /** The indicators whose values a check of these indicators' values may read (themselves included). */
    public Set<String> counterpartIndicators(Collection<String> indicators) {
        Set<String> all = new HashSet<>(indicators);
        for (String i : indicators) {
            all.addAll(partners.getOrDefault(i, Set.of()));
        }
        return all;
    }

    /** The findings of the rules a value takes part in alone (the value is its every operand): no lookup needed. */
    public List<RuleFinding> checkAlone(Cell c) {
        List<Hook> hs = hooks.get(c.indicator());
        if (hs == null) {
            return List.of();
        }
        List<RuleFinding> found = null;
        int last = -1;
        for (Hook h : hs) {
            Instance in = h.instance();
            if (!in.local || in.index == last || c.field(h.operand().field()) == null || !in.rule.appliesIn(c.jurisdiction())) {
                continue;
            }
            last = in.index;
            RuleFinding f = evaluate(in, new Context(c.jurisdiction(), c.period(), c.sex(), c.residence(), c.ageGroup()),
                    key -> key.equals(c.key()) ? c : null);
            if (f != null) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(f);
            }
        }
        return found == null ? List.of() : found;
    }

    /**
     * The findings of the rules that read other values than the checked one, for every context these values take part
     * in; {@code lookup} finds any value (these ones included) by series key, or null.
     */
    public List<RuleFinding> checkTogether(Collection<Cell> cells, Function<String, Cell> lookup) {
        return check(cells, lookup, false);
    }

    /** Every finding, alone and together. */
    public List<RuleFinding> checkAll(Collection<Cell> cells, Function<String, Cell> lookup) {
        return check(cells, lookup, true);
    }

    private List<RuleFinding> check(Collection<Cell> cells, Function<String, Cell> lookup, boolean withLocal) {
        List<RuleFinding> found = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Cell c : cells) {
            List<Hook> hs = hooks.get(c.indicator());
            if (hs == null) {
                continue;
            }
            for (Hook h : hs) {
                Instance in = h.instance();
                if (in.local && !withLocal) {
                    continue;
                }
                Context ctx = context(in, h.operand(), c);
                if (ctx == null) {
                    continue;
                }
                if (!done.add(in.index + "|" + ctx.jurisdiction() + '|' + ctx.period() + '|' + ctx.sex() + '|' + ctx.residence()
                        + '|' + ctx.ageGroup())) {
                    continue;
                }
                RuleFinding f = evaluate(in, ctx, lookup);
                if (f != null) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    /** The context in which {@code c} is {@code o} of the instance; null when it cannot be. */
    private static Context context(Instance in, Operand o, Cell c) {
        if (c.field(o.field()) == null || !in.rule.appliesIn(c.jurisdiction())) {
            return null;
        }
        String sex = dimension(in.fixesSex, o.sex(), c.sex());
        String residence = dimension(in.fixesResidence, o.residence(), c.residence());
        String age = dimension(in.fixesAge, o.ageGroup(), c.ageGroup());
        if (sex == null || residence == null || age == null) {
            return null;
        }
        return new Context(c.jurisdiction(), c.period(), sex, residence, age);
    }

    /** The context's value of a dimension; null when the value cannot be the operand. */
    private static String dimension(boolean fixedByRule, String operand, String value) {
        if (operand != null) {
            return operand.equals(value) ? TOTAL : null;
        }
        if (fixedByRule) {
            return TOTAL.equals(value) ? TOTAL : null;
        }
        return value;
    }

    /**
     * The finding of one check, null when the rule holds or is skipped. The sums come first, without building
     * anything (nearly every check passes); the parts are collected only for a violation.
     */
    private static RuleFinding evaluate(Instance in, Context ctx, Function<String, Cell> lookup) {
        int[] counts = new int[2];
        BigDecimal left = side(in.left, ctx, lookup, null, counts);
        BigDecimal right = side(in.right, ctx, lookup, null, counts);
        int operands = counts[0];
        int missing = counts[1];
        boolean skip = switch (in.rule.missing()) {
            case SKIP_IF_ANY_VALUE_MISSING -> missing > 0;
            case SKIP_IF_ALL_VALUES_MISSING -> operands > 0 && missing == operands;
            case NEVER_SKIP -> false;
        };
        if (skip) {
            return null;
        }
        BigDecimal allowed = in.rule.tolerance();
        if (in.rule.tolerancePercent().signum() > 0) {
            BigDecimal relative = right.abs().multiply(in.rule.tolerancePercent()).divide(HUNDRED, MathContext.DECIMAL64);
            allowed = allowed.max(relative);
        }
        if (in.rule.operator().holds(left, right, allowed)) {
            return null;
        }
        List<RuleFinding.Part> leftParts = new ArrayList<>(in.left.size());
        List<RuleFinding.Part> rightParts = new ArrayList<>(in.right.size());
        side(in.left, ctx, lookup, leftParts, counts);
        side(in.right, ctx, lookup, rightParts, counts);
        Rule r = in.rule;
        return new RuleFinding(r.id(), r.code(), r.importance(), r.messageZh(), r.messageEn(), in.indicator,
                ctx.jurisdiction(), ctx.period(), in.fixesSex ? null : ctx.sex(), in.fixesResidence ? null : ctx.residence(),
                in.fixesAge ? null : ctx.ageGroup(), r.operator(),
                new RuleFinding.Side(r.left().text(), left, List.copyOf(leftParts)),
                new RuleFinding.Side(r.right().text(), right, List.copyOf(rightParts)), OutlierDetector.plain(allowed));
    }

    /** A side's sum; counts[0] the operands, counts[1] the missing ones; with {@code parts}, each term's value too. */
    private static BigDecimal side(List<Term> terms, Context ctx, Function<String, Cell> lookup, List<RuleFinding.Part> parts,
            int[] counts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Term t : terms) {
            Operand o = t.operand();
            if (o == null) {
                sum = sum.add(t.coefficient());
                if (parts != null) {
                    parts.add(new RuleFinding.Part(t.coefficient(), null, null, null, null, null, t.coefficient(), null));
                }
                continue;
            }
            String sex = o.sex() != null ? o.sex() : ctx.sex();
            String residence = o.residence() != null ? o.residence() : ctx.residence();
            String age = o.ageGroup() != null ? o.ageGroup() : ctx.ageGroup();
            Cell c = lookup.apply(Cell.key(o.indicator(), ctx.jurisdiction(), ctx.period(), sex, residence, age));
            BigDecimal v = c == null ? null : c.field(o.field());
            if (parts != null) {
                parts.add(new RuleFinding.Part(t.coefficient(), o.indicator(), o.field(), sex, residence, age, v,
                        c == null ? null : c.id()));
                continue;
            }
            counts[0]++;
            if (v == null) {
                counts[1]++;
            } else {
                sum = sum.add(t.coefficient().compareTo(BigDecimal.ONE) == 0 ? v : t.coefficient().multiply(v));
            }
        }
        return sum;
    }
}
