"""The shared indicator catalogue (reference/indicators.json): one code per indicator across jurisdictions.

A digest reading is mapped to its code by the digest's indicatorKey (KEY_CODES, else the key in upper case) or,
for measure targets that carry no key, by its printed name (NAME_CODES). Unit, value type and better direction
come from the targets that use the code unless META states them (direction-only indicators print no unit).
"""
import json
import re

PERIOD = (2021, 2025)

# The contract's agreed codes and a few clearer names for digest keys.
KEY_CODES = {
    "neonatal_mortality": "NEONATAL_MORTALITY",
    "infant_mortality": "INFANT_MORTALITY",
    "under5_mortality": "UNDER5_MORTALITY",
    "mmr": "MATERNAL_MORTALITY",
    "mmr_urban_rural_regional_gap": "MATERNAL_MORTALITY_URBAN_RURAL_GAP",
    "child_mortality_urban_rural_gap": "CHILD_MORTALITY_URBAN_RURAL_GAP",
    "child_injury_mortality_change_vs_2020": "CHILD_INJURY_MORTALITY",
    "child_overall_myopia_rate_annual_decline": "CHILD_MYOPIA_RATE",
    "childcare_places_under3_per_1000_pop": "CHILDCARE_PLACES_PER_1000_POPULATION",
    "dental_caries_age12": "CARIES_RATE_AGE12",
    "disabled_children_basic_rehab_coverage": "DISABLED_CHILDREN_REHABILITATION_COVERAGE",
    "eye_care_vision_screening_coverage_0_6": "CHILD_EYE_CARE_COVERAGE_0_6",
    "inclusive_childcare_capacity_trend": "INCLUSIVE_CHILDCARE_PLACES",
    "nip_vaccination_coverage": "NIP_VACCINATION_COVERAGE",
    "out_of_school_venues_count": "OUT_OF_SCHOOL_VENUES",
    "out_of_school_venues_utilisation": "OUT_OF_SCHOOL_VENUE_UTILISATION",
    "parent_school_rural_community_share": "PARENT_SCHOOL_VILLAGE_COVERAGE",
    "parent_school_urban_community_share": "PARENT_SCHOOL_URBAN_COMMUNITY_COVERAGE",
    "public_kg_enrolment_share": "PUBLIC_KINDERGARTEN_ENROLMENT_SHARE",
    "public_plus_inclusive_private_kg_enrolment_share": "PUBLIC_INCLUSIVE_KINDERGARTEN_ENROLMENT_SHARE",
    "student_fitness_good_excellent_rate": "STUDENT_FITNESS_GOOD_RATE",
    "under5_anaemia_all": "UNDER5_ANAEMIA_RATE",
    "under5_anaemia_moderate_severe": "UNDER5_MODERATE_SEVERE_ANAEMIA_RATE",
    "under5_stunting": "UNDER5_STUNTING_RATE",
    "vulnerable_children_basic_living_support_level": "VULNERABLE_CHILDREN_LIVING_ALLOWANCE",
    # 学前3年毛入园率 (women's plans) and 学前教育毛入园率 (children's plans) are one indicator
    "preschool_gross_enrolment_3yr": "PRESCHOOL_GROSS_ENROLMENT_RATE",
    "high_school_gross_enrolment": "UPPER_SECONDARY_GROSS_ENROLMENT_RATE",
}

