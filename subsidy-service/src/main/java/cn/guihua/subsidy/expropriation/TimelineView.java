package cn.guihua.subsidy.expropriation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.ParameterUse;

@Schema(description = "A project's procedural timeline: for each event that happened, the due dates it sets, with the clause")
public record TimelineView(@NotNull UUID project, @NotNull LocalDate asOf, List<Item> items) {

    @Schema(name = "ExpropriationTimelineItem", description = "One duty of the procedure: its dates (calendar days from the day "
            + "after the event, 民法典第二百零一条; months and years on the corresponding date, 第二百零二条), or NOT_CONFIGURED naming "
            + "the parameter when a \"内\" period ends on a rest day")
    public record Item(
            @NotNull @Schema(example = "TIMELINE_DECISION_ANNOUNCEMENT") String rule,
            @NotNull Clause clause,
            @NotNull CalculationStatus status,
            @Schema(description = "The dates and findings, by name (announceBy, postingEndsEarliest, hearingRequired, …)") Map<String, Object> values,
            String note,
            List<ParameterUse> parameters) {
    }
}
