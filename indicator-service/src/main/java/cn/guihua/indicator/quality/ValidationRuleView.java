package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.RequestLanguage;

@Schema(name = "ValidationRule", description = "A validation rule (校验规则): left side, operator, right side over values of the "
        + "same jurisdiction and period, its importance, message and the indicators it applies to")
public record ValidationRuleView(
        @Schema(example = "1") long id,
        @NotNull @Schema(example = "SEX_SUM") String code,
        @NotNull Importance importance,
        @NotNull @Schema(example = "value[sex=FEMALE] + value[sex=MALE]") String left,
        @NotNull Operator operator,
        @NotNull @Schema(example = "value[sex=TOTAL]") String right,
        @NotNull @Schema(example = "0") BigDecimal tolerance,
        @NotNull @Schema(example = "0") BigDecimal tolerancePercent,
        @NotNull MissingValueStrategy missingValueStrategy,
        @NotNull @Schema(description = "In the caller's language", example = "女性与男性之和应等于合计") String message,
        @NotNull String messageZh,
        @NotNull String messageEn,
        @Schema(description = "Empty: every indicator of the value types and units") List<String> indicatorCodes,
        List<String> valueTypes,
        List<String> units,
        @Schema(description = "Where it applies (and below); null: everywhere", example = "370104") String jurisdiction,
        @NotNull RuleOrigin origin,
        boolean enabled,
        @Schema(description = "Send it back with an update", example = "0") long version,
        @NotNull String createdBy,
        @NotNull OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt) {

    static ValidationRuleView of(ValidationRule r) {
        Language language = RequestLanguage.current();
        return new ValidationRuleView(r.id, r.code, r.importance, r.leftSide, r.operator, r.rightSide, r.tolerance,
                r.tolerancePercent, r.missingValueStrategy, language == Language.EN ? r.messageEn : r.messageZh, r.messageZh,
                r.messageEn, ValidationRule.split(r.indicatorCodes), ValidationRule.split(r.valueTypes),
                ValidationRule.split(r.units), r.jurisdiction, r.origin, r.enabled, r.lockVersion, r.createdBy, r.createdAt,
                r.updatedBy, r.updatedAt);
    }
}
