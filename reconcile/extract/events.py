"""Claims a sentence states without a count: an attack, a capture, casualties or a cause, and the
words that only seem to tell of one ('the blast told before', 'fought alongside', 'lost her son')."""

from __future__ import annotations

import re

from reconcile.extract.denials import denial
from reconcile.extract.numbers import NONE_HARMED, SUPERLATIVE
from reconcile.extract.rules import (
    ATTACK_NOUN,
    DEFINITE,
    MODAL,
    PASSIVE_CAPTURE,
    UNDER_ONES_CONTROL,
    WAY_OPENED,
    Draft,
    accompanying,
    adjectival,
    civil_body_left,
    clause_around,
    held,
    held_by,
    is_intent,
    names_a_thing,
    taken_as_subject,
)
from reconcile.extract.text import Sentence
from reconcile.extract.vocab import denial_verbs, vocab
from reconcile.models import ClaimKind

_CONTROL = frozenset({"control"})
_CONTROL_TAKEN = re.compile(
    r"(?i)\b(?:took|taken|take|takes|taking|seized|seizes|seizing|gained|assumed|established|establishes|"
    r"establishing|claims|claimed|claiming|wrested)\s+[\"“‘']?(?:full|complete|total|effective|absolute)\s+"
    r"(?:(?-i:[A-Z][a-z]+)\s+)?control\b[\"”’']?"
    r"|\b(?:came|come|comes|fell|falls|brought|been)\s+under\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?"
    r"(?-i:[A-Z][a-z]+)\s+control\b"
)
"""Control taken, in the words the vocabulary's list of fixed phrases does not hold: a degree and a quote
('took "complete control" of Bakhmut', 'established full control of'), a nationality ('came under complete
Russian control')."""


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
    verbs = list(v.capture.finditer(text)) if sentence.may_hold(v.cue_words("capture_words")) else []
    verbs += _CONTROL_TAKEN.finditer(text) if sentence.may_hold(_CONTROL) else ()
    for m in verbs:
        by_target = (
            PASSIVE_CAPTURE.match(m.group(0))
            or UNDER_ONES_CONTROL.match(m.group(0))
            or taken_as_subject(text, m)
        )
        if by_target and any(d.end <= sentence.start + m.start() for d in captures):
            continue  # 'Goma, the capital, fell to M23': told by the target before the verb
        if accompanying(text, m, after_a_capture=bool(captures or out)) or held_by(text, m):
            continue
        if _materiel(text, m) or _people_taken(text, m) or _nothing_held_lost(text, m):
            continue  # 'weapons and equipment captured by troops', 'lost her son': no place taken
        if civil_body_left(text, m):
            continue  # 'Doctors Without Borders has withdrawn from Kunduz': an aid group left
        if not is_intent(text, m.start()) and not adjectival(text, m.start()) and not _idiom(text, m):
            # 'held the airport and denied that M23 had captured it': the denial's clause tells it
            s, e = _denied_clause(text, m.start()) or clause_around(text, m.start(), m.end())
            s, e = sentence.start + s, sentence.start + e
            if not any(d.start < e and s < d.end for d in captures + out):
                rule = f"event:capture{held(text, m)}"
                out.append(Draft(ClaimKind.CAPTURE, s, e, rule, place=_fallen_place(text, m)))
    if ClaimKind.ATTACK not in have and sentence.may_hold(v.cue_words("attack_words")):
        attack = _attack_evidence(
            text,
            captures_at=[
                d.start - sentence.start
                for d in existing + out
                if d.kind is ClaimKind.CAPTURE and not denial().match(sentence.doc_text, d.start)
            ],  # an attack repelled beside a fall denied ('repelled the assault and denied X had fallen')
            casualty_claimed=ClaimKind.CASUALTIES in have,
        )
        foretold = _FORETOLD.match(text, attack, attack + 160) if attack is not None else None
        if attack is not None and not MODAL.search(text[max(0, attack - 40) : attack + 40]) and not foretold:
            launch = re.match(r"[\w-]+", text[attack:]).group(0).lower() in LAUNCH_WORDS and bool(
                v.launch.search(text, max(0, attack - 40), attack)
            )
            told = _denied_clause(text, attack)  # 'and denied that it had struck the hospital'
            where = (sentence.start + told[0], sentence.start + told[1]) if told else span
            out.append(Draft(ClaimKind.ATTACK, *where, "event:attack:launch" if launch else "event:attack"))
            if launch:  # 'launched a counteroffensive, ... and conducting ground assaults': the assaults too
                out += _attack_after_launch(sentence, attack)
    told = v.casualty.finditer(text) if sentence.may_hold(v.cue_words("casualty_words")) else ()
    casualty = next(
        (
            m
            for m in told
            if not _THE_VICTIMS.search(text, 0, m.start())
            and not _HOW_MANY.search(text, max(0, m.start() - 60), m.start())
            and not _RANKED_AMONG.search(text, max(0, m.start() - 50), m.start())
            and not _NOTHING_TOLD.search(text, max(0, m.start() - 80), m.start())
            and not _no_figures_given(text, m)
            and not _count_unknown(text, m)
            and not _INTENDED_HARM.search(text, max(0, m.start() - 60), m.start())
            and not (m.group(0).lower().startswith("execut") and _AN_OPERATION_AFTER.match(text, m.end()))
            and not (
                m.group(0).lower().startswith(("eliminat", "neutrali"))
                and _A_THING_AFTER.match(text, m.end())
            )
        ),
        None,
    )
    reported = casualty is not None and not _commentary(text, casualty.start())
    if ClaimKind.CASUALTIES not in have and reported and not MODAL.search(text):
        out.append(Draft(ClaimKind.CASUALTIES, *span, "event:casualties"))
    causes = v.cause.finditer(text) if sentence.may_hold(v.cue_words("cause_words")) else ()
    means = [m for m in causes if not _the_event_itself(text, m) and not names_a_thing(text, m)]
    if means and (v.cause_event.search(text) or _USED_IN_THE_EVENT.search(text)):
        out.append(Draft(ClaimKind.CAUSE, *span, "event:cause"))
    return out


