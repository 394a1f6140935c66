package cn.guihua.indicator.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** A newer plan-service may serve a comparator this version does not know: that target reads as not evaluable. */
@QuarkusTest
class CatalogueVersionsTest {

    @Inject
    ObjectMapper json;

    @Test
    void anUnknownComparatorDoesNotBreakTheCatalogue() throws Exception {
        TargetDefinition t = json.readValue("{\"id\":7,\"indicatorCode\":\"NEONATAL_MORTALITY\",\"comparator\":\"SOME_LATER_KIND\","
                + "\"direction\":\"SIDEWAYS\",\"scope\":\"JURISDICTION\",\"targetYear\":2025}", TargetDefinition.class);
        assertNull(t.comparator());
        assertNull(t.direction());
        assertEquals(TargetDefinition.Scope.JURISDICTION, t.scope());
        IndicatorDefinition i = json.readValue("{\"code\":\"X\",\"valueType\":\"A_NEW_TYPE\",\"betterDirection\":\"LOWER\"}",
                IndicatorDefinition.class);
        assertNull(i.valueType());
        assertEquals(IndicatorDefinition.BetterDirection.LOWER, i.betterDirection());
    }
}
