package cn.guihua.subsidy.cases;

import static cn.guihua.subsidy.cases.Cases.answered;
import static cn.guihua.subsidy.cases.Cases.body;
import static cn.guihua.subsidy.cases.Cases.calculation;
import static cn.guihua.subsidy.cases.Cases.post;

import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** 槐荫区 state capital (槐政办字〔2022〕6号): every case of state-capital-levy.json through the HTTP API. */
@QuarkusTest
class StateCapitalCasesTest {

    @Inject
    EntityManager em;

    static Stream<Arguments> levy() {
        return Cases.of("state-capital-levy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levy")
    void levy(String name, JsonNode c) {
        Cases.parameters(em, "370104", Cases.parameterNames("state-capital-levy"), c, "2022-10-25");
        String path = c.path("input").has("districtStateCapitalIncome") ? "/api/v1/state-capital/budget-transfers" : "/api/v1/state-capital/levies";
        calculation(c, answered(post(path, body(c), null), c));
    }
}
