package cn.guihua.indicator.monitoring;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.indicator.problem.FieldError;

/** What a bulk submission did, in the manner of DHIS2's import summary. */
@Schema(name = "BulkImportSummary", description = "Rows received, accepted and rejected; each rejected row with its reasons")
public record BulkResult(
        @Schema(example = "PARTIAL") Mode mode,
        @Schema(example = "3") int received,
        @Schema(example = "2") int accepted,
        @Schema(example = "1") int rejected,
        @Schema(description = "Rejected rows, at most the first 1000 (see rejectionsTruncated)") List<RejectedRow> rejections,
        @Schema(description = "True when more rows were rejected than are listed") boolean rejectionsTruncated) {

    public enum Mode {
        ATOMIC, PARTIAL
    }

    @Schema(name = "RejectedRow", description = "A rejected row: its 1-based number among the data rows (a CSV's header is not counted) and why")
    public record RejectedRow(@Schema(example = "3") int row, List<FieldError> errors) {
    }
}
