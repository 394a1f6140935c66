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
from indicators import Catalogue

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
# Comparators. The digests use LE/GE/GT/EQ/MAINTAIN/INCREASE/DECREASE/...; the contract AT_MOST/AT_LEAST/...

def goal_targets(catalogue, key, name, comparator, target_type, value, unit, phrase, source, *, target_year=None,
                 baseline=None, nature=None, approximate=False):
    """Zero or more contract targets for one digest indicator reading (a reading without a number or a direction,
    such as '上升趋势得到有效控制' or 'not below the share of women among members', is no target)."""
    if comparator in ("QUALITATIVE", "MAINTAIN") and value is None or (
            value is None and comparator not in ("INCREASE", "DECREASE") and target_type != "VERBAL_LEVEL"):
        return []
    code = catalogue.code(key, name)
    scope = each_street(phrase)
    common = dict(target_year=target_year, baseline=baseline, nature=nature, scope=scope)
    if target_type == "CHANGE_FROM_BASELINE":
        # 以2020年为基数下降20%: the base year is stated, its value is not; a baseline needs a value, so the
        # base year stays in the source phrase
        return [target(code, "DECREASE_PERCENT", phrase, source, value=value, unit="%", **common)]
    if target_type == "ANNUAL_CHANGE":
        # 平均每年降低1个百分点以上: a negative change per year
        sign = -1 if comparator == "DECREASE" else 1
        return [target(code, "CHANGE_PP_PER_YEAR", phrase, source, value=sign * value, unit="个百分点", **common)]
    if target_type in ("VERBAL_LEVEL",) or value == "全覆盖":
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
                        catalogue.use(code, m["indicator"])
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


def main():
    # always all plans: the catalogue holds exactly the indicators the plans use, plus the agreed ones
    catalogue = Catalogue()
    for part in (children,):
        part(catalogue)
    catalogue.write(os.path.join(REFERENCE, "indicators.json"))


if __name__ == "__main__":
    main()
