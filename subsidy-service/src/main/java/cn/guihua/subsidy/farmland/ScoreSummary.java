package cn.guihua.subsidy.farmland;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Points per item of 附件1 (一 to 六), the total, and why the unit is out of the running if it is")
public record ScoreSummary(
        @NotNull @Schema(example = "[25, 20, 15, 20, 10, 10]") int[] items,
        @Schema(example = "100") int total,
        @Schema(description = "No farmland protection task: not assessed (000:1745)") boolean excluded,
        @Schema(description = "Rule codes of the 第八条 conditions met (000:1751-1759)", example = "[\"DQ_ILLEGAL_OCCUPATION\"]") List<String> disqualifications,
        boolean qualifies) {

    static ScoreSummary of(FarmlandScoring.Score s) {
        return new ScoreSummary(s.items(), s.total(), s.excluded(), s.disqualifications(), s.qualifies());
    }
}
