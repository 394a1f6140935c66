package cn.guihua.emergency.incident;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A report or release made against one of the incident's clocks")
public record NewReport(
        @NotBlank @Size(max = 50) @Schema(example = "DRUG_INITIAL_REPORT") String clock,
        @NotNull @Schema(example = "2026-11-20T11:00:00+08:00") OffsetDateTime submittedAt,
        @Size(max = 2000) String note) {
}
