"""Rules that turn one sentence's numbers, verbs, targets and dates into claim drafts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reconcile.extract.dates import DateMention
from reconcile.extract.numbers import NumberMention
from reconcile.extract.text import Sentence
from reconcile.extract.vocab import vocab
from reconcile.models import ClaimKind

_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_MODAL = re.compile(r"(?i)\b(?:could|might|would|may|if|whether|unless|likely\s+to|expected\s+to)\b")
_CUMULATIVE = re.compile(
    r"(?i)\b(?:to\s+date|so\s+far|since\s+the\s+start|since\s+launching|in\s+total|"
    r"since\s+the\s+beginning|altogether|cumulative|as\s+of|"
    r"since\s+the\s+(?:war|conflict|fighting|outbreak|coup|invasion|offensive)\b)"
)
_LIST_TRIGGER = re.compile(r"(?i)\b(?:including|include|includes|included|were\s+the|was\s+the|namely)\s+")
_ITEM_CUT = re.compile(
    r"(?i)\s+(?:in|near|on|along|close\s+by|close\s+to|around|by|at|outside|with|from|to|"
    r"for|which|that|where|after|before|during|since)\s+|\s+(?:overnight|yesterday|today|tonight|earlier|again)\b"
)
_ITEM_VERB = re.compile(
    r"(?i)\s+(?:kill(?:s|ed)?|wound(?:s|ed)?|injur(?:es|ed)|left|leaves|was|were|is|are|has|have|had|said|says)\b"
)
"""The verb after a target, as in a headline ('Abu Shouk camp kills 35'): the claim ends before it."""
_OWNER_NAME = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+(?=[A-Z])")


def strip_owner(name: str) -> str:
    """'Sudan's El Fasher' is El Fasher: the country that owns a named place is not part of its name
    (but 'Wednesday's Israeli strike' names no place at all)."""
    owner = _OWNER_NAME.match(name)
    if owner and _TIME_WORD.match(owner.group(0)):
        return ""
    return _OWNER_NAME.sub("", name)


_TIME_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Today|Yesterday)\b"
)
_SPOKEN_AFTER = re.compile(r"(?i)\s+(?:said|says)\b")
_MODEL = re.compile(r"^[A-Z][A-Za-z]*-\d+s?\b")
_RANK = re.compile(
    r"(?i)\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)-"
    r"(?:largest|biggest|most\s+populous|smallest|highest|longest)\b"
)
_FORCE_BEFORE = re.compile(r"(?i)\b(?:force|strength|army|troops|fighters)\b[^.;]{0,60}$")
_PLACE_MODIFIERS = {"guard", "mountain", "military", "army", "police", "border", "junta", "regime", "hilltop"}
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d{3})|;")
_DEFINITE = re.compile(
    r"(?i)\b(?:the|this|that|these|those|its|their)\s+(?:(?:initial|first|second|last|latest|same)\s+)?$"
)
_RANKS = {
    w: i
    for i, w in enumerate(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"], 1
    )
}
_A_PLACE = re.compile(
    r"(?i)\b(?:a|an|one)\s+(?:(?:[a-z]+-)?[a-z]+\s+){0,2}?"
    r"(camp|base|outpost|position|headquarters|post|checkpoint|town|village|station)\b"
)


@dataclass
class Draft:
    """A claim before ids and provenance fields are attached."""

    kind: ClaimKind
    start: int
    end: int
    rule: str
    low: int | None = None
    high: int | None = None
    hedge: str | None = None
    number_text: str | None = None
    subject: str | None = None
    place: str | None = None
    date: DateMention | None = None


def _tokens_after(text: str, pos: int, limit: int = 6) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text, pos):
        out.append((m.start(), m.end(), m.group(0)))
        if len(out) >= limit:
            break
    return out


_CASUALTY_NOUNS = frozenset({"deaths", "dead", "wounded", "injured", "bodies", "corpses"})
_ATTACK_NOUNS = frozenset(
    {"attacks", "assaults", "strikes", "airstrikes", "raids", "ambushes", "offensives", "sorties", "shells"}
)
"""'repelled 42 Russian assaults', '300 airstrikes': a count of attacks."""
_DEMONYM_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ians|eans|is|ans|ese)$")
_HARMED_AFTER = re.compile(r"(?i)\s+(?:were\s+|are\s+|have\s+been\s+)?(?:killed|dead|wounded|injured|died)\b")
_HARM_VERB_BEFORE = re.compile(
    r"(?i)(?:\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|maim(?:s|ed)?)"
    r"|\bdeath\s+toll\b[^.;]{0,60}?\b(?:rose|risen|rises|climbed|climbs|stands|stood|reached|reaches|"
    r"increased|jumped|hit|of|at|to)(?:\s+(?:to|at))?)\s+$"
)


