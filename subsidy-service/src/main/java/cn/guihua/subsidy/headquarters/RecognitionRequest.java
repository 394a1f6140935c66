package cn.guihua.subsidy.headquarters;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The facts 张店区 recognises a headquarters on; money in yuan, previous year. A 一事一议 decision "
        + "(specialCase, 002:232) needs only the officer's decision; otherwise the basic conditions (registeredOn, branches, "
        + "chainStores, outsideRevenuePercent, hqLevel, direct, sector) are required, with the sector's figures")
public record RecognitionRequest(
        @Schema(description = "工商注册日期", example = "2021-06-01") LocalDate registeredOn,
        @Min(0) @Schema(description = "主要投资方区外分支机构或子（分）公司数", example = "5") Integer branches,
        @Min(0) @Schema(description = "区外连锁店数", example = "0") Integer chainStores,
        @DecimalMin("0") @DecimalMax("100") @Schema(description = "区外业务收入占比 %", example = "35") BigDecimal outsideRevenuePercent,
        DirectRecognition direct,
        HqSector sector,
        @DecimalMin("0") @Schema(description = "上年度营业收入", example = "600000000") BigDecimal lastYearRevenue,
        @DecimalMin("0") @Schema(description = "上年度企业税收贡献", example = "35000000") BigDecimal lastYearTax,
        @Schema(description = "The day recognition is decided (the rules of that day); today when absent", example = "2024-03-01") LocalDate asOf,
        @Schema(description = "Level of the headquarters set up here (002:194)") HqLevel hqLevel,
        @Schema(description = "FINANCE: the kind of financial headquarters (002:213-215)") FinanceKind financeKind,
        @Schema(description = "FINANCE branches: the branch's level") BranchLevel branchLevel,
        @Schema(description = "FINANCE legal-person institutions: 经国家金融监管部门批准设立") Boolean approvedByNationalRegulator,
        @Schema(description = "FINANCE local financial organisations: 取得地方金融监管部门核发业务许可证") Boolean localLicence,
        @Schema(description = "一事一议 (002:232): the officer's recorded decision decides") Boolean specialCase,
        @Schema(description = "With specialCase: the decision") SpecialDecision officerDecision,
        @Size(max = 200) @Schema(description = "With specialCase: the record of the decision", example = "张店区政府常务会议纪要〔2024〕5号") String decisionRef,
        @Schema(description = "002:163: 注册地、税务关系、统计关系均在张店区 (checked when given)") Boolean relationsInDistrict,
        @Schema(description = "002:163: 有健全的财务制度、具有独立法人资格 (checked when given)") Boolean independentLegalPerson,
        @Schema(description = "002:163: 承诺5年内不搬离张店、不减少注册资本且在张店连续纳税 (checked when given)") Boolean fiveYearCommitment) {

    public enum SpecialDecision {
        RECOGNISED, NOT_RECOGNISED
    }
}
