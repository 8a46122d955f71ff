"""What fact a claim is about: the kind, facet, anchor entity and dates that clustering compares."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from reconcile.extract import CARED_FOR_BEFORE, UNIT, far_landmark
from reconcile.extract.actors import STATE_AGENCY, STATE_BODY, Actors, document_actors
from reconcile.extract.dates import find_dates
from reconcile.extract.numbers import DIGITS, WORD_NUMBER
from reconcile.extract.rules import CO_OBJECT, FACILITY_NOUN, JOINED_TO_OTHERS, counts_the_dead
from reconcile.extract.text import (
    BETWEEN_SIDES,
    BODY_BEFORE_PLACE,
    HISTORY_AFTER,
    dateline_spans,
    section_starts,
)
from reconcile.extract.vocab import vocab, words_regex
from reconcile.models import Claim, Document, EntityKind, PartialDate
from reconcile.normalize import (
    AliasTables,
    EntityIndex,
    NameKeys,
    casualty_outcome,
    event_class,
    fold,
    last_outcome,
    outcome_just_before,
    people_state,
    resolve_entities,
    subject_class,
)

DateKey = tuple[int, int | None, int | None]


@dataclass(frozen=True, slots=True)
class Features:
    """The fields two claims must share to be versions of one fact (see cluster.same_fact)."""

    claim_id: str
    kind: str
    facet: str
    anchors: tuple[str, ...]
    date: DateKey | None
    as_of: str | None
    actor: str | None = None
    """Who attacked or captured (entity id); None when the claim does not say."""
    near: tuple[str, ...] = ()
    """Other places a target's own words name ('cadet school near Laiza'): where it is, not what it is."""
    date_end: DateKey | None = None
    """The end of a period ('last week', '2011 to 2018'), whose dates are all compatible with it."""
    value: tuple[int | None, int | None] | None = None
    """The count's interval (low, high; None open), for passes that must not join figures that clash."""
    doc_id: str = ""
    """The document telling the claim, for passes that join a story's restatement of its own figure."""
    killed_by: str | None = None
    """For a casualty count, the side its story says did it (actor key): never the side whose dead it
    counts."""
    told: DateKey | None = None
    """The day its document was published: an undated claim can only tell of what happened by then."""


def _interval(claim: Claim) -> tuple[int | None, int | None] | None:
    low, high = claim.quantity.low, claim.quantity.high
    return None if low is None and high is None else (low, high)


def values_meet(a: Features, b: Features) -> bool:
    """Whether two counts can be the same figure (intervals that overlap); a claim without one meets any."""
    if a.value is None or b.value is None:
        return True
    (a_low, a_high), (b_low, b_high) = a.value, b.value
    a_top = math.inf if a_high is None else a_high
    b_top = math.inf if b_high is None else b_high
    return (a_low or 0) <= b_top and (b_low or 0) <= a_top


def _is_target(claim: Claim) -> bool:
    return claim.rule.startswith("target:")


_DETERMINERS = frozenset(
    [
        "the",
        "these",
        "those",
        "its",
        "their",
        "our",
        "all",
        "other",
        "many",
        "various",
        "enemy",
        "military",
        "army",
    ]
)


def _many_positions(claim: Claim, keys: NameKeys) -> bool:
    """An attack on unnamed positions in the plural ('numerous junta camps', 'at least twelve camps'):
    a statement about an offensive as a whole, not about one place, whatever place its sentence names.
    A capitalised word that is no actor, quantifier or determiner names the positions ('Hpun Pyen Bum
    mountain camps') and keeps the claim on them."""
    if claim.kind != "attack":
        return False
    target = claim.subject.removeprefix("target: ") if claim.subject else claim.place
    words = vocab().actor.sub(" ", target or "").split()
    if not words or not words[-1].lower().endswith("s"):
        return False
    if subject_class(keys.tables, words[-1].lower()) != "positions":
        return False
    quantifiers = vocab().vague.keys() | _DETERMINERS
    bare = [w.lower().removesuffix("’s").removesuffix("'s") for w in words[:-1] if w[:1].isupper()]
    return not any(w not in quantifiers for w in bare)


def _own_mentions(claim: Claim, keys: NameKeys) -> list[tuple[EntityKind, str, str]]:
    """The (kind, key, spelling) of the unit or place a claim names itself, most specific first."""
    if _many_positions(claim, keys):
        return []
    # a target's unit field is context from its sentence, not the target itself
    names = [claim.place] if _is_target(claim) else [claim.unit, claim.place]
    out = []
    for name in names:
        unit = keys.unit_key(name)
        if unit:
            out.append((EntityKind.UNIT, unit, name or ""))
            continue
        place = keys.place_key(name)
        if place:
            out.append((EntityKind.PLACE, place, name or ""))
    return out


