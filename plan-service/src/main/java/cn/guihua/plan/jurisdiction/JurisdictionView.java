package cn.guihua.plan.jurisdiction;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Jurisdiction", description = "An administrative division (行政区划)")
public record JurisdictionView(
        @NotNull @Schema(example = "370104") String code,
        @NotNull @Schema(example = "槐荫区") String name,
        @NotNull JurisdictionLevel level,
        @Schema(description = "Null for a province", example = "370100") String parentCode,
        @NotNull OffsetDateTime updatedAt,
        @Schema(description = "Send back with an update (optimistic concurrency)", example = "0") long version) {

    static JurisdictionView of(Jurisdiction j) {
        return new JurisdictionView(j.code, j.name, j.level, j.parentCode, j.updatedAt, j.version);
    }
}
