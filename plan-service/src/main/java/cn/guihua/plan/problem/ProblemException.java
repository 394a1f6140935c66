package cn.guihua.plan.problem;

import java.util.List;

/**
 * A failure the caller can act on. The detail is given in both languages; the mapper picks one by
 * {@code Accept-Language}.
 */
public class ProblemException extends RuntimeException {

    public final ProblemType type;
    public final String detailZh;
    public final String detailEn;
    public final List<FieldError> errors;

    public ProblemException(ProblemType type, String detailZh, String detailEn, List<FieldError> errors) {
        super(detailEn);
        this.type = type;
        this.detailZh = detailZh;
        this.detailEn = detailEn;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detailZh, String detailEn) {
        this(type, detailZh, detailEn, List.of());
    }

    /** {@code notFound("行政区划", "Jurisdiction", "379999")}: the thing's name in each language, then its id. */
    public static ProblemException notFound(String whatZh, String whatEn, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, whatZh + " " + id + " 不存在", whatEn + " " + id + " does not exist");
    }

    public static ProblemException conflict(String zh, String en) {
        return new ProblemException(ProblemType.CONFLICT, zh, en);
    }

    public static ProblemException forbidden(String zh, String en) {
        return new ProblemException(ProblemType.FORBIDDEN, zh, en);
    }

    public static ProblemException invalid(String field, String zh, String en) {
        return new ProblemException(ProblemType.VALIDATION, zh, en, List.of(new FieldError(field, zh)));
    }

    /** Reads an enum query parameter; an unknown value is a 400 naming the parameter, not JAX-RS's bare 404. */
    public static <E extends Enum<E>> E enumParam(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(java.util.stream.Collectors.joining("|"));
            throw invalid(name, "取值须为 " + allowed, "must be one of " + allowed);
        }
    }
}
