package cn.guihua.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.ApiFuzzer;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of the spec, fed plausible and hostile input: no 5xx, and every error a problem. */
@QuarkusTest
class FuzzTest {

    @Test
    void noOperationAnswersA5xxOrAnErrorThatIsNotAProblem() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", DevTokens.token("admin", "admin", "370000"));
        tokens.put("planner", DevTokens.token("planner", "planner", "370104"));
        tokens.put("none", null);
        ApiFuzzer fuzzer = new ApiFuzzer(ApiFuzzer.servedSpec(), tokens, 11);
        // /api/v1/demo/slow and /crash fail on purpose
        List<ApiFuzzer.Finding> findings = fuzzer.run(30, Set.of("/api/v1/demo/slow", "/api/v1/demo/crash"));
        assertTrue(fuzzer.sent() > 100, "only " + fuzzer.sent() + " requests were sent");
        assertTrue(findings.isEmpty(), findings.size() + " bad answers, e.g.\n" + String.join("\n",
                findings.stream().limit(15).map(Object::toString).toList()));
    }
}
