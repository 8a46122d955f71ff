"""Find page furniture (teasers, sponsor lines, captions, bylines, widget labels) by line shape."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from reconcile.models import BoilerplateRegion

_NUMERIC_LINE = re.compile(r"^[+-]?\d[\d,.]*%?$")
_SENTENCE_END = re.compile(r"[.!?…\"”’:;)]$")
_WIDGET_MAX_CHARS = 80
_WIDGET_MAX_WORDS = 12
_WIDGET_MIN_RUN = 3
_TAIL_MIN_FRACTION = 0.4
_CAPTION_MAX_CHARS = 220
_CREDITED_CAPTION_MAX_CHARS = 500
_CREDIT_LAST = re.compile(
    r"(?i)(?:\b(?:picture|photo(?:graph)?|image)s?(?:\s+credit)?\s*:\s*[^:\n]{1,80}"
    r"|\((?:photo|picture|image)\s+credit:[^)\n]{1,80}\)"
    r"|\((?:[A-Z]{2,8}\s+)?(?:photo|picture|image)\s*/\s*[^)\n]{1,80}\)(?:\s+[A-Z][A-Z .&-]{1,40})?"
    r"|(?<=[.)])\s+/\s*(?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
    r"|\[(?:file(?:\s+photo)?:\s*)?(?-i:[A-Z][\w.&’'-]*)(?:\s+(?:(?-i:[A-Z][\w.&’'-]*)|handout|photo|via))*"
    r"(?:/(?-i:[A-Z][\w.&’'-]*)(?:\s+(?-i:[A-Z][\w.&’'-]*))*)?\])\s*$"
)
"""A photo credit closing a line ('Picture: Hassan Ali Elmi/ AFP', '(Photo credit: MAHMUD HAMS / AFP)', '(AP
Photo/Brian Inganga) ASSOCIATED PRESS', '... after on March 29.  / AP', '... the city of Kunduz [MSF
handout]', '[File: Reuters]', '[Omar Haj Kadour/AFP]'): the line is the photo's caption, whatever it says."""
_SOURCE_LAST = re.compile(r"[.)\]]\s+Source:\s*[^:.\n]{1,60}\s*$")
_IMAGERY = re.compile(r"\b(?:imagery|image|photo|photograph|footage|video|map)s?\b")
"""'Planet satellite imagery from 14 April showing burn marks in Zamzam camp. Source: Planet': a picture's
description, credited to its source."""
_PICTURED = re.compile(
    r"(?i)\bin this (?:\w+ ){0,2}(?:picture|photo(?:graph)?|image|still|screen ?grab|frame grab)\b(?: \w+)?"
    r" (?:taken|obtained|released|provided|made|shot|dated|grabbed)\b"
    r"|\bthis image has been supplied by a third party\b|\bmandatory credit\b"
)
"""A news agency's caption wording ('... in this picture taken between March 24 and March 27, 2021 and
obtained by Reuters', 'MANDATORY CREDIT'): the line describes a photograph, however long it runs."""
_BIO_MAX_CHARS = 300


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass(frozen=True)
class FurnitureRules:
    """Compiled vocabulary from `data/furniture.json`."""

    tail_headings: re.Pattern[str]
    line_phrases: re.Pattern[str]
    bylines: re.Pattern[str]
    caption_starts: tuple[str, ...]
    caption_markers: tuple[str, ...]


@cache
def load_rules() -> FurnitureRules:
    raw = json.loads(resources.files("reconcile.data").joinpath("furniture.json").read_text("utf-8"))
    return FurnitureRules(
        tail_headings=_any_of(raw["tail_headings"], re.IGNORECASE),
        line_phrases=_any_of(raw["line_phrases"], re.IGNORECASE),
        bylines=_any_of(raw["byline_patterns"]),
        caption_starts=tuple(raw["caption_starts"]),
        caption_markers=tuple(raw["caption_markers"]),
    )


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(_Line(pos, pos + len(body), body))
        pos += len(raw)
    return out