def entity_index(keys: NameKeys, claims: Iterable[Claim]) -> EntityIndex:
    """Entities of every place, unit and actor the claims name."""
    mentions = []
    for claim in claims:
        mentions.extend(_own_mentions(claim, keys))
        actor = keys.actor_key(claim.actor)
        if actor:
            mentions.append((EntityKind.ACTOR, actor, claim.actor or ""))
    return resolve_entities(keys, mentions)


def _sentence(claim: Claim) -> tuple[int, int]:
    return claim.sentence.start, max(claim.sentence.end, claim.span.end)


_OF_THEM = re.compile(r"(?i)[\w,-]+\s+of\s+(?:them|whom)\b")
_SHARED_VERB = re.compile(rf"(?i)\s+(?:{CO_OBJECT})+[“\"]?$")
"""A verb's first object before the count ('detained a brigadier general and'): the verb is its too."""
_AMONG_THE = re.compile(r"(?i)\bamong\s+(?:the|those)\s+([\w\s]{1,20}?)\s+(?:were|was|are|is)\s+$")
"""'Among the injured were 15 children': the children are injured."""
_OF_THE_HARMED_FIRST = re.compile(
    r"(?i)[\W_]*of\s+(?:the|those|these)\s+(?:[\d,]+\s+)?(wounded|injured|dead|killed)\b"
)
"""'Of the 98 wounded taken to hospitals, 16 are children, 46 women': parts of the wounded, wounded too."""
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|but|while)\b")
_INCLUDED_IN = re.compile(r"(?i)\bincluding\s+(?:[\w-]+\s+[\w-]+(?:,\s+|\s+and\s+)){0,3}$")
_HEAD_COUNT = re.compile(
    rf"{DIGITS.pattern}|{WORD_NUMBER.pattern}|\b(?:dozens|scores|hundreds|thousands|millions)\b",
    re.IGNORECASE,
)
"""A count the words before 'including' may name: the numbers' own digit and number-word patterns, and
the vague plurals ('Hundreds of junta soldiers surrendered, including a brigadier general')."""


def _outcome_of_the_whole(
    tables: AliasTables, text: str, sentence_start: int, count_start: int
) -> str | None:
    """'12 martyrs, including two children, and 2,750 wounded', 'Hundreds of soldiers surrendered,
    including a general': a count listed after 'including' is part of the count before it, and shares
    the outcome told between the two or right before the whole, whatever the next count says; None when
    neither tells one (then the words after it do: '334 of them, including 186 children, were killed')."""
    included = _INCLUDED_IN.search(text, max(sentence_start, count_start - 60), count_start)
    heads = list(_HEAD_COUNT.finditer(text, sentence_start, included.start())) if included else []
    if not heads:
        return None
    whole = heads[-1]
    lead_in = _CLAUSE_BREAK.split(text[max(sentence_start, whole.start() - 30) : whole.start()])[-1]
    # 'killing at least 34 people, including two children': the verb before the whole and its hedge, in
    # its own clause ('took 1,100 people hostage and 334 of them, including 186 children, were killed')
    return last_outcome(tables, text[whole.end() : included.start()]) or last_outcome(tables, lead_in)


_ELIDED_AFTER = re.compile(
    r"(?i)\b(?:killed|dead|died|martyred|martyrdom|shahadat|wounded|injured),?\s+(?:and|while)\s+"
    r"(?:(?:more|another|a\s+further)\s+)?$"
)
_COUNTED_WORDS = re.compile(r"(?:\s+(?:of\s+the\s+)?[\w’'-]+){1,5}")


def _elided_people(tables: AliasTables, text: str, claim: Claim) -> tuple[str, tuple[int, int]] | None:
    """'58 Pakistani soldiers had been killed and about 30 wounded', 'nine members of the forces were
    martyred and 16 others were wounded': a count naming no one after 'and' counts the people the count
    before it named; their kind, and the span naming them (whose side they are on)."""
    joined = _ELIDED_AFTER.search(text, claim.sentence.start, claim.span.start)
    heads = list(_HEAD_COUNT.finditer(text, claim.sentence.start, joined.start())) if joined else []
    if not heads:
        return None
    words = _COUNTED_WORDS.match(text, heads[-1].end(), joined.start())
    for word in re.finditer(r"[\w’'-]+", words.group(0)) if words else ():
        kind = tables.subject_class_of.get(fold(word.group(0)))
        if kind and kind != "any":
            return kind, (heads[-1].start(), words.start() + word.end())
    return None


_ACTING_AFTER = re.compile(
    r"\s+(?:[a-z]+ed|shot|hit|struck|took|fought|overran|stormed|opened|say|says|said|told)\b"
)
_WHAT_BEFELL_THEM = re.compile(r"(?i)[a-z]+ed|dead")
"""'killed', 'wounded', 'dead': what befell people, not who they are."""
_INCLUDED_BEFORE = re.compile(r"(?i)\bincluding\s+(?:[\w-]+\s+){0,3}$")
_WITH_THE_OTHERS = re.compile(r"(?i)^(?:[\s,]*(?:and|as\s+well\s+as|along\s+with|with)\s+|\s*,\s*)$")
"""'two soldiers and three others', a headline's 'Soldier, six others killed': people besides those named,
of no kind the words say."""


