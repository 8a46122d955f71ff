"""Folding names for comparison, shared by extraction (people named in a story) and normalisation (keys)."""

from __future__ import annotations

import re
import unicodedata


def fold(name: str) -> str:
    """Lower case, Latin accents removed (other scripts kept intact), punctuation to spaces."""
    out = []
    for ch in unicodedata.normalize("NFC", name):
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0]
        out.append(base if base.isascii() and len(decomposed) > 1 else ch)
    text = "".join(out).lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"'s\b", "", text)
    kept = (ch if ch.isalnum() or unicodedata.category(ch).startswith("M") else " " for ch in text)
    return " ".join("".join(kept).split())
