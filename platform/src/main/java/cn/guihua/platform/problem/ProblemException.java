package cn.guihua.platform.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.WebApplicationException;

import cn.guihua.platform.i18n.Text;

/**
 * The one way to refuse a request with a reason the caller can act on. The detail and each field's message are
 * catalogue keys, resolved in the caller's language when the answer is written. It is a
 * {@link WebApplicationException} so that JAX-RS lets it through parameter conversion unchanged.
 */
public class ProblemException extends WebApplicationException {

    private final ProblemType type;
    private final Text detail;
    private final List<Violation> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, Text detail, List<Violation> errors, Map<String, String> headers) {
        super(detail.toString(), null, type.status);
        this.type = type;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public ProblemException(ProblemType type, Text detail) {
        this(type, detail, List.of(), Map.of());
    }

    public static ProblemException of(ProblemType type, String key, Object... args) {
        return new ProblemException(type, Text.of(key, args));
    }

    public ProblemType type() {
        return type;
    }

    public Text detail() {
        return detail;
    }

    public List<Violation> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** One invalid field; the detail names it. */
    public static ProblemException invalid(String field, String key, Object... args) {
        return invalid(List.of(Violation.of(field, key, args)));
    }

    /** Several invalid fields; the detail counts them. */
    public static ProblemException invalid(List<Violation> violations) {
        Text detail = violations.size() == 1
                ? Text.of("problem.detail.field", violations.get(0).field(), violations.get(0).message())
                : Text.of("problem.detail.fields", violations.size());
        return new ProblemException(ProblemType.VALIDATION, detail, violations, Map.of());
    }

    /** {@code notFound("thing.jurisdiction", "379999")}: the thing's catalogue key, then its id. */
    public static ProblemException notFound(String thingKey, Object id) {
        return of(ProblemType.NOT_FOUND, "problem.detail.not-found", Text.of(thingKey), id);
    }

    public static ProblemException conflict(String key, Object... args) {
        return of(ProblemType.CONFLICT, key, args);
    }

    public static ProblemException forbidden(String key, Object... args) {
        return of(ProblemType.FORBIDDEN, key, args);
    }

    public static ProblemException unprocessable(String key, Object... args) {
        return of(ProblemType.UNPROCESSABLE, key, args);
    }

    /** A dependency (the database, a neighbouring service, Kafka) did not answer: retry after some seconds. */
    public static ProblemException unavailable(int retryAfterSeconds, String key, Object... args) {
        return new ProblemException(ProblemType.UNAVAILABLE, Text.of(key, args), List.of(),
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** The one check of optimistic concurrency: the version the caller read must still be the current one. */
    public static void requireVersion(Long sent, long current) {
        requireVersion((Number) sent, current);
    }

    /** The same for entities whose version is an {@code Integer}. */
    public static void requireVersion(Number sent, long current) {
        if (sent == null) {
            throw invalid("version", "problem.field.version-required");
        }
        if (sent.longValue() != current) {
            throw conflict("problem.detail.stale-version", sent, current);
        }
    }

    /** Reads an enum parameter; an unknown value is a 400 naming the parameter and the allowed values. */
    public static <E extends Enum<E>> E enumParam(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "problem.field.one-of", allowed(type));
        }
    }

    static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
