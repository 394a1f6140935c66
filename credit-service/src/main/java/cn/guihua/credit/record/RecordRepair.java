package cn.guihua.credit.record;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A repair granted on a record: for persons 主动履行法定义务 and the provider's agreement (002:2488); for entities the
 * repair of 002:816 (effect by ENTITY_REPAIR_EFFECT); for servants 002:1482 (effect by PS_REPAIRED_RECORD_EFFECT).
 */
@Schema(description = "A repair granted on a record")
public record RecordRepair(
        @Schema(description = "The day the obligation was performed or the conduct corrected", example = "2022-08-20") LocalDate performedOn,
        @NotNull @Schema(description = "The day the repair takes effect: the provider agreed (persons) or the repair was granted", example = "2022-09-01") LocalDate agreedOn,
        @NotNull @Schema(description = "The department that agreed (the one that recorded it)", example = "张店区人民法院") String agreedBy,
        @Schema(description = "The basis stated", example = "已履行判决确定的义务") String basis,
        @Schema(description = "Entities with ENTITY_REPAIR_EFFECT = REDUCE_POINTS: the points after repair") Integer pointsAfterRepair) {
}
