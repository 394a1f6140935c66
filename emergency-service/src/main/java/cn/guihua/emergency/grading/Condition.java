package cn.guihua.emergency.grading;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** A test of one metric: {@code min <= value}, {@code value <= max}, {@code value < below}, {@code value == equals}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "GradingCondition", description = "A test of one metric; every bound given must hold")
public record Condition(
        @NotBlank @Size(max = 100) @Schema(example = "similarAdverseEventCases") String metric,
        @Schema(description = "Inclusive lower bound (…人（含）以上)", example = "30") BigDecimal min,
        @Schema(description = "Inclusive upper bound (…人（含）以下)") BigDecimal max,
        @Schema(description = "Exclusive upper bound (少于…)", example = "50") BigDecimal below,
        @Schema(description = "Exact value: a number or true/false") JsonNode equals) {

    boolean holds(JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (equals != null && !equals.isNull()) {
            return equals.isNumber() && value.isNumber() ? equals.decimalValue().compareTo(value.decimalValue()) == 0 : equals.equals(value);
        }
        if (!value.isNumber()) {
            return false;
        }
        BigDecimal v = value.decimalValue();
        return (min == null || v.compareTo(min) >= 0) && (max == null || v.compareTo(max) <= 0) && (below == null || v.compareTo(below) < 0);
    }
}
