#!/usr/bin/env python3
"""Checks every sourceRef of reference/plans/*.json against the seed documents.

For a target the seed line (or that line joined with the next, for a phrase wrapped by a page break) must contain
the sourcePhrase; for a goal its whole text (a goal may run over page-wrapped lines); for a measure the start of its
text; for an area its name; for a plan its title.
A target's fields are those of the import format (PlanDocumentChecker): the fields of issue 12 (tolerance,
toleranceSource, phrasing, a baseline's source/sourceRef/asOf/note, valueToBeSet/valueSetBy, baseYearToBeSet/
suggestedBaseYear, milestone/milestoneDate, referenceIndicatorCode, unchangedMeets; a plan's evaluations) are
accepted and checked for shape, and a baseline's own sourceRef is checked against its line like a target's.
Every fix of catalogue_fixes.json must have its quote printed at its seed line (from that line on, over page-wrapped
lines) and its target in the files as the fix has it.
Prints each mismatch and exits 1 when there is any. Run: python3 plan-service/tools/check_plans.py
"""
import glob
import json
import os
import re
import sys

import seeds

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "..", "src", "main", "resources", "reference", "plans")

START = 12  # characters of a measure's text that must appear at its line
FIXES = os.path.join(HERE, "catalogue_fixes.json")
SOURCE_REF = re.compile(r"^\d{3}:\d+(-\d+)?$")
TARGET_FIELDS = {"indicatorCode", "comparator", "value", "valueHigh", "direction", "unit", "targetYear", "baseline",
                 "nature", "scope", "sourcePhrase", "sourceRef", "tolerance", "toleranceSource", "phrasing",
                 "valueToBeSet", "valueSetBy", "baseYearToBeSet", "suggestedBaseYear", "milestone", "milestoneDate",
                 "referenceIndicatorCode", "unchangedMeets"}
