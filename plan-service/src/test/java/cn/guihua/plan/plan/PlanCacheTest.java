package cn.guihua.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.plan.progress.MonitoringEventApplier;
import cn.guihua.testsupport.DevTokens;
import cn.guihua.testsupport.KafkaResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The cache of plan and target reads ({@link PlanCache}, issue 17): its answers are byte for byte the database's, and
 * a read made after a change (a revision, a planner's change to a target, a monitoring value, a write by SQL that no
 * code of this service made) shows the change, though the same read was answered from the cache before it.
 */
@QuarkusTest
class PlanCacheTest {

    private static final String ADMIN = DevTokens.bearer("admin", "370000");
    private static final String PLANNER = DevTokens.bearer("planner", "370104");
    private static final String TARGET = "areas[0].goals[0].targets[0]";
    private static final String PROGRESS = "targets[0].target";

    @Inject
    PlanCache cache;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", KafkaResource.broker().bootstrapServers(), "acks", "all"),
                new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    @Test
    void cachedAnswersAreTheDatabasesByteForByte() {
        List<String> codes = given().queryParam("size", 200).when().get("/api/v1/plans").then().statusCode(200)
                .extract().path("items.code");
        assertTrue(codes.size() >= 17, "the reference plans: " + codes);
        List<String> reads = new ArrayList<>();
        for (String code : codes) {
            reads.add("/api/v1/plans/" + code);
            reads.add("/api/v1/plans/" + code + "/progress");
            reads.add("/api/v1/plans/" + code + "/document");
            reads.add("/api/v1/plans/" + code + "?revision=1");
            reads.add("/api/v1/targets?size=50&planCode=" + code);
        }
        reads.addAll(List.of("/api/v1/plans/no-such-plan", "/api/v1/plans/370104-children-2021?revision=99",
                "/api/v1/targets", "/api/v1/targets?size=200", "/api/v1/targets?size=200&page=1", "/api/v1/targets?size=7&page=3",
                "/api/v1/targets?page=1000000", "/api/v1/targets?indicatorCode=NEONATAL_MORTALITY",
                "/api/v1/targets?indicator=NEONATAL_MORTALITY&jurisdiction=%20370104%20",
                "/api/v1/targets?jurisdiction=370303001&size=200", "/api/v1/targets?jurisdiction=370303&size=200",
                "/api/v1/targets?plan=370104-children-2021&indicatorCode=NEONATAL_MORTALITY",
                "/api/v1/targets?planCode=no-such-plan", "/api/v1/targets/0"));
        List<Number> targets = given().queryParam("size", 200).when().get("/api/v1/targets").then().extract().path("items.id");
        targets.stream().limit(40).forEach(id -> reads.add("/api/v1/targets/" + id));
        reads.addAll(List.of("/api/v1/plans", "/api/v1/plans?size=200", "/api/v1/plans?size=3&page=2",
                "/api/v1/plans?size=20&jurisdiction=370104", "/api/v1/plans?jurisdiction=%20370104", "/api/v1/plans?jurisdiction=3701",
                "/api/v1/plans?jurisdiction=370100&descendants=true", "/api/v1/plans?jurisdiction=370000&descendants=true&size=200",
                "/api/v1/plans?jurisdiction=37%25&descendants=true", "/api/v1/plans?kind=CHILDREN", "/api/v1/plans?year=2023",
                "/api/v1/plans?year=2056&status=PUBLISHED", "/api/v1/plans?status=DRAFT", "/api/v1/plans?status=ARCHIVED",
                "/api/v1/plans?q=%E5%84%BF%E7%AB%A5", "/api/v1/plans?kind=NOPE"));

        // a draft of the planner's and one of another jurisdiction: the lists show them to their readers only
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(TestPlans.document(2064, null, "3"))
                .when().post("/api/v1/plans").then().statusCode(201);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(TestPlans.document("371302", 2064, null, "3")).when().post("/api/v1/plans").then().statusCode(201);
        List<String> asPlanner = new ArrayList<>();
        for (String read : reads) {
            asPlanner.add(PLANNER + " " + read);
            if (read.startsWith("/api/v1/plans?")) {
                asPlanner.add(ADMIN + " " + read);
                asPlanner.add(DevTokens.bearer("reporter", "370104") + " " + read);
            }
        }
        reads.addAll(asPlanner);

        for (String language : new String[] { null, "en" }) {
            List<String> cached = new ArrayList<>();
            for (String read : reads) {
                read(read, language); // the first read loads the cache, the second is answered from it
                cached.add(read(read, language));
            }
            PlanCache.Catalogue loaded = ((PlanCache) ClientProxy.unwrap(cache)).loaded();
            assertTrue(loaded != null && codes.stream().allMatch(c -> loaded.current(c) != null), "answered from the cache");
            List<String> uncached = new ArrayList<>();
            enabled(false);
            try {
                reads.forEach(read -> uncached.add(read(read, language)));
            } finally {
                enabled(true);
            }
            for (int i = 0; i < reads.size(); i++) {
                assertEquals(uncached.get(i), cached.get(i), reads.get(i) + " in " + language);
            }
        }
    }