_USED_IN_THE_EVENT = re.compile(
    rf"(?i)\b{ATTACK_NOUN}\s+(?:[\w-]+\s+){{0,2}}(?:was\s+|were\s+)?used\b"
    rf"|\bused\s+in\s+the\s+(?:[\w-]+\s+){{0,2}}{ATTACK_NOUN}\b"
)
"""'the strike also used cluster munitions', 'munitions were used in the second missile', 'the type of
missile that was used': the means of the event told (not 'the military used its aircraft to target')."""
_AN_OPERATION_AFTER = re.compile(
    r"(?i)\s+(?:the|an?|its|their|this|that)\s+(?:[\w-]+\s+)?(?:assault|attack|operation|plan|strike|raid|order|"
    r"mission|offensive|ambush|manoeuvre|maneuver|siege|campaign|blockade)s?\b"
)
"""'executed the assault with precision': carried out, no one put to death."""
_A_THING_AFTER = re.compile(
    r"(?i)\s+(?:the|an?|this|that|its|their|any|all)\s+(?:[\w-]+\s+)?(?:threats?|risks?|dangers?|needs?|"
    r"problems?|capacity|capabilit(?:y|ies)|abilit(?:y|ies)|possibilit(?:y|ies)|obstacles?|presence|influence)\b"
)
"""'aims to eliminate the threat', 'neutralised the danger': a thing removed, no one killed."""
_CAPITALISED_NAME = r"\b([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
_NAME_BEFORE = re.compile(rf"{_CAPITALISED_NAME}(?:had\s+|has\s+|have\s+)?$")
_NAME_BEFORE_PASSIVE = re.compile(
    rf"{_CAPITALISED_NAME}(?:was|were|(?:had|has|have)\s+been)\s+(?:\w+ly\s+)?$"
)
_TAKEN_PARTICIPLES = frozenset(
    {"captured", "seized", "taken", "overrun", "retaken", "recaptured", "liberated"}
)


def _fallen_place(text: str, m: re.Match[str]) -> str | None:
    """'denied that Lachin had fallen', 'around the time El-Fasher was captured': the place is the name
    the verb follows."""
    verb = m.group(0).lower().split()[-1]
    if verb in {"fell", "fallen", "falls"}:
        named = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
    elif verb in _TAKEN_PARTICIPLES:
        named = _NAME_BEFORE_PASSIVE.search(text, max(0, m.start() - 60), m.start())
    else:
        return None
    if named is None or vocab().actor.match(named.group(1)) or named.group(1).split()[0] in _NOT_NAMES:
        return None
    return named.group(1)


_NOT_NAMES = frozenset({"The", "It", "They", "He", "She", "This", "That", "We", "A", "An", "Its", "Their"})


def _denied_clause(text: str, at: int) -> tuple[int, int] | None:
    """The clause a denial opens around an event word it governs ('..., and denied that it had struck the
    hospital'): the denied event is told there, not by the whole sentence."""
    s, e = clause_around(text, at, at)
    denials = list(denial().finditer(text, s, at))
    return (denials[-1].start(), e) if denials else None


