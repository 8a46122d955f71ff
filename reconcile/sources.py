"""Copy detection between documents, and the independent origin behind each claim."""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from reconcile.extract.text import Sentence, sentences
from reconcile.extract.vocab import STATE_FORCES, vocab, words_regex
from reconcile.models import Claim, CopyRelation, Document, SharedPassage, Span

SHINGLE_WORDS = 5
MIN_CONTAINMENT = 0.08
"""Share of a document's word 5-grams that must occur in another before it counts as a copy."""
MIN_SHARED_SENTENCES = 2
SENTENCE_SIMILARITY = 85.0
"""rapidfuzz ratio (0-100) at which two sentences are the same sentence, give or take an edit."""
_WORD = re.compile(r"\w+")
_ANONYMOUS = re.compile(r"(?:an?|one|some|two|several|local|many)\b", re.I)
_TITLES = re.compile(r"\b(?:col|colonel|gen|general|lt|maj|capt|dr|mr|ms|mrs|u|daw|sao|brig)\b\.?", re.I)


@dataclass
class _Body:
    doc: Document
    sentences: list[Sentence]
    shingles: set[int]


def _shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(max(0, len(words) - SHINGLE_WORDS + 1))
    }


def _body(doc: Document) -> _Body:
    sents = sentences(doc)
    shingles: set[int] = set()
    for sent in sents:
        shingles |= _shingles(sent.text)
    return _Body(doc, sents, shingles)


def _copy_order(body: _Body) -> tuple[str, int, str]:
    """Of two documents sharing text, the later one copies; on the same day, the shorter one (a copy
    trims its source more often than it adds to it)."""
    doc = body.doc
    return (doc.published.iso if doc.published else "9999", -len(body.shingles), doc.id)


def align_sentences(copy: list[Sentence], source: list[Sentence]) -> list[SharedPassage]:
    """Each sentence of `copy` paired with its closest sentence of `source`, when they are nearly equal."""
    choices = [s.text.lower() for s in source]
    passages = []
    for sent in copy:
        if len(sent.text) < 25:  # short lines ("Photo: KNG") match by chance
            continue
        best = process.extractOne(
            sent.text.lower(), choices, scorer=fuzz.ratio, score_cutoff=SENTENCE_SIMILARITY
        )
        if best and _same_figures(sent.text, source[best[2]].text):
            match = source[best[2]]
            passages.append(
                SharedPassage(
                    doc_span=Span(start=sent.start, end=sent.end),
                    source_span=Span(start=match.start, end=match.end),
                    text=sent.text,
                    similarity=round(best[1], 1),
                )
            )
    return passages


_FIGURE = re.compile(r"\d[\d,.]*")


def _same_figures(a: str, b: str) -> bool:
    """A copied sentence keeps its figures: 'At least 12 were killed in Laiza on 3 May' and '... 40 ...
    on 9 May' are two reports in one template, not one copied. A sentence that spells its number out
    ('twelve') is compared by its words alone."""
    figures_a, figures_b = sorted(_FIGURE.findall(a)), sorted(_FIGURE.findall(b))
    return not figures_a or not figures_b or figures_a == figures_b


def find_copies(documents: list[Document]) -> list[CopyRelation]:
    """Pairs where the later document reuses sentences of the earlier one (5-gram containment, aligned).

    Candidate pairs come from an inverted index of shingles, so documents sharing nothing are never compared.
    """
    bodies = {doc.id: _body(doc) for doc in documents}
    docs_of_shingle: dict[int, list[str]] = defaultdict(list)
    for doc_id in sorted(bodies):
        for shingle in bodies[doc_id].shingles:
            docs_of_shingle[shingle].append(doc_id)
    shared: Counter[tuple[str, str]] = Counter()
    for holders in docs_of_shingle.values():
        for i, a in enumerate(holders):
            for b in holders[i + 1 :]:
                shared[(a, b)] += 1
    relations = []
    for (a, b), count in sorted(shared.items()):
        copy, source = sorted((bodies[a], bodies[b]), key=_copy_order, reverse=True)
        containment = count / max(1, len(copy.shingles))
        if containment < MIN_CONTAINMENT:
            continue
        passages = align_sentences(copy.sentences, source.sentences)
        if len(passages) < MIN_SHARED_SENTENCES:
            continue
        relations.append(
            CopyRelation(
                doc_id=copy.doc.id,
                source_id=source.doc.id,
                doc=copy.doc.file_name,
                source=source.doc.file_name,
                containment=round(containment, 4),
                passages=passages,
            )
        )
    return relations


def root_documents(relations: list[CopyRelation]) -> dict[str, str]:
    """doc id -> the earliest document it (transitively) copies; documents that copy nothing are absent."""
    source_of = {}
    for rel in sorted(relations, key=lambda r: (r.doc_id, -r.containment, r.source_id)):
        source_of.setdefault(rel.doc_id, rel.source_id)
    roots = {}
    for doc_id in source_of:
        seen, root = {doc_id}, source_of[doc_id]
        while root in source_of and source_of[root] not in seen:
            seen.add(root)
            root = source_of[root]
        roots[doc_id] = root
    return roots


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
"""'The ministry' opening a sentence is capitalised for its place, not named: it is the article's own."""
_INITIALS = re.compile(r"(?<=\b[a-z])\.(?=[a-z]\b)")