def _others_of(tables: AliasTables, text: str, claim: Claim) -> tuple[str, tuple[int, int]] | None:
    """'One of the attackers was killed and another captured, while security forces shot dead three
    others': the others are more of the last people the sentence named, unless listed beside them or
    counted since (then they are others besides that count)."""
    named = [
        (m, kind)
        for m in re.finditer(r"[\w’'-]+", text[claim.sentence.start : claim.span.start])
        if (kind := tables.subject_class_of.get(fold(m.group(0))))
        and not _WHAT_BEFELL_THEM.fullmatch(m.group(0))
        and not _ACTING_AFTER.match(text, claim.sentence.start + m.end())
        and not _INCLUDED_BEFORE.search(
            text, max(0, claim.sentence.start + m.start() - 30), claim.sentence.start + m.start()
        )
    ]  # 'security forces shot dead three others': who shot, not whom; 'at least 34 people, including two
    # children, and injuring 117 others': other people, not other children
    if not named or named[-1][1] == "any":
        return None
    last, kind = named[-1]
    end = claim.sentence.start + last.end()
    if _HEAD_COUNT.search(text, end, claim.span.start) or _WITH_THE_OTHERS.match(
        text[end : claim.span.start]
    ):
        return None  # 'by al-Shabab fighters ... has risen to 37, with 212 others wounded': besides the 37
    return kind, (claim.sentence.start + last.start(), end)


_PART_OF_THE = re.compile(
    r"(?i)\bof\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:wounded|injured|dead|killed|victims|casualties|bodies)\b"
)
"""'about 200 of the wounded', 'at least 50 of the dead': a part of the count told, no version of it."""


def state_side(side: str) -> bool:
    """Whether a side is a state's forces ('junta', 'SAF', 'Russian forces', 'state forces'), not an armed
    group: whose dead a count of 'terrorists' or 'militants' never is."""
    lowered = side.lower()
    return lowered in _state_names() or re.fullmatch(r"[a-z.]+ forces", lowered) is not None


def fighting_side(actor: str | None) -> str | None:
    """The side an actor fights on: an auxiliary with the forces it fights for ('Wagner' took Bakhmut for
    'Russian forces'), so its claims and theirs tell one capture, not a capture and a recapture."""
    return vocab().raw["state_forces"]["fights_for"].get(actor, actor) if actor else actor


@cache
def _state_names() -> frozenset[str]:
    state = vocab().raw["state_forces"]
    names = (*state["by_country"].values(), *state["demonyms"].values(), "state forces")
    return frozenset(name.lower() for name in names)


_AMONG_AFTER = re.compile(r"\s+among\s+(?:the|our|its|their|his|her)\s+((?:[\w-]+\s+){0,4}[\w-]+)")
"""The people a count of the dead names after it ('dead among our defence and security forces')."""
SIDED_PEOPLE = frozenset({"combatants", "fighters"})
"""Casualties who belong to a side: Russian soldiers killed are not a version of Ukrainian soldiers killed."""


