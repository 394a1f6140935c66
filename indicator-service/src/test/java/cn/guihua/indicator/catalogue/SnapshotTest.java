package cn.guihua.indicator.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A copy's targets by plan: each plan's in the order of the copy, none for a plan it does not hold. */
class SnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Test
    void targetsOfAPlanAreItsOwnInTheCopysOrder() throws Exception {
        List<TargetDefinition> targets = List.of(target(1, "370104-children-2021"), target(2, "370104-women-2021"),
                target(3, "370104-children-2021"), target(4, null), target(5, "370104-children-2021"));
        Catalogue.Snapshot copy = new Catalogue.Snapshot(Map.of(), targets, OffsetDateTime.now());

        assertEquals(List.of(1L, 3L, 5L), copy.targetsOfPlan("370104-children-2021").stream().map(TargetDefinition::id).toList());
        assertEquals(List.of(2L), copy.targetsOfPlan("370104-women-2021").stream().map(TargetDefinition::id).toList());
        assertTrue(copy.targetsOfPlan("370102-children-2021").isEmpty());
    }

    private static TargetDefinition target(long id, String plan) throws Exception {
        return JSON.readValue("{\"id\":" + id + ",\"planCode\":" + (plan == null ? "null" : "\"" + plan + "\"")
                + ",\"indicatorCode\":\"NEONATAL_MORTALITY\",\"targetYear\":2025}", TargetDefinition.class);
    }
}
