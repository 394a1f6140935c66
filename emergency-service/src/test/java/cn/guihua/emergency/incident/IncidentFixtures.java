package cn.guihua.emergency.incident;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Records incidents over HTTP, as an emergency manager would. */
public final class IncidentFixtures {

    private IncidentFixtures() {
    }

    /** A 槐荫区 drug-safety incident graded by HY_DRUG_SAFETY from the number of similar cases (35: 重大, 15: 一般). */
    public static String drugIncident(int cases, String occurredAt) {
        return given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"某批号注射液群体不良事件（响应测试）\",\"eventType\":\"药品安全事件\","
                        + "\"gradingTable\":\"HY_DRUG_SAFETY\",\"facts\":{\"similarAdverseEventCases\":" + cases + "},"
                        + "\"occurredAt\":\"" + occurredAt + "\",\"discoveredAt\":\"" + occurredAt + "\"}")
                .when().post("/api/v1/incidents").then().statusCode(201).extract().path("id");
    }

    /** An incident with an assessed level, under the plan given (or none). */
    public static String assessed(String jurisdiction, int level, String planId, String occurredAt) {
        return given().header("Authorization", manager(jurisdiction)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"" + jurisdiction + "\",\"title\":\"某突发事件（响应测试）\",\"eventType\":\"生产安全事故\","
                        + "\"assessedLevel\":" + level + (planId == null ? "" : ",\"planId\":\"" + planId + "\"")
                        + ",\"occurredAt\":\"" + occurredAt + "\",\"discoveredAt\":\"" + occurredAt + "\"}")
                .when().post("/api/v1/incidents").then().statusCode(201).extract().path("id");
    }
}
