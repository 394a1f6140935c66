package cn.guihua.emergency.reference;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.guihua.emergency.catalogue.EventCategory;
import cn.guihua.emergency.grading.Severity;
import cn.guihua.emergency.reference.Common.CodeName;
import cn.guihua.emergency.reference.Common.PlanRef;
import cn.guihua.emergency.reference.Common.States;

/** {@code reference/warnings.json}: 预警 rules per plan (README §2). Every key of the file is a component here. */
public record WarningRules(String description, List<PlanRef> plans, List<CodeName> issuerLevels, List<CodeName> categories,
        List<LevelScheme> levelSchemes, List<UngradedNotice> ungradedNotices, States states,
        List<RequiredContent> requiredContent, List<ChannelList> channels, List<MediaObligation> mediaObligations,
        List<MeasureList> measures, List<AfterIssueDuty> afterIssueDuties, List<RecordingRule> recordingFromAbove,
        List<AuthorityRow> authority) {

    public record LevelScheme(String planCode, String jurisdiction, List<EventCategory> categories, String eventType,
            List<LevelDef> levels, Integer highestLevel, String basis, String determinedBy, String criteria, String colorNote,
            String source, List<String> quote) {
    }

    public record LevelDef(Integer level, String nameZh, Colour color, String colorZh, String colorInheritedFrom,
            String colorSource) {
    }

    public record UngradedNotice(String planCode, String jurisdiction, List<EventCategory> categories, String appliesTo,
            List<NoticeKindDef> kinds, Boolean hasLevels, String source, List<String> quote) {
    }

    public record NoticeKindDef(NoticeKind code, String nameZh, String audience, String when) {
    }

    /** The content a warning must carry (槐荫区: the ten fields of 000:1315); the list is a minimum (等). */
    public record RequiredContent(String planCode, String jurisdiction, List<ContentField> fields, Boolean openEnded,
            String openEndedNote, String inheritsFrom, String note, String source, List<String> quote) {
    }

    public record ContentField(Integer order, String key, String nameZh, Boolean required) {
    }

    public record ChannelList(String planCode, String jurisdiction, List<String> appliesTo, List<ChannelDef> channels,
            String goal, String note, String source, List<String> quote) {
    }

    public record ChannelDef(String code, String nameZh, @JsonProperty("for") String forWhom, Boolean mandatory) {
    }

    public record MediaObligation(String planCode, String who, String onRequestOf, String obligation, String source,
            List<String> quote) {
    }

    /** The measures that may be taken after a warning: ①-⑨ of the overall plans, the drug plan's (1)-(5) for 四级. */
    public record MeasureList(String planCode, String jurisdiction, List<Integer> level, String takenBy, String selection,
            String note, String source, List<String> quote, List<MeasureDef> items) {
    }

    public record MeasureDef(Integer number, String mark, String text, String source) {
    }

    public record AfterIssueDuty(String planCode, List<String> duties, String source, List<String> quote) {
    }

    public record RecordingRule(String planCode, String rule, String source, List<String> quote) {
    }

    /** Who issues, adjusts and lifts a warning of one (plan, category, level), and what a district may do. */
    public record AuthorityRow(String id, String planCode, String jurisdiction, EventCategory category, String categoryZh,
            String eventType, Integer level, String levelZh, NoticeKind kind, String kindZh, Colour color, String colorZh,
            List<AuthorityCondition> conditions, String condition, GovLevel issuerLevel, String issuer, String authorisedBy,
            Boolean requiresAuthorisation, String issueMode, List<OtherIssuer> otherIssuers, String levelDeterminedBy,
            GovLevel adjusterLevel, String adjuster, GovLevel lifterLevel, String lifter, Boolean districtMayIssue,
            Boolean districtMayRecord, String measuresBy, Refusal refusal, String note, String source, List<String> quote,
            String adjustSource, List<String> adjustQuote, String liftSource, List<String> liftQuote) {

        public boolean needsAuthorisation() {
            return Boolean.TRUE.equals(requiresAuthorisation);
        }

        /** Whether a body of {@code level} may issue under this row itself (not merely record it). */
        public boolean issuableBy(GovLevel level) {
            if (level == issuerLevel) {
                return level != GovLevel.DISTRICT || Boolean.TRUE.equals(districtMayIssue);
            }
            return otherIssuers != null && otherIssuers.stream().anyMatch(o -> o.issuerLevel() == level);
        }
    }

    public record AuthorityCondition(String kind, Severity severity, String text) {
    }

    public record OtherIssuer(GovLevel issuerLevel, String issuer) {
    }

    public record Refusal(Integer httpStatus, String reason, String source, List<String> quote) {
    }
}
