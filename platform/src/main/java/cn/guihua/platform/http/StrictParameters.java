package cn.guihua.platform.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import cn.guihua.platform.json.Limits;
import cn.guihua.platform.problem.ProblemException;

/**
 * Reads query, path and header parameters strictly and names the parameter when one is wrong (JAX-RS answers a bare
 * 404 for a query parameter it cannot convert): whole numbers in their type's range, {@code true} or {@code false}
 * and nothing else for a flag, enum values by name, dates and times within {@link Limits}.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        Function<String, ?> read;
        String expected;
        if (raw == int.class || raw == Integer.class) {
            read = Integer::valueOf;
            expected = "problem.field.integer";
        } else if (raw == long.class || raw == Long.class) {
            read = Long::valueOf;
            expected = "problem.field.integer";
        } else if (raw == boolean.class || raw == Boolean.class) {
            read = StrictParameters::flag;
            expected = "problem.field.boolean";
        } else if (raw == BigDecimal.class) {
            read = s -> within(new BigDecimal(s));
            expected = "problem.field.number";
        } else if (raw == LocalDate.class) {
            read = s -> year(LocalDate.parse(s), LocalDate::getYear);
            expected = "problem.field.date";
        } else if (raw == YearMonth.class) {
            read = s -> year(YearMonth.parse(s), YearMonth::getYear);
            expected = "problem.field.year-month";
        } else if (raw == Year.class) {
            read = s -> year(Year.parse(s), Year::getValue);
            expected = "problem.field.year";
        } else if (raw == OffsetDateTime.class) {
            read = s -> year(OffsetDateTime.parse(s), OffsetDateTime::getYear);
            expected = "problem.field.date-time";
        } else if (raw.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) raw;
            return (ParamConverter<T>) new Strict<>(name, s -> ProblemException.enumParam(type, name, s), null);
        } else {
            return null;
        }
        return (ParamConverter<T>) new Strict<>(name, read, expected);
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private static Boolean flag(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(s);
        };
    }

    private static BigDecimal within(BigDecimal v) {
        if (!Limits.fits(v)) {
            throw new IllegalArgumentException("out of range");
        }
        return v;
    }

    private static <V> V year(V value, Function<V, Integer> year) {
        if (!Limits.yearFits(year.apply(value))) {
            throw new OutOfRange();
        }
        return value;
    }

    private static final class OutOfRange extends RuntimeException {
        OutOfRange() {
            super(null, null, false, false);
        }
    }

    private static final class Strict<V> implements ParamConverter<V> {
        private final String name;
        private final Function<String, V> read;
        private final String expected;

        Strict(String name, Function<String, V> read, String expected) {
            this.name = name;
            this.read = read;
            this.expected = expected;
        }

        @Override
        public V fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return read.apply(value.strip());
            } catch (ProblemException e) {
                throw e;
            } catch (OutOfRange e) {
                throw ProblemException.invalid(name, "problem.field.year-range", Limits.MIN_YEAR, Limits.MAX_YEAR);
            } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
                throw ProblemException.invalid(name, expected);
            }
        }

        @Override
        public String toString(V value) {
            return value == null ? null : value.toString();
        }
    }
}
