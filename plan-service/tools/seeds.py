"""Reading the seed documents: lines by FFF:LINE reference, and the numbered 策略措施 of an area."""
import glob
import os
import re

SHARED = os.environ.get("GUIHUA_SHARED", "/work/shared")

_cache = {}

# A numbered item: （1） or (1), possibly behind a Word bookmark.
ITEM = re.compile(r"^(?:\[bookmark: [^\]]*\])?\s*[（(]\s*(\d+)\s*[）)]\s*")
BOOKMARK = re.compile(r"^\[bookmark: [^\]]*\]")
# conversion artefacts in the seeds, not text of the documents: HTML list tags and Markdown bold
ARTEFACTS = re.compile(r"<[^>]+>|\*\*")


def lines(prefix):
    """The seed file FFF as a list indexed from 1 (index 0 is empty)."""
    if prefix not in _cache:
        (path,) = glob.glob(os.path.join(SHARED, "seeds", prefix + "_*.txt"))
        with open(path, encoding="utf-8") as f:
            _cache[prefix] = [""] + f.read().split("\n")
    return _cache[prefix]


def clean(text):
    return ARTEFACTS.sub("", BOOKMARK.sub("", text)).strip()


def measures(prefix, start, end):
    """The numbered items of the 策略措施 section between lines start and end (exclusive).

    Each is (sequence, first line, last line, text of the item joined across page-wrapped lines).
    The section begins at the first line after start that reads '2. 策略措施' (with or without space or '。').
    """
    seed = lines(prefix)
    head = next((n for n in range(start, end) if re.match(r"^(?:\[bookmark: [^\]]*\])?\s*2[.．、]\s*策略措施", seed[n])), None)
    if head is None:
        return []
    items = []
    for n in range(head + 1, end):
        text = clean(seed[n])
        if not text:
            continue
        m = ITEM.match(seed[n])
        if m:
            items.append([int(m.group(1)), n, n, clean(ITEM.sub("", seed[n], count=1))])
        elif items:
            # a paragraph split by a page break continues the previous item
            items[-1][2] = n
            items[-1][3] += text
    return [tuple(i) for i in items]


def first_sentence(text):
    """The heading sentence of a measure ('完善儿童健康服务体系。'); the whole text when it has no full stop."""
    end = text.find("。")
    return text if end < 0 else text[: end + 1]
