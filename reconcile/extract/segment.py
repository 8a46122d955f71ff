"""Sentence boundaries with exact offsets, by one regular-expression pass over a paragraph.

syntok tokenises every word to find boundaries, which was half of extraction time; news prose needs
only a full stop, question or exclamation mark followed by space and a capital, a digit or an opening
quote, that does not end an abbreviation ("Col.", "U.S.", "No.") or an initial ("J. Smith"); or a full stop
that a scraped page glued to the next sentence ("began Aug. 6.Zelensky said").
"""

from __future__ import annotations

import re

from reconcile.extract.vocab import vocab

_BOUNDARY = re.compile(
    r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])"
    r"|\.(?=[A-Z][a-z]{2,})(?:(?<=[a-z][a-z]\.)|(?<=\d\.))"  # 'in need.Russia': a scrape lost the space
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_ZONE_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+time\b|(?:GMT|UTC|EST|EDT|PST|CET|CEST|BST|IST)\b)")
"""A time zone after a clock time ('6:50 p.m. Kyiv time', '9:30 a.m. GMT'): the sentence goes on."""
_NEXT_WORD = re.compile(r"\s+[\"“‘'(\[]?([A-Za-z]+)\b")
_NEVER_LAST = frozenset(
    {"a", "an", "the", "of", "into", "onto", "to", "in", "on", "at", "from", "with", "by", "for", "and", "or"}
)
"""Words no sentence ends on: an ellipsis after one ('terrorists sneaked into... Palma') marks words left
out of a quotation, inside one sentence."""


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == "." and _abbreviated(text, m.start(), m.end()):
            continue
        if m.group(0).startswith("..") and _word_before(text, m.start()) in _NEVER_LAST:
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _word_before(text: str, at: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, at - 20), at)
    return m.group(1).lower() if m else ""


def _abbreviated(text: str, dot: int, after: int) -> bool:
    """The full stop at `dot` ends an abbreviation, an initial or a dotted acronym (unless the next word
    opens a sentence: 'according to the U.N. A Kenyan-led force ...')."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if m is None:
        return False
    word = m.group(1)
    if "." in word:  # "U.S", "e.g": dotted acronyms; a time ("3 a.m.") ends a sentence before a capital
        following = _NEXT_WORD.match(text, after)
        opens = following is not None and following.group(1).lower() in vocab().words("sentence_openers")
        clock = word.lower() in {"a.m", "p.m"} and not _ZONE_AFTER.match(text, after)  # '6:50 p.m. Kyiv time'
        return not opens and not clock
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    abbreviation = word.lower() in vocab().words("abbreviations")  # data/vocab.json
    return abbreviation and (word[0].isupper() or word in {"vs", "approx", "al", "cf"})
