package cn.guihua.credit.record;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A market-entity credit record (87号): one of the five information types (002:758-784). */
@Schema(description = "A market-entity credit record of one of the five information types (002:758-784)")
public record EntityRecordData(
        @NotNull @Schema(description = "BASIC 基础信息, POSITIVE 诚信信息, NEGATIVE 失信信息, SEVERE_LIST 严重失信主体名单信息, OTHER 其他信息") InfoType infoType,
        @Schema(description = "CRIMINAL_PENALTY for 刑事处罚信息 (NEGATIVE, no row: it downgrades to D, 002:789)") Subtype subtype,
        @Pattern(regexp = "^ME-\\d{2}-\\d{2}$") @Schema(description = "The annex row (null for BASIC, OTHER and criminal penalties)", example = "ME-11-03") String row,
        @NotNull @Schema(description = "信息形成之日", example = "2022-03-10") LocalDate formedOn,
        @Schema(description = "Under which principle of 002:785 the department records it") RecordingKind recordingKind,
        @Size(max = 200) @Schema(description = "The administrative act (decision number): one act of one organ counts once at its highest, 002:800", example = "张市监罚〔2022〕31号") String actId,
        @Size(max = 200) @Schema(description = "The violation: several acts for one violation add up, 002:800", example = "V1") String violationId,
        @Schema(description = "SUMMARY (简易程序) penalties are not collected (002:789)") Procedure procedure,
        @Schema(description = "违法行为轻微且主动消除、减轻违法行为危害后果: not collected (002:789)") Boolean minorAndRemedied,
        @Schema(description = "The act was changed, partly revoked, revoked or confirmed unlawful (002:817)") ActStatus actStatus,
        @Schema(description = "The day of the revocation or change", example = "2022-08-01") LocalDate statusDate,
        @Pattern(regexp = "^ME-\\d{2}-\\d{2}$") @Schema(description = "For a changed act: the row of the original decision", example = "ME-11-05") String originalRow,
        @Schema(description = "Range rows only: the points the department fixed within the printed range", example = "-100") Integer points,
        @Valid Facts facts) {

    @Schema(name = "EntityInfoType")
    public enum InfoType { BASIC, POSITIVE, NEGATIVE, SEVERE_LIST, OTHER }

    @Schema(name = "EntitySubtype")
    public enum Subtype { CRIMINAL_PENALTY }

    public enum RecordingKind { LICENSING, CONFIRMING, INSPECTING, PENALISING, DESIGNATING }

    public enum Procedure { GENERAL, SUMMARY }

    @Schema(name = "ActStatus")
    public enum ActStatus { CONFIRMED, CHANGED, PARTLY_REVOKED, REVOKED, CONFIRMED_UNLAWFUL }

    public Facts factsOrNone() {
        return Facts.orNone(facts);
    }
}
