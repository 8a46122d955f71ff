"""What a headline tells: its hedges, places and actor come from the story below it."""

from __future__ import annotations

import re
from collections import Counter

from reconcile.extract.rules import title_case
from reconcile.extract.vocab import vocab
from reconcile.models import Claim, ClaimKind, Document, Quantity

STORY_HEDGE = ":hedge-from-story"
"""Rule suffix of a headline count that takes the hedge its story gives the same figure."""


def headline_hedges(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Headlines drop hedges: 'Strike kills 20' over 'killed at least 20 people' is the story's 'at least
    20', so it takes the interval the story gives the same figure."""
    title_end = doc.title_end
    hedged = {
        (c.kind, c.quantity.low, c.quantity.high, c.quantity.hedge): c.quantity
        for c in claims
        if c.span.start > title_end and c.quantity.hedge and c.quantity.number_text
    }
    out = []
    for claim in claims:
        q = claim.quantity
        if claim.span.end <= title_end and q.hedge is None and q.low is not None and q.low == q.high:
            told = [v for (kind, *_), v in hedged.items() if kind == claim.kind and _value_of(v) == q.low]
            if len(told) == 1:
                quantity = told[0].model_copy(update={"number_text": q.number_text})
                claim = claim.model_copy(update={"quantity": quantity, "rule": claim.rule + STORY_HEDGE})
        out.append(claim)
    return out


def _value_of(quantity: Quantity) -> int | None:
    """The figure a hedged count was told with ('at least 20' -> 20)."""
    digits = (quantity.number_text or "").replace(",", "")
    return int(digits) if digits.isdigit() else None


_COMPASS_WORD = re.compile(
    r"(?:North|South|East|West|Central|Upper|Lower)(?:ern|-?(?:[Ee]ast|[Ww]est)(?:ern)?)?"
)
"""A headline's capitalised compass word ('Northeastern Nigeria'), which the story writes in lower case."""


_WHERE_IN_IT = re.compile(r"\s(?:in|at|near)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})$")
"""The town a title-case headline's target lies in ('Key Military Base in Lashio')."""


def named_in_the_body(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A title-case headline capitalises every word: 'Retaken Strategic Town', 'Night of Terror' name no
    place unless the story names it too (in capitals); the claim stays, as one told without a place."""
    title_end = doc.title_end
    if title_end < 0 or not title_case(doc.text[:title_end]):
        return claims
    body = doc.text[title_end:]

    def named(place: str) -> bool:
        words = [w for w in place.split() if not _COMPASS_WORD.fullmatch(w)]
        return any(re.search(rf"\b{re.escape(word)}\b", body) for word in words[:1] or place.split())

    out = []
    for c in claims:
        where = _WHERE_IN_IT.search(c.text)
        if c.span.end > title_end or c.place is None or named(c.place):
            out.append(c)
        elif where and named(where.group(1)):  # 'Rebels Capture Key Military Base in Lashio': in Lashio
            out.append(c.model_copy(update={"rule": f"event:{c.kind.value}", "place": where.group(1)}))
        elif c.rule.startswith("target:"):
            out.append(c.model_copy(update={"rule": f"event:{c.kind.value}", "place": None, "subject": None}))
        else:  # 'Night of Terror: Unveiling the Pont-Sonde Massacre': no place called Terror
            out.append(c.model_copy(update={"place": None}))
    return out


def headline_actor(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A title that names no actor ('Kachin offensive (2024–present)') tells of the article's main
    actor: the one its attacks and captures name most; between actors named as often, the one of the
    story's first attack or capture, if that names one (else the story has no main actor to lend)."""
    title_end = doc.title_end
    acts = [c for c in claims if c.kind in (ClaimKind.ATTACK, ClaimKind.CAPTURE) and c.span.start > title_end]
    doers = Counter(c.actor for c in acts if c.actor)
    ranked = doers.most_common()
    if title_end < 0 or not ranked:
        return claims
    tied = [actor for actor, count in ranked if count == ranked[0][1]]
    main = tied[0] if len(tied) == 1 else acts[0].actor if acts[0].actor in tied else None
    if main is None:
        return claims
    return [
        c.model_copy(update={"actor": main})
        if c.actor is None
        and c.span.end <= title_end
        and c.kind in (ClaimKind.ATTACK, ClaimKind.EVENT_DATE)
        and not vocab().told_as_clashes(c.text)  # clashes are both sides', not the story's main actor's
        else c
        for c in claims
    ]
