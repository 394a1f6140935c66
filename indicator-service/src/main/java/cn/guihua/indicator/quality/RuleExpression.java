package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.guihua.platform.i18n.Text;

/**
 * One side of a validation rule: a sum of terms, each a number or a number times an operand. An operand is a field of
 * a value of the same jurisdiction and period: {@code value}, {@code numerator} or {@code denominator} (数值, 分子,
 * 分母), of the indicator the rule is applied to or of a named one ({@code value(INFANT_MORTALITY)}), of the same
 * disaggregation as the value checked unless fixed in brackets ({@code value[sex=FEMALE]}, {@code
 * numerator[residence=URBAN, ageGroup=0-5]}).
 * <pre>
 * side    := term (('+' | '-') term)*
 * term    := number | [number '*'] operand
 * operand := field ['(' CODE ')'] ['[' dimension '=' VALUE (',' dimension '=' VALUE)* ']']
 * </pre>
 */
public record RuleExpression(String text, List<Term> terms) {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_TERMS = 20;
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,99}$");
    private static final Pattern AGE_GROUP = Pattern.compile("^(TOTAL|\\d{1,3}-\\d{1,3}|\\d{1,3}\\+)$");

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RuleField", description = "A field of a monitoring value")
    public enum Field {
        VALUE, NUMERATOR, DENOMINATOR
    }

    /** A field of a value; {@code indicator} null is the rule's indicator, a null dimension is the checked value's. */
    public record Operand(String indicator, Field field, String sex, String residence, String ageGroup) {

        String text() {
            StringBuilder b = new StringBuilder(field.name().toLowerCase(Locale.ROOT));
            if (indicator != null) {
                b.append('(').append(indicator).append(')');
            }
            List<String> dims = new ArrayList<>();
            if (sex != null) {
                dims.add("sex=" + sex);
            }
            if (residence != null) {
                dims.add("residence=" + residence);
            }
            if (ageGroup != null) {
                dims.add("ageGroup=" + ageGroup);
            }
            if (!dims.isEmpty()) {
                b.append('[').append(String.join(", ", dims)).append(']');
            }
            return b.toString();
        }
    }

    /** {@code coefficient × operand}, or the constant {@code coefficient} when operand is null. */
    public record Term(BigDecimal coefficient, Operand operand) {
    }

    /** Why a text is no expression: a catalogue text naming the position. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Text reason;

        Invalid(String key, Object... args) {
            super(key, null, false, false);
            this.reason = Text.of(key, args);
        }

        public Text reason() {
            return reason;
        }
    }

    /** The operands, in order. */
    public List<Operand> operands() {
        return terms.stream().map(Term::operand).filter(o -> o != null).toList();
    }

    public static RuleExpression parse(String text) throws Invalid {
        if (text == null || text.isBlank()) {
            throw new Invalid("quality.expression.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new Invalid("quality.expression.too-long", MAX_LENGTH);
        }
        Parser p = new Parser(text);
        List<Term> terms = new ArrayList<>();
        boolean negative = false;
        p.skipSpace();
        if (p.peek() == '-' || p.peek() == '+') {
            negative = p.next() == '-';
        }
        while (true) {
            terms.add(p.term(negative));
            if (terms.size() > MAX_TERMS) {
                throw new Invalid("quality.expression.too-many-terms", MAX_TERMS);
            }
            p.skipSpace();
            if (p.done()) {
                break;
            }
            char c = p.next();
            if (c != '+' && c != '-') {
                throw new Invalid("quality.expression.unexpected", String.valueOf(c), p.pos);
            }
            negative = c == '-';
        }
        RuleExpression e = new RuleExpression(null, List.copyOf(terms));
        return new RuleExpression(e.canonical(), e.terms);
    }

    /** The expression written the one way: {@code value[sex=FEMALE] + value[sex=MALE]}. */
    String canonical() {
        StringBuilder b = new StringBuilder();
        for (Term t : terms) {
            boolean negative = t.coefficient().signum() < 0;
            BigDecimal abs = t.coefficient().abs();
            if (b.length() == 0) {
                b.append(negative ? "-" : "");
            } else {
                b.append(negative ? " - " : " + ");
            }
            if (t.operand() == null) {
                b.append(abs.toPlainString());
            } else {
                if (abs.compareTo(BigDecimal.ONE) != 0) {
                    b.append(abs.toPlainString()).append(" * ");
                }
                b.append(t.operand().text());
            }
        }
        return b.toString();
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        boolean done() {
            return pos >= s.length();
        }

        char peek() {
            return done() ? '\0' : s.charAt(pos);
        }

        char next() {
            return s.charAt(pos++);
        }

        void skipSpace() {
            while (!done() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Term term(boolean negative) throws Invalid {
            skipSpace();
            if (done()) {
                throw new Invalid("quality.expression.term-missing", pos + 1);
            }
            BigDecimal coefficient = BigDecimal.ONE;
            if (Character.isDigit(peek()) || peek() == '.') {
                coefficient = number();
                skipSpace();
                if (peek() != '*') {
                    return new Term(negative ? coefficient.negate() : coefficient, null);
                }
                next();
                skipSpace();
            }
            Operand o = operand();
            return new Term(negative ? coefficient.negate() : coefficient, o);
        }

        BigDecimal number() throws Invalid {
            int start = pos;
            while (!done() && (Character.isDigit(peek()) || peek() == '.')) {
                pos++;
            }
            String t = s.substring(start, pos);
            try {
                BigDecimal d = new BigDecimal(t);
                if (d.precision() - d.scale() > 15 || d.scale() > 20) {
                    throw new Invalid("quality.expression.number", t, start + 1);
                }
                return d;
            } catch (NumberFormatException e) {
                throw new Invalid("quality.expression.number", t, start + 1);
            }
        }

        Operand operand() throws Invalid {
            int start = pos;
            while (!done() && (Character.isLetter(peek()) || peek() == '_')) {
                pos++;
            }
            String word = s.substring(start, pos);
            Field field = switch (word.toLowerCase(Locale.ROOT)) {
                case "value", "数值" -> Field.VALUE;
                case "numerator", "分子" -> Field.NUMERATOR;
                case "denominator", "分母" -> Field.DENOMINATOR;
                default -> throw new Invalid("quality.expression.field", word.isEmpty() ? String.valueOf(peek()) : word, start + 1);
            };
            skipSpace();
            String indicator = null;
            if (peek() == '(') {
                next();
                int end = s.indexOf(')', pos);
                if (end < 0) {
                    throw new Invalid("quality.expression.unclosed", ")", pos);
                }
                indicator = s.substring(pos, end).strip();
                if (!CODE.matcher(indicator).matches()) {
                    throw new Invalid("quality.expression.indicator", indicator, pos + 1);
                }
                pos = end + 1;
                skipSpace();
            }
            String sex = null;
            String residence = null;
            String age = null;
            if (peek() == '[') {
                next();
                int end = s.indexOf(']', pos);
                if (end < 0) {
                    throw new Invalid("quality.expression.unclosed", "]", pos);
                }
                for (String part : s.substring(pos, end).split(",", 4)) {
                    String[] kv = part.split("=", 2);
                    if (kv.length != 2) {
                        throw new Invalid("quality.expression.dimension", part.strip(), pos + 1);
                    }
                    String dim = kv[0].strip();
                    String v = kv[1].strip().toUpperCase(Locale.ROOT);
                    switch (dim) {
                        case "sex", "性别" -> {
                            sex = switch (v) {
                                case "TOTAL", "合计" -> "TOTAL";
                                case "FEMALE", "女" -> "FEMALE";
                                case "MALE", "男" -> "MALE";
                                default -> throw new Invalid("quality.expression.value", dim, kv[1].strip(), pos + 1);
                            };
                        }
                        case "residence", "城乡" -> {
                            residence = switch (v) {
                                case "TOTAL", "合计" -> "TOTAL";
                                case "URBAN", "城镇" -> "URBAN";
                                case "RURAL", "农村" -> "RURAL";
                                default -> throw new Invalid("quality.expression.value", dim, kv[1].strip(), pos + 1);
                            };
                        }
                        case "ageGroup", "年龄组" -> {
                            if (!AGE_GROUP.matcher(v).matches()) {
                                throw new Invalid("quality.expression.value", dim, kv[1].strip(), pos + 1);
                            }
                            age = v;
                        }
                        default -> throw new Invalid("quality.expression.dimension", dim, pos + 1);
                    }
                }
                pos = end + 1;
            }
            return new Operand(indicator, field, sex, residence, age);
        }
    }
}
