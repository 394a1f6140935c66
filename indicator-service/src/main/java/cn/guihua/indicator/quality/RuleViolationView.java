package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.i18n.Language;

/** A violated validation rule as the API shows it: the rule, where, and both sides with their values. */
@Schema(name = "RuleViolation", description = "A validation rule violated in one jurisdiction, period and disaggregation, "
        + "with both sides' values and the values they were made of")
public record RuleViolationView(
        @Schema(example = "1") long ruleId,
        @NotNull @Schema(example = "SEX_SUM") String ruleCode,
        @NotNull Importance importance,
        @NotNull @Schema(description = "The rule's message in the caller's language", example = "女性与男性之和应等于合计") String message,
        @Schema(description = "The indicator the rule was applied to (null for a rule naming its indicators)", example = "LIVE_BIRTHS") String indicatorCode,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull @Schema(example = "2023") String period,
        @Schema(description = "The disaggregation checked; null where the rule fixes it on its operands", example = "TOTAL") String sex,
        @Schema(example = "TOTAL") String residence,
        @Schema(example = "TOTAL") String ageGroup,
        @NotNull Operator operator,
        @NotNull Side left,
        @NotNull Side right,
        @NotNull @Schema(description = "The difference the rule allows (its tolerance)", example = "0") BigDecimal allowedDifference,
        @NotNull @Schema(description = "Left minus right", example = "-10") BigDecimal difference) {

    @Schema(name = "RuleViolationSide", description = "One side of a violated rule")
    public record Side(
            @NotNull @Schema(example = "value[sex=FEMALE] + value[sex=MALE]") String expression,
            @NotNull @Schema(example = "90") BigDecimal value,
            List<Operand> operands) {
    }

    @Schema(name = "RuleViolationOperand", description = "A term of a side: a value of the jurisdiction and period (or a constant, without an indicator)")
    public record Operand(
            @NotNull @Schema(example = "1") BigDecimal coefficient,
            @Schema(example = "LIVE_BIRTHS") String indicatorCode,
            RuleExpression.Field field,
            @Schema(example = "FEMALE") String sex,
            @Schema(example = "TOTAL") String residence,
            @Schema(example = "TOTAL") String ageGroup,
            @Schema(description = "Null when the value is missing", example = "40") BigDecimal value,
            @Schema(description = "The monitoring value it is (null for a constant, a missing value, or a row not written)") UUID valueId) {
    }

    public static RuleViolationView of(RuleFinding f, Language language) {
        return new RuleViolationView(f.ruleId(), f.ruleCode(), f.importance(), f.message(language), f.indicatorCode(),
                f.jurisdiction(), f.period(), f.sex(), f.residence(), f.ageGroup(), f.operator(), side(f.left()), side(f.right()),
                f.allowedDifference(), f.difference());
    }

    private static Side side(RuleFinding.Side s) {
        return new Side(s.expression(), s.value(), s.operands().stream().map(p -> new Operand(p.coefficient(), p.indicatorCode(),
                p.field(), p.sex(), p.residence(), p.ageGroup(), p.value(), p.valueId())).toList());
    }
}
