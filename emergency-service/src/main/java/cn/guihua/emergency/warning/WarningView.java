package cn.guihua.emergency.warning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.catalogue.EventCategory;
import cn.guihua.emergency.reference.Clause;
import cn.guihua.emergency.reference.Colour;
import cn.guihua.emergency.reference.GovLevel;
import cn.guihua.emergency.reference.NoticeKind;

@Schema(name = "Warning", description = "A warning (预警) with its history")
public record WarningView(
        @NotNull UUID id,
        @NotNull @Schema(description = "The area covered", example = "370104") String jurisdiction,
        @NotNull @Schema(example = "HY_OVERALL") String planCode,
        @NotNull @Schema(example = "济南市槐荫区突发事件总体应急预案") String planTitle,
        @NotNull @Schema(description = "The rule row of the plan for the current level", example = "HY_OVERALL-NATURAL-4") String authorityId,
        @NotNull EventCategory category,
        String eventType,
        @Schema(example = "4") Integer level,
        @Schema(description = "The level (or notice kind) in the caller's language", example = "四级（蓝色）") String levelName,
        Colour color,
        NoticeKind noticeKind,
        @NotNull WarningStatus status,
        @NotNull GovLevel issuerLevel,
        @NotNull @Schema(example = "槐荫区应急管理局") String issuerBody,
        String authorisedBy,
        @Schema(description = "Issued above the jurisdiction and recorded by it") boolean issuedAbove,
        Map<String, String> content,
        List<Item> channels,
        @Schema(description = "The measures taken") List<Item> measuresTaken,
        @Schema(description = "The measures the plan offers for this level") List<Item> measuresOffered,
        @NotNull OffsetDateTime issuedAt,
        OffsetDateTime liftedAt,
        @NotNull @Schema(description = "Who issues a warning of this level, as the plan says") Clause issuedUnder,
        @NotNull @Schema(description = "The day the plan's rules took effect") LocalDate rulesInForceFrom,
        @Schema(description = "Every step, oldest first") List<Step> history,
        @Schema(description = "ADJUST and LIFT while not lifted") List<String> allowedActions,
        long version) {

    @Schema(name = "WarningItem", description = "A channel or measure with its text")
    public record Item(@NotNull @Schema(example = "EMERGENCY_BROADCAST") String code, @Schema(example = "②") String mark,
            @NotNull @Schema(example = "应急广播") String text, String sourceRef) {
    }

    @Schema(name = "WarningStep", description = "One step of a warning: who, when, and the clause that allows it")
    public record Step(@NotNull WarningStep.Action action, @NotNull WarningStatus status, Integer level, Integer fromLevel,
            @NotNull @Schema(example = "槐荫区应急管理局") String actorBody, @NotNull GovLevel actorLevel, String authorisedBy,
            @NotNull OffsetDateTime at, String reason, List<String> channels, List<Integer> measures,
            @NotNull @Schema(example = "000:1311") String sourceRef,
            @NotNull @Schema(description = "Token subject of who recorded it") String recordedBy,
            @NotNull OffsetDateTime recordedAt) {
    }
}
