package cn.guihua.credit.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import cn.guihua.platform.i18n.Text;

/** A public servant's annual credit score and star level (88号) on one day, with the outcomes the stars bring. */
@Schema(description = "A public servant's score (annual base 1000) and star level (88号) as of a day, with its outcomes")
public record ServantEvaluation(
        @NotNull @Schema(example = "370303198604122013") String idNumber,
        @Schema(example = "刘某") String name,
        @Schema(example = "张店区某某局") String unit,
        @NotNull LocalDate asOf,
        OffsetDateTime knownAt,
        @NotNull Status status,
        @NotNull RulesInForce rules,
        @Schema(description = "The year whose annual base applies", example = "2022") int year,
        int base,
        @Schema(example = "994") Integer score,
        @Schema(description = "1 to 6", example = "3") Integer stars,
        @Schema(example = "诚信级") String starName,
        Clause starClause,
        List<TraceItem> itemsApplied,
        List<TraceItem> itemsNotApplied,
        @NotNull Outcomes outcomes,
        List<ParameterUse> parameters,
        @JsonSerialize(using = Localized.class) @Schema(implementation = String.class) Text summary) {

    @Schema(description = "What the star level brings (002:1515-1531)")
    public record Outcomes(
            @NotNull @Schema(description = "INCENTIVE (五星/六星), PENALTY (二星, 一星) or NONE (三星, 四星)") String kind,
            @NotNull @Schema(example = "002:1521-1527") String source,
            @Schema(description = "The measures, as printed") List<String> measures) {
    }
}
