package cn.guihua.indicator.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The annual values an evaluation reads from the database: current, whole-population, annual, of the asked statuses,
 * in the plan's jurisdiction and (for each-street indicators) in its streets; each row once.
 */
@QuarkusTest
class ObservationsQueryTest {

    private static final String A = "OBS_TEST_A";
    private static final String S = "OBS_TEST_STREETS";

    @Inject
    EntityManager em;

    @BeforeEach
    void values() {
        QuarkusTransaction.requiringNew().run(() -> {
            insert(A, "370104", "2023", "TOTAL", "APPROVED", true, "1.5");
            insert(A, "370104", "2022", "TOTAL", "PENDING", true, "1.4");
            insert(A, "370104", "2021", "TOTAL", "SUPERSEDED", false, "9");
            insert(A, "370104", "2023-05", "TOTAL", "APPROVED", true, "7");
            insert(A, "370104", "2023", "FEMALE", "APPROVED", true, "8");
            insert(A, "370104001", "2023", "TOTAL", "APPROVED", true, "6");
            insert(S, "370104", "2023", "TOTAL", "APPROVED", true, "50");
            insert(S, "370104001", "2023", "TOTAL", "APPROVED", true, "51");
            insert(S, "370104002", "2023", "TOTAL", "APPROVED", true, "52");
            insert(S, "370104002", "2023-12", "TOTAL", "APPROVED", true, "53");
            insert(S, "370103001", "2023", "TOTAL", "APPROVED", true, "54");
            insert(S, "370104003", "2022", "TOTAL", "PENDING", true, "55");
        });
    }

    @AfterEach
    void clean() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM monitoring_value WHERE indicator_code IN (?1, ?2)")
                .setParameter(1, A).setParameter(2, S).executeUpdate());
    }

    private void insert(String indicator, String jurisdiction, String period, String sex, String status, boolean current, String value) {
        em.createNativeQuery("INSERT INTO monitoring_value (id, version, indicator_code, jurisdiction, period, year, sex, residence, "
                + "age_group, value, unit, status, is_current, reported_by, reported_at) VALUES (gen_random_uuid(), 1, ?1, ?2, ?3, ?4, ?5, "
                + "'TOTAL', 'TOTAL', ?6, '%', ?7, ?8, 'test', now())").setParameter(1, indicator).setParameter(2, jurisdiction)
                .setParameter(3, period).setParameter(4, Integer.parseInt(period.substring(0, 4))).setParameter(5, sex)
                .setParameter(6, new BigDecimal(value)).setParameter(7, status).setParameter(8, current).executeUpdate();
    }

    private Observations annual(boolean includePending) {
        return QuarkusTransaction.requiringNew().call(() -> Observations.annual(em,
                new Observations.Needs("370104", Set.of(A, S), Set.of(S), Set.of(2021, 2022, 2023)), includePending));
    }

    @Test
    void approvedAnnualWholePopulationValuesOfTheJurisdictionAndItsStreets() {
        Observations o = annual(false);
        assertEquals(0, new BigDecimal("1.5").compareTo(o.annual(A, "370104", 2023)));
        assertNull(o.annual(A, "370104", 2022), "pending");
        assertNull(o.annual(A, "370104", 2021), "not current");
        assertNull(o.annual(A, "370104001", 2023), "a street of an indicator without each-street targets");
        assertEquals(0, new BigDecimal("50").compareTo(o.annual(S, "370104", 2023)));
        assertEquals(List.of("370104001", "370104002"), o.streets(S, "370104", 2023));
        assertEquals(4, o.rows().size(), String.valueOf(o.rows()));
    }

    @Test
    void pendingValuesWhenAskedFor() {
        Observations o = annual(true);
        assertEquals(0, new BigDecimal("1.4").compareTo(o.annual(A, "370104", 2022)));
        assertEquals(List.of("370104003"), o.streets(S, "370104", 2022));
        assertEquals(6, o.rows().size(), String.valueOf(o.rows()));
    }

    @Test
    void withoutEachStreetIndicatorsOnlyTheJurisdiction() {
        Observations o = QuarkusTransaction.requiringNew().call(() -> Observations.annual(em,
                new Observations.Needs("370104", Set.of(A, S), Set.of(), Set.of(2023)), false));
        assertEquals(2, o.rows().size(), String.valueOf(o.rows()));
        assertEquals(List.of(), o.streets(S, "370104", 2023));
    }
}
