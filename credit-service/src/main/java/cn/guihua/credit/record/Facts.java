package cn.guihua.credit.record;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.json.Money;

/**
 * The facts of a record the rules read (amounts, hours, days, the awarding body's level, ...) and free descriptive
 * ones ({@code details}: decision numbers, list names) that are kept and shown but never scored.
 */
@Schema(name = "RecordFacts", description = "Facts the rules read; `details` holds descriptive facts that are shown, never scored")
public record Facts(
        @Money @DecimalMin("0") @Schema(description = "罚款 in yuan", example = "50000.00") BigDecimal fineYuan,
        @Money @DecimalMin("0") @Schema(description = "没收违法所得、没收非法财物 in yuan", example = "30000.00") BigDecimal confiscatedYuan,
        @Money @DecimalMin("0") @Schema(description = "现金捐款 in yuan", example = "30000.00") BigDecimal cashYuan,
        @Money @DecimalMin("0") @Schema(description = "捐物 in yuan", example = "0.00") BigDecimal goodsYuan,
        @Size(max = 200) @Schema(example = "张店区慈善总会") String recipient,
        @Schema(description = "Who received a donation; 区直部门 and 镇街 do not count for persons (002:2590)") RecipientType recipientType,
        @Size(max = 200) @Schema(example = "山东省民政厅") String awardingBody,
        @Schema(description = "The level of the awarding body (validity of personal awards, 002:2468)") AwardLevel awardingBodyLevel,
        @DecimalMin("0") @Schema(description = "Hours: cumulative volunteer hours of the year, or 文明实践 hours", example = "12") BigDecimal hours,
        @Money @DecimalMin("0") @Schema(description = "拾金不昧 amount in yuan", example = "800.00") BigDecimal foundPropertyYuan,
        @Min(0) @Max(3650) @Schema(description = "行政拘留 days", example = "5") Integer detentionDays,
        @Min(1) @Max(3) @Schema(description = "Place in a 文体活动 (1-3)", example = "1") Integer place,
        @Money @DecimalMin("0") @Schema(description = "招商引资 investment in yuan", example = "10000000.00") BigDecimal investmentYuan,
        @Schema(description = "Whom the points reward (参军入伍, 捐献遗体器官)") BeneficiaryRole beneficiaryRole,
        @Schema(description = "The servant works in a specialised investment-promotion department (专业部门除外, 002:1828)") Boolean professionalDepartment,
        @Size(max = 2000) @Schema(example = "提交伪造的证明材料取得许可") String description,
        @Size(max = 30) @Schema(description = "Descriptive facts, shown but never scored (keys and values up to 500 characters)")
        Map<@Size(max = 100) String, @Size(max = 500) String> details) {

    public enum RecipientType { CHARITY, VILLAGE, COMMUNITY, DISTRICT_DEPARTMENT, TOWN_OR_STREET, OTHER }

    public enum AwardLevel { DISTRICT, MUNICIPAL, PROVINCIAL, NATIONAL }

    public enum BeneficiaryRole { SELF, PARENT, SPOUSE }

    public static final Facts NONE = new Facts(null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    public static Facts orNone(Facts f) {
        return f == null ? NONE : f;
    }
}
