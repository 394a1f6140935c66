package cn.guihua.credit.engine;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import cn.guihua.platform.i18n.Text;

/**
 * One item of an explanation, in the OpenFisca style of subsidy-service's steps: the record, the annex row and its
 * points, the seed line and words, how long it counts, the principle that combined it, and the parameters that
 * decided it. For a record that does not count, {@code reason} says why and {@code source}/{@code quote} give the
 * clause. Fields that do not apply are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One item of an explanation: record, row, points, seed line and words, validity, principle, parameters")
public record TraceItem(
        @Schema(description = "The record's id", example = "17") Long record,
        @Schema(description = "The annex row applied", example = "ME-11-03") String row,
        @Schema(description = "Points counted (or that would count)", example = "-40") Integer points,
        @Schema(description = "Seed line of the row, or of the rule that set the record aside", example = "002:1092") String source,
        @Schema(example = "处以1万元至10万元（含）罚款行政处罚的") String quote,
        Principle principle,
        Reason reason,
        @Schema(description = "The day the item starts to count", example = "2022-03-10") LocalDate validFrom,
        @Schema(description = "The day its validity ends (the anniversary; whether that day still counts is "
                + "ITEM_VALIDITY_END_CONVENTION); absent when no end is given", example = "2023-03-10") LocalDate validityEnds,
        @Schema(description = "The clause or parameter that gives the validity", example = "002:2467") String validityBasis,
        @Schema(description = "Parameters that decided this item") List<String> parameters,
        @Schema(description = "The earlier record this one repeats within its validity (002:1511)") Long repeatOf,
        @Schema(description = "The record that superseded this one") Long supersededBy,
        @Schema(description = "The honour's own row, when a member gets the row one level lower (002:2458)") String honourRow,
        @Schema(description = "The row a repaired record replaces (002:2488)") String replaces,
        @Schema(description = "The year of a （每年） row", example = "2022") Integer perYear,
        @Schema(description = "The part of an amount counted in this tier", example = "10001-30000") String slice,
        @Schema(description = "The day the record stopped counting (repair, revocation)") LocalDate endedOn,
        @JsonSerialize(using = Localized.class) @Schema(implementation = String.class, description = "What was done, in words") Text note) {

    public static Builder of(Long record, String row) {
        return new Builder(record, row);
    }

    public Builder with() {
        Builder b = new Builder(record, row);
        b.points = points;
        b.source = source;
        b.quote = quote;
        b.principle = principle;
        b.reason = reason;
        b.validFrom = validFrom;
        b.validityEnds = validityEnds;
        b.validityBasis = validityBasis;
        b.parameters = parameters;
        b.repeatOf = repeatOf;
        b.supersededBy = supersededBy;
        b.honourRow = honourRow;
        b.replaces = replaces;
        b.perYear = perYear;
        b.slice = slice;
        b.endedOn = endedOn;
        b.note = note;
        return b;
    }

    public static final class Builder {
        private final Long record;
        private String row;
        private Integer points;
        private String source;
        private String quote;
        private Principle principle;
        private Reason reason;
        private LocalDate validFrom;
        private LocalDate validityEnds;
        private String validityBasis;
        private List<String> parameters;
        private Long repeatOf;
        private Long supersededBy;
        private String honourRow;
        private String replaces;
        private Integer perYear;
        private String slice;
        private LocalDate endedOn;
        private Text note;

        Builder(Long record, String row) {
            this.record = record;
            this.row = row;
        }

        public Builder row(String v) { row = v; return this; }
        public Builder points(Integer v) { points = v; return this; }
        public Builder clause(String s, String q) { source = s; quote = q; return this; }
        public Builder principle(Principle v) { principle = v; return this; }
        public Builder reason(Reason v) { reason = v; return this; }
        public Builder validFrom(LocalDate v) { validFrom = v; return this; }
        public Builder validityEnds(LocalDate v) { validityEnds = v; return this; }
        public Builder validityBasis(String v) { validityBasis = v; return this; }
        public Builder parameters(List<String> v) { parameters = v == null || v.isEmpty() ? null : List.copyOf(v); return this; }
        public Builder repeatOf(Long v) { repeatOf = v; return this; }
        public Builder supersededBy(Long v) { supersededBy = v; return this; }
        public Builder honourRow(String v) { honourRow = v; return this; }
        public Builder replaces(String v) { replaces = v; return this; }
        public Builder perYear(Integer v) { perYear = v; return this; }
        public Builder slice(String v) { slice = v; return this; }
        public Builder endedOn(LocalDate v) { endedOn = v; return this; }
        public Builder note(Text v) { note = v; return this; }

        public TraceItem build() {
            return new TraceItem(record, row, points, source, quote, principle, reason, validFrom, validityEnds, validityBasis,
                    parameters, repeatOf, supersededBy, honourRow, replaces, perYear, slice, endedOn, note);
        }
    }
}
