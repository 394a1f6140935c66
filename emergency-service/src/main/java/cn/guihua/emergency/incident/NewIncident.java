package cn.guihua.emergency.incident;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "An incident to record. With a grading table and facts the level is graded; without one (or when no "
        + "criterion matches) the recorder may state an assessed level.")
public record NewIncident(
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(example = "370104") String jurisdiction,
        @NotBlank @Size(max = 200) @Schema(example = "某批号注射液群体不良事件") String title,
        @NotBlank @Size(max = 100) @Schema(example = "药品安全事件") String eventType,
        @Schema(example = "HY_DRUG_SAFETY") String gradingTable,
        @Schema(type = SchemaType.OBJECT, description = "Metric name to a number or true/false", example = "{\"similarAdverseEventCases\": 35}") JsonNode facts,
        @Min(1) @Max(4) @Schema(description = "Assessed level 1-4 where no criterion decides it") Integer assessedLevel,
        @Schema(description = "The applicable plan; default the grading table's plan") UUID planId,
        @NotNull @Schema(example = "2026-11-20T08:00:00+08:00") OffsetDateTime occurredAt,
        @NotNull @Schema(description = "When the responsible district department learned of it (发现、获知)",
                example = "2026-11-20T09:30:00+08:00") OffsetDateTime discoveredAt) {
}
