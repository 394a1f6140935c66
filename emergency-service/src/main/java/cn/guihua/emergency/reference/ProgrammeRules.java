package cn.guihua.emergency.reference;

import java.util.List;

import cn.guihua.emergency.reference.Common.CodeName;
import cn.guihua.emergency.reference.Common.PlanRef;

/** {@code reference/programmes.json}: 编制修订工作规划 and the enterprise filing rules (README §5). */
public record ProgrammeRules(String description, List<PlanRef> plans, List<Programme> programmes,
        List<EnterpriseFiling> enterpriseFiling) {

    public record Programme(String code, String jurisdiction, String planCode, String name, String kind, Boolean isPlan,
            List<String> scope, List<String> scopeActions, String basis, String drafter, String coDrafters, Approval approval,
            List<ProgrammeFiling> filings, String filingNote, List<String> lifecycle, String extra, String source,
            List<String> quote) {
    }

    public record Approval(String by, String mode) {
    }

    public record ProgrammeFiling(String recipient, String mode, Integer deadlineWorkingDays, String deadlineNote) {
    }

    public record EnterpriseFiling(String code, String jurisdiction, String planCode, List<CodeName> appliesTo, String planType,
            String planTypeNote, List<Recipient> recipients, Boolean allRecipientsRequired, String allRecipientsNote,
            Integer deadlineWorkingDays, String deadlineNote, String rule, String note, String source, List<String> quote) {
    }

    public record Recipient(String recipient, GovLevel level, String mode, String interpretation) {
    }
}
