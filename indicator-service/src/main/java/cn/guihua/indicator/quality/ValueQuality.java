package cn.guihua.indicator.quality;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reviewer sees of a value before approving it: the rules it violates now, and whether it is an outlier. */
@Schema(name = "ValueQuality", description = "A value's validation results and outlier flags, checked now against the current "
        + "values of its jurisdiction and period and its series' history")
public record ValueQuality(
        @Schema(description = "True when a rule is violated or the value is an outlier") boolean flagged,
        @Schema(description = "Every rule the value takes part in that is violated now, errors and warnings") List<RuleViolationView> validation,
        @Schema(description = "Empty unless the value is an outlier: by the configured method, and by a planner's bounds where set")
        List<OutlierFinding> outliers) {
}
