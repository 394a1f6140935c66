package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.catalogue.IndicatorDefinition;
import cn.guihua.indicator.catalogue.TargetDefinition;
import cn.guihua.indicator.directory.PlanDirectory;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.JurisdictionCodes;

/**
 * Reporting completeness (报送完整性与及时性), as DHIS2's reporting-rate report: who (a jurisdiction and its streets) was
 * expected to report which indicators for which periods, who did, who did late, who is overdue, and the rates.
 * <p>
 * Expected: the indicators of the targets of the plans of the jurisdiction and of those above it in the catalogue copy
 * (or of one plan, or an indicator set), for every period of each period type the indicator's reporting schedule
 * names that ended and lies in the years the indicator is tracked. Reported: a current value of the indicator,
 * jurisdiction and period (any disaggregation) that is not rejected, at the time of the first version of any of them.
 * Late: reported after the deadline (the period's last day plus the schedule's days). Overdue: not reported and the
 * deadline passed. The rates count the reports whose deadline passed or that were made.
 */
@ApplicationScoped
public class Completeness {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    Catalogue catalogue;

    @Inject
    PlanDirectory directory;

    @Inject
    ReportingSchedules schedules;

    @Inject
    EntityManager em;

    @Inject
    QualityConfig config;

    /**
     * What to report on: a jurisdiction, optionally one plan's targets or an indicator set, the streets (null: those
     * plan-service lists and those with values; {@code withStreets} false: none), and the periods (null: every tracked
     * period that ended).
     */
    public record Request(String jurisdiction, String plan, List<String> indicatorCodes, List<String> streets,
            boolean withStreets, PeriodRange range) {
    }

    /** An indicator expected, with the plans that make it so and the schedule it follows. */
    record Expected(IndicatorDefinition indicator, List<String> plans, Map<PeriodType, Integer> schedule) {
    }

    /** The units and what they were expected to report. */
    record Scope(List<CompletenessReport.Unit> units, List<Expected> indicators) {
    }

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /**
     * The report: the rates of every expected report's status today, and a page of the reports ({@code status}
     * null: all).
     */
    public CompletenessReport report(Request r, LocalDate today, CompletenessReport.Status status, PageRequest paging) {
        Scope scope = scope(catalogue.require(), r);
        List<CompletenessReport.ExpectedReport> cells = cells(scope, r.range(), today, null);
        Map<String, Tally> perPair = new LinkedHashMap<>();
        Map<String, Tally> perUnit = new LinkedHashMap<>();
        Map<String, Tally> perIndicator = new LinkedHashMap<>();
        Tally total = new Tally(null, null);
        for (CompletenessReport.Unit u : scope.units()) {
            perUnit.put(u.code(), new Tally(u.code(), null));
            for (Expected e : scope.indicators()) {
                perPair.put(u.code() + '|' + e.indicator().code(), new Tally(u.code(), e.indicator().code()));
            }
        }
        for (Expected e : scope.indicators()) {
            perIndicator.put(e.indicator().code(), new Tally(null, e.indicator().code()));
        }
        for (CompletenessReport.ExpectedReport c : cells) {
            perPair.get(c.jurisdiction() + '|' + c.indicatorCode()).add(c.status());
            perUnit.get(c.jurisdiction()).add(c.status());
            perIndicator.get(c.indicatorCode()).add(c.status());
            total.add(c.status());
        }
        return new CompletenessReport(r.jurisdiction(), scope.units().get(0).name(), r.plan(),
                r.range() == null ? null : r.range().from(), r.range() == null ? null : r.range().to(), today, scope.units(),
                scope.indicators().stream().map(e -> new CompletenessReport.Indicator(e.indicator().code(), e.indicator().name(),
                        e.plans(), ReportingSchedules.entries(e.schedule()))).toList(),
                perPair.values().stream().map(Tally::rate).toList(), perUnit.values().stream().map(Tally::rate).toList(),
                perIndicator.values().stream().map(Tally::rate).toList(), total.rate(),
                CompletenessReport.Reports.of(Page.slice(status == null ? cells : cells.stream()
                        .filter(c -> c.status() == status).toList(), paging)));
    }

