package cn.guihua.emergency.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Working days after the official calendar: Monday to Friday, minus the notice's holidays, plus its make-up
 * working days. Dates in a year without a loaded notice cannot be counted, so the answer is then empty.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** A snapshot of the calendar; cheap to build (a few hundred rows) and consistent within one request. */
    public Snapshot snapshot() {
        // the two columns it needs, not the entities: hydrating a few hundred days as managed entities for every
        // compliance view was a third of its CPU under the mixed load (issue 17)
        Set<Integer> years = new HashSet<>(CalendarYear.getEntityManager()
                .createQuery("select y.year from CalendarYear y", Integer.class).getResultList());
        Map<LocalDate, CalendarDay.Kind> days = new HashMap<>();
        CalendarDay.getEntityManager().createQuery("select d.day, d.kind from CalendarDay d", Object[].class).getResultList()
                .forEach(r -> days.put((LocalDate) r[0], (CalendarDay.Kind) r[1]));
        return new Snapshot(years, days);
    }

    public record Snapshot(Set<Integer> years, Map<LocalDate, CalendarDay.Kind> exceptions) {

        public boolean covers(LocalDate day) {
            return years.contains(day.getYear());
        }

        public boolean isWorkingDay(LocalDate day) {
            CalendarDay.Kind kind = exceptions.get(day);
            if (kind != null) {
                return kind == CalendarDay.Kind.WORKDAY;
            }
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        /** The {@code n}th working day after {@code start} (start itself not counted); empty past the loaded years. */
        public Optional<LocalDate> addWorkingDays(LocalDate start, int n) {
            LocalDate day = start;
            int counted = 0;
            while (counted < n) {
                day = day.plusDays(1);
                if (!covers(day)) {
                    return Optional.empty();
                }
                if (isWorkingDay(day)) {
                    counted++;
                }
            }
            return Optional.of(day);
        }
    }
}
