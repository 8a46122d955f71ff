"""Document -> Claims: candidate numbers, verbs and dates per sentence, then provenance and context."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from reconcile.extract.actors import (
    GROUP_ROLES,
    IN_A_NAME,
    PEOPLE_OF,
    Actors,
    document_actors,
    said_it_did,
    we_did_it,
)
from reconcile.extract.dates import ANY_YEAR, SMALL_NUMBERS, TIME_NAME, WEEKDAY, DateMention, find_dates
from reconcile.extract.dating import (
    BACKGROUND,
    CONTINUES,
    SINCE,
    TIME_STAMP,
    attach_dates,
    date_sections,
    date_the_lead,
    date_the_one_day,
    date_the_title,
    dateline,
    duration_period,
    in_an_aside,
    over_the_period,
    past_of_a_noun,
    period_end,
    since_something,
    told_elsewhere,
    unresolved,
)
from reconcile.extract.denials import denial_of_the_last, denied_counts, is_denied
from reconcile.extract.events import event_drafts
from reconcile.extract.headlines import headline_actor, headline_hedges, named_in_the_body
from reconcile.extract.numbers import IMPLICIT_CUES, NUMBER_WORDS, ORDINALS, SUPERLATIVE, find_numbers
from reconcile.extract.rules import (
    ALIGNED,
    ANSWERING_WORDS,
    CONTINUED,
    EARLIER_EVENT,
    HELD,
    SHOWN_TAKEN_VERBS,
    TAKEN_PLACE_VERBS,
    UNIT,
    WITHDRAWN_VERBS,
    Draft,
    civil_body,
    compared_with,
    count_day,
    counted_by,
    date_drafts,
    describes_a_place,
    evidence_before,
    foretold,
    is_cumulative,
    measures_a_place,
    number_drafts,
    ranking_scope,
    since_event,
    spoken_on,
    strip_owner,
    target_drafts,
)
from reconcile.extract.tables import listed_figures, table_cells
from reconcile.extract.text import (
    ARABIC_ARTICLE,
    BETWEEN_SIDES,
    BODY_BEFORE_PLACE,
    DEMONYMS_IN_AN,
    DEMONYMS_IN_I,
    HISTORY_AFTER,
    PRONOUNS,
    Sentence,
    aside_told_by,
    claimed_by,
    clause_speaker,
    find_speaker,
    given_by,
    governed_from,
    headline_source,
    sentences,
    speaker_is_party,
)
from reconcile.extract.vocab import country_names, every_country, vocab
from reconcile.extract.wrapping import wrap_breaks
from reconcile.folding import fold
from reconcile.ids import derived_id
from reconcile.models import Claim, ClaimKind, Document, PartialDate, Quantity, Span, period_days

EXTRACTOR_VERSION = "0.2.0"
_OTHER_COUNT_CUES = [
    "tens",
    "dozen",
    "mother",
    "father",
    "couple",
    "pair",
    "largest",
    "biggest",
    "including",
    "no",
]
"""Words some count rule starts from besides number words, ordinals and vague counts: implicit counts
('a mother and her child'), 'including the commander', 'no one was killed'."""


_GLUE_WORDS = frozenset({"a", "an", "of", "the"})
"""Words of vague counts ('a handful of') too common to tell a count is near."""


@lru_cache(maxsize=1)
def _count_cues() -> frozenset[str]:
    """Words a count can be read from: sentences without one (or a digit) skip the number rules."""
    vague = (w for key in vocab().vague for w in key.split() if w not in _GLUE_WORDS)
    return frozenset(
        w.lower() for w in (*NUMBER_WORDS, *ORDINALS, *vague, *_OTHER_COUNT_CUES, *IMPLICIT_CUES)
    )


_COMPASS = r"(?:central|(?:north|south)(?:-?(?:east|west|central))?(?:ern)?|east(?:ern)?|west(?:ern)?)"
_PAIRED_HALF = r"(?:North|South|East|West|Upper|Lower|Northern|Southern|Eastern|Western)"
"""Halves of a pair told once: 'in North and South Kivu', 'Upper and Lower Nile'."""
_PLACE = re.compile(
    r"(?<![’'])\b(?:in|into|at|near|outside|of|on|off|against|from|around|across|throughout|over|fled|In|Into|At|Near|"
    r"Outside|From|Around|Across|Throughout|Over|(?:(?<=battle\s)|(?<=battles\s)|(?<=fighting\s)|(?<=fight\s))for|"
    r"(?:(?<=village\s)|(?<=town\s)|(?<=city\s)|(?<=area\s)|(?<=camp\s)|(?<=district\s)|(?<=hamlet\s))"
    r"(?:called|named|known\s+as))(?:\.\.\.|…)?\s+"
    rf"(?:[A-Z][\w-]*[’']s\s+(?={_COMPASS}\s))?(?:{_COMPASS}\s+)?"
    rf"((?:the\s+)?(?:{_PAIRED_HALF}\s+and\s+(?={_PAIRED_HALF}\s))?"
    rf"(?:(?:[A-Z]|{ARABIC_ARTICLE}[A-Z])[\w’'-]*"
    r"(?:\s(?:de|del|da|do|dos|das|di|du|des|la|al|el|ad|ash|ez|bin|ibn|abu)(?=\s[A-Z])"
    r"|(?:(?<=Gulf)|(?<=Bay)|(?<=Sea)|(?<=Strait)|(?<=Straits)|(?<=Horn)|(?<=Isle)|(?<=Cape))\sof(?=\s[A-Z]))?\s?){1,5})"
)
"""A place named after a preposition ('the fighting for Goma', 'a village called Solhan' too; drones downed
'over the Kursk region'), past a compass word ('in central Mali', 'in north-eastern Syria', 'in Nigeria's
north-central Benue state'), a pair told once ('in North and South Kivu'), with Arabic articles inside
('Maroun al-Ras', 'Deir ez-Zor', 'Wad al Noora'), Romance ones between its words ('Norte de Santander',
'Rio de Janeiro') and a sea's or a cape's 'of' ('the Gulf of Aden', 'the Horn of Africa')."""
_NON_PLACES = re.compile(rf"^(?:the\s+)?{TIME_NAME.pattern}")
_STAT_ROW = re.compile(r"^(?P<label>[^\n\d][^\n]{0,60})\n(?P<value>\d[\d,]*)$", re.MULTILINE)


def extract_claims(doc: Document) -> list[Claim]:
    """Every claim in a document, in text order; page furniture yields none.

    Typographic hyphens ('El‑Fasher' with U+2011) are read as plain ones and a line break that only wraps
    a paragraph as a space, one character for one so every offset holds; each claim's text is then taken
    from the document as written."""
    plain = doc.text
    if "\u2010" in plain or "\u2011" in plain:  # a scan, not translate's per-character lookup
        plain = plain.translate(_PLAIN_HYPHENS)
    breaks = wrap_breaks(plain, doc.boilerplate)
    if breaks:
        chars = list(plain)
        for offset in breaks:
            chars[offset] = " "
        plain = "".join(chars)
    if plain is doc.text:  # neither step changed a character
        return _claims_of(doc)
    claims = _claims_of(doc.model_copy(update={"text": plain}))
    return [c.model_copy(update={"text": doc.text[c.span.start : c.span.end]}) for c in claims]


_PLAIN_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _claims_of(doc: Document) -> list[Claim]:
    """The claims of a document whose hyphens are plain."""
    claims: list[Claim] = []
    context_year: int | None = None
    narrative_date: DateMention | None = None
    last_date: DateMention | None = None
    previous_kind: ClaimKind | None = None
    previous_actor: str | None = None
    last_speaker: str | None = None
    last_group: str | None = None
    last_body: str | None = None  # the body ('the RSF', 'the Sudanese government') a later 'it said' is
    paragraph = -1
    all_dates = find_dates(doc.text, 0, len(doc.text), doc.published, None) if doc.published else None
    if all_dates and doc.boilerplate:  # 'Sign up here today' in a promotion dates nothing
        all_dates = [d for d in all_dates if not doc.in_boilerplate(d.start, d.end)]
    actors = document_actors(doc.text)
    unresolvable: set[int] = set()
    last_told: list[Claim] = []
    for sentence in sentences(doc):
        if sentence.paragraph != paragraph and not CONTINUES.match(sentence.text):
            narrative_date = None
        if sentence.quote_speaker and sentence.quote_speaker.lower() in PRONOUNS:
            sentence.quote_speaker = last_speaker  # '“So far, 59 bodies ...,” she said': the one named before
        elif sentence.quote_speaker:
            sentence.quote_speaker = _described(sentence.quote_speaker, last_speaker)
        if all_dates is not None:
            dates = [d for d in all_dates if sentence.start <= d.start and d.end <= sentence.end]
        else:
            dates = find_dates(doc.text, sentence.start, sentence.end, None, context_year)
        elsewhere = {d.start for d in dates if told_elsewhere(doc, sentence, d)}
        unresolvable |= elsewhere
        furniture = [d for d in dates if dateline(doc.text, d) or _dated_title(doc, d)]
        dates = [unresolved(d) if d.start in elsewhere else d for d in dates if d not in furniture]
        dates += _since_then(sentence, last_date, doc.published) + _same_day(sentence, dates, last_date)
        words = sentence.words
        digit = _DIGIT.search(sentence.text) is not None
        asked = sentence.text.endswith("?") and _QUESTION.match(sentence.text) is not None
        if asked or (not dates and not digit and words.isdisjoint(_rule_cues())):
            # no rule can fire, or a question ('What happened on Saturday?') that asserts nothing
            last_speaker = _titled_speaker(sentence) or _person_speaking(sentence) or last_speaker
            last_body = _body_after(_spoken_of(sentence), last_body)
            paragraph = sentence.paragraph
            continue
        numbers = []
        # the count in 'for the previous six months' is a duration claim as well as a period
        if digit or not words.isdisjoint(_count_cues()):
            numbers = find_numbers(
                doc.text,
                sentence.start,
                sentence.end,
                skip=[(d.start, d.end) for d in dates + furniture if d.kind != "past_period"],
            )
        drafts = number_drafts(sentence, numbers)
        targets = target_drafts(sentence, previous_kind)
        drafts += _without_overlaps(targets, drafts)
        drafts += event_drafts(sentence, drafts)
        drafts += denied_counts(sentence, claims)
        told = [
            d
            for d in dates
            if not evidence_before(doc.text, d)
            and not ranking_scope(doc.text, d)
            and not describes_a_place(doc.text, d)
            and not compared_with(doc.text, d)
        ]  # 'the first regional command to fall since the 2021 coup': the coup's year dates no capture
        # 'Ukraine now holds': today's state, dated by no past day the story told before
        present = _PRESENT.search(sentence.text) is not None
        attach_dates(doc.text, drafts, told, None if present else narrative_date)
        drafts += date_drafts(sentence, dates, drafts)
        speaker = find_speaker(sentence.text) if drafts else None
        if drafts and speaker is None and sentence.end <= doc.title_end:
            speaker = headline_source(doc.text[: doc.title_end], doc.text[doc.title_end :])
        if speaker and sentence.quote_speaker and _FIRST_PERSON.search(speaker):
            speaker = sentence.quote_speaker  # '“According to the information we got, ...,” he said': his
        elif speaker and doc.outlet and _OUR.match(speaker):
            speaker = doc.outlet  # 'according to our own count' in a group's statement: the group's count
        elif speaker and speaker.lower() == "it" and last_body:
            speaker = last_body  # 'The RSF denied attacking civilians. In a statement, it said': the RSF
        elif speaker and speaker.lower() == "it" and last_speaker and _a_person(last_speaker):
            speaker = None  # 'It has denied targeting civilians' after a doctor spoke: a body, not him
        elif speaker and speaker.lower() in PRONOUNS:
            speaker = last_speaker  # 'He said ...', 'It said ...': the one named just before, if any
        elif speaker and last_speaker and speaker.lower() in _TOLD_BEFORE and _may_be(speaker, last_speaker):
            speaker = last_speaker  # 'The statement said', 'the spokesperson said': the source just named
        elif speaker and last_group and speaker.lower() in _GROUP_TOLD_BEFORE:
            speaker = last_group  # 'the group said': the armed group that spoke last, not the residents since
        elif speaker:
            speaker = _described(speaker, last_speaker)
        named = speaker if drafts and speaker and speaker.lower() not in PRONOUNS else None
        titled = _titled_speaker(sentence)
        # with claims, the sentence's speaker is known already; a sentence without tells who 'he' will be
        last_speaker = titled or named or (None if drafts else _person_speaking(sentence)) or last_speaker
        last_group = named if named and vocab().actor.search(named) else last_group
        last_body = _body_after(named if drafts else _spoken_of(sentence), last_body)
        governs = sentence.start + governed_from(sentence.text, speaker) if speaker else sentence.start
        tellers = _aside_tellers(sentence, speaker)
        drafts = [d for d in drafts if not _counts_the_teller(sentence, d, speaker)]
        victims = [  # the dead a count names; an event told by the whole sentence names no one
            (d.start, d.end)
            for d in drafts
            if d.kind is ClaimKind.CASUALTIES and not d.rule.startswith("event:")
        ]
        told_here = over_the_period(
            [
                _continued(
                    _claim(
                        doc,
                        sentence,
                        d,
                        clause_speaker(sentence, d.start)
                        or (_teller(tellers, d.start) if d.end > governs else None),
                        actors,
                        victims,
                    ),
                    sentence,
                    previous_actor,
                )
                for d in drafts
            ]
        )
        claims += told_here + denial_of_the_last(doc, sentence, last_told)
        last_told = told_here or last_told
        resolved = [
            d
            for d in told
            if d.date is not None
            and not past_of_a_noun(doc.text, d)
            and not spoken_on(doc.text, d)
            and not count_day(doc.text, d)
            and not counted_by(doc.text, d)
            and not foretold(doc.text, d)
            and not compared_with(doc.text, d)
            and not in_an_aside(doc.text, d)
            and not _opens_a_period(doc.text, d)
            and not since_event(doc.text, max(0, d.start - 110), d.start)
            and not since_something(doc.text, d)
            and not _still_to_come(doc, d)
        ]  # the day a statement was made, a toll counted, a warning given, an aside's or a period's start, an
        # earlier event a ranking counts from ('deadliest since seizing power in 2021'), a day still to come
        # ('declared Sunday a day of mourning' in a Saturday story): no event told next
        if resolved:
            narrative_date = last_date = resolved[-1]
        paragraph = sentence.paragraph
        years = ANY_YEAR.findall(sentence.text)
        context_year = int(years[-1]) if years else context_year
        events = [c for c in told_here if c.kind in {ClaimKind.CAPTURE, ClaimKind.ATTACK}]
        previous_kind = events[-1].kind if events else previous_kind
        previous_actor = events[-1].actor if events else previous_actor
    claims += _stat_rows(doc, last_date, actors)
    claims += _table_claims(doc, [d for d in all_dates or [] if d.date is not None], actors)
    claims += _listed_claims(doc, actors)
    lead_dates = [
        d
        for d in all_dates or []
        if d.start not in unresolvable and not spoken_on(doc.text, d) and not count_day(doc.text, d)
    ]
    claims = date_the_lead(doc.text, claims, lead_dates)
    claims = date_sections(doc, claims)
    claims = date_the_one_day(doc, claims)
    claims = _placed_by_reference(doc, claims)
    claims = _no_person_taken(doc.text, claims)
    claims = _no_company_placed(doc.text, claims)
    claims = date_the_title(doc, claims)
    claims = headline_hedges(doc, headline_actor(doc, named_in_the_body(doc, claims)))
    return sorted(_dedupe(claims), key=lambda c: (c.span.start, c.span.end, c.kind))


def _no_person_taken(text: str, claims: list[Claim]) -> list[Claim]:
    """'Mexican security forces captured Guzman' where the story calls him 'Ovidio Guzman, son of ... El
    Chapo': a person arrested, not a place taken, nor where anything else happened. Names the document gives
    a person's appositive ('X, son of', 'X, leader of', 'X, known as') are people wherever a claim names
    them, in at least half their words ('Ovidio Guzmán López')."""
    roles = [m.start() for m in _PERSON_ROLE.finditer(text)]  # the commas first: far fewer than capitals
    named = (_NAME_BEFORE_COMMA.search(text, max(0, at - 60), at) for at in roles)
    people = {word for name in named if name for word in fold(name.group(0)).split()}
    if not people:
        return claims

    def a_person(place: str | None) -> bool:
        named = [w for w in (place or "").split() if w[:1].isupper()] or (place or "").split()
        words = fold(" ".join(named)).split()  # 'Ramón Ortiz Vega set off gun battles': the name's words
        return bool(words) and 2 * sum(word in people for word in words) >= len(words)

    return [
        c.model_copy(update={"place": None}) if a_person(c.place) else c
        for c in claims
        if not (c.kind is ClaimKind.CAPTURE and a_person(c.place))
    ]


def _no_company_placed(text: str, claims: list[Claim]) -> list[Claim]:
    """'less than 8 kilometers from Total's camp' where the story calls it 'the French energy company Total'
    or 'Total SE': a company the document names as one is no place, wherever a claim names it."""
    companies = {fold(m.group("name") or m.group("name2")) for m in _COMPANY_NAMED.finditer(text)}
    if not companies:
        return claims
    return [
        c.model_copy(update={"place": None}) if c.place and fold(c.place) in companies else c
        for c in claims
        if not (c.kind is ClaimKind.CAPTURE and c.place and fold(c.place) in companies)
    ]


_COMPANY_NAMED = re.compile(
    r"\b(?:company|firm|corporation|conglomerate|multinational|contractor|insurer|shipowner|"
    r"(?:energy|oil|gas|mining|shipping|security|defen[cs]e|construction|logistics|tech)\s+(?:group|giant))\s+"
    r"(?P<name>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,2})"
    r"|(?P<name2>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2})\s+(?:SE|SA|Inc|Ltd|plc|PLC|AG|LLC|Corp|GmbH)\b"
)
"""'the French energy company Total', 'French energy giant Total', 'Total SE': a company by the story's own
words (not 'the regional giant Nigeria')."""


_PERSON_ROLE = re.compile(
    r",\s+(?:(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:son|daughter|brother|sister|wife|husband|father|mother|nephew|leader|boss|kingpin|founder|"
    r"head|chief|commander|member)\s+of|known\s+as|nicknamed|alias)\b"
)
_NAME_BEFORE_COMMA = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}$")
"""A person's name right before an appositive that says who they are ('Ovidio Guzman, son of')."""


def _placed_by_reference(doc: Document, claims: list[Claim]) -> list[Claim]:
    """'Two people were killed at the hospital', '16 people were injured as a result of the attack': a count
    with no place of its own, whose clause points back at a target the story named ('hitting Kyiv's biggest
    children's hospital'), is counted there, not wherever the paragraph is."""
    targets = sorted(  # the body's targets: a headline's ('attack on Congo church') is too loosely named
        (c for c in claims if c.rule.startswith("target:") and c.place and c.span.start > doc.title_end),
        key=lambda c: c.span.start,
    )
    out: list[Claim] = []
    for claim in claims:
        counted = claim.quantity.low is not None or claim.quantity.high is not None
        if not counted or claim.place is not None or claim.kind is not ClaimKind.CASUALTIES:
            out.append(claim)
            continue
        told = _THE_PLACE_TOLD.match(doc.text, claim.span.end, claim.sentence.end) or _THE_ATTACK_TOLD.search(
            doc.text, claim.sentence.start, claim.span.start
        )
        noun = told.group("noun").lower() if told else None
        named = [
            t
            for t in targets
            if noun
            and t.span.end <= claim.span.start
            and (noun in t.text.lower() or (noun in _ATTACK_WORDS and t.kind is ClaimKind.ATTACK))
        ]
        before = out[-1] if out and out[-1].place else None  # the claim told just before, if placed
        there = before is not None and _THERE.match(doc.text, claim.span.end, claim.sentence.end) is not None
        included = before is not None and _INCLUDING.search(doc.text, claim.sentence.start, claim.span.start)
        if named:  # 'killed at the hospital'
            claim = claim.model_copy(update={"place": named[-1].place})
        elif there and before.sentence.start >= claim.sentence.start - _THERE_REACH:
            claim = claim.model_copy(update={"place": before.place})  # 'at least 16 people were hurt there'
        elif included and before.sentence == claim.sentence:
            claim = claim.model_copy(update={"place": before.place})  # '..., including seven children'
        out.append(claim)
    return out


_ATTACK_NOUNS = "attack|strike|raid|bombing|shelling|airstrike"
_ATTACK_WORDS = frozenset(_ATTACK_NOUNS.split("|"))
_THE_PLACE_TOLD = re.compile(
    r"(?i)[^,;.]{0,40}?\b(?:at|in|inside|near|outside|as\s+a\s+result\s+of|during)\s+the\s+"
    rf"(?P<noun>hospital|camp|base|school|market|mosque|church|hotel|prison|airport|clinic|{_ATTACK_NOUNS})\b"
)
"""A clause pointing back at a place or attack the story named ('at the hospital', 'in the attack')."""
_THE_ATTACK_TOLD = re.compile(
    rf"(?i)\b(?:as\s+a\s+result\s+of|in|during)\s+the\s+(?P<noun>{_ATTACK_NOUNS})\b"
)
"""'As a result of the attack, 2 adults were killed': the attack the story told."""
_THERE = re.compile(r"[^,;.]{0,30}?\bthere\b")
_THERE_REACH = 300
"""How far back (characters) the count whose place 'there' repeats may be told."""
_INCLUDING = re.compile(r"(?i)\bincluding\s+$")


_TOLD_BEFORE = frozenset(
    {"the statement", "the report", "the spokesman", "the spokeswoman", "the spokesperson"}
)
"""A source named by a definite description: the one the story named just before."""
_THE_NOUN = re.compile(r"(?i)the\s+([a-z]+)")
_A_DOCUMENT = re.compile(r"(?i)\b(?:report|assessment|study|survey|analysis|review|investigation|inquiry)\b")


def _may_be(description: str, source: str) -> bool:
    """'the report' is the source named before only if that source is a report ('a French security
    assessment'), not the armed group that spoke last; 'the statement' is whoever issued it."""
    return not description.lower().endswith("report") or _A_DOCUMENT.search(source) is not None


def _spoken_of(sentence: Sentence) -> str | None:
    """The source a sentence without claims names ('The RSF denied attacking civilians'), if any, or the
    body it says did not answer ('Central Command did not immediately acknowledge the strike. It has said
    ...': 'it' is Central Command)."""
    silent = _UNANSWERED.match(sentence.text)
    if silent:
        return silent.group("who")
    if not sentence.may_hold(vocab().cue_words("speech_verbs")):
        return None
    return find_speaker(sentence.text)


_UNANSWERED = re.compile(
    r"(?P<who>[A-Z][^,;:]{2,80}?)\s+(?:did\s+not|has\s+not|had\s+not|didn[’']t|hasn[’']t|declined\s+to|"
    r"refused\s+to)\s+(?:immediately\s+|yet\s+|publicly\s+)?(?:acknowledge|comment|respond|confirm|reply)"
)
"""A body a sentence says did not answer ('Central Command did not immediately acknowledge the strike')."""


def _body_after(speaker: str | None, last_body: str | None) -> str | None:
    """Who a later 'it said' is, once `speaker` has spoken: a body or side ('The RSF', "Russia's Defence
    Ministry"), not a person by role ('Ukraine's top commander', 'a doctor'); after a name that may be
    either ('Grey Zone', 'Sergei Shevchenko'), no body known (the one named last, as 'he')."""
    if not speaker or speaker.lower() in PRONOUNS or speaker.startswith("unnamed"):
        return last_body
    if _a_person(speaker) or _TITLED_PERSON.search(speaker):
        return last_body
    return None if _PERSON_NAME.match(speaker) else speaker


_PERSON_WORDS = re.compile(
    r"(?i)\b(?:spokes(?:man|woman|person)|commander|minister|official|officer|doctor|medic|nurse|surgeon|"
    r"witness|resident|survivor|worker|teacher|farmer|student|president|governor|general(?!\s+staff)|colonel|"
    r"secretary-general|chief|director|leader|envoy|ambassador|analyst|expert|journalist|reporter|mayor|"
    r"lawmaker|senator|passenger|hostage|captive|driver|pilot|victim|villager|relative|activist|lawyer|"
    r"chairman|chairwoman|priest|pastor|imam|elder|man|woman)(?:e?s)?\b|\b(?:men|women|people)\b"
)
"""Words naming people by role ('A doctor at the hospital', "Ukraine's top commander"), whom 'it' is not."""


def _a_person(speaker: str) -> bool:
    """Whether a source is a person or people by role ('A doctor at the hospital'), whom 'it' is not."""
    return bool(_PERSON_WORDS.search(speaker))


def _described(speaker: str, last_speaker: str | None) -> str:
    """'the ministry said' after 'the Russian Defense Ministry reported': the source named just before,
    when it is what the description names; 'Abdullahi disclosed' after 'Sani Abdullahi, a teacher at the
    school, told': the person named in full just before."""
    noun = _THE_NOUN.fullmatch(speaker)
    if noun and last_speaker and noun.group(1).lower() in last_speaker.lower().split()[1:]:
        return last_speaker
    if last_speaker and speaker.istitle() and " " not in speaker:
        name = last_speaker.split(",")[0].split()
        if len(name) > 1 and speaker in name[1:]:
            return last_speaker
    return speaker


_GROUP_TOLD_BEFORE = frozenset({"the group", "the organisation", "the organization", "the militia"})
"""An armed group named by a description: the one that spoke last."""


def _dated_title(doc: Document, date: DateMention) -> bool:
    """'Russian Offensive Campaign Assessment, June 12, 2025': a title naming the day it was published
    dates the report, not an event; so does a line holding only that day ('*14 June 2025*' under a
    byline, 'April 14, 2025 9:41 AM', 'Bogotá - Jan 22, 2025 - 14:05 CET'); so does a title naming the
    week or days that end just before it ('Cabo Ligado Weekly: 29 March-4 April 2021'), the report's span."""
    if doc.published is None or date.date is None:
        return False
    if date.date_end is not None and date.end <= doc.title_end:
        return _report_span(date.date_end, doc.published)
    if date.date != doc.published or date.date.day is None:
        return False
    alone = _LINE_START.search(doc.text, max(0, date.start - 60), date.start) and _LINE_REST.match(
        doc.text, date.end
    )
    return date.end <= doc.title_end or bool(alone)


def _report_span(end: PartialDate, published: PartialDate) -> bool:
    """Whether a period ending on `end` closes within a week before publication: a report's span."""
    if end.day is None or published.day is None:
        return False
    return 1 <= period_days(end.key, published.key) <= _REPORT_LAG_DAYS + 1


_REPORT_LAG_DAYS = 7
_LINE_START = re.compile(
    r"(?:^|\n)[ \t]*[*_]{0,2}[ \t]*(?:[A-Z][\w.'’ ()]{1,50}?[*_]{0,2}[ \t]+[-–—|·][ \t]*)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?\Z"
)
"""The start of a line holding only a date, past the place a byline files from ('Bogotá - ') or the
agency it names ('**Somali National News Agency (SONNA)** | '), and its weekday ('Wed 18 Sep 2024 at
13:05')."""
_LINE_REST = re.compile(rf"{TIME_STAMP}[ \t]*[*_]{{0,2}}[ \t]*(?:\n|\Z)")
"""The rest of a line holding only a date: its time, as a byline stamps it ('April 14, 2025 9:41 AM')."""


_FLED_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:fled|(?:were|had\s+been|have\s+been)\s+(?:displaced|forced\s+to\s+flee|uprooted))\b"
)
"""People counted as they fled ('households (about 300,000 individuals) were displaced from Zamzam')."""
_ATTACKING_PARTIES = frozenset({"attackers", "assailants", "bombers", "raiders", "gunmen"})
"""Those counted only as the party of one attack ('four suicide bombers struck'): how many they were in
it, not a force's strength as of the telling."""
_STARTED = r"(?:began|begun|started|erupted|broke\s+out)"
"""Verbs telling that a war, a campaign or a toll's period began."""
_BEGAN = re.compile(rf"(?i)\b{_STARTED}\s+(?:(?:early|late)\s+)?(?:in\s+|on\s+)?$")
"""The start told just before a toll's date ('airstrikes that began early Friday, June 13')."""

