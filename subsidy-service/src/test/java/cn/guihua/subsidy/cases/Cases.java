package cn.guihua.subsidy.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.guihua.subsidy.identity.CreditCode;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;

/**
 * Runs the rule cases of {@code src/test/resources/cases/*.json} (OpenFisca style: the facts, the officer's parameters,
 * the expected answer, the cited lines; see the README there) through the HTTP API. A case's parameters are set with
 * {@code POST /api/v1/parameters} from the policy's start, after the values of the same parameters left by the case
 * before are removed (so that "not set" means not set); what is expected is compared with the answer as follows:
 * {@code status}, {@code amount} and {@code values} are those of the step of {@code rule} when the case names one (the
 * calculation's otherwise), {@code total} the calculation's amount, {@code steps} the named steps' results,
 * {@code parameter} one of the calculation's missing parameters, any other key a named result; numbers compare by
 * value, objects as subsets, lists element by element.
 */
public final class Cases {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    public static final String ADMIN = DevTokens.bearer("admin", "370000");
    static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private Cases() {
    }

    public static JsonNode file(String family) {
        try (InputStream in = Cases.class.getResourceAsStream("/cases/" + family + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every case of a file, named for the report. */
    public static Stream<Arguments> of(String family) {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : file(family).path("cases")) {
            out.add(Arguments.of(c.path("name").asText(), c));
        }
        return out.stream();
    }

    /** The parameter names any case of the file sets. */
    public static Set<String> parameterNames(String family) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode c : file(family).path("cases")) {
            c.path("input").path("parameters").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** Removes the values of these parameters in the jurisdiction, then sets the case's from {@code validFrom}. */
    public static void parameters(EntityManager em, String jurisdiction, Set<String> names, JsonNode c, String validFrom) {
        if (!names.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM parameter_value WHERE jurisdiction = ?1 AND name IN ?2")
                    .setParameter(1, jurisdiction).setParameter(2, names).executeUpdate());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = c.path("input").path("parameters").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            set(jurisdiction, p.getKey(), text(p.getValue()), validFrom);
        }
    }

    public static void set(String jurisdiction, String name, String value, String validFrom) {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "jurisdiction", jurisdiction, "validFrom", validFrom, "value", value, "note", "rule case",
                        "legalBasis", "测试用例设定（rule case）"))
                .when().post("/api/v1/parameters").then().statusCode(201);
    }

    static String text(JsonNode v) {
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            return String.join(",", parts);
        }
        return v.asText();
    }

    /** The case's input without its parameters (and the given keys), as a request body. */
    public static ObjectNode body(JsonNode c, String... without) {
        ObjectNode b = ((ObjectNode) c.path("input")).deepCopy();
        b.remove("parameters");
        for (String k : without) {
            b.remove(k);
        }
        return b;
    }

    public static Response post(String path, Object body, String token) {
        var r = given().header("Accept-Language", "zh-CN").contentType(ContentType.JSON).body(body instanceof JsonNode n ? n.toString() : body);
        if (token != null) {
            r.header("Authorization", token);
        }
        return r.when().post(path);
    }

    public static JsonNode json(Response r) {
        try {
            return JSON.readTree(r.asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer had the expected status; a refusal names the clause the case cites first. */
    public static JsonNode answered(Response r, JsonNode c) {
        JsonNode exp = c.path("expected");
        int wanted = exp.path("httpStatus").asInt(200);
        String body = r.asString();
        assertEquals(wanted, r.statusCode(), c.path("name").asText() + ": " + body);
        if (wanted >= 400 && exp.has("rule")) {
            String ref = c.path("clause").get(0).asText();
            assertTrue(body.contains(ref), c.path("name").asText() + ": the refusal names " + ref + ": " + body);
        }
        return json(r);
    }

    /** The calculation answer against the expected keys (see the class comment). */
    public static void calculation(JsonNode c, JsonNode calc) {
        String name = c.path("name").asText();
        JsonNode exp = c.path("expected");
        if (exp.path("httpStatus").asInt(200) >= 400) {
            return;
        }
        String rule = exp.path("rule").asText(null);
        JsonNode step = rule == null ? null : step(calc, rule);
        if (rule != null) {
            assertNotNull(step, name + ": a step of " + rule + " in " + calc);
            assertTrue(step.path("clause").path("ref").isTextual(), name + ": the step cites its clause");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode want = e.getValue();
            switch (k) {
                case "httpStatus", "rule", "for" -> {
                }
                case "status" -> {
                    JsonNode actual = step != null && step.hasNonNull("status") ? step.get("status") : calc.get("status");
                    same(name + " status", want, actual);
                }
                case "amount" -> same(name + " amount", want, step != null ? step.get("result") : calc.get("amount"));
                case "result" -> same(name + " result", want, step == null ? null : step.get("result"));
                case "total" -> same(name + " total", want, calc.get("amount"));
                case "steps" -> want.fields().forEachRemaining(s -> {
                    JsonNode other = step(calc, s.getKey());
                    assertNotNull(other, name + ": a step of " + s.getKey());
                    same(name + " step " + s.getKey(), s.getValue(), other.get("result"));
                });
                case "parameter" -> {
                    assertTrue(contains(calc.path("missingParameters"), want.asText()), name + ": " + want.asText() + " named as missing in "
                            + calc.path("missingParameters"));
                    assertTrue(calc.toString().contains(want.asText()), name + ": the explanation names " + want.asText());
                }
                case "values" -> want.fields().forEachRemaining(v -> {
                    JsonNode actual = step != null && step.path("values").has(v.getKey()) ? step.path("values").get(v.getKey())
                            : calc.path("results").get(v.getKey());
                    same(name + " values." + v.getKey(), v.getValue(), actual);
                });
                default -> same(name + " " + k, want, calc.path("results").get(k));
            }
        }
    }

    public static JsonNode step(JsonNode calc, String rule) {
        JsonNode found = null;
        for (JsonNode s : calc.path("steps")) {
            if (rule.equals(s.path("rule").asText())) {
                found = s;
            }
        }
        return found;
    }

    static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.asText())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code actual} is what {@code want} says: numbers by value, objects as subsets, lists element by element. */
    public static void same(String where, JsonNode want, JsonNode actual) {
        if (want == null || want.isNull()) {
            assertTrue(actual == null || actual.isNull() || actual.isMissingNode(), where + ": expected null, got " + actual);
            return;
        }
        assertTrue(actual != null && !actual.isNull() && !actual.isMissingNode(), where + ": expected " + want + ", got nothing");
        if (want.isObject()) {
            assertTrue(actual.isObject(), where + ": expected " + want + ", got " + actual);
            want.fields().forEachRemaining(e -> same(where + "." + e.getKey(), e.getValue(), actual.get(e.getKey())));
        } else if (want.isArray()) {
            assertTrue(actual.isArray(), where + ": expected " + want + ", got " + actual);
            assertEquals(want.size(), actual.size(), where + ": expected " + want + ", got " + actual);
            for (int i = 0; i < want.size(); i++) {
                same(where + "[" + i + "]", want.get(i), actual.get(i));
            }
        } else if (want.isBoolean()) {
            assertEquals(want.asBoolean(), actual.asBoolean(), where + ": expected " + want + ", got " + actual);
            assertTrue(actual.isBoolean(), where + ": expected " + want + ", got " + actual);
        } else {
            BigDecimal a = number(want);
            BigDecimal b = number(actual);
            if (a != null && b != null) {
                assertEquals(0, a.compareTo(b), where + ": expected " + want + ", got " + actual);
            } else {
                assertEquals(want.asText(), actual.asText(), where);
            }
        }
    }

    static BigDecimal number(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual() && n.asText().matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(n.asText());
        }
        return null;
    }

    /** A fresh unified social credit code of a district (GB 32100, with its check character). */
    public static String creditCode(String district) {
        long n = SEQUENCE.incrementAndGet();
        String base = "91" + district + String.format("%09d", n % 1_000_000_000L).replace('0', 'A').replace('1', 'B');
        String code17 = base.substring(0, 17);
        return code17 + CreditCode.checkChar(code17);
    }

    public static void fails(String message) {
        fail(message);
    }
}
