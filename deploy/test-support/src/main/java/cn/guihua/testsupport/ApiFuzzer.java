package cn.guihua.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Sends requests generated from a service's own OpenAPI spec to every operation: plausible values, and the values a
 * careless client or an attacker sends (NUL bytes, numbers that overflow, dates PostgreSQL cannot store, duplicate
 * keys, wrong types, malformed language weights, no token, a token of another jurisdiction). It reports every answer
 * that is a 5xx, or an error that is not problem+json. Deterministic for a seed; bounded by requests per operation.
 */
public final class ApiFuzzer {

    public record Finding(String request, int status, String contentType, String body) {
        @Override
        public String toString() {
            return status + " " + contentType + " for " + request + ": " + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> EVIL_TEXT = List.of("\u0000", "a\u0000b", "2147483648", "-1", "1e400", "maybe", "0000-01-01",
            "+999999999-12-31", "' OR 1=1 --", "%", "\u202e", "x".repeat(5000), "", " ", "null", "[]", "{}", "9999-99-99",
            "370104\u0000", "NaN", "-0", "２０２３");
    private static final List<String> LANGUAGES = List.of("en", "zh-CN", "en;q=abc", "*", "zh;q=0, en;q=1", "xx", ";;;", "en-US,en;q=0.9");

    private final JsonNode spec;
    private final Map<String, String> tokens;
    private final Random random;
    private final List<Finding> findings = new ArrayList<>();
    private int sent;

    /** {@code tokens}: bearer tokens by name (at least one unscoped, e.g. admin); null stands for no token. */
    public ApiFuzzer(JsonNode spec, Map<String, String> tokens, long seed) {
        this.spec = spec;
        this.tokens = tokens;
        this.random = new Random(seed);
    }

    public static JsonNode servedSpec() {
        try {
            return JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                    .extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the served OpenAPI spec", e);
        }
    }

    /** Sends {@code perOperation} requests to every operation but those whose path starts with one of {@code skip}. */
    public List<Finding> run(int perOperation, Set<String> skip) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (skip.stream().anyMatch(path.getKey()::startsWith)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                for (int i = 0; i < perOperation; i++) {
                    send(path.getKey(), op.getKey(), op.getValue(), i);
                }
            }
        }
        return findings;
    }

    public int sent() {
        return sent;
    }