def _facet(claim: Claim, doc: Document, keys: NameKeys, actors: Actors | None, anchored: bool) -> str:
    tables = keys.tables
    subject = claim.subject.removeprefix("target: ") if claim.subject else None
    numbered = claim.quantity.low is not None or claim.quantity.high is not None
    if claim.kind == "casualties":
        after = doc.text[claim.span.end : max(claim.sentence.end, claim.span.end)]
        before = doc.text[max(claim.sentence.start, claim.span.start - 20) : claim.span.start]
        of_the_harmed = (  # 'Of the 98 wounded taken to hospitals, 16 are children, 46 women and 36 men'
            _OF_THE_HARMED_FIRST.match(doc.text, claim.sentence.start, claim.span.start)
            if claim.rule != "table-cell"
            else None
        )
        if claim.rule == "table-cell":
            outcome = casualty_outcome(tables, claim.subject or "")  # the column says what happened
        else:  # the verb right before the count, else its own words and what follows ('12 people dead
            # and 30 injured': the first are dead, the second injured)
            told = doc.text[claim.span.start : claim.span.end] + after
            of_them = _OF_THEM.match(told)
            if of_them:  # '46 people were injured, nine of them children': injured too
                before = before.rstrip().rstrip(",")
            wide = doc.text[max(claim.sentence.start, claim.span.start - 80) : claim.span.start]
            shared = _SHARED_VERB.search(wide)
            if shared:  # 'detained a brigadier general and "more than 300" soldiers': detained too
                before = wide[: shared.start()]
            joined = JOINED_TO_OTHERS.search(
                doc.text, max(claim.sentence.start, claim.span.start - 60), claim.span.start
            )
            if joined:  # what befell the ones named first
                before = doc.text[max(claim.sentence.start, joined.start() - 20) : joined.start()]
            among = _AMONG_THE.search(doc.text, claim.sentence.start, claim.span.start)
            outcome = (
                (last_outcome(tables, of_the_harmed.group(1)) if of_the_harmed else None)
                or _outcome_of_the_whole(tables, doc.text, claim.sentence.start, claim.span.start)
                or (last_outcome(tables, among.group(1)) if among else None)
                or outcome_just_before(tables, before)
                or (last_outcome(tables, wide) if of_them else None)  # 'wounding 16 people, two of them'
                or (
                    "killed"
                    if counts_the_dead(doc.text, claim.sentence.start, claim.span.start)
                    else casualty_outcome(tables, told, subject)
                )
            )
        counted = subject_class(tables, subject) or "unspecified"  # no count, no one named
        among = _AMONG_AFTER.match(doc.text, claim.span.end) if counted == "any" else None
        if among:  # 'about forty (40) dead among our defence and security forces': the forces' dead
            named = (tables.subject_class_of.get(fold(w)) for w in reversed(among.group(1).split()))
            counted = next((c for c in named if c and c != "any"), counted)
        whose = (claim.span.start, claim.span.end)
        if counted == "any" or subject == "others":
            elided = _elided_people(tables, doc.text, claim) or (
                _others_of(tables, doc.text, claim) if subject == "others" else None
            )
            if elided:  # '58 soldiers had been killed and about 30 wounded': 30 soldiers
                counted, whose = elided
        parted = _PART_OF_THE.search(claim.text) or (of_the_harmed and counted in ("people", "any"))
        # but 'Of the 98 wounded, 16 are children' counts the wounded children, as 'including' would
        if numbered and parted:  # 'around 300 of the wounded are critical', 'Of the 98 wounded, 36 men'
            return f"{outcome}:{counted}:part"
        sided = counted in SIDED_PEOPLE and actors is not None
        side = actors.victims_side(doc.text, *whose) if sided else None
        if side:  # 'nine members of the Islamic Emirate forces' are 'nine Afghan fighters': one side's men
            return f"{outcome}:combatants:{keys.actor_key(side)}"
        return f"{outcome}:{counted}"
    if claim.kind == "event_date":  # the clause's event first: '..., having reintroduced a law in 2024'
        own = event_class(tables, claim.text)
        return (
            own
            if own != "event"
            else event_class(tables, doc.text[claim.sentence.start : claim.sentence.end])
        )
    if claim.kind == "cause":
        return "cause"
    if _many_positions(claim, keys):
        return "event"
    clash = claim.kind == "attack" and not _is_target(claim) and not numbered
    if clash and vocab().told_as_clashes(doc.text, *_sentence(claim)):
        return "fighting"  # both sides fight: not the same fact as one side's attack
    if _is_target(claim) and anchored:
        return "target"
    if numbered or _is_target(claim) or claim.kind in ("strength", "quantity"):
        counted = subject_class(tables, subject)
        if claim.kind == "quantity" and subject in _MONEY:
            return f"count:{counted}:{_what_the_sum_is(doc, claim)}"
        state = _people_state(claim, doc, tables) if counted == "people" else None
        return f"count:{counted}:{state}" if state else f"count:{counted}"
    return "event"


_MONEY = frozenset({"dollars", "euros", "pounds"})
_SUM_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?((?:[a-z][a-z-]*\s+){0,4}[a-z][a-z-]*)")
_SUM_BEFORE = re.compile(
    r"([a-z][a-z-]*)\s+(?:worth|valued\s+at|costing)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?[$€£]?$"
)
_NOT_A_THING = frozenset(
    {
        "at",
        "in",
        "on",
        "for",
        "of",
        "to",
        "that",
        "which",
        "after",
        "before",
        "from",
        "by",
        "with",
        "and",
        "or",
        "was",
        "is",
        "were",
        "are",
        "has",
        "had",
        "have",
        "will",
        "would",
        "the",
        "a",
        "an",
        "its",
        "their",
        "as",
        "nearby",
        "there",
        "here",
        "now",
        "also",
        "alone",
        "each",
        "ago",
        "since",
        "until",
        "so",
        "yet",
    }
)
"""Words that end the noun phrase after a sum: the word before them names what the sum is the value of."""


