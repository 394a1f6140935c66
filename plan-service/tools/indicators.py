"""The shared indicator catalogue (reference/indicators.json): one code per indicator across jurisdictions.

A digest reading is mapped to its code by the digest's indicatorKey (KEY_CODES, else the key in upper case) or,
for measure targets that carry no key, by its printed name (NAME_CODES). Unit, value type and better direction
come from the targets that use the code unless META states them (direction-only indicators print no unit).
"""
import json
import re

PERIOD = (2021, 2025)  # 十四五: the contract tracks the farmland figures over it

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
    # women's plans; the screened population differs (农村和城镇低保/低收入适龄妇女, 35-64岁适龄妇女) but the
    # indicator is the one the national 纲要 monitors
    "cervical_cancer_screening_rate_target_group": "CERVICAL_CANCER_SCREENING_RATE",
    "breast_cancer_screening_rate_target_group": "BREAST_CANCER_SCREENING_RATE",
    "cervical_cancer_standard_screening_coverage_35_45": "CERVICAL_CANCER_STANDARD_SCREENING_COVERAGE_35_45",
    "hpv_vaccination_rate_girls_before_15": "HPV_VACCINATION_RATE_GIRLS_UNDER15",
    "hiv_mtct_rate": "HIV_MOTHER_TO_CHILD_TRANSMISSION_RATE",
    "standardised_mch_institutions": "STANDARD_MATERNAL_CHILD_HEALTH_INSTITUTIONS",
    "female_chief_township": "FEMALE_CHIEFS_SUBORDINATE_GOVERNMENTS",
    "female_chiefs_in_depts": "FEMALE_DEPARTMENT_CHIEFS",
    "female_cadres_in_leadership_teams": "FEMALE_CADRES_PER_LEADERSHIP_TEAM",
    "female_male_toilet_ratio": "FEMALE_MALE_TOILET_RATIO",
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
    "人流量较大地区女性厕位与男性厕位的比例": "FEMALE_MALE_TOILET_RATIO_HIGH_FOOTFALL",
    # disability plans (槐荫区 000, 烟台市 003)
    "符合条件的残疾人纳入最低生活保障比例": "DISABLED_MINIMUM_LIVING_SECURITY_SHARE",
    "困难残疾人生活补贴覆盖率": "DISABLED_LIVING_SUBSIDY_COVERAGE",
    "重度残疾人护理补贴覆盖率": "SEVERE_DISABLED_NURSING_SUBSIDY_COVERAGE",
    "残疾人城乡居民基本养老保险参保率": "DISABLED_BASIC_PENSION_INSURANCE_RATE",
    "残疾人城乡居民基本医疗保险参保率": "DISABLED_BASIC_MEDICAL_INSURANCE_RATE",
    "残疾人基本康复服务覆盖率": "DISABLED_BASIC_REHABILITATION_COVERAGE",
    "残疾人基本型辅助器具适配率": "DISABLED_ASSISTIVE_DEVICE_FITTING_RATE",
    "残疾儿童少年义务教育入学率": "DISABLED_CHILDREN_COMPULSORY_EDUCATION_ENROLMENT_RATE",
    "城乡残疾人职业技能培训人数": "DISABLED_VOCATIONAL_TRAINING_PARTICIPANTS",
    # a rate in 槐荫区, a number of households in 烟台市: different indicators
    "困难重度残疾人家庭无障碍改造率": "SEVERE_DISABLED_HOME_ACCESSIBILITY_RETROFIT_RATE",
    "困难重度残疾人家庭无障碍改造数": "SEVERE_DISABLED_HOME_ACCESSIBILITY_RETROFITS",
    "街道残疾人服务机构设置覆盖率": "STREET_DISABILITY_SERVICE_INSTITUTION_COVERAGE",
    "乡镇(街道)残疾人服务机构设置覆盖率": "STREET_DISABILITY_SERVICE_INSTITUTION_COVERAGE",
    "有签约需求的残疾人家庭医生签约率": "DISABLED_FAMILY_DOCTOR_CONTRACT_RATE",
    "签约残疾人健康状况评估次数(每年)": "DISABLED_HEALTH_ASSESSMENTS_PER_YEAR",
    "有康复需求的残疾人精准康复服务覆盖": "DISABLED_PRECISE_REHABILITATION_COVERAGE",
    "有需求残疾人康复服务覆盖": "DISABLED_PRECISE_REHABILITATION_COVERAGE",
    "街道康复指导站覆盖": "STREET_REHABILITATION_GUIDANCE_STATION_COVERAGE",
    "辅助器具及家庭无障碍设施适配服务工作人员持证上岗率": "ASSISTIVE_SERVICE_STAFF_CERTIFICATION_RATE",
    "低保/特困/福利机构集中供养人员中有需求残疾人装配或更换假肢、矫形器等辅具":
        "SUPPORTED_DISABLED_PROSTHESIS_FITTING_RATE",
    "符合条件“零就业”残疾人家庭就业人数(每户)": "ZERO_EMPLOYMENT_DISABLED_HOUSEHOLD_JOBS",
    "新进入人力资源市场/在岗/有创业意愿残疾人获得培训机会": "DISABLED_JOBSEEKER_TRAINING_OPPORTUNITIES",
    "区政府残工委成员单位和编制50人以上(含50人)党政机关安排残疾人数": "GOVERNMENT_BODY_DISABLED_EMPLOYEES",
    "编制67人以上(含)事业单位安排残疾人就业数": "PUBLIC_INSTITUTION_DISABLED_EMPLOYEES",
    "区级残联机关干部队伍中残疾人比例": "DISABLED_SHARE_FEDERATION_STAFF",
    "残疾儿童少年免费教育年限": "DISABLED_CHILDREN_FREE_EDUCATION_YEARS",
    "残健融合文化典范村(社区)数量": "INCLUSIVE_CULTURE_MODEL_VILLAGES",
    "无障碍环境建设促进队伍数量": "ACCESSIBILITY_PROMOTION_TEAMS",
    "区残联代表大会代表中残疾人及其亲友比例": "FEDERATION_CONGRESS_DISABLED_SHARE",
    "区残联代表大会自强模范和基层一线代表比例": "FEDERATION_CONGRESS_GRASSROOTS_SHARE",
    "区残联主席团委员中残疾人及其亲友比例": "FEDERATION_PRESIDIUM_DISABLED_SHARE",
    "区残联主席团自强模范和基层一线委员比例": "FEDERATION_PRESIDIUM_GRASSROOTS_SHARE",
    "村(社区)残疾人协会覆盖": "VILLAGE_DISABLED_ASSOCIATION_COVERAGE",
    "街道服务设施(机构)/村(社区)服务覆盖": "STREET_VILLAGE_DISABILITY_SERVICE_COVERAGE",
    "市级残健融合文化服务中心": "INCLUSIVE_CULTURE_SERVICE_CENTRES",
    # work safety (烟台市 003)
    "各类生产安全事故死亡人数": "WORK_SAFETY_ACCIDENT_DEATHS",
    "亿元GDP生产安全事故死亡率": "ACCIDENT_DEATHS_PER_100M_GDP",
    "工矿商贸就业人员十万人生产安全事故死亡率": "INDUSTRIAL_ACCIDENT_DEATHS_PER_100K_WORKERS",
    "道路交通万车死亡率": "ROAD_DEATHS_PER_10K_VEHICLES",
    "煤矿百万吨死亡率": "COAL_MINE_DEATHS_PER_MILLION_TONNES",
    "重点行业领域重大安全风险在线监测率": "MAJOR_RISK_ONLINE_MONITORING_RATE",
    "化工重点危险工艺自动化控制率": "HAZARDOUS_CHEMICAL_PROCESS_AUTOMATION_RATE",
    "重点行业领域专业救援力量覆盖": "PROFESSIONAL_RESCUE_FORCE_COVERAGE",
    "重点行业规模以上企业从业人员安全技能培训率": "KEY_INDUSTRY_SAFETY_TRAINING_RATE",
    "“两重点一重大”装置可燃/有毒气体泄漏检测报警装置、紧急切断装置、自动化控制系统安装和使用率":
        "MAJOR_HAZARD_SAFETY_SYSTEM_INSTALLATION_RATE",
    "露天矿山与周边矿山安全距离": "OPEN_PIT_MINE_SAFETY_DISTANCE",
    "全市煤矿智能化开采产量占比": "COAL_INTELLIGENT_MINING_OUTPUT_SHARE",
    "具有安全生产相关专业背景和实践经验的执法人员占在职人员比例": "QUALIFIED_SAFETY_INSPECTOR_SHARE",
    "执法人员入职培训时长": "INSPECTOR_INDUCTION_TRAINING_MONTHS",
    "执法人员年度复训时长": "INSPECTOR_ANNUAL_RETRAINING_WEEKS",
    "省、市安全生产执法信息平台执法人员注册使用率": "INSPECTOR_PLATFORM_REGISTRATION_RATE",
    "行政处罚案件网上运行率": "ONLINE_PENALTY_CASE_RATE",
    "每个矿山(企业)救援队伍人数": "MINE_RESCUE_TEAM_SIZE",
    "消防救援专业队": "SPECIALISED_FIRE_RESCUE_TEAMS",
    # pollution control (槐荫区 000)
    "主要污染物排放总量": "MAJOR_POLLUTANT_EMISSIONS",
    "细颗粒物(PM2.5)浓度": "PM25_CONCENTRATION",
    "优良天数比率": "GOOD_AIR_QUALITY_DAYS_RATIO",
    "重污染天数": "HEAVY_POLLUTION_DAYS",
    "地表水国控断面中水质优良水体比例": "SURFACE_WATER_GOOD_QUALITY_SHARE",
    "劣V类水体": "INFERIOR_CLASS_V_WATER_BODIES",
    "在用财政资金购买交通车辆用能清洁化比例": "PUBLIC_FLEET_CLEAN_ENERGY_SHARE",
    "城市建成区主次干道机械化清扫率": "MECHANISED_STREET_CLEANING_RATE",
    "功能区声环境质量自动监测": "NOISE_AUTOMATIC_MONITORING_COVERAGE",
    "雨污合流管网": "COMBINED_SEWER_NETWORK",
    "黄河流域排污口整治数量": "YELLOW_RIVER_OUTFALLS_REMEDIATED",
    "单位耕地面积化肥施用量": "FERTILISER_USE_PER_CULTIVATED_AREA",
    "单位农作物种植面积化学农药使用量": "PESTICIDE_USE_PER_CROP_AREA",
    "畜禽粪污综合利用率": "LIVESTOCK_MANURE_UTILISATION_RATE",
    "农作物秸秆综合利用率": "CROP_STRAW_UTILISATION_RATE",
    "行政村生活污水治理完成": "VILLAGE_SEWAGE_TREATMENT_COVERAGE",
    "受污染耕地安全利用率": "CONTAMINATED_FARMLAND_SAFE_USE_RATE",
    "国家卫生镇参评 / 省级卫生村比例": "PROVINCIAL_HYGIENIC_VILLAGE_SHARE",
    "重点行业企业突发环境事件应急预案备案": "ENVIRONMENTAL_EMERGENCY_PLAN_FILING_RATE",
    "现场执法频次": "ON_SITE_ENFORCEMENT_FREQUENCY",
    # intellectual property (槐荫区 000)
    "高价值专利培育指导中心": "HIGH_VALUE_PATENT_GUIDANCE_CENTRES",
    "每万人口高价值发明专利拥有量": "HIGH_VALUE_INVENTION_PATENTS_PER_10K",
    "有效注册商标量": "VALID_REGISTERED_TRADEMARKS",
    "以地理标志产品为主的综合性知识产权运营服务机构": "GEOGRAPHICAL_INDICATION_IP_SERVICE_INSTITUTIONS",
    "企业知识产权质押融资金额(累计)": "IP_PLEDGE_FINANCING_CUMULATIVE",
    "知识产权保护满意率": "IP_PROTECTION_SATISFACTION_RATE",
    "知识产权服务机构数量": "IP_SERVICE_INSTITUTIONS",
    # infant care (张店区 002), government services (兰山区 001)
    "具有示范引领作用的婴幼儿照护服务机构": "MODEL_INFANT_CARE_INSTITUTIONS",
    "标杆型镇级便民服务示范点": "BENCHMARK_TOWN_SERVICE_POINTS",
    "标准型镇级便民服务示范点": "STANDARD_TOWN_SERVICE_POINTS",
    "标杆型村级便民服务示范点": "BENCHMARK_VILLAGE_SERVICE_POINTS",
    "镇村两级便民服务场所综合窗口事项通办比例": "COMPREHENSIVE_WINDOW_UNIVERSAL_HANDLING_SHARE",
    "窗口服务办结满意率": "WINDOW_SERVICE_SATISFACTION_RATE",
    "镇级线上网厅可办理事项": "TOWN_ONLINE_HALL_SERVICE_ITEMS",
    "街道级线上网厅可办理事项": "STREET_ONLINE_HALL_SERVICE_ITEMS",
    "村社区级线上网厅可办理事项": "VILLAGE_ONLINE_HALL_SERVICE_ITEMS",
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
    "DISABLED_LIVING_SUBSIDY_COVERAGE": {"betterDirection": "HIGHER"},
    "SEVERE_DISABLED_NURSING_SUBSIDY_COVERAGE": {"betterDirection": "HIGHER"},
    "DISABLED_MINIMUM_LIVING_SECURITY_SHARE": {"betterDirection": "HIGHER"},
    "INFERIOR_CLASS_V_WATER_BODIES": {"name": "劣V类水体数量", "unit": "个", "valueType": "COUNT"},
    "COMBINED_SEWER_NETWORK": {"name": "雨污合流管网长度", "unit": "公里", "valueType": "QUANTITY",
                               "definition": "规划只说“清零”，未印单位"},
    "MAJOR_POLLUTANT_EMISSIONS": {"name": "主要污染物排放总量", "unit": "吨", "valueType": "QUANTITY"},
    "PROVINCIAL_HYGIENIC_VILLAGE_SHARE": {"name": "省级卫生村比例", "unit": "%"},
    "WORK_SAFETY_ACCIDENT_DEATHS": {"unit": "人", "valueType": "COUNT",
                                    "definition": "目标为降幅；规划未印基准年"},
    "ON_SITE_ENFORCEMENT_FREQUENCY": {"unit": "次", "valueType": "COUNT"},
    "FERTILISER_USE_PER_CULTIVATED_AREA": {"unit": "千克/亩", "valueType": "QUANTITY"},
    "PESTICIDE_USE_PER_CROP_AREA": {"unit": "千克/亩", "valueType": "QUANTITY"},
    "IP_PLEDGE_FINANCING_CUMULATIVE": {"valueType": "QUANTITY"},
    "DISABLED_VOCATIONAL_TRAINING_PARTICIPANTS": {"valueType": "COUNT"},
    "GENDER_INCOME_GAP": {"unit": "元", "valueType": "QUANTITY",
                          "definition": "男女平均收入之差；规划未定义计算方法"},
    "HOUSEWORK_TIME_GENDER_GAP": {"unit": "分钟/天", "valueType": "QUANTITY",
                                  "definition": "两性每天家务劳动时间之差；规划未定义计算方法"},
    "SCIENCE_LITERACY_GENDER_GAP": {"unit": "个百分点", "valueType": "RATE",
                                    "definition": "男女具备科学素质比例之差"},
    "MATERNAL_MORTALITY_URBAN_RURAL_GAP": {"unit": "1/10万", "valueType": "RATE",
                                           "definition": "城乡（和区域）孕产妇死亡率之差；规划未定义计算方法"},
    "UNINTENDED_PREGNANCY": {"name": "非意愿妊娠例数", "unit": "例", "valueType": "COUNT"},
    "MATERNAL_ANEMIA": {"name": "孕产妇贫血患病率", "unit": "%"},
    "YOUNG_ADULT_FEMALE_ILLITERACY": {"name": "女性青壮年文盲率", "unit": "%"},
    "HEALTH_LITERACY_WOMEN": {"unit": "%", "definition": "具备基本健康素养的妇女比例"},
    "MENTAL_HEALTH_LITERACY_WOMEN": {"unit": "%", "definition": "具备心理健康素养的妇女比例"},
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
    if unit in ("‰", "1/10万") or re.search(r"/(千|万|每|亿|百万|10万)", unit):
        return "RATE"
    if re.fullmatch(r"[所家名人个次户件张起项支处座例]|次/学期|次/年", unit):
        return "COUNT"
    return "QUANTITY"


