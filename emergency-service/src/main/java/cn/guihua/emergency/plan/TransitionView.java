package cn.guihua.emergency.plan;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanTransition", description = "One move of a plan through its lifecycle")
public record TransitionView(
        @Schema(description = "Null for the registration") PlanStatus from,
        @NotNull PlanStatus to,
        RevisionKind revisionKind,
        @Schema(description = "Token subject of who made the move", example = "emergency-manager@370104") @NotNull String actor,
        @NotNull OffsetDateTime at,
        @NotNull @Schema(example = "区政府常务会议审议通过") String reason) {

    static TransitionView of(PlanTransition t) {
        return new TransitionView(t.fromStatus, t.toStatus, t.revisionKind, t.actor, t.at, t.reason);
    }
}
