package cn.guihua.subsidy.expropriation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An expropriated house in 兰山区 and the items to work out for it: its value and the choice of "
        + "compensation (001:212-214, 001:262), 搬迁费 (001:240-242), 停产停业损失 (001:258-264), an empty courtyard (001:238). "
        + "Each item is worked out when its facts are given. Prices in yuan per m², areas in m²")
public record NonResidentialRequest(
        @Schema(description = "Rules as of this date when no decisionAnnouncedOn is given; today when neither is", example = "2024-06-01") LocalDate asOf,
        @NotNull Use use,
        CompensationRequest.Choice choice,
        @Schema(description = "房屋征收决定公告之日: the value is the market price of that day (001:212)", example = "2024-03-01") LocalDate decisionAnnouncedOn,
        @Schema(description = "The day the decision was made (001:378)") LocalDate decisionMadeOn,
        @Schema(description = "A public-service facility (001:262)") FacilityKind kind,
        @Schema(description = "The facility operates normally") Boolean operatingNormally,
        @Schema(description = "产权调换条件 exist") Boolean swapConditions,
        @DecimalMin("0") @Schema(description = "合法建筑面积", example = "300") BigDecimal lawfulArea,
        @DecimalMin("0") @Schema(description = "违法建筑面积 (not compensated, 001:131)", example = "40") BigDecimal unlawfulArea,
        @DecimalMin("0") @Schema(description = "评估单价", example = "9000") BigDecimal assessedPrice,
        @DecimalMin("0") @Schema(description = "所处区位类似房地产市场价格 on the announcement day", example = "9500") BigDecimal similarMarketPrice,
        @Schema(description = "The house is 营业用房 (001:276)") Boolean businessPremises,
        @DecimalMin("0") @Schema(description = "特殊设备 moving cost as assessed (001:242)", example = "12000") BigDecimal specialEquipmentAssessed,
        @DecimalMin("0") @Schema(description = "RESIDENTIAL: the building area", example = "120") BigDecimal area,
        @Min(1) @Max(20) @Schema(description = "RESIDENTIAL: 套数", example = "1") Integer units,
        @Schema(description = "The business was operating when expropriated") Boolean operating,
        @DecimalMin("0") @Schema(description = "The area used for business", example = "200") BigDecimal businessArea,
        @Size(max = 10) @Schema(description = "效益 of the years before the announcement, as established by the valuer or department")
        List<@NotNull @Valid YearBenefit> benefits,
        @Schema(description = "False: 效益 cannot be established (001:258)") Boolean benefitDeterminable,
        @Schema(description = "The business stopped on this day (事实已停业, 001:260)") LocalDate stoppedSince,
        @Size(max = 20) @Schema(description = "房屋所有权证用途栏", example = "住宅") String certificateUse,
        @Schema(description = "擅自改变房屋用途 (001:264)") Boolean unauthorisedChangeOfUse,
        @Schema(description = "A recognised 住改非 house (001:278)") Boolean residentialToBusiness,
        @Schema(description = "Courtyard: 依法取得土地使用权") Boolean lawfulLandUseRight,
        @DecimalMin("0") @Schema(description = "Courtyard: 用地面积", example = "500") BigDecimal landArea,
        @DecimalMin("0") @Schema(description = "Courtyard: 应补偿房屋建筑面积", example = "300") BigDecimal compensableBuildingArea,
        @DecimalMin("0") @Schema(description = "Courtyard: unlawful buildings on the plot", example = "50") BigDecimal unlawfulBuildingArea,
        @DecimalMin("0") @Schema(description = "Courtyard: 市场评估价格 per m² of land", example = "3000") BigDecimal courtyardAssessedPrice,
        @Schema(description = "Courtyard: cash, or rebuilding at construction cost") CourtyardOption option,
        @DecimalMin("0") @Schema(description = "Courtyard rebuilding: 建安成本价 per m²", example = "2200") BigDecimal constructionCost) {

    public enum Use {
        RESIDENTIAL, NON_RESIDENTIAL
    }

    public enum FacilityKind {
        FUEL_STATION, GAS_STATION, CHARGING_STATION, OTHER
    }

    public enum CourtyardOption {
        CASH, REBUILD
    }

    @Schema(name = "ExpropriationYearBenefit", description = "One year's 效益")
    public record YearBenefit(@NotNull @Min(1900) @Max(2199) Integer year, @NotNull BigDecimal benefit) {
    }
}
