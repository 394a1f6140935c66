package cn.guihua.subsidy.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.problem.ProblemException;

/**
 * Working days counted on emergency-service's calendar, the one calendar of the system: this service keeps no
 * holiday data. The day of the event is not counted. A count that runs into a year the calendar has not loaded gives
 * no date ({@link NotLoaded}: the answer says CALENDAR_NOT_CONFIGURED, never a guessed date). When the calendar does
 * not answer, the operation that needs the date answers 503 with {@code Retry-After} and stores nothing
 * ({@link #unavailable}).
 */
@ApplicationScoped
public class WorkingDays {

    /** What a due date says when the count runs past the loaded years. */
    public static final String NOT_CONFIGURED = "CALENDAR_NOT_CONFIGURED";

    /** The calendar has no notice for a year the count runs into. */
    public static class NotLoaded extends Exception {
        public NotLoaded() {
            super(null, null, false, false);
        }
    }

    /** A due date and every working day counted to reach it, in order. */
    public record Count(LocalDate from, int days, LocalDate due, List<LocalDate> counted) {
    }

    @Inject
    CalendarCalls calls;

    /** The {@code n}th working day after {@code from} with the days counted; 503 when the calendar does not answer. */
    public Count after(LocalDate from, int n) throws NotLoaded {
        List<LocalDate> counted = new ArrayList<>(n);
        LocalDate day = from;
        for (int i = 0; i < n; i++) {
            day = next(day);
            counted.add(day);
        }
        return new Count(from, n, day, List.copyOf(counted));
    }

    /** The day itself if it is a working day, otherwise the next working day. */
    public LocalDate onOrAfter(LocalDate day) throws NotLoaded {
        return next(day.minusDays(1));
    }

    private LocalDate next(LocalDate day) throws NotLoaded {
        try {
            return calls.next(day);
        } catch (NotLoaded e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable();
        }
    }

    public static ProblemException unavailable() {
        return ProblemException.unavailable(30, "calendar.unavailable");
    }
}
