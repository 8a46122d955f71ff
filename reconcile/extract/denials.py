"""Denials: what a speaker denies ('denied killing 12 civilians'), 'no such stockpile', and a claim the next
sentence rejects ('Kyiv rejected the claim'); each is a version of a claim, marked denied."""

from __future__ import annotations

import re
from functools import cache

from reconcile.extract.rules import Draft
from reconcile.extract.text import Sentence, speaker_is_party
from reconcile.extract.vocab import denial_verbs, vocab
from reconcile.ids import derived_id
from reconcile.models import DENIAL_RULE, Claim, ClaimKind, Document, Span


@cache
def denial() -> re.Pattern[str]:
    """A denial that governs what follows it: 'denied killing', 'rejected claims that', 'denied that',
    'rejecting the Hamas-run health ministry's claim that', 'reject the accusations made by the Port Sudan
    authorities that'."""
    return re.compile(
        rf"(?i)\b(?:{denial_verbs()})\s+(?:\w+ing\b|that\b|(?:the\s+|any\s+)?(?:[\w’'-]+\s+){{0,4}}"
        r"(?:claims?|reports?|allegations?|accusations?|suggestions?|tolls?|figures?)\s+"
        r"(?:(?:made|levelled|leveled|issued|spread)\s+by\s+[^,.;]{1,80}?\s+)?"
        r"(?:that|of|about|regarding|concerning)\b)"
    )


_RETRACTED = re.compile(
    r"(?i)\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|put|described|quoted)\b"
)
"""A correction: what the outlet itself withdraws is a version denied, like a speaker's denial."""
_CLAIM_WORDS = (
    r"\b(?:claims?|allegations?|assertions?|reports?|rumou?rs?|statements?|news|stories|posts)\s+"
    r"(?:[^,.;:]{1,60}\s+)?"
    r"(?:that|about)\s"
)
"""'claims that', 'reports on some social media that', 'claims by the Kyiv regime about', 'The news making
the rounds alleging that': what a teller may go on to call false."""
_CLAIM_THAT = re.compile(rf"(?i){_CLAIM_WORDS}+[^,.;:]{{0,60}}$")
_CLAIM_THAT_OPENS = re.compile(rf"(?i){_CLAIM_WORDS}")
_CALLED_FALSE = re.compile(
    r"(?i)[^,.;:]{0,160}?\b(?:is|are|was|were)\s+(?:not\s+(?:true|correct|accurate)|"
    r"(?:(?:a|an|all|simply|completely|totally)\s+)?(?:\w+\s+)?"
    r"(?:lies?|false|baseless|fabricat\w+|untrue|unfounded|groundless|propaganda|incorrect|inaccurate|"
    r"provocations?|fake|disinformation))\b"
)
"""A claim's clause that its teller then calls false ('... that 100 were killed are a blatant lie',
'statements ... about a rocket attack carried out by Russia ... are a provocation')."""


def _called_false(text: str, sentence: Sentence, told_from: int, told_to: int) -> bool:
    """Whether what lies between a 'claims that' or 'reports that' and the verb calling it false is the
    claim ('reports on social media that the army carried out airstrikes on the village and killed
    civilians are fabricated news'); a whole-sentence claim is read from the sentence's first such word."""
    if told_from >= sentence.end:  # the whole sentence: find its 'reports that', then what follows
        claimed = _CLAIM_THAT_OPENS.search(text, sentence.start, sentence.end)
        return claimed is not None and _CALLED_FALSE.match(text, claimed.end(), sentence.end) is not None
    return bool(
        _CLAIM_THAT.search(text, max(sentence.start, told_from - 120), told_from)
        and _CALLED_FALSE.match(text, told_to, sentence.end)
    )


_DENIAL_SCOPE_END = re.compile(
    r"(?i)[;:]|\bbut\b|,?\s+and\s+(?:accused|said|says|claimed|blamed|added|insisted)\b"
    r"|\b(?:since|after|when|before)\s+(?:it|they|he|she|we|(?-i:[A-Z][\w-]*))\s+(?:(?:had|has|have)\s+)?[a-z]+ed\b"
    r"|\b(?:since|after|before)\s+[a-z]+ing\b"
)
"""Where what a denial covers ends: a new clause ('but', 'and accused', 'since it launched its attack on
Ukraine', 'since invading Ukraine in February', which the denier does not deny)."""
_ASSERTED_AFTER = re.compile(r"(?i),\s+(?:saying|adding|insisting|accusing|blaming)\b")
"""'denied the claims, saying units were withdrawing': what the speaker goes on to say, it asserts."""


_EVENT_WORDS = {
    ClaimKind.ATTACK: "attack",
    ClaimKind.CAPTURE: "capture",
    ClaimKind.CASUALTIES: "casualty",
    ClaimKind.CAUSE: "cause",
}
"""The words an event claim told by its whole sentence comes from: a denial covers it only when they
follow the denial."""


