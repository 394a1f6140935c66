package cn.guihua.indicator.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every target of a plan evaluated in one year")
public record PlanEvaluation(
        @NotNull @Schema(example = "370104-children-2021") String planCode,
        @Schema(example = "济南市槐荫区“十四五”儿童发展规划") String planTitle,
        @Schema(example = "2023") int year,
        @Schema(description = "Whether values pending review were counted") boolean includePending,
        @NotNull @Schema(description = "When plan-service served the catalogue copy the targets come from") OffsetDateTime catalogueFetchedAt,
        @Schema(description = "Targets per status") Map<TargetStatus, Integer> counts,
        List<TargetEvaluation> targets) {
}
