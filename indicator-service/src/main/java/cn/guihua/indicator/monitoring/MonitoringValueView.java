package cn.guihua.indicator.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.indicator.quality.RuleViolationView;
import cn.guihua.indicator.quality.ValueQuality;

@Schema(name = "MonitoringValue", description = "One version of a monitoring value (监测数据)")
public record MonitoringValueView(
        @NotNull UUID id,
        @Schema(description = "1 for the first submission, +1 per correction; send it back with a correction", example = "1") int version,
        @Schema(description = "The version this one replaced") UUID supersedes,
        @NotNull @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull @Schema(example = "2023") String period,
        @Schema(example = "2023") int year,
        @NotNull Sex sex,
        @NotNull Residence residence,
        @NotNull @Schema(example = "TOTAL") String ageGroup,
        @NotNull @Schema(example = "2.4") BigDecimal value,
        @Schema(example = "3") BigDecimal numerator,
        @Schema(example = "1250") BigDecimal denominator,
        @NotNull @Schema(example = "‰") String unit,
        @Schema(example = "区卫生健康局") String department,
        String comment,
        @NotNull ValueStatus status,
        @Schema(description = "Whether this is the version in force") boolean current,
        @NotNull @Schema(example = "reporter@370104") String reportedBy,
        @NotNull OffsetDateTime reportedAt,
        @Schema(description = "Why this version corrected the previous one") String reason,
        String reviewedBy,
        OffsetDateTime reviewedAt,
        @Schema(description = "The reviewer's reason") String reviewReason,
        @Schema(description = "Warning-level validation rules the value violated when it was stored: it was stored flagged "
                + "(empty when it passed every rule)") List<RuleViolationView> flags,
        @Schema(description = "Its validation results checked now (against the current values of its jurisdiction and period) "
                + "and its outlier flags, for the reviewer; null in a history and in a list without quality=true") ValueQuality quality) {

    static MonitoringValueView of(MonitoringValue v, List<RuleViolationView> flags, ValueQuality quality) {
        return new MonitoringValueView(v.id, v.version, v.supersedes, v.indicatorCode, v.jurisdiction, v.period, v.year,
                v.sex, v.residence, v.ageGroup, v.value, v.numerator, v.denominator, v.unit, v.department, v.comment,
                v.status, v.current, v.reportedBy, v.reportedAt, v.reason, v.reviewedBy, v.reviewedAt, v.reviewReason,
                flags, quality);
    }
}