_THE_VICTIMS = re.compile(
    r"(?i)\b(?:the|their|its|(?:search|look)(?:es|s|ed|ing)?\s+for)\s+(?=\S*$)"
    r"|\baccess\b[^.;,]{0,30}?\bto\s+(?=\S*$)"
)
"""'helped carry the wounded', 'buried their dead', 'search for missing', 'impeding access for ambulances to
casualties': people a sentence refers back to or speaks of reaching, not new casualties."""
_HOW_MANY = re.compile(r"(?i)\bhow\s+many\b[^.;,]*$")
"""'accounts of how many people died': a question about the toll, no casualties told."""
_RANKED_AMONG = re.compile(rf"(?i)\bone\s+of\s+the\s+{SUPERLATIVE}\s+(?:[\w-]+\s+)?$")
"""'one of the largest massacres in Port-au-Prince or Artibonite in recent years': a ranking among past
events, no casualties told (the count before it tells this one's)."""
_NOTHING_TOLD = re.compile(
    r"(?i)\b(?:no|not|never|declined\s+to|refused\s+to|without)\b[^.;]{0,40}?\b"
    r"(?:(?:comment(?:ed|ing)?|information|word|details|figures|reports?|confirmation|mention)\s+"
    r"(?:on|of|about|regarding|for)|disclose[sd]?|reveal(?:ed)?|give|gave|confirm(?:ed)?|mention(?:ed)?)\s+"
    r"(?:(?:the\s+)?(?:number|extent|scale)\s+of\s+)?"
    r"(?:(?:any|either|both|the|these|those|its|their|his|her|own|civilian|military)\s+){0,2}"
    r"(?:[A-Z][\w-]*\s+|(?:[a-z-]+\s+){1,3})?$"
    r"|\b(?:avoid|prevent|minimi[sz]e|reduce|limit)\s+(?:any\s+)?(?:unnecessary\s+|further\s+|civilian\s+)?$"
)
"""'He did not disclose KIA casualties', 'to avoid unnecessary casualties', 'It did not comment on
casualties', 'no immediate reports of casualties', 'did not give figures for casualties', 'did not provide
details on the number of casualties', 'has not commented on either attack', 'made no mention of the battle',
'It did not mention civilian casualties', 'has not been able to confirm the hospital attack and death toll':
nothing told of them."""
_FIGURES_AFTER = re.compile(r"(?i)\s+(?:figures?|numbers?|tolls?|counts?|tall(?:y|ies)|data|estimates?)\b")
_NEGATED_BEFORE = re.compile(r"(?i)\b(?:no|not|never|without|declined|refused)\b|n[’']t\b")


_INTENDED_HARM = re.compile(
    r"(?i)\b(?:attempt|bid|effort|intended|intends|aimed|aims|designed|trying|tried|meant|wants?|wanted)\s+to\s+"
    r"(?:[\w-]+\s+){0,3}$"
    r"|\b(?:possible|potential)\s+(?:mass\s+)?$"
)
"""'in an attempt to kill as many people as possible', 'a deliberate attempt to cause maximum civilian
casualties': harm aimed at, no casualties told; 'concerns about the possible killing of civilians': harm
only supposed."""


def _no_figures_given(text: str, m: re.Match[str]) -> bool:
    """'Azerbaijan did not immediately give its own casualty figures', 'no casualty figures were released',
    'He did not give a precise death toll': figures withheld, no casualties told."""
    figures = _FIGURES_AFTER.match(text, m.end()) or _A_TOLL.search(m.group(0))
    return bool(figures and _NEGATED_BEFORE.search(text, max(0, m.start() - 60), m.end()))


def _count_unknown(text: str, m: re.Match[str]) -> bool:
    """'The number of casualties was still unknown', 'The exact number of deaths ... has been unknown', 'The
    number of casualties has not been reported': a toll no one knows, no casualties told."""
    return bool(_NUMBER_OF.search(text, max(0, m.start() - 30), m.start()) and _UNKNOWN.search(text, m.end()))


_NUMBER_OF = re.compile(r"(?i)\b(?:number|toll|count|extent|scale)\s+of\s+(?:[\w-]+\s+)?$")
_UNKNOWN = re.compile(
    r"(?i)\b(?:unknown|unclear|not\s+(?:yet\s+|immediately\s+)?(?:known|clear)"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:reported|released|disclosed|made\s+public|confirmed))\b"
)
_A_TOLL = re.compile(r"(?i)\btoll$")


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
    _, clause_end = clause_around(text, launch, launch + 1)
    later = _attack_evidence(text[clause_end:], [], casualty_claimed=False)
    if later is None:
        return []
    word = re.match(r"[\w-]+", text[clause_end + later :]).group(0).lower()
    if word in LAUNCH_WORDS:
        return []
    s, _ = clause_around(text, clause_end + later, clause_end + later + len(word))
    return [Draft(ClaimKind.ATTACK, sentence.start + s, sentence.end, "event:attack")]


def _commentary(text: str, position: int) -> bool:
    """Analysis or opinion ('in my opinion', 'is said to be', 'indicative of') in the quoted passage or
    clause that holds `position`: such passages report no event of their own."""
    before = [m.end() for m in _QUOTE_OR_CLAUSE_END.finditer(text, 0, position)]
    after = _QUOTE_OR_CLAUSE_END.search(text, position)
    return bool(
        vocab().commentary.search(text, before[-1] if before else 0, after.start() if after else len(text))
    )


_FORETOLD = re.compile(
    r"(?i)(?:[^;,]|,(?!\s+(?:and|but|while|as|after|which|who|when)\b))*?\b(?:is|are|remains?)\s+"
    r"(?:(?:very|highly|also|still|increasingly)\s+)?(?:likely|possible|probable|expected|feared|imminent)\b"
    r"(?!\s+(?:to|that)\b)"
    r"|[\w-]+\s+(?:[\w-]+\s+)?(?:will|would)\s+(?:likely\s+)?(?:intensify|escalate|resume|continue|spread)\b"
    r"|[^;.]{0,40}?\bcan\s+(?:constitute|amount\s+to|be\s+considered)\b"
)
"""After an attack word, what is yet to come or what such attacks are in general: 'Further attacks ... are
likely', 'ground and air assaults, are possible in the intermediate term', 'fears that fighting will
intensify', 'Attacks against peacekeepers can constitute war crimes': no attack told."""


