package cn.guihua.emergency.reference;

import java.util.List;

import cn.guihua.emergency.grading.Severity;
import cn.guihua.emergency.reference.Common.PlanRef;
import cn.guihua.emergency.reference.Common.States;

/** {@code reference/responses.json}: 应急响应 per plan (README §3). Every key of the file is a component here. */
public record ResponseRules(String description, List<PlanRef> plans, List<SeverityDef> severities, List<Tier> tiers,
        List<TierRule> tierRules, List<SeverityHandling> severityHandling, List<OnSiteCommand> onSiteCommand, States states,
        List<DrugMeasure> drugLevelIVMeasures, List<InformationRelease> informationRelease,
        List<ReleaseRule> informationReleaseRules) {

    public record SeverityDef(Severity code, String nameZh, String levelZh) {
    }

    /** A response tier (响应级别) of a plan with who activates (决定启动) and who coordinates it. */
    public record Tier(String planCode, String jurisdiction, Integer tier, String tierZh, List<Severity> appliesToSeverity,
            String activator, String activatorInterpretation, String coordinator, String coordinatorNote,
            String coordinatorGoesToScene, String districtRole, String proposer, String scopeSetBy, String startCondition,
            String note, String source, List<String> quote) {
    }

    public record TierRule(String planCode, String rule, String text, String source, List<String> quote) {
    }

    /** The body that handles (负责应对) an incident of one severity under one plan. */
    public record SeverityHandling(String planCode, String jurisdiction, Severity severity, String severityZh,
            String handledBy, GovLevel handledByLevel, String handledByNote, String mode, String districtRole,
            String districtRoleSource, List<String> districtRoleQuote, HandlingException exception, String support,
            Activation responseActivation, String source, List<String> quote) {
    }

    public record HandlingException(String condition, String handledBy, GovLevel handledByLevel, String mode) {
    }

    public record Activation(String by, String source, List<String> quote) {
    }

    /** Who sets up the on-site command (现场指挥机构) for a severity; a null severity applies to any. */
    public record OnSiteCommand(String planCode, String jurisdiction, Severity severity, String setUpBy, GovLevel setUpByLevel,
            Boolean optional, String condition, String rule, String note, String source, List<String> quote) {
    }

    public record DrugMeasure(Integer number, String name, String groupCode, String groupNameAsPrinted, Boolean dailyReport,
            List<String> dailyReportQuote, String note, String source, List<String> quote) {
    }

    /** Who releases the information on an incident of a severity (drug plan, 000:3109). */
    public record InformationRelease(String planCode, Severity severity, String publishedBy, GovLevel publishedByLevel,
            String mode, String prerequisite, List<String> filedWith, String filingTiming, String source, List<String> quote) {
    }

    public record ReleaseRule(String planCode, String rule, List<Severity> severity, String publishedBy, String deadline,
            String source, List<String> quote) {
    }
}
