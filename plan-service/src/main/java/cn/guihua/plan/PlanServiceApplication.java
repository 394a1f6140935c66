package cn.guihua.plan;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Guihua plan-service", version = "1.0",
                description = "Plans (规划), areas (领域), goals (目标), indicators (指标) with targets and baselines, "
                        + "measures (策略措施) with responsible units (责任单位), and progress per goal. "
                        + "Errors are RFC 9457 application/problem+json in zh-CN or en by Accept-Language."),
        tags = { @Tag(name = "Jurisdictions", description = "行政区划 (GB/T 2260)") })
public class PlanServiceApplication extends Application {
}
