"""Numbers in pipe tables ('| Walikale | 18 | 35 |' under '| Area | Killed | Injured |'), with the row
label and column header that say what each number counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.MULTILINE)
_RULE_ROW = re.compile(r"^[\s|:-]+$")
_NUMBER = re.compile(
    r"^\s*((?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s*(?P<scale>thousand|million|billion))?)\s*$",
    re.IGNORECASE,
)
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


@dataclass(frozen=True)
class TableCell:
    """One number of a table: where it is, its row (start, end) and what its row and column name."""

    start: int
    end: int
    value: int
    row: tuple[int, int]
    label: str
    header: str


def table_cells(text: str) -> list[TableCell]:
    """Every whole-number cell of every pipe table whose second row is a header rule ('|---|---|')."""
    out: list[TableCell] = []
    rows = list(_ROW.finditer(text))
    i = 0
    while i < len(rows):
        block = [rows[i]]
        while i + 1 < len(rows) and rows[i + 1].start() == block[-1].end() + 1:
            i += 1
            block.append(rows[i])
        i += 1
        if len(block) >= 3 and _RULE_ROW.match(block[1].group("cells")):
            out += _block_cells(block)
    return out


def _cells(row: re.Match[str]) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a row."""
    start = row.start("cells")
    out, pos = [], start
    for piece in row.group("cells").split("|"):
        out.append((pos, piece))
        pos += len(piece) + 1
    return out


def _block_cells(block: list[re.Match[str]]) -> list[TableCell]:
    headers = [piece.strip() for _, piece in _cells(block[0])]
    out = []
    for row in block[2:]:
        cells = _cells(row)
        label = cells[0][1].strip() if cells else ""
        for column, (offset, piece) in enumerate(cells[1:], start=1):
            number = _NUMBER.match(piece)
            if number is None or column >= len(headers):
                continue
            start = offset + number.start(1)
            out.append(
                TableCell(
                    start=start,
                    end=offset + number.end(1),
                    value=_value(number),
                    row=(row.start(), row.end()),
                    label=label,
                    header=headers[column],
                )
            )
    return out


def _value(number: re.Match[str]) -> int:
    """'30.4 million' is 30,400,000; '1,280' is 1280."""
    scale = _SCALES[number.group("scale").lower()] if number.group("scale") else 1
    return round(float(number.group("digits").replace(",", "")) * scale)


@dataclass(frozen=True)
class ListedFigure:
    """One figure of a bulletin's list ('- personnel ‒ about 1,000,340 (+1,140) persons'): the figure with
    its hedge, its line, and the label that says what it counts."""

    start: int
    end: int
    row: tuple[int, int]
    label: str


_LISTED = re.compile(
    r"^[ \t]*[-*•][ \t]+(?P<label>[A-Za-z][^\n‒–—:]{0,60}?)(?:[ \t]*[‒–—:][ \t]*|[ \t]+-[ \t]+)"
    r"(?P<figure>(?:(?:about|approximately|around|some|over|more\s+than|up\s+to)[ \t]+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+))"
    r"(?:[ \t]*\(\s*[+-]?\s*[\d,]+\s*\))?(?:[ \t]+[a-z]+)?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
"""A list line of a label, a dash or colon and one figure, with the day's change in brackets and a unit
after it, if any ('- tanks ‒ 10,940 (+7)', '- personnel ‒ about 1,000,340 (+1,140) persons')."""
_LIST_MIN_ROWS = 3
"""Lines in a row a list needs to be read as figures: one '- Founded: 1961' is no bulletin."""


def listed_figures(text: str) -> list[ListedFigure]:
    """Every figure of every run of at least three label-and-figure list lines."""
    out: list[ListedFigure] = []
    run: list[re.Match[str]] = []
    for m in [*_LISTED.finditer(text), None]:
        if m is not None and run and text.count("\n", run[-1].end(), m.start()) <= 1:
            run.append(m)
            continue
        if len(run) >= _LIST_MIN_ROWS:
            out += [
                ListedFigure(r.start("figure"), r.end("figure"), (r.start(), r.end()), r["label"])
                for r in run
            ]
        run = [m] if m is not None else []
    return out
