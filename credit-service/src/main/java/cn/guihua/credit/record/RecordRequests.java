package cn.guihua.credit.record;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies that create, correct, delete and repair records; the same for the three models. */
public final class RecordRequests {

    private RecordRequests() {
    }

    @Schema(description = "A new record. The recording department is the caller's dept claim.")
    public record NewRecord<T>(
            @NotNull @Valid T record,
            @Schema(description = "The day the department reported it (default today); a personal record reported after its "
                    + "validity ended is kept but never scored (002:2469)", example = "2022-03-15") LocalDate reportedOn,
            @Schema(description = "The objection this record supplements (002:815 补充完善数据)") Long objectionId) {
    }

    @Schema(description = "A correction by the department that recorded it (谁录入谁负责, 002:785)")
    public record Correction<T>(
            @NotNull @Valid T record,
            @NotNull @Schema(description = "The version read", example = "0") Long version,
            @NotBlank @Size(max = 1000) @Schema(example = "处罚决定书载明罚款8万元") String reason,
            @Schema(description = "The day the correction is made (default today)", example = "2022-03-10") LocalDate on,
            @Schema(description = "The objection it answers") Long objectionId) {
    }

    @Schema(description = "A repair granted by the department that recorded the record")
    public record Repair(
            @NotNull @Valid RecordRepair repair,
            @NotNull @Schema(example = "0") Long version) {
    }
}
