package cn.guihua.emergency.calendar;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The working day a number of working days after a date")
public record WorkingDayAnswer(
        @Schema(example = "2022-11-24") LocalDate from,
        @Schema(example = "20") int workingDays,
        @Schema(example = "2022-12-22") LocalDate date) {
}
