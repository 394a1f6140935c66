package cn.guihua.emergency.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The working day a number of working days after a date")
public record WorkingDayAnswer(
        @NotNull @Schema(description = "The day counted from (not counted itself)", example = "2022-11-24") LocalDate from,
        @Schema(description = "Working days counted", example = "20") int workingDays,
        @NotNull @Schema(description = "The last of them: the due date", example = "2022-12-22") LocalDate date) {
}
