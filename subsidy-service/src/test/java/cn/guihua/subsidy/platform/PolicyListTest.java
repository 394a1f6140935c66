package cn.guihua.subsidy.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The policy codes a caller must send are listed by an operation, not only in a migration. */
@QuarkusTest
class PolicyListTest {

    @Test
    void everyPolicyIsListedPubliclyWithWhatCanBeAppliedFor() {
        given().when().get("/api/v1/policies").then().statusCode(200)
                .body("code", hasItems("DISABILITY_LIVING", "DISABILITY_NURSING", "HUAIYIN_FARMLAND", "HUAIYIN_LISTING",
                        "LANSHAN_EXPROPRIATION", "LANSHAN_LISTING", "ZHANGDIAN_HQ"))
                .body("find { it.code == 'LANSHAN_LISTING' }.documentNo", equalTo("临兰政字〔2022〕16号"))
                .body("find { it.code == 'LANSHAN_LISTING' }.jurisdiction", equalTo("371302"))
                .body("find { it.code == 'LANSHAN_LISTING' }.effectiveFrom", equalTo("2022-04-29"))
                .body("find { it.code == 'LANSHAN_LISTING' }.effectiveTo", nullValue())
                .body("find { it.code == 'LANSHAN_LISTING' }.sourceClause", equalTo("001:490"))
                .body("find { it.code == 'LANSHAN_LISTING' }.takesApplications", equalTo(true))
                .body("find { it.code == 'LANSHAN_LISTING' }.benefits.code", hasItems("SHAREHOLDING_REFORM", "DOMESTIC_LISTING",
                        "OVERSEAS_LISTING", "REGIONAL_EQUITY_LISTING"))
                .body("find { it.code == 'LANSHAN_LISTING' }.benefits.find { it.code == 'SHAREHOLDING_REFORM' }.sourceClause",
                        equalTo("001:478"))
                .body("find { it.code == 'LANSHAN_LISTING' }.benefits[0].beneficiaryType", equalTo("ENTERPRISE"))
                .body("find { it.code == 'DISABILITY_LIVING' }.benefits.code", equalTo(List.of("ENROLMENT")))
                .body("find { it.code == 'HUAIYIN_FARMLAND' }.effectiveTo", equalTo("2025-11-14"))
                .body("find { it.code == 'HUAIYIN_FARMLAND' }.takesApplications", equalTo(false))
                .body("find { it.code == 'HUAIYIN_FARMLAND' }.operations", hasItems("POST /api/v1/farmland/rankings"))
                .body("find { it.code == 'HUAIYIN_LISTING' }.title", equalTo("槐荫区推进企业上市“五年攻坚”行动计划"))
                .body("find { it.code == 'ZHANGDIAN_HQ' }.documentNo", equalTo("张政发〔2021〕18号"))
                .body("find { it.code == 'ZHANGDIAN_HQ' }.operations", hasItems("POST /api/v1/headquarters/rewards"));
        given().when().get("/api/v1/policies/ZHANGDIAN_HQ").then().statusCode(200).body("jurisdiction", equalTo("370303"));
        given().header("Accept-Language", "en").when().get("/api/v1/policies/NO_SUCH_POLICY").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Policy NO_SUCH_POLICY does not exist"));
    }
}