@cache
def _countable_nouns() -> frozenset[str]:
    """Every noun a count can count; built once, as counted_noun runs for every number."""
    v = vocab()
    return (
        v.words("person_nouns")
        | v.words("place_nouns")
        | v.words("unit_nouns")
        | _CASUALTY_NOUNS
        | _ATTACK_NOUNS
    )


def counted_noun(text: str, number: NumberMention, stop: int) -> tuple[str | None, int]:
    """The noun a number counts ('29 civilians', 'twelve camps', '100-kilometre'), and where it ends."""
    v = vocab()
    if number.implicit_noun:
        return number.implicit_noun, number.end
    if number.unit:
        return number.unit, number.end + 1 + len(number.unit)
    nouns = _countable_nouns()
    after = text[number.end : stop]
    if _MODEL.match(after.lstrip()):
        model = _MODEL.match(after.lstrip())
        return "equipment", number.end + len(after) - len(after.lstrip()) + model.end()
    tokens = _tokens_after(text, number.end, 7)
    for i, (s, e, tok) in enumerate(tokens):
        if s >= stop:
            break
        low = tok.lower()
        if _DEMONYM_PLURAL.match(tok):  # '52,000 Palestinians', '300 Ukrainians': people
            return "people", e
        if low in nouns:
            for _, e2, tok2 in tokens[i + 1 :]:  # '11 battalion headquarters': the compound's head noun
                if tok2.lower() not in nouns or e2 > stop:
                    break
                low, e = tok2.lower(), e2
            return low, e
        if (
            tok in {",", ";", ".", ":", ")", "(", "—", "–"}
            or v.capture.fullmatch(tok)
            or low in {"and", "or", "to"}
        ):
            break
    return None, number.end


def _adjectival(text: str, start: int) -> bool:
    """'another captured outpost', 'to recapture lost ground': a participle used as an adjective reports
    no new event."""
    before = text[max(0, start - 20) : start]
    if re.search(r"(?i)\b(?:another|a|an|its|their|the|his|her)\s+$", before):
        return True
    previous = re.search(r"([\w-]+)\s+$", before)
    return bool(previous and vocab().capture.fullmatch(previous.group(1)))


def _verb_kind(sentence: Sentence, before: int, targets_only: bool = False) -> ClaimKind | None:
    """Kind of the nearest achieved attack/capture verb before `before` in the sentence."""
    v = vocab()
    head = sentence.text[: before - sentence.start]
    best: tuple[int, ClaimKind] | None = None
    attack = v.target_attack if targets_only else v.attack
    for kind, pattern in ((ClaimKind.CAPTURE, v.capture), (ClaimKind.ATTACK, attack)):
        for m in pattern.finditer(head):
            if kind is ClaimKind.CAPTURE and is_intent(head, m.start()):
                continue
            if best is None or m.start() > best[0]:
                best = (m.start(), kind)
    return best[1] if best else None


_VERB_AFTER = re.compile(
    r"[\w\s’'-]{0,40}?\b(?:were\s+|was\s+|have\s+been\s+)?(?P<verb>[a-z]+(?:ed|en)|hit|struck)\b"
)


def _verb_after(sentence: Sentence, after: int) -> ClaimKind | None:
    """The verb after a count in a bulleted line or passive clause: '3 junta bases captured by the KIA'."""
    m = _VERB_AFTER.match(sentence.doc_text, after, sentence.end)
    if m is None:
        return None
    verb = m.group("verb")
    if vocab().capture.fullmatch(verb):
        return ClaimKind.CAPTURE
    return ClaimKind.ATTACK if vocab().attack.fullmatch(verb) else None


def is_intent(text: str, verb_start: int) -> bool:
    """'to capture', 'in a bid to seize', 'until every inch is liberated': a goal, not an event (but
    'managed to take over' happened)."""
    window = text[max(0, verb_start - 40) : verb_start].lower()
    if not re.search(r"\bto\s+$", window):
        return bool(re.search(r"\b(?:could|might|would|will|may)\s+$|\buntil\b[^.;,]*$", window))
    return not re.search(r"\b(?:managed|succeeded|able|proceeded|forced\b.*)\s+to\s+$", window)


