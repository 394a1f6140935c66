#!/usr/bin/env python3
"""Turns the domain digests (/work/shared/domain/plans-*.json) into plan-service's reference data:
reference/indicators.json and reference/plans/<plan code>.json (the format of POST /api/v1/plans/import).

Run from anywhere: python3 plan-service/tools/convert_plans.py (it always writes every file). The seeds win over the digests: corrections are the OVERRIDES below, never hand edits
of the output. check_plans.py verifies every sourceRef against the seeds afterwards.
"""
import json
import os
import re
from decimal import Decimal

import seeds
from indicators import META, Catalogue

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = os.path.join(HERE, "..", "src", "main", "resources", "reference")
DOMAIN = os.path.join(seeds.SHARED, "domain")

# Seed file prefix -> jurisdiction code (GB/T 2260), as seeded in plan-service.
JURISDICTION = {"000": "370104", "001": "371302", "002": "370303", "003": "370600", "004": "370103"}
PERIOD = (2021, 2025)  # 十四五; no plan writes the years, the title's “十四五” implies them


def plan_code(jurisdiction, kind, period_start):
    return f"{jurisdiction}-{kind.lower().replace('_', '-')}-{period_start}"


def number(value):
    """A printed number as a JSON number without float noise (3.5, 0.85, 100)."""
    if value is None:
        return None
    d = Decimal(str(value))
    return int(d) if d == d.to_integral_value() else float(d)


def first_line(source):
    """'000:659-661' or '000:659' -> '000:659'."""
    prefix, lines_ = source.split(":")
    return f"{prefix}:{re.split(r'[-–,]', lines_)[0]}"


def phrase_line(source, phrase):
    """The line of a cited range ('000:659-661') that holds the phrase, else the range's first line."""
    prefix, lines_ = source.split(":")
    numbers = [int(n) for n in re.split(r"[-–,]", lines_)]
    for n in range(numbers[0], numbers[-1] + 1):
        if phrase and phrase in seeds.clean(seeds.lines(prefix)[n]):
            return f"{prefix}:{n}"
    return f"{prefix}:{numbers[0]}"


def target(code, comparator, phrase, source, *, value=None, value_high=None, direction=None, unit=None,
           target_year=None, baseline=None, nature=None, scope="JURISDICTION"):
    return {
        "indicatorCode": code,
        "comparator": comparator,
        "value": number(value),
        "valueHigh": number(value_high),
        "direction": direction,
        "unit": unit,
        "targetYear": target_year or PERIOD[1],
        "baseline": baseline,
        "nature": nature,
        "scope": scope,
        "sourcePhrase": phrase,
        "sourceRef": phrase_line(source, phrase),
    }


def each_street(phrase):
    # 张店区 sets its vaccination rate per 镇（街道） (002:4553), i.e. for every street, not the district total
    return "EACH_STREET" if re.search(r"以镇（街道）为单位|以街道为单位", phrase) else "JURISDICTION"


