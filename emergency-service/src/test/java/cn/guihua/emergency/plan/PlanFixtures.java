package cn.guihua.emergency.plan;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;

import cn.guihua.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Registers and moves plans over HTTP, as an emergency manager would. */
public final class PlanFixtures {

    public static final String HUAIYIN = "370104";
    public static final String ZHANGDIAN = "370303";
    /** Loaded by V3__reference_data.sql from the source documents. */
    public static final String HUAIYIN_OVERALL = "00000000-0000-4000-8000-000000000001";
    public static final String HUAIYIN_DRUG = "00000000-0000-4000-8000-000000000002";
    public static final String ZHANGDIAN_OVERALL = "00000000-0000-4000-8000-000000000003";

    private PlanFixtures() {
    }

    public static String manager(String jurisdiction) {
        return DevTokens.bearer("emergency-manager", jurisdiction);
    }

    /** A special plan in DRAFTING; returns its id. */
    public static String draftSpecial(String jurisdiction, String title, String lead) {
        return given().header("Authorization", manager(jurisdiction)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"" + jurisdiction + "\",\"title\":\"" + title + "\",\"planType\":\"SPECIAL\","
                        + "\"category\":\"NATURAL\",\"leadDepartments\":[\"" + lead + "\"],\"draftingUnit\":\"" + lead + "\"}")
                .when().post("/api/v1/emergency-plans").then().statusCode(201).extract().path("id");
    }

    public static String draft(String jurisdiction, String title, String planType) {
        return given().header("Authorization", manager(jurisdiction)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"" + jurisdiction + "\",\"title\":\"" + title + "\",\"planType\":\"" + planType + "\"}")
                .when().post("/api/v1/emergency-plans").then().statusCode(201).extract().path("id");
    }

    public static JsonPath move(String jurisdiction, String id, String to, String extra) {
        long version = given().header("Authorization", manager(jurisdiction)).when().get("/api/v1/emergency-plans/" + id)
                .then().statusCode(200).extract().jsonPath().getLong("version");
        return given().header("Authorization", manager(jurisdiction)).contentType(ContentType.JSON)
                .body("{\"to\":\"" + to + "\",\"reason\":\"转入 " + to + "\",\"version\":" + version + extra + "}")
                .when().post("/api/v1/emergency-plans/" + id + "/transitions").then().statusCode(200).extract().jsonPath();
    }

    /** Takes a DRAFTING plan through consultation, review and approval to publication on {@code issued}. */
    public static void publish(String jurisdiction, String id, LocalDate issued) {
        move(jurisdiction, id, "CONSULTATION", "");
        move(jurisdiction, id, "REVIEW", "");
        move(jurisdiction, id, "APPROVAL", "");
        move(jurisdiction, id, "PUBLISHED", ",\"issueDate\":\"" + issued + "\"");
    }
}
