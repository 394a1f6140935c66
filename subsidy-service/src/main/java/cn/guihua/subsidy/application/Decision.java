package cn.guihua.subsidy.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Approve or reject; a rejection needs a reason. Send the version you read.")
public record Decision(
        @NotNull DecisionKind decision,
        @Size(max = 1000) @Schema(example = "材料齐全，符合条件") String reason,
        @NotNull @Schema(example = "0") Integer version) {

    public enum DecisionKind {
        APPROVE, REJECT
    }
}
