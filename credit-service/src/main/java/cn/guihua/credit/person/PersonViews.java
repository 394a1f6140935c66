package cn.guihua.credit.person;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.credit.engine.Clause;
import cn.guihua.credit.identity.Masks;

public final class PersonViews {

    private PersonViews() {
    }

    @Schema(description = "A resident to take into the scheme")
    public record NewPerson(
            @NotNull @Schema(description = "公民身份号码 (GB 11643) with its check digit", example = "37030319880808555X") String idNumber,
            @NotBlank @Size(max = 100) @Schema(example = "孙某") String name,
            @NotNull Person.Residency residency,
            @Schema(description = "Must be the date the ID number encodes (default: that date)", example = "1988-08-08") LocalDate birthDate) {
    }

    @Schema(description = "A person as their own record or an authorised reader sees it")
    public record PersonView(
            @NotNull String idNumber,
            @NotNull String name,
            @NotNull LocalDate birthDate,
            @NotNull Person.Residency residency,
            @NotNull String jurisdiction,
            @NotNull OffsetDateTime registeredAt) {

        static PersonView of(Person p) {
            return new PersonView(p.idNumber, p.name, p.birthDate, p.residency, p.jurisdiction, p.registeredAt);
        }
    }

    @Schema(description = "A person in a list: the ID number and the name masked (3703**********123X, 张*)")
    public record PersonListItem(
            @NotNull @Schema(example = "3703**********555X") String idNumber,
            @NotNull @Schema(example = "孙*") String name,
            @NotNull Person.Residency residency) {

        static PersonListItem of(Person p) {
            return new PersonListItem(Masks.idNumber(p.idNumber), Masks.name(p.name), p.residency);
        }
    }

    @Schema(description = "A use of the score to check against 002:2439")
    public record UseCheck(
            @NotNull @Schema(description = "INCENTIVE (信用惠民 measures, 002:2472-2483), JOINT_PUNISHMENT (失信联合惩戒), "
                    + "REFUSE_BASIC_PUBLIC_SERVICE or RESTRICT_BASIC_PUBLIC_SERVICE (限制个人享受基本公共服务), OTHER") Use use,
            @Size(max = 200) @Schema(example = "义务教育入学") String service) {

        @Schema(name = "ScoreUse")
        public enum Use { INCENTIVE, JOINT_PUNISHMENT, REFUSE_BASIC_PUBLIC_SERVICE, RESTRICT_BASIC_PUBLIC_SERVICE, OTHER }
    }

    @Schema(description = "Whether the score may be used so: never for joint punishment or to restrict basic public services (002:2439)")
    public record UseDecision(@NotNull UseCheck.Use use, String service, boolean allowed, @NotNull Clause clause) {
    }
}
