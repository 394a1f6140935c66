package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.paging.Page;

@Schema(name = "CompletenessReport", description = "Reporting completeness (报送完整性与及时性): who was expected to report which "
        + "indicators for which periods, who did, who did late, who is overdue, and the rates")
public record CompletenessReport(
        @NotNull @Schema(example = "370104") String jurisdiction,
        @Schema(example = "槐荫区") String jurisdictionName,
        @Schema(example = "370104-children-2021") String plan,
        @Schema(example = "2021") String periodFrom,
        @Schema(example = "2022") String periodTo,
        @NotNull @Schema(description = "The day the statuses are judged on (China Standard Time)") LocalDate asOf,
        @Schema(description = "The jurisdiction, then its streets") List<Unit> units,
        @Schema(description = "What they were expected to report, with the plans that ask for it and its schedule") List<Indicator> indicators,
        @Schema(description = "The rate per jurisdiction and indicator") List<Rate> rates,
        @Schema(description = "The rate per jurisdiction, over its indicators") List<Rate> byJurisdiction,
        @Schema(description = "The rate per indicator, over the units") List<Rate> byIndicator,
        @NotNull Rate total,
        @NotNull @Schema(description = "One page of the expected reports (unit × indicator × period), by indicator, period "
                + "type, period and unit; `status` keeps those of one status") Reports cells) {

    /** A page of the expected reports (the platform's page, named for the spec). */
    @Schema(name = "ExpectedReportPage", description = "One page of expected reports")
    public record Reports(
            @NotNull List<ExpectedReport> items,
            @Schema(description = "Zero-based page number", example = "0") int page,
            @Schema(example = "20") int size,
            @Schema(description = "Items across all pages", example = "42") long total,
            @Schema(description = "Pages in all", example = "3") int totalPages) {

        static Reports of(Page<ExpectedReport> p) {
            return new Reports(p.items(), p.page(), p.size(), p.total(), p.totalPages());
        }
    }

    @Schema(name = "ReportStatus")
    public enum Status {
        /** Reported by its deadline. */
        ON_TIME,
        /** Reported after its deadline. */
        LATE,
        /** Not reported, and the deadline passed. */
        OVERDUE,
        /** Not reported, the deadline not yet passed: not counted in the rates. */
        OPEN
    }

    @Schema(name = "ReportingUnit", description = "A jurisdiction expected to report")
    public record Unit(@NotNull @Schema(example = "370104001") String code, @Schema(example = "振兴街街道") String name) {
    }

    @Schema(name = "ExpectedIndicator")
    public record Indicator(
            @NotNull @Schema(example = "NEONATAL_MORTALITY") String code,
            @Schema(example = "新生儿死亡率") String name,
            @Schema(description = "The plans whose targets ask for it") List<String> plans,
            @Schema(description = "The period types it is reported for and their deadlines") List<ScheduleView.Entry> schedule) {
    }

    @Schema(name = "ExpectedReport", description = "One unit's report of one indicator for one period")
    public record ExpectedReport(
            @NotNull @Schema(example = "370104001") String jurisdiction,
            @NotNull @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
            @NotNull @Schema(example = "2022") String period,
            @NotNull PeriodType periodType,
            @NotNull @Schema(description = "The last day it was due on", example = "2023-03-31") LocalDate dueDate,
            @NotNull Status status,
            @Schema(description = "When it was first reported (null: not reported, or only rejected values)") OffsetDateTime reportedAt,
            @Schema(description = "LATE: days after the deadline", example = "12") Integer daysLate,
            @Schema(description = "OVERDUE: days since the deadline", example = "40") Integer daysOverdue) {
    }

    @Schema(name = "ReportingRate", description = "Counts and rates of a jurisdiction, an indicator, both, or everything; "
            + "the rates are of the reports whose deadline passed or that were made")
    public record Rate(
            @Schema(example = "370104001") String jurisdiction,
            @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
            @Schema(description = "Reports due (deadline passed) or made", example = "4") int expected,
            @Schema(example = "3") int reported,
            @Schema(example = "2") int onTime,
            @Schema(example = "1") int late,
            @Schema(example = "1") int overdue,
            @Schema(description = "Not reported, still within the deadline", example = "0") int open,
            @Schema(description = "reported / expected, in percent; null when none was expected", example = "75") BigDecimal rate,
            @Schema(description = "onTime / expected, in percent", example = "50") BigDecimal onTimeRate) {
    }
}
