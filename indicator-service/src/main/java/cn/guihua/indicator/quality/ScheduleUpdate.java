package cn.guihua.indicator.quality;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator's new reporting schedule: the period types it is reported for and their deadlines; "
        + "an empty list makes it follow the default again")
public record ScheduleUpdate(
        @NotNull @Size(max = 3) @Schema(required = true) List<@Valid @NotNull Deadline> periods,
        @Size(max = 2000) @Schema(description = "Why (audit)", example = "区卫健局要求季度报送") String reason) {

    @Schema(name = "ReportingDeadlineUpdate")
    public record Deadline(
            @NotNull @Schema(required = true) PeriodType periodType,
            @NotNull @Min(0) @Max(3660) @Schema(required = true, example = "30") Integer dueDays) {
    }
}
