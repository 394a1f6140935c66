package cn.guihua.emergency.plan;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanTransition", description = "One move of a plan through its lifecycle")
public record TransitionView(
        PlanStatus from,
        PlanStatus to,
        RevisionKind revisionKind,
        @Schema(description = "Token subject of who made the move", example = "emergency-manager@370104") String actor,
        OffsetDateTime at,
        @Schema(example = "区政府常务会议审议通过") String reason) {

    static TransitionView of(PlanTransition t) {
        return new TransitionView(t.fromStatus, t.toStatus, t.revisionKind, t.actor, t.at, t.reason);
    }
}
