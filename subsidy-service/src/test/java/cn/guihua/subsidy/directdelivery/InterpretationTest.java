package cn.guihua.subsidy.directdelivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * 临兰政办字〔2022〕13号: a district policy's interpretation within 3 working days (001:1582), with the required elements
 * (001:1614, 001:1726), or none on a written reason 政务公开科 accepted (001:1600).
 */
@QuarkusTest
class InterpretationTest {

    static final String OFFICER = DevTokens.bearer("subsidy-officer", "371302");
    static final List<String> REQUIRED = List.of("BACKGROUND_AND_BASIS", "GOALS_AND_TASKS", "MAIN_CONTENT", "SCOPE", "STANDARDS_AND_VALIDITY",
            "NOTES_AND_DIFFERENCES");

    static String policy(String title, String level) {
        return given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("title", title, "level", level, "issuingDepartment", "区解读试验局", "cityDepartment", "市解读试验局",
                        "publishedOn", "2024-09-26"))
                .when().post("/api/v1/direct-delivery/policies").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> interpretation(String on, List<String> sections, String waiver) {
        Map<String, Object> m = new HashMap<>(Map.of("on", on, "version", 0));
        if (sections != null) {
            m.put("sections", sections);
        }
        if (waiver != null) {
            m.put("waiverReason", waiver);
        }
        return m;
    }

    @Test
    void materialsNeedTheRequiredElementsAndAWaiverTakesThePolicyOffTheOverdueList() {
        String county = policy("解读试验政策", "COUNTY");
        // published Thursday 26 September 2024: 27 September, Sunday 29 September (调休上班), 30 September
        given().header("Authorization", OFFICER).when().get("/api/v1/direct-delivery/policies/" + county).then().statusCode(200)
                .body("interpretation.due", equalTo("2024-09-30")).body("interpretation.clause.ref", equalTo("001:1582"));
        List<String> lacking = REQUIRED.subList(0, 3);
        given().header("Authorization", OFFICER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(interpretation("2024-09-30", lacking, null)).when().post("/api/v1/direct-delivery/policies/" + county + "/interpretation")
                .then().statusCode(422).body("detail", containsString("SCOPE")).body("detail", containsString("001:1614"))
                .body("detail", containsString("001:1726"));
        given().header("Authorization", OFFICER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(interpretation("2024-09-30", List.of("HOROSCOPE"), null))
                .when().post("/api/v1/direct-delivery/policies/" + county + "/interpretation").then().statusCode(400)
                .body("errors[0].field", equalTo("sections"));
        List<String> full = new java.util.ArrayList<>(REQUIRED);
        full.add("SERVICE_ITEMS_IF_ANY");
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(interpretation("2024-09-30", full, null))
                .when().post("/api/v1/direct-delivery/policies/" + county + "/interpretation").then().statusCode(200)
                .body("interpretation.status", equalTo("PUBLISHED"));

        // no interpretation, on an accepted written reason: WAIVED, never overdue (it was on the list for its interpretation too)
        String waived = policy("免于解读试验政策", "COUNTY");
        given().header("Authorization", OFFICER).queryParam("department", "区解读试验局").queryParam("overdueOn", "2024-10-10").when()
                .get("/api/v1/direct-delivery/policies").then().statusCode(200).body("items.id", hasItem(waived));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(interpretation("2024-09-27", null, "内部工作安排，不涉及公众权益；政务公开科研判同意"))
                .when().post("/api/v1/direct-delivery/policies/" + waived + "/interpretation").then().statusCode(200)
                .body("interpretation.status", equalTo("WAIVED")).body("interpretationWaiver", containsString("政务公开科"));
        given().header("Authorization", OFFICER).queryParam("asOf", "2024-10-10").when().get("/api/v1/direct-delivery/policies/" + waived)
                .then().statusCode(200).body("interpretation.status", equalTo("WAIVED")).body("interpretation.overdue", equalTo(false))
                // the upload is still owed: that keeps it on the list
                .body("upload.status", equalTo("OVERDUE"));

        // a national policy owes no district interpretation
        String national = policy("国家级解读试验政策", "NATIONAL");
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(interpretation("2024-09-30", null, null))
                .when().post("/api/v1/direct-delivery/policies/" + national + "/interpretation").then().statusCode(422);
    }
}