_SINCE_THEN = re.compile(r"\b[Ss]ince\s+then\b")
_SINCE = frozenset({"since"})
"""The word every 'since then' holds."""
_DAY_WORDS = frozenset({"day", "days", "night", "morning", "evening"})
"""The words every 'the same day', 'the next day', 'the night before', 'two days after' holds."""


def _since_then(
    sentence: Sentence, last: DateMention | None, published: PartialDate | None
) -> list[DateMention]:
    """'Israel resumed its offensive on March 18 ... Since then, more than 1,000 have been killed': the
    period from the date told last up to publication."""
    if last is None or last.date is None or published is None or not sentence.may_hold(_SINCE):
        return []
    m = _SINCE_THEN.search(sentence.text)
    if m is None:
        return []
    start, end = sentence.start + m.start(), sentence.start + m.end()
    return [DateMention(start, end, m.group(0), "since_then", last.date_end or last.date, published)]


_SAME_DAY = re.compile(
    r"(?i)\b(?:(?P<same>(?:the|that)\s+same\s+day|(?:later|earlier)\s+that\s+day)"
    r"|(?P<next>the\s+(?:next|following)\s+(?:day|morning|night)|a\s+day\s+later)"
    r"|(?P<before>(?:the\s+(?:day|night)\s+before|the\s+(?:previous|preceding)\s+(?:day|night|evening)|"
    r"a\s+day\s+earlier)(?!\s+(?:yesterday|that|the|a|an|its|their|his|her|this)\b))"
    r"|,\s+(?:just\s+|only\s+)?(?P<apart>a|one|two|three|four|five|six|seven|\d)\s+days?\s+"
    r"(?P<way>after|before)\s+(?!that\b)(?=[a-z]))"
)
_AFTER_ANOTHER_DAY = re.compile(r"(?i)\b(?:yesterday|today)\s+(?:and|or)\s+$")
_WRITTEN_DAYS = frozenset({"dmy", "mdy", "iso", "weekday", "same_day"})
"""Days a sentence writes out, which its 'the day before' counts from (not 'yesterday and the day before')."""


