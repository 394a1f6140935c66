package cn.guihua.emergency.resource;

/** The registries of 张店区's annexes: 5.3(3) depots, 9.3 fire-rescue stations, 9.4 shelters, 9.5 medical units. */
public enum ResourceType {
    /** 物资储备库 (002:3542-3613) */
    DEPOT,
    /** 消防救援站 and 森林消防中队 with their vehicles (002:3992-4088) */
    FIRE_STATION,
    /** 应急避难场所 / 疏散场地, class Ⅰ-Ⅳ (002:4092-4172) */
    SHELTER,
    /** 医疗救助单位 (002:4173-4226) */
    MEDICAL_UNIT
}