_LOST_BEFORE = re.compile(r"(?i)\b(?:lost|loses|lose|losing)\s+[\"“‘']?$")
"""'Russia had lost 1,280 troops': losses, counted as casualties."""
_TAKEN_BEFORE = re.compile(r"(?i)\b(?:captured|detained|abducted|took|taken)\s+(?:prisoner\s+)?$")
_TAKEN_AFTER = re.compile(
    r"(?i)[^.;,]{0,40}?\b(?:were|was|have|had|been)\s+(?:\w+\s+){0,2}?(?:captured|detained|abducted|surrendered|"
    r"taken\s+prisoner)\b"
)
"""'captured 200 soldiers', '150 personnel were captured': people taken prisoner, counted as casualties."""
_DISPLACED = re.compile(
    r"(?i)\s+(?:(?:internally|newly|forcibly)\s+)?(?:displaced|refugees|homeless)\b"
    r"|\s+[\w-]+\s+(?:to\s+flee|fled|fleeing|were\s+displaced|have\s+been\s+displaced)\b"
)
"""'12 million displaced', 'forcing 6,270 residents to flee': people uprooted, not casualties."""


def classify_number(sentence: Sentence, number: NumberMention, noun: str | None) -> ClaimKind | None:
    """Which kind of claim a count makes, from the noun it counts and the verbs around it."""
    v = vocab()
    text = sentence.text
    if noun is None:
        return None
    if noun == "equipment":
        return ClaimKind.QUANTITY
    if noun in _ATTACK_NOUNS:
        return ClaimKind.ATTACK
    is_person = noun in v.words("person_nouns") or noun in _CASUALTY_NOUNS
    if (is_person and _DISPLACED.match(text, number.end - sentence.start)) or noun in {
        "displaced",
        "refugees",
    }:
        return ClaimKind.STRENGTH  # 'more than 12 million displaced': people uprooted, not casualties
    rel_start, rel_end = number.start - sentence.start, number.end - sentence.start
    taken = _TAKEN_BEFORE.search(text, 0, rel_start) or _TAKEN_AFTER.match(text, rel_end)
    if is_person and taken:
        return ClaimKind.CASUALTIES  # 'captured more than 200 soldiers': taken prisoner
    if is_person:
        if noun in _CASUALTY_NOUNS or v.casualty.search(text) or _LOST_BEFORE.search(text, 0, rel_start):
            return ClaimKind.CASUALTIES
        if (
            noun in v.words("force_nouns")
            or v.population_cue.search(text)
            or noun in v.words("population_nouns")
        ):
            return ClaimKind.STRENGTH
        return None
    if noun in v.words("place_nouns"):
        return (
            _verb_kind(sentence, number.start)
            or _verb_after(sentence, number.end)
            or (
                ClaimKind.ATTACK
                if v.attack.search(text) and not v.capture.search(text)
                else ClaimKind.QUANTITY
            )
        )
    return ClaimKind.QUANTITY


def number_drafts(sentence: Sentence, numbers: list[NumberMention]) -> list[Draft]:
    """One claim per count in the sentence; 'including 11 children' inherits the kind before it."""
    drafts: list[Draft] = []
    previous: Draft | None = None
    for number in numbers:
        noun, noun_end = counted_noun(sentence.doc_text, number, sentence.end)
        kind = classify_number(sentence, number, noun)
        if (
            noun is None
            and number.value
            and number.value >= 100
            and _FORCE_BEFORE.search(sentence.doc_text[sentence.start : number.start])
        ):
            kind, noun = ClaimKind.STRENGTH, "fighters"
        person = noun is not None and (noun in vocab().words("person_nouns") or noun in _CASUALTY_NOUNS)
        harmed = _HARM_VERB_BEFORE.search(sentence.doc_text[sentence.start : number.start]) or (
            _HARMED_AFTER.match(sentence.doc_text, number.end, sentence.end)
        )
        if not person and harmed:
            # 'strike kills 40 at a camp', 'wounded 20 others', 'the death toll rose to 12', 'dozens killed'
            kind, noun, noun_end = ClaimKind.CASUALTIES, "people", number.end
        if _skip_count(sentence, number, noun, kind):
            continue
        including = re.search(
            r"(?i)\bincluding\s+$", sentence.doc_text[max(0, number.start - 12) : number.start]
        )
        if including and previous is not None and noun:
            kind = previous.kind
        if kind is None:
            continue
        draft = Draft(
            kind,
            number.start,
            max(noun_end, number.end),
            f"count:{kind.value}",
            number.low,
            number.high,
            number.hedge,
            number.number_text,
            subject=noun,
        )
        drafts.append(draft)
        previous = draft
    drafts += _implicit_place_counts(sentence, drafts)
    rank = _RANK.search(sentence.text)
    if rank:
        value = _RANKS[rank.group(1).lower()]
        s = sentence.start + rank.start()
        drafts.append(
            Draft(
                ClaimKind.QUANTITY,
                s,
                sentence.start + rank.end(),
                "rank",
                value,
                value,
                number_text=rank.group(0),
                subject="rank",
            )
        )
    return drafts


