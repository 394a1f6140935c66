package cn.guihua.platform.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Text;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into RFC 9457 problem+json, in zh-CN or English by {@code Accept-Language}. Nothing reaches
 * the caller as a stack trace: an unexpected failure is a 500 with an incident id that is also in the log, and a
 * database or dependency that does not answer is a 503 with {@code Retry-After}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return answer(e.type(), e.detail(), e.errors(), e.headers(), headers, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            // the message is interpolated already, in the request's language (ValidationLocale)
            violations.add(new Violation(fieldOf(v.getPropertyPath()), Text.of("problem.field.as-is", v.getMessage())));
        }
        violations.sort(Comparator.comparing(Violation::field));
        return problem(ProblemException.invalid(violations), headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JacksonException e, HttpHeaders headers, UriInfo uri) {
        String path = e instanceof JsonMappingException m ? jsonPath(m.getPath()) : "";
        Throwable root = e;
        while (root.getCause() instanceof JacksonException && root.getCause() != root) {
            root = root.getCause();
        }
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(root.getMessage()));
        if (duplicate.find()) {
            String field = path.isEmpty() || path.endsWith(duplicate.group(1)) ? path : path + "." + duplicate.group(1);
            return problem(ProblemException.invalid(field.isEmpty() ? duplicate.group(1) : field, "problem.field.duplicate"),
                    headers, uri);
        }
        if (root instanceof InputCoercionException || root instanceof StreamConstraintsException) {
            return problem(ProblemException.invalid(path.isEmpty() ? "body" : path, "problem.field.out-of-range"), headers, uri);
        }
        if (root instanceof InvalidInputException invalid) {
            return problem(ProblemException.invalid(path.isEmpty() ? "body" : path, invalid.key(), invalid.args()), headers, uri);
        }
        if (!path.isEmpty() && !(root instanceof JsonParseException)) {
            return problem(ProblemException.invalid(path, "problem.field.wrong-type"), headers, uri);
        }
        // the parser's own words name its internals (classes, offsets): the caller gets the position only
        String at = e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
        return problem(ProblemException.of(ProblemType.MALFORMED, "problem.detail.not-json", at), headers, uri);
    }

    /** Quarkus maps these itself, to a body that is not a problem: ours are more specific. */
    @ServerExceptionMapper({ MismatchedInputException.class, InvalidFormatException.class, JsonParseException.class,
            JsonMappingException.class, InputCoercionException.class })
    public Response mismatched(JacksonException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        String reason = e instanceof AuthenticationFailedException && e.getMessage() != null
                && e.getMessage().startsWith(cn.guihua.platform.security.JurisdictionClaim.REFUSED) ? "problem.detail.token-claims" : "problem.detail.token";
        return problem(ProblemException.of(ProblemType.UNAUTHORIZED, reason), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return problem(ProblemException.forbidden("problem.detail.role"), headers, uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response lostUpdate(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return problem(ProblemException.conflict("problem.detail.changed-meanwhile"), headers, uri);
    }

    @ServerExceptionMapper({ PersistenceException.class, SQLException.class, RollbackException.class })
    public Response database(Exception e, HttpHeaders headers, UriInfo uri) {
        ProblemException p = DatabaseFailures.classify(e);
        if (p == null) {
            return unexpected(e, headers, uri);
        }
        LOG.warnf("%s on %s: %s", p.type(), uri.getPath(), DatabaseFailures.describe(e));
        return problem(p, headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            // the JSON reader reports what it could not read inside a 400
            if (t instanceof JacksonException json) {
                return unreadable(json, headers, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        return problem(ProblemException.of(type, "problem.detail.status." + type.kind()), headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        ProblemException p = DatabaseFailures.classify(e);
        if (p != null) {
            return problem(p, headers, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", incident, uri.getPath());
        return problem(ProblemException.of(ProblemType.INTERNAL, "problem.detail.internal", incident), headers, uri);
    }

    private static Response answer(ProblemType type, Text detail, List<Violation> errors, Map<String, String> extra,
            HttpHeaders headers, UriInfo uri) {
        Language language = Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return ProblemResponses.response(type, detail, errors, extra, language, uri.getPath());
    }

    /** {@code create.body.targets[2].value} becomes {@code targets[2].value}: the caller knows nothing of method names. */
    static String fieldOf(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node n : path) {
            switch (n.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parts.add(n.getName());
                default -> {
                    String suffix = n.getIndex() != null ? "[" + n.getIndex() + "]" : n.getKey() != null ? "[" + n.getKey() + "]" : "";
                    if (!suffix.isEmpty() && !parts.isEmpty()) {
                        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + suffix);
                    }
                    if (n.getName() != null && !n.getName().isEmpty() && n.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        parts.add(n.getName());
                    }
                }
            }
        }
        // the first part is the body parameter's own name; a query or path parameter keeps its name
        if (parts.size() > 1) {
            parts.remove(0);
        }
        return String.join(".", parts);
    }

    static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
