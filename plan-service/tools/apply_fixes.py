#!/usr/bin/env python3
"""Applies catalogue_fixes.json (issue 12, "Right verdicts") to reference/indicators.json and reference/plans/*.json.

catalogue_fixes.json is the research record of the catalogue corrections: each fix names its file, the JSON path of
the target it changes or adds, the target as it was (`before`) and as it must be (`after`), the seed line it rests on
(`source`, FFF:LINE) and the words printed there (`quote`); check_plans.py checks every quote at its line. The fixed
targets keep their seed line in `sourceRef` (and a base year's line in `baseline.sourceRef`).

convert_plans.py runs this after writing the converted files, so a regeneration keeps the fixes. It is idempotent: a
fix whose `after` is in place already is skipped; a target that is neither `before` nor `after` stops it (the
converter's output moved: the fix must be re-derived, see the generator in the fixes' research notes).

It also writes src/test/resources/reference-fixes.json, the digest a test reads back through the API (one entry per
fixed or added target with the fields the fix decided, and per indicator change).

Run: python3 plan-service/tools/apply_fixes.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.join(HERE, "..")
FIXES = os.path.join(HERE, "catalogue_fixes.json")
DIGEST = os.path.join(MODULE, "src", "test", "resources", "reference-fixes.json")
PATH = re.compile(r"areas\[(\d+)\]\.(goals|measures)\[(\d+)\]\.targets\[(\d+)\]$")
# what a fix decides about a target, beyond what finds it (plan, indicator, seed line, year, comparator)
DECIDED = ["value", "valueHigh", "direction", "unit", "tolerance", "toleranceSource", "phrasing", "baseline",
           "valueToBeSet", "valueSetBy", "baseYearToBeSet", "suggestedBaseYear", "milestone", "milestoneDate",
           "referenceIndicatorCode", "unchangedMeets", "nature", "scope", "sourcePhrase"]


def write(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    fixes = json.load(open(FIXES, encoding="utf-8"))
    ref = os.path.join(MODULE, "src", "main", "resources", "reference")
    indicators_path = os.path.join(ref, "indicators.json")
    indicators = json.load(open(indicators_path, encoding="utf-8"))
    plans = {}
    applied = skipped = 0
    digest = []
    for fix in fixes:
        after = fix["after"]
        if fix["file"].endswith("indicators.json"):
            at = next((i for i, x in enumerate(indicators) if x["code"] == after["code"]), None)
            if at is not None and indicators[at] == after:
                skipped += 1
            elif fix["change"] == "modify":
                assert at is not None, fix["id"]
                indicators[at] = after
                applied += 1
            else:
                assert at is None, (fix["id"], "indicator exists with other content")
                indicators.append(after)
                applied += 1
            digest.append({"id": fix["id"], "kind": "indicator", "code": after["code"],
                           "betterDirection": after["betterDirection"], "trackedFrom": after["trackedFrom"],
                           "trackedTo": after["trackedTo"], "unit": after["unit"], "source": fix["source"]})
            continue
        plan_code = os.path.basename(fix["file"])[:-5]
        if plan_code not in plans:
            plans[plan_code] = json.load(open(os.path.join(ref, "plans", plan_code + ".json"), encoding="utf-8"))
        doc = plans[plan_code]
        if fix["path"] == "evaluations":
            if doc.get("evaluations") == after["evaluations"]:
                skipped += 1
            else:
                doc["evaluations"] = after["evaluations"]
                applied += 1
            digest.append({"id": fix["id"], "kind": "evaluations", "plan": plan_code,
                           "evaluations": after["evaluations"], "source": fix["source"]})
            continue
        m = PATH.match(fix["path"])
        assert m, (fix["id"], fix["path"])
        area, holder, index, t = int(m[1]), m[2], int(m[3]), int(m[4])
        targets = doc["areas"][area][holder][index]["targets"]
        if t < len(targets) and targets[t] == after:
            skipped += 1
        elif fix["change"] == "modify":
            assert targets[t] == fix["before"], (fix["id"], "the target is neither before nor after")
            targets[t] = after
            applied += 1
        else:
            assert t == len(targets), (fix["id"], "an added target goes at the end", t, len(targets))
            targets.append(after)
            applied += 1
        entry = {"id": fix["id"], "kind": "target", "category": fix["category"], "change": fix["change"],
                 "plan": plan_code, "indicatorCode": after["indicatorCode"], "sourceRef": after["sourceRef"],
                 "targetYear": after["targetYear"], "comparator": after["comparator"],
                 "source": fix["source"], "quote": fix["quote"]}
        entry.update({k: after[k] for k in DECIDED if k in after})
        digest.append(entry)
    # a fixed target is found again by what identifies it; two alike would make the read-back ambiguous
    keys = [(d["plan"], d["indicatorCode"], d["sourceRef"], d["targetYear"], d["comparator"]) for d in digest
            if d["kind"] == "target"]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, duplicates
    write(indicators_path, indicators)
    for code, doc in plans.items():
        write(os.path.join(ref, "plans", code + ".json"), doc)
    write(DIGEST, digest)
    print(f"{len(fixes)} fixes: {applied} applied, {skipped} in place already; digest {os.path.relpath(DIGEST, MODULE)}")


if __name__ == "__main__":
    sys.exit(main())
