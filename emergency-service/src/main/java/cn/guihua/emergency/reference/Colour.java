package cn.guihua.emergency.reference;

/** The warning colours of levels 1-4: 红 橙 黄 蓝 (000:1309; 002:3443). */
public enum Colour {
    RED, ORANGE, YELLOW, BLUE
}