    /** Every report due and not made, today, in the jurisdiction and its streets: every tracked period that ended. */
    public List<CompletenessReport.ExpectedReport> overdue(Request r, LocalDate today) {
        return cells(scope(catalogue.require(), r), null, today, null).stream()
                .filter(c -> c.status() == CompletenessReport.Status.OVERDUE).toList();
    }

    /**
     * The cells whose deadline passed between {@code since} (inclusive) and {@code today} (exclusive) and that are
     * overdue: what the overdue check announces.
     */
    List<CompletenessReport.ExpectedReport> newlyOverdue(Scope scope, LocalDate since, LocalDate today) {
        return cells(scope, null, today, since).stream().filter(c -> c.status() == CompletenessReport.Status.OVERDUE).toList();
    }

    /** The units (the jurisdiction, then its streets) and the indicators they were expected to report. */
    Scope scope(Catalogue.Snapshot s, Request r) {
        String j = r.jurisdiction();
        List<TargetDefinition> targets = (r.plan() != null ? s.targetsOfPlan(r.plan()) : s.targets()).stream()
                .filter(t -> t.jurisdiction() != null && JurisdictionCodes.isValid(t.jurisdiction())
                        && JurisdictionCodes.within(j, t.jurisdiction()))
                .toList();
        if (r.plan() != null && targets.isEmpty()) {
            throw ProblemException.invalid("plan", "quality.completeness.plan", r.plan(), j);
        }
        Map<String, List<String>> plansOf = new LinkedHashMap<>();
        for (TargetDefinition t : targets) {
            if (t.indicatorCode() != null && s.indicator(t.indicatorCode()) != null) {
                List<String> plans = plansOf.computeIfAbsent(t.indicatorCode(), k -> new ArrayList<>());
                if (t.planCode() != null && !plans.contains(t.planCode())) {
                    plans.add(t.planCode());
                }
            }
        }
        List<String> codes;
        if (r.indicatorCodes() != null && !r.indicatorCodes().isEmpty()) {
            List<Violation> unknown = new ArrayList<>();
            for (String c : r.indicatorCodes()) {
                if (s.indicator(c) == null) {
                    unknown.add(Violation.of("indicatorCode", "monitoring.indicator.unknown", c, s.fetchedAt()));
                }
            }
            if (!unknown.isEmpty()) {
                throw ProblemException.invalid(unknown);
            }
            codes = new ArrayList<>(new LinkedHashSet<>(r.indicatorCodes()));
            if (r.plan() != null) {
                codes.retainAll(plansOf.keySet());
            }
        } else {
            codes = new ArrayList<>(plansOf.keySet());
            if (codes.isEmpty()) {
                throw ProblemException.invalid("indicatorCode", "quality.completeness.no-indicators", j);
            }
        }
        ReportingSchedules.All all = schedules.all();
        List<Expected> expected = new ArrayList<>();
        for (String c : codes) {
            expected.add(new Expected(s.indicator(c), plansOf.getOrDefault(c, List.of()), all.of(c)));
        }
        return new Scope(units(j, r, codes), expected);
    }

