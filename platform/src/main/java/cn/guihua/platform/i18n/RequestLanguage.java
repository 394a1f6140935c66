package cn.guihua.platform.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** The language of the request being served; Chinese outside a request (a Kafka consumer, a scheduled job). */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Language current() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return Language.ZH;
        }
        RoutingContext request = arc.instance(CurrentVertxRequest.class).get().getCurrent();
        return request == null ? Language.ZH : Language.fromAcceptLanguage(request.request().getHeader("Accept-Language"));
    }
}
