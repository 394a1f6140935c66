package cn.guihua.indicator.document;

import java.math.BigDecimal;
import java.util.SortedMap;

import cn.guihua.indicator.evaluation.TargetEvaluation;

/**
 * A lagging target's annual values and its target line: the level (a band from {@code level} to {@code high} for a
 * range), and where the target asks for a yearly change, the path it asks for.
 */
public record Trend(TargetEvaluation target, SortedMap<Integer, BigDecimal> values, BigDecimal level, BigDecimal high,
        Integer pathFromYear, BigDecimal pathFrom, Integer pathToYear, BigDecimal pathTo, int reportYear) {

    int firstYear() {
        int first = values.isEmpty() ? reportYear : values.firstKey();
        return pathFromYear != null ? Math.min(first, pathFromYear) : first;
    }

    int lastYear() {
        int last = Math.max(reportYear, values.isEmpty() ? reportYear : values.lastKey());
        if (target.targetYear() != null && target.targetYear() - last <= 5) {
            last = Math.max(last, target.targetYear());
        }
        return pathToYear != null ? Math.max(last, pathToYear) : last;
    }
}
