package cn.guihua.subsidy.disability;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.subsidy.application.Applications;
import cn.guihua.subsidy.identity.ResidentId;

@Schema(description = "A certificate holder; ID number and name masked unless the caller may see them")
public record PersonView(
        @NotNull UUID id,
        @NotNull @Schema(example = "370104********001X") String idNumber,
        @NotNull @Schema(example = "张*") String name,
        @NotNull @Schema(example = "370104001") String residence,
        @NotNull DisabilityCategory category,
        int grade,
        boolean lowIncome,
        int version) {

    static PersonView of(DisabledPerson p, boolean reveal) {
        return new PersonView(p.id, reveal ? p.idNumber : ResidentId.mask(p.idNumber), reveal ? p.name : Applications.maskName(p.name),
                p.residence, p.category, p.grade, p.lowIncome, p.version);
    }
}
