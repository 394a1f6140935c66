package cn.guihua.emergency.compliance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Records that one occurrence of a periodic duty was met")
public record NewDutyReport(
        @NotNull @Schema(description = "The due date of the occurrence met", example = "2025-03-31") LocalDate dueOn,
        @NotNull @Schema(example = "2025-03-20") LocalDate submittedOn,
        @Size(max = 200) @Schema(description = "Document number or file reference") String reference) {
}
