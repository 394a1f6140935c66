package cn.guihua.subsidy.disability;

/** 残疾类别 as printed on the disability certificate: 视力, 听力, 言语, 肢体, 智力, 精神, 多重. */
public enum DisabilityCategory {
    VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL, MULTIPLE
}
