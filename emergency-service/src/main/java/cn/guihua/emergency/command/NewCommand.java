package cn.guihua.emergency.command;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Sets up an incident's command from its plan's template")
public record NewCommand(
        @Size(max = 20) @Schema(description = "Template bodies to set up; default the plan's headquarters, their office and the "
                + "on-site command", example = "[\"SPECIAL_HQ\", \"HQ_OFFICE\", \"ON_SITE_HQ\"]") List<@NotBlank @Size(max = 50) String> bodies,
        @Size(max = 30) @Schema(description = "Working groups to set up (具体编组视工作需要确定); default all of the template",
                example = "[\"COORDINATION\", \"MEDICAL_TREATMENT\"]") List<@NotBlank @Size(max = 50) String> groups,
        @Size(max = 200) @Schema(description = "Who sets up the on-site command; default as the plan says for the grade, "
                + "required where it does not say", example = "区指挥部") String setUpBy,
        @Schema(description = "When; default now") OffsetDateTime setUpAt) {
}
