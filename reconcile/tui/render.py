"""Article text and claims as Rich Text: never parsed as markup, control characters shown, not sent."""

from __future__ import annotations

import unicodedata

from rich.text import Text

from reconcile.models import Claim


def printable(text: str) -> str:
    """Control characters (ESC, BEL, ...) written out as \\x1b etc.: a document cannot drive the terminal."""
    return "".join(
        f"\\x{ord(ch):02x}" if unicodedata.category(ch) == "Cc" and ch not in "\n\t" else ch for ch in text
    )


def plain(text: str, style: str = "") -> Text:
    """Text shown exactly as written: brackets and markup stay literal."""
    return Text(printable(text), style=style)


def highlighted(text: str, spans: list[tuple[int, int]], current: int | None = None) -> Text:
    """`text` with each (start, end) span highlighted; span number `current` stands out."""
    out, pos = Text(), 0
    for n, (start, end) in enumerate(sorted(spans)):
        if start < pos:
            continue
        out.append(printable(text[pos:start]))
        out.append(
            printable(text[start:end]), style="reverse bold" if n == current else "bold yellow underline"
        )
        pos = end
    out.append(printable(text[pos:]))
    return out


def claim_in_sentence(sentence: str, sentence_start: int, claim: Claim) -> Text:
    start, end = claim.span.start - sentence_start, claim.span.end - sentence_start
    return highlighted(sentence, [(max(0, start), max(0, end))], current=0)
