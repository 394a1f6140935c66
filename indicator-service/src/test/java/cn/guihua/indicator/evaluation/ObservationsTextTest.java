package cn.guihua.indicator.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The array literals of the evaluation query and the one text its rows come back as. */
class ObservationsTextTest {

    @Test
    void arrayLiteralsQuoteEveryElement() {
        assertEquals("{}", Observations.Query.literal(List.of()));
        assertEquals("{\"NEONATAL_MORTALITY\",\"A,B\",\"x\\\"y\",\"back\\\\slash\",\"{}\"}",
                Observations.Query.literal(List.of("NEONATAL_MORTALITY", "A,B", "x\"y", "back\\slash", "{}")));
    }

    @Test
    void rowsReadBackAsWritten() {
        assertEquals(List.of(), Observations.rows(null));
        assertEquals(List.of(new Observations.Row("A", "370104", "2023", 2023, new BigDecimal("1.50")),
                new Observations.Row("S", "370104001", "2022", 2022, new BigDecimal("-0.0000001"))),
                Observations.rows("A\u001f370104\u001f2023\u001f2023\u001f1.50\u001eS\u001f370104001\u001f2022\u001f2022\u001f-0.0000001"));
        assertThrows(IllegalStateException.class, () -> Observations.rows("A\u001f370104\u001f2023"));
    }
}