def _skip_count(sentence: Sentence, number: NumberMention, noun: str | None, kind: ClaimKind | None) -> bool:
    """Counts that check nothing: 'many camps', 'several months', 'two weeks ago', the 'one' of 'one of
    only two'."""
    if number.low is None and number.high is None and kind is not ClaimKind.CASUALTIES:
        return True
    follow = sentence.doc_text[number.end : number.end + 25]
    if noun in vocab().words("time_nouns") and (
        number.value is None or re.match(r"\s+\w+\s+(?:ago|earlier|before|later)\b", follow)
    ):
        return True  # 'several months', 'two weeks ago': when, not how many
    window = sentence.doc_text[max(0, number.start - 12) : number.start]
    if noun in {"hour", "hours", "day", "days"} and re.search(
        r"(?i)\b(?:past|last|previous|next)\s+$", window
    ):
        return True  # 'over the past 24 hours': the period a report covers
    return number.number_text.lower() == "one" and bool(
        re.match(r"\s+of\s+(?:\w+\s+){0,2}?(?:\d|two|three|four)", follow)
    )


def _implicit_place_counts(sentence: Sentence, drafts: list[Draft]) -> list[Draft]:
    """'seized a base' and '..., four headquarters, and a military camp' count one place."""
    v = vocab()
    out = []
    for m in _A_PLACE.finditer(sentence.text):
        s = sentence.start + m.start()
        head = sentence.text[: m.start()]
        verb = re.search(r"([\w-]+)\s+$", head)
        after_verb = bool(verb and (v.capture.fullmatch(verb.group(1)) or v.attack.fullmatch(verb.group(1))))
        in_count_list = bool(re.search(r",\s*(?:and\s+)?$", head)) and any(d.end <= s for d in drafts)
        kind = _verb_kind(sentence, s)
        if kind and (after_verb or in_count_list):
            out.append(
                Draft(
                    kind,
                    s,
                    sentence.start + m.end(),
                    f"count:{kind.value}:implicit",
                    1,
                    1,
                    number_text=m.group(0),
                    subject=m.group(1).lower(),
                )
            )
    return out


_PASSIVE_CAPTURE = re.compile(r"(?i)(?:fell|fallen)\s+(?:to|into)")
_SUBJECT_NAME = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s*(?:,[^,]{1,60},\s*)?$")


def _fallen(sentence: Sentence, verb: int) -> list[Draft]:
    """The place a passive capture verb tells of: the name just before it ('the town of Bakhmut fell to')."""
    m = _SUBJECT_NAME.search(sentence.text, max(0, verb - 120), verb)
    if m is None or vocab().actor.fullmatch(m.group("name")):
        return []
    start, end = sentence.start + m.start("name"), sentence.start + m.end("name")
    name = m.group("name")
    return [Draft(ClaimKind.CAPTURE, start, end, "target:capture", place=name, subject=f"target: {name}")]


CONTINUED = ":continued"
"""Rule suffix of list items that go on with the previous sentence's event ('These include ...')."""


def target_drafts(sentence: Sentence, inherited: ClaimKind | None) -> list[Draft]:
    """One claim per named target in the object list of an attack or capture verb."""
    v = vocab()
    text = sentence.text
    out: list[Draft] = []
    triggers = []
    for kind, pattern in ((ClaimKind.CAPTURE, v.capture), (ClaimKind.ATTACK, v.target_attack)):
        for m in pattern.finditer(text):
            if is_intent(text, m.start()) or _adjectival(text, m.start()):
                continue
            if kind is ClaimKind.CAPTURE and _PASSIVE_CAPTURE.match(m.group(0)):
                out += _fallen(sentence, m.start())  # 'Bakhmut fell to Russian forces': the place is before
                continue
            if kind is ClaimKind.ATTACK and m.group(0).lower() in {
                "attack",
                "attacks",
                "assault",
                "assaults",
                "strikes",
                "airstrikes",
                "airstrike",
                "air strikes",
                "shelling",
                "bombing",
            }:
                on = re.match(r"\s+(?:on|against)\s+(?=[A-Z])", text[m.end() :])
                if on and not _TIME_WORD.match(text, m.end() + on.end()):  # 'attack on Sunday': when
                    triggers.append((m.end() + on.end(), kind, ""))
                continue
            triggers.append((m.end(), kind, ""))
    for m in _LIST_TRIGGER.finditer(text):
        kind = _verb_kind(sentence, sentence.start + m.start(), targets_only=True)
        continued = ""
        if kind is None and re.match(
            r"(?i)(?:these|they|those)\s+include", text[max(0, m.start() - 6) :].lstrip()
        ):
            kind, continued = inherited, CONTINUED
        if kind:
            triggers.append((m.end(), kind, continued))
    seen: set[int] = set()
    for pos, kind, continued in sorted(triggers, key=lambda t: (t[0], t[1])):
        for s, e, name in _list_items(text, pos):
            if s in seen:
                continue
            seen.add(s)
            out.append(
                Draft(
                    kind,
                    sentence.start + s,
                    sentence.start + e,
                    f"target:{kind.value}{continued}",
                    place=name,
                    subject=f"target: {name}",
                )
            )
    return out