_SINCE_JUST_BEFORE = re.compile(
    r"(?i)\bsince\s+(?:(?:the\s+)?(?:start|end|beginning|middle|outbreak)\s+of\s+)?$"
)


def _opens_a_period(text: str, date: DateMention) -> bool:
    """'at least 277 people had been killed since Wednesday': the first day of a count's period, which the
    events told next ('Fighters also captured the airport') did not happen on."""
    return date.text.lower().startswith("since") or bool(
        _SINCE_JUST_BEFORE.search(text, max(0, date.start - 40), date.start)
        or _SINCE_IT_BEGAN.search(text, max(0, date.start - 120), date.start)
    )


_SINCE_IT_BEGAN = re.compile(
    rf"(?i)\bsince\s+[^.;,]{{0,60}}?\b(?:{_STARTED}|launched|invaded|seized\s+power|took\s+power)\b[^.;,]{{0,60}}$"
)
"""'since it launched its attack on Ukraine on February 24': the day the war began, not one the story goes
on telling."""


def _same_day(sentence: Sentence, dates: list[DateMention], last: DateMention | None) -> list[DateMention]:
    """'Russia's Defense Ministry claimed the same day', 'the next day', 'on March 23 after the attack that
    took place the day before': the day written before it in its sentence, else the day told last, or the
    day after or before it."""
    if not sentence.may_hold(_DAY_WORDS):
        return []
    out: list[DateMention] = []
    for m in _SAME_DAY.finditer(sentence.text):
        start = sentence.start + (m.start("apart") if m.group("apart") else m.start())
        end = sentence.start + m.end()
        written = [
            d for d in dates + out if d.end <= start and d.kind in _WRITTEN_DAYS and d.date is not None
        ]
        anchor = written[-1] if written else last
        day = anchor.date if anchor is not None and anchor.date_end is None else None
        if (
            day is None
            or day.day is None
            or day.month is None
            or _AFTER_ANOTHER_DAY.search(sentence.text, 0, m.start())
        ):
            continue  # 'just like it was yesterday and the day before': days recalled, none told
        if m.group("apart") and (
            not written
            or not sentence.text[: written[-1].start - sentence.start].strip()
            or spoken_on(sentence.doc_text, written[-1])
        ):
            # 'took Kunduz, a day after fighters overran it': after a day the sentence does not tell; 'On
            # Friday, a day after the attack, rebels took the town': the day opens the sentence, whose
            # claims follow the aside; 'said on Friday it had retaken the base, a day after ...': a day
            # after the retaking, whose day is not told
            continue
        shift = 1 if m.group("next") else -1 if m.group("before") else 0
        if m.group("apart"):
            # 'on Sunday, a day after the attack killed 23', 'on Thursday, three days after losing the
            # city': what the clause tells happened that many days before (or after) the day written
            told_apart = m.group("apart").lower()
            apart = 1 if told_apart == "a" else SMALL_NUMBERS.get(told_apart) or int(told_apart)
            shift = -apart if m.group("way").lower() == "after" else apart
        told = dt.date(day.year, day.month, day.day) + dt.timedelta(days=shift)
        phrase = sentence.text[start - sentence.start : end - sentence.start].rstrip()
        out.append(DateMention(start, start + len(phrase), phrase, "same_day", PartialDate.from_date(told)))
    return out


def _without_overlaps(new: list[Draft], existing: list[Draft]) -> list[Draft]:
    return [
        d for d in new if not any(d.start < e.end and e.start < d.end and d.kind == e.kind for e in existing)
    ]


_TITLED_PERSON = re.compile(
    r"\b((?:[A-Z][\w-]*\s+)?(?i:spokes(?:man|woman|person)|commander|colonel|col\.?|general|gen\.?|minister|"
    r"governor|president|captain|major|lieutenant|lt\.?)\s+(?:[A-Z][\w’'-]+\s?){2,3})"
)
"""A person named with a title ('M23 spokesman Lawrence Kanyuka'): who a later 'he said' is."""
_PERSON_NAME = re.compile(r"^(?!The\b)[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}(?=,|$)")


