package cn.guihua.emergency.command;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.reference.Clause;
import cn.guihua.emergency.reference.CommandTemplates;

/** Command templates and incident commands as the API shows them. */
public final class CommandViews {

    private CommandViews() {
    }

    @Schema(name = "CommandBody", description = "A command body of a plan (总指挥部, 专项指挥部, 指挥部办公室, 现场指挥部, ...)")
    public record BodyView(@NotNull @Schema(example = "SPECIAL_HQ") String code, @NotNull @Schema(example = "专项指挥部") String kind,
            @Schema(example = "区药品安全事件应急处置指挥部（区指挥部）") String name,
            @Schema(description = "Commander, leader or head", example = "分管副区长（指挥长）") String commander,
            @Schema(example = "区市场监管部门主要负责人（副指挥长）") String deputyCommander,
            String members, String secretariat, String seatedIn, String setUpBy, String when, String role, String remit,
            List<String> duties, String note, @NotNull Clause clause, Clause alsoClause) {

        static BodyView of(CommandTemplates.Body b) {
            String commander = b.commander() != null ? b.commander() : b.leader() != null ? b.leader() : b.head();
            String when = b.when() != null ? b.when() : b.setUpWhen();
            return new BodyView(b.code(), b.kind(), b.name(), commander, b.deputyCommander(), b.members(), b.secretariat(), b.seatedIn(),
                    b.setUpBy(), when, b.role(), b.remit(), b.duties(), b.note(), Clause.of(b.source(), b.quote()),
                    Clause.of(b.alsoSource(), b.alsoQuote()));
        }
    }

    @Schema(name = "CommandGroup", description = "A working group (工作组) of a plan's on-site command with its lead and member units")
    public record GroupView(@NotNull @Schema(example = "MEDICAL_TREATMENT") String code, @Schema(example = "2") int seq,
            @NotNull @Schema(example = "医疗救治组") String name,
            @Schema(description = "Empty where the plan names none (the overall plans)", example = "[\"区卫生健康部门\"]") List<String> leadUnits,
            List<String> memberUnits,
            @Schema(description = "The list ends with 等: more units may join") boolean membersOpenEnded,
            String leadNote, String duties, List<String> aliases, @NotNull Clause clause) {

        static GroupView of(CommandTemplates.Group g) {
            return new GroupView(g.code(), g.seq(), g.name(), g.leadUnits(), g.memberUnits(), Boolean.TRUE.equals(g.membersOpenEnded()),
                    g.leadNote(), g.duties(), g.aliases(), Clause.of(g.source(), g.quote()));
        }
    }

    @Schema(name = "DepartmentDuty", description = "A department's duties under a plan (the drug plan's appendix 2)")
    public record DutyView(@Schema(example = "1") int seq, @NotNull @Schema(example = "区市场监管局") String unit,
            @NotNull String duties, String note, @NotNull String sourceRef) {
    }

    @Schema(name = "CommandTemplate", description = "The command structure a plan lays down, for incidents under it")
    public record TemplateView(@NotNull @Schema(example = "HY_DRUG_SAFETY") String planCode, @NotNull String title,
            @NotNull @Schema(example = "370104") String jurisdiction, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
            List<BodyView> bodies, List<GroupView> groups,
            @NotNull @Schema(description = "How the groups may be set up or adjusted") Clause groupsRule,
            @Schema(description = "How member lists were read", example = "会同…等部门 expanded to 区X部门") String memberNormalisation,
            List<DutyView> departmentDuties) {
    }

    @Schema(name = "CommandAssignment", description = "A person staffing a unit")
    public record AssignmentView(@NotNull UUID id, @NotNull @Schema(example = "MEDICAL_TREATMENT") String unitCode,
            @NotNull CommandAssignment.Role role, @NotNull @Schema(example = "张某某") String person, String organisation, String phone,
            @NotNull OffsetDateTime assignedAt, @NotNull String recordedBy) {

        static AssignmentView of(CommandAssignment a) {
            return new AssignmentView(a.id, a.unitCode, a.role, a.person, a.organisation, a.phone, a.assignedAt, a.recordedBy);
        }
    }

    @Schema(name = "CommandUnit", description = "A body or working group of an incident's command, and who staffs it")
    public record UnitView(@NotNull @Schema(example = "MEDICAL_TREATMENT") String code, @NotNull CommandUnit.Kind kind,
            @Schema(example = "2") int seq, @NotNull @Schema(example = "医疗救治组") String name, List<String> leadUnits,
            List<String> memberUnits, String duties,
            @Schema(description = "The template's commander, leader or head of a body") String commander,
            @Schema(description = "The template's deputy of a body") String deputyCommander,
            @NotNull String sourceRef, List<AssignmentView> staff,
            @Schema(description = "At least one person assigned") boolean staffed) {
    }

    @Schema(name = "IncidentCommand", description = "The command set up for an incident from its plan's template")
    public record CommandView(@NotNull UUID incidentId, @NotNull @Schema(example = "370104") String jurisdiction,
            @NotNull @Schema(example = "HY_DRUG_SAFETY") String planCode, @NotNull String planTitle,
            @NotNull @Schema(example = "区指挥部") String setUpBy, @NotNull OffsetDateTime setUpAt,
            @NotNull @Schema(description = "Who sets up the on-site command for the grade, as the plan says") Clause setUpUnder,
            List<UnitView> units,
            @Schema(description = "Every unit has at least one person") boolean staffed,
            @NotNull String recordedBy) {
    }
}
