package cn.guihua.indicator.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.ApiFuzzer;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of the served spec, fed plausible and hostile input by an unscoped admin, a reporter of 370104 and
 * a caller without a token: no 5xx, and every error a problem. Last of all tests: what it manages to create (a
 * plausible value is often valid) must not meet another test's data.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class FuzzTest {

    @Test
    void noOperationAnswersA5xxOrAnErrorThatIsNotAProblem() {
        PlanServiceStub.awaitRefreshed();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", DevTokens.token("admin", "admin", "370000"));
        tokens.put("reporter", DevTokens.token("reporter@370104", "reporter", "370104"));
        tokens.put("none", null);
        ApiFuzzer fuzzer = new ApiFuzzer(ApiFuzzer.servedSpec(), tokens, 82);
        List<ApiFuzzer.Finding> findings = fuzzer.run(20, Set.of());
        assertTrue(fuzzer.sent() > 250, "only " + fuzzer.sent() + " requests were sent");
        assertTrue(findings.isEmpty(), findings.size() + " bad answers, e.g.\n" + String.join("\n",
                findings.stream().limit(15).map(Object::toString).toList()));
    }
}
