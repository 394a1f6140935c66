package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutlierBound", description = "Min-max bounds a planner set for an indicator in a jurisdiction and below")
public record OutlierBoundView(
        @Schema(example = "1") long id,
        @NotNull @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @Schema(description = "Null: every period type") PeriodType periodType,
        @Schema(example = "0.5") BigDecimal min,
        @Schema(example = "10") BigDecimal max,
        String reason,
        @Schema(description = "Send it back with an update", example = "0") long version,
        @NotNull String createdBy,
        @NotNull OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt) {

    static OutlierBoundView of(OutlierBound b) {
        return new OutlierBoundView(b.id, b.indicatorCode, b.jurisdiction, b.periodType, b.min, b.max, b.reason, b.lockVersion,
                b.createdBy, b.createdAt, b.updatedBy, b.updatedAt);
    }
}
