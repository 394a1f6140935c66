package cn.guihua.subsidy.rules;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One rule applied in a calculation: what it read, what it worked out, and the clause it comes from. A step that
 * decides on its own (a reward item, a condition) has its own {@code status}; {@code parameters} are the
 * officer-set values it read (configuration, not the document's words).
 */
@Schema(description = "One rule applied, with its inputs, intermediate values, result and source clause")
public record Step(
        @NotNull @Schema(example = "F1A_CULTIVATED_TARGET") String rule,
        @NotNull Clause clause,
        Map<String, Object> inputs,
        Map<String, Object> values,
        @Schema(description = "What the step yields: points, an amount, true/false") Object result,
        String note,
        @Schema(description = "This step's own outcome where it decides an item: CALCULATED, NOT_ELIGIBLE (the rule excludes "
                + "it) or NOT_CONFIGURED (a parameter it needs is not set); null for a step that only informs") CalculationStatus status,
        @Schema(description = "The officer-set parameters the step read, each with its value, date, setter and legal basis")
        List<ParameterUse> parameters) {

    public Step(String rule, Clause clause, Map<String, Object> inputs, Map<String, Object> values, Object result, String note) {
        this(rule, clause, inputs, values, result, note, null, List.of());
    }
}
