package cn.guihua.emergency.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CalendarTest {

    private static final String ADMIN = DevTokens.bearer("admin", "370000");

    @Test
    void theOfficialNoticesAreLoaded() {
        given().when().get("/api/v1/calendar/years/2022").then().statusCode(200)
                .body("source", equalTo("国办发明电〔2021〕11号"))
                .body("days.find { it.date == '2022-10-08' }.kind", equalTo("WORKDAY"))
                .body("days.find { it.date == '2022-10-07' }.kind", equalTo("HOLIDAY"));
        // 元旦 2023 starts on Saturday 2022-12-31 under the 2023 notice.
        given().when().get("/api/v1/calendar/years/2023").then()
                .body("days.find { it.date == '2022-12-31' }.name", equalTo("元旦"));
        given().when().get("/api/v1/calendar/years/2030").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anAdminsYearMustHoldItsOwnDays() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"source\":\"x\",\"days\":[{\"date\":\"2029-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}]}")
                .when().put("/api/v1/calendar/years/2028").then().statusCode(400)
                .body("errors[0].field", equalTo("days[0].date"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"source\":\"x\",\"days\":[{\"date\":\"2028-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},"
                        + "{\"date\":\"2028-01-01\",\"kind\":\"WORKDAY\",\"name\":\"重复\"}]}")
                .when().put("/api/v1/calendar/years/2028").then().statusCode(400)
                .body("errors[0].field", equalTo("days[1].date"));
        // replacing a loaded year needs the version read
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"source\":\"x\",\"days\":[{\"date\":\"2022-10-08\",\"kind\":\"WORKDAY\",\"name\":\"调休\"}]}")
                .when().put("/api/v1/calendar/years/2022").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"source\":\"x\",\"days\":[{\"date\":\"2028-01-01\"}]}")
                .when().put("/api/v1/calendar/years/2028").then().statusCode(400);
        // 元旦 2023's 2022-12-31 belongs to the 2023 notice, not to 2022's
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"source\":\"x\",\"days\":[{\"date\":\"2022-12-31\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}],\"version\":0}")
                .when().put("/api/v1/calendar/years/2022").then().statusCode(409)
                .body("detail", containsString("2023"));
    }

    /**
     * A PUT with the current version answered 500: the check for days of other years' notices loaded the year's own
     * days into the session, and the new rows of the same dates then collided with them. Now: added without a version,
     * replaced with the current one (also with the very same days), a stale version is 409, none is 400.
     */
    @Test
    void aYearIsAddedWithoutVersionAndReplacedWithTheCurrentOne() {
        String days = "{\"source\":\"测试用节假日安排\",\"days\":[{\"date\":\"2028-12-31\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},"
                + "{\"date\":\"2029-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},"
                + "{\"date\":\"2029-01-06\",\"kind\":\"WORKDAY\",\"name\":\"调休上班\"}]";
        try {
            given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(days + ",\"version\":0}")
                    .when().put("/api/v1/calendar/years/2029").then().statusCode(409)
                    .body("detail", containsString("2029"));
            given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(days + "}")
                    .when().put("/api/v1/calendar/years/2029").then().statusCode(200)
                    .body("version", equalTo(0)).body("days", hasSize(3));
            // the same days again, with the current version: the request that answered 500
            given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(days + ",\"version\":0}")
                    .when().put("/api/v1/calendar/years/2029").then().statusCode(200)
                    .body("version", equalTo(1)).body("days.date", contains("2028-12-31", "2029-01-01", "2029-01-06"));
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body("{\"source\":\"更正\",\"days\":[{\"date\":\"2029-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}],\"version\":1}")
                    .when().put("/api/v1/calendar/years/2029").then().statusCode(200)
                    .body("version", equalTo(2)).body("source", equalTo("更正")).body("days.date", contains("2029-01-01"));
            given().header("Authorization", ADMIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                    .body(days + ",\"version\":1}")
                    .when().put("/api/v1/calendar/years/2029").then().statusCode(409).contentType("application/problem+json")
                    .body("detail", equalTo("Version 1 is stale; the current one is 2: reload and retry"));
            given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(days + "}")
                    .when().put("/api/v1/calendar/years/2029").then().statusCode(400)
                    .body("errors[0].field", equalTo("version"));
            given().when().get("/api/v1/calendar/years/2029").then().statusCode(200)
                    .body("version", equalTo(2)).body("days", hasSize(1));
            given().when().get("/api/v1/calendar/days/2028-12-31").then().statusCode(422);
        } finally {
            // other tests list the loaded years
            QuarkusTransaction.requiringNew().run(() -> {
                CalendarDay.delete("year", 2029);
                CalendarYear.deleteById(2029);
            });
        }
    }

    /** The questions other services ask the system's one calendar: is a date a working day, which day is N working days on. */
    @Test
    void whetherADateIsAWorkingDay() {
        given().when().get("/api/v1/calendar/days/2022-10-08").then().statusCode(200)
                .body("date", equalTo("2022-10-08")).body("dayOfWeek", equalTo("SATURDAY"))
                .body("workingDay", equalTo(true)).body("kind", equalTo("WORKDAY")).body("name", equalTo("国庆节调休上班"));
        given().when().get("/api/v1/calendar/days/2022-10-07").then().statusCode(200)
                .body("workingDay", equalTo(false)).body("kind", equalTo("HOLIDAY"));
        given().when().get("/api/v1/calendar/days/2022-10-10").then().statusCode(200)
                .body("workingDay", equalTo(true)).body("kind", nullValue()).body("name", nullValue());
        given().when().get("/api/v1/calendar/days/2022-10-15").then().statusCode(200)
                .body("dayOfWeek", equalTo("SATURDAY")).body("workingDay", equalTo(false)).body("kind", nullValue());
        // 清明 2022: Saturday 04-02 is worked, Monday 04-04 and Tuesday 04-05 are off
        given().when().get("/api/v1/calendar/days/2022-04-02").then().body("workingDay", equalTo(true));
        given().when().get("/api/v1/calendar/days/2022-04-05").then().body("workingDay", equalTo(false));
        given().when().get("/api/v1/calendar/days/2031-05-01").then().statusCode(422).contentType("application/problem+json");
        given().when().get("/api/v1/calendar/days/2022-13-01").then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().queryParam("from", "2022-04-01").queryParam("add", 1).when().get("/api/v1/calendar/working-days")
                .then().statusCode(200).body("from", equalTo("2022-04-01")).body("workingDays", equalTo(1))
                .body("date", equalTo("2022-04-02"));
        given().queryParam("from", "2022-04-01").queryParam("add", 0).when().get("/api/v1/calendar/working-days")
                .then().statusCode(400).body("errors[0].field", equalTo("add"));

        var spec = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        spec.body("paths.'/api/v1/calendar/days/{date}'.get.security.size()", equalTo(0))
                .body("paths.'/api/v1/calendar/days/{date}'.get.operationId", equalTo("calendarDay"))
                .body("paths.'/api/v1/calendar/working-days'.get.security.size()", equalTo(0))
                .body("paths.'/api/v1/calendar/working-days'.get.responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }
}
