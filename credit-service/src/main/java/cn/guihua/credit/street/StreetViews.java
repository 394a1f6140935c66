package cn.guihua.credit.street;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.credit.engine.Clause;
import cn.guihua.credit.engine.ParameterUse;
import cn.guihua.credit.engine.RulesInForce;
import cn.guihua.credit.street.StreetEntities.Colour;

public final class StreetViews {

    private StreetViews() {
    }

    @Schema(description = "A merchant of the pilot street (张店区水晶街, 002:3330)")
    public record NewMerchant(
            @NotNull @Schema(example = "92370303L000001697") String creditCode,
            @NotBlank @Size(max = 200) @Schema(example = "张店区某某饭店") String name,
            @Size(max = 200) @Schema(example = "某某小馆") String shopName) {
    }

    @Schema(description = "An entry of a merchant's credit file (002:3335)")
    public record NewFileEntry(
            @NotNull @Schema(description = "BASIC, ADMINISTRATIVE_LICENSING, ADMINISTRATIVE_PENALTY, TAX, UTILITIES, CONSUMER_REVIEWS, "
                    + "COMPLAINT_HANDLING, CREDIT_EVALUATION") String item,
            @NotNull @Schema(example = "2022-05-10") LocalDate on,
            @NotBlank @Size(max = 2000) @Schema(example = "食品经营许可证 JY13703030012345") String summary) {
    }

    @Schema(description = "The colour the market regulator sets for a merchant from a day on (红、蓝、黄、黑, 002:3336)")
    public record NewColour(
            @NotNull Colour colour,
            @NotNull @Schema(example = "2022-06-01") LocalDate effectiveFrom,
            @NotBlank @Size(max = 2000) @Schema(description = "The regulator's basis (inspection, rectification)", example = "2022年第二季度联合检查") String basis) {
    }

    public record MerchantView(@NotNull String creditCode, @NotNull String name, String shopName, @NotNull String street,
            @Schema(description = "The colour on the day asked; null when none is set") Colour colour) {
    }

    public record FileEntryView(@NotNull Long id, @NotNull LocalDate on, @NotNull String summary, @NotNull String department,
            @NotNull OffsetDateTime createdAt) {
    }

    public record FileItemView(@NotNull String key, @NotNull String name, List<FileEntryView> entries) {
    }

    public record ColourView(@NotNull Long id, @NotNull Colour colour, @NotNull LocalDate effectiveFrom, @NotNull String basis,
            @NotNull String setDepartment, @NotNull OffsetDateTime setAt, Clause treatment) {
    }

    @Schema(description = "The merchant's credit file (综合信用档案, 002:3335) as of a day: the file items, the colour, the 87号 level")
    public record MerchantFile(@NotNull MerchantView merchant, @NotNull LocalDate asOf, List<FileItemView> items, ColourView colour,
            List<ColourView> colourHistory,
            @Schema(description = "The 87号 level when it can be given (信用评价信息)") String creditLevel,
            @Schema(description = "CALCULATED, NOT_CONFIGURED or NOT_IN_FORCE for the 87号 evaluation") String creditStatus,
            @NotNull Clause fileClause) {
    }

    @Schema(description = "One target of 002:3337 and how the street stands")
    public record TargetView(@NotNull String key, @NotNull Colour colour, @NotNull String measure, double target, @NotNull String comparison,
            @Schema(description = "Merchants counted") long count, @Schema(description = "Share of all merchants (0-1)") Double share,
            @Schema(description = "Null when a parameter that decides is unset") Boolean met, String parameter) {
    }

    @Schema(description = "The targets of 002:3337 (黑牌 0, 蓝牌 ≥95%, 红牌 ≥50%) as of a day")
    public record StreetReport(@NotNull LocalDate asOf, @NotNull RulesInForce rules, @NotNull String street, long merchants,
            long unclassified, List<ColourCount> colours, List<TargetView> targets, @NotNull Clause targetsClause,
            @Schema(implementation = Object.class, description = "DEMO_STREET_COLOUR_CRITERIA in force, as the regulator set them") Object criteria,
            List<ParameterUse> parameters) {
    }

    public record ColourCount(@NotNull Colour colour, long count) {
    }

}
