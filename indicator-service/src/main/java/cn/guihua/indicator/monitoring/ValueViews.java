package cn.guihua.indicator.monitoring;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.indicator.quality.Cell;
import cn.guihua.indicator.quality.QualityViews;
import cn.guihua.indicator.quality.RuleChecks;
import cn.guihua.indicator.quality.RuleViolationView;
import cn.guihua.indicator.quality.ValueQuality;
import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.RequestLanguage;

/** Values as the API answers them: with the flags they were stored with and, for the reviewer, their quality now. */
@ApplicationScoped
public class ValueViews {

    @Inject
    QualityViews quality;

    @Inject
    RuleChecks checks;

    /** The values with their quality checked now (two queries for them all). */
    public List<MonitoringValueView> withQuality(List<MonitoringValue> values) {
        Language language = RequestLanguage.current();
        Map<UUID, ValueQuality> q = quality.of(values.stream().map(ValueViews::cell).toList(), language);
        return values.stream().map(v -> MonitoringValueView.of(v, flags(v, language), q.get(v.id))).toList();
    }

    public MonitoringValueView withQuality(MonitoringValue v) {
        return withQuality(List.of(v)).get(0);
    }

    /**
     * A value just submitted or corrected: checked against the rules a moment ago, in this transaction, so its quality's
     * validation is the findings it was stored with (not checked again; issue 17), its outliers read now.
     */
    public MonitoringValueView checked(MonitoringValue v) {
        List<RuleViolationView> stored = flags(v, RequestLanguage.current());
        return MonitoringValueView.of(v, stored, quality.ofChecked(cell(v), stored));
    }

    /** Without the check now (a list, a history): the flags it was stored with only. */
    public MonitoringValueView plain(MonitoringValue v) {
        return MonitoringValueView.of(v, flags(v, RequestLanguage.current()), null);
    }

    private List<RuleViolationView> flags(MonitoringValue v, Language language) {
        return checks.flags(v.qualityFlags).stream().map(f -> RuleViolationView.of(f, language)).toList();
    }

    static Cell cell(MonitoringValue v) {
        return new Cell(v.id, v.indicatorCode, v.jurisdiction, v.period, v.sex.name(), v.residence.name(), v.ageGroup, v.value,
                v.numerator, v.denominator, v.unit, v.status.name());
    }
}
