package cn.guihua.emergency.warning;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAlias;

import cn.guihua.emergency.reference.Colour;
import cn.guihua.emergency.reference.GovLevel;

@Schema(description = "Changes a warning's level (调整预警级别)")
public record WarningAdjustment(
        @NotNull @Min(1) @Max(4) @Schema(example = "3") Integer level,
        @Schema(description = "Optional; must be the level's colour", example = "YELLOW") Colour color,
        @JsonAlias("actor") @Size(max = 200) @Schema(description = "Who adjusts; default the issuing body", example = "槐荫区应急管理局") String actorBody,
        @Schema(description = "For a recorded warning: the level above that adjusted it; default its issuer's") GovLevel actorLevel,
        @Size(max = 200) String authorisedBy,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> channels,
        @Size(max = 20) List<@NotNull @Min(1) @Max(20) Integer> measures,
        @Size(max = 40) @Schema(description = "Content fields to replace or add")
        Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 5000) String> content,
        @Size(max = 2000) @Schema(example = "降雨持续加强") String reason,
        @Schema(description = "When; default now") OffsetDateTime at,
        @NotNull @Schema(description = "The version you read", example = "0") Long version) {
}
