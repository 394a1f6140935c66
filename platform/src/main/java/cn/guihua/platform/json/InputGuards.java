package cn.guihua.platform.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import cn.guihua.platform.problem.InvalidInputException;

/**
 * What every JSON body must satisfy, whatever the operation: no NUL or other control character in a text, dates and
 * times within {@link Limits} (which PostgreSQL stores and a government record can mean), numbers finite and of a
 * size a column holds. Each refusal names the field (Jackson prepends the path).
 */
public final class InputGuards {

    private InputGuards() {
    }

    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("guihua-input-guards");
        m.addDeserializer(String.class, new Text());
        m.addDeserializer(BigDecimal.class, new Decimal());
        m.addDeserializer(Double.class, new Real(false));
        m.addDeserializer(double.class, new Real(true));
        m.setDeserializerModifier(new DateRange());
        return m;
    }

    /** True when the text holds a character no record carries: NUL and the C0 controls but tab and line breaks, DEL. */
    public static boolean hasControlCharacter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    static final class Text extends StdDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            if (s != null && hasControlCharacter(s)) {
                throw new InvalidInputException(p, "problem.field.control-character");
            }
            return s;
        }
    }

    static final class Decimal extends StdDeserializer<BigDecimal> {
        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal v = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            if (v != null && !Limits.fits(v)) {
                throw new InvalidInputException(p, "problem.field.number-size", Limits.MAX_INTEGER_DIGITS, Limits.MAX_SCALE);
            }
            return v;
        }
    }

    static final class Real extends StdDeserializer<Double> {
        private final JsonDeserializer<?> base;

        Real(boolean primitive) {
            super(primitive ? double.class : Double.class);
            base = NumberDeserializers.find(primitive ? double.class : Double.class,
                    primitive ? "double" : Double.class.getName());
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Double v = (Double) base.deserialize(p, ctxt);
            if (v != null && !Double.isFinite(v)) {
                throw new InvalidInputException(p, "problem.field.number-size", Limits.MAX_INTEGER_DIGITS, Limits.MAX_SCALE);
            }
            return v;
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) throws com.fasterxml.jackson.databind.JsonMappingException {
            return (Double) base.getNullValue(ctxt);
        }
    }

    /** Wraps Jackson's own reader of each date and time type with the year range of {@link Limits}. */
    static final class DateRange extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc, JsonDeserializer<?> d) {
            Class<?> type = desc.getBeanClass();
            return yearOf(type, null) == YEARLESS ? d : new Dated(d, type);
        }
    }

    private static final int YEARLESS = Integer.MIN_VALUE;

    static int yearOf(Class<?> type, Object value) {
        if (type == LocalDate.class) {
            return value == null ? 0 : ((LocalDate) value).getYear();
        } else if (type == LocalDateTime.class) {
            return value == null ? 0 : ((LocalDateTime) value).getYear();
        } else if (type == OffsetDateTime.class) {
            return value == null ? 0 : ((OffsetDateTime) value).getYear();
        } else if (type == ZonedDateTime.class) {
            return value == null ? 0 : ((ZonedDateTime) value).getYear();
        } else if (type == YearMonth.class) {
            return value == null ? 0 : ((YearMonth) value).getYear();
        } else if (type == Year.class) {
            return value == null ? 0 : ((Year) value).getValue();
        } else if (type == Instant.class) {
            return value == null ? 0 : ((Instant) value).atOffset(ZoneOffset.UTC).getYear();
        }
        return YEARLESS;
    }

    static final class Dated extends DelegatingDeserializer {
        private final Class<?> type;

        Dated(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Dated(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object v = super.deserialize(p, ctxt);
            if (v != null && !Limits.yearFits(yearOf(type, v))) {
                throw new InvalidInputException(p, "problem.field.year-range", Limits.MIN_YEAR, Limits.MAX_YEAR);
            }
            return v;
        }
    }
}
