package cn.guihua.credit.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts working days on emergency-service's calendar, with a timeout, retries and a circuit breaker: a calendar that
 * keeps failing is not called for a while and the answer is at once {@link Unavailable}. A year the calendar has not
 * loaded is {@link NotLoaded}: the deadline is unknown and never guessed.
 */
@ApplicationScoped
public class WorkingDays {

    /** The calendar has no notice for a year the count runs into. */
    public static class NotLoaded extends Exception {
        public NotLoaded() {
            super(null, null, false, false);
        }
    }

    /** The calendar did not answer. */
    public static class Unavailable extends Exception {
        public Unavailable(Throwable cause) {
            super(String.valueOf(cause), null, false, false);
        }
    }

    @Inject
    CalendarCalls guarded;

    /** The {@code n}th working day after {@code from}, {@code from} not counted ({@code n >= 1}). */
    public LocalDate after(LocalDate from, int n) throws NotLoaded, Unavailable {
        try {
            return guarded.after(from, n);
        } catch (NotLoaded e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Unavailable(e);
        }
    }

    /** Whether {@code day} is a working day: the first working day after the day before it is itself. */
    public boolean isWorkingDay(LocalDate day) throws NotLoaded, Unavailable {
        return after(day.minus(1, ChronoUnit.DAYS), 1).equals(day);
    }
}