NAME_CODES = {
    "3岁以下儿童系统管理率": "CHILD_UNDER3_SYSTEMATIC_MANAGEMENT_RATE",
    "7岁以下儿童健康管理率": "CHILD_UNDER7_HEALTH_MANAGEMENT_RATE",
    "新生儿访视率": "NEONATAL_VISIT_RATE",
    "0-6个月婴儿纯母乳喂养率": "EXCLUSIVE_BREASTFEEDING_RATE_0_6_MONTHS",
    "婴幼儿配方食品在产企业体系检查覆盖率": "INFANT_FORMULA_PRODUCER_INSPECTION_COVERAGE",
    "公办幼儿园在编专任教师比例": "PUBLIC_KINDERGARTEN_ESTABLISHED_TEACHER_SHARE",
    "幼儿园专任教师专科及以上学历比例": "KINDERGARTEN_TEACHER_COLLEGE_DEGREE_SHARE",
    "义务教育阶段本科及以上学历专任教师比例": "COMPULSORY_EDUCATION_TEACHER_BACHELOR_SHARE",
    "街道儿童督导员和村（社区）儿童主任岗前培训、业务培训率": "CHILD_WELFARE_WORKER_TRAINING_RATE",
    "设立亲子阅读区的社区图书室比例": "COMMUNITY_LIBRARY_PARENT_CHILD_READING_SHARE",
    "儿童每天接触户外自然光时间": "CHILD_DAILY_OUTDOOR_DAYLIGHT_HOURS",
    # 中等及以上强度 (moderate to vigorous) is a narrower definition than any exercise (002:4571)
    "每天中等及以上强度运动时间": "STUDENT_DAILY_MODERATE_EXERCISE_HOURS",
    "每天运动时间": "STUDENT_DAILY_EXERCISE_HOURS",
    "每所社区卫生服务中心配备提供规范儿童基本医疗服务的全科医生和儿童保健医生":
        "COMMUNITY_HEALTH_CENTRE_CHILD_DOCTORS",
    "义务教育学校课后服务覆盖": "AFTER_SCHOOL_SERVICE_COVERAGE",
    "创建为智慧校园的中小学比例": "SMART_CAMPUS_SCHOOL_SHARE",
    "区级政府举办的标准化妇幼保健机构数": "STANDARD_MATERNAL_CHILD_HEALTH_INSTITUTIONS",
    "政府举办的标准化妇幼保健机构数": "STANDARD_MATERNAL_CHILD_HEALTH_INSTITUTIONS",
    "市、县两级政府举办的标准化妇幼保健机构": "STANDARD_MATERNAL_CHILD_HEALTH_INSTITUTIONS",
    "区级未成年人救助保护机构、镇(街道)未成年人保护工作站覆盖": "MINOR_PROTECTION_STATION_COVERAGE",
    "各区市引入或孵化的儿童类社会组织数": "CHILD_SOCIAL_ORGANISATIONS_INCUBATED",
    "引入或孵化的儿童类社会组织数": "CHILD_SOCIAL_ORGANISATIONS_INCUBATED",
    "指导培育或孵化的儿童类社会组织数": "CHILD_SOCIAL_ORGANISATIONS_INCUBATED",
    "新建、改扩建幼儿园数": "KINDERGARTENS_BUILT_OR_EXPANDED",
    "每千名儿童拥有儿科执业（助理）医生数": "PAEDIATRICIANS_PER_1000_CHILDREN",
    "每千名儿童拥有床位数": "PAEDIATRIC_BEDS_PER_1000_CHILDREN",
    "通过国家义务教育优质均衡发展评估认定的县比例": "QUALITY_BALANCED_COMPULSORY_EDUCATION_COUNTY_SHARE",
    "高水平中等职业学校数": "HIGH_LEVEL_VOCATIONAL_SCHOOLS",
}

