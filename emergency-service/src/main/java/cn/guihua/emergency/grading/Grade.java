package cn.guihua.emergency.grading;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The result of grading: the highest level any criterion matches, and the criteria of that level that matched")
public record Grade(
        @NotNull @Schema(example = "HY_DRUG_SAFETY") String table,
        @Schema(description = "1 = 特别重大 … 4 = 一般; null when no criterion matches", example = "2") Integer level,
        @Schema(description = "The level's name in the caller's language; null when no criterion matches", example = "重大（Ⅱ级）") String levelName,
        List<Match> matched) {

    @Schema(name = "GradingMatch")
    public record Match(
            @Schema(example = "2") int level,
            @NotNull @Schema(example = "II-1a") String criterion,
            @NotNull @Schema(example = "不良事件涉及人数超过 30 人（含），少于 50 人") String text,
            @NotNull @Schema(example = "000:3181") String sourceRef) {
    }
}
