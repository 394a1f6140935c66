package cn.guihua.emergency.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person who staffs a unit of an incident's command")
public record NewAssignment(
        @NotBlank @Size(max = 50) @Schema(description = "The code of a unit of the command", example = "MEDICAL_TREATMENT") String unitCode,
        @NotNull CommandAssignment.Role role,
        @NotBlank @Size(max = 100) @Schema(example = "张某某") String person,
        @Size(max = 200) @Schema(example = "区卫生健康局") String organisation,
        @Size(max = 50) @Schema(example = "0531-00000000") String phone) {
}