# What the targets cannot tell: units of direction-only indicators, Chinese names, definitions.
# Mortality from injuries is counted per 100 000 children in the national 儿童发展纲要 monitoring; the plans
# themselves print no unit for these direction-only targets.
META = {
    "CHILD_MORTALITY_URBAN_RURAL_GAP": {"name": "儿童死亡率城乡和区域差距", "unit": "‰", "valueType": "RATE",
                                        "definition": "城乡（和区域）儿童死亡率之差；规划未定义计算方法"},
    "CHILD_DROWNING_MORTALITY": {"unit": "1/10万", "valueType": "RATE"},
    "CHILD_ROAD_TRAFFIC_INJURY_MORTALITY": {"unit": "1/10万", "valueType": "RATE"},
    "CHILD_INJURY_MORTALITY": {"unit": "1/10万", "valueType": "RATE",
                               "definition": "儿童意外伤害死亡率；目标为以2020年为基数的降幅"},
    "CHILD_NEW_MYOPIA_RATE": {"unit": "%"},
    "CHILD_MYOPIA_RATE": {"unit": "%", "valueType": "PERCENTAGE", "name": "儿童总体近视率"},
    "INCLUSIVE_CHILDCARE_PLACES": {"unit": "个", "valueType": "COUNT", "name": "普惠托育服务托位数"},
    "JUVENILE_OFFENDER_SHARE": {"unit": "%"},
    "OUT_OF_SCHOOL_VENUES": {"unit": "个", "valueType": "COUNT", "name": "公益性儿童校外活动场所数量"},
    "OUT_OF_SCHOOL_VENUE_UTILISATION": {"unit": "%"},
    "STUDENT_BULLYING_INCIDENTS": {"unit": "起", "valueType": "COUNT", "name": "学生欺凌事件数"},
    "VULNERABLE_CHILDREN_LIVING_ALLOWANCE": {"unit": "元/人·月", "valueType": "QUANTITY",
                                             "name": "孤儿、事实无人抚养儿童、重点困境儿童基本生活费标准"},
    "DISABLED_CHILDREN_REHABILITATION_COVERAGE": {"name": "有康复需求的残疾儿童基本康复服务覆盖率"},
    "COMMUNITY_HEALTH_CENTRE_CHILD_DOCTORS": {"valueType": "COUNT"},
    "SLEEP_HOURS_PRIMARY_STUDENTS": {"name": "小学生每天睡眠时间"},
    "SLEEP_HOURS_JUNIOR_STUDENTS": {"name": "初中生每天睡眠时间"},
    "SLEEP_HOURS_SENIOR_STUDENTS": {"name": "高中生每天睡眠时间"},
    "SCHOOL_FAMILY_EDUCATION_GUIDANCE_PER_TERM": {"name": "中小学每学期组织家庭教育指导次数"},
    "SCHOOL_FAMILY_EDUCATION_PRACTICE_PER_TERM": {"name": "中小学每学期组织家庭教育实践活动次数"},
    "KINDERGARTEN_FAMILY_EDUCATION_GUIDANCE_PER_TERM": {"name": "幼儿园每学期组织家庭教育指导次数"},
    "KINDERGARTEN_PARENT_CHILD_ACTIVITIES_PER_TERM": {"name": "幼儿园每学期组织亲子活动次数"},
    "UNIVERSAL_PRESCHOOL_COUNTY_SHARE": {"name": "达到国家学前教育普及普惠县标准的县比例"},
    "STANDARD_MATERNAL_CHILD_HEALTH_INSTITUTIONS": {"name": "政府举办的标准化妇幼保健机构数"},
    "CHILD_SOCIAL_ORGANISATIONS_INCUBATED": {"name": "引入或孵化的儿童类社会组织数"},
    "MINOR_PROTECTION_STATION_COVERAGE": {"name": "未成年人救助保护机构和保护工作站覆盖率"},
    "AFTER_SCHOOL_SERVICE_COVERAGE": {"name": "义务教育学校课后服务覆盖率"},
}

