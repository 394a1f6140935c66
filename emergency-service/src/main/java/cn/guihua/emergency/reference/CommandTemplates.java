package cn.guihua.emergency.reference;

import java.util.List;

import cn.guihua.emergency.reference.Common.PlanRef;

/** {@code reference/command.json}: the command structure of each plan (README §4). */
public record CommandTemplates(String description, List<PlanRef> plans, List<String> bodyKinds, List<CommandPlan> commandPlans) {

    public record CommandPlan(String planCode, String jurisdiction, String title, List<Body> bodies, List<Group> onSiteGroups,
            GroupsRule onSiteGroupsRule, List<SupportMeasureDef> supportMeasures, String supportMeasuresNote,
            String memberNormalisation, List<DepartmentDuty> departmentDuties, String departmentDutiesSource) {
    }

    /** A command body (总指挥部, 专项指挥部, 现场指挥部, ...). */
    public record Body(String code, String kind, String name, String setUpBy, String setUpWhen, String when, String role,
            String underHigherLeadership, String leader, String commander, String deputyCommander, String members,
            String secretariat, String fallback, String principle, String remit, String seatedIn, String head,
            List<String> duties, String alsoDoes, String note, String source, List<String> quote, String alsoSource,
            List<String> alsoQuote) {
    }

    /** A working group of the on-site command (工作组) with its lead and member units. */
    public record Group(String code, Integer seq, String name, List<String> leadUnits, List<String> memberUnits,
            Boolean membersOpenEnded, String leadNote, String duties, String experts, List<String> aliases, String aliasSource,
            String source, List<String> quote) {
    }

    public record GroupsRule(String note, String source, List<String> quote) {
    }

    public record SupportMeasureDef(Integer seq, String name, List<String> leadUnits, List<String> supportingUnits,
            String source) {
    }

    public record DepartmentDuty(Integer seq, String unit, String duties, String note, String source) {
    }
}
