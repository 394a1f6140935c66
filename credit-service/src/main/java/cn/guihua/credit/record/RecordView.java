package cn.guihua.credit.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record as the API shows it, with its versions when read by id. */
@Schema(description = "A credit record: what it says, who recorded it, its version and, read by id, its history")
public record RecordView<T>(
        @NotNull @Schema(example = "17") Long id,
        @NotNull @Schema(example = "MARKET_ENTITY") SubjectType subjectType,
        @NotNull @Schema(example = "91370303MA3C000380") String subject,
        @NotNull @Schema(description = "The recording department: the only one that may correct or delete it (002:785)",
                example = "张店区市场监督管理局") String department,
        @NotNull LocalDate reportedOn,
        @NotNull T record,
        RecordRepair repair,
        boolean deleted,
        @Schema(description = "Send it back with a correction, deletion or repair (optimistic concurrency)") long version,
        @NotNull OffsetDateTime createdAt,
        @NotNull String createdBy,
        @NotNull OffsetDateTime updatedAt,
        @Schema(description = "Every version, oldest first (read by id only)") List<Version<T>> history) {

    @Schema(description = "One version of a record: what it said from knownFrom until knownTo")
    public record Version<T>(long version, @NotNull CreditRecordVersion.Change change, @NotNull LocalDate changeOn, String reason,
            Long objectionId, @NotNull String changedBy, @NotNull OffsetDateTime knownFrom, OffsetDateTime knownTo, @NotNull T record,
            RecordRepair repair, boolean deleted) {
    }

    public static <T> RecordView<T> of(CreditRecord r, RecordStore store, Class<T> type, boolean withHistory) {
        List<Version<T>> history = withHistory ? store.history(r.id).stream().map(v -> new Version<>(v.version, v.change, v.changeOn,
                v.reason, v.objectionId, v.changedBy, v.knownFrom, v.knownTo, store.read(v.data, type), store.repair(v.repair), v.deleted))
                .toList() : null;
        return new RecordView<>(r.id, r.subjectType, r.subjectId, r.department, r.reportedOn, store.read(r.data, type),
                store.repair(r.repair), r.deleted, r.version, r.createdAt, r.createdBy, r.updatedAt, history);
    }
}
