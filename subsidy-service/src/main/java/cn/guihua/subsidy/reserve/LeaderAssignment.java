package cn.guihua.subsidy.reserve;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Assigns a district leader (包挂) for a year; send the version you read")
public record LeaderAssignment(
        @NotBlank @Size(max = 50) @Schema(example = "某副区长") String leader,
        @NotNull @Min(2022) @Max(2100) @Schema(example = "2024") Integer year,
        @NotNull @Schema(example = "0") Integer version,
        @Schema(description = "The day the leader takes the enterprise on; today when absent", example = "2024-01-15") java.time.LocalDate assignedOn) {

    public LeaderAssignment(String leader, Integer year, Integer version) {
        this(leader, year, version, null);
    }
}