    /** The jurisdiction and the streets to report for: those asked for, else those plan-service lists and those with values. */
    private List<CompletenessReport.Unit> units(String jurisdiction, Request r, List<String> codes) {
        List<CompletenessReport.Unit> units = new ArrayList<>();
        units.add(new CompletenessReport.Unit(jurisdiction, directory.name(jurisdiction).orElse(null)));
        if (!r.withStreets() || jurisdiction.length() > 6) {
            return units;
        }
        Map<String, String> names = new HashMap<>();
        Set<String> streets = new TreeSet<>();
        if (r.streets() != null && !r.streets().isEmpty()) {
            List<Violation> wrong = new ArrayList<>();
            for (String st : r.streets()) {
                if (st.length() != 9 || !JurisdictionCodes.isValid(st) || !JurisdictionCodes.within(st, jurisdiction)) {
                    wrong.add(Violation.of("street", "template.street", st, jurisdiction));
                } else {
                    streets.add(st);
                }
            }
            if (!wrong.isEmpty()) {
                throw ProblemException.invalid(wrong);
            }
        } else {
            directory.children(jurisdiction).forEach(p -> {
                if (p.code().length() == 9) {
                    names.put(p.code(), p.name());
                    streets.add(p.code());
                }
            });
            if (!codes.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<String> withValues = em.createNativeQuery("SELECT DISTINCT jurisdiction FROM monitoring_value WHERE is_current "
                        + "AND length(jurisdiction) = 9 AND jurisdiction LIKE :p AND indicator_code IN (:codes)")
                        .setParameter("p", JurisdictionCodes.prefix(jurisdiction) + "%").setParameter("codes", codes)
                        .setMaxResults(1000).getResultList();
                streets.addAll(withValues);
            }
        }
        for (String st : streets) {
            units.add(new CompletenessReport.Unit(st, names.containsKey(st) ? names.get(st) : directory.name(st).orElse(null)));
        }
        return units;
    }

    /** An expected report: a unit, an indicator, a period and its deadline. */
    private record Slot(String unit, Expected expected, String period, PeriodType type, LocalDate due) {
    }

    /** The first report of a unit's indicator and period, and whether a current value not rejected is there. */
    private record Reported(OffsetDateTime at, boolean current) {
    }

    /**
     * The cells of the scope: each unit × indicator × period of its schedule that ended, within {@code range} (null:
     * every tracked year up to today), with the status today; with {@code dueSince}, only those due in [dueSince, today).
     */
    private List<CompletenessReport.ExpectedReport> cells(Scope scope, PeriodRange range, LocalDate today, LocalDate dueSince) {
        List<Slot> slots = new ArrayList<>();
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        for (Expected e : scope.indicators()) {
            IndicatorDefinition i = e.indicator();
            for (Map.Entry<PeriodType, Integer> d : e.schedule().entrySet()) {
                PeriodType type = d.getKey();
                LocalDate first;
                LocalDate last;
                if (dueSince != null) {
                    // the periods whose deadline can lie after dueSince
                    first = dueSince.minusDays(d.getValue()).minusYears(1).withDayOfYear(1);
                    last = today;
                } else if (range != null) {
                    first = range.first();
                    last = range.last();
                } else {
                    first = LocalDate.of(i.trackedFrom() != null ? i.trackedFrom() : today.getYear() - 10, 1, 1);
                    last = today;
                }
                for (LocalDate start = type.align(first); !start.isAfter(last); start = start.plusMonths(type.months())) {
                    String p = type.period(start);
                    LocalDate end = PeriodType.end(p);
                    if (start.isBefore(first) || end.isAfter(last) || !end.isBefore(today) || !i.tracks(start.getYear())) {
                        continue;
                    }
                    LocalDate due = end.plusDays(d.getValue());
                    if (dueSince != null && (due.isBefore(dueSince) || !due.isBefore(today))) {
                        continue;
                    }
                    for (CompletenessReport.Unit u : scope.units()) {
                        slots.add(new Slot(u.code(), e, p, type, due));
                    }
                    minYear = Math.min(minYear, start.getYear());
                    maxYear = Math.max(maxYear, start.getYear());
                    if (slots.size() > config.completeness().maxCells()) {
                        throw ProblemException.invalid("periodFrom", "quality.completeness.too-many",
                                config.completeness().maxCells());
                    }
                }
            }
        }
        Map<String, Reported> reported = slots.isEmpty() ? Map.of() : reported(scope, minYear, maxYear);
        List<CompletenessReport.ExpectedReport> cells = new ArrayList<>(slots.size());
        for (Slot sl : slots) {
            Reported rep = reported.get(sl.unit() + '|' + sl.expected().indicator().code() + '|' + sl.period());
            boolean done = rep != null && rep.current();
            CompletenessReport.Status status;
            Integer late = null;
            Integer overdue = null;
            if (done) {
                LocalDate day = rep.at().atZoneSameInstant(CHINA).toLocalDate();
                status = day.isAfter(sl.due()) ? CompletenessReport.Status.LATE : CompletenessReport.Status.ON_TIME;
                if (status == CompletenessReport.Status.LATE) {
                    late = (int) ChronoUnit.DAYS.between(sl.due(), day);
                }
            } else if (today.isAfter(sl.due())) {
                status = CompletenessReport.Status.OVERDUE;
                overdue = (int) ChronoUnit.DAYS.between(sl.due(), today);
            } else {
                status = CompletenessReport.Status.OPEN;
            }
            cells.add(new CompletenessReport.ExpectedReport(sl.unit(), sl.expected().indicator().code(), sl.period(), sl.type(), sl.due(),
                    status, done ? rep.at() : null, late, overdue));
        }
        return cells;
    }

