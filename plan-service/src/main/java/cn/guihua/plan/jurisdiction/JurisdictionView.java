package cn.guihua.plan.jurisdiction;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Jurisdiction", description = "An administrative division (行政区划)")
public record JurisdictionView(
        @Schema(example = "370104") String code,
        @Schema(example = "槐荫区") String name,
        JurisdictionLevel level,
        @Schema(example = "370100") String parentCode,
        OffsetDateTime updatedAt,
        @Schema(description = "Send back with an update (optimistic concurrency)", example = "0") long version) {

    static JurisdictionView of(Jurisdiction j) {
        return new JurisdictionView(j.code, j.name, j.level, j.parentCode, j.updatedAt, j.version);
    }
}
