package cn.guihua.plan.progress;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Progress of one target, from the approved monitoring values plan-service received")
public record TargetProgress(
        @Schema(description = "For a JURISDICTION target: the latest approved value of the plan's jurisdiction; null when none")
        Observation latest,
        @Schema(description = "For an EACH_STREET target: the latest approved value of each street below the plan's jurisdiction")
        List<Observation> streets,
        @Schema(description = "For an EACH_STREET target: true when every street with a value meets it, false when one does not")
        Boolean meets) {

    public static final TargetProgress NONE = new TargetProgress(null, List.of(), null);
}