_DESCRIBED_NAME = re.compile(r"(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)\s+(?=[A-Z])")


def _list_items(text: str, pos: int) -> list[tuple[int, int, str]]:
    """Named items of a list starting at `pos`: 'A, B, and the C and D mountain camps near X'."""
    pos += len(text[pos:]) - len(text[pos:].lstrip())
    rest = text[pos:]
    m = re.match(
        r"(?:(?:up\s+to|at\s+least|over|more\s+than)\s+)?(?:\w+\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:camps|bases|outposts|positions|posts|towns|villages)\s+(?:including|in)\s+",
        rest,
    )
    if m and re.search(
        r"\d|two|three|four|five|six|seven|eight|nine|ten|twelve|several|multiple", m.group(0)
    ):
        pos += m.end()
        rest = text[pos:]
    end_m = re.search(
        r"[.;:!?](?:\s|$)|\s[—–]\s|,\s+(?:killing|cutting|resulting|leaving|forcing|while|but)\b", rest
    )
    region = rest[: end_m.start()] if end_m else rest
    items: list[tuple[int, int, str]] = []
    offset = 0
    for piece in re.split(r",?\s+(?:along\s+with|as\s+well\s+as)\s+|,\s*(?:and\s+)?|\s+and\s+", region):
        at = region.find(piece, offset)
        offset = at + len(piece)
        name = re.sub(r"^(?:the|a|an)\s+", "", piece.strip(), flags=re.IGNORECASE)
        name = strip_owner(name)
        described = _DESCRIBED_NAME.match(name)  # "mountain camps Hpun Pyen Bum": the name after the noun
        if described and described.group("noun").lower() in vocab().words("place_nouns"):
            name = name[described.end() :]
        verb = _ITEM_VERB.search(name)
        if verb and items and _SPOKEN_AFTER.match(name, verb.start()):
            break  # '..., the Emergency Response Rooms said': who tells it, not one more target
        name = name[: verb.start()] if verb else name
        cut = _ITEM_CUT.search(name)
        core = name[: cut.start()] if cut else name
        words = core.split()
        place_phrase = (
            bool(words)
            and words[0].lower() in _PLACE_MODIFIERS
            and words[-1].lower() in vocab().words("place_nouns")
        )
        if not core or not (core[0].isupper() or (place_phrase and re.search(r"[A-Z]", piece))):
            break
        end = len(piece)
        if verb and piece.find(name) >= 0:  # the claim ends with the target, not the headline's verb
            end = piece.find(name) + len(name)
        items.append((pos + at, pos + at + end, core.strip()))
    return items


def event_drafts(sentence: Sentence, existing: list[Draft]) -> list[Draft]:
    """Qualitative claims: an attack, capture, casualties or cause the sentence states without a count."""
    v = vocab()
    text = sentence.text
    have = {d.kind for d in existing}
    out: list[Draft] = []
    span = (sentence.start, sentence.end)
    if not _statement_like(sentence):
        return out
    captures = [d for d in existing if d.kind is ClaimKind.CAPTURE]
    for m in v.capture.finditer(text):
        if _PASSIVE_CAPTURE.match(m.group(0)) and any(d.end <= sentence.start + m.start() for d in captures):
            continue  # 'Goma, the capital, fell to M23': told by the target before the verb
        if _materiel(text, m) or _people_taken(text, m) or _nothing_held_lost(text, m):
            continue  # 'weapons and equipment captured by troops', 'lost her son': no place taken
        if not is_intent(text, m.start()) and not _adjectival(text, m.start()) and not _idiom(text, m):
            s, e = _clause(text, m.start(), m.end())
            s, e = sentence.start + s, sentence.start + e
            if not any(d.start < e and s < d.end for d in captures + out):
                out.append(Draft(ClaimKind.CAPTURE, s, e, "event:capture"))
    if ClaimKind.ATTACK not in have:
        attack = _attack_evidence(
            text,
            captures_at=[d.start - sentence.start for d in existing + out if d.kind is ClaimKind.CAPTURE],
            casualty_claimed=ClaimKind.CASUALTIES in have,
        )
        if attack is not None and not _MODAL.search(text[max(0, attack - 40) : attack + 40]):
            launch = re.match(r"[\w-]+", text[attack:]).group(0).lower() in LAUNCH_WORDS and bool(
                v.launch.search(text, max(0, attack - 40), attack)
            )
            out.append(Draft(ClaimKind.ATTACK, *span, "event:attack:launch" if launch else "event:attack"))
            if launch:  # 'launched a counteroffensive, ... and conducting ground assaults': the assaults too
                out += _attack_after_launch(sentence, attack)
    casualty = v.casualty.search(text)
    reported = casualty is not None and not _commentary(text, casualty.start())
    if ClaimKind.CASUALTIES not in have and reported and not _MODAL.search(text):
        out.append(Draft(ClaimKind.CASUALTIES, *span, "event:casualties"))
    means = [m for m in v.cause.finditer(text) if not _the_event_itself(text, m)]
    if means and v.cause_event.search(text):
        out.append(Draft(ClaimKind.CAUSE, *span, "event:cause"))
    return out


