package cn.guihua.subsidy.expropriation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
        @Schema(description = "Rules as of this date when no decisionAnnouncedOn is given; today when neither is", example = "2024-06-01") LocalDate asOf,
        @Min(1) @Max(20) @Schema(description = "套数 of the household's expropriated units (relocation per 套; 临时安置费 每（套）户)", example = "1") Integer units,
        @Schema(description = "房屋征收决定公告之日: the rules, the value (001:210, 001:212) and the year of operation (001:278) are "
                + "judged on it", example = "2024-03-01") LocalDate decisionAnnouncedOn,
        @Schema(description = "The day the expropriation decision was made (001:378: before 2022-04-01 the old policy applies)") LocalDate decisionMadeOn,
        @Schema(description = "The day the expropriation scope was announced (001:127)", example = "2024-01-10") LocalDate scopeAnnouncedOn,
        @Size(max = 20) @Schema(description = "房屋所有权证用途栏: 住宅, 营业, …", example = "住宅") String certificateUse,
        @DecimalMin("0") @Schema(description = "The area used for business", example = "80") BigDecimal businessArea,
        @Schema(description = "工商登记、税务登记并有正常纳税记录 (001:268)") Boolean registeredWithTaxRecord,
        @Schema(description = "营业地点、时间 the same on the certificate and both registrations (001:270)") Boolean addressAndTimeMatch,
        @Schema(description = "Business operated since", example = "2022-05-01") LocalDate operatingSince,
        @Schema(description = "The business is run by a tenant (租赁经营)") Boolean leased,
        @Min(0) @Max(1200) @Schema(description = "Leased: months of taxes paid", example = "14") Integer taxesPaidMonths,
        @Schema(description = "Along a planned city road (沿城市规划道路两侧, 001:280)") Boolean alongPlannedRoad,
        @DecimalMin("0") @Schema(description = "营业用房: the unit price as business premises", example = "12000") BigDecimal businessAssessedPrice) {

    /** The request as before issue 13 (a residence only). */
    public CompensationRequest(Choice choice, BigDecimal area, BigDecimal assessedPrice, BigDecimal marketPrice, Boolean onlyHome,
            Boolean choosesHousingSecurity, Building placement, Integer transitionMonths, Integer overdueMonths, Boolean transitionHousing,
            Boolean buildFirst, Decoration decoration, Boolean signedEarly, LocalDate asOf) {
        this(choice, area, assessedPrice, marketPrice, onlyHome, choosesHousingSecurity, placement, transitionMonths, overdueMonths,
                transitionHousing, buildFirst, decoration, signedEarly, asOf, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

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