def _statement_like(sentence: Sentence) -> bool:
    """A full sentence or the title; headings and widget labels state no event. A long sentence cut off
    without its full stop (scraped text loses link words) is still a sentence."""
    words = sentence.text.split()
    ended = bool(re.search(r"[.!?\"”’)]$", sentence.text.strip()))
    return len(words) >= 4 and (ended or sentence.start == 0 or len(words) >= 15)


_NOUN_BEFORE_VERB = re.compile(
    r"([\w-]+)\s+((?:(?:had|has|have|was|were|is|are|been|being)\s+)*(?:been|was|were)\s+)?$"
)
"""The noun before a verb, past a passive's auxiliaries ('rounds of ammunition had been handed over')."""
_PASSIVE_IS = re.compile(r"(?i)\b(?:is|was|were|are|been|being)\s+(?:also\s+|reportedly\s+)?$")
_CLAUSE_CLOSES = re.compile(r"\s*(?:[.;]|$)")
_THINGS_WHICH = re.compile(r"([\w-]+),?\s+(?:which|that)\s+(?:[\w-]+\s+){0,2}$")


def _materiel(text: str, m: re.Match[str]) -> bool:
    """The thing taken is weapons or equipment: the noun before a passive verb or just after an active one."""
    materiel = vocab().words("materiel_nouns")
    before = _NOUN_BEFORE_VERB.search(text[max(0, m.start() - 40) : m.start()])
    passive = re.match(r"\s+(?:by|from)\b", text[m.end() :]) or _CLAUSE_CLOSES.match(text, m.end())
    if (passive or (before and before.group(2))) and before and before.group(1).lower() in materiel:
        return True  # 'ammunition had been handed over', 'weapons seized by the army', 'and weapons seized.'
    which = _THINGS_WHICH.search(text, max(0, m.start() - 60), m.start())
    if which and which.group(1).lower() in materiel:
        return True  # 'large quantities of weapons, which they seized from soldiers'
    if _PASSIVE_IS.search(text, max(0, m.start() - 12), m.start()):  # 'evidence relevant to the
        subject = re.split(r"[,;:]|\band\b", text[max(0, m.start() - 60) : m.start()])[-1]  # case is seized'
        words = {w.lower() for w in re.findall(r"[\w-]+", subject)}
        if words & materiel and not words & vocab().words("place_nouns"):
            return True

    after = re.findall(r"[\w-]+", text[m.end() : m.end() + 70])[:8]  # 'seized a large amount of ammunition'
    return not passive and any(w.lower() in materiel for w in after)


_KIN = frozenset(
    {"son", "sons", "daughter", "daughters", "husband", "wife", "mother", "father", "brother", "sister"}
    | {"child", "children", "family", "relatives", "home", "homes", "house", "job", "life", "lives"}
)


def _nothing_held_lost(text: str, m: re.Match[str]) -> bool:
    """'The pound has lost two-thirds of its value', 'do not abandon their methods': a loss of something no
    one holds, not of a place. A place lost is named ('lost Lashio'), a place noun ('lost the base') or
    ground, territory, control."""
    if not m.group(0).lower().startswith(("los", "abandon")):
        return False
    after = _words_after(text, m.end(), 60, 6)
    before = re.findall(r"[\w-]+", text[max(0, m.start() - 30) : m.start()])[-2:]  # 'territory lost'
    held = vocab().words("place_nouns") | {"ground", "territory", "control", "positions", "position"}
    return not any(w[0].isupper() or w.lower() in held for w in after) and not any(
        w.lower() in held for w in before
    )


def _words_after(text: str, end: int, reach: int, limit: int) -> list[str]:
    """The first words of the clause after a verb ('lost "fewer than five" fighters'); a comma inside a
    number ('1,280 troops') does not end it."""
    return re.findall(r"[\w-]+", _CLAUSE_END.split(text[end : end + reach])[0])[:limit]


_CLAUSE_END = re.compile(r"[.;:]|,(?!\d)")


_FALL_WORDS = re.compile(r"(?i)\b(?:fell|fallen|falls|came|come|comes|brought)\b")


_PEOPLE_DOING = frozenset({"who", "trying", "defending", "resisting", "guarding", "fighting"})
_PEOPLE_COUNTED_BEFORE = re.compile(
    r"(?i)\b(?:killed|dead|wounded|injured|martyred)\s+and\s+(?:more\s+than\s+|about\s+|some\s+)?[\d,]+\s+$"
)
"""A second count of the people the first counted, right before its verb ('killed and 48 captured')."""