_EVENT_NOUNS = {"blast", "explosion", "explosions"}
_THE_EVENT_BEFORE = re.compile(r"(?i)\bthe\s+(?:[\w-]+\s+)?$")
_EVENT_PART_AFTER = re.compile(r"(?i)\s+(?:radius|zone|field|site|area|wave)\b")


def _the_event_itself(text: str, m: re.Match[str]) -> bool:
    """'the source of the blast', 'the blast radius': the event told before, not how it happened
    (unlike 'a single, large explosion' or 'an explosion of ammonium nitrate')."""
    if m.group(0).lower() not in _EVENT_NOUNS:
        return False
    definite = _THE_EVENT_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return bool(definite or _EVENT_PART_AFTER.match(text, m.end()))


_QUOTE_OR_CLAUSE_END = re.compile(r"[“”\";:]")


def _attack_after_launch(sentence: Sentence, launch: int) -> list[Draft]:
    """An attack told in a later clause than the launch of an offensive is an event of its own."""
    text = sentence.text
    _, clause_end = _clause(text, launch, launch + 1)
    later = _attack_evidence(text[clause_end:], [], casualty_claimed=False)
    if later is None:
        return []
    word = re.match(r"[\w-]+", text[clause_end + later :]).group(0).lower()
    if word in LAUNCH_WORDS:
        return []
    s, _ = _clause(text, clause_end + later, clause_end + later + len(word))
    return [Draft(ClaimKind.ATTACK, sentence.start + s, sentence.end, "event:attack")]


def _commentary(text: str, position: int) -> bool:
    """Analysis or opinion ('in my opinion', 'is said to be', 'indicative of') in the quoted passage or
    clause that holds `position`: such passages report no event of their own."""
    before = [m.end() for m in _QUOTE_OR_CLAUSE_END.finditer(text, 0, position)]
    after = _QUOTE_OR_CLAUSE_END.search(text, position)
    return bool(
        vocab().commentary.search(text, before[-1] if before else 0, after.start() if after else len(text))
    )


def _statement_like(sentence: Sentence) -> bool:
    """A full sentence or the title; headings and widget labels state no event. A long sentence cut off
    without its full stop (scraped text loses link words) is still a sentence."""
    words = sentence.text.split()
    ended = bool(re.search(r"[.!?\"”’)]$", sentence.text.strip()))
    return len(words) >= 4 and (ended or sentence.start == 0 or len(words) >= 15)


def _materiel(text: str, m: re.Match[str]) -> bool:
    """The thing taken is weapons or equipment: the noun before a passive verb or just after an active one."""
    materiel = vocab().words("materiel_nouns")
    before = re.search(r"([\w-]+)\s+$", text[max(0, m.start() - 30) : m.start()])
    passive = re.match(r"\s+(?:by|from)\b", text[m.end() :])
    if passive and before and before.group(1).lower() in materiel:
        return True
    after = re.findall(r"[\w-]+", text[m.end() : m.end() + 40])[:4]  # 'seized large stocks of arms'
    return not passive and any(w.lower() in materiel for w in after)


_KIN = frozenset(
    {"son", "sons", "daughter", "daughters", "husband", "wife", "mother", "father", "brother", "sister"}
    | {"child", "children", "family", "relatives", "home", "homes", "house", "job", "life", "lives"}
)


def _nothing_held_lost(text: str, m: re.Match[str]) -> bool:
    """'The pound has lost two-thirds of its value': a loss of something no one holds, not of a place. A
    place lost is named ('lost Lashio'), a place noun ('lost the base') or ground, territory, control."""
    if not m.group(0).lower().startswith("los"):
        return False
    after = re.findall(r"[\w-]+", re.split(r"[.;:]|,(?!\d)", text[m.end() : m.end() + 60])[0])[:6]
    before = re.findall(r"[\w-]+", text[max(0, m.start() - 30) : m.start()])[-2:]  # 'territory lost'
    held = vocab().words("place_nouns") | {"ground", "territory", "control", "positions", "position"}
    return not any(w[0].isupper() or w.lower() in held for w in after) and not any(
        w.lower() in held for w in before
    )


