package cn.guihua.subsidy.rules;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rule applied in a calculation: what it read, what it worked out, and the clause it comes from. */
@Schema(description = "One rule applied, with its inputs, intermediate values, result and source clause")
public record Step(
        @NotNull @Schema(example = "F1A_CULTIVATED_TARGET") String rule,
        @NotNull Clause clause,
        Map<String, Object> inputs,
        Map<String, Object> values,
        @Schema(description = "What the step yields: points, an amount, true/false") Object result,
        String note) {
}
