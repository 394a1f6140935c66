package cn.guihua.credit.engine;

import java.util.List;

import cn.guihua.credit.rules.RuleFiles.Level;

/** The level bands of 87号 and 89号. */
public final class Levels {

    private Levels() {
    }

    /** The band the score falls in; D is never reached by score (byDowngradeOnly). */
    public static Level byScore(List<Level> levels, int score) {
        for (Level l : levels) {
            if (Boolean.TRUE.equals(l.byDowngradeOnly())) {
                continue;
            }
            if ((l.min() == null || score >= l.min()) && (l.max() == null || score <= l.max())) {
                return l;
            }
        }
        throw new IllegalStateException("No level band holds " + score);
    }

    public static Level downgraded(List<Level> levels) {
        return levels.stream().filter(l -> Boolean.TRUE.equals(l.byDowngradeOnly())).findFirst().orElseThrow();
    }

    public static Level of(List<Level> levels, String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }
}
