package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Text;

/**
 * A violated rule in one jurisdiction, period and disaggregation, with both sides' values and the values they were
 * made of. Stored with a value flagged at submission (JSON in {@code quality_flags}), so it carries the rule's message
 * in both languages as it was then.
 *
 * @param indicatorCode the indicator the rule was applied to; null for a rule that names its indicators
 * @param sex the disaggregation checked; null where the rule fixes it on every operand (the sum of FEMALE and MALE)
 */
public record RuleFinding(long ruleId, String ruleCode, Importance importance, String messageZh, String messageEn,
        String indicatorCode, String jurisdiction, String period, String sex, String residence, String ageGroup,
        Operator operator, Side left, Side right, BigDecimal allowedDifference) {

    /** One side: its expression, its value and each operand's value. */
    public record Side(String expression, BigDecimal value, List<Part> operands) {

        /** The side with its numbers in: {@code 40 + 50}. */
        String substituted() {
            StringBuilder b = new StringBuilder();
            for (Part p : operands) {
                boolean negative = p.coefficient().signum() < 0;
                b.append(b.length() == 0 ? (negative ? "-" : "") : negative ? " - " : " + ");
                BigDecimal abs = p.coefficient().abs();
                if (p.indicatorCode() == null) {
                    b.append(abs.toPlainString());
                    continue;
                }
                if (abs.compareTo(BigDecimal.ONE) != 0) {
                    b.append(abs.toPlainString()).append(" × ");
                }
                b.append(p.value() == null ? "—" : p.value().toPlainString());
            }
            return b.toString();
        }
    }

    /**
     * A term of a side: an operand's value (null when it has none), or a constant ({@code indicatorCode} null).
     */
    public record Part(BigDecimal coefficient, String indicatorCode, RuleExpression.Field field, String sex, String residence,
            String ageGroup, BigDecimal value, UUID valueId) {
    }

    public BigDecimal difference() {
        return left.value().subtract(right.value());
    }

    /** The rule's own message in the language asked for. */
    public String message(Language language) {
        return language == Language.EN ? messageEn : messageZh;
    }

    /** Why a value is refused or flagged: the rule, its message and both sides with their numbers. */
    public Text text() {
        return Text.of("quality.rule.violated", ruleCode, messageZh, messageEn,
                Text.of("quality.rule.sides", left.substituted(), left.value().toPlainString(),
                        right.substituted(), right.value().toPlainString(),
                        Text.of(operator.key, allowedDifference.toPlainString())));
    }

    /** The ids of the stored or new values the finding was made of. */
    public List<UUID> valueIds() {
        return java.util.stream.Stream.concat(left.operands().stream(), right.operands().stream()).map(Part::valueId)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }
}
