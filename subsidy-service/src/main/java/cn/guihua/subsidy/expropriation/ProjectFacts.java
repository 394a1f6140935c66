package cn.guihua.subsidy.expropriation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An expropriation project's counts and the days its procedural events happened; the timeline's due "
        + "dates are worked out from them (001:129-328, 001:187). Give what has happened; absent events give no due date")
public record ProjectFacts(
        @Schema(description = "征收目的; OLD_DISTRICT_RENEWAL (旧城区改建) can need a hearing (001:151)") Purpose purpose,
        @Min(0) @Max(1000000) @Schema(description = "被征收户数", example = "500") Integer households,
        @DecimalMin("0") @Schema(description = "征收面积, m²", example = "30000") BigDecimal area,
        @Schema(description = "征收区域情况特殊 (001:159)") Boolean special,
        @Min(0) @Max(1000000) @Schema(description = "被征收人数", example = "400") Integer owners,
        @Min(0) @Max(1000000) @Schema(description = "认为补偿方案不符合规定的被征收人数 (001:151)", example = "201") Integer objecting,
        @Min(0) @Max(1000000) @Schema(description = "签字认可评估机构的被征收人数 (001:298)", example = "101") Integer signatures,
        @Schema(description = "暂停办理相关手续的书面通知之日 (001:129)") LocalDate suspensionNotifiedOn,
        @Schema(description = "调查登记、认定和处理结果公示之日 (001:135)") LocalDate surveyResultsPostedOn,
        @Schema(description = "符合最低保障面积政策的被征收人在征收范围内公示之日 (001:228)") LocalDate minimumAreaPostedOn,
        @Schema(description = "征收补偿方案公布之日 (001:149)") LocalDate planPostedOn,
        @Schema(description = "作出房屋征收决定之日 (001:163)") LocalDate decisionOn,
        @Schema(description = "评估机构选定办法公布之日 (001:298)") LocalDate selectionMethodPublishedOn,
        @Schema(description = "分户初步评估结果公示之日 (001:318)") LocalDate valuationsPostedOn,
        @Schema(description = "被征收人收到评估报告之日 (001:326)") LocalDate reportReceivedOn,
        @Schema(description = "评估机构收到复核申请之日 (001:326)") LocalDate reviewRequestReceivedOn,
        @Schema(description = "收到复核结果之日 (001:328)") LocalDate reviewResultReceivedOn,
        @Schema(description = "专家委员会收到鉴定申请之日 (001:328)") LocalDate appraisalRequestReceivedOn,
        @Schema(description = "催告书送达之日 (001:187)") LocalDate reminderServedOn,
        @Schema(description = "法定起诉期限届满之日 (001:187)") LocalDate suitPeriodExpiresOn) {

    public enum Purpose {
        OLD_DISTRICT_RENEWAL, INFRASTRUCTURE, PUBLIC_FACILITIES, HOUSING_SECURITY, OTHER_PUBLIC_INTEREST
    }
}
