package cn.guihua.subsidy.farmland;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A year's selection: every candidate in rank order, the selected ones with their rewards")
public record RankingView(
        @NotNull @Schema(example = "370104") String district,
        @Schema(example = "2024") int year,
        @NotNull LocalDate asOf,
        List<RankedUnit> streets,
        List<RankedUnit> villages,
        @Schema(description = "A unit left out has the same score as the last one selected: the document gives no tie-break")
        boolean tieAtCutoff,
        @NotNull String madeBy,
        @NotNull OffsetDateTime madeAt) {
}
