package cn.guihua.emergency.response;

/**
 * Where an incident's response stands: (PROPOSED →) ACTIVATED → ADJUSTED* → TERMINATED → RECOVERY. The seeds name the
 * steps (提出建议、启动、调整响应级别、终止、恢复重建, 000:3083, 000:1173, 000:3101-3103, 000:1477, 000:1495; 002:3385,
 * 002:3510-3520), not a state machine; the table is reference/responses.json {@code states}.
 */
public enum ResponseStatus {
    PROPOSED, ACTIVATED, ADJUSTED, TERMINATED, RECOVERY
}
