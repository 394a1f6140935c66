package cn.guihua.indicator.quality;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingSchedule", description = "When an indicator is to be reported: each period type it is reported "
        + "for, with the days after the period's end by which the report is due")
public record ScheduleView(
        @NotNull @Schema(description = "The indicator's code, or * for the default every indicator without one of its own follows",
                example = "NEONATAL_MORTALITY") String indicatorCode,
        @Schema(description = "False: the indicator follows the default") boolean own,
        List<Entry> periods,
        String setBy,
        OffsetDateTime setAt) {

    @Schema(name = "ReportingDeadline", description = "A period type reported for and its deadline")
    public record Entry(
            @NotNull PeriodType periodType,
            @Schema(description = "Days after the period's last day by which the report is due (0: on the last day)", example = "90")
            int dueDays) {
    }
}
