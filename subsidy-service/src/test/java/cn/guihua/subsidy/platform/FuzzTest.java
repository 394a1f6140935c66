package cn.guihua.subsidy.platform;

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
 * Every operation of the served spec, fed plausible and hostile input by an admin, a subsidy officer of 370104 and
 * no one: no 5xx, and every error a problem. It runs after the other test classes (the class order is set in the
 * pom), since its plausible requests create records (assessments, applications, batches) other tests count on not
 * existing.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class FuzzTest {

    @Test
    void noOperationAnswersA5xxOrAnErrorThatIsNotAProblem() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", DevTokens.token("admin", "admin", "370000"));
        tokens.put("subsidy-officer", DevTokens.token("subsidy-officer", "subsidy-officer", "370104"));
        tokens.put("none", null);
        ApiFuzzer fuzzer = new ApiFuzzer(ApiFuzzer.servedSpec(), tokens, 11);
        List<ApiFuzzer.Finding> findings = fuzzer.run(8, Set.of());
        assertTrue(fuzzer.sent() > 200, "only " + fuzzer.sent() + " requests were sent");
        assertTrue(findings.isEmpty(), findings.size() + " bad answers, e.g.\n" + String.join("\n",
                findings.stream().limit(20).map(Object::toString).toList()));
    }
}
