package cn.guihua.emergency.warning;

/**
 * Where a warning stands: 发布 → 调整* → 解除 (000:1311, 000:1339; 002:3444, 002:3457). The seeds name the steps,
 * not a state machine; LIFTED is final (reference/warnings.json {@code states}).
 */
public enum WarningStatus {
    ISSUED, ADJUSTED, LIFTED
}