def _people_taken(text: str, m: re.Match[str]) -> bool:
    """'who lost her son', 'captured more than 200 soldiers', '150 personnel were captured': people lost or
    taken prisoner, not a position given up or taken."""
    v = vocab()
    people = v.words("person_nouns") | _KIN
    clause = re.split(r"[.;:]|,(?!\d)", text[m.end() : m.end() + 40])[0]  # 'lost "fewer than five" fighters'
    after = [w.lower() for w in re.findall(r"[\w-]+", clause)[:5]]
    if any(w in v.words("place_nouns") for w in after):
        return False
    if any(w in people for w in after):
        return True
    before = text[max(0, m.start() - 80) : m.start()]
    passive = re.search(r"(?i)\b(?:were|was|been|being)\s+(?:\w+\s+)?$", before)
    if not passive and m.group(0).lower() != "surrendered":
        return False  # active: the place taken follows the verb
    subject = [w.lower() for w in re.findall(r"[\w-]+", re.split(r"[,.;:]", before)[-1])[-8:]]
    return any(w in people for w in subject) and not any(w in v.words("place_nouns") for w in subject)


def _idiom(text: str, m: re.Match[str]) -> bool:
    return bool(re.match(r"\s+the\s+initiative", text[m.end() :], re.IGNORECASE))


LAUNCH_WORDS = {
    "offensive",
    "offensives",
    "counteroffensive",
    "counter-offensive",
    "operation",
    "operations",
    "combat",
}


_DISCRETE_ATTACKS = frozenset(
    {"attack", "attacks", "strike", "strikes", "assault", "assaults", "airstrike", "airstrikes", "air strike"}
    | {"air strikes", "raid", "raids", "ambush", "ambushes", "bombing", "bombings"}
)
"""Attacks told as single events: 'these airstrikes', 'the raid' refer back to one already told."""


def _attack_evidence(text: str, captures_at: list[int], casualty_claimed: bool) -> int | None:
    """Position of a word that reports an attack; 'offensive' counts only when launched or under way.

    References back to an attack already told ('the attack killed...') and possessive generalities
    ('the AA's attacks') report no new attack.
    """
    v = vocab()
    for m in v.attack.finditer(text):
        word = m.group(0).lower()
        before = text[max(0, m.start() - 30) : m.start()]
        if _commentary(text, m.start()) or _no_event_of_its_own(text, m):
            continue
        if word in LAUNCH_WORDS:
            launched = v.launch.search(text, max(0, m.start() - 40), m.start())
            if launched and not is_intent(text, launched.start()):  # not 'they will launch their next'
                return m.start()
            if _AN_OFFENSIVE_BEFORE.search(before) and _AT_A_PLACE.match(text, m.end()):
                return m.start()  # 'with a limited offensive at Shwegu': one offensive, named by its place
            continue
        if word in {"attack", "attacks"} and is_intent(text, m.start()):
            continue
        if re.search(r"[’']s\s+(?:[\w-]+\s+)?$", before):
            continue
        if word in _DISCRETE_ATTACKS and _DEFINITE.search(before):
            continue
        clause_start, clause_end = _clause(text, m.start(), m.end())
        captured = any(clause_start <= at < clause_end for at in captures_at)
        if captured and word not in {"fighting", "clashes", "clash", "battle", "battles"}:
            continue  # the attack that took the place the clause tells of
        return m.start()
    return None