def is_denied(text: str, sentence: Sentence, draft: Draft) -> bool:
    """'The army denied killing 12 civilians', 'Hamas denied that its fighters attacked', 'rejected
    claims that 40 people died': the claim is what its speaker denies. 'Denied responsibility and
    accused the KIA of storing 105 tonnes' denies no figure: the denial governs only what it introduces."""
    if denial().match(text, draft.start):
        return True  # the claim starts with its denial: 'denied that M23 rebels had captured it'
    if _RETRACTED.search(text, max(sentence.start, draft.start - 80), draft.start):
        return True  # 'An earlier version of this article incorrectly said 20 people were killed'
    whole = draft.start <= sentence.start  # an event told by the whole sentence
    if _called_false(
        text, sentence, sentence.end if whole else draft.start, sentence.start if whole else draft.end
    ):
        return True  # 'The claims of the army that fewer than 100 people were killed are a blatant lie'
    if whole and _negated_event(sentence, draft):
        return True  # 'Hamas said Deif had not been killed'
    start = sentence.start if whole else max(sentence.start, draft.start - 120)
    window = text[start : sentence.end if whole else draft.start]
    denials = list(denial().finditer(window))
    if not denials or _DENIAL_SCOPE_END.search(window, denials[-1].end()):
        return False
    if not whole and _ASSERTED_AFTER.search(
        text, start + denials[-1].end(), min(sentence.end, draft.start + 12)
    ):
        return False
    if whole:  # 'troops had raided the village ... and denied that any children were killed': the raid stands
        words = getattr(vocab(), _EVENT_WORDS[draft.kind]) if draft.kind in _EVENT_WORDS else None
        told = words.search(window) if words else None
        return told is None or told.start() > denials[-1].start()
    return True


_NEGATED = re.compile(r"(?i)\b(?:not|never)\s+(?:been\s+|be\s+)?$")


def _negated_event(sentence: Sentence, draft: Draft) -> bool:
    """The event word the sentence's claim comes from, negated ('had not been killed', 'was never
    captured', 'the headquarters had not fallen')."""
    words = getattr(vocab(), _EVENT_WORDS[draft.kind]) if draft.kind in _EVENT_WORDS else None
    told = words.search(sentence.text) if words else None
    if told is None:
        return False
    return " not " in told.group(0).lower() or bool(
        _NEGATED.search(sentence.text, max(0, told.start() - 20), told.start())
    )


_NO_SUCH = re.compile(r"(?i)\b(?:no\s+such|never\s+any)\s+([a-z]+)")
_DENIAL_REACH = 600
"""How far back (characters) 'no such X' looks for the X it denies."""


def denied_counts(sentence: Sentence, earlier: list[Claim]) -> list[Draft]:
    """'There was no such stockpile' denies the count just told of it ('105 tonnes of ammonium nitrate
    ... the stockpile'): a count of zero of the same thing, so the two versions meet as a conflict."""
    out = []
    for m in _NO_SUCH.finditer(sentence.text):
        noun = re.compile(rf"(?i)\b{re.escape(m.group(1))}")
        for claim in reversed(earlier):
            if claim.sentence.end < sentence.start - _DENIAL_REACH:
                break
            told = claim.quantity.low is not None or claim.quantity.high is not None
            if told and noun.search(sentence.doc_text, claim.sentence.start, claim.sentence.end):
                start, end = sentence.start + m.start(), sentence.start + m.end()
                out.append(
                    Draft(claim.kind, start, end, DENIAL_RULE, 0, 0, "none", m.group(0), claim.subject)
                )
                break
    return out


@cache
def _denies_the_last() -> re.Pattern[str]:
    """'Kyiv rejected the claim', 'The RSF has denied the allegations': a sentence rejecting what was told."""
    return re.compile(
        r"^(?P<who>[^,;:“”\"]{2,80}?)\s+(?:has\s+|have\s+|had\s+|quickly\s+|also\s+)?"
        rf"(?P<verb>{denial_verbs()})\s+(?:the|this|that|these|those|such)\s+"
        r"(?:claims?|reports?|allegations?|accounts?|figures?|assertions?)\b"
    )


_DENIAL_REACH_BACK = 400
"""How far back (characters) 'Kyiv rejected the claim' looks for the claim it rejects."""


def denial_of_the_last(doc: Document, sentence: Sentence, last: list[Claim]) -> list[Claim]:
    """'Moscow said it had hit a restaurant, killing up to 85 military personnel. Kyiv rejected the
    claim.': a denied version of the claim just told, in the denier's name, so the two meet as a
    conflict. One per kind, quoting the denial; the figure is the one denied."""
    m = _denies_the_last().match(sentence.text)
    if m is None or not last or last[-1].sentence.end < sentence.start - _DENIAL_REACH_BACK:
        return []
    who = m.group("who").strip()
    start, end = sentence.start + m.start("verb"), sentence.start + m.end()
    out: list[Claim] = []
    for claim in last:
        told_by_other = claim.attributed_to and claim.attributed_to != who and not claim.denied
        if claim.kind in _DENIABLE and told_by_other and claim.kind not in {c.kind for c in out}:
            out.append(
                claim.model_copy(
                    update={
                        "id": derived_id("clm", doc.id, claim.kind.value, start, end, DENIAL_OF_LAST),
                        "span": Span(start=start, end=end),
                        "text": doc.text[start:end],
                        # the claim denied and its denial, read together
                        "sentence": Span(start=claim.sentence.start, end=sentence.end),
                        "attributed_to": who,
                        "speaker_is_party": speaker_is_party(who),
                        "in_quote": False,
                        "denied": True,
                        "rule": DENIAL_OF_LAST,
                    }
                )
            )
    return out


_DENIABLE = (ClaimKind.CASUALTIES, ClaimKind.CAPTURE, ClaimKind.ATTACK)
DENIAL_OF_LAST = "denial:of-the-last-claim"
"""Rule of a denied version made from the claim the sentence before told."""
