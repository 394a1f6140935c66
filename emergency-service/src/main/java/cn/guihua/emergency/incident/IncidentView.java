package cn.guihua.emergency.incident;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.emergency.grading.Grade;
import cn.guihua.emergency.response.ResponseStatus;
import cn.guihua.emergency.response.ResponseViews;
import cn.guihua.emergency.rules.JurisdictionRules;

@Schema(name = "Incident", description = "An incident with its level, plan, who activates which response, and its clocks as of a time")
public record IncidentView(
        @NotNull UUID id,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull String title,
        @NotNull @Schema(example = "药品安全事件") String eventType,
        @Schema(example = "HY_DRUG_SAFETY") String gradingTable,
        @Schema(type = SchemaType.OBJECT, description = "The facts graded") JsonNode facts,
        @Schema(example = "2") Integer level,
        @Schema(description = "The level's name in the caller's language", example = "重大（Ⅱ级）") String levelName,
        @Schema(description = "GRADED by the table, ASSESSED by the recorder, or null") String levelBasis,
        List<Grade.Match> matched,
        UUID planId,
        @Schema(example = "槐荫区药品安全事件应急预案") String planTitle,
        @Schema(description = "Who activates and coordinates which response level for this incident") List<JurisdictionRules.ResponseLevel> responseActivation,
        @Schema(description = "The response's tier name, or the level as recorded", example = "Ⅱ级") String responseLevel,
        @Schema(description = "Where the response stands (GET .../response); null while none") ResponseStatus responseStatus,
        @Schema(description = "The tier of the plan the response runs at") Integer responseTier,
        @Schema(description = "Who handles an incident of this grade, with the clause") ResponseViews.HandlingView handling,
        @Schema(description = "Who sets up the on-site command for this grade, with the clauses") List<ResponseViews.OnSiteView> onSiteCommand,
        @NotNull OffsetDateTime occurredAt,
        @NotNull OffsetDateTime discoveredAt,
        OffsetDateTime responseStartedAt,
        OffsetDateTime responseEndedAt,
        @NotNull @Schema(description = "The time the clocks are shown at") OffsetDateTime asOf,
        List<ClockView> clocks,
        @Schema(description = "Clocks past their deadline without a report") long overdue,
        long version) {
}
