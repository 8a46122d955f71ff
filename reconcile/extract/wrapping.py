"""Line breaks that only wrap a paragraph ('killing over 280' / 'civilians'), found so they read as spaces.

Plain-text exports, e-mailed releases and copied PDFs break lines at a fixed width. Read line by line, a
sentence cut there loses its count's noun ('were 74' / 'houses') or its speaker ('the locals said to' /
'Than Lwin Times'). A break wraps when the next line opens in lower case, or when the document is
hard-wrapped and the next line's first word would not have fitted on the line before, which is how a
fixed-width wrap decides.
"""

from __future__ import annotations

import itertools
import re

from reconcile.models import BoilerplateRegion

MAX_WRAP_WIDTH = 120
"""Lines longer than this are a paragraph each (a web page's text), never a fixed-width wrap."""
MIN_WRAPPED_LINES = 3
"""Open-ended lines near the width a document needs before it is read as hard-wrapped: a headline or a
byline alone is one such line."""
_OPEN_END = re.compile(r"[\w,;’')\-–—]$")
"""A line ending mid-sentence: a word, a comma or a dash, not a full stop, a colon or a closing quote."""
_FIRST_WORD = re.compile(r"\S+")
_LIST_ITEM = re.compile(r"(?:[-*•·▪]|\d{1,2}[.)])\s")


def wrap_breaks(text: str, furniture: list[BoilerplateRegion]) -> list[int]:
    """Offsets of the line-break characters ('\\n', or '\\r' and '\\n') that wrap a paragraph."""
    if "\n" not in text:
        return []
    lines = line_spans(text)
    width = max((end - start for start, end, _ in lines), default=0)
    hard_wrapped = width <= MAX_WRAP_WIDTH and (
        sum(
            1 for start, end, _ in lines if end - start >= 0.75 * width and _OPEN_END.search(text, start, end)
        )
        >= MIN_WRAPPED_LINES
    )
    breaks: list[int] = []
    for (a_start, a_end, a_break), (b_start, b_end, _) in itertools.pairwise(lines):
        following = text[b_start:b_end]
        if (
            not following.strip()
            or not text[a_start:a_end].strip()
            or _in_furniture(a_start, b_end, furniture)
        ):
            continue
        if _LIST_ITEM.match(following):
            continue
        if following[0].islower() and not text[a_start:a_end].endswith(":"):
            breaks.extend(range(a_end, a_break))
        elif hard_wrapped and _OPEN_END.search(text, a_start, a_end):
            word = _FIRST_WORD.match(following)
            if word and (a_end - a_start) + 1 + len(word.group(0)) > width:
                breaks.extend(range(a_end, a_break))
    return breaks


def line_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, break end) of every line; the text between end and break end is its line break."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append((pos, pos + len(body), pos + len(raw)))
        pos += len(raw)
    return out


def _in_furniture(start: int, end: int, furniture: list[BoilerplateRegion]) -> bool:
    return any(r.start < end and start < r.end for r in furniture)
