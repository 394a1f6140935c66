package cn.guihua.platform.json;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * An amount of money in yuan (元): written with exactly two decimals ({@code 5000000.00}), rounded half up, in one
 * place for every service (docs/api-guide.md). Put it on the {@code BigDecimal} field or record component.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = Money.Writer.class)
public @interface Money {

    int SCALE = 2;

    final class Amounts {
        private Amounts() {
        }

        /** An amount as the API writes it: two decimals, half up. */
        public static BigDecimal round(BigDecimal amount) {
            return amount == null ? null : amount.setScale(SCALE, RoundingMode.HALF_UP);
        }
    }

    final class Writer extends StdSerializer<BigDecimal> {
        public Writer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(Amounts.round(value).toPlainString());
        }
    }
}
