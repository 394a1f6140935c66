package cn.guihua.subsidy.directdelivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.guihua.subsidy.platform.EmergencyCalendarStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The working-day calendar is emergency-service's (stubbed in the test JVM by {@link EmergencyCalendarStub} with the State
 * Council's 2024-2026 holidays and make-up days). Due dates are counted on it; when it does not answer (down, or slower
 * than the read timeout) an operation that needs a due date answers 503 problem with Retry-After and stores nothing.
 */
@QuarkusTest
class WorkingDayCalendarTest {

    static final String OFFICER = DevTokens.bearer("subsidy-officer", "371302");

    static Map<String, Object> policy(String title) {
        return Map.of("title", title, "level", "NATIONAL", "cityDepartment", "市日历试验局", "publishedOn", "2024-09-26");
    }

    static int count(String title) {
        List<String> titles = given().header("Authorization", OFFICER).queryParam("department", "市日历试验局").when().get("/api/v1/direct-delivery/policies")
                .then().statusCode(200).extract().path("items.title");
        return (int) titles.stream().filter(title::equals).count();
    }

    @Test
    void dueDatesAreCountedOnTheOfficialCalendar() {
        // published Thursday 26 September 2024: 27 Sep, Sunday 29 Sep (调休上班), 30 Sep, then 8-11 October after the National Day holiday
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(policy("日历试验政策"))
                .when().post("/api/v1/direct-delivery/policies").then().statusCode(201)
                .body("upload.due", equalTo("2024-10-11")).body("upload.workingDays", equalTo(7))
                .body("upload.workingDaysCounted", equalTo(List.of("2024-09-27", "2024-09-29", "2024-09-30", "2024-10-08", "2024-10-09",
                        "2024-10-10", "2024-10-11")))
                .body("upload.clause.ref", notNullValue());
    }

    @Test
    void whenTheCalendarDoesNotAnswerNothingIsStoredAnd503IsTheAnswer() throws InterruptedException {
        String title = "日历不可用时的试验政策";
        try {
            for (EmergencyCalendarStub.Mode mode : new EmergencyCalendarStub.Mode[] { EmergencyCalendarStub.Mode.DOWN, EmergencyCalendarStub.Mode.SLOW }) {
                EmergencyCalendarStub.down(mode);
                given().header("Authorization", OFFICER).header("Accept-Language", "en").contentType(ContentType.JSON).body(policy(title))
                        .when().post("/api/v1/direct-delivery/policies").then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", notNullValue()).body("detail", containsString("nothing was stored"));
            }
        } finally {
            EmergencyCalendarStub.down(EmergencyCalendarStub.Mode.UP);
        }
        assertEquals(0, count(title));
        // once it answers again (the circuit half-open), the same request is stored with its due date
        Thread.sleep(500);
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(policy(title))
                .when().post("/api/v1/direct-delivery/policies").then().statusCode(201).body("upload.due", equalTo("2024-10-11"));
        assertEquals(1, count(title));
    }
}
