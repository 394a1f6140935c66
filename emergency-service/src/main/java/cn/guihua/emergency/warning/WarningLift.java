package cn.guihua.emergency.warning;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAlias;

import cn.guihua.emergency.reference.GovLevel;

@Schema(description = "Lifts a warning (解除预警): the warning period ends and the measures taken are lifted")
public record WarningLift(
        @JsonAlias("actor") @Size(max = 200) @Schema(description = "Who lifts; default the issuing body", example = "槐荫区应急管理局") String actorBody,
        @Schema(description = "For a recorded warning: the level above that lifted it; default its issuer's") GovLevel actorLevel,
        @Size(max = 200) @Schema(example = "区政府") String authorisedBy,
        @Size(max = 2000) @Schema(example = "危险已经排除") String reason,
        @Schema(description = "When; default now") OffsetDateTime at,
        @NotNull @Schema(description = "The version you read", example = "1") Long version) {
}
