package cn.guihua.subsidy.farmland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class WrittenListTest {

    record Holder(String district, List<RankedUnit> units) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<RankedUnit> units = List.of(
            new RankedUnit("370104001", "一街道", UnitType.STREET, "370104001", 88, false, List.of(), true, new BigDecimal("300000.00"),
                    UUID.fromString("6108734f-23ee-4d2c-9ffe-4cf707613d2a"), null, true),
            new RankedUnit("370104002", "二街道", UnitType.STREET, "370104002", 52, false, List.of("F1_REDLINE"), false, null, null, "名额已满",
                    false));

    @Test
    void writesWhatThePlainListWrites() throws Exception {
        WrittenList<RankedUnit> written = WrittenList.of(units, mapper);
        assertEquals(mapper.writeValueAsString(new Holder("370104", units)), mapper.writeValueAsString(new Holder("370104", written)));
        assertEquals(units, List.copyOf(written));
    }

    @Test
    void isWrittenFromItsTextNotAgain() throws Exception {
        assertInstanceOf(WrittenList.Writer.class, mapper.getSerializerProviderInstance().findValueSerializer(WrittenList.class));
    }
}