def unit_by_name(name):
    """The unit of a direction-only indicator that prints none, from what its name counts."""
    name = re.sub(r"（[^）]*）$", "", name)
    if re.search(r"(率|比例|占比|比重)$", name):
        return "%"
    for suffix, unit in (("人数", "人"), ("年限", "年"), ("寿命", "岁")):
        if name.endswith(suffix):
            return unit
    return None


class Catalogue:
    def __init__(self):
        self.names = {}  # code -> printed names in order of first use
        self.targets = {}  # code -> targets using it
        self.periods = {}  # code -> (first, last year) of the plans using it

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
        # the digest's sic marks a slip of the text (004 prints 人均预期寿命 for 人均健康预期寿命): no alias
        if "原文如此" not in name and name not in names:
            names.append(name)

    def observe(self, plan):
        for area in plan["areas"]:
            for holder in area["goals"] + area["measures"]:
                for t in holder["targets"]:
                    self.targets.setdefault(t["indicatorCode"], []).append(t)
                    # tracked over the periods of the plans that target it
                    start, end = self.periods.get(t["indicatorCode"], (plan["periodStart"], plan["periodEnd"]))
                    self.periods[t["indicatorCode"]] = (min(start, plan["periodStart"]), max(end, plan["periodEnd"]))

    def entry(self, code):
        meta = META.get(code, {})
        targets = self.targets.get(code, [])
        level_units = [t["unit"] for t in targets
                       if t["unit"] and t["comparator"] not in ("DECREASE_PERCENT", "CHANGE_PP_PER_YEAR")]
        unit = meta.get("unit") or (level_units[0] if level_units else None) or unit_by_name(self.names[code][0])
        definition = meta.get("definition")
        if not level_units and definition is None:
            definition = "规划未印单位；单位按通行统计口径"
        if unit is None:
            raise SystemExit(f"{code}: no target states a unit; add it to META")
        kinds = set()
        for t in targets:
            if t["comparator"] in LOWER or t["direction"] == "DECREASE" or (
                    t["comparator"] == "CHANGE_PP_PER_YEAR" and t["value"] < 0):
                kinds.add("LOWER")
            elif t["comparator"] in HIGHER or t["direction"] == "INCREASE" or (
                    t["comparator"] == "EQUAL" and t["value"] == 100 and t["unit"] == "%"):
                # reaching 100 % (a coverage kept at 100) leaves only one way to be better
                kinds.add("HIGHER")
        better = meta.get("betterDirection") or (kinds.pop() if len(kinds) == 1 else "NONE")
        names = self.names[code]
        if not names:
            names.append(meta["name"])
        return {
            "code": code,
            "name": meta.get("name") or re.sub(r"（[^）]*）$", "", names[0]),
            "unit": unit,
            "valueType": meta.get("valueType") or value_type(unit),
            "betterDirection": better,
            "scale": meta.get("scale", unit),
            "trackedFrom": self.periods[code][0],
            "trackedTo": self.periods[code][1],
            "definition": definition,
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
