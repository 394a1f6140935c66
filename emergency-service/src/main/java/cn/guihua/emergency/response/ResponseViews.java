package cn.guihua.emergency.response;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.grading.Severity;
import cn.guihua.emergency.reference.Clause;
import cn.guihua.emergency.reference.GovLevel;
import cn.guihua.emergency.reference.ResponseRules;

/** The response rules of the plans as the API shows them, each with its clause. */
public final class ResponseViews {

    private ResponseViews() {
    }

    @Schema(name = "ResponseTier", description = "A response tier (响应级别) of a plan: who activates and who coordinates it")
    public record TierView(@NotNull @Schema(example = "HY_DRUG_SAFETY") String planCode, @Schema(example = "4") int tier,
            @NotNull @Schema(example = "Ⅳ级") String name, @Schema(description = "The grades it is for") List<Severity> appliesToSeverity,
            @NotNull @Schema(example = "区政府") String activator,
            @Schema(description = "Where the plan names none, null", example = "区指挥部各工作组（按照分工采取应急处置措施）") String coordinator,
            @Schema(example = "区指挥部办公室") String proposer, String districtRole,
            @NotNull @Schema(example = "核定为一般（Ⅳ级）药品安全事件") String startCondition,
            @Schema(description = "How the activator was read where the plan is not explicit") String interpretation,
            @NotNull Clause clause) {

        public static TierView of(ResponseRules.Tier t) {
            return new TierView(t.planCode(), t.tier(), t.tierZh(), t.appliesToSeverity(), t.activator(), t.coordinator(), t.proposer(),
                    t.districtRole(), t.startCondition(), t.activatorInterpretation() != null ? t.activatorInterpretation() : t.note(),
                    Clause.of(t.source(), t.quote()));
        }
    }

    @Schema(name = "SeverityHandling", description = "The body that handles (负责应对) an incident of a grade, with its clause")
    public record HandlingView(@NotNull @Schema(example = "HY_DRUG_SAFETY") String planCode, @NotNull Severity severity,
            @NotNull @Schema(example = "省政府") String handledBy, @NotNull GovLevel handledByLevel,
            @Schema(example = "由市委、市政报请") String mode,
            @Schema(example = "区指挥部负责先期处置") String districtRole, Clause districtRoleClause,
            @Schema(description = "Where the plan leaves something open (the level of 上级, ...)") String note,
            @Schema(description = "An exception the plan names, e.g. 跨区县 一般 events") String exception,
            @Schema(description = "Who starts the response for this grade, where the plan says") String responseActivatedBy,
            Clause responseActivationClause,
            @NotNull Clause clause) {

        public static HandlingView of(ResponseRules.SeverityHandling h) {
            String exception = h.exception() == null ? null
                    : h.exception().condition() + "：" + h.exception().handledBy() + "（" + h.exception().handledByLevel() + "）";
            return new HandlingView(h.planCode(), h.severity(), h.handledBy(), h.handledByLevel(), h.mode(), h.districtRole(),
                    Clause.of(h.districtRoleSource(), h.districtRoleQuote()), h.handledByNote(), exception,
                    h.responseActivation() == null ? null : h.responseActivation().by(),
                    h.responseActivation() == null ? null : Clause.of(h.responseActivation().source(), h.responseActivation().quote()),
                    Clause.of(h.source(), h.quote()));
        }
    }

    @Schema(name = "OnSiteCommandRule", description = "Who sets up the on-site command (现场指挥机构) for a grade, with its clause")
    public record OnSiteView(@NotNull @Schema(example = "ZD_OVERALL") String planCode,
            @Schema(description = "Null: any grade") Severity severity,
            @Schema(description = "Null where the plan does not say", example = "省委、省政府") String setUpBy, GovLevel setUpByLevel,
            @Schema(description = "Set up only where judged necessary (视情, 认为有必要的)") boolean optional, String condition,
            @Schema(description = "ABSORBED_BY_HIGHER: a lower command joins the higher one") String rule, String note,
            @NotNull Clause clause) {

        public static OnSiteView of(ResponseRules.OnSiteCommand o) {
            return new OnSiteView(o.planCode(), o.severity(), o.setUpBy(), o.setUpByLevel(), Boolean.TRUE.equals(o.optional()),
                    o.condition(), o.rule(), o.note(), Clause.of(o.source(), o.quote()));
        }
    }

    @Schema(name = "InformationRelease", description = "Who releases the information on an incident of a grade (drug plan, 000:3109)")
    public record ReleaseView(@NotNull @Schema(example = "HY_DRUG_SAFETY") String planCode, @NotNull Severity severity,
            @NotNull @Schema(example = "区指挥部") String publishedBy, @NotNull GovLevel publishedByLevel,
            @Schema(example = "统一审核发布") String mode, @Schema(example = "经国家药品监管部门备案后") String prerequisite,
            @Schema(description = "Filed with, before (BEFORE) or after (AFTER) the release") List<String> filedWith,
            @Schema(example = "AFTER") String filingTiming, @NotNull Clause clause) {

        public static ReleaseView of(ResponseRules.InformationRelease r) {
            return new ReleaseView(r.planCode(), r.severity(), r.publishedBy(), r.publishedByLevel(), r.mode(), r.prerequisite(),
                    r.filedWith(), r.filingTiming(), Clause.of(r.source(), r.quote()));
        }
    }

    @Schema(name = "ResponseStepRule", description = "The clause behind a step of a response under a plan")
    public record StepView(@NotNull @Schema(example = "HY_DRUG_SAFETY") String planCode, @NotNull @Schema(example = "terminate") String step,
            @Schema(example = "区政府") String by, @Schema(example = "区指挥部办公室") String proposer, String condition,
            @Schema(example = "P14D after termination") String deadline, @NotNull Clause clause) {
    }

    @Schema(name = "PlanResponseRules", description = "The response rules of one plan")
    public record PlanRules(@NotNull @Schema(example = "HY_DRUG_SAFETY") String planCode, @NotNull String title,
            @NotNull @Schema(example = "2022-11-25") LocalDate effectiveFrom, LocalDate effectiveTo, @NotNull Clause effectiveClause,
            List<TierView> tiers, List<HandlingView> severityHandling, List<OnSiteView> onSiteCommand,
            @Schema(description = "The drug plan's release authority by grade (000:3109)") List<ReleaseView> informationRelease,
            List<StepView> steps) {
    }

    @Schema(name = "ResponseRules", description = "The response rules of the plans that apply in a jurisdiction")
    public record RulesView(@NotNull @Schema(example = "370104") String jurisdiction, List<PlanRules> plans) {
    }
}
