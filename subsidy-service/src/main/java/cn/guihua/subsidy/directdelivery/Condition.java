package cn.guihua.subsidy.directdelivery;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One 申请条件 of an item as a tag condition: EQ (the tag equals the value), GTE/LTE (numbers, inclusive), CONTAINS (the
 * tag's list holds the value), CONTAINS_ANY (it holds one of the values).
 */
@Schema(name = "DirectDeliveryCondition", description = "申请条件 as a condition on an enterprise tag")
public record Condition(
        @NotNull Tag tag,
        @NotNull Op op,
        @NotNull @Schema(anyOf = { String.class, java.math.BigDecimal.class, String[].class }, description = "A text or number; for "
                + "CONTAINS_ANY a list of texts", example = "371302") JsonNode value) {

    public enum Op {
        EQ, GTE, LTE, CONTAINS, CONTAINS_ANY
    }
}
