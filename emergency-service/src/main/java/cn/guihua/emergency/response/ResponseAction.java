package cn.guihua.emergency.response;

/** The steps of a response and the statuses each may start from (null: no response yet). */
public enum ResponseAction {
    /** 提出启动建议 (drug Ⅳ: 区指挥部办公室, 000:3083) */
    PROPOSE("propose", ResponseStatus.PROPOSED),
    /** 决定启动 */
    ACTIVATE("activate", ResponseStatus.ACTIVATED),
    /** 调整响应级别 (000:1173; 002:3385) */
    ADJUST("adjust", ResponseStatus.ADJUSTED),
    /** 终止应急响应 / 应急结束 (000:3101-3103, 000:1477; 002:3510) */
    TERMINATE("terminate", ResponseStatus.TERMINATED),
    /** 恢复重建 / 过渡时期 (000:1495; 002:3510-3520) */
    RECOVER("recover", ResponseStatus.RECOVERY);

    /** The step's name in reference/responses.json {@code states.clauses}. */
    public final String step;
    public final ResponseStatus to;

    ResponseAction(String step, ResponseStatus to) {
        this.step = step;
        this.to = to;
    }

    public boolean allowedFrom(ResponseStatus from) {
        return switch (this) {
            case PROPOSE -> from == null;
            case ACTIVATE -> from == null || from == ResponseStatus.PROPOSED;
            case ADJUST, TERMINATE -> from == ResponseStatus.ACTIVATED || from == ResponseStatus.ADJUSTED;
            case RECOVER -> from == ResponseStatus.TERMINATED;
        };
    }
}
