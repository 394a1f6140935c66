package cn.guihua.credit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.TextNode;

import cn.guihua.credit.Api;
import cn.guihua.credit.Events;
import io.quarkus.test.junit.QuarkusTest;

/** A level changes with the passing of days alone (a validity ends): the daily watch publishes it. */
@QuarkusTest
class LevelWatchTest {

    @Inject
    LevelWatch watch;

    @Test
    void anItemThatEndsChangesTheLevelOnItsOwnDay() {
        String code = "92370303L00000705N";
        Api.parameter("ENTITY_ITEM_VALIDITY_MONTHS", Api.read("{\"NEGATIVE\":12}"), "level watch: a validity an officer set");
        Api.parameter("ITEM_VALIDITY_END_CONVENTION", new TextNode("ENDS_BEFORE_ANNIVERSARY"), "level watch");
        try {
            Api.as(Api.officer("张店区市场监督管理局")).body("{\"creditCode\":\"" + code + "\",\"kind\":\"INDIVIDUAL_BUSINESS\",\"name\":\"某某面馆\"}")
                    .when().post("/api/v1/market-entities").then().statusCode(201);
            Api.as(Api.officer("张店区市场监督管理局")).body("{\"record\":{\"infoType\":\"NEGATIVE\",\"row\":\"ME-11-03\",\"formedOn\":\"2022-03-10\","
                    + "\"actId\":\"张市监罚〔2022〕77号\",\"facts\":{\"fineYuan\":50000}},\"reportedOn\":\"2022-03-10\"}")
                    .when().post("/api/v1/market-entities/" + code + "/records").then().statusCode(201);
            watch.run(LocalDate.of(2023, 3, 8));
            watch.run(LocalDate.of(2023, 3, 12));
            var events = Events.await(code, e -> "DATE_PASSED".equals(e.path("data").path("cause").asText()));
            assertFalse(events.isEmpty(), "no DATE_PASSED event");
            assertEquals("2023-03-10", events.get(0).path("data").path("asOf").asText());
            assertEquals("A-", events.get(0).path("data").path("previous").path("level").asText());
            assertEquals("A", events.get(0).path("data").path("current").path("level").asText());
        } finally {
            Api.parameter("ENTITY_ITEM_VALIDITY_MONTHS", null, "level watch: withdrawn");
        }
    }
}
