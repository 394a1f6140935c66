package cn.guihua.credit.street;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import cn.guihua.credit.Api;
import io.quarkus.test.junit.QuarkusTest;

/** 90号: the merchants' credit files (002:3335), colours set by the market regulator (002:3336), the targets of 002:3337. */
@QuarkusTest
class DemoStreetTest {

    static final String[] MERCHANTS = { "92370303L00000704K", "91370303MA3C070030", "91370303MA3C07002W" };

    @Test
    void theRegulatorSetsTheColoursAndTheReportComparesWithTheTargets() {
        String regulator = Api.officer("区市场监管局");
        for (String code : MERCHANTS) {
            Api.as(regulator).body("{\"creditCode\":\"" + code + "\",\"name\":\"水晶街商户 " + code.substring(14) + "\"}")
                    .when().post("/api/v1/demo-street/merchants").then().statusCode(201).body("street", equalTo("张店区水晶街"));
        }
        Api.as(Api.officer("张店区税务局")).body("{\"colour\":\"RED\",\"effectiveFrom\":\"2022-06-01\",\"basis\":\"x\"}")
                .when().post("/api/v1/demo-street/merchants/" + MERCHANTS[0] + "/colours").then().statusCode(403);
        colour(regulator, MERCHANTS[0], "RED");
        colour(regulator, MERCHANTS[1], "BLUE");
        colour(regulator, MERCHANTS[2], "RED");
        Api.as(Api.officer("张店区税务局")).body("{\"item\":\"TAX\",\"on\":\"2022-05-10\",\"summary\":\"2022年一季度按期申报\"}")
                .when().post("/api/v1/demo-street/merchants/" + MERCHANTS[0] + "/file-entries").then().statusCode(201);
        Api.as(null).queryParam("asOf", "2022-06-30").when().get("/api/v1/demo-street/merchants/" + MERCHANTS[0]).then().statusCode(200)
                .body("colour.colour", equalTo("RED")).body("items", hasSize(8)).body("items[3].key", equalTo("TAX"))
                .body("items[3].entries[0].department", equalTo("张店区税务局")).body("fileClause.ref", equalTo("002:3335"));
        Api.parameter("DEMO_STREET_BLUE_SHARE_COUNTING", new TextNode("BLUE_OR_BETTER"), "street report");
        JsonNode report = Api.read(Api.as(null).queryParam("asOf", "2022-06-30").when().get("/api/v1/demo-street/report").then().statusCode(200)
                .body("rules.docNumber", equalTo("张政字〔2021〕90号")).body("targetsClause.ref", equalTo("002:3337")).extract().asString());
        long merchants = report.path("merchants").asLong();
        for (JsonNode t : report.path("targets")) {
            switch (t.path("key").asText()) {
                case "BLACK_COUNT" -> assertEquals(true, t.path("met").asBoolean());
                case "BLUE_SHARE" -> assertEquals(merchants == 3, t.path("met").asBoolean(), "red counts toward blue: 3 of 3");
                default -> assertEquals(2.0 / merchants >= 0.5, t.path("met").asBoolean());
            }
        }
        Api.parameter("DEMO_STREET_BLUE_SHARE_COUNTING", new TextNode("BLUE_ONLY"), "street report, blue only");
        Api.as(null).queryParam("asOf", "2022-06-30").when().get("/api/v1/demo-street/report").then().statusCode(200)
                .body("targets.find { it.key == 'BLUE_SHARE' }.met", equalTo(false));
    }

    private static void colour(String token, String code, String colour) {
        Api.as(token).body("{\"colour\":\"" + colour + "\",\"effectiveFrom\":\"2022-06-01\",\"basis\":\"2022年第二季度联合检查\"}")
                .when().post("/api/v1/demo-street/merchants/" + code + "/colours").then().statusCode(201).body("colour", equalTo(colour));
    }
}
