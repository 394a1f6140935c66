package cn.guihua.emergency.warning;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.catalogue.EventCategory;
import cn.guihua.emergency.reference.Clause;
import cn.guihua.emergency.reference.Colour;
import cn.guihua.emergency.reference.GovLevel;
import cn.guihua.emergency.reference.NoticeKind;

@Schema(name = "WarningRules", description = "The warning rules of the plans that apply in a jurisdiction")
public record WarningRulesView(@NotNull @Schema(example = "370104") String jurisdiction, List<PlanRules> plans) {

    @Schema(name = "PlanWarningRules", description = "The warning rules of one plan, each with its clause")
    public record PlanRules(@NotNull @Schema(example = "HY_DRUG_SAFETY") String planCode, @NotNull String title,
            @NotNull LocalDate effectiveFrom, LocalDate effectiveTo, @NotNull Clause effectiveClause,
            List<Level> levels, List<Notice> notices,
            @Schema(description = "The content a warning must carry; empty where the plan requires none") List<Field> requiredContent,
            @Schema(description = "The plan the required content comes from (the drug plan follows the overall plan)")
            String requiredContentFrom, Clause requiredContentClause,
            List<Channel> channels, Clause channelsClause,
            List<Measures> measures,
            @Schema(description = "Who issues, adjusts and lifts each level, and what the district may do") List<Authority> authority,
            List<StepRule> steps) {
    }

    @Schema(name = "WarningLevel")
    public record Level(@Schema(example = "4") int level, @NotNull @Schema(example = "四级") String name,
            @NotNull Colour color, @NotNull @Schema(example = "蓝色") String colorName, List<EventCategory> categories,
            @Schema(description = "Where the colour comes from the plan the plan rests on") String colorInheritedFrom,
            @NotNull Clause clause) {
    }

    @Schema(name = "WarningNoticeKind", description = "An ungraded notice for 其他突发事件")
    public record Notice(@NotNull NoticeKind kind, @NotNull @Schema(example = "安全警示") String name,
            @Schema(example = "社会公众") String audience, @Schema(example = "必要时") String when, @NotNull Clause clause) {
    }

    @Schema(name = "WarningContentField")
    public record Field(@Schema(example = "8") int order, @NotNull @Schema(example = "consultation") String key,
            @NotNull @Schema(example = "咨询渠道") String name) {
    }

    @Schema(name = "WarningChannel")
    public record Channel(@NotNull @Schema(example = "EMERGENCY_BROADCAST") String code, @NotNull @Schema(example = "应急广播") String name,
            @Schema(description = "Who it is for, where the plan says") String forWhom, boolean mandatory,
            @Schema(description = "issue, adjust") List<String> appliesTo) {
    }

    @Schema(name = "WarningMeasures", description = "The measures the plan offers after a warning")
    public record Measures(@Schema(description = "The levels they are for; empty: every level") List<Integer> levels,
            @NotNull @Schema(example = "区相关专项应急指挥机构（机制）或突发事件应对的牵头部门") String takenBy,
            String selection, String note, List<WarningView.Item> items, @NotNull Clause clause) {
    }

    @Schema(name = "WarningAuthority", description = "Who issues, adjusts and lifts one level (or notice kind) under a plan")
    public record Authority(@NotNull @Schema(example = "HY_DRUG_SAFETY-HEALTH-3") String id, @NotNull EventCategory category,
            Integer level, NoticeKind kind, Colour color, @NotNull @Schema(example = "有可能发生较大（Ⅲ级）药品安全事件") String condition,
            @NotNull GovLevel issuerLevel, @Schema(example = "市市场监管部门") String issuer,
            @Schema(example = "市政府") String authorisedBy, boolean requiresAuthorisation,
            @Schema(description = "Other bodies that may issue (张店区: SUBDISTRICT 各镇办)") List<String> otherIssuers,
            GovLevel adjusterLevel, String adjuster, GovLevel lifterLevel, String lifter,
            boolean districtMayIssue, boolean districtMayRecord,
            @NotNull Clause issueClause, Clause adjustClause, Clause liftClause,
            @Schema(description = "The clause a refusal (403) quotes") Clause refusalClause, String note) {
    }

    @Schema(name = "WarningStepRule", description = "The clause behind a step of a warning under a plan")
    public record StepRule(@NotNull @Schema(example = "lift") String step, @Schema(example = "预警发布单位") String by,
            String condition, List<String> effects, @NotNull Clause clause) {
    }
}