def _people_taken(text: str, m: re.Match[str]) -> bool:
    """'who lost her son', 'captured more than 200 soldiers', '150 personnel were captured': people lost or
    taken prisoner, not a position given up or taken."""
    v = vocab()
    if _FALL_WORDS.search(m.group(0)):
        return False  # 'Mansi had fallen to its fighters': the people after a fall took it
    if m.group(0).lower().startswith("surrender"):
        return _people_surrendered(text, m)
    people = v.words("person_nouns") | _KIN
    after = [w.lower() for w in _words_after(text, m.end(), 40, 7)]  # 'capture of at least 100 enemy troops'
    place_at = next((i for i, w in enumerate(after) if w in v.words("place_nouns")), len(after))
    modifiers = after[: max(0, place_at - 1)]  # 'taken over the police compound': a place the police held
    if (place_at < len(after) and not any(w in people for w in modifiers)) or after[:1] == ["from"]:
        return False  # 'withdrew from Hama after rebel fighters broke through': the place left comes first
    if any(w in people for w in after) or (after[:1] == ["those"] and set(after[1:2]) & _PEOPLE_DOING):
        return True  # 'overran those trying to resist them', 'captured 40 soldiers near the town': people
    before = text[max(0, m.start() - 80) : m.start()]
    if _PEOPLE_COUNTED_BEFORE.search(before):
        return True  # '96 fighters had been killed and 48 captured': the 48 are people
    passive = re.search(r"(?i)\b(?:were|was|been|being)\s+(?:\w+\s+)?$", before)
    if not passive and m.group(0).lower() != "surrendered":
        return False  # active: the place taken follows the verb
    subject = [w.lower() for w in re.findall(r"[\w-]+", re.split(r"[,.;:]", before)[-1])[-8:]]
    counted = bool(subject) and (subject[-1] in v.vague or subject[-1].replace(",", "").isdigit())
    if m.group(0).lower() == "surrendered" and counted:
        return True  # 'dozens surrendered', '40 surrendered': people, counted
    return any(w in people for w in subject) and not any(w in v.words("place_nouns") for w in subject)


_SURRENDERING_PEOPLE = frozenset({"they", "he", "she", "we", "who"})
"""Pronouns for people who surrender; the nouns come from the vocabulary's people and forces."""


def _people_surrendered(text: str, m: re.Match[str]) -> bool:
    """'another 32 junta forces also surrendered', 'I heard that they surrendered yesterday', 'a commander
    ... surrendered to the Karen army's Brigade 4': people gave themselves up. Only a place given up
    ('surrendered the base') or surrendering with no one named before it ('the town surrendered to the
    rebels') is a capture."""
    v = vocab()
    places = v.words("place_nouns")
    after = [w.lower() for w in _words_after(text, m.end(), 40, 4)]
    if after[:1] != ["to"] and any(w in places for w in after):
        return False
    people = v.words("person_nouns") | v.words("force_nouns") | _SURRENDERING_PEOPLE
    subject = [w.lower() for w in re.findall(r"[\w-]+", _SUBJECT_END.split(text[: m.start()], maxsplit=1)[0])]
    if subject and subject[0] not in _OPENING_CIRCUMSTANCE and any(w in places for w in subject):
        return any(w in people for w in subject)  # 'The military headquarters of X, which had gathered
        # hundreds of forces, surrendered': the headquarters, whatever its clause names
    return any(w.lower() in people for w in re.findall(r"[\w-]+", text[: m.start()]))


_SUBJECT_END = re.compile(r"[,(–—]")
"""Where a sentence's subject ends: at an aside or a relative clause."""
_OPENING_CIRCUMSTANCE = frozenset({"in", "at", "on", "after", "near", "when"})
"""First words of an opening phrase of place or time ('In the town, 40 soldiers surrendered'): no subject."""


def _idiom(text: str, m: re.Match[str]) -> bool:
    """'seized the initiative', 'had fallen into disuse', 'since it seized power in a 2021 coup', 'which was
    captured on camera', 'footage captured the scene', 'stripped of their jobs': capture words that take
    nothing."""
    if m.group(0).lower().endswith("fallen"):
        return _FALLEN_INTO.match(text, m.end()) is not None
    if m.group(0).lower().startswith("strip") and _STRIPPED_OF_THEIR_OWN.match(text, m.end()):
        return True
    if m.group(0).lower().startswith("captur") and _FILMED_BY.search(text, max(0, m.start() - 40), m.start()):
        return True
    return _TAKES_NO_PLACE.match(text, m.end()) is not None


_TAKES_NO_PLACE = re.compile(
    r"(?i)\s+(?:the\s+)?(?:initiative|power|momentum|lead|advantage|opportunity)\b"
    r"|\s+(?:on|in)\s+(?:camera|video|film|tape|cctv|footage)\b"
)
_FILMED_BY = re.compile(
    r"(?i)\b(?:footage|videos?|cameras?|images?|photos?|photographs?|cctv|films?|recordings?)\s+"
    r"(?:(?:has|have|had)\s+)?(?:also\s+)?$"
)
"""'Verified video footage captured the chilling scene': a recording, nothing taken."""
_STRIPPED_OF_THEIR_OWN = re.compile(r"(?i)\s+of\s+(?:their|his|her|its|our|my|your)\b")
"""'stripped of their jobs, homes and families': people deprived, no place taken."""


_FALLEN_INTO = re.compile(
    r"(?i)\s+(?:into|in|by|short|silent|sharply|behind|below|apart|ill|asleep|victim|off|out|back|from|on|over)\b"
)


LAUNCH_WORDS = {
    "offensive",
    "offensives",
    "counteroffensive",
    "counter-offensive",
    "operation",
    "operations",
    "combat",
}


