package cn.guihua.indicator.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure into RFC 9457 problem+json, in zh-CN or en by {@code Accept-Language}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        boolean en = english(headers);
        return build(e.type, en ? e.detailEn : e.detailZh, e.errors, en, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        boolean en = english(headers);
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        String detail = en ? errors.size() + " field(s) are invalid" : "请求中有 " + errors.size() + " 个字段无效";
        return build(ProblemType.VALIDATION, detail, errors, en, uri);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, JsonParseException.class })
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        boolean en = english(headers);
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = jsonPath(m.getPath());
            String message = en ? "has the wrong type or format" : "类型或格式不正确";
            return build(ProblemType.VALIDATION, en ? "Field " + field + " " + message : "字段 " + field + " " + message,
                    List.of(new FieldError(field, message)), en, uri);
        }
        return build(ProblemType.MALFORMED, en ? "The body is not valid JSON" : "请求体不是有效的 JSON", List.of(), en, uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        boolean en = english(headers);
        Response r = build(ProblemType.UNAUTHORIZED,
                en ? "A valid bearer token is required" : "需要有效的 Bearer 令牌", List.of(), en, uri);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        boolean en = english(headers);
        return build(ProblemType.FORBIDDEN, en ? "Your role does not allow this operation" : "当前角色无权执行此操作",
                List.of(), en, uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response lostUpdate(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        boolean en = english(headers);
        return build(ProblemType.CONFLICT, en ? "The resource was changed by someone else; reload it and retry"
                : "资源已被他人修改，请重新读取后再试", List.of(), en, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        boolean en = english(headers);
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        return build(type, type.title(en), List.of(), en, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        boolean en = english(headers);
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", incident, uri.getPath());
        return build(ProblemType.INTERNAL, (en ? "Unexpected error; reference " : "服务器内部错误，编号 ") + incident,
                List.of(), en, uri);
    }

    private static Response build(ProblemType type, String detail, List<FieldError> errors, boolean en, UriInfo uri) {
        Problem p = new Problem(type.uri(), type.title(en), type.status, detail, uri.getPath(), errors);
        return Response.status(type.status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    public static boolean english(HttpHeaders headers) {
        List<Locale> accepted = headers.getAcceptableLanguages();
        for (Locale l : accepted) {
            if ("zh".equals(l.getLanguage())) {
                return false;
            }
            if ("en".equals(l.getLanguage())) {
                return true;
            }
        }
        return false;
    }

    /** {@code create.body.targets[2].value} becomes {@code targets[2].value}: the caller knows nothing of method names. */
    static String fieldOf(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node n : path) {
            switch (n.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parts.add(n.getName());
                default -> {
                    String name = n.getName() == null ? "" : n.getName();
                    if (n.getIndex() != null) {
                        int last = parts.size() - 1;
                        if (last >= 0) {
                            parts.set(last, parts.get(last) + "[" + n.getIndex() + "]");
                        }
                    } else if (n.getKey() != null) {
                        int last = parts.size() - 1;
                        if (last >= 0) {
                            parts.set(last, parts.get(last) + "[" + n.getKey() + "]");
                        }
                    }
                    if (!name.isEmpty() && n.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                        parts.add(name);
                    }
                }
            }
        }
        // The first part is the body parameter's own name; a query or path parameter keeps its name.
        if (parts.size() > 1) {
            parts.remove(0);
        }
        return String.join(".", parts);
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
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
