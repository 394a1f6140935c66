package cn.guihua.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Text;

/** Builds the problem+json answer in the caller's language; also used where no JAX-RS mapper runs (HTTP limits). */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Problem problem(ProblemType type, Text detail, List<Violation> violations, Language language, String instance) {
        List<FieldError> errors = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            errors.add(new FieldError(v.field(), v.message().in(language)));
        }
        return new Problem(type.uri(), type.title(language), type.status, detail == null ? null : detail.in(language),
                instance, errors);
    }

    public static Response response(ProblemType type, Text detail, List<Violation> violations, Map<String, String> headers,
            Language language, String instance) {
        Response.ResponseBuilder r = Response.status(type.status).type(Problem.MEDIA_TYPE)
                .entity(problem(type, detail, violations, language, instance))
                .header(HttpHeaders.CONTENT_LANGUAGE, language == Language.EN ? "en" : "zh-CN");
        headers.forEach(r::header);
        if (type == ProblemType.UNAUTHORIZED) {
            r.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return r.build();
    }
}
