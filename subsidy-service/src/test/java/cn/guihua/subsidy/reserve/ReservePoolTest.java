package cn.guihua.subsidy.reserve;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ReservePoolTest {

    static final String OFFICER = DevTokens.bearer("subsidy-officer", "370104");

    static String enter(String code, String tier, String stage) {
        return given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("creditCode", code, "name", "济南某某企业 " + code.substring(14), "jurisdiction", "370104", "tier", tier, "stage", stage))
                .when().post("/api/v1/listing-reserve").then().statusCode(201).extract().path("id");
    }

    static void assign(String id, String leader, int status) {
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("leader", leader, "year", 2025, "version", 0))
                .when().post("/api/v1/listing-reserve/" + id + "/leader").then().statusCode(status);
    }

    @Test
    void leadersTakeAtMostTwoTutoredOrHejianEnterprisesAndVisitEveryHalfYear() {
        String a = enter("91370104MA3C4D5E6J", "KEY", "TUTORING");
        String b = enter("91370104MA3C4D5E7M", "HEJIAN", "RESERVE");
        String c = enter("91370104MA3C4D5E8Q", "KEY", "FILING");
        String d = enter("91370104MA3C4D5E9U", "RESERVE", "RESERVE");

        // a reserve enterprise neither in tutoring nor 荷尖 is not assigned a leader (000:2515)
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("leader", "副区长甲", "year", 2025, "version", 0))
                .when().post("/api/v1/listing-reserve/" + d + "/leader").then().statusCode(422).body("detail", containsString("000:2515"));
        assign(a, "副区长甲", 200);
        assign(b, "副区长甲", 200);
        // 副区长每年包挂1至2家 (000:2479)
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("leader", "副区长甲", "year", 2025, "version", 0))
                .when().post("/api/v1/listing-reserve/" + c + "/leader").then().statusCode(409).body("detail", containsString("000:2479"));
        assign(c, "副区长乙", 200);

        String today = LocalDate.now().toString();
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("visitedOn", today))
                .when().post("/api/v1/listing-reserve/" + a + "/visits").then().statusCode(200)
                .body("lastVisitOn", equalTo(today)).body("nextVisitDue", equalTo(LocalDate.now().plusMonths(6).toString()));
        // seven months on, the enterprises nobody visited since the assignment are overdue; the visited one too
        String later = LocalDate.now().plusMonths(7).toString();
        given().header("Authorization", OFFICER).queryParam("visitOverdueOn", later).queryParam("size", 200).when().get("/api/v1/listing-reserve")
                .then().statusCode(200).body("items.id", hasItem(b)).body("items.id", hasItem(a)).body("items.id", not(hasItem(d)));
        given().header("Authorization", OFFICER).queryParam("visitOverdueOn", LocalDate.now().plusMonths(5).toString()).when()
                .get("/api/v1/listing-reserve").then().statusCode(200).body("items.id", not(hasItem(a)));
        // the pool never carries money: its policy takes no applications
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("policy", "HUAIYIN_LISTING", "benefit", "DOMESTIC_LISTING", "beneficiaryType", "ENTERPRISE",
                        "beneficiaryId", "91370104MA3C4D5E6J", "beneficiaryName", "x", "jurisdiction", "370104"))
                .when().post("/api/v1/applications").then().statusCode(422);
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("creditCode", "91370104MA3C4D5E6J", "name", "x", "jurisdiction", "370104", "tier", "KEY", "stage", "RESERVE"))
                .when().post("/api/v1/listing-reserve").then().statusCode(409);
    }
}