_DEMONSTRATIVE = re.compile(r"(?i)\b(?:this|these|those)\s+(?:[a-z-]+\s+){0,2}$")
"""'These deliberate attacks on defenceless worshippers': the ones told, whatever words describe them."""
_DISCRETE_ATTACKS = frozenset(
    {"attack", "attacks", "strike", "strikes", "assault", "assaults", "airstrike", "airstrikes", "air strike"}
    | {"air strikes", "raid", "raids", "ambush", "ambushes", "bombing", "bombings", "incursion", "incursions"}
)
"""Attacks told as single events: 'these airstrikes', 'the raid' refer back to one already told."""


_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)\b")


def _names_a_unit(text: str, m: re.Match[str]) -> bool:
    """A capitalised attack word before a formation word ('Assault Brigade') is part of a unit's name."""
    if not m.group(0)[:1].isupper():
        return False
    following = _NEXT_WORD.match(text, m.end())
    return following is not None and following.group(1).lower() in vocab().words("formation_words")


_EQUIPMENT_NAMED = re.compile(
    r"(?i)\s+(?:vehicles?|helicopters?|rifles?|aircraft|boats?|craft|ships?"
    r"|sirens?|alarms?|alerts?|warnings?|shelters?|drills?)\b"
)
"""A machine or alarm an attack word names ('infantry fighting vehicles', 'attack helicopters', 'air raid
sirens', 'air raid shelters'): no attack told."""
_WARDED_OFF = re.compile(
    r"(?i)(?:\b(?:protect|protects|protecting|shield|shielding|guard|guarding|safeguard)\b[^.;:]{0,40}?"
    r"\b(?:from|against)|\b(?:prevent|prevents|preventing|deter|deterring|avert|fear|fears|threat|risk|"
    r"vulnerable|case)(?:\s+(?:of|to))?"
    r"|\b(?:end|halt|stop|cessation)\s+(?:to|of)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?)"
    r"\s*(?:(?:an?|further|future|any|new|all)\s+)?$"
)
"""'to protect it from attack', 'to prevent further attacks', 'for fear of attack': one only feared; 'calls
for an immediate end to all attacks on health care': one called off."""
_CARRIED_OUT_BEFORE = re.compile(
    r"(?i)\b(?:carried\s+out|conducted|mounted|staged)\s+(?:an?\s+)?(?:[\w-]+\s+)?$"
)
_ON_A_TARGET = re.compile(r"\s+(?:on|against)\b")


_DISMISSED = re.compile(
    r"(?i)\s+(?!(?:on|at|upon|into|toward|towards|back|from)\b)"
    r"(?:(?:a\s+number\s+of|several|two|three|dozens\s+of|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:officers|commanders|generals|officials|ministers?|chiefs?|heads?|directors?|staff|employees|aides?|"
    r"governors?|judges?|coach|manager)\b"
)
"""'fired a number of high-ranking officers', 'fired the defence minister': dismissed from a post (not 'fired
on officers', 'fired at the commanders')."""


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
        if _NOTHING_TOLD.search(text, max(0, m.start() - 80), m.start()):
            continue  # 'Israel has not commented on either attack': nothing said of it
        if _names_a_unit(text, m) or _EQUIPMENT_NAMED.match(text, m.end()):
            continue  # 'the 92nd Assault Brigade', '31 infantry fighting vehicles': names
        if word == "fired" and _DISMISSED.match(text, m.end()):
            continue  # 'Maliki has fired a number of high-ranking officers': dismissed, no shot fired
        if word in LAUNCH_WORDS:
            launched = v.launch.search(text, max(0, m.start() - 40), m.start())
            if launched and not is_intent(text, launched.start()):  # not 'they will launch their next'
                return m.start()
            if _AN_OFFENSIVE_BEFORE.search(before) and _AT_A_PLACE.match(text, m.end()):
                return m.start()  # 'with a limited offensive at Shwegu': one offensive, named by its place
            if _CARRIED_OUT_BEFORE.search(before) and _ON_A_TARGET.match(text, m.end()):
                return m.start()  # 'carried out an air operation on a gathering': an attack on it
            continue
        if word in {"attack", "attacks"} and is_intent(text, m.start()):
            continue
        if _WARDED_OFF.search(text, max(0, m.start() - 60), m.start()):
            continue  # 'dig trenches to protect the town from attack': an attack feared, not one told
        if _A_RULE_STATED.search(text, 0, m.start()):
            continue  # 'it is a war crime to deliberately target civilians, indiscriminately attack ...'
        if any(none.start("verb") == m.start() for none in NONE_HARMED.finditer(text)):
            continue  # 'no tanks were hit': an attack on them denied (a count of zero tells it)
        if re.search(r"[’']s\s+(?:[\w-]+\s+)?$", before):
            continue
        if (
            word in _DISCRETE_ATTACKS
            and (DEFINITE.search(before) or _DEMONSTRATIVE.search(before))
            and not _claimed_responsibility(text, m.start())
        ):
            continue  # 'the attack killed ...', 'these deliberate attacks' were told; 'responsibility for the
            # attack' not
        clause_start, clause_end = clause_around(text, m.start(), m.end())
        captured = any(clause_start <= at < clause_end for at in captures_at)
        if captured and word not in {"fighting", "clashes", "clash", "battle", "battles"}:
            continue  # the attack that took the place the clause tells of
        return m.start()
    return None