def _what_the_sum_is(doc: Document, claim: Claim) -> str:
    """The thing a sum of money is the value of ('a $20 billion liquefied natural gas project', 'gas
    projects worth $60 billion', 'nearly $4 billion for a stake'): two sums are versions of one fact only
    if they price the same thing, one project or several."""
    before = _SUM_BEFORE.search(doc.text, max(claim.sentence.start, claim.span.start - 40), claim.span.start)
    if before:
        return before.group(1)
    after = _SUM_AFTER.match(doc.text, claim.span.end)
    words = []
    for word in after.group(1).split() if after else []:
        if word in _NOT_A_THING or word.endswith("ly"):
            break
        words.append(word)
    return words[-1] if words else "sum"


def _people_state(claim: Claim, doc: Document, tables: AliasTables) -> str | None:
    """Displaced, trapped, rescued or living there: people counted alive in different states are
    different facts ('180 people trapped in the hotel' is no version of '1,300 people who fled')."""
    before = doc.text[max(claim.sentence.start, claim.span.start - 40) : claim.span.start]
    after = doc.text[claim.span.end : max(claim.sentence.end, claim.span.end)]
    return people_state(tables, before, after)


CopiedText = tuple[PartialDate | None, list[str]]
"""For a copy: the source's publication date and the passages taken from it."""


def date_key(claim: Claim, copied: CopiedText | None = None) -> DateKey | None:
    """The claim's date; a relative date ('today') taken from a copied passage is re-read against the
    publication date of the source, since the copied words were written that day."""
    d = claim.date
    source_published, passages = copied or (None, [])
    relative_text = claim.date_text and not any(ch.isdigit() for ch in claim.date_text)
    if source_published and relative_text and any(claim.date_text in p for p in passages):
        found = [
            m for m in find_dates(claim.date_text, 0, len(claim.date_text), source_published, None) if m.date
        ]
        if found and found[0].relative:
            d = found[0].date
    return (d.year, d.month, d.day) if d else None


_FACILITY_BEFORE = re.compile(rf"(?i)\b({FACILITY_NOUN})\s+(?:in|at|of)\s+$")
_NEXT_NAME_WORD = re.compile(r"\s+([A-Z][a-z]+)\b")
_OWNER_OF_A_BODY = re.compile(
    rf"[’']s\s+(?:[A-Z][a-z]+\s+)?(?:{STATE_BODY}|navy|government|president|prime\s+minister|{STATE_AGENCY})\b",
    re.IGNORECASE,
)
"""A country named as the owner of its forces, government or agencies ('Ukraine's General Staff', "Russia's
Investigative Committee"), not as a place."""