def _person_speaking(sentence: Sentence) -> str | None:
    """'..., said Danjuma Bitrus, a resident', '..., said a resident of the village': a person quoted in a
    sentence without claims, who a later 'he said' may be."""
    if not sentence.may_hold(vocab().cue_words("speech_verbs")):
        return None
    speaker = find_speaker(sentence.text)
    return speaker if speaker and (_PERSON_NAME.match(speaker) or _a_person(speaker)) else None


def _titled_speaker(sentence: Sentence) -> str | None:
    """Who a later 'he said' is: the last person the sentence names with a title, as the whole source
    phrase when the source holds them ('An RSF commander, Brig. Gen. Al-Fateh Idris', not 'Gen. Al-Fateh
    Idris'); but the source when the titled one only is told of ('Minister Makuei said Maj. Gen. Dak was
    killed': the minister, not the dead general; 'a claim M23 spokesman Kanyuka denied': Kanyuka)."""
    if not sentence.may_hold(vocab().words("person_titles")):
        return None
    titled = _last_titled(sentence.text)
    if titled is None:
        return None
    source = find_speaker(sentence.text)
    if source is None or titled in source:
        return source or titled
    after = _GAP.match(sentence.text, sentence.text.rfind(titled) + len(titled)).end()
    return titled if vocab().speech.match(sentence.text, after) else source


_GAP = re.compile(r"[\s,]*")


def _last_titled(text: str) -> str | None:
    people = _TITLED_PERSON.findall(text)
    return people[-1].strip() if people else None


@lru_cache(maxsize=4096)
def _sentence_unit(text: str) -> re.Match[str] | None:
    """The unit the sentence names, not one named as a side of the fighting ('clashes between the 444th
    Brigade and Radaa' happened somewhere else than at the brigade)."""
    return next((m for m in UNIT.finditer(text) if not BETWEEN_SIDES.search(text, 0, m.start())), None)


def _continued(claim: Claim, sentence: Sentence, actor: str | None) -> Claim:
    """'These include the IB 236 and TB 5014 bases': items that go on with the previous sentence's
    event are taken by its actor, not by whoever tells of them; so is a place 'they' took ('On Friday
    they took Zaranj') or 'the strikes' hit ('The strikes hit the Ras Isa port') when the sentence names
    no one else."""
    if actor is None:
        return claim
    by_them = (
        claim.actor is None
        and claim.rule in ("target:capture", "target:attack")
        and (
            _THEY_DID.search(sentence.doc_text, max(sentence.start, claim.span.start - 40), claim.span.start)
            or (claim.rule == "target:attack" and _THE_ATTACK_FIRST.match(sentence.text))
        )
    )
    if not claim.rule.endswith(CONTINUED) and not by_them:
        return claim
    return claim.model_copy(update={"actor": actor})


_THEY_DID = re.compile(r"\b(?:they|They)\s+(?:(?:had|have|also|then|later|quickly)\s+)*[a-z]+\s+(?:the\s+)?$")
"""'they took Zaranj', 'they had also seized the': the pronoun's doer is the event's told before."""
_THE_ATTACK_FIRST = re.compile(
    r"(?:The|These|Those)\s+(?:[a-z-]+\s+)?(?:strikes?|airstrikes?|air\s+strikes?|attacks?|raids?|assaults?|"
    r"bombings?|shelling)\b"
)
"""'The strikes late Thursday hit ...': the attacks told before, by their doer."""


def _counts_the_teller(sentence: Sentence, draft: Draft, speaker: str | None) -> bool:
    """'Two U.S. officials, speaking on condition of anonymity, said the attack killed two of the crew': the
    count names who tells the story, not anyone harmed or fighting."""
    if not speaker or (draft.low is None and draft.high is None):
        return False
    at = sentence.doc_text.find(speaker, sentence.start, sentence.end)
    return at >= 0 and at <= draft.start <= at + 4 and draft.end <= at + len(speaker)  # 'The two officials


def _single_spaced(name: str | None) -> str | None:
    """'Burkinable  military camps', a name wrapped over two lines: one space between words, as the name
    is keyed and shown."""
    return " ".join(name.split()) if name else name


def _place(sentence: Sentence, draft: Draft, speaker: str | None) -> str | None:
    """The target's own name, else the place its own words name ('junta base in Sagaing's Kani
    Township'); for a count, the place its clause names right after it ('15,000 people were killed in El
    Geneina'); else the first place the sentence names outside an armed group's description ('JNIM, al
    Qaeda's affiliate in the Sahel, claimed the attack': the Sahel is where the group works, not where
    the attack was; 'a lawmaker from Kunduz' often is where it was)."""
    if draft.place:
        return draft.place
    clause = draft.rule.startswith("event:") and draft.start > sentence.start  # 'but they still hold
    if draft.rule.startswith("target:") or clause:  # positions in Minova and Sake': the clause's own place
        own = _first_place(_without_loser(draft, sentence, sentence.doc_text[draft.start : draft.end]))
        if own:
            return own
    counted = draft.low is not None or draft.high is not None
    if counted and draft.kind is ClaimKind.STRENGTH:
        told = sentence.doc_text[max(sentence.start, draft.start - 100) : draft.end] + " "
        described = _NAMED_THEN_SETTLEMENT.search(told)
        if described and _is_place_name(described.group("name")):
            return described.group("name")  # 'Kunduz, a city of 300,000 people in northern Afghanistan'
    after = _CLAUSE_END.split(sentence.doc_text[draft.end : sentence.end])[0]
    if " in " in after:
        after = _SPOKEN_IN.sub(_blank, after)
    answered = (
        EARLIER_EVENT.search(sentence.text, 0, draft.start - sentence.start)
        if sentence.may_hold(ANSWERING_WORDS)
        else None
    )
    # 'struck Pakistan on May 7, in retaliation for an attack in Kashmir that killed 26': Kashmir
    if answered:
        earlier = _first_place(sentence.text[answered.end() : draft.end - sentence.start])
        if earlier:
            return earlier
    told = sentence.text
    name, _, description = (speaker or "").partition(", ")
    described = bool(description) and description in told
    if described and vocab().actor.search(name):
        told = told.replace(description, " " * len(description))
    told = _without_speaker_role(told, name)
    told = _without_group_descriptions(told)
    if "from" in told:
        told = _REPORTING_FROM.sub(_blank, told)  # ', reporting from Lviv': where the reporter is
        told = _FORCE_FROM.sub(_from_a_country, told)  # 'Houthi rebels from Yemen killed two sailors
    if " in " in told:
        told = _SPOKEN_IN.sub(_blank, told)
    told = _without_loser(draft, sentence, told)
    opening = _OPENING_PLACE.match(told)
    from_people = _FROM.match(after) and _travellers(draft.subject or "")
    # 'Barkindo Saidu, director general of Borno State's emergency agency, confirmed that attackers struck
    # Gwoza': a place outside the speaker's title first, the title's own only if the sentence names no other;
    # so for a source's own place ('an analysis by the lab at the Yale School of Public Health')
    untitled = told.replace(description, " " * len(description)) if described else told
    if speaker and len(speaker) > 3 and speaker in told:  # 'Officials in Gao said clashes in Ber': Ber
        untitled = untitled.replace(speaker, _SOURCE_ELSEWHERE.sub(_blank, speaker))
        told = told.replace(speaker, _SOURCE_WORKPLACE.sub(_blank, speaker))
    return (  # 'two foreigners from the UAE' come from there
        (_first_place(after, _PLACE_REACH) if counted and not from_people else None)
        or (_first_place(told[opening.end() :]) if opening else None)
        or _struck_subject(told)
        or _first_place(untitled)
        or _first_place(told)
    )


def _struck_subject(told: str) -> str | None:
    """The place a sentence opens with as the target of a passive attack ('Mora came under shelling')."""
    m = _STRUCK_SUBJECT.match(told)
    return m.group("name") if m and _is_place_name(m.group("name")) else None


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