    @Test
    void aPlannersChangeToATargetIsReadAtOnce() {
        String code = TestPlans.code("370104", 2056);
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(TestPlans.document(2056, "PUBLISHED", "3"))
                .when().post("/api/v1/plans/import").then().statusCode(201);
        long target = readEverything(code).getLong(TARGET + ".id");
        given().when().get("/api/v1/targets/" + target).then().body("tolerance", nullValue()).body("version", equalTo(0));
        readEverything(code);

        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"version\":0,\"tolerance\":0.5,\"reason\":\"区卫健局确定\"}")
                .when().put("/api/v1/targets/" + target + "/tolerance").then().statusCode(200);

        given().when().get("/api/v1/plans/" + code).then().body(TARGET + ".tolerance", equalTo(0.5f))
                .body(TARGET + ".toleranceSource", equalTo("PLANNER")).body(TARGET + ".version", equalTo(1));
        given().header("Accept-Language", "en").when().get("/api/v1/plans/" + code + "/progress").then()
                .body(PROGRESS + ".tolerance", equalTo(0.5f))
                .body(PROGRESS + ".progress.explanation", hasItem("Tolerance ±0.5‰ (set by a planner)"));
        given().when().get("/api/v1/plans/" + code + "/document").then()
                .body(TARGET + ".tolerance", equalTo(0.5f)).body(TARGET + ".toleranceSource", equalTo("PLANNER"));
        given().when().get("/api/v1/targets/" + target).then().body("tolerance", equalTo(0.5f)).body("version", equalTo(1));
        given().queryParam("planCode", code).when().get("/api/v1/targets").then().body("items[0].tolerance", equalTo(0.5f));
    }

    @Test
    void aNewRevisionIsReadAtOnceAndTheOldOneStaysReadable() {
        String code = TestPlans.code("370104", 2057);
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(TestPlans.document(2057, "PUBLISHED", "3"))
                .when().post("/api/v1/plans/import").then().statusCode(201);
        long first = readEverything(code).getLong(TARGET + ".id");
        readEverything(code);
        int version = given().when().get("/api/v1/plans/" + code).then().extract().path("version");

        // a revision started: the public reads stay on revision 1, the draft is no public document
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body("{\"version\":" + version + "}")
                .when().post("/api/v1/plans/" + code + "/revisions").then().statusCode(201);
        given().when().get("/api/v1/plans/" + code).then().body("revision", equalTo(1)).body(TARGET + ".value", equalTo(3));
        given().queryParam("revision", 2).when().get("/api/v1/plans/" + code).then().statusCode(404);
        int draft = given().header("Authorization", PLANNER).queryParam("revision", 2).when().get("/api/v1/plans/" + code)
                .then().statusCode(200).extract().path("version");
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"version\":" + draft + ",\"plan\":" + TestPlans.document(2057, null, "2.5") + "}")
                .when().put("/api/v1/plans/" + code + "/draft").then().statusCode(200);
        given().when().get("/api/v1/plans/" + code).then().body("revision", equalTo(1)).body(TARGET + ".value", equalTo(3));
        int edited = given().header("Authorization", PLANNER).queryParam("revision", 2).when().get("/api/v1/plans/" + code)
                .then().extract().path("version");
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body("{\"version\":" + edited + "}")
                .when().post("/api/v1/plans/" + code + "/publish").then().statusCode(200);

        // published: every read shows revision 2 at once
        long second = given().when().get("/api/v1/plans/" + code).then().body("revision", equalTo(2))
                .body(TARGET + ".value", equalTo(2.5f)).extract().jsonPath().getLong(TARGET + ".id");
        assertNotEquals(first, second);
        given().when().get("/api/v1/plans/" + code + "/progress").then().body("revision", equalTo(2))
                .body(PROGRESS + ".value", equalTo(2.5f));
        given().when().get("/api/v1/plans/" + code + "/document").then().body(TARGET + ".value", equalTo(2.5f));
        given().queryParam("planCode", code).when().get("/api/v1/targets").then().body("total", equalTo(1))
                .body("items[0].id", equalTo((int) second)).body("items[0].value", equalTo(2.5f));
        given().queryParam("indicatorCode", "NEONATAL_MORTALITY").queryParam("size", 200).when().get("/api/v1/targets")
                .then().body("items.id", hasItem((int) second)).body("items.id", not(hasItem((int) first)));
        // revision 1 and its target stay readable, no longer current
        given().queryParam("revision", 1).when().get("/api/v1/plans/" + code).then().statusCode(200)
                .body("current", equalTo(false)).body(TARGET + ".value", equalTo(3));
        given().when().get("/api/v1/targets/" + first).then().statusCode(200).body("value", equalTo(3));

        // archived: read at once too
        int published = given().when().get("/api/v1/plans/" + code).then().extract().path("version");
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body("{\"version\":" + published + "}")
                .when().post("/api/v1/plans/" + code + "/archive").then().statusCode(200);
        given().when().get("/api/v1/plans/" + code).then().body("status", equalTo("ARCHIVED"));
        given().queryParam("planCode", code).when().get("/api/v1/targets").then().body("total", equalTo(0));
        given().when().get("/api/v1/targets/" + second).then().statusCode(200).body("planCode", equalTo(code));
    }

    @Test
    void aDraftReadFromTheCacheIsStillNotPublic() {
        String code = TestPlans.code("370104", 2058);
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(TestPlans.document(2058, null, "3"))
                .when().post("/api/v1/plans").then().statusCode(201);
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", PLANNER).when().get("/api/v1/plans/" + code).then().statusCode(200);
            given().when().get("/api/v1/plans/" + code).then().statusCode(404);
            given().when().get("/api/v1/plans/" + code + "/progress").then().statusCode(404);
            given().when().get("/api/v1/plans/" + code + "/document").then().statusCode(404);
            given().queryParam("revision", 1).when().get("/api/v1/plans/" + code).then().statusCode(404);
            given().queryParam("planCode", code).when().get("/api/v1/targets").then().body("total", equalTo(0));
            given().header("Authorization", DevTokens.bearer("planner", "371302")).when().get("/api/v1/plans/" + code)
                    .then().statusCode(404);
        }
        long target = given().header("Authorization", PLANNER).when().get("/api/v1/plans/" + code).then()
                .extract().jsonPath().getLong(TARGET + ".id");
        given().when().get("/api/v1/targets/" + target).then().statusCode(404);
        given().header("Authorization", PLANNER).when().get("/api/v1/targets/" + target).then().statusCode(200);
    }

    @Test
    void aMonitoringValueIsReadAtOnce() throws Exception {
        // a plan of 淄博市 (370300) that no other test sends values for
        String code = TestPlans.code("370300", 2059);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(TestPlans.document("370300", 2059, "PUBLISHED", "3")).when().post("/api/v1/plans/import").then()
                .statusCode(201);
        readEverything(code);
        given().when().get("/api/v1/plans/" + code + "/progress").then().body(PROGRESS + ".progress.latest", nullValue());
        given().when().get("/api/v1/plans/" + code).then().body(TARGET + ".progress.latest", nullValue());

        UUID first = UUID.randomUUID();
        double applied = applied();
        send(event(first, "2023", "2.8", "APPROVED"));
        awaitApplied(applied + 1);
        given().when().get("/api/v1/plans/" + code + "/progress").then()
                .body(PROGRESS + ".progress.latest.valueId", equalTo(first.toString()))
                .body(PROGRESS + ".progress.latest.value", equalTo(2.8f)).body(PROGRESS + ".progress.latest.meets", equalTo(true));
        given().when().get("/api/v1/plans/" + code).then().body(TARGET + ".progress.latest.value", equalTo(2.8f));

        // a later value, answered from the cache in between
        readEverything(code);
        UUID second = UUID.randomUUID();
        send(event(second, "2024", "3.4", "APPROVED"));
        awaitApplied(applied + 2);
        given().when().get("/api/v1/plans/" + code + "/progress").then()
                .body(PROGRESS + ".progress.latest.valueId", equalTo(second.toString()))
                .body(PROGRESS + ".progress.latest.meets", equalTo(false));
        given().header("Accept-Language", "en").when().get("/api/v1/plans/" + code).then()
                .body(TARGET + ".progress.latest.period", equalTo("2024")).body(TARGET + ".progress.latest.meets", equalTo(false));
    }

    @Test
    void aWriteNoCodeOfThisServiceMadeIsReadAtOnce() {
        // as another replica, a migration or an operator with psql would write: the triggers see every write
        String code = TestPlans.code("370104", 2060);
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(TestPlans.document(2060, "PUBLISHED", "3"))
                .when().post("/api/v1/plans/import").then().statusCode(201);
        readEverything(code);
        readEverything(code);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE plan SET title = '改名的测试规划' WHERE code = ?1 AND current").setParameter(1, code).executeUpdate());
        given().when().get("/api/v1/plans/" + code).then().body("title", equalTo("改名的测试规划"));
        given().queryParam("planCode", code).when().get("/api/v1/targets").then().body("items[0].planTitle", equalTo("改名的测试规划"));

        readEverything(code);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE plan_target SET value = 1.5 WHERE plan_id = (SELECT id FROM plan WHERE code = ?1 AND current)
                """).setParameter(1, code).executeUpdate());
        given().when().get("/api/v1/plans/" + code).then().body(TARGET + ".value", equalTo(1.5f));
        given().when().get("/api/v1/plans/" + code + "/progress").then().body(PROGRESS + ".value", equalTo(1.5f));
        given().when().get("/api/v1/plans/" + code + "/document").then().body(TARGET + ".value", equalTo(1.5f));
        given().queryParam("planCode", code).when().get("/api/v1/targets").then().body("items[0].value", equalTo(1.5f));

        // one transaction of several writes is one new version
        long before = version();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE plan_goal SET text = text WHERE id < 0").executeUpdate();
            em.createNativeQuery("UPDATE plan_measure SET text = text WHERE id < 0").executeUpdate();
            em.createNativeQuery("UPDATE plan_evaluation SET sequence = sequence WHERE id < 0").executeUpdate();
        });
        assertEquals(before + 1, version());
        // a rolled-back one is none
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("UPDATE plan_area SET name = name WHERE id < 0").executeUpdate();
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertEquals(before + 1, version());
    }

    /** Every cached read of the plan, each twice; the plan view as JSON. */
    private io.restassured.path.json.JsonPath readEverything(String code) {
        given().when().get("/api/v1/plans/" + code + "/progress").then().statusCode(200);
        given().when().get("/api/v1/plans/" + code + "/document").then().statusCode(200);
        given().queryParam("planCode", code).when().get("/api/v1/targets").then().statusCode(200);
        return given().when().get("/api/v1/plans/" + code).then().statusCode(200).extract().jsonPath();
    }

    /** A path, or a token, a blank and a path. */
    private static String read(String read, String language) {
        var request = given().urlEncodingEnabled(false);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        String path = read;
        if (read.startsWith("Bearer ")) {
            int blank = read.indexOf(' ', "Bearer ".length());
            request.header("Authorization", read.substring(0, blank));
            path = read.substring(blank + 1);
        }
        Response r = request.when().get(path);
        return r.statusCode() + " " + r.contentType() + "\n" + r.asString();
    }

    private void enabled(boolean on) {
        ((PlanCache) ClientProxy.unwrap(cache)).enabled = on;
    }

    private long version() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT version FROM plan_catalogue_version").getSingleResult()).longValue());
    }

    private double applied() {
        return registry.counter("guihua.consumer.events", "consumer", MonitoringEventApplier.NAME, "outcome", "applied").count();
    }

    private void awaitApplied(double expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (applied() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(applied() >= expected, "applied " + applied() + ", expected " + expected);
    }

    private static void send(String event) throws Exception {
        producer.send(new ProducerRecord<>(MonitoringEventApplier.TOPIC, "370300:NEONATAL_MORTALITY", event)).get();
    }

    /** A monitoring event in the documented shape (docs/events.md): a value of 新生儿死亡率 for 淄博市. */
    private static String event(UUID valueId, String period, String value, String status) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("valueId", valueId.toString());
        data.put("version", 1);
        data.put("supersedes", null);
        data.put("indicatorCode", "NEONATAL_MORTALITY");
        data.put("jurisdiction", "370300");
        data.put("period", period);
        data.put("year", Integer.parseInt(period.substring(0, 4)));
        data.put("sex", "TOTAL");
        data.put("residence", "TOTAL");
        data.put("ageGroup", "TOTAL");
        data.put("value", new java.math.BigDecimal(value));
        data.put("unit", "‰");
        data.put("status", status);
        data.put("reportedBy", "reporter@370300");
        data.put("reviewedBy", "reviewer@370300");
        data.put("reason", null);
        data.put("at", OffsetDateTime.now().toString());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "https://guihua.dev/services/indicator-service");
        event.put("type", MonitoringEventApplier.REVIEWED);
        event.put("subject", "monitoring-values/" + valueId);
        event.put("time", OffsetDateTime.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return new ObjectMapper().writeValueAsString(event);
    }
}
