package cn.guihua.subsidy.directdelivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.platform.json.Money;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.ParameterName;

/** The answers of 政企直通车. */
public final class DdViews {

    private DdViews() {
    }

    @Schema(name = "DirectDeliveryDeadlineStatus", description = "A deadline and where it stands on the day asked")
    public record DeadlineView(
            @NotNull @Schema(example = "UPLOAD_NATIONAL_PROVINCIAL") String rule,
            @NotNull Clause clause,
            @Schema(example = "CITY_DEPARTMENT") String responsible,
            @Schema(example = "7") int workingDays,
            LocalDate from,
            @Schema(example = "2024-10-11") LocalDate due,
            List<LocalDate> workingDaysCounted,
            @Schema(example = "CALENDAR_NOT_CONFIGURED") String dueNote,
            ParameterName parameter,
            @NotNull @Schema(description = "PENDING, OVERDUE (not done by the due date: on the department's overdue list from the "
                    + "next day), UPLOADED / UPLOADED_LATE, DECOMPOSED / DECOMPOSED_LATE, PUBLISHED / PUBLISHED_LATE, WAIVED (no interpretation on an accepted written reason, 001:1600), NOT_CONFIGURED",
                    example = "PENDING") String status,
            @Schema(description = "Not done and past the due date on the day asked") boolean overdue,
            @Schema(description = "The day it was done") LocalDate doneOn) {
    }

    @Schema(name = "DirectDeliveryPolicy", description = "An enterprise policy on the 政企直通车 platform and its deadlines")
    public record PolicyView(
            @NotNull UUID id,
            @NotNull @Schema(example = "371302") String jurisdiction,
            @NotNull String title,
            String documentNo,
            @NotNull PolicyLevel level,
            String issuer,
            String issuingDepartment,
            @NotNull @Schema(description = "The department that owes the upload and decomposition", example = "区工信局") String responsible,
            String policyCode,
            @NotNull LocalDate publishedOn,
            LocalDate uploadedOn,
            LocalDate itemsRecordedOn,
            LocalDate interpretationPublishedOn,
            @NotNull @Schema(description = "The day the statuses are given for") LocalDate asOf,
            @NotNull DeadlineView upload,
            @NotNull DeadlineView decomposition,
            @Schema(description = "County (district) policies: the interpretation due within 3 working days (001:1582)") DeadlineView interpretation,
            @Schema(description = "Items recorded") int items,
            int version,
            @Schema(description = "No interpretation: the written reason 政务公开科 accepted (001:1600)") String interpretationWaiver) {
    }

    @Schema(name = "DirectDeliveryItem", description = "A policy item (政策事项) in the ten-field schema")
    public record ItemView(
            @NotNull UUID id,
            @NotNull UUID policyId,
            @NotNull @Schema(example = "371302") String jurisdiction,
            @NotNull String name,
            @NotNull String basis,
            @NotNull String content,
            @NotNull String beneficiaries,
            @NotNull DdRequests.Period applicablePeriod,
            List<Condition> conditions,
            List<String> materials,
            @NotNull String department,
            @NotNull String contactPerson,
            @NotNull String contact,
            String benefitPolicy,
            String benefit,
            @Money BigDecimal amount,
            @NotNull LocalDate recordedOn) {
    }

    @Schema(name = "DirectDeliveryEnterprise", description = "An enterprise and its tags")
    public record EnterpriseView(
            @NotNull @Schema(example = "91371302MA3C4D5E6C") String creditCode,
            @NotNull String name,
            @NotNull @Schema(example = "371302") String jurisdiction,
            Map<String, JsonNode> tags,
            int version) {
    }