_A_RULE_STATED = re.compile(
    r"(?i)\bit\s+is\s+(?:(?:also|therefore|thus)\s+)?(?:an?\s+(?:war\s+)?crime|illegal|unlawful|prohibited|"
    r"forbidden|a\s+(?:grave\s+)?(?:violation|breach)\s+of\s+[\w\s]{1,40}?)\s+to\s"
)
"""What the law forbids ('Under international humanitarian law, it is a war crime to ... attack
individuals'): a rule, not an attack told."""


_RESPONSIBILITY = re.compile(
    r"(?i)\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+)?(?:the|this|that|these)\s+(?:[\w-]+\s+)?$"
)
_CLAIM_OF_WHAT = re.compile(r"(?i)[\w-]+\s+(?:[a-z]+ed|had|has|was|were|left|hit)\b")
_NO_ONE = re.compile(r"(?i)\b(?:no|not|nobody|none|yet\s+to)\b")


def _claimed_responsibility(text: str, start: int) -> bool:
    """'JNIM claimed responsibility for the attack', 'the TTP claimed the attack': who did an attack already
    told, a claim of its own; 'No group has claimed responsibility for the attack' is none, nor is 'the army
    claimed the attack killed 30' (what the attack did)."""
    window = text[max(0, start - 80) : start]
    if _CLAIM_OF_WHAT.match(text, start):
        return False
    claimed = _RESPONSIBILITY.search(window)
    return claimed is not None and not _NO_ONE.search(window, max(0, claimed.start() - 25), claimed.start())


