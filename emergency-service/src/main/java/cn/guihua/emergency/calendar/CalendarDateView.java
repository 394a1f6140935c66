package cn.guihua.emergency.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarDate", description = "Whether a date is a working day under the official calendar")
public record CalendarDateView(
        @NotNull @Schema(example = "2022-10-08") LocalDate date,
        @NotNull @Schema(example = "SATURDAY") DayOfWeek dayOfWeek,
        @Schema(description = "True for a working day", example = "true") boolean workingDay,
        @Schema(description = "The notice's entry for the date: HOLIDAY = 放假, WORKDAY = 调休上班; null for an ordinary "
                + "weekday or weekend") CalendarDay.Kind kind,
        @Schema(description = "The entry's name; null for an ordinary day", example = "国庆节调休上班") String name) {
}
