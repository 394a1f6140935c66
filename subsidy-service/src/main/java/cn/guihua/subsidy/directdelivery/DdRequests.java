package cn.guihua.subsidy.directdelivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.platform.security.JurisdictionCodes;

/** The requests of 政企直通车. */
public final class DdRequests {

    private DdRequests() {
    }

    @Schema(name = "NewDirectDeliveryPolicy", description = "An enterprise policy published (公布) at some level, to be uploaded to "
            + "the platform and decomposed into items")
    public record NewPolicy(
            @NotBlank @Size(max = 300) @Schema(example = "关于进一步支持企业上市的若干措施") String title,
            @Size(max = 100) @Schema(example = "临兰政字〔2022〕16号") String documentNo,
            @NotNull PolicyLevel level,
            @Size(max = 100) @Schema(description = "The issuing body", example = "兰山区人民政府办公室") String issuer,
            @Size(max = 100) @Schema(description = "CITY and COUNTY: the department that led the policy and owes its upload", example = "区工信局")
            String issuingDepartment,
            @Size(max = 100) @Schema(description = "NATIONAL and PROVINCIAL: the city department that owes the upload; "
                    + "CITY_DEPARTMENT when not named", example = "市工信局") String cityDepartment,
            @NotNull @Schema(description = "公布之日", example = "2024-09-26") LocalDate publishedOn,
            @Schema(description = "The day it was uploaded, if already", example = "2024-10-11") LocalDate uploadedOn,
            @Size(max = 100) @Schema(description = "The policy of this service it implements, if any (GET /api/v1/policies)", example = "LANSHAN_LISTING")
            String policyCode,
            @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Schema(description = "The district whose platform it is on; 371302 when absent", example = "371302") String jurisdiction) {
    }

    @Schema(name = "DirectDeliveryDay", description = "The day something was done")
    public record Day(@NotNull @Schema(example = "2024-10-11") LocalDate on, @NotNull @Schema(example = "0") Integer version) {
    }

    @Schema(name = "DirectDeliveryInterpretation", description = "The interpretation materials published (with the sections they have), "
            + "or no interpretation on a written reason accepted by 区政府办公室政务公开科 (001:1600)")
    public record Interpretation(
            @NotNull @Schema(description = "The day published, or the day the waiver was accepted", example = "2024-10-08") LocalDate on,
            @NotNull @Schema(example = "0") Integer version,
            @Size(max = 20) @Schema(description = "The elements the materials have (001:1614): BACKGROUND_AND_BASIS, GOALS_AND_TASKS, "
                    + "MAIN_CONTENT, SCOPE, STANDARDS_AND_VALIDITY, NOTES_AND_DIFFERENCES, and where there are any SERVICE_ITEMS_IF_ANY, "
                    + "ENFORCEMENT_IF_ANY, REVISION_REASONS_IF_ANY, HIGHER_POLICY_COMPARISON_IF_ANY; checked when given")
            List<@NotBlank @Size(max = 50) String> sections,
            @Size(max = 2000) @Schema(description = "No interpretation: the drafting department's written reason, accepted by 政务公开科",
                    example = "本文件为内部工作安排，不涉及公众权益") String waiverReason) {
    }

    @Schema(name = "DirectDeliveryPeriod", description = "适用时间")
    public record Period(@NotNull @Schema(example = "2022-04-29") LocalDate from, @Schema(description = "None: open-ended") LocalDate to) {
    }

    @Schema(name = "NewDirectDeliveryItem", description = "A policy item with the ten elements of 001:1862, every one required; its "
            + "申请条件 are tag conditions (001:1874)")
    public record NewItem(
            @NotBlank @Size(max = 200) @Schema(description = "事项名称", example = "新三板挂牌一次性补助") String name,
            @NotBlank @Size(max = 300) @Schema(description = "事项依据", example = "临兰政字〔2022〕16号") String basis,
            @NotBlank @Size(max = 2000) @Schema(description = "事项内容") String content,
            @NotBlank @Size(max = 300) @Schema(description = "适用对象", example = "兰山区注册企业") String beneficiaries,
            @NotNull @Valid @Schema(description = "适用时间") Period applicablePeriod,
            @NotNull @Size(max = 30) @Schema(description = "申请条件") List<@NotNull @Valid Condition> conditions,
            @NotEmpty @Size(max = 30) @Schema(description = "申请材料") List<@NotBlank @Size(max = 200) String> materials,
            @NotBlank @Size(max = 100) @Schema(description = "主管部门", example = "区地方金融监管局") String department,
            @NotBlank @Size(max = 50) @Schema(description = "联系人", example = "张三") String contactPerson,
            @NotBlank @Size(max = 100) @Schema(description = "联系方式", example = "0539-0000000") String contact,
            @Size(max = 100) @Schema(description = "The policy of this service an application for the item is made under", example = "LANSHAN_LISTING")
            String benefitPolicy,
            @Size(max = 40) @Schema(description = "The benefit of that policy", example = "NEEQ_LISTING") String benefit,
            @DecimalMin("0") @Schema(description = "兑付标准, yuan, where fixed", example = "500000") BigDecimal amount,
            @Schema(description = "The day the item was recorded; today when absent", example = "2024-10-15") LocalDate recordedOn) {
    }

    @Schema(name = "NewDirectDeliveryEnterprise", description = "An enterprise of the local register with its tags (001:1872)")
    public record NewEnterprise(
            @NotBlank @Size(max = 18) @Schema(example = "91371302MA3C4D5E6C") String creditCode,
            @NotBlank @Size(max = 200) @Schema(example = "临沂某某新材料股份有限公司") String name,
            @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(example = "371302") String jurisdiction,
            @NotNull @Size(max = 20) @Schema(description = "Tag name (JURISDICTION, SCALE, BUSINESS_SCOPE, INDUSTRY, REVENUE, TAX_PAID, "
                    + "QUALIFICATIONS, HONOURS) to a text, number or list of texts") Map<String, JsonNode> tags) {
    }

    @Schema(name = "DirectDeliveryEnterpriseUpdate", description = "Replaces an enterprise's tags; send the version you read")
    public record EnterpriseUpdate(@NotNull @Size(max = 20) Map<String, JsonNode> tags, @NotNull @Schema(example = "0") Integer version) {
    }

    @Schema(name = "DirectDeliveryProactiveRun", description = "免申即享 (001:1892): the item's conditions run over the enterprises on "
            + "record; with openApplications an application is opened for each that qualifies and has none")
    public record ProactiveRun(
            @NotNull @Schema(description = "The item") java.util.UUID itemId,
            @Schema(description = "The day judged; today when absent", example = "2024-06-01") LocalDate asOf,
            @Schema(description = "Open applications (origin PROACTIVE)") Boolean openApplications,
            @Size(max = 1000) @Schema(description = "Only these enterprises (credit codes); all on record when absent") List<@NotBlank @Size(max = 18) String> enterprises) {
    }

    @Schema(name = "NewDirectDeliveryRating", description = "An enterprise's star rating of a department on one metric (001:1904)")
    public record NewRating(
            @NotBlank @Size(max = 100) @Schema(example = "区工信局") String department,
            @NotNull Metric metric,
            @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer stars,
            @NotNull @Schema(example = "2024-08-15") LocalDate ratedOn,
            @Size(max = 18) @Schema(description = "The rating enterprise's credit code") String enterprise,
            @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(description = "371302 when absent",
                    example = "371302") String jurisdiction) {
    }
}
