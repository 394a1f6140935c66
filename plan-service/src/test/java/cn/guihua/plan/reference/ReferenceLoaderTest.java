package cn.guihua.plan.reference;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.guihua.platform.audit.AuditEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceLoaderTest {

    @Inject
    ReferenceLoader loader;

    @Test
    void aBadFileIsSkippedWithItsNameAndEveryPathAtFault() {
        String file = "test-reference/370104-other-2051.json";
        assertNull(loader.loadPlan(file));
        List<String> problems = loader.problems().get(file);
        assertEquals(2, problems.size(), String.valueOf(problems));
        assertEquals(true, problems.get(0).startsWith("areas[0].goals[0].targets[0].comparator: "), problems.get(0));
        assertEquals(true, problems.get(1).startsWith("areas[0].goals[1].sequence: "), problems.get(1));
        given().when().get("/api/v1/plans/370104-other-2051").then().statusCode(404);
    }

    @Test
    void theChecksumOfALoadWithoutErrorsIsStoredSoThatTheNextStartSkipsIt() {
        // the start-up load of this test application had no errors: its checksum is the files' and classes' as they are
        assertEquals(ReferenceLoader.checksum(), loader.storedChecksum());
        assertEquals(64, ReferenceLoader.checksum().length());
        long audited = auditedLoads();
        loader.onStart(null);
        assertEquals(audited, auditedLoads(), "an unchanged start loads nothing");
        loader.storeChecksum("0".repeat(64));
        try {
            loader.onStart(null);
            assertEquals(ReferenceLoader.checksum(), loader.storedChecksum(), "a changed checksum loads, then is stored");
        } finally {
            loader.storeChecksum(ReferenceLoader.checksum());
        }
    }

    private static long auditedLoads() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("actor = 'system:reference-loader'"));
    }

    @Test
    void whatTheLoaderChangesIsAuditedAsTheLoader() {
        List<String> actors = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "entityType = 'Plan' and entityId = '370104-children-2021' and action = 'plan.imported'").stream()
                .map(e -> e.actor).toList());
        assertEquals(List.of("system:reference-loader"), actors);
        long catalogue = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "entityType = 'Indicator' and action = 'indicators.synced' and actor = 'system:reference-loader'"));
        assertEquals(1, catalogue);
    }
}