def speaker_key(speaker: str) -> str:
    """One key per speaker however outlets write it: 'Col. Naw Bu' and 'Col Naw Bu' are one origin."""
    initials_joined = _INITIALS.sub("", speaker.lower())  # 'U.N. sources' -> 'un sources'
    return " ".join(_WORD.findall(_TITLES.sub(" ", initials_joined)))


def party_of(speaker: str) -> str | None:
    """The side a party's speaker speaks for: the first named armed group or state force it mentions
    ('a KIA spokesperson', 'The Congolese army (FARDC)'), else the forces of the country it names ('Congo
    army', "Sudan's army"); None for a bare 'the army'."""
    v = vocab()
    pos = 0
    while (m := v.actor.search(speaker, pos)) is not None:
        actor = v.actor_of_alias.get(" ".join(m.group(0).lower().split()))
        if actor and actor != STATE_FORCES:
            return actor
        pos = m.start() + 1  # 'the State Administration Council': past 'the State', the junta's own name
    by_country = v.raw["state_forces"]["by_country"]
    country = _countries().search(speaker)
    return by_country[country.group(0).lower()] if country else None


@lru_cache(maxsize=1)
def _countries() -> re.Pattern[str]:
    return words_regex(vocab().raw["state_forces"]["by_country"])


def origin_of(claim: Claim, roots: dict[str, str]) -> str:
    """Who stands behind a claim: the quoted speaker, else the outlet's original document (copies map back).

    Anonymous speakers ('a resident') are scoped to their document: two articles' residents are two people.
    """
    root = roots.get(claim.doc_id, claim.doc_id)
    if not claim.attributed_to:
        return "doc:" + root
    party = party_of(claim.attributed_to) if claim.speaker_is_party else None
    if party:
        return "speaker:" + party  # 'Congo army' and 'The Congolese army (FARDC)' speak for one side
    key = speaker_key(claim.attributed_to)
    named = [w for w in claim.attributed_to.split() if w.lower() not in _DETERMINERS]
    if _ANONYMOUS.match(claim.attributed_to) or not any(w[:1].isupper() for w in named):
        return f"speaker:{key}@{root}"  # 'a resident' in two articles is two people
    return "speaker:" + key


def restated(claims: list[Claim], origin_of: dict[str, str]) -> dict[str, str]:
    """Origins of one fact's versions, with an article's restatements folded into its source.

    An unattributed version (a headline) that says what the one source the same article quotes for
    the fact says is that source's; an anonymous speaker ('aid group') is the named one whose name
    contains it ('the aid group Emergency Response Rooms'). An outlet repeating its source is not a
    second origin."""
    out = dict(origin_of)
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_doc[claim.doc_id].append(claim)
    for versions in by_doc.values():
        named = {origin_of[c.id] for c in versions if origin_of[c.id].startswith("speaker:")}
        for claim in versions:
            origin = origin_of[claim.id]
            anonymous = origin.startswith("speaker:") and "@" in origin
            words = set(origin.removeprefix("speaker:").split("@")[0].split()) - _DETERMINERS
            fuller = [
                n for n in named if n != origin and "@" not in n and words <= set(n.split(":", 1)[1].split())
            ]
            if anonymous and len(fuller) == 1:
                out[claim.id] = fuller[0]
        quoted = [c for c in versions if out[c.id].startswith("speaker:")]
        if len({out[c.id] for c in quoted}) == 1:
            for claim in versions:
                if out[claim.id].startswith("doc:") and any(_same_value(claim, q) for q in quoted):
                    out[claim.id] = out[quoted[0].id]
    return out


def _same_value(a: Claim, b: Claim) -> bool:
    """Versions that say the same: no figures, or figures with a bound in common ('9 dead' in the
    headline, 'at least nine soldiers, the group said' below it); an outlet's own different figure is
    its own, and so is its own account of a cause (whose means may differ from the source's)."""
    if a.kind == "cause":
        return False
    qa, qb = a.quantity, b.quantity
    if (qa.low, qa.high) == (qb.low, qb.high):
        return True
    return (qa.low is not None and qa.low == qb.low) or (qa.high is not None and qa.high == qb.high)


def copy_links(relations: list[CopyRelation], claims_by_doc: dict[str, list[Claim]]) -> list[tuple[str, str]]:
    """Claim pairs that are one statement copied: same kind, same position among that kind's claims
    in a copied sentence and its source sentence."""
    ordered: dict[str, tuple[list[int], list[Claim]]] = {}

    def in_span(doc_id: str, span: Span) -> dict[str, list[Claim]]:
        if doc_id not in ordered:  # sorted once per document, then each passage is a bisection
            claims = sorted(claims_by_doc.get(doc_id, []), key=lambda c: (c.span.start, c.span.end))
            ordered[doc_id] = ([c.span.start for c in claims], claims)
        starts, claims = ordered[doc_id]
        by_kind: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims[bisect_left(starts, span.start) : bisect_left(starts, span.end)]:
            if claim.span.end <= span.end:
                by_kind[claim.kind].append(claim)
        return by_kind

    links = []
    for rel in relations:
        for passage in rel.passages:
            mine = in_span(rel.doc_id, passage.doc_span)
            theirs = in_span(rel.source_id, passage.source_span)
            for kind, copied in mine.items():
                for a, b in zip(copied, theirs.get(kind, []), strict=False):
                    links.append((a.id, b.id))
    return links
