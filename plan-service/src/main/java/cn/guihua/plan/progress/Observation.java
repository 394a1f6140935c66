package cn.guihua.plan.progress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The latest approved monitoring value of a series (sex, residence and age group TOTAL)")
public record Observation(
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull UUID valueId,
        @NotNull @Schema(example = "2.8") BigDecimal value,
        @Schema(example = "‰") String unit,
        @NotNull @Schema(example = "2023") String period,
        @NotNull @Schema(example = "APPROVED") String status,
        @Schema(description = "Whether the value meets the target; null when one value cannot decide it "
                + "(decrease against a base year, change per year, direction) or the units differ") Boolean meets,
        @NotNull @Schema(description = "When plan-service applied it") OffsetDateTime updatedAt) {
}
