package cn.guihua.plan.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalogue contract read by indicator-service: code, name, unit, valueType, betterDirection, scale, trackedFrom, trackedTo. */
@Schema(name = "Indicator", description = "A shared indicator definition (指标)")
public record IndicatorView(
        @NotNull @Schema(example = "NEONATAL_MORTALITY") String code,
        @NotNull @Schema(example = "新生儿死亡率") String name,
        @NotNull @Schema(example = "‰") String unit,
        @NotNull ValueType valueType,
        @NotNull BetterDirection betterDirection,
        @NotNull @Schema(description = "‰, %, 1/10万, 人/千人, 亩, ...", example = "‰") String scale,
        @Schema(description = "The first year monitored: the catalogue's start, or the earliest base year of any target on "
                + "it in a current plan revision when that is earlier (以2020年为基数: the 2020 value is monitored too)",
                example = "2020") Integer trackedFrom,
        @Schema(example = "2025") Integer trackedTo,
        @Schema(description = "What is counted, where the documents say") String definition,
        @Schema(description = "Wordings of this indicator in the documents", example = "[\"新生儿死亡率\"]") List<String> aliases) {

    public static IndicatorView of(Indicator i) {
        return of(i, earliestBaseYears().get(i.code));
    }

    /** @param earliestBaseYear the earliest base year of a target on it in a current revision, null when none */
    public static IndicatorView of(Indicator i, Integer earliestBaseYear) {
        Integer from = i.trackedFrom;
        if (earliestBaseYear != null && (from == null || earliestBaseYear < from)) {
            from = earliestBaseYear;
        }
        return new IndicatorView(i.code, i.name, i.unit, i.valueType, i.betterDirection, i.scale, from,
                i.trackedTo, i.definition, i.aliases);
    }

    /** The earliest base year per indicator over the targets of the current plan revisions (one grouped query). */
    public static Map<String, Integer> earliestBaseYears() {
        Map<String, Integer> years = new HashMap<>();
        Indicator.getEntityManager().createQuery("""
                select t.indicatorCode, min(t.baselineYear) from PlanTarget t
                where t.plan.current = true and t.baselineYear is not null group by t.indicatorCode""", Object[].class)
                .getResultList().forEach(row -> years.put((String) row[0], (Integer) row[1]));
        return years;
    }
}
