#!/usr/bin/env python3
"""Checks every sourceRef of reference/plans/*.json against the seed documents.

For a target the seed line (or that line joined with the next, for a phrase wrapped by a page break) must contain
the sourcePhrase; for a goal its whole text (a goal may run over page-wrapped lines); for a measure the start of its
text; for an area its name; for a plan its title.
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


def text_at(ref, lines_=2):
    """The cited line joined with the next non-blank lines (a page break splits a paragraph into two lines)."""
    prefix, number = ref.split(":")
    seed = seeds.lines(prefix)
    n = int(number)
    following = [seeds.clean(seed[k]) for k in range(n + 1, min(n + 12, len(seed))) if seed[k].strip()]
    return seeds.clean(seed[n]) + "".join(following[:lines_ - 1])


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
                expect(t["sourceRef"], t["sourcePhrase"], f"target {t['indicatorCode']} of goal "
                                                          f"{area['sequence']}.{goal['sequence']}")
        for measure in area["measures"]:
            expect(measure["sourceRef"], measure["text"][:START], f"measure {area['sequence']}.{measure['sequence']}")
            for t in measure["targets"]:
                expect(t["sourceRef"], t["sourcePhrase"], f"target {t['indicatorCode']} of measure "
                                                          f"{area['sequence']}.{measure['sequence']}")
    return problems


def main():
    files = sorted(glob.glob(os.path.join(PLANS, "*.json")))
    problems = [p for f in files for p in check(f)]
    for p in problems:
        print(p)
    print(f"{len(files)} plans checked, {len(problems)} mismatches")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
