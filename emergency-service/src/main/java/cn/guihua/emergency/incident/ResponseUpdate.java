package cn.guihua.emergency.incident;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Starts, adjusts or ends the response to an incident")
public record ResponseUpdate(
        @Size(max = 50) @Schema(description = "The response level as the jurisdiction names it", example = "Ⅳ级") String responseLevel,
        @Schema(example = "2026-11-20T10:00:00+08:00") OffsetDateTime startedAt,
        @Schema(description = "When the response was terminated (应急响应终止)") OffsetDateTime endedAt,
        @NotNull @Schema(description = "The version you read", example = "0") Long version) {
}
