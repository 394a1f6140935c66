package cn.guihua.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import cn.guihua.platform.testapp.DemoItem;
import cn.guihua.platform.testapp.DemoResource.ItemView;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    private static final String TOKEN = DevTokens.token("idem", "planner", "370104");

    private static Response post(String key, String name) {
        return given().auth().oauth2(TOKEN).header("Idempotency-Key", key).contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"jurisdiction\":\"370104\",\"count\":3}").when().post("/api/v1/demo/items");
    }

    @Test
    void concurrentRetriesGetTheFirstAnswerAndCreateOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(pool.submit((Callable<Response>) () -> post(key, "concurrent")));
        }
        String first = null;
        for (Future<Response> f : answers) {
            Response r = f.get();
            assertTrue(r.statusCode() == 201 || r.statusCode() == 409, "status " + r.statusCode() + ": " + r.asString());
            if (r.statusCode() == 201) {
                String id = r.jsonPath().getString("id");
                assertTrue(first == null || first.equals(id), "two different items were created");
                first = id;
            } else {
                assertEquals("application/problem+json", r.contentType());
            }
        }
        pool.shutdown();
        assertEquals(1L, countNamed("concurrent"));
        assertEquals(201, post(key, "concurrent").statusCode());
    }

    /** The answer is the text the record keeps (written once): a replay gives the same bytes, type and location. */
    @Test
    void aReplayIsTheFirstAnswerByteForByte() {
        int before = ItemView.WRITTEN.get();
        assertEquals(201, given().auth().oauth2(TOKEN).contentType("application/json")
                .body("{\"name\":\"unkeyed\",\"jurisdiction\":\"370104\",\"count\":3}").when().post("/api/v1/demo/items")
                .statusCode());
        int unkeyed = ItemView.WRITTEN.get() - before;
        String key = UUID.randomUUID().toString();
        before = ItemView.WRITTEN.get();
        Response first = post(key, "replayed");
        assertEquals(unkeyed, ItemView.WRITTEN.get() - before, "with a key the answer is written as often as without one");
        assertEquals(201, first.statusCode(), first.asString());
        assertEquals("replayed", first.jsonPath().getString("name"));
        before = ItemView.WRITTEN.get();
        Response again = post(key, "replayed");
        assertEquals(201, again.statusCode());
        assertEquals(0, ItemView.WRITTEN.get() - before, "a replay sends the kept text");
        assertEquals(first.asString(), again.asString());
        assertEquals(first.contentType(), again.contentType());
        assertTrue(first.contentType().startsWith("application/json"), first.contentType());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(1L, countNamed("replayed"));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndABadKeyIs400() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, post(key, "first-body").statusCode());
        Response other = post(key, "other-body");
        assertEquals(422, other.statusCode());
        assertEquals(400, post("x".repeat(201), "long-key").statusCode());
        assertEquals(0L, countNamed("other-body"));
    }

    @Test
    void aFailedRequestStoresNoAnswer() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, post(UUID.randomUUID().toString(), "taken").statusCode());
        assertEquals(409, post(key, "taken").statusCode());
        // the same key may be used again once the name is free: nothing was stored for the failure
        assertEquals(201, post(key, "taken-2").statusCode());
    }

    /** A body above IdempotencyInterceptor.LARGE_BODY, whose fingerprint is computed while the request runs. */
    @Test
    void aLargeBodyIsRecognisedAgainAndAnotherOneWithTheSameKeyIs422() {
        byte[] body = "0123456789abcdef".repeat(IdempotencyInterceptor.LARGE_BODY / 16 + 100)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String key = UUID.randomUUID().toString();
        Response first = upload(key, body);
        assertEquals(200, first.statusCode(), first.asString());
        assertEquals(body.length, first.jsonPath().getInt("bytes"));
        Response again = upload(key, body);
        assertEquals(200, again.statusCode());
        assertEquals(first.jsonPath().getInt("upload"), again.jsonPath().getInt("upload"), "the stored answer, not a new upload");
        body[body.length - 1]++;
        assertEquals(422, upload(key, body).statusCode());
    }

    private static Response upload(String key, byte[] body) {
        return given().auth().oauth2(TOKEN).header("Idempotency-Key", key).contentType("text/plain").body(body)
                .when().post("/api/v1/demo/uploads");
    }

    private static long countNamed(String name) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> DemoItem.count("name", name));
    }
}
