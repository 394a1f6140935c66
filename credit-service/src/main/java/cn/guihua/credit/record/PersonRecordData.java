package cn.guihua.credit.record;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A personal credit record (89号 爱张店·诚信分), entered by its 信息提供主体. */
@Schema(description = "A personal credit record (爱张店·诚信分), entered by its information provider")
public record PersonRecordData(
        @NotNull @Schema(description = "POSITIVE 诚信信息, ADMINISTRATIVE_PENALTY 行政处罚信息, SEVERE_LIST 严重失信主体名单信息, OTHER_NEGATIVE 其他失信信息 (002:2441)") InfoType infoType,
        @NotNull @Pattern(regexp = "^PE-\\d{2}-\\d{2}$") @Schema(example = "PE-17-04") String row,
        @NotNull @Schema(description = "信息形成之日: validity runs from it (002:2469)", example = "2022-03-15") LocalDate formedOn,
        @Schema(description = "Continuing conduct: validity runs from the day it ended (002:2470)") Boolean continuing,
        @Schema(description = "The day continuing conduct ended", example = "2022-09-30") LocalDate conductEndDate,
        @Size(max = 200) @Schema(description = "The conduct: one conduct matching several rows counts at the highest only (principle 1, 002:2456)", example = "C1") String conductId,
        @Size(max = 200) @Schema(description = "The 处分/处罚: several for one conduct add up (principle 2, 002:2457)", example = "张公罚〔2022〕101号") String sanctionId,
        @Schema(description = "SUMMARY penalties: left out only if PERSONAL_EXCLUSIONS_APPLY") EntityRecordData.Procedure procedure,
        @Schema(description = "Minor and remedied: left out only if PERSONAL_EXCLUSIONS_APPLY") Boolean minorAndRemedied,
        @Schema(description = "Range rows only: the points fixed case by case (principle 9, 002:2464)", example = "-3") Integer points,
        @Valid @Schema(description = "Honours of a unit, the district or a community (principles 3-6, 002:2458-2461)") CollectiveHonour collectiveHonour,
        @Schema(description = "An organisation's record entered on its legal representative's (联奖联罚, 002:2439)") Boolean jointPenalty,
        @Valid Facts facts) {

    @Schema(name = "PersonInfoType")
    public enum InfoType { POSITIVE, ADMINISTRATIVE_PENALTY, SEVERE_LIST, OTHER_NEGATIVE }

    @Schema(description = "A collective honour and the person's part in it")
    public record CollectiveHonour(
            @Schema(description = "UNIT_HONOUR (单位获得…集体类荣誉, 002:2458), DISTRICT_HONOUR (以张店区为表彰对象, 002:2459), "
                    + "TOWN_OR_COMMUNITY_HONOUR (以镇（街道）和农村、社区为表彰对象, 002:2460), GROUP_HONOUR (诚信示范户 etc., 002:2461)") HonourKind kind,
            @NotNull @Schema(description = "MEMBER of the unit, PRINCIPAL (主要负责人), DEPUTY (分管负责人), STAFF of the lead unit, HONOUREE (表彰对象)") Role role,
            @Size(max = 200) @Schema(example = "张店区某某中学") String unit) {

        public enum HonourKind { UNIT_HONOUR, DISTRICT_HONOUR, TOWN_OR_COMMUNITY_HONOUR, GROUP_HONOUR }

        @Schema(name = "HonourRole")
        public enum Role { MEMBER, PRINCIPAL, DEPUTY, STAFF, HONOUREE }

        public HonourKind kindOrUnit() {
            return kind == null ? HonourKind.UNIT_HONOUR : kind;
        }
    }

    public Facts factsOrNone() {
        return Facts.orNone(facts);
    }
}
