package cn.guihua.subsidy;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(
        info = @Info(title = "Guihua subsidy-service", version = "1.0",
                description = "Subsidy and incentive policies as code: explainable calculations, applications, decisions and payments. "
                        + "The policy codes callers send are listed by GET /api/v1/policies. "
                        + "Errors are RFC 9457 application/problem+json in zh-CN or en by Accept-Language."))
public class SubsidyServiceApplication extends Application {
}
