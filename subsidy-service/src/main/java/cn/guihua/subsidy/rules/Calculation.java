package cn.guihua.subsidy.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.json.Money;

/** A calculation's result and its explanation: every rule applied, in order. */
@Schema(description = "Result and explanation of a calculation")
public record Calculation(
        @NotNull @Schema(example = "LANSHAN_LISTING") String policy,
        @NotNull @Schema(description = "The date the rules and parameters were taken as of", example = "2024-06-30") LocalDate asOf,
        @NotNull CalculationStatus status,
        @Money @Schema(description = "Amount in yuan, 2 decimals; null unless CALCULATED", example = "5000000.00") BigDecimal amount,
        @Schema(description = "Why, in one sentence", example = "企业完成上市后，一次性给予财政资金补助 500 万元") String summary,
        List<Step> steps,
        @Schema(description = "The rule whose step decides the answer (for a refusal, the one that refuses)", example = "GROWTH_RANKING")
        String rule,
        @Schema(description = "Named results besides the amount (counts, dates, flags), as the rules define them")
        Map<String, Object> results,
        @Schema(description = "Parameters that decide part of the answer and that no officer has set; each is named in the step "
                + "that needs it") List<ParameterName> missingParameters) {

    public Calculation(String policy, LocalDate asOf, CalculationStatus status, BigDecimal amount, String summary, List<Step> steps) {
        this(policy, asOf, status, amount, summary, steps, null, Map.of(), List.of());
    }

    public static BigDecimal yuan(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
