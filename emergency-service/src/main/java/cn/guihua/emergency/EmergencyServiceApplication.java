package cn.guihua.emergency;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "Guihua emergency-service", version = "1.0",
                description = "The emergency plan registry (应急预案): lifecycle, filing, drills, revisions, deadlines, incident grading and reporting clocks. "
                        + "Errors are RFC 9457 application/problem+json in zh-CN or en by Accept-Language."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT with the claims sub, groups (roles), jurisdiction (division code) and dept")
public class EmergencyServiceApplication extends Application {
}
