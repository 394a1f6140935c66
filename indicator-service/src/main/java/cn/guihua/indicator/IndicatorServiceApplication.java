package cn.guihua.indicator;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(
        info = @Info(title = "Guihua indicator-service", version = "1.0",
                description = "Monitoring data (监测数据) submitted against plan indicators: validation, review, corrections, evaluation against targets, reports; an event for every accepted submission. "
                        + "Errors are RFC 9457 application/problem+json in zh-CN or en by Accept-Language."))
public class IndicatorServiceApplication extends Application {
}
