package cn.guihua.credit.record;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A public servant's credit record (88号): daily work recorded by the own unit, social conduct by the department that observed it. */
@Schema(description = "A public servant's credit record (88号)")
public record ServantRecordData(
        @NotNull @Pattern(regexp = "^PS-\\d{2}-\\d{2}$") @Schema(example = "PS-13-03") String row,
        @NotNull @Schema(example = "2022-03-01") LocalDate formedOn,
        @NotNull @Schema(description = "DAILY_WORK: recorded by the servant's own unit (002:1493); SOCIAL: by the department that observed it (002:1492)") RecordSource recordSource,
        @Size(max = 200) @Schema(description = "The conduct (principle (一), 002:1509)", example = "C1") String conductId,
        @Size(max = 200) @Schema(description = "The 处分/处罚 (principle (二), 002:1510)", example = "党纪 严重警告") String sanctionId,
        @Schema(description = "Range rows only: the points fixed case by case (principle (六), 002:1514)", example = "-10") Integer points,
        @Schema(description = "情节较为严重: the 区社会信用中心 extended the validity to 2 years (002:1495)") Boolean extendedValidity,
        @Valid Facts facts) {

    public enum RecordSource { DAILY_WORK, SOCIAL }

    public Facts factsOrNone() {
        return Facts.orNone(facts);
    }
}
