package cn.guihua.indicator.monitoring;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.problem.FieldError;
import cn.guihua.platform.problem.Violation;

/** What a bulk submission did, in the manner of DHIS2's import summary. */
@Schema(name = "BulkImportSummary", description = "Rows received, accepted and rejected; each rejected row with its reasons")
public record BulkResult(
        @NotNull @Schema(example = "PARTIAL") Mode mode,
        @Schema(example = "3") int received,
        @Schema(example = "2") int accepted,
        @Schema(example = "1") int rejected,
        @Schema(description = "Rejected rows, at most the first 1000 (see rejectionsTruncated)") List<RejectedRow> rejections,
        @Schema(description = "True when more rows were rejected than are listed") boolean rejectionsTruncated,
        @Schema(description = "Rows stored with a warning-level validation rule violated (flagged for review)", example = "1") int flagged,
        @Schema(description = "The flagged rows, at most the first 1000, each with the rules it violates and both sides' values")
        List<FlaggedRow> flags,
        @Schema(description = "True when more rows were flagged than are listed") boolean flagsTruncated) {

    public enum Mode {
        ATOMIC, PARTIAL
    }

    @Schema(name = "RejectedRow", description = "A rejected row: its 1-based number among the data rows (a CSV's header is not counted) and why")
    public record RejectedRow(@Schema(example = "3") int row, List<FieldError> errors) {
    }

    @Schema(name = "FlaggedRow", description = "A row stored flagged: its number and the warning-level rules it violates")
    public record FlaggedRow(@Schema(example = "3") int row, List<FieldError> warnings) {
    }

    /** A rejected row as the import sees it: the reasons not yet in a language. */
    record Rejection(int row, List<Violation> violations) {
    }

    /** The summary as the import sees it; {@link #in} gives the answer in the caller's language. */
    record Summary(Mode mode, int received, int accepted, int rejected, List<Rejection> rejections, boolean truncated,
            int flagged, List<Rejection> flags, boolean flagsTruncated) {

        BulkResult in(Language language) {
            List<RejectedRow> rows = rejections.stream().map(r -> new RejectedRow(r.row(), r.violations().stream()
                    .map(v -> new FieldError(v.field(), v.message().in(language))).toList())).toList();
            List<FlaggedRow> flaggedRows = flags.stream().map(r -> new FlaggedRow(r.row(), r.violations().stream()
                    .map(v -> new FieldError(v.field(), v.message().in(language))).toList())).toList();
            return new BulkResult(mode, received, accepted, rejected, rows, truncated, flagged, flaggedRows, flagsTruncated);
        }
    }
}
