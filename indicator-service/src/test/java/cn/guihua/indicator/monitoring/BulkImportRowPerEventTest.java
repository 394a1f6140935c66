package cn.guihua.indicator.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code guihua.outbox.chunk-rows=false}, the setting for a rolling update from a release whose relay cannot read
 * chunk rows: a bulk import writes one outbox row per accepted value, each its own CloudEvent with its series' key.
 */
@QuarkusTest
@TestProfile(BulkImportRowPerEventTest.RowPerEvent.class)
class BulkImportRowPerEventTest {

    public static class RowPerEvent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guihua.outbox.chunk-rows", "false");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void eachValueHasAnOutboxRowOfItsOwn() throws Exception {
        PlanServiceStub.ensureLoaded();
        long maxId = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT coalesce(max(id), 0) FROM outbox_event").getSingleResult()).longValue());
        String csv = "indicatorCode,jurisdiction,period,sex,value,unit\n"
                + "NEONATAL_MORTALITY,370104019,2022,TOTAL,2.4,‰\n"
                + "NEONATAL_MORTALITY,370104019,2022,FEMALE,2.2,‰\n"
                + "NEONATAL_MORTALITY,370104019,2022,MALE,2.6,‰\n";
        given().header("Authorization", DevTokens.bearer("reporter", "370104")).contentType("text/csv; charset=utf-8")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200).body("accepted", equalTo(3));

        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT message_key, payload, events, chunk IS NULL FROM outbox_event WHERE id > " + maxId
                        + " AND message_key = '370104019:NEONATAL_MORTALITY' ORDER BY id").getResultList());
        assertEquals(3, rows.size(), "a row per value");
        for (Object[] row : rows) {
            assertEquals(1, ((Number) row[2]).intValue());
            assertEquals(Boolean.TRUE, row[3]);
            JsonNode event = JSON.readTree((String) row[1]);
            assertEquals("cn.guihua.indicator.monitoring.submitted.v1", event.path("type").asText());
            assertEquals("370104019", event.path("data").path("jurisdiction").asText());
        }
    }
}
