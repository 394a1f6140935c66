package cn.guihua.subsidy.cases;

import static cn.guihua.subsidy.cases.Cases.answered;
import static cn.guihua.subsidy.cases.Cases.body;
import static cn.guihua.subsidy.cases.Cases.calculation;
import static cn.guihua.subsidy.cases.Cases.json;
import static cn.guihua.subsidy.cases.Cases.post;
import static cn.guihua.subsidy.cases.Cases.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * 张店区 headquarters (张政发〔2021〕18号): every case of the hq-*.json files through the HTTP API, one parameterised test
 * per rule family. Parameters are 张店区's (370303), set from the policy's first day.
 */
@QuarkusTest
class HeadquartersCasesTest {

    static final String DISTRICT = "370303";
    static final String FROM = "2022-01-29";
    static final String OFFICER = DevTokens.bearer("subsidy-officer", DISTRICT);

    @Inject
    EntityManager em;

    void setUp(String family, JsonNode c) {
        Cases.parameters(em, DISTRICT, Cases.parameterNames(family), c, FROM);
    }

    @AfterAll
    static void clean() {
        // the last case's parameters would otherwise stay for the test classes after this one
        jakarta.persistence.EntityManager em = io.quarkus.arc.Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM parameter_value WHERE jurisdiction = ?1 AND name LIKE 'HQ\\_%'")
                .setParameter(1, DISTRICT).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM parameter_value WHERE jurisdiction = ?1 AND name = "
                + "'PUBLIC_NOTICE_FIRST_DAY_COUNTED'").setParameter(1, DISTRICT).executeUpdate());
    }

    void run(String family, JsonNode c, String path) {
        setUp(family, c);
        JsonNode answer = answered(post(path, body(c), null), c);
        calculation(c, answer);
    }

    static Stream<Arguments> ranking() {
        return Cases.of("hq-ranking");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ranking")
    void rankingRewards(String name, JsonNode c) {
        run("hq-ranking", c, "/api/v1/headquarters/rewards");
    }

    static Stream<Arguments> executives() {
        return Cases.of("hq-executives");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("executives")
    void executiveCount(String name, JsonNode c) {
        run("hq-executives", c, "/api/v1/headquarters/executives");
    }

    static Stream<Arguments> noDouble() {
        return Cases.of("hq-no-double");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noDouble")
    void highestOnce(String name, JsonNode c) {
        setUp("hq-no-double", c);
        JsonNode in = c.path("input");
        if (in.has("introducers")) {
            // 002:167: one introducer per project, district-wide; the second claim is refused
            String project = in.path("project").asText();
            int i = 0;
            for (JsonNode introducer : in.path("introducers")) {
                Response r = claimIntroduction(project, introducer.path("recordedOn").asText());
                if (i++ == 0) {
                    assertEquals(201, r.statusCode(), r.asString());
                } else {
                    answered(r, c);
                }
            }
            return;
        }
        if (in.has("introduced")) {
            run("hq-no-double", c, "/api/v1/headquarters/introducer-rewards");
            return;
        }
        if (in.path("project").isObject()) {
            run("hq-no-double", c, "/api/v1/headquarters/industry-support");
            return;
        }
        ObjectNode b = body(c);
        if (b.has("sameMatterElsewhere")) {
            b.withArray("sameMatterElsewhere").forEach(o -> ((ObjectNode) o).put("matter", "RENT"));
        }
        calculation(c, answered(post("/api/v1/headquarters/rewards", b, null), c));
    }

    /** An introduction claimed as an application, by a fresh enterprise, for the project. */
    Response claimIntroduction(String project, String receivedOn) {
        String code = Cases.creditCode(DISTRICT);
        Map<String, Object> claim = Map.of("policy", "ZHANGDIAN_HQ", "benefit", "INTRODUCTION_" + project, "beneficiaryType", "ENTERPRISE",
                "beneficiaryId", code, "beneficiaryName", "引荐单位 " + code, "jurisdiction", DISTRICT, "receivedOn", receivedOn,
                "introduction", Map.of("asOf", receivedOn, "introduced", Map.of("kind", "HEADQUARTERS")));
        return io.restassured.RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(claim)
                .when().post("/api/v1/applications");
    }

    static Stream<Arguments> introducer() {
        return Cases.of("hq-introducer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("introducer")
    void introducerRewards(String name, JsonNode c) {
        run("hq-introducer", c, "/api/v1/headquarters/introducer-rewards");
    }

    static Stream<Arguments> industry() {
        return Cases.of("hq-industry-support");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("industry")
    void industrySupport(String name, JsonNode c) {
        run("hq-industry-support", c, "/api/v1/headquarters/industry-support");
    }

    static Stream<Arguments> perks() {
        return Cases.of("hq-perks");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perks")
    void perks(String name, JsonNode c) {
        run("hq-perks", c, "/api/v1/headquarters/perks");
    }

    static Stream<Arguments> talent() {
        return Cases.of("hq-talent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("talent")
    void talentRewards(String name, JsonNode c) {
        run("hq-talent", c, "/api/v1/headquarters/talent-rewards");
    }

    static Stream<Arguments> instalments() {
        return Cases.of("hq-office-instalments");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instalments")
    void officePurchaseInstalments(String name, JsonNode c) {
        run("hq-office-instalments", c, "/api/v1/headquarters/rewards");
    }

    static Stream<Arguments> rent() {
        return Cases.of("hq-office-rent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rent")
    void officeRent(String name, JsonNode c) {
        run("hq-office-rent", c, "/api/v1/headquarters/rewards");
    }

    static Stream<Arguments> financial() {
        return Cases.of("hq-financial-recognition");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("financial")
    void financialRecognition(String name, JsonNode c) {
        run("hq-financial-recognition", c, "/api/v1/headquarters/recognition");
    }

    static Stream<Arguments> annualCap() {
        return Cases.of("hq-annual-cap");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annualCap")
    void annualCap(String name, JsonNode c) {
        run("hq-annual-cap", c, "/api/v1/headquarters/rewards");
    }

    static Stream<Arguments> clawback() {
        return Cases.of("hq-clawback");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clawback")
    void clawback(String name, JsonNode c) {
        run("hq-clawback", c, "/api/v1/headquarters/clawback");
    }

    static Stream<Arguments> process() {
        return Cases.of("hq-process");
    }

    /**
     * The process's dates come from the process calculation; the notice goes through the application workflow: a year's
     * reward claimed, approved (credit-service's stub answers A), posted for notice, objected to, paid.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("process")
    void processAndNotice(String name, JsonNode c) {
        setUp("hq-process", c);
        JsonNode in = c.path("input");
        JsonNode exp = c.path("expected");
        if (!in.has("postedOn")) {
            calculation(c, answered(post("/api/v1/headquarters/process", body(c), null), c));
            return;
        }
        String id = approvedReward(in.path("postedOn").asText());
        io.restassured.RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("postedOn", in.path("postedOn").asText())).when().post("/api/v1/applications/" + id + "/notice").then()
                .statusCode(201);
        for (JsonNode o : in.path("objections")) {
            String objection = io.restassured.RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                    .body(Map.of("raisedOn", o.path("on").asText(), "raisedBy", o.path("by").asText("匿名")))
                    .when().post("/api/v1/applications/" + id + "/objections").then().statusCode(201).extract().path("id");
            if (o.has("resolvedOn")) {
                io.restassured.RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                        .body(Map.of("resolvedOn", o.path("resolvedOn").asText(), "outcome", o.path("outcome").asText("DISMISSED"), "version", 0))
                        .when().post("/api/v1/applications/" + id + "/objections/" + objection + "/resolution").then().statusCode(200);
            }
        }
        String asOf = in.path("postedOn").asText();
        if (in.has("paymentAttemptedOn")) {
            asOf = in.path("paymentAttemptedOn").asText();
            Response paid = io.restassured.RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                    .body(Map.of("paidOn", asOf)).when().post("/api/v1/applications/" + id + "/payments");
            assertEquals(exp.path("httpStatus").asInt(), paid.statusCode(), name + ": " + paid.asString());
            if (paid.statusCode() >= 400) {
                assertTrue(paid.asString().contains("002:24"), name + ": the refusal names the clause: " + paid.asString());
            }
        }
        JsonNode application = json(io.restassured.RestAssured.given().header("Authorization", OFFICER).queryParam("asOf", asOf)
                .when().get("/api/v1/applications/" + id));
        JsonNode notice = application.path("notice");
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "httpStatus" -> {
                }
                case "status" -> same(name + " status", e.getValue(), "PAID".equals(e.getValue().asText()) ? application.get("status") : notice.get("status"));
                case "objectionDuringNotice" -> same(name + " duringNotice", e.getValue(), notice.path("objections").get(0).get("duringNotice"));
                default -> same(name + " " + e.getKey(), e.getValue(), notice.get(e.getKey()));
            }
        }
    }

    /** A recognised headquarters' reward for 2023, claimed and approved. */
    String approvedReward(String receivedOn) {
        String code = Cases.creditCode(DISTRICT);
        Map<String, Object> claim = Map.of("policy", "ZHANGDIAN_HQ", "benefit", "ANNUAL_REWARD_2023", "beneficiaryType", "ENTERPRISE",
                "beneficiaryId", code, "beneficiaryName", "淄博某某总部 " + code, "jurisdiction", DISTRICT, "receivedOn", receivedOn,
                "hqReward", Map.of("recognitionYear", 2023, "year", 2023, "localContribution", 10000000));
        String id = io.restassured.RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(claim)
                .when().post("/api/v1/applications").then().statusCode(201).extract().path("id");
        io.restassured.RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", 0)).when().post("/api/v1/applications/" + id + "/decision").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("APPROVED"));
        return id;
    }
}
