package cn.guihua.subsidy.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.guihua.subsidy.identity.CreditCode;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every amount of money in an answer has two decimals ({@code 5000000.00}, never {@code 5000000.0}): read as raw JSON text. */
@QuarkusTest
class MoneyTest {

    static final String OFFICER = DevTokens.bearer("subsidy-officer", "371302");
    /** a number with exactly one decimal, as a double would print it */
    static final Pattern ONE_DECIMAL = Pattern.compile("[:\\[,]\\s*-?\\d+\\.\\d[,}\\]\\s]");

    @Test
    void amountsAreWrittenWithTwoDecimals() {
        String calculation = given().contentType(ContentType.JSON).body(Map.of("stage", "DOMESTIC_LISTING", "asOf", "2024-06-30"))
                .when().post("/api/v1/listing-incentives/calculations").then().statusCode(200).extract().asString();
        assertTrue(calculation.contains("\"amount\":5000000.00"), calculation);

        String creditCode = "91371302MA3C4D5W3";
        creditCode += CreditCode.checkChar(creditCode);
        String id = given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("policy", "LANSHAN_LISTING", "benefit", "DOMESTIC_LISTING", "beneficiaryType", "ENTERPRISE",
                        "beneficiaryId", creditCode, "beneficiaryName", "临沂某某股份有限公司", "jurisdiction", "371302"))
                .when().post("/api/v1/applications").then().statusCode(201).extract().path("id");
        String decided = given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", 0))
                .when().post("/api/v1/applications/" + id + "/decision").then().statusCode(200).extract().asString();
        assertTrue(decided.contains("\"amount\":5000000.00"), decided);
        // the frozen calculation read back from the database keeps its decimals, in the steps too
        String read = given().header("Authorization", OFFICER).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .extract().asString();
        assertTrue(read.contains("\"amount\":5000000.00"), read);
        assertFalse(read.contains("5000000.0,") || read.contains("5000000.0}"), read);
        assertFalse(ONE_DECIMAL.matcher(read).find(), read);

        String paid = given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("paidOn", "2024-07-01"))
                .when().post("/api/v1/applications/" + id + "/payments").then().statusCode(201).extract().asString();
        assertTrue(paid.contains("\"amount\":5000000.00"), paid);
        String payments = given().header("Authorization", OFFICER).queryParam("beneficiaryId", creditCode).when().get("/api/v1/payments")
                .then().statusCode(200).extract().asString();
        assertTrue(payments.contains("\"amount\":5000000.00"), payments);
    }
}
