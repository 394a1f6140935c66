package cn.guihua.emergency.incident;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.rules.ReportingClockRule;

@Schema(name = "ReportingClock", description = "One deadline that an incident started")
public record ClockView(
        @NotNull @Schema(example = "DRUG_INITIAL_REPORT") String code,
        @NotNull @Schema(example = "初步认定为Ⅰ、Ⅱ、Ⅲ级的，2小时内向区政府和市市场监管部门报告") String name,
        @Schema(description = "For a repeating clock, which occurrence (1 = the first day)") Integer sequence,
        @NotNull ReportingClockRule.Start startsAt,
        @Schema(description = "Null while the start event has not happened") OffsetDateTime startedAt,
        @Schema(description = "Null while the start event has not happened") OffsetDateTime dueAt,
        @Schema(description = "Null while no report was made") OffsetDateTime fulfilledAt,
        @NotNull Status status,
        @NotNull @Schema(example = "000:2985-2987") String sourceRef) {

    @Schema(name = "ClockStatus")
    public enum Status {
        /** The start event (response start or end) has not happened yet */
        WAITING,
        /** Not fulfilled, not yet due */
        DUE,
        /** Fulfilled in time */
        MET,
        /** Fulfilled after the deadline */
        LATE,
        /** Not fulfilled and past the deadline */
        OVERDUE
    }
}
