package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule's new definition (its code and jurisdiction stay), with the version read. */
@Schema(description = "Replaces a validation rule's definition; send the version you read")
public record ValidationRuleUpdate(
        @NotNull @Schema(required = true, example = "0") Long version,
        @NotNull @Schema(required = true) Importance importance,
        @NotBlank @Size(max = RuleExpression.MAX_LENGTH) @Schema(required = true, example = "value[sex=FEMALE] + value[sex=MALE]") String left,
        @NotNull @Schema(required = true) Operator operator,
        @NotBlank @Size(max = RuleExpression.MAX_LENGTH) @Schema(required = true, example = "value[sex=TOTAL]") String right,
        @DecimalMin("0") @DecimalMax("1000000000000000") BigDecimal tolerance,
        @DecimalMin("0") @DecimalMax("100") BigDecimal tolerancePercent,
        MissingValueStrategy missingValueStrategy,
        @NotBlank @Size(max = 500) @Schema(required = true) String messageZh,
        @NotBlank @Size(max = 500) @Schema(required = true) String messageEn,
        @Size(max = 1000) List<@NotBlank @Size(max = 200) String> indicatorCodes,
        @Size(max = 4) List<@NotBlank @Size(max = 20) String> valueTypes,
        @Size(max = 100) List<@NotBlank @Size(max = 50) String> units,
        @Schema(description = "false: the rule is kept but not applied") Boolean enabled,
        @Size(max = 2000) @Schema(description = "Why it changed (audit)", example = "统计口径调整") String reason) {
}
