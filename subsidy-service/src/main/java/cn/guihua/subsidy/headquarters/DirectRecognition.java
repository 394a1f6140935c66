package cn.guihua.subsidy.headquarters;

/** Grounds for direct recognition (002:196-198): 500强 lists, listed companies, central or provincial groups. */
public enum DirectRecognition {
    NONE, TOP_500_LIST, LISTED_COMPANY, STATE_GROUP
}