_FORCE_FROM = re.compile(
    r"\b(?:rebels|fighters|militants|militiamen|forces|troops|soldiers|gunmen|insurgents)\s+from\s+(?:the\s+)?"
    r"(?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


def _from_a_country(m: re.Match[str]) -> str:
    """'Houthi rebels from Yemen': the country a force comes from is not where it struck ('soldiers from
    the Nam Lang camp' may well be)."""
    return _blank(m) if m.group("country").lower() in every_country() else m.group(0)


_REPORTING_FROM = re.compile(r"\b(?:reporting|speaking|writing|filing)\s+from\s+[^,;.]{1,60}")
_SPOKEN_IN = re.compile(
    r"\b(?:said|says|announced|added|stated|told\s+(?:reporters|journalists|the\s+press))"
    rf"(?:\s+(?:on\s+)?(?:{WEEKDAY}|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?:\s+at\s+an?\s+(?:news|press)\s+(?:conference|briefing))?"
    r"\s+in\s+(?:the\s+(?:\w+\s+)?(?:capital|city|town|port)(?:\s+of|,)?\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
)
"""'ministry spokesman Omar Saranga said on Sunday evening in the capital Maputo', 'he told reporters Sunday
in Maputo': where the words were spoken, not where the event was."""
_TAKING_WORDS = frozenset(
    {
        "retook",
        "retaken",
        "recaptured",
        "regained",
        "took",
        "taken",
        "seized",
        "captured",
        "liberated",
        "wrested",
    }
)


@cache
def _taken_from_a_country() -> re.Pattern[str]:
    """'retook control of the key town from Russia': the country after 'from' lost the place; it is not
    where the place is ('withdrew from Afghanistan' is)."""
    names = "|".join(sorted((re.escape(name) for name in country_names()), key=len, reverse=True))
    return re.compile(
        rf"(?i)\b(?:{'|'.join(sorted(_TAKING_WORDS))})\b[^.;]{{0,80}}?\s(from\s+(?:the\s+)?(?:{names}))\b"
    )


def _without_loser(draft: Draft, sentence: Sentence, told: str) -> str:
    """A capture's words with the country it was taken from blanked ('retook the town from Russia')."""
    if draft.kind is ClaimKind.CAPTURE and sentence.may_hold(_TAKING_WORDS):
        return _taken_from_a_country().sub(_blank_loser, told)
    return told


def _blank_loser(m: re.Match[str]) -> str:
    """The match with its 'from <country>' blanked, offsets kept."""
    start, end = m.start(1) - m.start(), m.end(1) - m.start()
    whole = m.group(0)
    return whole[:start] + " " * (end - start) + whole[end:]


_NAME_AFTER_PREPOSITION = r"\s+(?:the\s+)?[A-Z][^,;.]{1,80}"
_SOURCE_WORKPLACE = re.compile(rf"\b(?:at|with|for){_NAME_AFTER_PREPOSITION}")
"""Where a source works ('the lab at the Yale School of Public Health'): never where the events were."""
_SOURCE_ELSEWHERE = re.compile(rf"\b(?:in|from|at|with|for){_NAME_AFTER_PREPOSITION}")
"""Where a source is ('officials in Gao'), not the place it governs ('the government of Norte de Santander'):
another place the sentence names comes first."""
_SPEAKER_ROLE = re.compile(
    r",\s+(?:a|an|the)\s+(?![^,;.]*\b(?:residents?|villagers?|witness(?:es)?|survivors?|locals?|native)\b)"
    r"[^,;.]{0,40}?\b(?:at|with|for)\s+[^,;.]{1,80}"
)
"""', a lecturer at Borno State University', ', an analyst with the Crisis Group': the speaker's workplace,
not where the events were; a resident, a witness or a survivor speaks from where they were, and 'the
governor of Borno State' for the place he governs."""


def _without_speaker_role(told: str, name: str) -> str:
    """The sentence with the role described right after the speaker's name blanked out, offsets kept."""
    at = told.find(name) if name else -1
    role = _SPEAKER_ROLE.match(told, at + len(name)) if at >= 0 else None
    return told[: role.start()] + " " * (role.end() - role.start()) + told[role.end() :] if role else told


_GROUP_DESCRIPTION = re.compile(
    rf",\s+(?:the|an?|its|their)\s+[^,;]{{0,60}}?\b{GROUP_ROLES}\b[^,;]{{0,80}}?"
    r"(?:,|(?=\s+(?:has|have|had|said|says|claimed|claims)\b))"
)
"""', the militant group that once held swathes of Iraq and Syria,', '(JNIM), an Islamic terrorist group
active in Western Africa has claimed': a description of the group named before it, whose places are where the
group works, not where the event told was."""


@lru_cache(maxsize=256)
def _without_group_descriptions(text: str) -> str:
    """The text with each description of a named group blanked out, offsets kept; cached, as every claim
    of a sentence asks."""

    def blanked(m: re.Match[str]) -> str:
        name_end = m.start() - 1 if text.startswith(")", m.start() - 1) else m.start()  # '... (JNIM), an ...'
        return " " * len(m.group(0)) if _actor_ends(text, name_end) else m.group(0)

    return _GROUP_DESCRIPTION.sub(blanked, text)


def _actor_ends(text: str, end: int) -> bool:
    """Whether a known actor's name ends at `end` ('Islamic State, the militant group ...')."""
    return any(m.end() == end for m in vocab().actor.finditer(text, max(0, end - 60), end))


_OPENING_PLACE = re.compile(
    r"(?:In|At|Near|Outside|Around|From)\s+[^,]{1,60},(?:\s+(?:the|a|an)\s+[a-z][^,]{0,60},)?\s+"
)
"""'In Kachin State, clashes escalated in Hpakant ...': the opening names the region; the place the
clause names is the finer one."""
_STRUCK_SUBJECT = re.compile(
    r"[\s\"“]*(?:(?:the|a)\s+(?:[a-z-]+\s+)?(?:town|city|village|port|camp|district|settlement)\s+of\s+)?"
    r"(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|Its|Their|His|Her)\b)"
    r"(?P<name>[A-Z][\w’'-]*(?:\s(?:de|da|do|del|al|el)\s[A-Z][\w’'-]*|\s[A-Z][\w’'-]*){0,3})"
    r"(?:,[^,;]{1,90},)?\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:(?:also|again|reportedly|repeatedly)\s+)?"
    r"(?:the\s+(?:[\w-]+\s+){0,2}target\s+of|attacked|shelled|bombed|struck|raided|targeted|stormed|besieged|"
    r"ambushed|overrun)|came\s+under\s+(?:[\w-]+\s+)?(?:attack|fire|shelling|bombardment|assault))\b"
)
"""'Vila de Palma, in the north of the province of Cabo Delgado, was the target of a surprise attack', 'Mora
came under attack': the subject is the place struck, before any place its description names."""
_PLACE_REACH = 60
"""How far (characters) after a count its place may start, in the same clause."""
_FROM = re.compile(r"\s*from\s")
_CLAUSE_END = re.compile(r"[,;:.]\s")


_PEOPLE_COUNTED = re.compile(
    r"(?i)\b(?:dozens|scores|hundreds|thousands|millions|tens|crowds|groups|number)\s+$"
)
_NOT_A_PLACE_NAME = re.compile(
    r"(?i)^(?:least|most|large|last|first|once)$"
    r"|\b(?:attacks?|strikes?|raids?|blasts?|explosions?|bombings?|shelling|massacres?|ambush(?:es)?|killings?)"
    r"(?:$|\s+(?-i:On|In|At|Near)\b)"
    r"|\b(?-i:P?JSC|OJSC|LLC|Ltd|Inc|PLC|plc|Corp|GmbH|AG|SpA)$"
    r"|\b(?-i:Week|Day|Eve|Festival|Feast|Holidays?|Ramadan|Lent|Passover|Sabbath)$"
    r"|\b(?-i:Islamic|Islamist|Jihadist|Christian|Muslim|Buddhist|Hindu|Jewish|Sunni|Shia|Shiite|Catholic)$"
    r"|\b(?-i:Navy|Army|Marines|Air\s+Force|Coast\s+Guard)$"
)
"""Capitals that name no place: a headline's 'At Least', an event ('the Kramatorsk attack', 'In Russian
Strike On Mariupol Theater'), a company ('Ukrzaliznytsia JSC'), a time ('the beginning of the Christian
Holy Week', 'during Ramadan'), a faith ('the conflict against Islamic extremists'), a force ('at US Navy
ships')."""


_A_WAR_NAMED = re.compile(r"\s*(?:conflict|war|crisis)\b")
_BODY_WORD_NEXT = re.compile(
    r"(?:Office|Ministry|Council|Committee|Commission|Agency|Department|Institute|Foundation|Association|"
    r"Organi[sz]ation|Authority|Administration|Corporation|Company)\b"
)
"""A body's name the place-like words run into ('the United Nations Human Rights Office')."""
_SETTLEMENT_NAMED_AFTER = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:capital|city|town|village|port)(?:\s+of\s+(?:[\w’'-]+\s+){0,3}?[A-Z][\w’'-]*)?,\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?=,|\s+(?:was|were|is|has|had)\b)"
)
"""A settlement named in apposition, with no preposition before it: 'the capital of Mali, Bamako,'."""
_SETTLEMENT_THEN_NAME = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}\b(?:capital|city|town|village|port)\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
)
"""A settlement and its name with no preposition between ("Congo's largest city Goma", 'the Somali capital
Mogadishu')."""
_NAMED_THEN_SETTLEMENT = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+an?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:city|town|village|settlement|port|district)\s+(?:of\s+(?:about\s+|some\s+|around\s+)?[\d,.]+\s+"
    r"(?:million\s+)?(?:people|residents|inhabitants)\s+)?$"
)
"""A settlement named, then described with where it lies ('Kunduz, a city of 300,000 people in northern
Afghanistan', 'Paletwa, a town in Chin State'): the named one is the place, not the region around it."""
_SETTLEMENT_NAMED_NEXT = re.compile(
    r"(?:[a-z-]+\s+)?(?:town|city|village|hamlet|settlement|camp|commune|locality|port|hometown)\s+of\s+[A-Z]"
)


@lru_cache(maxsize=4096)
def _first_place(text: str, reach: int | None = None) -> str | None:
    """The first place a text names ('in Laiza', 'near the Abu Shouk camp'), starting within `reach`
    characters; cached, as every claim of a sentence asks."""
    named = _SETTLEMENT_NAMED_AFTER.search(text) if "," in text else None
    at_war: str | None = None  # 'the horrors of the war on Ukraine, the bombing of the theatre in Mariupol'
    for m in _PLACE.finditer(text):
        if reach is not None and m.start() > reach:
            return at_war
        if named and named.start("name") < m.start():
            break
        if (
            _NAME_OF_A_GROUP.match(text, m.end())
            or _organisation_goes_on().match(text, m.end())
            or _BODY_WORD_NEXT.match(text, m.end())
        ):
            continue  # 'the Group for the Support of Islam and Muslims (JNIM)', 'the Yemen Oil and Gas
            # Corporation': a name, not a place
        name_start = m.start(1) + (4 if m.group(1).startswith("the ") else 0)
        if (
            m.group(1).startswith("the ") or _POSSESSIVE.search(m.group(1).rstrip())
        ) and _SETTLEMENT_NAMED_NEXT.match(text, m.end(1)):
            continue  # 'in the Burkinabe town of Barsalogho', "in Ukraine's northeastern city of Sumy": the
            # town named next
        if text.startswith("$", m.end(1)):
            continue  # 'around US$480', 'of A$2 million': a currency's letters, not a place
        if _A_WAR_NAMED.match(text, m.end(1)):
            continue  # 'kills two sailors in Red Sea conflict': the war's name, not where it happened
        if _NOT_A_PLACE_NAME.search(m.group(1).strip()):
            continue  # a headline's capitals: 'At Least 450 Killed in Rocket Attack' names no place
        described = _NAMED_THEN_SETTLEMENT.search(text, max(0, m.start() - 100), m.start())
        if described and _is_place_name(described.group("name")):
            return described.group("name")  # 'Kunduz, a city of 300,000 people in northern Afghanistan'
        if far_landmark(text, name_start):
            continue  # 'about 80 km (50 miles) north of the city of Kaya': a landmark, not where it was
        if UNIT.match(text, name_start):
            continue  # 'during the attack on LIB 389': a unit's designation, not a place
        side = vocab().actor.match(text, name_start)
        if side and side.end() >= m.end(1) - 1:
            continue  # "members of the South Sudan People's Defence Forces": a side, not a place
        if any(a < m.start() < b for a, b in _actor_spans(text)):
            continue  # 'the Islamic Resistance in Lebanon announced': the side's name, not where
        if m.group(0).startswith("of") and IN_A_NAME.search(text, max(0, m.start() - 30), m.start()):
            continue  # 'along the Line of Control', 'the Gulf of Aden': the end of a longer name
        if m.group(0).startswith("of") and PEOPLE_OF.search(text, max(0, m.start() - 30), m.start(1)):
            continue  # 'including members of the FDS': the body they belong to, not a place
        plural = m.group(0).startswith("of") and m.group(1).strip().endswith("s")
        if plural and _PEOPLE_COUNTED.search(text, max(0, m.start() - 30), m.start()):
            continue  # 'scores of Afghans', 'thousands of Syrians': people counted, not a place
        if _WITHDRAWN_TO.search(text, max(0, m.start() - 70), m.start()):
            continue  # 'after regime forces withdrew towards the countryside of Homs': where they went
        if CARED_FOR_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue  # 'receiving treatment at Madina hospital', 'evacuated to South Africa': care, not event
        if m.group(0).startswith("on") and _BODY_ON.search(text, max(0, m.start() - 30), m.start()):
            continue  # 'the Cabinet Committee on Security': a body's name
        if m.group(0).startswith(("from", "From")) and _from_elsewhere(text, m.start()):
            continue  # 'two foreigners from the UAE and Nepal': where they come from, not where it was
        if m.group(0).startswith("from") and _FIRED_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            continue  # 'a rocket fired from Lebanon slammed into a soccer field': where it came from
        if m.group(0).startswith("against") and _POSSESSIVE.search(m.group(1).rstrip()):
            continue  # "resentment against New Delhi's rule": a government, not a place
        if BODY_BEFORE_PLACE.search(text, max(0, m.start() - 40), m.start(1)):
            continue  # 'Minister of Information', 'the UN Integrated Office in Haiti': an office, a seat
        if m.group(1).startswith("the ") and _REGIME_AFTER.match(text, m.end()):
            continue  # 'representatives of the Kyiv nationalist regime': a government, not where it was
        if _SUPERLATIVE.match(text, m.end()) and _POSSESSIVE.search(m.group(1).rstrip()):
            continue  # "one of Africa's deadliest attacks": the range of a ranking, not where
        if _POSSESSIVE.search(m.group(1).rstrip()) and HISTORY_AFTER.match(text, m.end()):
            continue  # "one of the deadliest massacres in Haiti's recent history": a ranking's range
        if _RANKED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # 'the largest forced displacement recorded in Colombia in decades': a ranking's range
        owned = (
            _SETTLEMENT_THEN_NAME.match(text, m.end(1)) if _POSSESSIVE.search(m.group(1).rstrip()) else None
        )
        if owned and _is_place_name(owned.group("name")):
            return owned.group("name")  # "the airport of east Congo's largest city Goma": Goma
        name = strip_owner(_POSSESSIVE.sub("", re.sub(r"^the\s+", "", m.group(1).strip())))
        name = _HELD_BY.sub("", name)
        if name and _is_place_name(name):
            name = _without_trailing_verbs(name)
        if _CARE_FACILITY.search(name):
            continue  # 'a doctor at Finote Selam General Hospital': where the dead were brought, not where
        if civil_body().fullmatch(name):
            continue  # 'much of the Doctors Without Borders hospital in Kunduz': who runs it; Kunduz
        if name and _is_place_name(name) and not _modifies_a_noun(name, text, m.end()):
            if _WAR_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                at_war = at_war or name  # where the whole war is: kept only if the text names no nearer place
                continue
            return name
    if named and (reach is None or named.start("name") <= reach) and _is_place_name(named.group("name")):
        return named.group("name")  # 'the capital of neighboring Mali, Bamako, was targeted'
    apposed = _SETTLEMENT_THEN_NAME.search(text) if reach is None else None
    if apposed and _is_place_name(apposed.group("name")):
        return apposed.group("name")  # 'the airport of the largest city Goma'
    return at_war


