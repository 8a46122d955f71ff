"""When a claim happened: the date of its sentence or paragraph, periods (spans of years, 'last week',
'since March 2024'), statement days, datelines, leads and sections, relative dates told to another outlet."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

from reconcile.extract.dates import TIME_NAME, DateMention, shift_month
from reconcile.extract.rules import EARLIER_EVENT, Draft, since_event, spoken_on
from reconcile.extract.text import Sentence, section_starts
from reconcile.extract.vocab import vocab
from reconcile.models import Claim, ClaimKind, Document, PartialDate, period_days

NARRATIVE_KINDS = {ClaimKind.CASUALTIES, ClaimKind.ATTACK, ClaimKind.CAPTURE, ClaimKind.CAUSE}
_LEAD_KINDS = {ClaimKind.CASUALTIES, ClaimKind.ATTACK, ClaimKind.CAPTURE}


def date_the_title(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A headline tells the event its lead tells ('Lashio falls' over 'The TNLA captured Lashio on 3
    August'): its undated attacks, captures and casualties take the lead paragraph's first day date of an
    event of a sort the headline tells (a headline's capture is not dated by a lead's massacre, told of
    days later)."""
    title_end = doc.title_end
    lead = _LEAD_PARAGRAPH.search(doc.text, max(title_end, 0))
    if title_end < 0 or lead is None:
        return claims
    headline = [c for c in claims if c.span.end <= title_end and c.kind in _LEAD_KINDS]
    sorts = {c.kind is ClaimKind.CAPTURE for c in headline}
    lead_dated = next(
        (
            c
            for c in claims
            if lead.start() <= c.span.start < lead.end()
            and c.kind in _LEAD_KINDS
            and (c.kind is ClaimKind.CAPTURE) in sorts
            and c.date
            and c.date.day
            and (not c.date_end or _days_long(c.date, c.date_end) <= _TELLING_DAYS)
        ),
        None,
    )
    if lead_dated is None:
        return claims
    dated = {"date": lead_dated.date, "date_end": lead_dated.date_end, "date_text": lead_dated.date_text}
    return [
        c.model_copy(update=dated)
        if c.span.end <= title_end
        and c.date is None
        and c.kind in _LEAD_KINDS
        and not _recalls_an_earlier_event(doc.text, c)
        else c
        for c in claims
    ]


_TELLING_DAYS = 7
"""The longest period a lead can lend its headline: a night ('overnight') or the few days before a
statement ('claimed on Monday that its troops had recaptured'), not months ('since March')."""


def _days_long(start: PartialDate, end: PartialDate) -> int:
    if start.day is None or end.day is None or end.month is None or start.month is None:
        return _TELLING_DAYS + 1
    return (dt.date(end.year, end.month, end.day) - dt.date(start.year, start.month, start.day)).days


_LEAD_PARAGRAPH = re.compile(r"^[^\n]*(?:\S+[ \t]+){7}[^\n]*[.!?][”\"’)]?[ \t]*$", re.MULTILINE)
"""The first line of eight words or more after the title ending as a sentence does: the lead, past bylines
and datelines ('**Somali National News Agency (SONNA)** | 21 August 2022')."""


