package cn.guihua.emergency.revision;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A circumstance that requires the plan to be revised")
public record NewRevisionTrigger(
        @Schema(description = "Code of one of the jurisdiction's revision circumstances (GET /api/v1/rules/{jurisdiction}); "
                + "required where the jurisdiction lists them", example = "3") Integer circumstance,
        @NotBlank @Size(max = 2000) @Schema(example = "辖区新增危险化学品储存企业，面临的风险发生重大变化") String description,
        @NotNull @Schema(example = "2024-03-01") LocalDate raisedOn) {
}
