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

    @Test
    void aPolicyIsReadWithItsRulesParametersAndClausesAsOfADate() {
        given().queryParam("asOf", "2024-06-01").when().get("/api/v1/policies/ZHANGDIAN_HQ").then().statusCode(200)
                .body("asOf", equalTo("2024-06-01")).body("inForce", equalTo(true))
                .body("rules.code", hasItems("GROWTH_RANKING", "OFFICE_PURCHASE_INSTALMENTS", "INTRODUCER_ONE_PER_PROJECT"))
                .body("rules.find { it.code == 'OFFICE_PURCHASE_INSTALMENTS' }.validFrom", equalTo("2022-01-29"))
                .body("rules.find { it.code == 'OFFICE_PURCHASE_INSTALMENTS' }.clause.ref", org.hamcrest.Matchers.startsWith("002:"))
                .body("parameters.name", hasItems("HQ_RANKING_LISTS_SAME_YEAR", "HQ_OFFICE_PURCHASE_INSTALMENT_SHARES"))
                .body("parameters.find { it.name == 'HQ_RANKING_LISTS_SAME_YEAR' }.kind", equalTo("CHOICE"))
                .body("parameters.find { it.name == 'HQ_RANKING_LISTS_SAME_YEAR' }.choices", equalTo(List.of("EACH", "HIGHEST")))
                .body("parameters.find { it.name == 'HQ_RANKING_LISTS_SAME_YEAR' }.sourceRef", equalTo("002:156"))
                .body("parameters.find { it.name == 'HQ_RANKING_LISTS_SAME_YEAR' }.value.jurisdiction", equalTo("370303"))
                .body("parameters.find { it.name == 'HQ_RANKING_LISTS_SAME_YEAR' }.value.basis", equalTo("CONFIGURED"))
                .body("clauses.ref", hasItems("002:156", "002:164"));
        // before the measure: the document, no rules
        given().queryParam("asOf", "2022-01-28").when().get("/api/v1/policies/ZHANGDIAN_HQ").then().statusCode(200)
                .body("inForce", equalTo(false)).body("rules", org.hamcrest.Matchers.empty());
        // the farmland selection's yearly outlay, derived from its rules
        given().queryParam("asOf", "2024-06-01").when().get("/api/v1/policies/HUAIYIN_FARMLAND").then().statusCode(200)
                .body("derived.minimumOutlay", org.hamcrest.Matchers.notNullValue())
                .body("derived.maximumOutlay", org.hamcrest.Matchers.notNullValue())
                .body("parameters.name", hasItems("FARMLAND_NOTICE_DAYS"));
        given().queryParam("asOf", "2024-06-01").when().get("/api/v1/policies/DISABILITY_NURSING").then().statusCode(200)
                .body("parameters.find { it.name == 'DISABILITY_NURSING_GRADES' }.basisRequired", equalTo(true));
    }
}
