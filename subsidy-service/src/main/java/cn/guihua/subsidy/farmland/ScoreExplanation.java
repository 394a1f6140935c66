package cn.guihua.subsidy.farmland;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.subsidy.rules.Step;

@Schema(description = "A score with every rule applied, its inputs and its clause")
public record ScoreExplanation(
        @NotNull UUID assessmentId,
        @NotNull @Schema(example = "370104001") String jurisdiction,
        @Schema(example = "2024") int year,
        @NotNull @Schema(description = "Rules as of this date (1 January of the selection year)") LocalDate asOf,
        @Schema(description = "The peer average item 一.3 compares with, 亩") BigDecimal average,
        @NotNull ScoreSummary score,
        List<Step> steps) {
}
