package cn.guihua.emergency.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.DevTokens;
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
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"source\":\"x\",\"days\":[{\"date\":\"2022-10-08\",\"kind\":\"WORKDAY\",\"name\":\"调休\"}]}")
                .when().put("/api/v1/calendar/years/2022").then().statusCode(409);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"source\":\"x\",\"days\":[{\"date\":\"2028-01-01\"}]}")
                .when().put("/api/v1/calendar/years/2028").then().statusCode(400);
    }
}
