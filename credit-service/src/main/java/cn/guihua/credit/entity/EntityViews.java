package cn.guihua.credit.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.credit.engine.Clause;

/** The market-entity bodies and answers. */
public final class EntityViews {

    private EntityViews() {
    }

    @Schema(description = "A market entity to register: 企业, 个体工商户, 农民专业合作社 or 其他经济组织 (002:750)")
    public record NewMarketEntity(
            @NotNull @Schema(description = "统一社会信用代码 (GB 32100), with its check character", example = "91370303MA3C000380") String creditCode,
            @NotNull MarketEntity.Kind kind,
            @NotBlank @Size(max = 200) @Schema(example = "淄博某某商贸有限公司") String name) {
    }

    @Schema(description = "A market entity")
    public record MarketEntityView(
            @NotNull @Schema(example = "91370303MA3C000380") String creditCode,
            @NotNull MarketEntity.Kind kind,
            @NotNull @Schema(example = "淄博某某商贸有限公司") String name,
            @NotNull @Schema(example = "370303") String jurisdiction,
            @NotNull OffsetDateTime registeredAt,
            @Schema(description = "Records held (deleted ones left out)") long records) {

        static MarketEntityView of(MarketEntity e, long records) {
            return new MarketEntityView(e.creditCode, e.kind, e.name, e.jurisdiction, e.registeredAt, records);
        }
    }

    /**
     * The answer subsidy-service and other services use (keep exactly): the entity's level on a day and whether it
     * is refused fiscal funds (002:808).
     */
    @Schema(description = "The entity's level on a day, for services that decide on it: a D (严重失信) entity is restricted "
            + "from 财政性资金项目 and 评优评先项目 (002:808); a valid code the service holds nothing on answers the baseline")
    public record LevelAnswer(
            @NotNull @Schema(example = "91370303MA3C00070B") String creditCode,
            @NotNull @Schema(example = "2022-09-30") LocalDate asOf,
            @Schema(description = "False when the service holds no record of the entity: the baseline 1000, A") boolean registered,
            @Schema(example = "500") int score,
            @NotNull @Schema(description = "AAA, AA, A+, A, A-, B, C or D", example = "D") String level,
            @NotNull @Schema(description = "HONEST 诚信守法, MINOR 轻微失信, GENERAL 一般失信 or SEVERE 严重失信 (002:791-793)", example = "SEVERE") String supervisionClass,
            @Schema(description = "True for D: 限制其申请财政性资金项目 (002:808)") boolean restrictsFiscalFunds,
            @Schema(description = "The clause that restricts, when restrictsFiscalFunds") Clause clause) {
    }
}
