package cn.guihua.credit.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import cn.guihua.platform.i18n.Text;

/** A market entity's public credit evaluation (87号) on one day, every item explained. */
@Schema(description = "A market entity's evaluation (87号) as of a day: score 1000 ± items, level, supervision class, each item explained")
public record EntityEvaluation(
        @NotNull @Schema(example = "91370303MA3C000380") String creditCode,
        @Schema(example = "淄博某某商贸有限公司") String name,
        @Schema(example = "ENTERPRISE") String kind,
        @Schema(description = "False for a valid code the service holds nothing on: the baseline 1000, A") boolean registered,
        @NotNull LocalDate asOf,
        @Schema(description = "The records and parameters as known at this instant (absent: as known now)") OffsetDateTime knownAt,
        @NotNull Status status,
        @NotNull RulesInForce rules,
        @Schema(description = "基本分值 (002:789)", example = "1000") int base,
        @Schema(description = "Null unless CALCULATED", example = "960") Integer score,
        @Schema(description = "AAA, AA, A+, A, A-, B, C or D; null unless CALCULATED", example = "A-") String level,
        SupervisionClassView supervisionClass,
        boolean downgraded,
        Downgrade downgradeReason,
        @Schema(description = "The level the score alone gives, when a downgrade made it D", example = "C") String levelByScoreBeforeDowngrade,
        @NotNull Restrictions restrictions,
        List<TraceItem> itemsApplied,
        List<TraceItem> itemsNotApplied,
        @Schema(description = "Every parameter the calculation read, and whether it decided") List<ParameterUse> parameters,
        @JsonSerialize(using = Localized.class) @Schema(implementation = String.class, description = "The arithmetic in words") Text summary) {

    @Schema(description = "A supervision class (002:791-808) and what it means for supervision")
    public record SupervisionClassView(
            @NotNull @Schema(example = "HONEST") String key,
            @NotNull @Schema(example = "诚信守法") String name,
            List<String> levels,
            @NotNull Clause membership,
            @NotNull Clause meaning,
            List<String> measures) {
    }

    @Schema(name = "EntityDowngrade", description = "Why the level is D whatever the score (002:789, 002:799)")
    public record Downgrade(
            @NotNull @Schema(description = "SEVERE_LIST or CRIMINAL_PENALTY") String condition,
            @NotNull Long record,
            @Schema(description = "The parameter that made the row downgrade (ME-17-03)") String parameter,
            @NotNull Clause clause,
            @NotNull Clause levelClause) {
    }

    @Schema(description = "What a 严重失信 (D) entity is refused: 财政性资金项目 and 评优评先项目 (002:808)")
    public record Restrictions(boolean fiscalFunds, boolean awards, Clause clause) {
    }
}
