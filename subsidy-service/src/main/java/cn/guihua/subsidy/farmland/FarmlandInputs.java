package cn.guihua.subsidy.farmland;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The facts one street or village is scored on (附件1, 000:1794-1809; 第八条, 000:1751-1759). Areas in 亩, ratios in
 * percent. Absent areas are prefilled from approved monitoring values of the previous year.
 */
@Schema(description = "Assessment inputs; areas in 亩, ratios in %")
public record FarmlandInputs(
        @DecimalMin("0") @Schema(description = "上一年度末实有耕地面积 (FARMLAND_CULTIVATED_AREA)", example = "1300") BigDecimal cultivatedArea,
        @DecimalMin("0") @Schema(description = "耕地保有量目标 (FARMLAND_CULTIVATED_TARGET)", example = "1000") BigDecimal cultivatedTarget,
        @DecimalMin("0") @Schema(description = "永久基本农田面积 (FARMLAND_PERMANENT_BASIC_AREA)", example = "900") BigDecimal permanentBasicArea,
        @DecimalMin("0") @Schema(description = "永久基本农田保护目标 (FARMLAND_PERMANENT_BASIC_TARGET)", example = "850") BigDecimal permanentBasicTarget,
        @DecimalMin("0") @DecimalMax("100") @Schema(description = "违法占用耕地比例 % (FARMLAND_ILLEGAL_OCCUPATION_RATIO)", example = "0") BigDecimal illegalOccupationRatio,
        @DecimalMin("0") @DecimalMax("100") @Schema(description = "新增“非农化”“非粮化”图斑面积占耕地保有量比例 %", example = "0.5") BigDecimal newPatchRatio,
        @DecimalMin("0") @DecimalMax("100") @Schema(description = "全区同一比例（基数）%", example = "1.0") BigDecimal districtPatchRatio,
        @Min(0) @Max(100) @Schema(description = "耕地保护改革创新具体举措数", example = "5") Integer measures,
        @Schema(description = "先进经验被市级及以上推广宣传") Boolean promotedCityOrAbove,
        @Schema(description = "先进经验被区级宣传推广") Boolean promotedDistrict,
        @Schema(description = "示范创建通过验收") Boolean demonstrationAccepted,
        @Schema(description = "示范创建复验通过") Boolean demonstrationReverified,
        LastYearIncentive lastYearIncentive,
        @Schema(description = "受激励的街道按规定将资金用于或拨付到村") Boolean fundsPassedToVillages,
        @Schema(description = "按规定范围使用资金") Boolean fundsUsedInScope,
        @Schema(description = "因违法占用耕地被约谈、问责、挂牌督办或被媒体披露造成恶劣影响") Boolean accountability,
        @Schema(description = "“非农化”“非粮化”问题突出，造成重大不良影响") Boolean severeNonFarming,
        @Schema(description = "The day the district accepted it as a demonstration street or village (区级验收); accepted by the end of "
                + "August of the selection year, it is preferred for that year's candidacy (000:1749)", example = "2024-08-28")
        java.time.LocalDate demonstrationAcceptedOn) {

    /** The inputs as before issue 13. */
    public FarmlandInputs(BigDecimal cultivatedArea, BigDecimal cultivatedTarget, BigDecimal permanentBasicArea, BigDecimal permanentBasicTarget,
            BigDecimal illegalOccupationRatio, BigDecimal newPatchRatio, BigDecimal districtPatchRatio, Integer measures, Boolean promotedCityOrAbove,
            Boolean promotedDistrict, Boolean demonstrationAccepted, Boolean demonstrationReverified, LastYearIncentive lastYearIncentive,
            Boolean fundsPassedToVillages, Boolean fundsUsedInScope, Boolean accountability, Boolean severeNonFarming) {
        this(cultivatedArea, cultivatedTarget, permanentBasicArea, permanentBasicTarget, illegalOccupationRatio, newPatchRatio, districtPatchRatio,
                measures, promotedCityOrAbove, promotedDistrict, demonstrationAccepted, demonstrationReverified, lastYearIncentive,
                fundsPassedToVillages, fundsUsedInScope, accountability, severeNonFarming, null);
    }

    static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
