package cn.guihua.subsidy.directdelivery;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;

/** A policy's three deadlines as stored: each with its rule, the days counted and why a date is missing. */
public record Deadlines(Deadline upload, Deadline decomposition, Deadline interpretation) {

    @Schema(name = "DirectDeliveryDeadline", description = "A deadline in working days on emergency-service's calendar (the day of the "
            + "event not counted), with every working day counted")
    public record Deadline(
            @Schema(example = "UPLOAD_NATIONAL_PROVINCIAL") String rule,
            Clause clause,
            @Schema(description = "Who owes it", example = "CITY_DEPARTMENT") String responsible,
            @Schema(example = "7") int workingDays,
            @Schema(description = "The day counted from (not counted itself)", example = "2024-09-26") LocalDate from,
            @Schema(description = "The last of the working days; null when it cannot be worked out (see dueNote)", example = "2024-10-11") LocalDate due,
            List<LocalDate> workingDaysCounted,
            @Schema(description = "Why there is no due date: CALENDAR_NOT_CONFIGURED (the count runs past the years the calendar has), "
                    + "NOT_CONFIGURED (a parameter), AWAITING_UPLOAD (counted from an upload not made yet)", example = "CALENDAR_NOT_CONFIGURED")
            String dueNote,
            @Schema(description = "The unset parameter, for NOT_CONFIGURED") ParameterName parameter,
            List<ParameterUse> parameters) {
    }
}
