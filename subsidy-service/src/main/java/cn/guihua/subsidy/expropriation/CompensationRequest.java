package cn.guihua.subsidy.expropriation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An expropriated personal residence in 兰山区; prices in yuan per m², areas in m²")
public record CompensationRequest(
        @NotNull Choice choice,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Schema(description = "被征收房屋建筑面积", example = "40") BigDecimal area,
        @NotNull @DecimalMin("0") @Schema(description = "评估单价", example = "7000") BigDecimal assessedPrice,
        @NotNull @DecimalMin("0") @Schema(description = "区位新建普通商品住房市场单价", example = "8500") BigDecimal marketPrice,
        @NotNull @Schema(description = "被征收人只有这一套住房") Boolean onlyHome,
        @Schema(description = "选择住房保障（不得同时享受最低面积补偿）") Boolean choosesHousingSecurity,
        @Schema(description = "产权调换的安置住宅类型") Building placement,
        @Min(0) @Max(120) @Schema(description = "约定过渡期（月）；缺省为多层 24、高层 36", example = "24") Integer transitionMonths,
        @Min(0) @Max(120) @Schema(description = "因征收部门责任逾期的月数", example = "0") Integer overdueMonths,
        @Schema(description = "使用征收部门提供的周转用房") Boolean transitionHousing,
        @Schema(description = "先建设后搬迁") Boolean buildFirst,
        Decoration decoration,
        @Schema(description = "在奖励期限内签约并按时腾空") Boolean signedEarly,
        @Schema(description = "Rules as of this date; today when absent", example = "2024-06-01") LocalDate asOf) {

    public enum Choice {
        CASH, SWAP
    }

    public enum Building {
        MULTI_STOREY, HIGH_RISE
    }

    public enum Decoration {
        NONE, SIMPLE, FINE
    }
}
