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
        @NotNull OffsetDateTime madeAt,
        @Schema(description = "The selection's id (GET /api/v1/farmland/rankings/{id})") Long id,
        @Schema(description = "The day it was made") LocalDate selectedOn,
        @Schema(description = "Its public notice as of the day asked: the list is final only after a notice without objection "
                + "(000:1745)") cn.guihua.subsidy.notice.NoticeView notice,
        @Schema(description = "Whether awards may be paid on the day asked (for the units not held)") boolean awardsPayable,
        @Schema(description = "Parameters that would decide part of it and are not set (the notice's length and day kind, the "
                + "objection scope, the demonstration preference)") List<cn.guihua.subsidy.rules.ParameterName> missingParameters) {
}
