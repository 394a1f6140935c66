package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The yearly warning the plans require on indicators 「预计达标困难、波动较大」")
public record Warnings(
        @NotNull @Schema(example = "370104-children-2021") String planCode,
        @Schema(example = "2023") int year,
        boolean includePending,
        @Schema(description = "Targets at risk or off track") List<TargetEvaluation> expectedMisses,
        @Schema(description = "The threshold used; null when none is configured or given, and then no series is checked", example = "30") BigDecimal changeThresholdPercent,
        List<LargeChange> largeChanges) {
}
