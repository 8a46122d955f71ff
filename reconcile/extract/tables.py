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