def date_sections(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Under a heading, a report tells one event: its undated attacks, casualties, captures and causes
    take the section's first day-precise event date written out (the heading itself included); a
    relative 'today' is left out, since copied text keeps the copier's publication date."""
    starts = section_starts(doc)
    if len(starts) < 2:
        return claims
    section_date: dict[int, Claim] = {}
    days: dict[int, set[PartialDate]] = {}
    for claim in claims:
        if claim.kind not in NARRATIVE_KINDS or claim.date is None or claim.date_end:
            continue  # a period ('since March') is no day of an event
        section = bisect.bisect_right(starts, claim.span.start)
        days.setdefault(section, set()).add(claim.date)
        written = any(ch.isdigit() for ch in claim.date_text or "")  # '9 October', not 'today'
        if claim.date.day and written:
            section_date.setdefault(section, claim)
    # a section whose events are told on different days ('on Thursday' ... 'on May 28') tells more than one
    section_date = {section: c for section, c in section_date.items() if len(days[section]) == 1}
    out = []
    for claim in claims:
        dated = section_date.get(bisect.bisect_right(starts, claim.span.start))
        if claim.date is None and claim.kind in NARRATIVE_KINDS and dated is not None:
            claim = claim.model_copy(update={"date": dated.date, "date_text": dated.date_text})
        out.append(claim)
    return out


def date_the_one_day(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A report of one recent event ('the massacre committed today in Nuseirat', then its toll listed
    under a heading): when every event the document dates falls on one day, in the week before it was
    published, its undated counts of the dead and hurt and of attacks are of that day. A running toll
    (counted as of the telling) keeps no day, nor a count over several days; an analysis looking back at
    a war is not a report of its first day; nor is a day a closing reminder recalls ('We will remind, that
    on April 7 ...') or a closing note on another place tells."""
    dated = [c for c in claims if c.kind in NARRATIVE_KINDS and c.date is not None]
    days = {c.date for c in dated if c.date.day and c.date_end is None}
    if len(days) != 1 or len(days) != len({c.date for c in dated}) or doc.published is None:
        return claims
    day = next(iter(days))
    if doc.published.day is None or not 0 <= period_days(day.key, doc.published.key) <= _TELLING_DAYS:
        return claims
    told = next(c for c in dated if c.date == day)
    lent = [
        c
        for c in claims
        if c.date is None
        and c.as_of is None
        and c.kind in {ClaimKind.CASUALTIES, ClaimKind.ATTACK}
        and (c.quantity.low is not None or c.quantity.high is not None)
        and not BACKGROUND.search(doc.text, c.sentence.start, c.sentence.end)
        and not _DAYS_LONG.search(doc.text, c.sentence.start, c.sentence.end)
        and not _recalls_an_earlier_event(doc.text, c)
    ]
    story = [
        c
        for c in claims
        if c.kind in NARRATIVE_KINDS and not BACKGROUND.search(doc.text, c.sentence.start, c.sentence.end)
    ]
    if _RECALLED.search(doc.text, told.sentence.start, told.span.start) or _elsewhere([told], story):
        return claims
    lent_ids = {id(c) for c in lent}
    return [
        c.model_copy(update={"date": day, "date_text": told.date_text}) if id(c) in lent_ids else c
        for c in claims
    ]


BACKGROUND = re.compile(
    r"(?i)(?<![\w-])(?:wars?|conflicts?|insurgency|violence|decades?|years?|every|annually|history|since|so\s+far|"
    r"total)(?![\w-])"
)
"""A sentence telling the story's background ('a civil war in which nearly 400,000 people were killed',
'Cattle raids kill hundreds of people every year'), not the day's event."""


def date_the_lead(text: str, claims: list[Claim], dates: list[DateMention]) -> list[Claim]:
    """A news lead rarely dates its main event; the story does, with 'today', 'yesterday' or a weekday.

    Undated attacks, captures and casualties before the first dated sentence take the first
    day-relative date of the document (never the publication date by itself, which is not evidence),
    unless a day written out comes first ('on the evening of April 4 ... Overnight on April 5'): that
    day is the lead's, and the later one another event's; unless that date is of what came after
    ('Following the withdrawal, overnight, ...'); and never for a lead that spans days ('Over two days
    of strikes, forces killed 12'), nor from a closing sentence about another place.
    """
    resolved = [d for d in dates if d.date is not None]
    day_relative = next(
        (d for d in resolved if d.kind in {"today", "overnight", "yesterday", "weekday"}), None
    )
    if not resolved or day_relative is None:
        return claims
    if any(d.date and d.date.day and d.start < day_relative.start for d in resolved):
        return claims
    if _AFTERWARDS.search(text, max(0, day_relative.start - 120), day_relative.start):
        return claims
    lead_end = resolved[0].start
    lent = [
        c
        for c in claims
        if c.date is None
        and c.kind in _LEAD_KINDS
        and c.sentence.end <= lead_end
        and not _DAYS_LONG.search(text, c.sentence.start, c.sentence.end)
        and not _recalls_an_earlier_event(text, c)
    ]
    told = [c for c in claims if c.sentence.start <= day_relative.start < c.sentence.end]
    story = [
        c
        for c in claims
        if c.kind in NARRATIVE_KINDS and not BACKGROUND.search(text, c.sentence.start, c.sentence.end)
    ]
    if _elsewhere(told, story):
        return claims
    dated = {"date": day_relative.date, "date_end": day_relative.date_end, "date_text": day_relative.text}
    lent_ids = {id(c) for c in lent}
    return [c.model_copy(update=dated) if id(c) in lent_ids else c for c in claims]


_RECALLED = re.compile(
    r"(?i)^[\s\W]*(?:we\s+(?:will\s+|would\s+like\s+to\s+)?remind|(?:let\s+us\s+|we\s+)?recall|"
    r"as\s+a\s+reminder|it\s+(?:is|should\s+be)\s+(?:worth\s+)?(?:recalling|reminding|recalled))\b"
)
"""'We will remind, that on April 7 the enemy struck ...', 'Recall that ...': a news service's
reminder of an earlier event, whose day is not the story's."""


def _elsewhere(told: list[Claim], story: list[Claim]) -> bool:
    """The dated sentence closes the story and tells of another place than all its claims before do
    ('On Thursday, trains were blocked in Sloviansk' closing a report on Kramatorsk station): a note on
    another event, on another day."""
    told_places = {c.place.lower() for c in told if c.place}
    told_sentences = {c.sentence.start for c in told}
    before = [c for c in story if c.sentence.start not in told_sentences]
    story_places = {c.place.lower() for c in before if c.place}
    return (
        bool(told_places and story_places)
        and all(c.sentence.start < min(told_sentences) for c in before)
        and not any(a in b or b in a for a in told_places for b in story_places)
    )


def _recalls_an_earlier_event(text: str, claim: Claim) -> bool:
    """'in retaliation for an attack that killed 26', 'where an earlier strike killed 200', 'had attacked a
    week earlier, killing 200': the claim is of an event before the one the story dates."""
    start = claim.sentence.start
    return bool(
        EARLIER_EVENT.search(text, start, claim.span.start)
        or _EARLIER_ONE.search(text, start, claim.span.end)
        or _TIME_EARLIER.search(text, start, claim.span.start)
    )


_AFTERWARDS = re.compile(r"(?i)(?:^|[.;:]\s+|\n\s*)(?:following|after)\b[^.;:\n]*$")
"""A sentence opening with what came after ('Following the withdrawal of Israeli forces, overnight, the
military struck Gaza'): its day is of a later event than the lead's."""
_DAYS_LONG = re.compile(
    r"(?i)\b(?:over|for|during|across|within|in)\s+(?:the\s+(?:past|last|first)\s+)?"
    r"(?:two|three|four|five|six|seven|several|\d+)\s+(?:days|nights|weeks|months)\b"
)
"""A lead that tells a period ('Over two days of ground incursion and air strikes'): no one day is its."""


_TOLD_EVENT = (
    r"(?:attacks?|assaults?|strikes?|raids?|blast|explosion|bombing|shelling|fighting|clashes|attackers|"
    r"assailants|gunmen|raiders|shells?|missiles?|rockets?|drones?|bombs?|operation|incident|ambush|siege|"
    r"massacre)\b(?!\s+(?:on|in)\s+\w+\s+\d)"
)
CONTINUES = re.compile(
    rf"(?:They|It|These|Those|This)\b|.{{0,60}}?\b[Tt]he\s+{_TOLD_EVENT}"
    rf"|[^.;:]{{0,160}}?\b(?:killed|died|dead|wounded|injured|lost\s+their\s+lives)\b[^.;:]{{0,80}}?"
    rf"\b(?:in|during)\s+the\s+{_TOLD_EVENT}|[^.;:]{{0,60}}?\balso\b"
)
"""A paragraph that opens with a pronoun or refers back to 'the attack', 'the gunmen', 'the shells' or
'the operation' goes on telling the previous paragraph's event, and keeps its date; so does one adding to
it ('One civilian was also killed') or whose first clause counts its dead ('at least 43 people ... were
killed with firearms and machetes during the attack')."""
_PAST_OF_A_NOUN = re.compile(
    r"\b[a-z]+\s+(?:lost|captured|seized|taken|held|occupied)\s+(?:(?:between|in|since|from|during)\s+)?$"
    r"|\b(?:war|conflict|offensive|fighting|crisis|campaign|violence)\s+(?:[\w-]+\s+)?"
    r"(?:ignited|triggered|sparked|started|unleashed|set\s+off)\s+by\s+(?:[\w’'-]+\s+){0,4}$"
)
"""'territory lost between 2011 and 2018': the date of that loss, told to say which territory; 'the war
ignited by Hamas' Oct. 7 attack': the day the war began, told to say which war."""


def past_of_a_noun(text: str, date: DateMention) -> bool:
    return bool(_PAST_OF_A_NOUN.search(text, max(0, date.start - 40), date.start))


SINCE = re.compile(r"(?i)\bsince\b(?=[^.;]{0,60}$)")
_NEXT_CLAUSE = re.compile(r",\s+and\s+(?:that\s+)?")
"""Between two coordinated clauses of one sentence, each with its own day."""
_LATER_CLAUSE = re.compile(
    r",\s+(?:as(?!\s+of\b)|while|whereas|because|although|though|after|before|where)\b|;"
    r"|,\s+and\s+(?:then\s+)?(?:(?:on|by|late|early|last)\s+)?$"  # ', and on Saturday X fell': that clause's
    r"|,\s+and\s+(?:said|says|added|announced|warned)\b"  # ', and said the committee would meet on Thursday'
)


_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*[*_]{0,2}(?:(?:[A-Z][A-Z .'’/-]{1,40}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
    r"(?:,\s*[A-Z][A-Za-z .]{1,30})?(?:,|[ \t]+[-–—])[ \t]*)?$"
)
"""'KHARTOUM, ', 'Phnom Penh, ', '**JUBA, ', 'MAKURDI, Nigeria – ': the place a wire or a paper's dateline
opens with, before the day, or nothing, where the line opens with the day ('March 8, 2025 (NASIR) -')."""
_POSTED_BY = re.compile(r"\(@\w{1,30}\)\s*$")
"""An embedded post's author handle, right before the post's date."""
_DATELINE_AFTER = re.compile(
    r"[*_]{0,2}[ \t]*(?:\([A-Za-z .&/]{1,30}\)[ \t]*)?[-–—]"
    r"|,[ \t]*[A-Z][A-Z&-]{1,20}(?:[ \t][A-Z][A-Z&-]+){0,2}[.:]"
)
"""What follows a dateline's day: the agency in brackets and a dash ('(Reuters) -'), or the agency's name in
capitals and a stop ('STEPANAKERT, SEPTEMBER 26, ARMENPRESS.')."""
_PLACE_DATE_LINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*[*_]{0,2}[A-Z][\w .'’-]{1,40}(?:,\s*[A-Z][\w .]{1,30})?(?:,|[ \t][-–—])[ \t]*$"
)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*[*_]{0,2}$")
TIME_STAMP = (
    r"(?:[ \t]*(?:[,|·-]|at)?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?)?"
)
"""The time a byline stamps after a day ('9:41 AM', ', 21:40 IST', 'at 13:05'), if any."""
_LINE_END = re.compile(rf"(?:[ \t]*\([A-Za-z .&/]{{1,30}}\))?{TIME_STAMP}[ \t]*[*_]{{0,2}}[ \t]*(?:\n|$)")
"""'*Addis Ababa, 18 October 2022*', '**TAMPA, Fla. — January 12, 2024**', '*Damascus, July 22 (SANA)*',
'SRINAGAR, April 22, 2025 21:40 IST': a line holding only where and when the story was filed."""


_TOLD_OUTLET = re.compile(
    r"\btold\s+(?:the\s+)?(?P<to>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})(?:\s*\([A-Z]{2,8}\))?[^\n“\"]{0,40}$"
)
_GENERIC_OUTLET_WORDS = {
    "the",
    "news",
    "times",
    "post",
    "daily",
    "group",
    "agency",
    "press",
    "media",
    "radio",
}


def told_elsewhere(doc: Document, sentence: Sentence, date: DateMention) -> bool:
    """'Today' in a statement told to another outlet ('an analyst told Kachin News Group: "... today"')
    is that outlet's day, which this article does not give: such a date is left unresolved."""
    if not date.relative or not sentence.in_quote(date.start, date.end):
        return False
    opening = min(a for a, b in sentence.quotes if a <= date.start and date.end <= b)
    told = _TOLD_OUTLET.search(doc.text, max(0, opening - 160), opening)
    if told is None:
        return False
    own = {w for w in re.findall(r"\w+", (doc.outlet or "").lower()) if w not in _GENERIC_OUTLET_WORDS}
    named = {w for w in re.findall(r"\w+", told.group("to").lower()) if w not in _GENERIC_OUTLET_WORDS}
    return bool(named) and not (own & named)


def unresolved(date: DateMention) -> DateMention:
    return DateMention(date.start, date.end, date.text, date.kind, None)


_MEDIA_POSTED = re.compile(
    r"(?i)\b(?:message|video|statement|post|footage|clip|image|photo|audio|recording|communiqu[eé])s?\s+"
    r"(?:(?:was|were|had\s+been|has\s+been)\s+)?\w$"
)
"""A message or video posted: the day it went out, told in the story, not the story's own filing day."""
_PUBLISHED_BEFORE = re.compile(
    r"(?i)\b(?:published|updated|posted)\b[^\n.“\"]{0,60}$"
    r"|(?:^|\n)[ \t]*[*_]{0,2}(?:date|dated|issued|date\s+issued)[*_]{0,2}[ \t]*:[ \t]*[*_]{0,2}[ \t]*$"
)
"""'Published by X, 14 March 2024', '**Date:** 08 July 2025': the day a story or an advisory was issued; not
a day inside a quotation the post holds ('posted on X: "Today, our forces have taken over Kidal"')."""


def dateline(text: str, date: DateMention) -> bool:
    """'KHARTOUM, April 12 (Reuters) -', 'Published by X, 14 March 2024', an embedded post's '— Israel
    Defense Forces (@IDF) October 18, 2023': the day the story or the post was filed, not of its events."""
    published = _PUBLISHED_BEFORE.search(text, max(0, date.start - 60), date.start)
    # not 'In a message posted on social networks on Saturday, the group announced': a message's day
    if published and not _MEDIA_POSTED.search(text, max(0, published.start() - 30), published.start() + 1):
        return True
    if _POSTED_BY.search(text, max(0, date.start - 40), date.start):
        return True
    before = _DATELINE_BEFORE.search(text, max(0, date.start - 60), date.start)
    if before and _DATELINE_AFTER.match(text, date.end):
        return True
    own_line = _PLACE_DATE_LINE_BEFORE.search(text, max(0, date.start - 60), date.start)
    alone = _LINE_START.search(text, max(0, date.start - 10), date.start)  # '15 August,2023 07:27 pm'
    return bool((own_line or alone) and _LINE_END.match(text, date.end))


def attach_dates(
    text: str, drafts: list[Draft], dates: list[DateMention], narrative: DateMention | None
) -> None:
    """Each claim takes the nearest date of its sentence, the day its statement was made ('..., rebels
    said on Friday') only when the sentence gives no other, else the narrative date for event kinds. A
    date in a later clause ('..., as the KIA has increased efforts since December 2023') is that
    clause's, and one that only says which territory ('to seize back territory lost in 2018') is the
    earlier loss's: neither is the claim's."""
    resolved = [d for d in dates if d.date is not None]
    for draft in drafts:
        if draft.date is not None:
            continue
        appositive = _appositive_event(text, draft)
        fitting = [
            d
            for d in resolved
            if (d.start < draft.end or not _LATER_CLAUSE.search(text, draft.end, d.start))
            and not (draft.kind is not ClaimKind.CAPTURE and past_of_a_noun(text, d))
            and not _aside(text, d, draft)
            and not _since_something(text, d, draft)
            and not _in_a_later_since_clause(text, d, draft)
            and not (appositive and d.end <= draft.start)
            and not (d.end <= draft.start and EARLIER_EVENT.search(text, d.end, draft.start))
            and not (d.end <= draft.start and _TIME_EARLIER.search(text, d.end, draft.start))
            and not (d.start >= draft.end and since_event(text, draft.end, d.start))
            and not (d.start >= draft.end and _EARLIER_COUNT.fullmatch(text, draft.end, d.start))
        ]
        if any(d.start >= draft.end and not spoken_on(text, d) for d in fitting):
            # 'recovered on Tuesday in Abu Salim, and that two people were killed in Souq al-Juma'a on
            # Wednesday': a day after the claim, in its own clause, outranks one in the clause before
            fitting = [
                d
                for d in fitting
                if d.start >= draft.end or not _NEXT_CLAUSE.search(text, d.end, draft.start)
            ]
        own = [d for d in fitting if not spoken_on(text, d)]
        if not own and _told_recently(text, draft):
            fitting = []  # 'recently killed an estimated 300 men, HRW said Tuesday': some time before it
        if not own and draft.kind in NARRATIVE_KINDS:
            own = [_by_then(d) for d in fitting]  # 'the brigade said on Wednesday': by Wednesday
        own = own or fitting
        narrated = draft.kind in NARRATIVE_KINDS | {ClaimKind.QUANTITY, ClaimKind.STRENGTH}
        happened = [d for d in own if d.kind == "same_day" and _HAPPENED.search(text, 0, d.start)]
        if happened and draft.rule.startswith("event:"):
            draft.date = happened[0]  # 'on March 23 following the attack that took place the day before'
        elif own:
            nearest = min(own, key=lambda d: _distance(d, draft))
            draft.date = max(
                (d for d in own if _within(d, nearest)), key=lambda d: _precision(d), default=nearest
            )
        elif (
            narrated
            and narrative is not None
            and not _EARLIER_ONE.search(text, max(0, draft.start - 120), draft.end)
        ):
            draft.date = narrative  # not 'including an earlier attack that claimed nine lives': another day


_RECENTLY = re.compile(r"(?i)\b(?:recently|in\s+recent\s+(?:days|weeks|months))\b")
"""An event the teller places only 'recently': not in the few days before the statement."""
_SENTENCE_END = re.compile(r"[.!?][”\"’]?\s")


def _told_recently(text: str, draft: Draft) -> bool:
    """'recently' in the claim's own sentence, before or within it."""
    start = max(0, draft.start - 120)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, draft.start)]
    return _RECENTLY.search(text, ends[-1] if ends else start, draft.end) is not None


_EARLIER_COUNT = re.compile(r",?\s+(?:up\s+|down\s+)?from\s+[\d,]*\d(?:\s+[a-z]+)?\s+")
"""Between a count and a day: 'risen to 50, up from 39 on Friday': the day is the earlier count's."""
_HAPPENED = re.compile(r"(?i)\b(?:took\s+place|happened|occurred|was\s+carried\s+out|began|started)\s+$")
"""The verb telling when an event happened, right before the day it names ('that took place the day
before')."""
_TIME_EARLIER = re.compile(
    r"(?i)\b(?:a|an|one|two|three|four|five|six|seven|\d{1,2}|several|a\s+few)\s+(?:days?|weeks?|months?|years?)"
    r"\s+(?:earlier|before)\b"
)
"""'bombed on Thursday a village jet fighters had attacked only a week earlier, killing 200': the day told
before it is not the earlier event's."""
_EARLIER_ONE = re.compile(
    r"(?i)\b(?:earlier|previous|prior|past)\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|strikes?|bombings?|raids?|"
    r"sieges?|massacres?|incidents?)\b|\b(?:previously|in\s+the\s+past)\b"
)
"""An earlier event the story recalls ('an earlier attack', 'shells have previously hit a maternity
hospital'): the story's day is not its."""
_IN_THE_SENTENCE = r"(?:[^,;.!?]|\.(?!\s+[A-Z]))"
"""A character of an aside, which never runs back past the end of the sentence before ('... during the
fighting. On August 2, the rebels attacked' holds no aside)."""
_RELATIVE = (
    r",\s+(?:(?:the|an?)\s+[\w\s-]{1,40}?\s+that\s+|which\s+|who\s+)"
    r"(?!(?:\w+\s+){0,2}(?:began|begun|started|erupted|broke\s+out|carried\s+out|"
    r"took\s+place|happened|occurred|launched|staged|perpetrated|committed|conducted|claimed)\b)"
    rf"{_IN_THE_SENTENCE}{{0,80}}$"
)
"""', which pledged allegiance to Islamic State in 2019,', ', the paramilitary group that has besieged El
Fasher since May,': a relative clause telling something else than when the event named before it began or
was carried out."""
_RELATIVE_ASIDE = re.compile(_RELATIVE)
_INTRANSITIVE = r"(?:died|fled|happened|occurred|arrived|remained|returned|perished|drowned)"
"""Past forms that are never a participle opening an aside: ', mostly women, died in the strikes on Sunday'
is the sentence's own verb after an appositive."""
_TOLD_VERBS = r"(?:announced|reported|stated|confirmed|declared|claimed|warned|noted|added)"
_ASIDE = re.compile(
    rf",\s+(?:(?:which|who)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
    rf"(?:(?!{_TOLD_VERBS}\b|{_INTRANSITIVE}\b)[a-z-]+ed|born|formed|set\s+up)"
    rf"\s+{_IN_THE_SENTENCE}{{0,40}}$"
    rf"|{_RELATIVE}"
)
"""', founded in 1961,', ', which was founded in 1964 by priests,', ', which took power in coups in 2020
and 2021,': an aside, whose date is its own ('the war, which erupted in April 2023, has killed' dates the
start of the toll's period, and stays); ', announced on Wednesday that' is the speaker's verb, no aside, nor
', mostly women and children, died in the two strikes on Sunday night' the count's own verb."""
_ASIDE_END = re.compile(r"[^,;.]{0,60},")


_AFTER_A_NAME = re.compile(r"[A-Z][\w’'-]*,\s+$")
_NOUN_PHRASE = re.compile(r"(?i)(?:the|a|an)\s")


def _appositive_event(text: str, draft: Draft) -> bool:
    """'retaken Sudzha, the largest town Ukraine captured ...': an event told in an appositive to a name
    is an earlier one, not dated by a day told before it."""
    if not draft.rule.startswith("event:") or _NOUN_PHRASE.match(text, draft.start) is None:
        return False
    name = _AFTER_A_NAME.search(text, max(0, draft.start - 40), draft.start)
    return name is not None and not TIME_NAME.match(name.group(0))  # 'on Saturday, the group': no name


def _aside(text: str, date: DateMention, draft: Draft) -> bool:
    """'The group, founded in 1961, has about 10,000 fighters': a date in an aside that the claim is not
    part of (between commas, or closing the sentence after the claim) dates the aside only."""
    if draft.start <= date.start < draft.end:  # an event told by its whole sentence: only a relative
        return in_an_aside(text, date)  # clause's date is not its own
    opened = _ASIDE.search(text, max(0, date.start - _ASIDE_REACH), date.start)
    if opened is None:
        return False
    if draft.end <= opened.start():
        return True  # '1.3 million people live there, according to the mayor, who was re-elected in 2020'
    closes = _ASIDE_END.match(text, date.end)
    return bool(closes and closes.end() <= draft.start)


def _since_something(text: str, date: DateMention, draft: Draft) -> bool:
    """'declared control of Paletwa, presenting a challenge to the junta since its coup against the elected
    government in 2021': a date inside 'since the ...' dates that phrase's own event (the coup), not a claim
    outside it; one the phrase holds ('since the capture of Paletwa in January') is the claim's."""
    if draft.low is not None or draft.high is not None:
        return False  # '1,400 students abducted since the 2014 kidnapping of 276 schoolgirls': a tally
    since = _since_phrase(text, date)
    return since is not None and not (since.start() <= draft.start < date.end)


def _in_a_later_since_clause(text: str, date: DateMention, draft: Draft) -> bool:
    """'left two sailors dead, U.S. officials said, the first fatalities since the Houthis began attacking
    ships last year': a date in a 'since' clause with a verb of its own, after a comma that closes the
    claim's clause, is that earlier event's ('killed since the war began in 2022' is a tally's start, told
    in the claim's own clause)."""
    since = _SINCE_ITS_OWN_VERB.search(text, max(0, date.start - 120), date.start)
    if since is None:
        return False
    told_at = draft.start
    if draft.start <= since.start() < draft.end:  # an event told by the whole sentence: where its word is
        first = vocab().attack.search(text, draft.start, since.start()) or vocab().capture.search(
            text, draft.start, since.start()
        )
        if first is None:
            return False
        told_at = first.start()
    return told_at < since.start() and _CLAUSE_COMMA.search(text, told_at, since.start()) is not None


_CLAUSE_COMMA = re.compile(r",\s")
"""A comma between clauses, not a figure's ('10,000')."""
_SINCE_ITS_OWN_VERB = re.compile(
    r"(?i)\bsince\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:began|begun|started|launched|invaded|seized|captured|took|"
    r"came|erupted|broke\s+out)\b[^.;,]*$"
)


def since_something(text: str, date: DateMention) -> bool:
    """A date inside 'since the ...' whose words tell no attack or capture ('since its coup in 2021', not
    'since the offensive began in October'): the start of a period, no day of the story's events."""
    return _since_phrase(text, date) is not None


def _since_phrase(text: str, date: DateMention) -> re.Match[str] | None:
    """The 'since the ...' a date closes, when its words tell no attack or capture."""
    since = _SINCE_THE.search(text, max(0, date.start - 80), date.start)
    if since is None:
        return None
    phrase = text[since.start() : date.start]
    return None if vocab().capture.search(phrase) or vocab().attack.search(phrase) else since


_SINCE_THE = re.compile(r"(?i)\bsince\s+(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,7}$")


def in_an_aside(text: str, date: DateMention) -> bool:
    """'The ADF, which originated in Uganda and pledged allegiance to Islamic State in 2019, has killed
    ...': a date closed inside a relative clause is the clause's, never the day the story goes on telling
    (a participle's is: 'The gang, led by X, opened fire on residents on Thursday, killing dozens')."""
    opened = _RELATIVE_ASIDE.search(text, max(0, date.start - _ASIDE_REACH), date.start)
    return opened is not None and _ASIDE_END.match(text, date.end) is not None


_ASIDE_REACH = 90
"""How far (characters) before a date the aside holding it may open."""


def over_the_period(claims: list[Claim]) -> list[Claim]:
    """'Over the next seven years, offensives stripped the KIA of territory': the sentence's events took
    place over the period its span of years covers (2011/2018), not on its first year."""
    periods = [
        c
        for c in claims
        if c.kind is ClaimKind.QUANTITY and c.date and c.date_end and c.rule.startswith("count")
    ]
    if not periods:
        return claims
    period = periods[0]
    return [
        c.model_copy(update={"date_end": period.date_end})
        if c.kind in NARRATIVE_KINDS and c.date == period.date and c.date_end is None
        else c
        for c in claims
    ]


STATEMENT_REACH = 3
"""Days before a statement an event it reports is taken to fall in, when nothing else dates it."""


def _by_then(mention: DateMention) -> DateMention:
    """An event dated only by the day it was told of happened by that day: the few days up to it (news
    tells of recent events), so it meets a version that names the day itself."""
    day = mention.date
    if day is None or day.day is None or mention.date_end is not None:
        return mention
    first = dt.date(day.year, day.month or 1, day.day) - dt.timedelta(days=STATEMENT_REACH)
    return DateMention(
        mention.start, mention.end, mention.text, mention.kind, PartialDate.from_date(first), day
    )


def _distance(mention: DateMention, draft: Draft) -> int:
    """How far a date is from a claim: none inside its span ('the rebel stronghold of Kidal in November
    2023' is November's, not that of 'in August 2023' told before it), else to the nearer end."""
    if mention.end <= draft.start:
        return draft.start - mention.end
    return max(0, mention.start - draft.end)


def _precision(mention: DateMention) -> int:
    date = mention.date
    return 0 if date is None else 1 + (date.month is not None) + (date.day is not None)


def _within(inner: DateMention, outer: DateMention) -> bool:
    """'on August 1' within 'this year': the finer date says more about the same time."""
    if inner.date is None or outer.date is None or inner.date_end or outer.date_end:
        return False
    return _precision(inner) >= _precision(outer) and inner.date.compatible(outer.date)


_DURATION = re.compile(r"(?i)\b(?P<unit>year|month)s?\W*$")
_BACKWARD = re.compile(r"(?i)\b(?:previous|past|last|after)\b")
"""'for the previous six months', 'after nearly two years of RSF control': the span ends at the date."""


def duration_period(
    phrase: str, length: float | None, date: PartialDate, published: PartialDate | None = None
) -> tuple[PartialDate, PartialDate | None]:
    """A span of years or months told beside a date is the period it covers: 'over the next seven years'
    after 2011 is 2011/2018; 'for the previous six months' told in August 2025 is 2025-02/2025-08."""
    m = _DURATION.search(phrase)
    if m is None or not length or length != int(length):
        return date, None
    months = int(length) * (12 if m.group("unit").lower() == "year" else 1)
    if m.group("unit").lower() == "month" and date.month is None:
        return date, None
    back = bool(_BACKWARD.search(phrase))
    year, month = shift_month(date.year, date.month or 1, -months if back else months)
    other = PartialDate(year=year, month=month if date.month else None)
    if not back and published and (other.year, other.month or 0) > (published.year, published.month or 0):
        return date, None  # a span reaching past the day it was told is not a period that happened
    return (other, date) if back else (date, other)


def period_end(mention: DateMention | None) -> PartialDate | None:
    """Last day of the period a date names (a dashboard's figures are as of the end of its period)."""
    if mention is None or mention.date is None:
        return None
    last = mention.date_end or mention.date
    if last.day is not None:
        return last
    month = last.month or 12
    return PartialDate(year=last.year, month=month, day=calendar.monthrange(last.year, month)[1])