_WAR_BEFORE = re.compile(r"(?i)\b(?:war|invasion|aggression)\s+$")
"""'the war on Ukraine', 'the invasion of Ukraine': the war's country, not where an event of it happened."""


_COMPASS_OF = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of"
"""'south of', 'north-east of': the bearing a distance is told along."""
_DISTANCE_FROM = re.compile(
    r"(?i)\b(?P<n>\d[\d,.]*|[a-z]+)[\s-]*(?P<unit>km|kilomet(?:re|er)s?|miles?)\)?(?:\s*\([^)]{0,25}\))?\s+"
    rf"(?:{_COMPASS_OF}|from|away\s+from|outside)\s+"
    r"(?:the\s+)?(?:(?:city|town|village|capital|provincial\s+capital|regional\s+capital)\s+(?:of\s+)?)?$"
)
_SEPARATION = re.compile(
    rf"\)?(?:\s*\([^)]{{0,25}}\))?\s+(?:(?i:{_COMPASS_OF}|outside)\b"
    r"|(?:away\s+)?from\s+(?:the\s+)?(?:[A-Z]|(?:[\w-]+\s+)?(?:border|frontier|capital|city|town|village|coast)\b))"
)


def _a_separation(text: str, d: Draft) -> bool:
    """'about 110 km south of the border', '120 km from the Chinese border': how far apart two places lie,
    which no day of the story dates (not '300 meters from the epicentre of the blast': how far it reached)."""
    return measures_a_place(d) and _SEPARATION.match(text, d.end) is not None


_NEAR_KM = 20
"""How far (km) a landmark may lie and still place what happened near it ('four kilometres outside Laiza')."""
_FEW = {word: value for value, word in enumerate(NUMBER_WORDS[: _NEAR_KM + 1])} | {"a": 1, "an": 1, "few": 3}
"""Distances told in words: 'four kilometres', 'a kilometre', 'a few miles' (NUMBER_WORDS starts at zero)."""


def far_landmark(text: str, at: int) -> bool:
    """Whether the place named at `at` is a distant landmark a distance is measured from ('about 80 km (50
    miles) north of the city of Kaya'), not where it happened; a near one ('four kilometres outside Laiza')
    still places it."""
    measured = _DISTANCE_FROM.search(text, max(0, at - 80), at)
    if measured is None:
        return False
    number = measured.group("n").replace(",", "").lower()
    try:
        value = float(number) if number[0].isdigit() else _FEW.get(number, _NEAR_KM + 1)
    except ValueError:
        return False
    miles = measured.group("unit").lower().startswith("mile")
    return value * (1.6 if miles else 1) > _NEAR_KM


_CARE_FACILITY = re.compile(r"\b(?:Hospital|Clinic|Medical\s+(?:Center|Centre|College)|Infirmary|Morgue)$")


@lru_cache(maxsize=256)
def _actor_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the shipped actors' names lie in a text; cached, as every claim of a sentence asks."""
    return tuple(m.span() for m in vocab().actor.finditer(text))


_FIRED_BEFORE = re.compile(r"(?i)\b(?:fired|launched|shot|lobbed|flown)\s+(?:[a-z]+\s+)?$")
"""Before 'from' and a place: where a rocket or a drone came from, not where it fell."""
_WITHDRAWN_TO = re.compile(
    r"(?i)\b(?:withdr[ae]wn?|withdrawing|retreat(?:ed|ing)?|pulled\s+back|fell\s+back|fled|fleeing|"
    r"redeployed|repositioned)\s+(?:[\w-]+\s+){0,3}?(?:to|towards?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:arriv(?:ed|ing|e|es)|sought\s+refuge|seeking\s+refuge|took\s+refuge)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)
CARED_FOR_BEFORE = re.compile(
    r"(?i)\b(?:treat(?:ed|ment)|admitted|taken|rushed|transferred|transported|evacuated|airlifted|flown|"
    r"hospitali[sz]ed)\s+(?:(?:at|in|to)\s+(?:the\s+|a\s+|local\s+|several\s+)?(?:[a-z]+\s+)?"
    r"(?:hospitals?|clinics?|health\s+(?:centres?|centers?|facilities))\s+)?(?:(?:at|in|to)\s+(?:the\s+)?)?$"
)
"""'receiving treatment at Madina hospital', 'evacuated to South Africa', 'treatment at hospitals in Kaduna':
where the wounded are cared for, not where it happened. Read before a place's preposition or before its
name ('taken to hospitals in ' before 'Kaya', as clustering's place finder reads it)."""
_POSSESSIVE = re.compile(r"[’']s$")
_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")


def _from_elsewhere(text: str, at: int) -> bool:
    """Whether 'from' at `at` tells where people come from: after a noun for people ('tourists from Nepal')
    or a verb of crossing ('militants trying to infiltrate from Afghanistan in North Waziristan')."""
    before = _WORD_BEFORE.search(text, max(0, at - 20), at)
    if before is None:
        return False
    return _travellers(before.group(1)) or before.group(1).startswith(_CROSSING)


def _travellers(noun: str) -> bool:
    """People who come from a place named with 'from' ('tourists', 'foreigners'); a force's members
    ('soldiers from the Hkaya Bum camp') are based there, where they act from."""
    v = vocab()
    return noun in v.words("person_nouns") and noun not in v.words("force_nouns") | v.words("unnamed_forces")


_CROSSING = ("infiltrat", "cross", "smuggl", "sneak")


_BODY_ON = re.compile(r"\b[A-Z][a-z]+\s+(?:Committee|Commission|Council|Conference|Tribunal|Court|Panel)\s+$")
"""A deliberating body's capitalised name before 'on' ('the Cabinet Committee on Security')."""


_SUPERLATIVE = re.compile(rf"\s*{SUPERLATIVE}")
_RANKED_BEFORE = re.compile(
    rf"(?i)\b(?:the|its|their)\s+(?!latest\b|earliest\b){SUPERLATIVE}\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:(?:ever\s+)?(?:recorded|seen|reported|documented)\s+)?$"
)
"""'the largest forced displacement recorded', 'the deadliest attack': what a place after it ranges over."""
_HELD_BY = re.compile(rf"^[A-Z][\w.]*{ALIGNED}\s+(?=[A-Z])")
"""'UNESCO-listed Preah Vihear', 'RSF-held El Fasher': who holds or lists a place is not its name."""
_NEXT_WORD = re.compile(r"\s*([a-z][\w-]*)")


_AGENCY_WORDS = frozenset({"security", "intelligence", "service", "agency", "news", "police", "spy"})


def _modifies_a_noun(name: str, text: str, end: int) -> bool:
    """'at Israeli soldiers', 'from Israeli strikes': one capitalised word before people, a formation or an
    attack is whose they are, not where; any name before a formation word ('the Gran Grif gang') is its."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    v = vocab()
    word = following.group(1)
    if "-" in word and (head := _NEXT_WORD.match(text, following.end())):
        word = head.group(1)  # 'the Seversk operational-tactical group': the compound's head noun
    if " " in name:  # 'members of the Gran Grif gang': a longer name before a formation word is the group's
        return word in v.words("formation_words") | v.words("unnamed_forces")
    if name.isupper() and word.lower() in _AGENCY_WORDS:
        return True  # "a source in Ukraine's SBU security service": an agency, not a place
    return (
        word in _adjective_heads()
        or (word in _STATE_FORCE_HEADS and not _a_place_after(text, following.end()))
        # 'Hundreds of Myanmar junta troops surrender': whose, not where (but "Djibo's military camps")
        or word == "ethnic"  # 'from the Tuareg ethnic group': a people, not a place
        or word in v.words("formation_words")  # 'the command post of the North group': a formation
        or v.attack.fullmatch(word) is not None
    )


_STATE_FORCE_HEADS = frozenset({"junta", "army", "military", "regime", "navy"})


def _a_place_after(text: str, end: int) -> bool:
    """Whether the word after `end` is a place noun ('military camps', 'army base')."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).lower() in vocab().words("place_nouns")


@lru_cache(maxsize=1)
def _adjective_heads() -> frozenset[str]:
    v = vocab()
    return frozenset(v.words("person_nouns") | v.words("force_nouns") | v.words("weapon_nouns"))


_NAME_OF_A_GROUP = re.compile(
    r"(?:(?:(?:and|for|of|the|de|du|des|la)\s+)+(?:[A-Z][\w’'-]*\s?)+)*\s*\([A-Z][A-Za-z-]{1,7}\)"
)


_REGIME_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?regime\b")
"""After 'the' and a place-like name: ' nationalist regime' makes it a government's name (a city's or a
region's 'government' or 'authorities' usually govern where it happened, so they still place it)."""


@lru_cache(maxsize=1)
def _organisation_goes_on() -> re.Pattern[str]:
    """After a place-like name: ' and Gas Corporation' makes it an organisation's name."""
    words = "|".join(sorted(vocab().words("organization_words"), key=len, reverse=True))
    return re.compile(rf"\s*(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){{0,3}}(?i:{words})\b")


_NATIONALITY = re.compile(rf"\w+(?:ese|ians?|eans?|ish)|{DEMONYMS_IN_I}|{DEMONYMS_IN_AN}")
"""'Chinese', 'Palestinians', 'Ukrainian': a people, not a place ('dozens of Palestinians')."""


def _without_trailing_verbs(name: str) -> str:
    """'Suicide Bombings in Northeastern Nigeria Leave 18 Dead': a headline's capitalised verb ends the
    place before it; a one-word name stays whole ('in Hit')."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _headline_verbs():
        words.pop()
    return " ".join(words) if len(words) < len(name.split()) else name


@cache
def _headline_verbs() -> frozenset[str]:
    """Verbs a headline capitalises after a place: what befell, what was taken, who said (not the attack
    words, nouns among them: 'Retaliatory Operations')."""
    v = vocab()
    return (
        v.words("capture_words")
        | v.words("casualty_words")
        | v.words("speech_verbs")
        | {"leave", "leaves", "left", "kill", "kills", "hit", "hits", "as", "amid", "after"}
        | {"results", "resulted"}  # 'Tragic Event in Burkina Faso Results in Estimated 600 Fatalities'
    )


def _is_place_name(name: str) -> bool:
    """Not a letter ('a post on X'), a month or weekday, an actor ('KIA of territory'), an organisation
    ('Amnesty International'), a named event ('the Patriotic War', 'the Abraham Accords'), a formation ('the
    Battlegroup Centre'), a titled person ('the hometown of President Volodymyr Zelensky'), a nationality
    ('Chinese', 'Ukrainian commanders'), a faith ('Catholic'), an operation ('Operation True Promise
    III') or an alignment ('Russian-backed', 'Tuareg-dominated')."""
    v = vocab()
    words = name.split()
    return not (
        len(name) < 2  # 'in a post on X': a letter is no place
        or _NON_PLACES.match(name)
        or v.actor.match(name)
        or words[-1].lower() in v.words("organization_words")
        or words[-1].lower() in v.words("event_name_words")  # 'in the Patriotic War': a war, not a place
        or any(w.lower() in v.words("formation_words") for w in words)
        or words[0].lower().rstrip(".") in v.words("person_titles")
        or words[0] == "Operation"  # 'the 14th wave of Operation True Promise III': a named operation
        or (len(words) == 1 and _NATIONALITY.fullmatch(name) is not None)
        or (len(words) == 1 and name.lower() in v.words("faith_words"))  # 'the Catholic parish', 'of God'
        or _ALIGNED.search(words[-1]) is not None  # 'the Tuareg-dominated rebel groups': whose, not where
    )


_ALIGNED = re.compile(rf"(?i){ALIGNED}$")


_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Mm]y|I)\b")
_OUR = re.compile(r"(?i)(?:our|my)\s")
"""A source the publisher names as its own ('our own count', 'our teams on the ground')."""
_CONTRAST_WORDS = frozenset({"but", "while", "whereas", "however"})
_CONTRAST = re.compile(
    r"(?i),\s+(?:but|while|whereas|however,)\s+|;\s+"
    r"|\s+(?:while|whereas)\s+(?=[^,.;]{0,40}?\b(?:say|says|said|claim|claims|claimed|insist|insists)\b)"
)


def _clause_speaker(sentence: Sentence, at: int) -> str | None:
    """'Local media reported that 15 people died, but the governor put the toll at nine': each side of a
    contrast has its own source; None when the sentence has one clause or the claim's names none; '' (no
    one) when only a clause after the claim's names one ('the bombing that killed hundreds, while Israeli
    officials say a rocket caused the blast': the officials tell the cause, not the toll; but 'No casualties
    were reported, but smoke rose over the port, witnesses told AFP' is the witnesses' throughout)."""
    if ";" not in sentence.text and not sentence.may_hold(_CONTRAST_WORDS):
        return None
    breaks = [m.end() for m in _CONTRAST.finditer(sentence.text)]
    if not breaks:
        return None
    offset = at - sentence.start
    start = max((b for b in breaks if b <= offset), default=0)
    end = min((b for b in breaks if b > offset), default=len(sentence.text))
    found = find_speaker(sentence.text[start:end])
    if found and found.lower() not in PRONOUNS:
        return found
    opens_told = _OPENS_WITH_A_TELLER.match(sentence.text, end) and not find_speaker(sentence.text[:end])
    return "" if opens_told and find_speaker(sentence.text[end:]) else None


_OPENS_WITH_A_TELLER = re.compile(
    r"(?:[\w’'.-]+\s+){1,10}(?:say|says|said|claim|claims|claimed|insist|insists|maintain|maintains)\s+(?:that\s+)?\w"
)


def _own_teller(doc: Document, sentence: Sentence, d: Draft) -> str | None:
    """Who tells this claim in particular, if the sentence says; '' when its clause is no one's (the
    sentence's speaker tells another clause), None when the sentence's speaker tells it."""
    found = (
        given_by(doc.text, d.start, d.end)
        or claimed_by(doc.text, d.start, sentence.start)
        or _trailing_source(sentence, d.start)
    )
    if found:
        return found
    at = d.start - sentence.start
    asides = _SUBJECT_ASIDE.finditer(sentence.text)
    if any(m.start() <= at < m.end() and "according to" not in m.group(0) for m in asides):
        return ""  # 'The guerrilla group, which has about 5,800 members, has denied ...': the story's aside
    owned = _RESPONSIBILITY_CLAIMED.search(sentence.text) if sentence.may_hold(_CLAIM_WORDS) else None
    # 'X claimed responsibility for the attack that killed 115': X claims the attack, not its toll; but 'X
    # claimed responsibility, saying it killed 30' and 'claimed responsibility for killing 300' tell it too
    if (
        owned
        and not d.rule.startswith("event:")
        and not _SAYING.search(sentence.text, owned.end(), max(owned.end(), d.start - sentence.start))
        and not _HARM_OWNED.match(sentence.text, owned.end())
    ):
        masked = sentence.text[: owned.start()] + " " * len(owned.group(0)) + sentence.text[owned.end() :]
        return find_speaker(masked) or ""
    if sentence.may_hold(_TIME_WORDS) and _told_in_a_time_clause(sentence.text, at, d.end - sentence.start):
        return ""  # 'The attacks started on Wednesday, hours after Total announced it would resume work'
    clause_speaker = _clause_speaker(sentence, d.start)
    return (
        clause_speaker
        or _inner_speaker(sentence.text, d.start - sentence.start)
        or ("" if clause_speaker == "" else None)
    )


_TIME_WORDS = frozenset({"after", "before"})
_TOLD_AFTER = re.compile(
    r"\b(?i:after|before)\s+(?:[^,;]{1,80}?\s)?(?:said|says|announced|announces|stated|told|declared|reported|"
    r"confirmed)\b[^,;]*"
)
"""A clause of time holding a speech verb ('hours after Total announced that it would resume work')."""
_OPENS_THE_SENTENCE = re.compile(
    r"(?i)^\W*(?:(?:but|and|just|only|shortly|soon|hours|days|weeks|a|day|week|few)\s+)*$"
)


def _told_in_a_time_clause(text: str, start: int, end: int) -> bool:
    """Whether the sentence's only teller speaks inside a clause of time after the claim's words, or one
    closed by a comma before them ('The attacks started on Wednesday, just hours after Total announced that
    it would resume work': Total announced the work, not the attacks; 'After the army announced it had
    retaken the town, rebels killed 12': not the army's count; but 'It came after rebels said the army had
    attacked them' is theirs)."""
    return any(
        m_start >= end or (opening and m_end <= start) for m_start, m_end, opening in _lone_time_clauses(text)
    )


@lru_cache(maxsize=256)
def _lone_time_clauses(text: str) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, opens the sentence and closes at a comma) of each clause of time whose teller is the
    sentence's only one; cached, as every claim of the sentence asks."""
    found = []
    for m in _TOLD_AFTER.finditer(text):
        outside = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
        if find_speaker(outside) is None:
            opening = _OPENS_THE_SENTENCE.match(text[: m.start()]) is not None and text.startswith(
                ",", m.end()
            )
            found.append((m.start(), m.end(), opening))
    return tuple(found)