class MentionFinder:
    """Finds the known places and units a stretch of text names, as entity ids."""

    def __init__(self, keys: NameKeys, index: EntityIndex) -> None:
        self.keys, self.index = keys, index
        self.entity_of_spelling: dict[str, str] = {}
        for entity in index.entities.values():
            if entity.kind is EntityKind.ACTOR:
                continue
            for spelling in [entity.canonical, *entity.aliases]:
                if (len(spelling) >= 3 and keys.place_key(spelling)) or keys.unit_key(spelling):
                    self.entity_of_spelling.setdefault(" ".join(spelling.lower().split()), entity.id)
        self.pattern = words_regex(list(self.entity_of_spelling)) if self.entity_of_spelling else None

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """(offset, entity id) of every place or unit named in `text`."""
        found = []
        # "Burma army" names an actor, not the place Burma: blank actor phrases out, keeping offsets
        text = self.keys.actor_pattern.sub(lambda m: " " * len(m.group(0)), text)
        if self.pattern:
            for m in self.pattern.finditer(text):
                named = _NEXT_NAME_WORD.match(text, m.end())
                if named and named.group(1).lower() in vocab().words("organization_words"):
                    continue  # 'Myanmar Now', 'Myanmar Witness': an outlet or group, not the country
                if _OWNER_OF_A_BODY.match(text, m.end()):
                    continue  # "Ukraine's General Staff", "Russia's Defense Ministry": an owner, not a place
                if BODY_BEFORE_PLACE.search(text, max(0, m.start() - 40), m.start()):
                    continue  # 'the UN Integrated Office in Haiti': where the body sits
                if text[m.end() : m.end() + 1] in ("’", "'") and HISTORY_AFTER.match(text, m.end()):
                    continue  # "one of the deadliest massacres in Haiti's recent history": a ranking's range
                if far_landmark(text, m.start()):
                    continue  # '80 km north of the city of Kaya': a landmark, not where it happened
                if CARED_FOR_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                    continue  # 'the wounded taken to hospitals in Kaya': where they are cared for
                spelling = " ".join(m.group(0).lower().split())
                facility = _FACILITY_BEFORE.search(text, max(0, m.start() - 40), m.start())
                told_as = f"{spelling} {facility.group(1).lower()}" if facility else spelling
                # 'the airport in Goma' is the Goma airport other reports name
                entity = self.entity_of_spelling.get(told_as, self.entity_of_spelling[spelling])
                found.append((m.start(), entity))
        for m in self.keys.unit_pattern.finditer(text):
            entity = self.index.entity_id(EntityKind.UNIT, self.keys.unit_key(m.group(0)))
            if entity:
                found.append((m.start(), entity))
        return sorted((at, e) for at, e in set(found) if not self._fighting(text, at, e))

    def _fighting(self, text: str, at: int, entity: str) -> bool:
        """'clashes between the 444th Brigade and Radaa': a unit fighting, not where a toll was counted."""
        unit = self.index.entities[entity].kind is EntityKind.UNIT or UNIT.match(text, at)
        return bool(unit and BETWEEN_SIDES.search(text, max(0, at - 80), at))

    def spelled_broad(self, texts: Iterable[str]) -> set[str]:
        """Places the texts name with a region's word after them ('the Artibonite region', "Haiti's
        Artibonite department") at least as often as without: too wide to tell two events apart, though
        the claims spell them bare. 'Sumy' stays a city when the Sumy region is named now and then. So is
        a region named as where another place lies ('the parish of Komanda, in Ituri province'), however
        often the stories spell it bare."""
        with_suffix: Counter[str] = Counter()
        named: Counter[str] = Counter()
        holding: set[str] = set()
        for text in texts:
            town: tuple[int, str] | None = None  # where the last place named ends and which it is, if a town
            for m in self.pattern.finditer(text) if self.pattern else ():
                entity = self.entity_of_spelling[" ".join(m.group(0).lower().split())]
                named[entity] += 1
                following = _NEXT_WORD.match(text, m.end())
                region = (
                    following is not None and following.group(1).lower() in self.keys.tables.broad_suffixes
                )
                if region:
                    with_suffix[entity] += 1
                    if town and town[1] != entity and _LIES_IN.fullmatch(text, town[0], m.start()):
                        holding.add(entity)
                elif town and town[1] != entity and _LIES_IN_COMPASS.fullmatch(text, town[0], m.start()):
                    holding.add(entity)  # 'El Fasher, North Darfur': the region the town lies in
                # 'Cambodian territory in X province': a region or a country holds no region
                town = (m.end(), entity) if not region and entity not in self.index.broad else None
        return {e for e, n in with_suffix.items() if 2 * n >= named[e]} | holding


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
_LIES_IN = re.compile(r",?\s+(?:in\s+)?(?:the\s+)?")
"""Between a place and the region it lies in: 'Komanda, in Ituri province', 'Nasir in the Upper Nile
state'."""
_LIES_IN_COMPASS = re.compile(
    r",\s+(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)"
    r"(?:[ -](?:East|West|Eastern|Western))?\s+"
)
"""Between a town and the region it lies in, named by its compass part: 'El Fasher, North Darfur'."""
_UNNAMED_LOCALITY = re.compile(
    r"\b(?:a|an|one)\s+(?:[a-z-]+\s+)?(?:town|village|city|community|camp|settlement|neighbou?rhood|market)"
    r"\s+(?:in|near|outside|north|south|east|west)\b"
)
"""'opened fire in a town in central Haiti': the place is named later, not the dateline's city."""
_LONG_SINCE = re.compile(
    r"(?i)\bsince\s+(?:the\s+)?(?:(?:military\s+)?coup|war|conflict|invasion|insurgency|uprising|revolution|"
    r"(?:start|beginning|outbreak)\s+of\s+the\s+(?:war|conflict|invasion|insurgency|uprising)|"
    r"(?:19|20)\d\d)\b"
)
"""'since the coup', 'since the start of the war', 'since 2017': a total over months or years."""


def _long_running_total(doc: Document, claim: Claim) -> bool:
    """A toll or tally over months or years ('the junta has killed more than 3,200 civilians since the
    coup'): it counts wherever its own sentence says, never the village the paragraph before was about."""
    if claim.as_of is None or claim.kind not in ("casualties", "capture", "attack"):
        return False
    return _LONG_SINCE.search(doc.text, claim.sentence.start, claim.sentence.end) is not None


_HEADLINE_CHARS = 200
"""A section's headline and the start of its lead: a country they name is where, not which place."""


_PLACE_REFERENCE_NOUNS = r"town|city|village|base|camp|airport|outpost"
_REFERENCE = re.compile(rf"(?i)\bthe\s+(?P<noun>{_PLACE_REFERENCE_NOUNS})\b(?!\s+(?:of\b|(?-i:[A-Z])))")
"""'from the town', 'control of the city': a place named before, referred to by its noun."""
_INTRODUCED_AS = re.compile(rf"(?i)\b(?P<noun>{_PLACE_REFERENCE_NOUNS})\s+(?:of\s+)?$")
"""'the eastern town of ', 'the city of ': the noun a place is introduced with, right before its name."""


