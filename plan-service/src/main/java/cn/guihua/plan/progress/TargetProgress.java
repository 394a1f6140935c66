package cn.guihua.plan.progress;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.i18n.Text;

@Schema(description = "Progress of one target, from the approved monitoring values plan-service received")
public record TargetProgress(
        @Schema(description = "For a JURISDICTION target: the latest approved value of the plan's jurisdiction; null when none")
        Observation latest,
        @Schema(description = "For an EACH_STREET target: the latest approved value of each street below the plan's jurisdiction")
        List<Observation> streets,
        @Schema(description = "For an EACH_STREET target: true when every street with a value meets it, false when one does not")
        Boolean meets,
        @Schema(description = "The target waits for a planner: its value is set by a higher level and not entered yet, or "
                + "its base year is still to be set (AWAITING_VALUE in indicator-service's evaluation)")
        boolean awaitingValue,
        @Schema(description = "How the latest value was judged, in the caller's language: the tolerance and where it comes "
                + "from, what the target waits for", example = "[\"容差 ±1 个单位（按措辞默认）\"]")
        List<Text> explanation) {

    public static final TargetProgress NONE = new TargetProgress(null, List.of(), null, false, List.of());
}