def _still_to_come(doc: Document, date: DateMention) -> bool:
    """A day the story counts forward to from its publication day ('declared Sunday a day of mourning' in a
    Saturday story): what is planned, which no later sentence goes on telling. (A written date after the
    publication day is more likely a wrong publication date than the future.)"""
    published = doc.published
    if not date.relative or published is None or published.day is None or date.date is None:
        return False
    return date.date.day is not None and date.date.iso > published.iso


_SUBJECT_ASIDE = re.compile(
    r",\s+(?:which|who)\s+(?:has|have|had|is|are|was|were|numbers|counts)\b(?:[^,;]|,(?=\d{3}))+,"
    r"(?=\s*(?:(?:has|have|had|also|later|previously)\s+){0,2}"
    r"(?:said|says|told|denied|denies|claimed|claims|announced|stated|reported|confirmed)\b)"
)
"""A relative clause between a source and its verb ('The ELN, which has about 5,800 members, has denied'):
what the story says of the source, not what the source says."""
_CLAIM_WORDS = frozenset({"claimed", "claim", "claims", "claiming"})
_RESPONSIBILITY_CLAIMED = re.compile(
    r"(?i)\bclaim(?:ed|s|ing)?\s+(?:full\s+|sole\s+)?(?:responsibility|credit)\b"
    r"|\b(?:attacks?|assaults?|bombings?|shootings?|rampage|massacre|blasts?|raids?),?\s+"
    r"(?:which\s+was\s+|that\s+was\s+|was\s+)?claimed\s+by\b"
)
"""A group owning an attack ('IS claimed responsibility for', 'The attack, claimed by IS militants,'): it
claims the deed, not the figures the sentence tells of it."""
_HARM_OWNED = re.compile(r"(?i)\s+for\s+(?:the\s+)?(?:kill|murder|execut|abduct|kidnap|death|behead)")
_SAYING = re.compile(r"(?i),\s+(?:saying|adding|stating|boasting)\b")


def _trailing_source(sentence: Sentence, at: int) -> str | None:
    """'the evacuation of 120,000 civilians, according to Russian authorities, and the capture of at least 100
    troops, according to Kyiv': each figure is told by the 'according to' that follows it; None when the
    sentence has fewer than two, or one opens a clause ('According to X, ...; according to Y, ...')."""
    if sentence.text.count("ccording to") < 2:
        return None
    found = [m.start() for m in _ACCORDING.finditer(sentence.text)]
    if len(found) < 2 or any(_CLAUSE_OPENS.search(sentence.text, 0, start) for start in found):
        return None
    offset = at - sentence.start
    start = next((start for start in found if start > offset), found[-1])
    return find_speaker(sentence.text[start:])


_ACCORDING = re.compile(r"(?i)\baccording\s+to\b")
_CLAUSE_OPENS = re.compile(r"(?:^|[;:]|,\s*(?:but|and|while|whereas))\s*$")


def _inner_speaker(text: str, at: int) -> str | None:
    """'Israel said it had struck ... in an airstrike that Gaza health officials said killed at least 90':
    a figure told after a second source's verb is that source's; None when only one speaks before it."""
    verbs = [m for m in _speech_verbs(text) if m.end() <= at]
    if len(verbs) < 2:
        return None
    between = text[verbs[-2].end() : verbs[-1].end()]
    relative = [m.end() for m in _RELATIVE.finditer(between)]  # '... an airstrike that X said'
    found = find_speaker(between[relative[-1] :] if relative else between)
    return found if found and found.lower() not in PRONOUNS else None


_RELATIVE = re.compile(r"\b(?:that|which|who|whom)\s+")


@lru_cache(maxsize=256)
def _speech_verbs(text: str) -> tuple[re.Match[str], ...]:
    """The plain speech verbs of a sentence; cached, as every claim of a sentence asks."""
    return tuple(_SAID_VERBS.finditer(text))


_SAID_VERBS = re.compile(r"(?i)\b(?:said|says|say|told|reported|reports|stated|announced|announces)\b")
"""Verbs that only report speech ('claims' and 'denied' also name what was said)."""


_Tellers = tuple[str | None, tuple[int, int] | None, str | None]
"""The sentence's speaker, the span of the relative clause it is named in (if so), the speaker outside it."""


def _aside_tellers(sentence: Sentence, speaker: str | None) -> _Tellers:
    """'The ELN, which has some 6,000 fighters according to military intelligence, said in a statement that
    it was fighting ...': the source named inside a relative clause tells that clause; the rest is told by
    whoever the sentence names outside it."""
    aside = aside_told_by(sentence.text, speaker) if speaker else None
    if aside is None:
        return speaker, None, speaker
    start, end = sentence.start + aside[0], sentence.start + aside[1]
    outside = sentence.text[: aside[0]] + " " * (aside[1] - aside[0]) + sentence.text[aside[1] :]
    outer = find_speaker(outside)
    return speaker, (start, end), outer if outer and outer.lower() not in PRONOUNS else None