def _any_of(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    """One alternation for a list of line patterns: a line is tried once, not once per pattern."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def _is_caption(line: str, rules: FurnitureRules) -> bool:
    low = line.lower()
    if len(line) > _CAPTION_MAX_CHARS:  # a long line is a caption only if a photo credit closes it
        credited = _CREDIT_LAST.search(line) is not None or _PICTURED.search(line) is not None
        return len(line) <= _CREDITED_CAPTION_MAX_CHARS and credited
    if line.startswith("![") or low.startswith("<img"):
        return True
    starts = any(low.startswith(s + " ") or low.startswith(s + ":") for s in rules.caption_starts)
    marked = any(m in low for m in rules.caption_markers)
    credited = _CREDIT_LAST.search(line) is not None  # '... in Mogadishu. Picture: Hassan Ali Elmi/ AFP'
    credited = credited or _PICTURED.search(line) is not None
    credited = credited or (_SOURCE_LAST.search(line) is not None and _IMAGERY.search(low) is not None)
    return (starts and marked) or (marked and len(line.split()) <= 12 and "source:" in low) or credited


def _is_label(line: str) -> bool:
    """A short line without sentence punctuation: a UI label, legend entry, axis tick or heading."""
    s = line.strip()
    return (
        bool(s)
        and len(s) <= _WIDGET_MAX_CHARS
        and len(s.split()) <= _WIDGET_MAX_WORDS
        and not _SENTENCE_END.search(s)
        and not s.startswith(("- ", "* ", "• "))
        and not (s.startswith("|") and s.endswith("|"))  # a table row is data (extract/tables.py)
    )


def _widget_regions(lines: list[_Line]) -> tuple[list[BoilerplateRegion], set[int]]:
    """Runs of consecutive label lines, and the indexes of label/value pairs kept as data (stat rows)."""
    regions: list[BoilerplateRegion] = []
    stat_rows: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_label(lines[j].text):
            j += 1
        if j - i >= _WIDGET_MIN_RUN and not _introduced(lines, i):
            run = lines[i:j]
            keep: set[int] = set()
            for k in range(1, len(run)):
                value = run[k].stripped
                label = run[k - 1].stripped
                after_is_number = k + 1 < len(run) and _NUMERIC_LINE.match(run[k + 1].stripped)
                if _NUMERIC_LINE.match(value) and not _NUMERIC_LINE.match(label) and not after_is_number:
                    keep.update({k - 1, k})
            regions.extend(
                BoilerplateRegion(start=line.start, end=line.end, reason="widget label")
                for k, line in enumerate(run)
                if k not in keep
            )
            stat_rows.update(i + k for k in keep)
        i = max(j, i + 1)
    return regions, stat_rows


def _introduced(lines: list[_Line], first: int) -> bool:
    """Whether the run of short lines starting at `first` is a list the text introduces ('During the
    operation our forces:' over '1. Killed more than 200 mercenaries'): content, not a widget."""
    before = next((line.stripped for line in reversed(lines[:first]) if line.stripped), "")
    return before.endswith(":") and len(before.split()) > 2


def _author_regions(lines: list[_Line], author: str | None, text_len: int) -> list[BoilerplateRegion]:
    """Author name lines, and a short bio after them when they sit after the article body."""
    if not author:
        return []
    name = author.strip().lower()
    regions: list[BoilerplateRegion] = []
    for idx, line in enumerate(lines):
        if line.stripped.lower() not in (name, f"by {name}"):
            continue
        regions.append(BoilerplateRegion(start=line.start, end=line.end, reason="byline"))
        nxt = lines[idx + 1] if idx + 1 < len(lines) else None
        late = line.start > text_len * 0.5
        if (
            late
            and nxt
            and nxt.stripped
            and nxt.stripped.lower() != name
            and len(nxt.stripped) <= _BIO_MAX_CHARS
        ):
            regions.append(BoilerplateRegion(start=nxt.start, end=nxt.end, reason="author bio"))
    return regions


_WIDGET_HEADING = re.compile(
    r"(?i)\b(?:related|recommended|read|trending|popular|latest|top\s+stories|you\s+(?:may|might))\b"
)
"""Tail headings a page's link widgets carry, which scrapers leave inside a story; a 'References' or
'Notes' heading always closes it."""
_PROSE_MIN_CHARS = 200
_SENTENCE_INSIDE = re.compile(r"[.!?][”\"]?\s+[A-Z“\"]")


def _story_goes_on(after: list[_Line]) -> bool:
    """The first line after a 'Related Posts' heading is a paragraph of prose (several sentences, long,
    ending as a sentence ends), not a list of linked titles: the heading was a widget inside the story."""
    first = next((line.stripped for line in after if line.stripped), "")
    return (
        len(first) >= _PROSE_MIN_CHARS
        and first.endswith((".", "!", "?", "”", '"'))
        and _SENTENCE_INSIDE.search(first) is not None
    )


def find_furniture(text: str, title: str | None = None, author: str | None = None) -> list[BoilerplateRegion]:
    """Regions of `text` that are page furniture; the text itself is never changed."""
    rules = load_rules()
    lines = _lines(text)
    regions, stat_rows = _widget_regions(lines)
    seen: set[str] = set()
    for idx, line in enumerate(lines):
        s = line.stripped
        if not s or idx in stat_rows:
            continue
        heading = s.lstrip("#").strip().strip("*_").strip()  # '### References', '**Related**'
        if line.start >= len(text) * _TAIL_MIN_FRACTION and rules.tail_headings.fullmatch(heading):
            if _WIDGET_HEADING.search(heading) and _story_goes_on(lines[idx + 1 :]):  # a widget inside it
                regions.append(BoilerplateRegion(start=line.start, end=line.end, reason="furniture phrase"))
                continue
            regions.append(BoilerplateRegion(start=line.start, end=len(text), reason=f"after '{s}'"))
            break
        if rules.line_phrases.fullmatch(s):
            regions.append(BoilerplateRegion(start=line.start, end=line.end, reason="furniture phrase"))
        elif _is_caption(s, rules):
            regions.append(BoilerplateRegion(start=line.start, end=line.end, reason="caption"))
        elif rules.bylines.fullmatch(s):
            regions.append(BoilerplateRegion(start=line.start, end=line.end, reason="byline"))
        elif s in seen and len(s) < 300:
            regions.append(BoilerplateRegion(start=line.start, end=line.end, reason="repeated line"))
        seen.add(s)
    regions += _author_regions(lines, author, len(text))
    return merge_regions(regions, exclude_title=title, text=text)


def merge_regions(
    regions: list[BoilerplateRegion], exclude_title: str | None = None, text: str = ""
) -> list[BoilerplateRegion]:
    """Sort and merge regions that overlap or touch across whitespace; the title is never furniture."""
    title_span: tuple[int, int] | None = None
    if exclude_title:
        at = text.find(exclude_title.strip())
        if at >= 0:
            title_span = (at, at + len(exclude_title.strip()))
    kept = [
        r
        for r in sorted(regions, key=lambda r: (r.start, -r.end))
        if not (title_span and r.start <= title_span[0] and r.end >= title_span[1] and r.end - r.start < 300)
    ]
    merged: list[BoilerplateRegion] = []
    for r in kept:
        if merged and (r.start <= merged[-1].end or not text[merged[-1].end : r.start].strip()):
            last = merged[-1]
            if r.end > last.end:
                merged[-1] = BoilerplateRegion(start=last.start, end=r.end, reason=last.reason)
            continue
        merged.append(r)
    return merged
