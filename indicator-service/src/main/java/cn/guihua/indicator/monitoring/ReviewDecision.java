package cn.guihua.indicator.monitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reviewer's decision on a pending value; a rejection needs a reason")
public record ReviewDecision(
        @NotNull Decision decision,
        @Size(max = 2000) @Schema(example = "与卫健统计年报一致") String reason) {

    public enum Decision {
        APPROVE, REJECT
    }
}
