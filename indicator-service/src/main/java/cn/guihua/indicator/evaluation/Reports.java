package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.catalogue.TargetDefinition;
import cn.guihua.indicator.monitoring.Period;
import cn.guihua.platform.json.Limits;
import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.problem.ProblemException;

/** Warnings and reports per plan and year, built on {@link Evaluator}. */
@ApplicationScoped
public class Reports {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    Evaluator evaluator;

    @Inject
    Catalogue catalogue;

    @Inject
    jakarta.persistence.EntityManager em;

    /** The plans name no threshold for 「波动较大」, so there is none unless configured or asked for. */
    @Inject
    WarningsConfig config;

    public Warnings warnings(String planCode, int year, boolean includePending, BigDecimal threshold) {
        PlanEvaluation e = evaluator.evaluate(planCode, year, includePending);
        BigDecimal t = threshold(threshold);
        return new Warnings(planCode, year, includePending, lagging(e), t, largeChanges(planCode, year, includePending, t));
    }

    public Report report(String planCode, Report.Kind kind, Integer year, boolean includePending, BigDecimal threshold) {
        int y = year != null ? year : defaultYear(planCode, kind);
        PlanEvaluation e = evaluator.evaluate(planCode, y, includePending);
        Map<String, Map<TargetStatus, Integer>> byArea = new LinkedHashMap<>();
        for (TargetEvaluation t : e.targets()) {
            byArea.computeIfAbsent(t.areaName() == null ? "" : t.areaName(), a -> emptyCounts()).merge(t.status(), 1, Integer::sum);
        }
        List<Report.AreaCounts> areas = new ArrayList<>();
        byArea.forEach((a, c) -> areas.add(new Report.AreaCounts(a, c)));
        BigDecimal t = threshold(threshold);
        return new Report(planCode, e.planTitle(), kind, y, includePending, OffsetDateTime.now(), e.catalogueFetchedAt(),
                e.counts(), areas, lagging(e), t, largeChanges(planCode, y, includePending, t), e.targets());
    }

    /**
     * Mid-term is the middle year of the five-year period the plan code starts (2021 gives 2023); final is the
     * latest target year of the plan's targets (2025). An annual report needs its year.
     */
    int defaultYear(String planCode, Report.Kind kind) {
        switch (kind) {
            case MID_TERM -> {
                int dash = planCode.lastIndexOf('-');
                try {
                    int start = Integer.parseInt(planCode.substring(dash + 1));
                    if (Limits.yearFits(start + 2)) {
                        return start + 2;
                    }
                } catch (RuntimeException e) {
                    // not a year: said below
                }
                throw ProblemException.invalid("year", "report.year.mid-term");
            }
            case FINAL -> {
                return evaluator.targetsOf(catalogue.require(), planCode).stream().map(TargetDefinition::targetYear)
                        .filter(java.util.Objects::nonNull).max(Integer::compare)
                        .orElseThrow(() -> ProblemException.invalid("year", "report.year.final"));
            }
            default -> throw ProblemException.invalid("year", "report.year.annual");
        }
    }

    private BigDecimal threshold(BigDecimal given) {
        if (given != null && given.signum() <= 0) {
            throw ProblemException.invalid("changeThreshold", "monitoring.field.positive");
        }
        return given != null ? given : config.changeThresholdPercent().orElse(null);
    }

    private static List<TargetEvaluation> lagging(PlanEvaluation e) {
        return e.targets().stream().filter(t -> t.status().lagging()).toList();
    }

    private List<LargeChange> largeChanges(String planCode, int year, boolean includePending, BigDecimal threshold) {
        if (threshold == null) {
            return List.of();
        }
        List<TargetDefinition> targets = evaluator.targetsOf(catalogue.require(), planCode);
        java.util.Set<String> indicators = new java.util.LinkedHashSet<>();
        targets.forEach(t -> {
            if (t.indicatorCode() != null) {
                indicators.add(t.indicatorCode());
            }
        });
        Observations o = Observations.periods(em, targets.get(0).jurisdiction(), indicators, year, includePending);
        List<LargeChange> result = new ArrayList<>();
        for (Observations.Row v : o.rows()) {
            if (v.year() != year) {
                continue;
            }
            Period previous = Period.parse(v.period()).previous();
            BigDecimal before = o.at(v.indicatorCode(), v.jurisdiction(), previous.text());
            if (before == null) {
                continue;
            }
            BigDecimal change = v.value().subtract(before).abs();
            if (before.signum() == 0) {
                if (change.signum() != 0) {
                    result.add(new LargeChange(v.indicatorCode(), v.jurisdiction(), v.period(), v.value(), previous.text(), before, null));
                }
                continue;
            }
            BigDecimal percent = change.multiply(HUNDRED).divide(before.abs(), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
            if (percent.compareTo(threshold) > 0) {
                result.add(new LargeChange(v.indicatorCode(), v.jurisdiction(), v.period(), v.value(), previous.text(), before, percent));
            }
        }
        result.sort(java.util.Comparator.comparing(LargeChange::indicatorCode).thenComparing(LargeChange::jurisdiction)
                .thenComparing(LargeChange::period));
        return result;
    }

    private static Map<TargetStatus, Integer> emptyCounts() {
        Map<TargetStatus, Integer> m = new EnumMap<>(TargetStatus.class);
        for (TargetStatus s : TargetStatus.values()) {
            m.put(s, 0);
        }
        return m;
    }

    /**
     * The report as CSV, one row per target, with a BOM so that spreadsheet programs read the Chinese right; the
     * headers are bilingual, the explanations in {@code language}.
     */
    static String csv(Report r, Language language) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append("规划代码 planCode,年份 year,报告类型 kind,领域 areaName,目标序号 goalSequence,指标代码 indicatorCode,指标 indicatorName,"
                + "区划 jurisdiction,比较 comparator,目标值 targetValue,目标上限 targetValueHigh,方向 direction,单位 unit,目标年份 targetYear,"
                + "性质 nature,监测值 observed,监测区划 observedJurisdiction,参照值 reference,要求水平 requiredLevel,状态 status,说明 explanation,出处 sourceRef\r\n");
        for (TargetEvaluation t : r.targets()) {
            Object[] cells = { r.planCode(), r.year(), r.kind(), t.areaName(), t.goalSequence(), t.indicatorCode(), t.indicatorName(),
                t.jurisdiction(), t.comparator(), plain(t.targetValue()), plain(t.targetValueHigh()), t.direction(), t.unit(),
                t.targetYear(), t.nature(), plain(t.observed()), t.observedJurisdiction(), plain(t.reference()),
                plain(t.requiredLevel()), t.status(), t.explanation().in(language), t.sourceRef() };
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(cell(cells[i]));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static String cell(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
