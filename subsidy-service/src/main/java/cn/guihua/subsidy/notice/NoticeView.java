package cn.guihua.subsidy.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;

@Schema(description = "A public notice (公示) and where it stands on the day asked. Money is paid only once it is FINAL (for a "
        + "selection: for the units not held)")
public record NoticeView(
        @NotNull UUID id,
        @NotNull @Schema(example = "PROCESS_PUBLIC_NOTICE") String rule,
        @NotNull Clause clause,
        @NotNull @Schema(example = "2024-06-20") LocalDate postedOn,
        @Schema(description = "The last day of the notice; null while its length is not configured or the calendar does not reach it",
                example = "2024-06-27") LocalDate noticeEndsOn,
        @Schema(description = "The first day money may be paid if nothing holds it", example = "2024-06-28") LocalDate payableFrom,
        @Schema(example = "7") Integer days,
        @Schema(description = "CALENDAR or WORKING", example = "CALENDAR") String dayKind,
        Boolean firstDayCounted,
        @Schema(description = "Working-day notices: the days counted") List<LocalDate> workingDaysCounted,
        @Schema(description = "Why there is no end date") String note,
        List<ParameterUse> parameters,
        List<ParameterName> missingParameters,
        @NotNull @Schema(description = "The day the status is given for") LocalDate asOf,
        @NotNull @Schema(description = "NOT_POSTED (asked before the posting day), IN_NOTICE, NOTICE_OBJECTED (an objection raised during "
                + "the notice and not resolved holds it), OBJECTION_UPHELD, FINAL", example = "IN_NOTICE") String status,
        @Schema(description = "The day it became or becomes final; null while held or open-ended", example = "2024-06-28") LocalDate finalOn,
        @Schema(description = "A selection's units held by an objection") List<String> held,
        @Schema(description = "A selection's units final on the day asked") List<String> finalUnits,
        List<ObjectionView> objections) {

    @Schema(name = "ObjectionView", description = "An objection; duringNotice says whether it holds the notice (one raised after the "
            + "notice ended is recorded as a complaint and holds nothing)")
    public record ObjectionView(
            @NotNull UUID id,
            String unit,
            @NotNull LocalDate raisedOn,
            String raisedBy,
            String text,
            Boolean duringNotice,
            LocalDate resolvedOn,
            Objection.Outcome outcome,
            String resolution,
            String department,
            int version) {
    }
}
