package cn.guihua.emergency;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(
        info = @Info(title = "Guihua emergency-service", version = "1.0",
                description = "The emergency plan registry (应急预案): lifecycle, filing, drills, revisions, deadlines, incident "
                        + "grading and reporting clocks; warnings (预警), responses (应急响应) and incident command; the resource "
                        + "registries (depots, fire stations, shelters, medical units); and the working-day calendar every "
                        + "service counts deadlines on. "
                        + "Errors are RFC 9457 application/problem+json in zh-CN or en by Accept-Language."))
public class EmergencyServiceApplication extends Application {
}
