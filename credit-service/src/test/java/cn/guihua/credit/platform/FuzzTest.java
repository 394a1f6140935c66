package cn.guihua.credit.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.guihua.credit.Api;
import cn.guihua.testsupport.ApiFuzzer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Every operation of the served spec, fed plausible and hostile input: no 5xx, and every error a problem. It runs in a
 * profile of its own (a fresh database), because the requests it generates may set parameters and enter records that
 * the case tests must not see.
 */
@QuarkusTest
@TestProfile(FuzzTest.Isolated.class)
class FuzzTest {

    public static class Isolated implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "test";
        }
    }

    @Test
    void noOperationAnswersA5xxOrAnErrorThatIsNotAProblem() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", Api.admin());
        tokens.put("credit-officer", Api.officer("张店区市场监督管理局"));
        tokens.put("credit-officer-370104", Api.token("officer@370104", Set.of("credit-officer"), "370104", "槐荫区发展和改革局"));
        tokens.put("none", null);
        ApiFuzzer fuzzer = new ApiFuzzer(ApiFuzzer.servedSpec(), tokens, 15);
        List<ApiFuzzer.Finding> findings = fuzzer.run(8, Set.of());
        assertTrue(fuzzer.sent() > 300, "only " + fuzzer.sent() + " requests were sent");
        assertTrue(findings.isEmpty(), findings.size() + " bad answers, e.g.\n" + String.join("\n",
                findings.stream().limit(15).map(Object::toString).toList()));
    }
}
