package cn.guihua.emergency.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.ApiFuzzer;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Every operation of the served spec (the deprecated {@code /api/v1/plans/...} paths too), fed plausible and hostile
 * input by an admin, a 370104 emergency manager and an anonymous caller: no 5xx, and every error a problem. It runs
 * on a database of its own (its profile restarts the application with a fresh one), because an admin's plausible
 * writes may replace a loaded calendar year that other tests count working days on.
 */
@QuarkusTest
@TestProfile(FuzzTest.OwnDatabase.class)
class FuzzTest {

    public static class OwnDatabase implements QuarkusTestProfile {
    }

    @Test
    void noOperationAnswersA5xxOrAnErrorThatIsNotAProblem() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", DevTokens.token("admin", "admin", "370000"));
        tokens.put("emergency-manager", DevTokens.token("emergency-manager", "emergency-manager", "370104"));
        tokens.put("none", null);
        ApiFuzzer fuzzer = new ApiFuzzer(ApiFuzzer.servedSpec(), tokens, 83);
        List<ApiFuzzer.Finding> findings = fuzzer.run(8, Set.of());
        assertTrue(fuzzer.sent() > 300, "only " + fuzzer.sent() + " requests were sent");
        assertTrue(findings.isEmpty(), findings.size() + " bad answers, e.g.\n" + String.join("\n",
                findings.stream().limit(20).map(Object::toString).toList()));
    }
}