def _teller(tellers: _Tellers, at: int) -> str | None:
    speaker, aside, outer = tellers
    return speaker if aside is None or aside[0] <= at < aside[1] else outer


def _claim(
    doc: Document,
    sentence: Sentence,
    d: Draft,
    sentence_speaker: str | None,
    actors: Actors,
    victims: Sequence[tuple[int, int]] = (),
) -> Claim:
    in_quote = sentence.in_quote(d.start, d.end)
    speaker = _own_teller(doc, sentence, d) if not in_quote else sentence.quote_speaker
    speaker = speaker or (sentence_speaker if speaker is None else None)
    unit = UNIT.search(doc.text, d.start, d.end) or _sentence_unit(sentence.text)
    as_of = None
    counted = d.low is not None or d.high is not None
    running = d.kind in {ClaimKind.CAPTURE, ClaimKind.ATTACK} or (d.kind is ClaimKind.CASUALTIES and counted)
    fled_that_day = (
        d.kind is ClaimKind.STRENGTH
        and d.date is not None
        and d.date.date is not None
        and d.date.date.day is not None
        and _FLED_AFTER.match(doc.text, d.end, sentence.end) is not None
        and not BACKGROUND.search(sentence.text)  # 'had been displaced by the conflict': a running total
    )  # '60,000 households fled Zamzam on Friday and Saturday': an event's count, not a state as of telling
    event_party = d.kind is ClaimKind.STRENGTH and d.subject in _ATTACKING_PARTIES
    if (d.kind is ClaimKind.STRENGTH and not fled_that_day and not event_party) or (
        running and is_cumulative(sentence)
    ):
        as_of = doc.published  # a running toll or tally: the count as of the day it was told
    date: PartialDate | None = d.date.date if d.date else None
    date_end = d.date.date_end if d.date else None
    borrowed = d.date is not None and not sentence.start <= d.date.start < sentence.end
    if as_of and borrowed and _SINCE_WORD.search(sentence.text):
        date = date_end = None  # 'the junta has killed 3,200 civilians since the coup': not Tuesday's
    if d.date and count_day(doc.text, d.date):  # 'the toll rose to 18 on Saturday': not the strike's day
        date = date_end = None
    counted = d.low is not None or d.high is not None
    if counted and d.date and d.date.date and not borrowed and counted_by(doc.text, d.date):
        as_of, date, date_end = d.date.date_end or d.date.date, None, None  # '150 bodies buried by Monday'
    separation = _a_separation(doc.text, d)
    if separation:
        date = date_end = None  # 'Lashio, about 110 km south of the border, has been besieged since July'
    if d.kind is ClaimKind.QUANTITY and date is not None and date_end is None and d.high == d.low:
        phrase = doc.text[max(sentence.start, d.start - 30) : d.end]
        date, date_end = duration_period(phrase, d.low, date, doc.published)
    since_word = SINCE.search(doc.text, sentence.start, d.date.start) if as_of and d.date else None
    if since_word and since_word.end() <= d.start < d.date.start:
        since_word = None  # 'Since the M23 captured Goma on 27 January, ...': the capture's own day
    since = bool(
        as_of
        and d.date
        and (
            since_word
            or d.date.text.lower().startswith("since")
            or _BEGAN.search(doc.text, max(sentence.start, d.date.start - 30), d.date.start)
        )
    )  # 'killed 6,231 civilians since the coup', 'the insurgency, which began in 2017, has killed ...'
    if (
        since
        and as_of
        and date
        and (date.year, date.month or 0, date.day or 0) < (as_of.year, as_of.month or 0, as_of.day or 0)
        and not (date.day is None and (date.year, date.month) == (as_of.year, as_of.month))
    ):
        date_end = as_of  # 'captured 15 towns since March 2024', 'since last week': up to the telling
    holding = d.rule.endswith(HELD)  # 'says it still holds the airport': denies that anyone took it
    return Claim(
        id=derived_id("clm", doc.id, d.kind.value, d.start, d.end, d.rule),
        doc_id=doc.id,
        doc=doc.file_name,
        kind=d.kind,
        span=Span(start=d.start, end=d.end),
        text=doc.text[d.start : d.end],
        sentence=Span(start=sentence.start, end=sentence.end),
        subject=d.subject,
        quantity=Quantity(low=d.low, high=d.high, hedge=d.hedge, number_text=d.number_text),
        place=_single_spaced(_place(sentence, d, speaker)),
        unit=unit.group(0) if unit else None,
        actor=None
        if holding
        or d.rule == "rank"  # 'Ukraine's second-largest city': a size order, which no one did
        or measures_a_place(d)  # '1,600 km west of'
        else _actor(sentence, d, actors, speaker or _publisher(doc.outlet), victims),
        date=date,
        date_end=date_end,
        date_text=d.date.text if d.date and not separation else None,
        as_of=as_of,
        attributed_to=speaker,
        speaker_is_party=speaker_is_party(speaker),
        in_quote=in_quote,
        denied=holding or is_denied(doc.text, sentence, d),
        rule=d.rule,
        extractor_version=EXTRACTOR_VERSION,
    )


def _actor(
    sentence: Sentence, d: Draft, actors: Actors, speaker: str | None, victims: Sequence[tuple[int, int]]
) -> str | None:
    """Who did it: the speaker's own side when it says it did ('Israel says it killed Hamas commander',
    'our forces destroyed 18 vehicles of the army and killed'), else the doer the sentence names, else the
    side of a speaker telling its own act ('our troops')."""
    if said_it_did(sentence, d) or we_did_it(sentence, d):
        own = actors.speakers_side(sentence, d, speaker)
        return own or actors.doer(sentence, d, victims)
    return actors.doer(sentence, d, victims) or actors.speakers_side(sentence, d, speaker)


@lru_cache(maxsize=64)
def _publisher(outlet: str | None) -> str | None:
    """The outlet, when it is a side itself (a statement on the RSF's or an army's own site): the voice
    of its unattributed 'our forces'. Cached: every claim of a document asks."""
    return outlet if outlet and vocab().actor.search(outlet) else None


def _stat_rows(doc: Document, last_date: DateMention | None, actors: Actors) -> list[Claim]:
    """'Label' over 'number' lines (a dashboard's stat rows) kept as data by the furniture pass."""
    out = []
    for m in _STAT_ROW.finditer(doc.text):
        start, end = m.start(), m.end()
        if doc.in_boilerplate(start, end):
            continue
        value = int(m.group("value").replace(",", ""))
        label = m.group("label").strip()
        draft = Draft(
            ClaimKind.QUANTITY,
            start,
            end,
            "stat-row",
            value,
            value,
            number_text=m.group("value"),
            subject=label,
            date=last_date,
        )
        out.append(_line_claim(doc, (start, end), draft, actors, as_of=period_end(last_date)))
    return out


def _line_claim(
    doc: Document, line: tuple[int, int], draft: Draft, actors: Actors, **update: object
) -> Claim:
    """A claim read off one line of a table, a dashboard or a bulletin's list: the line is its sentence and
    the outlet that printed it its teller."""
    sentence = Sentence(*line, doc.text[line[0] : line[1]], -1, doc.text)
    claim = _claim(doc, sentence, draft, None, actors)
    return claim.model_copy(update={"attributed_to": doc.outlet, **update})


@lru_cache(maxsize=1)
def _rule_cues() -> frozenset[str]:
    """A word of every phrase some rule starts from (an attack, capture, casualty or cause word, a count,
    'no such', 'include', a flag raised): a sentence with none of them, no digit and no date yields no
    claim, so it skips the rules. Matching words of a set, not a regex, keeps this check cheap."""
    v = vocab()
    lists = ("capture_words", "target_attack_words", "attack_words", "casualty_words", "cause_words")
    cues = {w for key in lists for w in v.cue_words(key)}
    listed = {"never", "include", "includes", "included", "including", *v.words("denial_verbs")}
    return frozenset(cues | SHOWN_TAKEN_VERBS | TAKEN_PLACE_VERBS | WITHDRAWN_VERBS | _count_cues() | listed)


_DIGIT = re.compile(r"\d")
_QUESTION = re.compile(
    r"(?:What|When|Where|Why|How|Who|Which|Whose|Is|Are|Was|Were|Did|Do|Does|Can|Could|Will|Would|Should|Has|"
    r"Have)\b[^?]*\?$"
)
_SINCE_WORD = re.compile(r"(?i)\bsince\b")
_PRESENT = re.compile(r"(?i)\b(?:now|currently|at\s+present)\b")


def _table_claims(doc: Document, dates: list[DateMention], actors: Actors) -> list[Claim]:
    """A table's numbers: 'Killed' 18 in the 'Walikale' row is 18 people killed in Walikale, in the period
    the title names ('Weekly update, 1-7 September 2025'), else at the last date given before the table."""
    title_end = doc.title_end
    titled = [d for d in dates if d.end <= (title_end if title_end >= 0 else len(doc.text))]
    out = []
    for cell in table_cells(doc.text):
        if doc.in_boilerplate(cell.start, cell.end):
            continue
        generic = _GENERIC_HEADER.fullmatch(cell.header.strip()) is not None
        counted = cell.label if generic else cell.header  # '| People in need | 30.4 million |' under 'Figure'
        before = titled or [d for d in dates if d.end <= cell.row[0]]
        kind = _table_kind(counted)
        draft = Draft(
            kind,
            cell.start,
            cell.end,
            "table-cell",
            cell.value,
            cell.value,
            number_text=doc.text[cell.start : cell.end],
            subject=counted.lower(),
            place=cell.label if cell.label and not generic and _is_place_name(cell.label) else None,
            date=before[-1] if before and kind is not ClaimKind.STRENGTH else None,  # a state: as of telling
        )
        out.append(_line_claim(doc, cell.row, draft, actors))
    return out


def _listed_claims(doc: Document, actors: Actors) -> list[Claim]:
    """A bulletin's list of running totals ('- personnel ‒ about 1,000,340 (+1,140) persons', '- tanks ‒
    10,940 (+7)'): each figure counts what its label names, as of the day the bulletin was issued."""
    out = []
    for figure in listed_figures(doc.text):
        if doc.in_boilerplate(figure.start, figure.end):
            continue
        number = next(iter(find_numbers(doc.text, figure.start, figure.end)), None)
        if number is None:
            continue
        label = figure.label.strip().lower()
        people = label in vocab().words("person_nouns") | vocab().words("force_nouns")
        kind = ClaimKind.CASUALTIES if people else _table_kind(label)  # a side's people listed: its losses
        draft = Draft(
            kind,
            number.start,
            number.end,
            "list-figure",
            number.low,
            number.high,
            number.hedge,
            number.number_text,
            subject=label,
        )
        out.append(_line_claim(doc, figure.row, draft, actors, as_of=doc.published))
    return out


_GENERIC_HEADER = re.compile(r"(?i)figures?|numbers?|totals?|values?|counts?|#|estimates?|people|persons")
"""Column headers that say nothing of what is counted: the row label does."""
_UPROOTED = re.compile(r"(?i)\b(?:displaced|refugees?|in\s+need|population|idps?|returnees|evacuees)\b")


def _table_kind(counted: str) -> ClaimKind:
    """What a cell counts, from the words that name it: the dead and hurt, people uprooted or in need, else
    a quantity."""
    if vocab().casualty.search(counted):
        return ClaimKind.CASUALTIES
    return ClaimKind.STRENGTH if _UPROOTED.search(counted) else ClaimKind.QUANTITY


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for claim in claims:
        key = (claim.kind.value, claim.span.start, claim.span.end)
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return out
