package cn.guihua.credit.objection;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import cn.guihua.credit.Api;
import cn.guihua.credit.platform.CalendarStub;
import io.quarkus.test.junit.QuarkusTest;

/**
 * When emergency-service's calendar does not answer, an objection is still recorded: its clocks say
 * CALENDAR_UNAVAILABLE, and they are computed once the calendar answers again (on reading, and on a schedule).
 * A year the calendar has not loaded gives no due day, never a guessed one.
 */
@QuarkusTest
class CalendarDownTest {

    static final String CODE = "92370303L00000702D";

    @AfterEach
    void up() {
        CalendarStub.setUp(true);
    }

    @Test
    void theObjectionIsRecordedAndItsDueDaysComputedWhenTheCalendarAnswersAgain() throws Exception {
        Api.parameter("OBJECTION_DAY_COUNT_START", new TextNode("NEXT_DAY"), "calendar down");
        Api.as(Api.officer("张店区市场监督管理局")).body("{\"creditCode\":\"" + CODE + "\",\"kind\":\"INDIVIDUAL_BUSINESS\",\"name\":\"某某商店\"}")
                .when().post("/api/v1/market-entities").then().statusCode(201);
        CalendarStub.setUp(false);
        JsonNode o = Api.read(Api.as(Api.officer("张店区市场监督管理局")).body("{\"subjectType\":\"MARKET_ENTITY\",\"subjectId\":\"" + CODE
                + "\",\"receivedOn\":\"2022-03-11\",\"withinRemit\":true,\"needsOtherUnits\":false,\"claim\":\"日历不通\"}")
                .when().post("/api/v1/objections").then().statusCode(201).body("clocksPending", equalTo(true))
                .body("clocks[0].id", equalTo("IN_REMIT")).body("clocks[0].status", equalTo("CALENDAR_UNAVAILABLE"))
                .extract().asString());
        assertEquals(true, o.path("clocks").get(0).path("due").isNull(), "no due day is guessed");
        CalendarStub.setUp(true);
        long deadline = System.currentTimeMillis() + 20_000;
        JsonNode again = o;
        while (System.currentTimeMillis() < deadline) {
            again = Api.read(Api.as(Api.officer("张店区市场监督管理局")).when().get("/api/v1/objections/" + o.path("id").asLong())
                    .then().statusCode(200).extract().asString());
            if (!again.path("clocksPending").asBoolean()) {
                break;
            }
            Thread.sleep(300);
        }
        assertEquals("COMPUTED", again.path("clocks").get(0).path("status").asText());
        assertEquals("2022-03-16", again.path("clocks").get(0).path("due").asText());
    }

    @Test
    void aYearTheCalendarHasNotLoadedGivesNoDueDay() {
        Api.parameter("OBJECTION_DAY_COUNT_START", new TextNode("NEXT_DAY"), "calendar year not loaded");
        String code = "92370303L00000703G";
        Api.as(Api.officer("张店区市场监督管理局")).body("{\"creditCode\":\"" + code + "\",\"kind\":\"INDIVIDUAL_BUSINESS\",\"name\":\"某某饭店\"}")
                .when().post("/api/v1/market-entities").then().statusCode(201);
        Api.as(Api.officer("张店区市场监督管理局")).body("{\"subjectType\":\"MARKET_ENTITY\",\"subjectId\":\"" + code
                + "\",\"receivedOn\":\"2025-12-29\",\"withinRemit\":true,\"needsOtherUnits\":false,\"claim\":\"跨年\"}")
                .when().post("/api/v1/objections").then().statusCode(201).body("clocks[0].status", equalTo("CALENDAR_YEAR_NOT_LOADED"))
                .body("clocksPending", equalTo(false));
    }
}
