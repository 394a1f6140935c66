package cn.guihua.emergency.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Replaces a year's holidays and make-up working days")
public record CalendarYearUpdate(
        @NotBlank @Size(max = 200) @Schema(example = "国办发明电〔2026〕1号") String source,
        @NotNull List<@NotNull @Valid Day> days,
        @Schema(description = "The version you read; omit when adding a new year", example = "0") Long version) {

    @Schema(name = "CalendarDayUpdate")
    public record Day(
            @NotNull @Schema(example = "2027-01-01") LocalDate date,
            @NotNull CalendarDay.Kind kind,
            @NotBlank @Size(max = 100) @Schema(example = "元旦") String name) {
    }
}
