package cn.guihua.emergency.plan;

/**
 * 000:1623 / 002:3644: a revision touching the command system and duties, response procedures, main measures or
 * response-level criteria repeats the approval procedure (MAJOR); any other may be simplified (MINOR).
 */
public enum RevisionKind {
    MAJOR,
    MINOR
}
