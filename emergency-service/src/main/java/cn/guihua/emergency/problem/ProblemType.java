package cn.guihua.emergency.problem;

import java.net.URI;

/** The kinds of problem the API reports, each with its status and its title in Chinese and English. */
public enum ProblemType {
    VALIDATION(400, "请求参数无效", "Invalid request"),
    MALFORMED(400, "请求无法解析", "Malformed request"),
    UNAUTHORIZED(401, "未认证", "Authentication required"),
    FORBIDDEN(403, "无权执行此操作", "Forbidden"),
    NOT_FOUND(404, "资源不存在", "Not found"),
    METHOD_NOT_ALLOWED(405, "不支持的请求方法", "Method not allowed"),
    NOT_ACCEPTABLE(406, "不支持的响应格式", "Not acceptable"),
    CONFLICT(409, "资源冲突", "Conflict"),
    PRECONDITION_FAILED(412, "资源已被修改", "Precondition failed"),
    UNSUPPORTED_MEDIA_TYPE(415, "不支持的请求格式", "Unsupported media type"),
    UNPROCESSABLE(422, "业务规则不允许", "Business rule violated"),
    UNAVAILABLE(503, "依赖的服务暂不可用", "Service unavailable"),
    INTERNAL(500, "服务器内部错误", "Internal server error");

    public final int status;
    private final String zh;
    private final String en;

    ProblemType(int status, String zh, String en) {
        this.status = status;
        this.zh = zh;
        this.en = en;
    }

    public URI uri() {
        return URI.create("https://guihua.dev/problems/" + name().toLowerCase().replace('_', '-'));
    }

    public String title(boolean english) {
        return english ? en : zh;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != VALIDATION) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED;
    }
}