_THOSE = re.compile(r"(?i)\b(?:those|people|households|families|beneficiaries)\s+$")
_AN_OFFENSIVE_BEFORE = re.compile(r"(?i)\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$")
_AT_A_PLACE = re.compile(r"\s+(?:at|on|against|in|near)\s+[A-Z]")
_GENERIC_AFTER = re.compile(
    r"(?i)\s+(?:alongside|with)\b"
    r"|\s+to\s+(?:extinguish|put\s+out|survive|stay\s+alive|save\s+(?:the\s+)?lives|rescue)\b"
)
"""'fought alongside', 'fighting with': an alliance; 'crews fighting to extinguish the fire', 'fighting to
survive': a struggle, not combat."""
_A_CAMPAIGN_NOUN = re.compile(
    r"(?i)\b(?:the|its|their|our|his|her|a|this)\s+(?:(?:ongoing|sustained|continued|long|wider|broader|"
    r"relentless|renewed|national|global|military)\s+)?$"
)
_AGAINST_A_SCOURGE = re.compile(
    r"(?i)\s+against\s+(?:(?:armed|local|criminal|violent|islamist|jihadist)\s+)?(?:terrorists?|terrorism|"
    r"bandits?|banditry|insurgents?|insurgency|extremists?|extremism|militants?|militancy|criminals?|crime|"
    r"insecurity|kidnappers?|kidnapping|jihadists?|jihadism|rebellion|gangs?|cartels?|drug\s+trafficking)\b"
)
"""'the battle against terrorists, bandits', 'its ongoing fight against extremism': a campaign against a
kind of enemy, named without one of them ('fighting against militants in Palma' is told as a verb)."""
_SINCE_THE_START = re.compile(
    r"(?i)\b(?:since|from|after)\s+the\s+(?:start|beginning|launch|outset)\s+of\s+(?:the|its|their)\s+$"
)
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|before|until)\s+(?:the\s+)?$")
_OF_TIME = re.compile(
    r"(?i)\b(?:days?|weeks?|months?|years?|hours?)\s+of\s+(?:heavy\s+|intense\s+|fierce\s+)?$"
)
_IN_BATTLE = re.compile(r"(?i)\b(?:in|into)\s+$")
_FLED = re.compile(
    r"(?i)\b(?:fled|flee|flees|fleeing|escaped|escaping|displaced\s+by)\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)
"""'120,000 people had fled the fighting': the flight is the news, the fighting a reference."""
_BY_A_CONDITION = re.compile(
    r"(?i)\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:insurgency|insurgencies|conflict|conflicts|war|"
    r"wars|violence|unrest|crisis|rebellion|instability|drought|floods?|famine|sanctions|wave\s+of)\b"
)
"""What a place is hit or struck by when no one attacked it: a war, an insurgency, unrest, a wave of ..."""
_HABITUAL = re.compile(
    r"(?i)\b(?:most|frequent|repeated|regular|occasional|sporadic)\s+(?:[\w-]+\s+){0,3}$"
    r"|\b(?:every|each)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:record|history|pattern|escalation|spate|upsurge)\s+of\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:often|routinely|regularly|frequently|usually|typically|habitually)\s+(?:[\w-]+\s+){0,2}$"
)
"""'most clashes', 'frequent ambushes', 'every strike on Ukrainian cities', 'a long record of reckless air
strikes', 'following the escalation of attacks in the state', 'often conducts air raids': a pattern, not
one event."""
_MANY_COUNTED = re.compile(r"(?i)\b(?:number|frequency|rate|rise|increase|surge)\s+of\s+(?:[\w-]+\s+)?$")
"""Before a plural event noun: 'the number of attacks has increased', 'a rise in the number of terrorist
attacks' (not 'an unknown number of terrorists bombed the track')."""
_TREND_AFTER = re.compile(
    r"(?i)(?:\s+by\s+[^.;,]{1,60}?)?\s+(?:(?:have|has|had)\s+(?:[\w-]+\s+)?(?:increased|risen|grown|intensified|"
    r"surged|multiplied|decreased|declined|fallen|doubled|tripled|spread|become\s+(?:more\s+)?(?:common|frequent))"
    r"|(?:are|were)\s+(?:increasingly|more|less|very|now)\s+(?:common|frequent|rare|widespread))\b"
)
"""'Attacks by jihadists have increased in the Sahel', 'Islamist attacks are increasingly common': a trend of
many events, not one."""
_NEGATED = re.compile(rf"(?i)\b(?:not|never|no|{denial_verbs()})\s+(?:an?\s+)?(?:[\w-]+\s+)?$")
_INTERCEPTED = re.compile(r"(?i)\s+(?:[\w,-]+\s+){0,3}?(?:drones?|missiles?|rockets?|projectiles?|UAVs?)\b")
_DEFINITE_SUBJECT = re.compile(
    r"(?i)\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:strike|attack|raid|shell|missile|drone|bomb|blast|"
    r"explosion|airstrike|air\s+strike|assault|rocket)s?\s+(?:also\s+|reportedly\s+)?$"
)
_HYPOTHESIS = re.compile(
    r"(?i)\b(?:could|might|may|would|will|prevent|prevents|preventing|likely|unlikely|expected\s+to|poised\s+to|"
    rf"{WAY_OPENED}|ward\s+off|deter|guard\s+against)\b"
)
"""An attack supposed, foreseen or warded off ('could be the result of a drone attack', 'opens the way for
attacks on Mandalay', 'printed on the ground to ward off aerial attack'): none told."""


_RANKED_HIT = re.compile(r"(?i)\b(?:hardest|worst|most)[\s-]+$")
"""'the hardest hit', 'the worst-hit areas': a ranking of who suffered (not 'heavily hit by shelling')."""


def _no_event_of_its_own(text: str, m: re.Match[str]) -> bool:
    """Attack words that report no attack: 'fought alongside' (an alliance), 'forces fighting in
    Sagaing' (who they are), 'a month of fighting' (a duration), 'since the start of the offensive' (a
    time), 'deployed in battle' (a manner), an attack denied ('was not an airstrike') and one a sentence
    only supposes ('could be the result of ... a drone attack')."""
    word = m.group(0).lower()
    before = text[max(0, m.start() - 60) : m.start()]
    if word in {"fought", "fighting", "fight"} and _GENERIC_AFTER.match(text, m.end()):
        return True
    if _A_CAMPAIGN_NOUN.search(before) and _AGAINST_A_SCOURGE.match(text, m.end()):
        return True  # 'support the forces in the battle against terrorists, bandits': a campaign, no event
    if word == "fighting" and re.search(
        r"(?i)\b(?:forces|groups|fighters|troops|rebels|militias|those|alliance|coalition|militants|insurgents|"
        r"armies|movement|factions?)\s+$",
        before,
    ):
        return True
    if _OF_TIME.search(before):
        return True
    if word == "targeted" and _THOSE.search(before):
        return True  # '40 per cent of those targeted': people an aid plan aims at
    if _FLED.search(before):
        return True
    plural = word.endswith("s")
    if _HABITUAL.search(before) or (
        plural and (_TREND_AFTER.match(text, m.end()) or _MANY_COUNTED.search(before))
    ):
        return True  # 'most clashes involving the KIA are now in Kachin', 'frequent ambushes': a pattern
    if word == "hit" and _RANKED_HIT.search(before):
        return True  # 'Among the hardest hit is a family', 'the worst-hit areas': who suffered most
    if _BY_A_CONDITION.match(text, m.end()):
        return True  # 'Balochistan has been hit by an insurgency for two decades': a state of affairs
    if word in {"fighting", "clashes"} and re.search(r"(?i)\b(?:by|from|amid)\s+the\s+$", before):
        return True  # 'damaged by the fighting': the fighting told before
    if word in LAUNCH_WORDS and _SINCE_THE_START.search(before):
        return True
    if _SINCE_BEFORE.search(before):
        return True  # 'since fighting began in April', 'since the clashes erupted': a time
    if word == "battle" and _IN_BATTLE.search(before):
        return True
    if _NEGATED.search(before):
        return True
    if _DEFINITE_SUBJECT.search(before):
        return True  # 'The strike hit the market': the strike told before, now telling what it hit
    if word in {"shot down", "downed"} and _INTERCEPTED.match(text, m.end()):
        return True  # 'Air defences shot down 51 drones': an attack stopped, not one made
    return bool(_HYPOTHESIS.search(text, max(0, m.start() - 160), m.start()))
