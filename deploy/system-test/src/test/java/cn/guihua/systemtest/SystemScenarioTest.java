package cn.guihua.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import cn.guihua.localstack.LocalStack;
import cn.guihua.localstack.Service;
import cn.guihua.testsupport.DevTokens;

/**
 * The whole system as the README's run command starts it (embedded PostgreSQL and Kafka, the four packaged
 * services as separate processes), driven over HTTP only through the scenario of a district: 槐荫区 reads its
 * children's plan, adds a street, and the steps build on each other in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SystemScenarioTest {

    private static final String DISTRICT = "370104";
    private static final String STREET = "370104001";
    private static final String CHILDREN_PLAN = "370104-children-2021";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private Path dataDir;
    private LocalStack stack;

    @BeforeAll
    void startTheStack() throws Exception {
        dataDir = Files.createTempDirectory("guihua-system-test");
        stack = new LocalStack(Repository.ROOT, dataDir, System.out);
        stack.start(true);
    }

    @AfterAll
    void stopTheStack() throws IOException {
        if (stack != null) {
            stack.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    @Order(1)
    void anyoneReadsThePublishedChildrensPlanOfHuaiyin() {
        JsonPath plans = api(Service.PLAN).queryParam("jurisdiction", DISTRICT).queryParam("kind", "CHILDREN")
                .get("/api/v1/plans").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("items.code", hasItem(CHILDREN_PLAN))
                .extract().jsonPath();
        assertEquals("PUBLISHED", plans.getString("items.find { it.code == '" + CHILDREN_PLAN + "' }.status"));

        JsonPath plan = api(Service.PLAN).get("/api/v1/plans/" + CHILDREN_PLAN).then().statusCode(200)
                .body("jurisdiction", equalTo(DISTRICT))
                .extract().jsonPath();
        // 000:663 新生儿、婴儿和5岁以下儿童死亡率分别控制在3‰、3‰和3.5‰以下
        Map<String, Object> neonatal = plan.getMap("areas.goals.flatten().targets.flatten().find { it.indicatorCode == 'NEONATAL_MORTALITY' }");
        assertEquals("AT_MOST", neonatal.get("comparator"));
        assertEquals(3, ((Number) neonatal.get("value")).intValue());
        assertEquals("‰", neonatal.get("unit"));
        assertEquals("000:663", neonatal.get("sourceRef"));

        api(Service.PLAN).queryParam("indicator", "NEONATAL_MORTALITY").queryParam("jurisdiction", DISTRICT)
                .get("/api/v1/targets").then().statusCode(200)
                .body("items.planCode", hasItem(CHILDREN_PLAN));
    }

    @Test
    @Order(2)
    void thePlannerAddsAStreetOfTheDistrict() {
        Map<String, String> street = Map.of("code", STREET, "name", "振兴街街道", "parentCode", DISTRICT);
        String key = UUID.randomUUID().toString();
        as(Service.PLAN, "planner", DISTRICT).header("Idempotency-Key", key).contentType(ContentType.JSON).body(street)
                .post("/api/v1/jurisdictions").then().statusCode(201).body("code", equalTo(STREET));
        // a retry after a lost answer creates nothing new
        as(Service.PLAN, "planner", DISTRICT).header("Idempotency-Key", key).contentType(ContentType.JSON).body(street)
                .post("/api/v1/jurisdictions").then().statusCode(201).body("code", equalTo(STREET));
        // a planner of another district may not
        as(Service.PLAN, "planner", "370103").contentType(ContentType.JSON)
                .body(Map.of("code", "370104002", "name", "营市街街道", "parentCode", DISTRICT))
                .post("/api/v1/jurisdictions").then().statusCode(403).contentType("application/problem+json");
        api(Service.PLAN).queryParam("parent", DISTRICT).get("/api/v1/jurisdictions").then().statusCode(200)
                .body("items.code", equalTo(List.of(STREET)));
    }

    @Test
    @Order(90)
    void planServiceStoppedAndRestartedLosesNothing() throws Exception {
        stack.stop(Service.PLAN);
        stack.restart(Service.PLAN);
        api(Service.PLAN).get("/api/v1/jurisdictions/" + STREET).then().statusCode(200).body("name", equalTo("振兴街街道"));
        api(Service.PLAN).get("/api/v1/plans/" + CHILDREN_PLAN).then().statusCode(200);
    }

    private static RequestSpecification api(Service s) {
        return given().baseUri(s.url()).accept(ContentType.JSON);
    }

    private static RequestSpecification as(Service s, String role, String jurisdiction) {
        return api(s).header("Authorization", DevTokens.bearer(role, jurisdiction));
    }

    /** Polls until the supplier returns without an assertion error; events take a moment to travel. */
    static <T> T eventually(Supplier<T> check) {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        while (true) {
            try {
                return check.get();
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
