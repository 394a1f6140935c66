package cn.guihua.indicator;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "Guihua indicator-service", version = "1.0",
                description = "Monitoring data (监测数据) submitted against plan indicators: validation, review, corrections, evaluation against targets, reports; an event for every accepted submission. "
                        + "Errors are RFC 9457 application/problem+json in zh-CN or en by Accept-Language."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT with the claims sub, groups (roles), jurisdiction (division code) and dept")
public class IndicatorServiceApplication extends Application {
}
