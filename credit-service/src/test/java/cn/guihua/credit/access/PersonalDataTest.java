package cn.guihua.credit.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.credit.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Personal data (002:2487, 002:2490, 002:1475): lists mask ID numbers and names, a person reads their own record,
 * anyone else needs the role, the authorisation and the stated purpose, and every such read is audited.
 */
@QuarkusTest
class PersonalDataTest {

    static final String ID = "370303198503033038";
    static final String SERVANT = "370303198002022023";

    static boolean ready;

    @BeforeEach
    void person() {
        if (ready) {
            return;
        }
        ready = true;
        Api.as(Api.officer("张店区社会信用中心")).body("{\"idNumber\":\"" + ID + "\",\"name\":\"欧阳某某\",\"residency\":\"RESIDENCE_PERMIT\"}")
                .when().post("/api/v1/persons").then().statusCode(201);
        Api.as(Api.officer("区社会信用中心")).body("{\"idNumber\":\"" + SERVANT + "\",\"name\":\"王某\",\"unit\":\"张店区某某局\"}")
                .when().post("/api/v1/public-servants").then().statusCode(201);
        Api.as(Api.officer("张店区社会信用中心")).body("{\"subjectType\":\"PERSON\",\"subjectId\":\"" + ID
                + "\",\"receivedOn\":\"2022-05-05\",\"claim\":\"欧阳某某 370303198503033038 的罚款不是本人\"}").when().post("/api/v1/objections")
                .then().statusCode(201);
    }

    @Test
    void listsMaskIdNumbersAndNames() {
        String persons = Api.as(Api.officer("张店区社会信用中心")).queryParam("size", "200").when().get("/api/v1/persons").then().statusCode(200)
                .body("items.idNumber", hasItem("3703**********3038")).body("items.name", hasItem("欧***"))
                .body("items.idNumber", not(hasItem(ID))).extract().asString();
        assertTrue(!persons.contains(ID) && !persons.contains("欧阳某某"), "no full ID number or name in the list");
        String servants = Api.as(Api.officer("区社会信用中心")).queryParam("size", "200").when().get("/api/v1/public-servants").then().statusCode(200)
                .body("items.idNumber", hasItem("3703**********2023")).body("items.name", hasItem("王*")).extract().asString();
        assertTrue(!servants.contains(SERVANT));
        String objections = Api.as(Api.officer("张店区社会信用中心")).queryParam("subjectType", "PERSON").queryParam("size", "200")
                .when().get("/api/v1/objections").then().statusCode(200).extract().asString();
        assertTrue(!objections.contains(ID) && objections.contains("3703**********3038"), "objection lists mask the person");
    }

    @Test
    void aPersonReadsTheirOwnRecordWithoutStatingAPurpose() {
        Api.as(Api.token(ID, Set.of("resident"), "370303", null)).queryParam("asOf", "2022-06-30").when().get("/api/v1/persons/" + ID + "/score")
                .then().statusCode(200).body("idNumber", equalTo(ID)).body("score", equalTo(1000))
                .body("notice.clause.ref", equalTo("002:2439"));
        Api.as(Api.token(ID, Set.of("resident"), "370303", null)).when().get("/api/v1/persons/" + ID).then().statusCode(200)
                .body("name", equalTo("欧阳某某"));
        // another resident is not an authorised reader
        Api.as(Api.token("370303199001011001", Set.of("resident"), "370303", null)).queryParam("purpose", "好奇").queryParam("authorisation", "无")
                .when().get("/api/v1/persons/" + ID).then().statusCode(403);
    }

    @Test
    void readingSomeoneElsesRecordNeedsTheRoleTheAuthorisationAndThePurposeAndIsAudited() {
        String officer = Api.officer("张店区行政审批服务局");
        JsonNode refused = Api.read(Api.as(officer).queryParam("authorisation", "授权书 2022-0012").when().get("/api/v1/persons/" + ID + "/score")
                .then().statusCode(400).extract().asString());
        assertEquals("purpose", refused.path("errors").get(0).path("field").asText());
        Api.as(officer).queryParam("purpose", "行政审批：信用承诺核查").queryParam("authorisation", "授权书 2022-0012").queryParam("asOf", "2022-06-30")
                .when().get("/api/v1/persons/" + ID + "/score").then().statusCode(200).body("score", equalTo(1000));
        JsonNode audit = Api.read(Api.as(Api.token("auditor", Set.of("auditor"), null, null)).queryParam("entityType", "Person")
                .queryParam("entityId", ID).when().get("/api/v1/audit").then().statusCode(200).extract().asString());
        JsonNode latest = audit.path("items").get(0);
        assertEquals("credit.read", latest.path("action").asText());
        assertEquals("officer:张店区行政审批服务局", latest.path("actor").asText());
        JsonNode details = Api.read(latest.path("details").toString());
        assertEquals("行政审批：信用承诺核查", details.path("purpose").asText());
        assertEquals("授权书 2022-0012", details.path("authorisation").asText());
        assertEquals("credit.read-refused", audit.path("items").get(1).path("action").asText(), "the refused read is audited too");
        // a role that may not read is refused, and that is audited as well
        Api.as(Api.token("planner", Set.of("planner"), "370303", "区发改")).queryParam("purpose", "x").queryParam("authorisation", "y")
                .when().get("/api/v1/persons/" + ID + "/score").then().statusCode(403);
        JsonNode after = Api.read(Api.as(Api.admin()).queryParam("entityType", "Person").queryParam("entityId", ID).when().get("/api/v1/audit")
                .then().statusCode(200).extract().asString());
        assertEquals(audit.path("total").asInt() + 1, after.path("total").asInt());
    }

    @Test
    void theScoreAnswerSaysItMayNotRestrictBasicPublicServices() {
        Api.as(Api.token(ID, Set.of("resident"), "370303", null)).header("Accept-Language", "en").queryParam("asOf", "2022-06-30")
                .when().get("/api/v1/persons/" + ID + "/score").then().statusCode(200)
                .body("notice.text", equalTo("The personal credit score may not be used for joint punishment or to restrict basic public "
                        + "services (002:2439): no service may derive a refusal or a restriction from it."));
        for (String use : new String[] { "JOINT_PUNISHMENT", "REFUSE_BASIC_PUBLIC_SERVICE", "RESTRICT_BASIC_PUBLIC_SERVICE" }) {
            Api.as(Api.officer("某区直部门")).body("{\"use\":\"" + use + "\"}").when().post("/api/v1/persons/use-checks").then().statusCode(200)
                    .body("allowed", equalTo(false)).body("clause.ref", equalTo("002:2439"));
        }
        Api.as(Api.officer("区图书馆")).body("{\"use\":\"INCENTIVE\",\"service\":\"图书借阅优惠\"}").when().post("/api/v1/persons/use-checks")
                .then().statusCode(200).body("allowed", equalTo(true)).body("clause.ref", equalTo("002:2472"));
    }
}