    private void send(String template, String method, JsonNode op, int round) {
        boolean evil = round % 2 == 1;
        StringBuilder path = new StringBuilder();
        RequestSpecification r = given().urlEncodingEnabled(true).redirects().follow(false);
        List<String> described = new ArrayList<>();
        String url = template;
        for (JsonNode p : parameters(op)) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            boolean required = p.path("required").asBoolean() || "path".equals(in);
            if (!required && random.nextInt(3) == 0) {
                continue;
            }
            String value = evil && random.nextInt(3) > 0 ? pick(EVIL_TEXT) : plausible(p.path("schema"), p.path("example"));
            switch (in) {
                case "path" -> url = url.replace("{" + name + "}", encodePath(value));
                case "query" -> r.queryParam(name, value);
                case "header" -> {
                    if (!"Accept-Language".equalsIgnoreCase(name) && !value.isEmpty() && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                        r.header(name, value);
                    }
                }
                default -> { }
            }
            described.add(in + ":" + name + "=" + printable(value));
        }
        String language = pick(LANGUAGES);
        r.header("Accept-Language", language);
        String tokenName = pick(new ArrayList<>(tokens.keySet()));
        String token = tokens.get(tokenName);
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
        String payload = null;
        if (!body.isMissingNode()) {
            payload = evil ? evilBody(body) : write(generate(body, 0));
            r.contentType("application/json").body(payload);
        } else if (op.has("requestBody")) {
            payload = evil ? "\u0000" : "x";
            r.contentType(op.path("requestBody").path("content").fieldNames().next()).body(payload);
        }
        path.append(method.toUpperCase()).append(' ').append(url).append(' ').append(described).append(" token=").append(tokenName)
                .append(" lang=").append(language);
        if (payload != null) {
            path.append(" body=").append(printable(payload.length() > 200 ? payload.substring(0, 200) + "..." : payload));
        }
        Response response;
        try {
            response = r.request(method, url.replace("%", "%25").replace("%2525", "%25"));
        } catch (RuntimeException e) {
            findings.add(new Finding(path.toString(), -1, "", "client failed: " + e));
            return;
        }
        sent++;
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        if (status >= 500 || status >= 400 && !(type.startsWith("application/problem+json") && problemShaped(response.asString()))) {
            findings.add(new Finding(path.toString(), status, type, response.asString()));
        }
    }

    private static boolean problemShaped(String body) {
        try {
            JsonNode p = JSON.readTree(body);
            return p.hasNonNull("type") && p.hasNonNull("title") && p.path("status").isInt();
        } catch (Exception e) {
            return false;
        }
    }

    private List<JsonNode> parameters(JsonNode op) {
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            list.add(p.has("$ref") ? resolve(p.get("$ref").asText()) : p);
        }
        return list;
    }

    private JsonNode resolve(String ref) {
        JsonNode n = spec;
        for (String part : ref.substring(2).split("/")) {
            n = n.path(part);
        }
        return n;
    }

    private String plausible(JsonNode schema, JsonNode example) {
        if (!example.isMissingNode() && !example.isNull() && random.nextBoolean()) {
            return example.asText();
        }
        JsonNode s = schema.has("$ref") ? resolve(schema.get("$ref").asText()) : schema;
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(random.nextInt(s.get("enum").size())).asText();
        }
        String type = type(s);
        return switch (type) {
            case "integer" -> String.valueOf(random.nextInt(3) == 0 ? 2023 : random.nextInt(50));
            case "number" -> String.valueOf(random.nextInt(1000) / 10.0);
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> switch (s.path("format").asText()) {
                case "date" -> "2023-0" + (1 + random.nextInt(9)) + "-15";
                case "date-time" -> "2023-06-01T08:00:00+08:00";
                case "uuid" -> java.util.UUID.randomUUID().toString();
                default -> pick(List.of("370104", "370104001", "2023", "1", "NEONATAL_MORTALITY", "370104-women-2021", "abc"));
            };
        };
    }

    private static String type(JsonNode s) {
        JsonNode t = s.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!"null".equals(x.asText())) {
                    return x.asText();
                }
            }
        }
        return t.asText("string");
    }

    private JsonNode generate(JsonNode schema, int depth) {
        JsonNode s = schema.has("$ref") ? resolve(schema.get("$ref").asText()) : schema;
        if (s.has("anyOf")) {
            return generate(s.get("anyOf").get(0), depth);
        }
        if (s.has("allOf")) {
            return generate(s.get("allOf").get(0), depth);
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(random.nextInt(s.get("enum").size()));
        }
        if (depth > 4) {
            return NODES.nullNode();
        }
        switch (type(s)) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> p = it.next();
                    o.set(p.getKey(), generate(p.getValue(), depth + 1));
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    a.add(generate(s.path("items"), depth + 1));
                }
                return a;
            }
            default -> {
                String v = plausible(s, s.path("example"));
                return switch (type(s)) {
                    case "integer" -> NODES.numberNode(Long.parseLong(v));
                    case "number" -> NODES.numberNode(Double.parseDouble(v));
                    case "boolean" -> NODES.booleanNode(Boolean.parseBoolean(v));
                    default -> NODES.textNode(v);
                };
            }
        }
    }

    private String evilBody(JsonNode schema) {
        List<Supplier<String>> attacks = List.of(
                () -> "",
                () -> "not json",
                () -> "[]",
                () -> "null",
                () -> "{\"a\":1,\"a\":2}",
                () -> mutate(generate(schema, 0)),
                () -> mutate(generate(schema, 0)),
                () -> mutate(generate(schema, 0)),
                () -> duplicateFirstKey(write(generate(schema, 0))),
                () -> "{\"x\":\"" + "y".repeat(10_000) + "\"}");
        return attacks.get(random.nextInt(attacks.size())).get();
    }

    /** Replaces one field (at any depth) with a value of the wrong kind. */
    private String mutate(JsonNode node) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(node, objects);
        if (objects.isEmpty()) {
            return write(node);
        }
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return write(node);
        }
        String field = pick(names);
        List<JsonNode> values = List.of(NODES.textNode("a\u0000b"), NODES.numberNode(new java.math.BigDecimal("1e400")),
                NODES.numberNode(new java.math.BigInteger("99999999999999999999999")), NODES.textNode("+999999999-12-31"),
                NODES.textNode("0000-01-01"), NODES.nullNode(), NODES.booleanNode(true), NODES.arrayNode(),
                NODES.objectNode(), NODES.numberNode(-1), NODES.textNode(""), NODES.numberNode(2147483648L),
                NODES.textNode("12345-06"), NODES.numberNode(Double.MAX_VALUE));
        target.set(field, pick(values));
        return write(node);
    }

    private static void collect(JsonNode n, List<ObjectNode> into) {
        if (n instanceof ObjectNode o) {
            into.add(o);
        }
        n.forEach(child -> collect(child, into));
    }

    private static String duplicateFirstKey(String json) {
        int colon = json.indexOf(':');
        int quote = json.indexOf('"');
        if (!json.startsWith("{") || colon < 0 || quote < 0) {
            return json;
        }
        String key = json.substring(quote, colon);
        return "{" + key + ":0," + json.substring(1);
    }

    private static String encodePath(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.isEmpty() ? "%20" : sb.toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String write(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(120).forEach(c -> sb.append(c < 0x20 ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return sb.toString();
    }
}