def _referred(text: str, span: tuple[int, int], mentions: list[tuple[int, str]]) -> str | None:
    """The place a sentence refers to by its noun alone: the last one named with that noun before it."""
    reference = _REFERENCE.search(text, *span)
    if reference is None:
        return None
    noun = reference.group("noun").lower()
    for pos, entity in reversed(mentions):
        if pos >= span[0]:
            continue
        introduced = _INTRODUCED_AS.search(text, max(0, pos - 30), pos)
        if introduced and introduced.group("noun").lower() == noun:
            return entity
    return None


def _sentence_anchors(
    mentions: list[tuple[int, str]],
    span: tuple[int, int],
    paragraph: int,
    section: tuple[int, int],
    broad: set[str],
    filed_from: list[str],
    referred: str | None = None,
) -> tuple[str, ...]:
    """Specific places named in the sentence `span`; else those named earlier in its paragraph; else the
    broad ones (countries, states) the sentence names, outside a headline; else the last one named since
    the section start; else the place of the dateline the story was filed from; else the first one the
    section names after it (a headline or lead names the place later, even when it names a country);
    else the broad ones. A place the sentence refers to by its noun ('withdraw units from the town') is
    the last one the section introduced with that noun ('the eastern town of Avdiivka'), even when another
    place was named since ('since it captured the city of Bakhmut')."""
    start, end = span
    inside = {e for pos, e in mentions if start <= pos < end}
    specific = inside - broad
    if specific:
        return tuple(sorted(specific))
    first, last = section
    if referred:
        return (referred,)
    earlier = [e for pos, e in mentions if first <= pos < start and e not in broad]
    in_paragraph = {e for pos, e in mentions if max(paragraph, first) <= pos < start and e not in broad}
    if in_paragraph:
        return tuple(sorted(in_paragraph))
    headline = start - first < _HEADLINE_CHARS  # 'strike on Sudan camp kills 40': the lead says where
    if inside and not headline:  # 'an offensive in Arakan State' is there, not where a paragraph before was
        return tuple(sorted(inside))
    if earlier:
        return (earlier[-1],)
    if filed_from:
        return (filed_from[-1],)
    later = [e for pos, e in mentions if end <= pos < last and e not in broad]
    if later:
        return (later[0],)
    return tuple(sorted(inside))


def _doer(claim: Claim, actor: str | None, facet: str) -> str | None:
    """Who attacked or took a place is part of the fact: the KIA's capture of a base and the junta's
    recapture of it months later are two points of a timeline, not two versions of one event. So is whose
    weapons a count counts: 76 Ukrainian drones downed over Russia and 47 Russian drones launched at
    Ukraine the same night are two facts. So is who killed fighters of no side named: JNIM's 'around 300
    militiamen and soldiers' and the army's 'several dozen terrorists' are each side's dead."""
    if claim.kind in ("capture", "attack"):
        return actor
    outcome_and_class = facet.split(":")
    if claim.kind == "casualties" and len(outcome_and_class) == 2 and outcome_and_class[1] in SIDED_PEOPLE:
        return actor
    weapons = claim.kind == "quantity" and vocab().holds("weapon_nouns", claim.subject or "")
    return actor if weapons else None


