package cn.guihua.plan;

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
 * Every operation of the served spec, fed plausible and hostile input by an admin, a planner of 槐荫区 and no one:
 * no 5xx, and every error a problem. It runs in an application of its own (a fresh database), so that what the
 * fuzzer manages to create or rename does not meet the other tests; its monitoring consumer is off, so that it does
 * not take the other tests' events.
 */
@QuarkusTest
@TestProfile(FuzzTest.OwnDatabase.class)
class FuzzTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guihua.consumers.monitoring.enabled", "false");
        }
    }

    @Test
    void noOperationAnswersA5xxOrAnErrorThatIsNotAProblem() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", DevTokens.token("admin", "admin", "370000"));
        tokens.put("planner", DevTokens.token("planner", "planner", "370104"));
        tokens.put("none", null);
        // -Dguihua.fuzz.seed=... -Dguihua.fuzz.rounds=... for a longer run by hand
        ApiFuzzer fuzzer = new ApiFuzzer(ApiFuzzer.servedSpec(), tokens, Long.getLong("guihua.fuzz.seed", 8104));
        List<ApiFuzzer.Finding> findings = fuzzer.run(Integer.getInteger("guihua.fuzz.rounds", 10), Set.of());
        assertTrue(fuzzer.sent() > 150, "only " + fuzzer.sent() + " requests were sent");
        assertTrue(findings.isEmpty(), findings.size() + " bad answers, e.g.\n" + String.join("\n",
                findings.stream().limit(15).map(Object::toString).toList()));
    }
}
