package cn.guihua.emergency.response;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One step of an incident's response")
public record ResponseTransition(
        @NotNull @Schema(example = "ACTIVATE") ResponseAction action,
        @Min(1) @Max(4) @Schema(description = "The tier (响应级别) of the plan: required to adjust, and to activate where the "
                + "incident's grade allows several (张店区 一般: 1-4); default the one tier the grade allows", example = "4")
        Integer tier,
        @Size(max = 200) @Schema(description = "Who took the step; default the tier's activator (or proposer)", example = "区政府")
        String actorBody,
        @Size(max = 2000) @Schema(example = "事件得到有效控制") String reason,
        @Schema(description = "When; default now") OffsetDateTime at,
        @NotNull @Schema(description = "The incident's version you read", example = "0") Long version) {
}