def document_features(
    doc: Document,
    claims: list[Claim],
    keys: NameKeys,
    index: EntityIndex,
    finder: MentionFinder,
    copied: CopiedText | None = None,
) -> list[Features]:
    """Features of one document's claims.

    A claim is anchored on the place or unit it names; a target on itself alone; other claims also on
    every place their sentence names, or else the last place named earlier in the section. Dates and
    causes with no place fall back to their actor.
    """
    sections = section_starts(doc)
    filed = dateline_spans(doc)
    mentions, filed_from = [], []
    for pos, e in finder.mentions(doc.text):
        if not doc.in_boilerplate(pos, pos + 1):
            # 'PORT-AU-PRINCE, Haiti (AP) —' is where the story was filed from: where its events were only
            # when nothing else says
            (filed_from if any(a <= pos < b for a, b in filed) else mentions).append((pos, e))
    actors = document_actors(doc.text) if any(c.kind == "casualties" for c in claims) else None
    out = []
    section = 0
    unplaced_headline: list[int] = []
    for claim in sorted(claims, key=lambda c: (c.span.start, c.span.end, c.id)):
        while section + 1 < len(sections) and sections[section + 1] <= claim.span.start:
            section += 1
        own = [index.entity_id(kind, key) for kind, key, _ in _own_mentions(claim, keys)]
        anchors = tuple(sorted({a for a in own if a}))
        if claim.span.end <= doc.title_end and not anchors and not _names_a_place(claim, mentions, index):
            unplaced_headline.append(len(out))
        if not _is_target(claim) or not anchors:
            span = (claim.sentence.start, claim.sentence.end)
            paragraph = doc.text.rfind("\n", 0, claim.sentence.start) + 1
            following = sections[section + 1] if section + 1 < len(sections) else len(doc.text)
            bounds = (sections[section], following)
            filed_here = [e for pos, e in filed_from if bounds[0] <= pos < span[0] and e not in index.broad]
            if _UNNAMED_LOCALITY.search(doc.text, *span):
                filed_here = []  # 'in a town in central Haiti': not the capital the story was filed from
            voiced = _speaker_span(doc, claim)
            if voiced:  # 'A resident of Kaya put the number of dead at 300': who told it, not where
                told_by = [  # a country a teller lives in ('a resident of Gaza') still says where
                    (pos, e) for pos, e in mentions if voiced[0] <= pos < voiced[1] and e not in index.broad
                ]
                filed_here += [e for _, e in told_by]
                here = [m for m in mentions if m not in told_by]
            else:
                here = mentions
            found = (
                tuple(sorted({e for pos, e in here if span[0] <= pos < span[1]}))
                if _long_running_total(doc, claim)
                else _sentence_anchors(
                    here, span, paragraph, bounds, index.broad, filed_here, _referred(doc.text, span, here)
                )
            )
            specific = {a for a in anchors if a not in index.broad}
            anchors = tuple(sorted({*specific, *found})) if specific or found else anchors
        actor = index.entity_id(EntityKind.ACTOR, keys.actor_key(claim.actor))
        side = index.entity_id(EntityKind.ACTOR, keys.actor_key(fighting_side(claim.actor))) or actor
        if actor and (claim.kind == "event_date" or (claim.kind == "cause" and not anchors)):
            anchors = (actor,)  # "when did X do Y" is about X, wherever it happened
        elif actor and _many_positions(claim, keys):
            anchors = tuple(sorted({*anchors, actor}))  # an offensive on many positions is its actor's
        near: tuple[str, ...] = ()
        if _is_target(claim):
            named = {e for pos, e in mentions if claim.span.start <= pos < claim.span.end}
            near = tuple(sorted(named - set(anchors) - index.broad))
        facet = _facet(claim, doc, keys, actors, bool(own) and any(own))
        out.append(
            Features(
                claim_id=claim.id,
                kind=str(claim.kind),
                facet=facet,
                anchors=anchors,
                date=date_key(claim, copied),
                as_of=claim.as_of.iso if claim.as_of else None,
                actor=None if facet == "fighting" else _doer(claim, side, facet),  # both sides fight: no doer
                near=near,
                date_end=(claim.date_end.year, claim.date_end.month, claim.date_end.day)
                if claim.date_end
                else None,
                value=_interval(claim),
                doc_id=doc.id,
                killed_by=keys.actor_key(claim.actor) if claim.kind == "casualties" else None,
                told=(doc.published.year, doc.published.month, doc.published.day) if doc.published else None,
            )
        )
    return _headlines_placed_by_lead(out, unplaced_headline)


_LIVES_IN = re.compile(
    r"(?i)(?:(?:an?|the|one|two|three|several|some)\s+)?(?:[\w-]+\s+)?(?:resident|villager|inhabitant|witness|"
    r"survivor|relative|farmer|trader|man|woman|native)s?\s+(?:of|from|in)\s"
)
"""'A resident of Kaya', 'a witness in Komanda': where a person lives, which is not where the toll they
tell was counted ('Sumy Oblast Military Administration head' tells Sumy's)."""


def _speaker_span(doc: Document, claim: Claim) -> tuple[int, int] | None:
    """Where the claim's sentence names the person it is attributed to by where they live, outside the
    claim's own words."""
    if not claim.attributed_to or not _LIVES_IN.match(claim.attributed_to):
        return None
    at = doc.text.find(claim.attributed_to, claim.sentence.start, claim.sentence.end)
    if at < 0 or (at < claim.span.end and claim.span.start < at + len(claim.attributed_to)):
        return None
    return at, at + len(claim.attributed_to)


def _names_a_place(claim: Claim, mentions: list[tuple[int, str]], index: EntityIndex) -> bool:
    start, end = claim.sentence.start, claim.sentence.end
    return any(start <= pos < end and e not in index.broad for pos, e in mentions)


def _headlines_placed_by_lead(features: list[Features], headline: list[int]) -> list[Features]:
    """A headline naming no place ('Siege ends; 33 militants killed') tells what its story tells: each of
    its claims takes the anchors of the story's first claim of the same kind and facet whose figure it
    can be, not the first place named after it (often the dateline, where the story was filed from)."""
    for i in headline:
        f = features[i]
        alike = [
            g
            for j, g in enumerate(features)
            if j not in headline and g.kind == f.kind and g.facet == f.facet and values_meet(f, g)
        ]
        # the same figure first: 'militants say they killed 50' over '50 hostages', not 'at least 10'
        told = next((g for g in alike if g.value == f.value), alike[0] if alike else None)
        if told is not None:
            features[i] = replace(f, anchors=told.anchors)
    return features
