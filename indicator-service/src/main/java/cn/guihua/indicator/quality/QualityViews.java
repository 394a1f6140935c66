package cn.guihua.indicator.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.platform.i18n.Language;

/**
 * A value's quality as a reviewer sees it before approving it (the value view, the review list): the validation
 * rules it takes part in, checked now over the current values of its jurisdiction and period, and its outlier flags.
 * Two queries for a whole page: the values the rules read and the series.
 */
@ApplicationScoped
public class QualityViews {

    @Inject
    Catalogue catalogue;

    @Inject
    RuleChecks checks;

    @Inject
    Outliers outliers;

    public Map<UUID, ValueQuality> of(List<Cell> cells, Language language) {
        Map<UUID, ValueQuality> out = new HashMap<>();
        if (cells.isEmpty()) {
            return out;
        }
        // without a catalogue copy the rules cannot be compiled: the outliers are still shown
        Catalogue.Snapshot copy = catalogue.loaded();
        Map<UUID, List<RuleFinding>> validation = copy == null ? Map.of() : checks.findings(checks.current(copy), cells);
        Map<UUID, List<OutlierFinding>> flags = outliers.flags(cells);
        for (Cell c : cells) {
            List<RuleViolationView> v = validation.getOrDefault(c.id(), List.of()).stream()
                    .map(f -> RuleViolationView.of(f, language)).toList();
            out.put(c.id(), quality(v, flags.getOrDefault(c.id(), List.of())));
        }
        return out;
    }

    /**
     * The quality of a value checked a moment ago in this transaction, as it was stored (a submission's or correction's
     * answer): its validation findings are those it was checked with, which {@link #of} would find again, so only its
     * outliers are read.
     */
    public ValueQuality ofChecked(Cell cell, List<RuleViolationView> validation) {
        return quality(validation, outliers.flags(List.of(cell)).getOrDefault(cell.id(), List.of()));
    }

    private static ValueQuality quality(List<RuleViolationView> validation, List<OutlierFinding> outliers) {
        return new ValueQuality(!validation.isEmpty() || !outliers.isEmpty(), validation, outliers);
    }
}
