package cn.guihua.platform.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.json.InputGuards;
import cn.guihua.platform.problem.Problem;
import cn.guihua.platform.problem.ProblemResponses;
import cn.guihua.platform.problem.ProblemType;
import cn.guihua.platform.problem.Violation;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks every request before any route sees it, and answers with problem+json where the HTTP server would answer
 * with an empty body or the application with a 500: a request target longer than {@code guihua.http.max-uri-length}
 * (414), headers beyond {@code guihua.http.max-header-size} (431), a declared body beyond
 * {@code quarkus.http.limits.max-body-size} (413), and a NUL or other control character in the path or a query
 * parameter (400 naming it: PostgreSQL refuses to store one).
 */
@ApplicationScoped
public class RequestGuard {

    @Inject
    HttpConfig config;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBody;

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.length() > config.maxUriLength()) {
            refuse(ctx, ProblemType.URI_TOO_LONG, Text.of("problem.detail.uri-too-long", config.maxUriLength()), List.of());
            return;
        }
        if (headerSize(ctx.request().headers()) > config.maxHeaderSize()) {
            refuse(ctx, ProblemType.HEADERS_TOO_LARGE, Text.of("problem.detail.headers-too-large", config.maxHeaderSize()), List.of());
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && maxBody.isPresent() && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBody.get().asLongValue()) {
            refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE, Text.of("problem.detail.body-too-large", maxBody.get().asLongValue()), List.of());
            return;
        }
        String field = controlCharacterIn(ctx.request().path(), ctx.request().query());
        if (field != null) {
            refuse(ctx, ProblemType.VALIDATION, Text.of("problem.detail.field", field, Text.of("problem.field.control-character")),
                    List.of(Violation.of(field, "problem.field.control-character")));
            return;
        }
        ctx.next();
    }

    /** The name of the parameter (or {@code path}) holding a control character, or null. */
    static String controlCharacterIn(String path, String query) {
        if (path != null && InputGuards.hasControlCharacter(decode(path))) {
            return "path";
        }
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (InputGuards.hasControlCharacter(name) || InputGuards.hasControlCharacter(value)
                    || value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                return InputGuards.hasControlCharacter(name) ? "query" : name;
            }
        }
        return null;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> h : headers) {
            size += h.getKey().length() + h.getValue().length() + 4;
        }
        return size;
    }

    private void refuse(RoutingContext ctx, ProblemType type, Text detail, List<Violation> violations) {
        Language language = Language.fromAcceptLanguage(ctx.request().getHeader("Accept-Language"));
        Problem p = ProblemResponses.problem(type, detail, violations, language, ctx.request().path());
        try {
            ctx.response().setStatusCode(type.status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Content-Language", language == Language.EN ? "en" : "zh-CN")
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Connection", type == ProblemType.PAYLOAD_TOO_LARGE ? "close" : "keep-alive")
                    .end(json.writeValueAsString(p));
        } catch (Exception e) {
            ctx.fail(e);
        }
    }
}
