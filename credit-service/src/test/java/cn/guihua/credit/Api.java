package cn.guihua.credit;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.guihua.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Tokens, parameter settings and the case files, for the HTTP tests. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String ZHANGDIAN = "370303";

    private Api() {
    }

    /** A token with these roles, jurisdiction and dept claim (null: none). */
    public static String token(String subject, Set<String> roles, String jurisdiction, String dept) {
        Map<String, Object> claims = new java.util.HashMap<>();
        if (jurisdiction != null) {
            claims.put("jurisdiction", jurisdiction);
        }
        if (dept != null) {
            claims.put("dept", dept);
        }
        return DevTokens.tokenWithClaims(subject, roles, claims);
    }

    /** A credit officer of 张店区 in the department {@code dept}. */
    public static String officer(String dept) {
        return token("officer:" + dept, Set.of("credit-officer"), ZHANGDIAN, dept);
    }

    public static String admin() {
        return token("admin", Set.of("admin"), "370000", "区社会信用中心");
    }

    public static RequestSpecification as(String token) {
        RequestSpecification r = given().contentType(ContentType.JSON);
        return token == null ? r : r.header("Authorization", "Bearer " + token);
    }

    /** Sets a parameter from 2022-01-01 on (the documents start on 2022-02-01), as 张店区发展和改革局 would. */
    public static void parameter(String name, JsonNode value, String basis) {
        ObjectNode body = JSON.createObjectNode();
        body.put("effectiveFrom", "2022-01-01");
        body.set("value", value == null ? JSON.nullNode() : value);
        body.put("legalBasis", "test case: " + basis);
        as(officer("张店区发展和改革局")).body(body.toString()).when().post("/api/v1/parameters/" + name + "/values").then().statusCode(201);
    }

    /** Sets every parameter a case lists. */
    public static void parameters(JsonNode testCase) {
        testCase.path("parameters").fields().forEachRemaining(e -> parameter(e.getKey(), e.getValue(), testCase.path("name").asText()));
    }

    public static JsonNode file(String resource) {
        try (InputStream in = Api.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cases of a case file, one argument set (name, case) each. */
    public static Stream<Arguments> cases(String resource) {
        List<Arguments> list = new ArrayList<>();
        file(resource).path("cases").forEach(c -> list.add(Arguments.of(c.path("name").asText(), c)));
        return list.stream();
    }

    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