BASELINE_FIELDS = {"value", "year", "comparator", "source", "sourceRef", "asOf", "note"}
BASELINE_SOURCES = {"DOCUMENT", "MONITORED", "PLANNER", "TO_BE_SET"}
EVALUATION_KINDS = {"MID_TERM", "FINAL"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def text_at(ref, lines_=2):
    """The cited line joined with the next non-blank lines (a page break splits a paragraph into two lines)."""
    prefix, number = ref.split(":")
    seed = seeds.lines(prefix)
    n = int(number)
    following = [seeds.clean(seed[k]) for k in range(n + 1, min(n + 12, len(seed))) if seed[k].strip()]
    return seeds.clean(seed[n]) + "".join(following[:lines_ - 1])


def fields(plan, t, what):
    """The shape of a target's fields, the new ones of issue 12 included."""
    problems = []
    unknown = set(t) - TARGET_FIELDS
    if unknown:
        problems.append(f"{plan['code']}: {what}: unknown fields {sorted(unknown)}")
    if t.get("tolerance") is not None and (not isinstance(t["tolerance"], (int, float)) or t["tolerance"] < 0):
        problems.append(f"{plan['code']}: {what}: tolerance must be a number >= 0")
    if t.get("toleranceSource") not in (None, "PHRASING_DEFAULT", "PLANNER"):
        problems.append(f"{plan['code']}: {what}: toleranceSource {t['toleranceSource']}")
    if t.get("toleranceSource") is not None and t.get("tolerance") is None:
        problems.append(f"{plan['code']}: {what}: toleranceSource without a tolerance")
    if t.get("value") is None and t["comparator"] not in ("DIRECTION", "FULL_COVERAGE", "SLOWER_RISE") \
            and not t.get("valueToBeSet") and not t.get("referenceIndicatorCode"):
        problems.append(f"{plan['code']}: {what}: no value, and the value is not to be set nor a reference indicator's")
    if t.get("milestoneDate") is not None and (not DATE.match(t["milestoneDate"])
                                               or int(t["milestoneDate"][:4]) != t["targetYear"]):
        problems.append(f"{plan['code']}: {what}: milestoneDate must be a date in the target year")
    end = f"{plan['periodEnd']}-12-31"
    if t.get("milestone") and not (t["targetYear"] < plan["periodEnd"] or (t.get("milestoneDate") or end) < end):
        problems.append(f"{plan['code']}: {what}: a milestone lies before the plan's end")
    baseline = t.get("baseline")
    if baseline is not None:
        unknown = set(baseline) - BASELINE_FIELDS
        if unknown:
            problems.append(f"{plan['code']}: {what}: unknown baseline fields {sorted(unknown)}")
        if baseline.get("source") not in (None, *BASELINE_SOURCES):
            problems.append(f"{plan['code']}: {what}: baseline source {baseline['source']}")
        if baseline.get("year") is None and baseline.get("source") != "TO_BE_SET":
            problems.append(f"{plan['code']}: {what}: a baseline without a year must be TO_BE_SET")
        if baseline.get("sourceRef") is not None and not SOURCE_REF.match(baseline["sourceRef"]):
            problems.append(f"{plan['code']}: {what}: baseline sourceRef {baseline['sourceRef']}")
    return problems


def quote_at(ref, quote):
    """The quote is printed from line FFF:N on (FFF:A-B: from A, the phrase wrapping to B), over page-wrapped lines."""
    m = re.match(r"^(\d{3}):(\d+)(?:-(\d+))?$", ref)
    if not m:
        return False
    seed = seeds.lines(m.group(1))
    a = int(m.group(2))
    b = int(m.group(3)) if m.group(3) else a
    ws = lambda x: re.sub(r"\s+", "", x)
    first = ws(seed[a])
    text = "".join(ws(seed[k]) for k in range(a, min(max(a, b) + 4, len(seed))))
    at = text.find(ws(quote))
    return 0 <= at < len(first)


def check_fixes():
    """Every fix's quote at its seed line, and its target in the files as the fix has it."""
    if not os.path.exists(FIXES):
        return []
    problems = []
    plans = {}
    for fix in json.load(open(FIXES, encoding="utf-8")):
        if fix.get("quote") and not quote_at(fix["source"], fix["quote"]):
            problems.append(f"fix {fix['id']}: '{fix['quote']}' is not printed at {fix['source']}")
        if fix["file"].endswith("indicators.json"):
            continue
        code = os.path.basename(fix["file"])[:-5]
        if code not in plans:
            plans[code] = json.load(open(os.path.join(PLANS, code + ".json"), encoding="utf-8"))
        if fix["path"] == "evaluations":
            if plans[code].get("evaluations") != fix["after"]["evaluations"]:
                problems.append(f"fix {fix['id']}: {code} evaluations not as fixed")
            continue
        m = re.match(r"areas\[(\d+)\]\.(goals|measures)\[(\d+)\]\.targets\[(\d+)\]$", fix["path"])
        targets = plans[code]["areas"][int(m[1])][m[2]][int(m[3])]["targets"]
        if int(m[4]) >= len(targets) or targets[int(m[4])] != fix["after"]:
            problems.append(f"fix {fix['id']}: {code} {fix['path']} is not as fixed (run tools/apply_fixes.py)")
    return problems


def check(path):
    plan = json.load(open(path, encoding="utf-8"))
    problems = []

    def expect(ref, wanted, what, lines_=2):
        if not wanted:
            return
        # a table row's cells are tab-separated in the seed and space-separated in the phrase
        if re.sub(r"\s+", " ", wanted) not in re.sub(r"\s+", " ", text_at(ref, lines_)):
            problems.append(f"{plan['code']}: {what} at {ref}: '{wanted}' not found in '{text_at(ref)[:80]}…'")

    expect(plan["sourceRef"], plan["title"].replace("济南市", "").replace("淄博市", "").replace("临沂市", "")[:8],
           "title")
    for area in plan["areas"]:
        expect(area["sourceRef"], area["name"], f"area {area['sequence']}")
        for goal in area["goals"]:
            expect(goal["sourceRef"], goal["text"], f"goal {area['sequence']}.{goal['sequence']}", lines_=4)
            for t in goal["targets"]:
                what = f"target {t['indicatorCode']} of goal {area['sequence']}.{goal['sequence']}"
                expect(t["sourceRef"], t["sourcePhrase"], what)
                problems.extend(fields(plan, t, what))
        for measure in area["measures"]:
            expect(measure["sourceRef"], measure["text"][:START], f"measure {area['sequence']}.{measure['sequence']}")
            for t in measure["targets"]:
                what = f"target {t['indicatorCode']} of measure {area['sequence']}.{measure['sequence']}"
                expect(t["sourceRef"], t["sourcePhrase"], what)
                problems.extend(fields(plan, t, what))
    for e in plan.get("evaluations") or []:
        if e.get("kind") not in EVALUATION_KINDS or not DATE.match(e.get("dueDate") or "") \
                or not SOURCE_REF.match(e.get("sourceRef") or ""):
            problems.append(f"{plan['code']}: evaluation {e} must have kind MID_TERM/FINAL, a dueDate and a sourceRef")
    return problems


def main():
    files = sorted(glob.glob(os.path.join(PLANS, "*.json")))
    problems = [p for f in files for p in check(f)]
    fix_problems = check_fixes()
    for p in problems + fix_problems:
        print(p)
    print(f"{len(files)} plans checked, {len(problems)} mismatches; "
          f"{len(json.load(open(FIXES, encoding='utf-8'))) if os.path.exists(FIXES) else 0} fixes checked, "
          f"{len(fix_problems)} mismatches")
    problems += fix_problems
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