# Agreed in the contracts though no plan target uses them: the farmland figures monitored for streets and villages.
AGREED = [
    {"code": "FARMLAND_CULTIVATED_AREA", "name": "耕地保有量", "unit": "亩", "valueType": "QUANTITY",
     "betterDirection": "HIGHER", "scale": "亩"},
    {"code": "FARMLAND_CULTIVATED_TARGET", "name": "耕地保有量任务", "unit": "亩", "valueType": "QUANTITY",
     "betterDirection": "NONE", "scale": "亩"},
    {"code": "FARMLAND_PERMANENT_BASIC_AREA", "name": "永久基本农田面积", "unit": "亩", "valueType": "QUANTITY",
     "betterDirection": "HIGHER", "scale": "亩"},
    {"code": "FARMLAND_PERMANENT_BASIC_TARGET", "name": "永久基本农田保护任务", "unit": "亩",
     "valueType": "QUANTITY", "betterDirection": "NONE", "scale": "亩"},
    {"code": "FARMLAND_ILLEGAL_OCCUPATION_RATIO", "name": "违法占用耕地比例", "unit": "%",
     "valueType": "PERCENTAGE", "betterDirection": "LOWER", "scale": "%"},
]

LOWER = {"AT_MOST", "BELOW", "DECREASE_PERCENT"}
HIGHER = {"AT_LEAST", "ABOVE", "FULL_COVERAGE"}


def value_type(unit):
    if unit == "%":
        return "PERCENTAGE"
    if unit in ("‰", "1/10万") or re.search(r"/(千|万|每)", unit):
        return "RATE"
    if re.fullmatch(r"[所家名人个次户件张起项](/.*学期)?|次/学期|次/年", unit):
        return "COUNT"
    return "QUANTITY"


class Catalogue:
    def __init__(self):
        self.names = {}  # code -> printed names in order of first use
        self.targets = {}  # code -> targets using it

    def code(self, key, name):
        if key is not None:
            code = KEY_CODES.get(key, key.upper())
        elif name in NAME_CODES:
            code = NAME_CODES[name]
        else:
            raise SystemExit(f"no indicator code for the reading '{name}': add it to NAME_CODES")
        self.use(code, name)
        return code

    def use(self, code, name):
        names = self.names.setdefault(code, [])
        if name not in names:
            names.append(name)

    def observe(self, plan):
        for area in plan["areas"]:
            for holder in area["goals"] + area["measures"]:
                for t in holder["targets"]:
                    self.targets.setdefault(t["indicatorCode"], []).append(t)

    def entry(self, code):
        meta = META.get(code, {})
        targets = self.targets.get(code, [])
        level_units = [t["unit"] for t in targets
                       if t["unit"] and t["comparator"] not in ("DECREASE_PERCENT", "CHANGE_PP_PER_YEAR")]
        unit = meta.get("unit") or (level_units[0] if level_units else None)
        if unit is None:
            raise SystemExit(f"{code}: no target states a unit; add it to META")
        kinds = set()
        for t in targets:
            if t["comparator"] in LOWER or t["direction"] == "DECREASE" or (
                    t["comparator"] == "CHANGE_PP_PER_YEAR" and t["value"] < 0):
                kinds.add("LOWER")
            elif t["comparator"] in HIGHER or t["direction"] == "INCREASE":
                kinds.add("HIGHER")
        better = meta.get("betterDirection") or (kinds.pop() if len(kinds) == 1 else "NONE")
        names = self.names[code]
        return {
            "code": code,
            "name": meta.get("name") or re.sub(r"（[^）]*）$", "", names[0]),
            "unit": unit,
            "valueType": meta.get("valueType") or value_type(unit),
            "betterDirection": better,
            "scale": meta.get("scale", unit),
            "trackedFrom": PERIOD[0],
            "trackedTo": PERIOD[1],
            "definition": meta.get("definition"),
            "aliases": names,
        }

    def write(self, path):
        entries = [self.entry(code) for code in sorted(self.targets)]
        for agreed in AGREED:
            entries.append({**agreed, "trackedFrom": PERIOD[0], "trackedTo": PERIOD[1], "definition": None,
                            "aliases": [agreed["name"]]})
        with open(path, "w", encoding="utf-8") as f:
            json.dump(entries, f, ensure_ascii=False, indent=2)
            f.write("\n")