def write_plan(plan):
    os.makedirs(os.path.join(REFERENCE, "plans"), exist_ok=True)
    with open(os.path.join(REFERENCE, "plans", plan["code"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False, indent=2)
        f.write("\n")


def area_ends(prefix, starts, plan_end):
    """Each area runs to the next area's heading; the last one to the next top-level heading (四、保障措施)."""
    seed = seeds.lines(prefix)
    last = next((n for n in range(starts[-1] + 1, plan_end + 1)
                 if re.match(r"^(?:\[bookmark: [^\]]*\])?[一二三四五六七八九十]+、", seed[n])), plan_end + 1)
    return starts[1:] + [last]


def attach_measures(prefix, area_start, area_end, measure_targets):
    """The area's numbered 策略措施, first sentence verbatim, with the targets found only there.

    The plans name no responsible unit per measure (units are given per goal), so responsibleUnits stays empty.
    """
    items = seeds.measures(prefix, area_start, area_end)
    result = []
    for i, (sequence, first, last, text) in enumerate(items, start=1):
        if sequence != i:
            # the seed misnumbers some items (002:4659 prints （6） twice); the order is what counts
            print(f"note: {prefix}:{first} prints measure number {sequence}, stored as {i}")
        mine = [t for t in measure_targets if first <= int(t["sourceRef"].split(":")[1]) <= last]
        result.append({"sequence": i, "text": seeds.first_sentence(text), "responsibleUnits": [],
                       "sourceRef": f"{prefix}:{first}", "targets": mine})
    placed = sum(len(m["targets"]) for m in result)
    if placed != len(measure_targets):
        lost = [t["sourceRef"] for t in measure_targets if not any(t in m["targets"] for m in result)]
        raise SystemExit(f"measure targets outside every measure of {prefix}:{area_start}-{area_end}: {lost}")
    return result


# ---------------------------------------------------------------------------------------------------------
# One reading of the women's or children's digest -> contract targets. The digests write LE/GE/GT/EQ/MAINTAIN/
# INCREASE/DECREASE, the contract AT_MOST/AT_LEAST/ABOVE/EQUAL/DIRECTION.

def base_year(phrase):
    """The base year a decrease is measured against (以2020年为基数, 较2020年), without a value: the evaluation
    takes that year's monitored value."""
    m = re.search(r"(?:以|较)(20\d\d)年", phrase)
    return {"value": None, "year": int(m.group(1)), "comparator": None} if m else None


def goal_targets(catalogue, key, name, comparator, target_type, value, unit, phrase, source, *, target_year=None,
                 baseline=None, nature=None):
    """Zero or more contract targets for one digest indicator reading (a reading without a number or a direction,
    such as '上升趋势得到有效控制' or 'not below the share of women among members', is no target)."""
    if "上升趋势" in phrase:
        # 上升趋势得到有效控制 / 上升趋势减缓: a slower rise, neither a level nor a fall
        return []
    if value is None and comparator not in ("INCREASE", "DECREASE") and target_type != "VERBAL_LEVEL":
        return []
    code = catalogue.code(key, name)
    scope = each_street(phrase)
    common = dict(target_year=target_year, baseline=baseline, nature=nature, scope=scope)
    if target_type == "CHANGE_FROM_BASELINE":
        # 以2020年为基数下降20%: the base year is stated, its value is not (the base year's monitored value)
        common["baseline"] = base_year(phrase)
        return [target(code, "DECREASE_PERCENT", phrase, source, value=value, unit="%", **common)]
    if target_type == "ANNUAL_CHANGE":
        # 平均每年降低1个百分点以上: a negative change per year
        sign = -1 if comparator == "DECREASE" else 1
        return [target(code, "CHANGE_PP_PER_YEAR", phrase, source, value=sign * value, unit="个百分点", **common)]
    if target_type == "VERBAL_LEVEL" or value == "全覆盖":
        return [target(code, "FULL_COVERAGE", phrase, source, value=100, unit="%", **common)]
    if value is None:
        return [target(code, "DIRECTION", phrase, source, direction=comparator, **common)]
    if isinstance(value, str) and re.fullmatch(r"[\d.]+\s*[-–—]\s*[\d.]+", value):
        low, high = re.split(r"\s*[-–—]\s*", value)
        return [target(code, "RANGE", phrase, source, value=low, value_high=high, unit=unit, **common)]
    mapped = {"LE": "AT_MOST", "GE": "AT_LEAST", "GT": "ABOVE", "LT": "BELOW", "EQ": "EQUAL", "MAINTAIN": "EQUAL",
              "RANGE": "RANGE"}[comparator]
    return [target(code, mapped, phrase, source, value=value, unit=unit, **common)]


# ---------------------------------------------------------------------------------------------------------
# Children's plans (plans-children.json)

# Measure targets whose digest value is compound ('10/9/8', '1/2') or in words: one target per printed number.
CHILDREN_COMPOUND = {
    "睡眠时间（小学生/初中生/高中生）": [("SLEEP_HOURS_PRIMARY_STUDENTS", 10), ("SLEEP_HOURS_JUNIOR_STUDENTS", 9),
                             ("SLEEP_HOURS_SENIOR_STUDENTS", 8)],
    "中小学每学期家庭教育指导/实践活动次数": [("SCHOOL_FAMILY_EDUCATION_GUIDANCE_PER_TERM", 1),
                              ("SCHOOL_FAMILY_EDUCATION_PRACTICE_PER_TERM", 1)],
    "幼儿园每学期家庭教育指导/亲子活动次数": [("KINDERGARTEN_FAMILY_EDUCATION_GUIDANCE_PER_TERM", 1),
                              ("KINDERGARTEN_PARENT_CHILD_ACTIVITIES_PER_TERM", 2)],
    # 003:973 半数以上的县: more than half of the counties
    "达到国家学前教育普及普惠县标准的县": [("UNIVERSAL_PRESCHOOL_COUNTY_SHARE", 50)],
}


def children(catalogue):
    digest = json.load(open(os.path.join(DOMAIN, "plans-children.json"), encoding="utf-8"))
    for p in digest["plans"]:
        prefix = p["key"]
        jurisdiction = JURISDICTION[prefix]
        plan = {
            "code": plan_code(jurisdiction, "CHILDREN", PERIOD[0]),
            "title": p["title"],
            "kind": "CHILDREN",
            "jurisdiction": jurisdiction,
            "documentNumber": p["docNumber"],
            "issuer": p["issuer"],
            "issueDate": p["issued"],
            "periodStart": PERIOD[0],
            "periodEnd": PERIOD[1],
            "status": "PUBLISHED",
            "interpretingBody": p.get("interpretationAuthority"),
            "sourceRef": first_line(p["titleSource"]),
            "areas": [],
        }
        starts = [int(first_line(a["source"]).split(":")[1]) for a in p["areas"]]
        ends = area_ends(prefix, starts, p["lineRange"][1])
        for index, a in enumerate(p["areas"]):
            goals = []
            for g in a["goals"]:
                targets = []
                for i in g["indicators"]:
                    targets += goal_targets(catalogue, i["indicatorKey"], i["indicator"], i["comparator"],
                                            i["targetType"], i["target"], i["unit"], i["phrase"],
                                            g["source"], target_year=i.get("targetYear"))
                goals.append({
                    "sequence": g["seq"],
                    "text": g["text"],
                    "classification": g["classification"],
                    "leadUnits": g["lead"],
                    "responsibleUnits": g["responsible"],
                    "sourceRef": first_line(g["source"]),
                    "targets": targets,
                })
            measure_targets = []
            for m in p["measureTargets"]:
                if m["area"] != a["code"]:
                    continue
                if m["indicator"] in CHILDREN_COMPOUND:
                    for code, value in CHILDREN_COMPOUND[m["indicator"]]:
                        catalogue.use(code, META[code]["name"])  # not the compound reading's name
                        unit = "%" if code == "UNIVERSAL_PRESCHOOL_COUNTY_SHARE" else m["unit"]
                        measure_targets.append(target(code, "AT_LEAST", m["phrase"], m["source"], value=value,
                                                      unit=unit))
                    continue
                measure_targets += goal_targets(catalogue, None, m["indicator"], m["comparator"], None, m["target"],
                                                m["unit"], m["phrase"], m["source"])
            plan["areas"].append({
                "sequence": index + 1,
                "name": a["name"],
                "sourceRef": first_line(a["source"]),
                "goals": goals,
                "measures": attach_measures(prefix, starts[index], ends[index], measure_targets),
            })
        catalogue.observe(plan)
        write_plan(plan)


# ---------------------------------------------------------------------------------------------------------
# Women's plans (plans-women.json)

# 本规划由…负责解释 (001:1090, 002:4509, 003:780); 000 and 004 name no interpreting body.
WOMEN_INTERPRETING = {"001": "兰山区妇女儿童工作委员会", "002": "张店区妇女儿童工作委员会", "003": "市妇女儿童工作委员会"}


def women_targets(catalogue, i, source):
    """Targets of one women's-digest reading (goal indicator or strategy target)."""
    raw = i.get("targetRaw")
    phrase = i["evidence"]
    year = i.get("targetYear")
    ratio = re.fullmatch(r"(\d+)\s*[:：]\s*(\d+)", raw or "")
    if ratio:
        # 女性厕位与男性厕位的比例至少为3:2，人流量较大地区提高到2:1: a ratio, stored as female/male
        code = catalogue.code(i["indicatorKey"], i["indicator"])
        result = [target(code, "AT_LEAST", phrase, source, value=Decimal(ratio[1]) / Decimal(ratio[2]),
                         unit="女:男", target_year=year)]
        high = re.fullmatch(r"(\d+)\s*[:：]\s*(\d+)", i.get("targetHighTraffic") or "")
        if high:
            code = catalogue.code(None, "人流量较大地区女性厕位与男性厕位的比例")
            result.append(target(code, "AT_LEAST", phrase, source, value=Decimal(high[1]) / Decimal(high[2]),
                                 unit="女:男", target_year=year))
        return result
    if i.get("targetText") == "全覆盖":
        return goal_targets(catalogue, i["indicatorKey"], i["indicator"], "EQ", "VERBAL_LEVEL", None, None, phrase,
                            source, target_year=year)
    return goal_targets(catalogue, i["indicatorKey"], i["indicator"], i["comparator"], None, i.get("target"),
                        i.get("unit"), phrase, source, target_year=year)


def classify(digest_type, targets):
    """The digest's RELATIVE and MILESTONE goals are classified by what they state."""
    if digest_type in ("NUMERIC", "DIRECTIONAL", "QUALITATIVE"):
        return digest_type
    if any(t["value"] is not None for t in targets):
        return "NUMERIC"
    return "DIRECTIONAL" if targets else "QUALITATIVE"


def women(catalogue):
    digest = json.load(open(os.path.join(DOMAIN, "plans-women.json"), encoding="utf-8"))
    for p in digest["plans"]:
        prefix = p["planId"]
        jurisdiction = JURISDICTION[prefix]
        plan = {
            "code": plan_code(jurisdiction, "WOMEN", PERIOD[0]),
            "title": p["title"],
            "kind": "WOMEN",
            "jurisdiction": jurisdiction,
            "documentNumber": p["docNumber"],
            "issuer": p["issuer"],
            "issueDate": p["issued"],
            "periodStart": PERIOD[0],
            "periodEnd": PERIOD[1],
            "status": "PUBLISHED",
            "interpretingBody": WOMEN_INTERPRETING.get(prefix),
            "sourceRef": first_line(p["titleSource"]),
            "areas": [],
        }
        plan_end = int(p["range"].split("-")[-1])
        starts = [int(first_line(a["source"]).split(":")[1]) for a in p["areas"]]
        ends = area_ends(prefix, starts, plan_end)
        strategy = [s for s in digest["strategyTargets"] if s["planId"] == prefix]
        for index, a in enumerate(p["areas"]):
            goals = []
            for g in a["goals"]:
                targets = []
                for i in g["indicators"]:
                    targets += women_targets(catalogue, i, i.get("source") or g["source"])
                goals.append({
                    "sequence": g["seq"],
                    "text": g["text"],
                    "classification": classify(g["goalType"], targets),
                    "leadUnits": g["leadUnits"],
                    "responsibleUnits": g["responsibleUnits"],
                    "sourceRef": first_line(g["source"]),
                    "targets": targets,
                })
            measure_targets = []
            for s in strategy:
                if starts[index] <= int(first_line(s["source"]).split(":")[1]) < ends[index]:
                    measure_targets += women_targets(catalogue, s, s["source"])
            plan["areas"].append({
                "sequence": index + 1,
                "name": a["name"],
                "sourceRef": first_line(a["source"]),
                "goals": goals,
                "measures": attach_measures(prefix, starts[index], ends[index], measure_targets),
            })
        catalogue.observe(plan)
        write_plan(plan)


# ---------------------------------------------------------------------------------------------------------
# The other plans (plans-other.json): the digest holds their indicators only; areas, goals and measures are read
# from the seeds by the layout below. Each area: (heading line, "goals" or "measures", item kinds). Items are the
# lines that start a numbered paragraph ("numbered" 1. 2., "sections" （一）（二）, "dash" ——, "paragraphs" every
# paragraph); an item runs to the next item or the area's end. A digest indicator hangs on the item whose lines
# hold it.

OTHER = {
    "huaiyin-disability-14fyp": dict(
        prefix="000", kind="DISABILITY", jurisdiction="370104", period=(2021, 2025), end=2246,
        areas=[(1887, "goals", "numbered")] + [(n, "measures", "numbered")
                                              for n in (1917, 1949, 1988, 2059, 2130, 2174, 2186, 2216)]),
    "yantai-disability-14fyp": dict(
        prefix="003", kind="DISABILITY", jurisdiction="370600", period=(2021, 2025), end=1372,
        areas=[(1259, "goals", "numbered")] + [(n, "measures", "numbered")
                                              for n in (1286, 1300, 1314, 1330, 1346, 1356)]),
    "yantai-worksafety-14fyp": dict(
        prefix="003", kind="WORK_SAFETY", jurisdiction="370600", period=(2021, 2025), end=235,
        areas=[(49, "goals", "numbered dash")] + [(n, "measures", "numbered")
                                                 for n in (70, 86, 104, 168, 184, 200)]
              + [(214, "measures", "sections")]),
    # 到2025年, issued 2022-11-21 (000:2575): the plan runs from its issue year
    "huaiyin-pollution-2025": dict(
        prefix="000", kind="POLLUTION_CONTROL", jurisdiction="370104", period=(2022, 2025), end=2766,
        areas=[(2591, "goals", "paragraphs")] + [(n, "measures", "sections")
                                                for n in (2599, 2633, 2661, 2683, 2709, 2736)]),
    "huaiyin-ip-2022-2025": dict(
        prefix="000", kind="INTELLECTUAL_PROPERTY", jurisdiction="370104", period=(2022, 2025), end=2340,
        areas=[(2292, "goals", "paragraphs sections"), (2314, "measures", "sections")]),
    "zhangdian-infantcare-2021": dict(
        prefix="002", kind="CHILDCARE", jurisdiction="370303", period=(2021, 2025), end=29,
        areas=[(7, "goals", "paragraphs")] + [(n, "measures", "numbered") for n in (10, 13, 18, 20, 23, 25)]),
    "lanshan-govservice-2022": dict(
        prefix="001", kind="GOVERNMENT_SERVICES", jurisdiction="371302", period=(2022, 2022), end=1812,
        areas=[(1746, "goals", "paragraphs")] + [(n, "measures", "numbered")
                                                for n in (1754, 1764, 1778, 1792, 1804)]),
}

ITEM_KINDS = {
    "numbered": re.compile(r"^(?:\[bookmark: [^\]]*\])?\s*\d+\s*[.．、]"),
    "sections": re.compile(r"^(?:\[bookmark: [^\]]*\])?\s*[（(]\s*[一二三四五六七八九十]+\s*[）)]"),
    "dash": re.compile(r"^——"),
    "paragraphs": re.compile(r"."),
}
NUMBERING = re.compile(r"^(?:\d+\s*[.．、]|[（(]\s*[一二三四五六七八九十]+\s*[）)]|[一二三四五六七八九十]+、|——)\s*")
UNITS = re.compile(r"[（(]\s*((?:牵头|责任|参与|配合)(?:单位|部门))[:：]([^）)]*)[）)]")
CHAPTER = re.compile(r"^[一二三四五六七八九十]+、")
# the pollution plan lists units without a label: （区生态环境分局、区农业农村局按职责分工负责）, （区生态环境分局）
UNLABELLED_UNITS = re.compile(
    r"[（(]((?:区|市)[^（）()，。：:]*?(?:局|委|中心|办公室|法院|检察院|工会|大队|支队))(?:等?按职责分工负责[^）)]*)?[）)]")

OTHER_COMPARATORS = {"LE": "AT_MOST", "GE": "AT_LEAST", "GT": "ABOVE", "EQ": "EQUAL", "MAINTAIN": "EQUAL"}
NATURE = {"binding": "BINDING", "expected": "EXPECTED", None: None}


def heading_name(text):
    """'（二）发展目标。到2025年，…' -> '发展目标'; '三、重点任务' -> '重点任务'."""
    text = NUMBERING.sub("", seeds.clean(text))
    return text.split("。")[0].strip()


def units_in(text):
    """Lead and responsible units of every unit parenthesis in the text: （牵头部门：A，参与部门：B）,
    （责任单位：A牵头，B、C等按职责分工负责）, （牵头单位：A，责任单位：B）."""
    lead, responsible = [], []
    for role, names in UNITS.findall(text):
        for part in re.split(r"[，,；;]", names):
            if "：" in part:
                role, part = part.split("：", 1)
            for name in part.split("、"):
                name = re.sub(r"等?按职责分工负责$", "", name.strip())
                is_lead = role.startswith("牵头") or name.endswith("牵头")
                name = re.sub(r"牵头$", "", name)
                listed = lead if is_lead else responsible
                if name and name not in listed:
                    listed.append(name)
    return lead, responsible


def common_run(a, b):
    """The longest run of characters of a that also occurs in b."""
    best = ""
    for i in range(len(a)):
        for j in range(len(a), i + len(best), -1):
            if a[i:j] in b:
                best = a[i:j]
                break
    return best


def source_phrase(lines_, i):
    """(line, phrase): the verbatim words of the seed for a plans-other reading, searched in its cited lines.

    The digest's targetText is a paraphrase at times ('2025年底前至少建立一支', 'A…B', 'x / y'). The phrase is, in
    this order of preference: the baseline and target as printed (由50%提高到65%以上), the whole target text, the
    span 'A…B' stands for, else the longest part of the target text the seed prints that names the value. A table
    row is cited whole, its cells separated by single spaces.
    """
    wanted = i.get("targetText") or ""
    value = str(number(i["target"])) if isinstance(i.get("target"), (int, float)) else ""
    parts = [p.strip() for p in re.split(r"…| / ", wanted) if p.strip()]
    best = ((-1, 0), None, None)
    for n, text in lines_:
        if "\t" in text:
            return n, re.sub(r"\s+", " ", NUMBERING.sub("", text)).strip()
        found = []
        for rank, piece in ((4, (i.get("baselineText") or "") + wanted if i.get("baselineText") else None),
                            (3, wanted)):
            if piece:
                spaced = re.search(r"\s*".join(map(re.escape, re.sub(r"\s", "", piece))), text)  # '下降 10%'
                if spaced:
                    found.append((rank, spaced.group(0)))
        if len(parts) > 1:
            span = re.search(re.escape(parts[0]) + ".{0,40}?" + re.escape(parts[-1]), text)
            if span:
                found.append((2, span.group(0)))
        for piece in parts:
            spaced = re.search(r"\s*".join(map(re.escape, re.sub(r"\s", "", piece))), text)
            run = spaced.group(0) if spaced else common_run(piece, text)
            if len(run) >= 4 or spaced:
                found.append((1 if value and value in re.sub(r"\s", "", run) else 0, run))
        for rank, run in found:
            if (rank, len(run)) > best[0]:
                best = ((rank, len(run)), n, run)
    if best[1] is None:
        raise SystemExit(f"{i['source']}: no words of '{wanted}' in the seed")
    return best[1], best[2]


def other_targets(catalogue, i, phrase, source, plan_end, plan_baseline_year):
    """Contract targets of one plans-other reading; the document's own words for it are looked up in the seed."""
    comparator = i["comparator"]
    value = i.get("targetBaseUnitValue") or i.get("target")
    unit = i.get("unit") or None
    if unit:
        unit = re.sub(r"\s*\(.*\)$", "", unit)  # '(unit implied by name, not printed)' is the digest's note
        if i.get("targetBaseUnitValue"):
            unit = {"万 人/次": "人/次", "万件": "件", "亿元": "元"}.get(unit, unit)
    if comparator in ("EXTERNAL", "RANK", "QUALITATIVE", "MILESTONE") and not isinstance(value, (int, float)):
        return []  # set by a higher level, a ranking, or an action: no value of this plan to measure against
    if isinstance(value, str) or (value is None and comparator not in ("INCREASE", "DECREASE")):
        return []  # 'Ⅲ类', 只减不增: no number to compare with
    if comparator == "ELIMINATE" and value != 0:
        return []
    code = catalogue.code(None, i["name"])
    baseline = None
    if i.get("baseline") is not None:
        # 由50%提高到65%以上 (000:2194) gives the value of the plan's base year (the 2020年 column of its table)
        baseline = {"value": number(i["baseline"]), "year": i["baselineYear"] or plan_baseline_year,
                    "comparator": "ABOVE" if (i.get("baselineText") or "").startswith(">") else "EQUAL"}
    common = dict(target_year=i.get("targetYear") or plan_end, baseline=baseline, nature=NATURE[i.get("nature")])
    full = unit and re.search(r"全覆盖|全面实现|应备尽备|所有|全部", i.get("unit") or "")
    if full:
        return [target(code, "FULL_COVERAGE", phrase, source, value=100, unit="%", **common)]
    if comparator in ("INCREASE", "DECREASE"):
        return [target(code, "DIRECTION", phrase, source, direction=comparator, **common)]
    if comparator == "DECREASE_PCT":
        common["baseline"] = common["baseline"] or base_year(phrase)
        return [target(code, "DECREASE_PERCENT", phrase, source, value=value, unit="%", **common)]
    if comparator == "ELIMINATE" or comparator == "MILESTONE":
        mapped = "AT_MOST" if comparator == "ELIMINATE" else "AT_LEAST"
        return [target(code, mapped, phrase, source, value=value, unit=unit, **common)]
    return [target(code, OTHER_COMPARATORS[comparator], phrase, source, value=value, unit=unit, **common)]


def other(catalogue):
    digest = json.load(open(os.path.join(DOMAIN, "plans-other.json"), encoding="utf-8"))
    for doc in digest["documents"]:
        layout = OTHER[doc["id"]]
        prefix = layout["prefix"]
        seed = seeds.lines(prefix)
        start = int(doc["sourceRange"].split(":")[1].split("-")[0])
        compact = re.sub(r"\s", "", doc["title"])
        # the title standing on its own line, else the first line naming it (the 印发 notice)
        naming = [n for n in range(start, layout["end"]) if compact in re.sub(r"\s", "", seeds.clean(seed[n]))]
        title_line = next((n for n in naming if re.sub(r"\s", "", seeds.clean(seed[n])).startswith(compact)),
                          naming[0] if naming else start)
        period = layout["period"]
        plan = {
            "code": plan_code(layout["jurisdiction"], layout["kind"], period[0]),
            "title": doc["title"],
            "kind": layout["kind"],
            "jurisdiction": layout["jurisdiction"],
            "documentNumber": doc["docNumber"],
            "issuer": doc["issuer"],
            "issueDate": doc["issued"],
            "periodStart": period[0],
            "periodEnd": period[1],
            "status": "PUBLISHED",
            "interpretingBody": None,
            "sourceRef": f"{prefix}:{title_line}",
            "areas": [],
        }
        heads = [a[0] for a in layout["areas"]] + [layout["end"]]
        placed = set()
        for index, (head, holder_kind, item_kinds) in enumerate(layout["areas"]):
            area_end = heads[index + 1]
            patterns = [ITEM_KINDS[k] for k in item_kinds.split()]
            starts = []
            previous = "。"  # nothing runs on from the heading
            for n in range(head + 1, area_end):
                text = seeds.clean(seed[n])
                if not text:
                    continue
                # a chapter heading between two areas is neither; a paragraph that does not end a sentence was
                # split by a page break and continues on the next line
                wrapped = "paragraphs" in item_kinds and not re.search(r"[。；：:）]$", previous)
                if not CHAPTER.match(text) and not wrapped and any(p.match(text) for p in patterns):
                    starts.append(n)
                previous = text
            remainder = seeds.clean(seed[head]).split("。", 1)
            if holder_kind == "goals" and len(remainder) == 2 and remainder[1].strip():
                starts.insert(0, head)  # '（二）发展目标。到2025年，…': the heading carries the overall goal
            holders = []
            for k, first in enumerate(starts):
                last = (starts[k + 1] if k + 1 < len(starts) else area_end) - 1
                own = seeds.clean(seed[first])
                text = remainder[1].strip() if first == head else NUMBERING.sub("", own)
                for n in range(first + 1, last + 1):
                    # a goal split by a page break goes on, joined without adding characters
                    if (holder_kind != "goals" or "\t" in text or re.search(r"[。；：:）]$", text)
                            or ITEM_KINDS["sections"].match(own)):  # a section heading stands alone
                        break
                    text += seeds.clean(seed[n])
                if "\t" in text:
                    text = text.split("\t")[0].strip()  # a table row: its indicator cell
                if holder_kind == "measures":
                    text = seeds.first_sentence(text)
                body = "".join(seeds.clean(seed[n]) for n in range(first, last + 1))
                lead, responsible = units_in(body)
                if not lead and not responsible:
                    for names in UNLABELLED_UNITS.findall(body):
                        responsible += [u for u in names.split("、") if u not in responsible]
                holder = {"sequence": len(holders) + 1, "text": text}
                if holder_kind == "goals":
                    holder.update(classification="QUALITATIVE", leadUnits=lead)
                holder.update(responsibleUnits=responsible if holder_kind == "goals" else lead + [
                    u for u in responsible if u not in lead], sourceRef=f"{prefix}:{first}", targets=[])
                holder["_lines"] = (first, last)
                holders.append(holder)
            for i in doc["indicators"]:
                line_no = int(first_line(i["source"]).split(":")[1])
                holder = next((h for h in holders if h["_lines"][0] <= line_no <= h["_lines"][1]), None)
                if holder is None:
                    continue
                placed.add(id(i))
                cited = [int(n) for n in re.split(r"[-–]", i["source"].split(":")[1])]
                # a phrase wrapped by a page break runs on into the next non-blank line (and may start on the line
                # before the cited one); such a phrase is cited at the line where it starts
                numbers = [n for n in range(cited[0] - 1, 0, -1) if seed[n].strip()][:1] + [
                    n for n in range(cited[0], cited[-1] + 3) if seed[n].strip()]
                cited_lines = [(n, seeds.clean(seed[n])) for n in range(cited[0], cited[-1] + 1)]
                cited_lines += [(a, seeds.clean(seed[a]) + seeds.clean(seed[b]))
                                for a, b in zip(numbers, numbers[1:]) if a <= cited[-1]]
                found, phrase = source_phrase(cited_lines, i)
                made = other_targets(catalogue, i, phrase, f"{prefix}:{found}", period[1],
                                     doc["period"].get("baselineYear"))
                holder["targets"] += made
                for u in i.get("responsible") or []:
                    if u not in holder["responsibleUnits"] and u not in holder.get("leadUnits", []):
                        holder["responsibleUnits"].append(u)
            for h in holders:
                del h["_lines"]
                if holder_kind == "goals":
                    h["classification"] = classify("RELATIVE", h["targets"])
            plan["areas"].append({
                "sequence": index + 1,
                "name": heading_name(seed[head]),
                "sourceRef": f"{prefix}:{head}",
                "goals": holders if holder_kind == "goals" else [],
                "measures": holders if holder_kind == "measures" else [],
            })
        lost = [i["source"] for i in doc["indicators"] if id(i) not in placed]
        if lost:
            raise SystemExit(f"{doc['id']}: indicators outside every area: {lost}")
        catalogue.observe(plan)
        write_plan(plan)


def main():
    # always all plans: the catalogue holds exactly the indicators the plans use, plus the agreed ones
    catalogue = Catalogue()
    for part in (children, women, other):
        part(catalogue)
    catalogue.write(os.path.join(REFERENCE, "indicators.json"))
    # the catalogue corrections of issue 12 (catalogue_fixes.json) go on top of the converted files
    import apply_fixes
    apply_fixes.main()


if __name__ == "__main__":
    main()
