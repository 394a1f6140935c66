package cn.guihua.indicator.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.indicator.catalogue.IndicatorDefinition;

/** A bulk import writes its events' data directly: the same JSON as the single submission's data of the value stored. */
class MonitoringEventsTest {

    @Test
    void theBulkDataIsTheSingleSubmissionsData() throws Exception {
        ObjectMapper json = new ObjectMapper();
        IndicatorDefinition neonatal = new IndicatorDefinition("NEONATAL_MORTALITY", "新生儿死亡率", "‰",
                IndicatorDefinition.ValueType.RATE, IndicatorDefinition.BetterDirection.LOWER, "‰", 2020, 2025);
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 1, 8, 30, 0, 123_000_000, ZoneOffset.UTC);
        for (String value : new String[] { "2.40", "120", "0.0001", "1E+3" }) {
            Accepted a = new Accepted(neonatal, "370104003", Period.parse("2025-q2"), Sex.FEMALE, Residence.URBAN, "0-5",
                    new BigDecimal(value), null, null, "‰", "区卫生健康局", "含\"流动\"人口\n全年");
            UUID id = UUID.randomUUID();
            StringWriter out = new StringWriter();
            try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                MonitoringEvents.writeSubmitted(g, id, a, "reporter@370104", MonitoringEvents.time(at));
            }
            MonitoringValue v = new MonitoringValue();
            v.id = id;
            v.version = 1;
            v.indicatorCode = a.indicator().code();
            v.jurisdiction = a.jurisdiction();
            v.period = a.period().text();
            v.year = a.period().year();
            v.sex = a.sex();
            v.residence = a.residence();
            v.ageGroup = a.ageGroup();
            v.value = a.value();
            v.unit = a.unit();
            v.status = ValueStatus.PENDING;
            v.reportedBy = "reporter@370104";
            assertEquals(json.writeValueAsString(MonitoringEvents.data(v, null, at)), out.toString());
        }
    }
}
