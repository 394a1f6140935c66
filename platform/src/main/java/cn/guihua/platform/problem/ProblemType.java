package cn.guihua.platform.problem;

import java.net.URI;

import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Messages;

/**
 * The kinds of problem the API reports, each with its status; its title is {@code problem.title.<kind>} in the
 * catalogue. {@code type} is {@code https://guihua.dev/problems/<kind>} and is stable.
 */
public enum ProblemType {
    VALIDATION(400),
    MALFORMED(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    URI_TOO_LONG(414),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNPROCESSABLE(422),
    HEADERS_TOO_LARGE(431),
    INTERNAL(500),
    UNAVAILABLE(503);

    public final int status;

    ProblemType(int status) {
        this.status = status;
    }

    public String kind() {
        return name().toLowerCase().replace('_', '-');
    }

    public URI uri() {
        return URI.create("https://guihua.dev/problems/" + kind());
    }

    public String title(Language language) {
        return Messages.get(language, "problem.title." + kind());
    }

    /** The kind for a status the framework answered with; an unknown 4xx is {@code malformed}, a 5xx internal. */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != VALIDATION) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED;
    }
}
