package cn.guihua.indicator.monitoring;

import cn.guihua.indicator.problem.FieldError;

/** One broken rule: the field and the reason in both languages; rendered in the caller's. */
public record Violation(String field, String zh, String en) {

    public FieldError render(boolean english) {
        return new FieldError(field, english ? en : zh);
    }
}
