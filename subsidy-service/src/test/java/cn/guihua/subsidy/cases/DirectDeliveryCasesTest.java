package cn.guihua.subsidy.cases;

import static cn.guihua.subsidy.cases.Cases.ADMIN;
import static cn.guihua.subsidy.cases.Cases.json;
import static cn.guihua.subsidy.cases.Cases.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * 兰山区 政企直通车 (临兰政办字〔2022〕20号): every case of the direct-delivery-*.json files through the HTTP API, one
 * parameterised test per rule family. Working days come from emergency-service's calendar (stubbed in this JVM with
 * the State Council notices). Letters of the cases (items A-D, enterprises E1-E5) are fresh records of each case.
 */
@QuarkusTest
class DirectDeliveryCasesTest {

    static final String DISTRICT = "371302";
    static final String FROM = "2022-04-30";
    static final String OFFICER = DevTokens.bearer("subsidy-officer", DISTRICT);

    @Inject
    EntityManager em;

    void setUp(String family, JsonNode c) {
        Cases.parameters(em, DISTRICT, Cases.parameterNames(family), c, FROM);
    }

    @AfterAll
    static void clean() {
        EntityManager em = io.quarkus.arc.Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM parameter_value WHERE jurisdiction = ?1 AND name LIKE "
                + "'DIRECT\\_DELIVERY\\_%'").setParameter(1, DISTRICT).executeUpdate());
    }

    static Response post(String path, Object body) {
        return RestAssured.given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body instanceof JsonNode n ? n.toString() : body)
                .when().post(path);
    }

    static String policy(JsonNode in) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", "惠企政策 " + Cases.SEQUENCE.incrementAndGet());
        p.put("level", in.path("level").asText("COUNTY"));
        p.put("publishedOn", in.has("publishedOn") ? in.path("publishedOn").asText() : in.path("policyPublishedOn").asText("2024-06-03"));
        if (in.hasNonNull("uploadedOn")) {
            p.put("uploadedOn", in.path("uploadedOn").asText());
        }
        if (in.has("issuer")) {
            p.put("issuer", in.path("issuer").asText());
        }
        if (in.has("issuingDepartment")) {
            p.put("issuingDepartment", in.path("issuingDepartment").asText());
        }
        if (in.has("policy")) {
            p.put("policyCode", in.path("policy").asText());
        }
        return post("/api/v1/direct-delivery/policies", p).then().statusCode(201).extract().path("id");
    }

    static Stream<Arguments> deadlines() {
        return Cases.of("direct-delivery-deadlines");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deadlines")
    void deadlines(String name, JsonNode c) {
        setUp("direct-delivery-deadlines", c);
        JsonNode in = c.path("input");
        JsonNode exp = c.path("expected");
        String id = policy(in);
        String asOf = in.path("asOf").asText(in.path("publishedOn").asText());
        JsonNode view = json(RestAssured.given().header("Authorization", OFFICER).queryParam("asOf", asOf)
                .when().get("/api/v1/direct-delivery/policies/" + id).then().statusCode(200).extract().response());
        String rule = exp.path("rule").asText("");
        JsonNode deadline = rule.equals("DECOMPOSITION") ? view.get("decomposition")
                : rule.equals("INTERPRETATION_DEADLINE") ? view.get("interpretation") : view.get("upload");
        assertTrue(deadline != null && !deadline.isNull(), name + ": the deadline in " + view);
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            switch (k) {
                case "uploadDue", "decompositionDue", "interpretationDue" -> same(name + " " + k, e.getValue(), deadline.get("due"));
                case "parameter" -> same(name + " parameter", e.getValue(), deadline.get("parameter"));
                default -> same(name + " " + k, e.getValue(), deadline.get(k));
            }
        }
        if (exp.path("overdue").asBoolean(false)) {
            // on the responsible department's overdue list from the day after the due date
            JsonNode list = json(RestAssured.given().header("Authorization", OFFICER).queryParam("overdueOn", asOf)
                    .queryParam("department", deadline.path("responsible").asText()).queryParam("size", 200)
                    .when().get("/api/v1/direct-delivery/policies").then().statusCode(200).extract().response());
            assertTrue(list.path("items").toString().contains(id), name + ": on the overdue list");
        }
    }

    /** A complete item (the ten fields) for a policy, with the case's own fields over it. */
    static ObjectNode item(JsonNode own) {
        ObjectNode i = Cases.JSON.createObjectNode();
        i.put("name", "政策事项");
        i.put("basis", "临兰政字〔2022〕16号");
        i.put("content", "对在全国中小企业股份转让系统挂牌的企业，给予一次性财政资金补助 50 万元");
        i.put("beneficiaries", "兰山区注册企业");
        i.set("applicablePeriod", Cases.JSON.createObjectNode().put("from", "2022-04-29"));
        i.set("conditions", Cases.JSON.createArrayNode());
        i.set("materials", Cases.JSON.createArrayNode().add("营业执照"));
        i.put("department", "区地方金融监管局");
        i.put("contactPerson", "张三");
        i.put("contact", "0539-0000000");
        if (own != null) {
            own.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("id")) {
                    i.set(e.getKey(), e.getValue());
                }
            });
        }
        return i;
    }

    static Stream<Arguments> items() {
        return Cases.of("direct-delivery-items");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void items(String name, JsonNode c) {
        setUp("direct-delivery-items", c);
        JsonNode in = c.path("input");
        JsonNode exp = c.path("expected");
        String id = policy(in);
        if (in.has("item")) {
            ObjectNode item = (ObjectNode) in.path("item").deepCopy();
            Response r = post("/api/v1/direct-delivery/policies/" + id + "/items", item);
            assertEquals(exp.path("httpStatus").asInt(), r.statusCode(), name + ": " + r.asString());
            if (exp.has("field")) {
                assertEquals(exp.path("field").asText(), json(r).path("errors").get(0).path("field").asText(), name + ": " + r.asString());
            }
            return;
        }
        ObjectNode item = item(null);
        item.put("recordedOn", in.path("itemsRecordedOn").asText());
        post("/api/v1/direct-delivery/policies/" + id + "/items", item).then().statusCode(201);
        JsonNode view = json(RestAssured.given().header("Authorization", OFFICER).when().get("/api/v1/direct-delivery/policies/" + id)
                .then().statusCode(200).extract().response());
        same(name + " decompositionDue", exp.path("decompositionDue"), view.path("decomposition").get("due"));
        same(name + " status", exp.path("status"), view.path("decomposition").get("status"));
    }

    /** The case's items under a fresh policy, by their letters. */
    static Map<String, String> items(JsonNode list, String policy) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode i : list) {
            ObjectNode item = item(i);
            if (i.path("name").asText().contains("新三板")) {
                item.put("benefitPolicy", "LANSHAN_LISTING");
                item.put("benefit", "NEEQ_LISTING");
            }
            ids.put(i.path("id").asText(), post("/api/v1/direct-delivery/policies/" + policy + "/items", item).then().statusCode(201)
                    .extract().path("id"));
        }
        return ids;
    }

    /** The case's enterprises as fresh records, by their letters. */
    static Map<String, String> enterprises(JsonNode list) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (JsonNode e : list) {
            String jurisdiction = e.path("tags").path("JURISDICTION").asText(DISTRICT);
            String code = Cases.creditCode(jurisdiction);
            post("/api/v1/direct-delivery/enterprises", Map.of("creditCode", code, "name", "企业 " + e.path("id").asText() + " " + code,
                    "jurisdiction", jurisdiction, "tags", e.path("tags"))).then().statusCode(201);
            codes.put(e.path("id").asText(), code);
        }
        return codes;
    }

    static Stream<Arguments> matching() {
        return Cases.of("direct-delivery-matching");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matching")
    void matching(String name, JsonNode c) {
        JsonNode in = c.path("input");
        JsonNode exp = c.path("expected");
        String policy = policy(Cases.JSON.createObjectNode().put("policy", "LANSHAN_LISTING"));
        ArrayNode itemList = Cases.JSON.createArrayNode();
        if (in.has("items")) {
            itemList.addAll((ArrayNode) in.path("items"));
        } else {
            itemList.add(in.path("item"));
        }
        Map<String, String> items = items(itemList, policy);
        Map<String, String> byId = new HashMap<>();
        items.forEach((letter, id) -> byId.put(id, letter));
        String asOf = in.path("asOf").asText();
        if (in.has("enterprise")) {
            ArrayNode one = Cases.JSON.createArrayNode().add(in.path("enterprise"));
            String code = enterprises(one).values().iterator().next();
            JsonNode m = json(RestAssured.given().header("Authorization", ADMIN).queryParam("asOf", asOf).queryParam("policyId", policy)
                    .when().get("/api/v1/direct-delivery/enterprises/" + code + "/matches").then().statusCode(200).extract().response());
            assertTrue(m.path("clause").path("ref").asText().equals("001:1878"), name + ": cites 001:1878");
            for (String group : List.of("qualified", "notQualified", "undetermined")) {
                if (!exp.has(group)) {
                    continue;
                }
                List<JsonNode> actual = new ArrayList<>();
                for (JsonNode x : m.path(group)) {
                    ObjectNode copy = x.deepCopy();
                    copy.put("item", byId.get(x.path("item").asText()));
                    actual.add(copy);
                }
                actual.sort(Comparator.comparing(x -> x.path("item").asText()));
                same(name + " " + group, exp.get(group), Cases.JSON.valueToTree(actual));
            }
            return;
        }
        Map<String, String> codes = enterprises(in.path("enterprises"));
        Map<String, String> byCode = new HashMap<>();
        codes.forEach((letter, code) -> byCode.put(code, letter));
        JsonNode found = json(RestAssured.given().header("Authorization", ADMIN).queryParam("asOf", asOf)
                .when().get("/api/v1/direct-delivery/items/" + items.values().iterator().next() + "/enterprises").then().statusCode(200).extract()
                .response());
        List<String> qualified = new ArrayList<>();
        for (JsonNode e : found.path("qualified")) {
            if (byCode.containsKey(e.path("creditCode").asText())) {
                qualified.add(byCode.get(e.path("creditCode").asText()));
            }
        }
        same(name + " enterprises", exp.path("enterprises"), Cases.JSON.valueToTree(qualified));
    }

    static Stream<Arguments> proactive() {
        return Cases.of("direct-delivery-proactive");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proactive")
    void proactive(String name, JsonNode c) {
        JsonNode in = c.path("input");
        JsonNode exp = c.path("expected");
        String policy = policy(Cases.JSON.createObjectNode().put("policy", "LANSHAN_LISTING"));
        String item = items(Cases.JSON.createArrayNode().add(in.path("item")), policy).values().iterator().next();
        Map<String, String> codes = enterprises(in.path("enterprises"));
        Map<String, String> byCode = new HashMap<>();
        codes.forEach((letter, code) -> byCode.put(code, letter));
        for (JsonNode e : in.path("enterprises")) {
            if (e.has("existingApplication")) {
                JsonNode a = e.path("existingApplication");
                String code = codes.get(e.path("id").asText());
                RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                        .body(Map.of("policy", a.path("policy").asText(), "benefit", a.path("benefit").asText(), "beneficiaryType", "ENTERPRISE",
                                "beneficiaryId", code, "beneficiaryName", "企业 " + code, "jurisdiction", DISTRICT))
                        .when().post("/api/v1/applications").then().statusCode(201);
            }
        }
        JsonNode run = json(post("/api/v1/direct-delivery/proactive-runs", Map.of("itemId", item, "asOf", in.path("asOf").asText(),
                "openApplications", in.path("openApplications").asBoolean(), "enterprises", new ArrayList<>(codes.values()))).then().statusCode(200)
                .extract().response());
        assertEquals("001:1892", run.path("clause").path("ref").asText(), name);
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            List<JsonNode> actual = new ArrayList<>();
            for (JsonNode x : run.path(e.getKey())) {
                if (x.isTextual()) {
                    actual.add(Cases.JSON.getNodeFactory().textNode(byCode.get(x.asText())));
                } else {
                    ObjectNode copy = x.deepCopy();
                    copy.put("enterprise", byCode.get(x.path("enterprise").asText()));
                    actual.add(copy);
                    // the application opened is there, PROACTIVE, under the item's department
                    RestAssured.given().header("Authorization", OFFICER).when().get("/api/v1/applications/" + x.path("applicationId").asText())
                            .then().statusCode(200).body("origin", org.hamcrest.Matchers.equalTo("PROACTIVE"))
                            .body("itemId", org.hamcrest.Matchers.equalTo(item));
                }
            }
            same(name + " " + e.getKey(), e.getValue(), Cases.JSON.valueToTree(actual));
        }
    }

    static Stream<Arguments> metrics() {
        return Cases.of("direct-delivery-metrics");
    }

    static final Map<String, Boolean> BUILT = new HashMap<>();

    /**
     * The department's applications of the period, made through the API as the case counts them: submitted for an item
     * of the department, approved, rejected or left, paid, objected to and the objections closed.
     */
    void build(JsonNode in) {
        String department = in.path("department").asText();
        if (BUILT.containsKey(department) || !in.has("submitted")) {
            return;
        }
        BUILT.put(department, true);
        int submitted = in.path("submitted").asInt();
        if (submitted == 0) {
            return;
        }
        String policy = policy(Cases.JSON.createObjectNode().put("policy", "LANSHAN_LISTING"));
        ObjectNode item = item(null);
        item.put("department", department);
        item.put("benefitPolicy", "LANSHAN_LISTING");
        item.put("benefit", "REGIONAL_EQUITY_LISTING");
        String itemId = post("/api/v1/direct-delivery/policies/" + policy + "/items", item).then().statusCode(201).extract().path("id");
        int approved = in.path("approved").asInt();
        int rejected = in.path("rejected").asInt();
        int paid = in.path("paid").asInt();
        int raised = in.path("objectionsRaised").asInt();
        int closed = in.path("objectionsClosed").asInt();
        for (int i = 0; i < submitted; i++) {
            String code = Cases.creditCode(DISTRICT);
            String id = RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                    .body(Map.of("policy", "LANSHAN_LISTING", "benefit", "REGIONAL_EQUITY_LISTING", "beneficiaryType", "ENTERPRISE",
                            "beneficiaryId", code, "beneficiaryName", "企业 " + code, "jurisdiction", DISTRICT, "receivedOn", "2024-08-01",
                            "itemId", itemId))
                    .when().post("/api/v1/applications").then().statusCode(201).body("department", org.hamcrest.Matchers.equalTo(department))
                    .extract().path("id");
            if (i < approved) {
                RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", 0))
                        .when().post("/api/v1/applications/" + id + "/decision").then().statusCode(200);
                if (i < paid) {
                    RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("paidOn", "2024-09-01"))
                            .when().post("/api/v1/applications/" + id + "/payments").then().statusCode(201);
                }
                if (i < raised) {
                    String objection = RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                            .body(Map.of("raisedOn", "2024-08-15", "text", "对兑付金额有异议")).when().post("/api/v1/applications/" + id + "/objections")
                            .then().statusCode(201).extract().path("id");
                    if (i < closed) {
                        RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                                .body(Map.of("resolvedOn", "2024-08-20", "outcome", "DISMISSED", "version", 0))
                                .when().post("/api/v1/applications/" + id + "/objections/" + objection + "/resolution").then().statusCode(200);
                    }
                }
            } else if (i < approved + rejected) {
                RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                        .body(Map.of("decision", "REJECT", "reason", "不符合申请条件", "version", 0))
                        .when().post("/api/v1/applications/" + id + "/decision").then().statusCode(200);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metrics")
    void metrics(String name, JsonNode c) {
        setUp("direct-delivery-metrics", c);
        JsonNode in = c.path("input");
        JsonNode exp = c.path("expected");
        build(in);
        String department = in.path("department").asText();
        for (JsonNode r : in.path("ratings")) {
            for (JsonNode stars : r.path("stars")) {
                post("/api/v1/direct-delivery/ratings", Map.of("department", department, "metric", r.path("metric").asText(), "stars", stars.asInt(),
                        "ratedOn", "2024-08-15")).then().statusCode(201);
            }
        }
        String period = in.path("period").asText();
        int quarter = period.charAt(period.length() - 1) - '0';
        java.time.LocalDate from = java.time.LocalDate.of(Integer.parseInt(period.substring(0, 4)), quarter * 3 - 2, 1);
        java.time.LocalDate to = from.plusMonths(3).minusDays(1);
        JsonNode m = json(RestAssured.given().header("Authorization", OFFICER).queryParam("department", department).queryParam("from", from.toString())
                .queryParam("to", to.toString()).when().get("/api/v1/direct-delivery/metrics").then().statusCode(200).extract().response());
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (k.equals("parameter")) {
                assertTrue(m.path("missingParameters").toString().contains(e.getValue().asText()), name + ": " + m);
            } else if (k.equals("averageStars")) {
                same(name + " averageStars", e.getValue(), m.path("averageStars"));
            } else {
                String metric = k.endsWith("_status") ? k.substring(0, k.length() - "_status".length()) : k;
                JsonNode value = null;
                for (JsonNode v : m.path("metrics")) {
                    if (v.path("metric").asText().equals(metric)) {
                        value = v;
                    }
                }
                same(name + " " + k, e.getValue(), value == null ? null : value.get(k.endsWith("_status") ? "status" : "value"));
            }
        }
    }
}