    @Schema(name = "DirectDeliveryReason", description = "One condition checked: met or not, with the enterprise's value and the threshold")
    public record Reason(
            @Schema(description = "The tag; null for the item's 适用时间") Tag tag,
            @Schema(description = "APPLICABLE_PERIOD for the 适用时间, else null") String rule,
            Condition.Op op,
            boolean met,
            @Schema(description = "The enterprise's value") JsonNode value,
            @Schema(description = "The condition's value") JsonNode threshold,
            LocalDate from,
            LocalDate to) {
    }

    @Schema(name = "DirectDeliveryMatch", description = "An item and how an enterprise stands to it")
    public record Match(
            @NotNull UUID item,
            @NotNull String name,
            @Schema(description = "Qualified: every condition") List<Reason> reasons,
            @Schema(description = "Not qualified: the conditions not met") List<Reason> failed,
            @Schema(description = "Undetermined: the tags the enterprise lacks") List<Tag> unknown) {
    }

    @Schema(name = "DirectDeliveryMatches", description = "政策找企业 (001:1878): the items an enterprise qualifies for, those it does not, "
            + "and those that cannot be decided for lack of a tag")
    public record Matches(
            @NotNull String creditCode,
            @NotNull LocalDate asOf,
            @NotNull Clause clause,
            List<Match> qualified,
            List<Match> notQualified,
            List<Match> undetermined) {
    }

    @Schema(name = "DirectDeliveryEnterpriseMatch", description = "An enterprise and how it stands to an item")
    public record EnterpriseMatch(@NotNull String creditCode, @NotNull String name, List<Reason> reasons, List<Reason> failed,
            List<Tag> unknown) {
    }

    @Schema(name = "DirectDeliveryItemEnterprises", description = "The enterprises an item finds (政策找企业)")
    public record ItemEnterprises(
            @NotNull UUID item,
            @NotNull LocalDate asOf,
            @NotNull Clause clause,
            List<EnterpriseMatch> qualified,
            List<EnterpriseMatch> notQualified,
            List<EnterpriseMatch> undetermined) {
    }

    @Schema(name = "DirectDeliveryOpened", description = "An application a proactive run opened")
    public record Opened(
            @NotNull String enterprise,
            @NotNull UUID applicationId,
            @NotNull String policy,
            @NotNull String benefit,
            @NotNull String origin,
            @Money @Schema(description = "What the policy pays for it, as of the run's day") BigDecimal amount) {
    }

    @Schema(name = "DirectDeliveryProactiveResult", description = "免申即享: who qualifies, what was opened, who had applied already, "
            + "who does not qualify and who cannot be decided")
    public record ProactiveResult(
            @NotNull UUID item,
            @NotNull LocalDate asOf,
            @NotNull Clause clause,
            List<Opened> opened,
            @Schema(description = "Qualify and have no application: opened with openApplications") List<String> wouldOpen,
            List<String> alreadyApplied,
            List<String> notQualified,
            List<String> undetermined) {
    }

    @Schema(name = "DirectDeliveryMetric", description = "One of the four rates, in percent to 2 places; null when its denominator is 0 "
            + "or (APPLICATION_SUCCESS_RATE) its base is not configured")
    public record MetricValue(
            @NotNull Metric metric,
            @NotNull @Schema(example = "规模兑付率") String label,
            @Schema(example = "80.00") BigDecimal value,
            @NotNull @Schema(description = "CALCULATED, NOT_CONFIGURED (a parameter), or NOT_ELIGIBLE (no data: zero denominator)")
            CalculationStatus status,
            BigDecimal numerator,
            BigDecimal denominator,
            @Schema(description = "How it is read (the document names the metric only)") String definition) {
    }

    @Schema(name = "DirectDeliveryMetrics", description = "The four metrics of a department and period (001:1904), and the enterprises' "
            + "average stars per metric")
    public record Metrics(
            @NotNull String department,
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @NotNull Clause clause,
            Map<String, Object> counts,
            List<MetricValue> metrics,
            @Schema(description = "Average stars per metric, 2 places") Map<String, BigDecimal> averageStars,
            List<ParameterName> missingParameters) {
    }
}