    /** Per unit, indicator and period: the first report's time and whether a current value not rejected is there. One query. */
    private Map<String, Reported> reported(Scope scope, int fromYear, int toYear) {
        List<String> units = scope.units().stream().map(CompletenessReport.Unit::code).toList();
        List<String> codes = scope.indicators().stream().map(e -> e.indicator().code()).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT jurisdiction, indicator_code, period, min(reported_at), "
                + "bool_or(is_current AND status <> 'REJECTED') FROM monitoring_value WHERE indicator_code IN (:i) "
                + "AND jurisdiction IN (:j) AND year BETWEEN :a AND :b GROUP BY jurisdiction, indicator_code, period")
                .setParameter("i", codes).setParameter("j", units).setParameter("a", fromYear).setParameter("b", toYear)
                .getResultList();
        Map<String, Reported> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put(r[0] + "|" + r[1] + '|' + r[2], new Reported(offset(r[3]), Boolean.TRUE.equals(r[4])));
        }
        return out;
    }

    private static OffsetDateTime offset(Object v) {
        if (v instanceof OffsetDateTime o) {
            return o;
        }
        if (v instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("reported_at read as " + (v == null ? "null" : v.getClass().getName()));
    }

    /** Counts of one unit, one indicator, both, or all. */
    private static final class Tally {
        final String unit;
        final String indicator;
        int onTime;
        int late;
        int overdue;
        int open;

        Tally(String unit, String indicator) {
            this.unit = unit;
            this.indicator = indicator;
        }

        void add(CompletenessReport.Status s) {
            switch (s) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case OVERDUE -> overdue++;
                case OPEN -> open++;
            }
        }

        CompletenessReport.Rate rate() {
            int due = onTime + late + overdue;
            return new CompletenessReport.Rate(unit, indicator, due, onTime + late, onTime, late, overdue, open,
                    percent(onTime + late, due), percent(onTime, due));
        }

        private static BigDecimal percent(int part, int whole) {
            return whole == 0 ? null : OutlierDetector.plain(BigDecimal.valueOf(part * 100L)
                    .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
        }
    }

    /** Every jurisdiction with a target in the catalogue copy, for the overdue check. */
    static List<String> planJurisdictions(Catalogue.Snapshot s) {
        Set<String> out = new TreeSet<>();
        for (TargetDefinition t : s.targets()) {
            if (t.jurisdiction() != null && JurisdictionCodes.isValid(t.jurisdiction())) {
                out.add(t.jurisdiction());
            }
        }
        return List.copyOf(out);
    }
}
