package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A planner's validation rule: what it compares, how strict it is, what it says, where and to what it applies. */
@Schema(description = "A validation rule to add: left side, operator, right side over values of the same jurisdiction and period")
public record NewValidationRule(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$") @Schema(required = true, description = "Unique, upper case",
                example = "HUAIYIN_BIRTHS_SEX_SUM") String code,
        @NotNull @Schema(required = true, description = "ERROR refuses a submission that violates it; WARNING stores it flagged")
        Importance importance,
        @NotBlank @Size(max = RuleExpression.MAX_LENGTH) @Schema(required = true, description = "An expression over "
                + "`value`, `numerator`, `denominator` (数值, 分子, 分母), optionally of a named indicator (`value(INFANT_MORTALITY)`) "
                + "and a fixed disaggregation (`value[sex=FEMALE]`), with numbers, + - and *", example = "value[sex=FEMALE] + value[sex=MALE]")
        String left,
        @NotNull @Schema(required = true) Operator operator,
        @NotBlank @Size(max = RuleExpression.MAX_LENGTH) @Schema(required = true, example = "value[sex=TOTAL]") String right,
        @DecimalMin("0") @DecimalMax("1000000000000000") @Schema(description = "Allowed absolute difference, default 0", example = "0")
        BigDecimal tolerance,
        @DecimalMin("0") @DecimalMax("100") @Schema(description = "Allowed difference in percent of the right side, default 0", example = "0.5")
        BigDecimal tolerancePercent,
        @Schema(description = "Default SKIP_IF_ANY_VALUE_MISSING") MissingValueStrategy missingValueStrategy,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "女性与男性之和应等于合计") String messageZh,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "Female and male should add up to the total") String messageEn,
        @Size(max = 1000) @Schema(description = "The indicators it applies to (empty: every indicator of the value types and "
                + "units given); for a rule that names its indicators, those", example = "[\"LIVE_BIRTHS\"]") List<@NotBlank @Size(max = 200) String> indicatorCodes,
        @Size(max = 4) @Schema(description = "PERCENTAGE, RATE, COUNT, QUANTITY; empty: any") List<@NotBlank @Size(max = 20) String> valueTypes,
        @Size(max = 100) @Schema(description = "Units (‰, %, 人, ...); empty: any") List<@NotBlank @Size(max = 50) String> units,
        @Schema(description = "Where it applies, with the divisions below: default the caller's jurisdiction; an admin may leave it "
                + "out for everywhere", example = "370104") String jurisdiction,
        @Schema(description = "Default true") Boolean enabled) {
}