_AN_OFFENSIVE_BEFORE = re.compile(r"(?i)\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$")
_AT_A_PLACE = re.compile(r"\s+(?:at|on|against|in|near)\s+[A-Z]")
_GENERIC_AFTER = re.compile(r"(?i)\s+(?:alongside|with)\b")
_SINCE_THE_START = re.compile(
    r"(?i)\b(?:since|from|after)\s+the\s+(?:start|beginning|launch|outset)\s+of\s+(?:the|its|their)\s+$"
)
_OF_TIME = re.compile(
    r"(?i)\b(?:days?|weeks?|months?|years?|hours?)\s+of\s+(?:heavy\s+|intense\s+|fierce\s+)?$"
)
_IN_BATTLE = re.compile(r"(?i)\b(?:in|into)\s+$")
_FLED = re.compile(
    r"(?i)\b(?:fled|flee|flees|fleeing|escaped|escaping|displaced\s+by)\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)
"""'120,000 people had fled the fighting': the flight is the news, the fighting a reference."""
_NEGATED = re.compile(r"(?i)\b(?:not|never|no|denied|denies|deny|denying)\s+(?:an?\s+)?(?:[\w-]+\s+)?$")
_HYPOTHESIS = re.compile(
    r"(?i)\b(?:could|might|may|would|will|prevent|prevents|preventing|likely|unlikely|expected\s+to|poised\s+to)\b"
)


def _no_event_of_its_own(text: str, m: re.Match[str]) -> bool:
    """Attack words that report no attack: 'fought alongside' (an alliance), 'forces fighting in
    Sagaing' (who they are), 'a month of fighting' (a duration), 'since the start of the offensive' (a
    time), 'deployed in battle' (a manner), an attack denied ('was not an airstrike') and one a sentence
    only supposes ('could be the result of ... a drone attack')."""
    word = m.group(0).lower()
    before = text[max(0, m.start() - 60) : m.start()]
    if word in {"fought", "fighting", "fight"} and _GENERIC_AFTER.match(text, m.end()):
        return True
    if word == "fighting" and re.search(
        r"(?i)\b(?:forces|groups|fighters|troops|rebels|militias|those)\s+$", before
    ):
        return True
    if _OF_TIME.search(before):
        return True
    if _FLED.search(before):
        return True
    if word in {"fighting", "clashes"} and re.search(r"(?i)\b(?:by|from|amid)\s+the\s+$", before):
        return True  # 'damaged by the fighting': the fighting told before
    if word in LAUNCH_WORDS and _SINCE_THE_START.search(before):
        return True
    if word == "battle" and _IN_BATTLE.search(before):
        return True
    if _NEGATED.search(before):
        return True
    return bool(_HYPOTHESIS.search(text, max(0, m.start() - 160), m.start()))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The comma-delimited clause around [start, end)."""
    lefts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    right_m = _CLAUSE_BREAK.search(text, end)
    return (lefts[-1] if lefts else 0), (right_m.start() if right_m else len(text))


def is_cumulative(sentence: Sentence) -> bool:
    return bool(_CUMULATIVE.search(sentence.text))


_NAMED_BY_YEAR = re.compile(r"(?i)\bthe\s*$")
_SPOKEN = re.compile(
    r"(?i)\b(?:said|says|told\s+[\w.’' ]{1,40}?|added|stated|announced)(?:\s+in\s+an?\s+(?:speech|statement|"
    r"interview|video|post|briefing)|\s+at\s+an?\s+(?:press|news)\s+(?:conference|briefing))?\s*$"
)


def _reference_date(text: str, date: DateMention) -> bool:
    """Dates that state no event: a year naming a known event ('the 2021 coup', 'the 2014 census')
    and the day a statement was made ('told Myanmar Now on Friday')."""
    before = text[max(0, date.start - 50) : date.start]
    after = text[date.end : date.end + 2]
    named = _NAMED_BY_YEAR.search(before) or re.search(r"(?i)\bthe\s+\d{4}$", date.text)
    if named and date.kind == "year" and re.match(r"\s[a-z]", after):
        return True
    return spoken_on(text, date)


def spoken_on(text: str, date: DateMention) -> bool:
    """'the agency said on Thursday': the day a statement was made, not the day of its events."""
    before = text[max(0, date.start - 50) : date.start]
    return bool(_SPOKEN.search(re.sub(r"\s*\bon\s*$", "", before)))


def date_drafts(sentence: Sentence, dates: list[DateMention], drafts: list[Draft]) -> list[Draft]:
    """An event_date claim for a resolved date no other claim in the sentence carries (or a 'since' start)."""
    out = []
    for draft in drafts:
        if draft.rule == "event:attack:launch" and draft.date is not None and draft.date in dates:
            draft.kind, draft.rule = (
                ClaimKind.EVENT_DATE,
                "date:launch",
            )  # a launch dated here is a date claim
    event_kinds = {
        ClaimKind.CASUALTIES,
        ClaimKind.CAPTURE,
        ClaimKind.ATTACK,
        ClaimKind.CAUSE,
        ClaimKind.EVENT_DATE,
    }
    carried = {id(d.date) for d in drafts if d.date is not None and d.kind in event_kinds}
    for date in dates:
        if date.date is None:
            continue
        since = re.search(
            r"(?i)\bsince\b", sentence.doc_text[max(sentence.start, date.start - 60) : date.start]
        )
        if (id(date) in carried and not since) or _reference_date(sentence.doc_text, date):
            continue
        s, e = _clause(sentence.text, date.start - sentence.start, date.end - sentence.start)
        out.append(
            Draft(
                ClaimKind.EVENT_DATE,
                sentence.start + s,
                sentence.start + e,
                "date:event",
                date=date,
                subject="date",
            )
        )
    return out
