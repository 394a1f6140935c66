package cn.guihua.emergency.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarYear", description = "The official holidays and make-up working days of one year")
public record CalendarYearView(
        @Schema(example = "2022") int year,
        @NotNull @Schema(description = "The notice the days come from", example = "国办发明电〔2021〕11号") String source,
        List<Day> days,
        @Schema(description = "Send back with an update (optimistic concurrency)", example = "0") long version) {

    @Schema(name = "CalendarDay")
    public record Day(
            @NotNull @Schema(example = "2022-10-08") LocalDate date,
            @NotNull @Schema(description = "HOLIDAY = 放假, WORKDAY = 调休上班 (a weekend day that is worked)") CalendarDay.Kind kind,
            @NotNull @Schema(example = "国庆节调休上班") String name) {
    }

    static CalendarYearView of(CalendarYear y, List<CalendarDay> days) {
        return new CalendarYearView(y.year, y.source,
                days.stream().map(d -> new Day(d.day, d.kind, d.name)).toList(), y.version);
    }
}
