package cn.guihua.indicator.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

/** The committed spec is what the service serves (see {@link OpenApiContract}). */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedSpecIsWhatTheServiceServes() {
        String[] spec = OpenApiContract.committedAndServed("indicator-service");
        assertEquals(spec[0], spec[1],
                "docs/openapi/indicator-service.yaml differs from the served spec; regenerate it with -Dguihua.openapi.write=true");
    }
}
