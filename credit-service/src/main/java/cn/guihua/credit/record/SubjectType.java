package cn.guihua.credit.record;

/** Whose record it is: a market entity (87号), a person (89号), a public servant (88号). */
public enum SubjectType { MARKET_ENTITY, PERSON, PUBLIC_SERVANT }
