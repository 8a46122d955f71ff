"""Rules that turn one sentence's numbers, verbs, targets and dates into claim drafts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from reconcile.extract.dates import MONTH, TIME_NAME, DateMention
from reconcile.extract.numbers import AMONG_THE_HARMED, NUMBER_WORDS, ORDINALS, NumberMention
from reconcile.extract.text import (
    ACCORDING_BEFORE,
    ARABIC_ARTICLE,
    DEMONYM,
    DEMONYMS_IN_AN,
    DEMONYMS_IN_I,
    EARLIER,
    GIVEN_VERBS,
    GIVEN_WORDS,
    PRONOUNS,
    SAID,
    Sentence,
)
from reconcile.extract.vocab import every_country, trie_alternation, vocab, words_regex
from reconcile.models import ClaimKind, DatePrecision

_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
TELLING_VERBS = r"(?:said|says|told|announced|claimed|reported|stated|confirmed|acknowledged|admitted)"
"""Verbs of telling a figure or an event, the narrow list (not the vocabulary's whole speech list)."""
ALIGNED = (
    r"-(?:held|controlled|occupied|run|ruled|besieged|based|listed|led|backed|allied|aligned|linked|"
    r"affiliated|dominated)"
)
"""The suffix of a word saying who holds, backs or leads something ('rebel-held', 'Russian-backed',
'Tuareg-dominated', 'UNESCO-listed'): whose, never a place's name."""
MODAL = re.compile(
    r"(?i)\b(?:could|might|would|may|if|whether|unless|likely\s+to|expected\s+to|"
    r"(?:determined|vowed|vows|vowing|pledged|pledges|resolved)\s+to)\b"
)
_CUMULATIVE = re.compile(
    r"(?i)\b(?:to\s+date|so\s+far|since\s+the\s+start|since\s+(?:launching|capturing|seizing|taking)|in\s+total|"
    r"since\s+the\s+beginning|altogether|cumulative|as\s+of|bringing\s+the\s+(?:total|toll|tally)\b|"
    r"(?:toll|total|tally)\s+(?:\w+\s+){0,2}since\b|"
    r"since\s+the\s+(?:war|conflict|fighting|outbreak|coup|invasion|offensive)\b|"
    r"\bsince\s+[^.;]{0,60}?,\s+(?:killing|displacing|wounding|injuring)\b|"
    r"since\s+(?:the\s+)?(?:fighting|clashes|war|conflict)\s+(?:began|broke\s+out|erupted|started)\b|"
    r"\b(?:which|that)\s+(?:began|broke\s+out|erupted|started)\s+(?:in|on)\s+[^.;]{0,80}?\b(?:has|have)\s+"
    r"(?:killed|displaced|left|claimed|struck|hit|attacked|targeted|destroyed|captured|seized|taken|"
    r"carried\s+out|conducted|launched)\b|"
    r"\b(?:have|has|had)\s+(?:been\s+)?(?:killed|died|displaced|injured|wounded|arrested|detained|abducted|"
    r"kidnapped|captured|seized|"
    r"taken|retaken|recaptured|liberated|lost|overrun|carried\s+out|conducted|launched|staged)\b[^.;]{0,100}"
    r"\bsince\b|"
    r"\b(?:have|has)\s+(?:been\s+)?(?:killed|died|wounded|injured|displaced)\b[^.;]{0,100}\b(?:(?:that|which)\s+"
    r"(?:began|started)|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years))\b|"
    r"\bsince\b[^;,]{1,40},?[^.;]{0,60}?\b(?:have|has)\s+(?:been\s+)?[a-z]+(?:ed|en)\b|"
    r"\b(?:war|conflict|insurgency)\b[^.;]{0,100}?\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?"
    r"(?:killed|claimed|cost|left)\b|"
    r"\b(?:toll|total|tally)\b[^.;]{0,80}?\b(?:has|have)\s+(?:now|so\s+far|already)\s+"
    r"(?:reached|risen|climbed|jumped|increased|grown|surpassed|exceeded|passed)\b|"
    r"\b(?:toll|total|tally)\b[^.;]{0,80}?\b(?:is|stands)\s+now\s+(?:up\s+)?(?:to|at)\b|"
    r"\b(?:killed|died|displaced|injured|wounded|detained|arrested|lost)\s+(?:(?:[^.;,]|(?<=\d)[.,](?=\d)){1,80}?\s+)?since\b)"
)
"""A running toll: 'to date', 'since the war began', 'Since Nov. 19, the Houthis have attacked', 'have been
killed since April', 'the death toll since October 7', 'strikes on Iran since June 13 have martyred',
'bringing the total to', 'the campaign, which began on March 15, has struck more than 800 targets', a
bulletin's 'At least 2,900 people killed in Goma since 26 January', 'the enemy lost about 16,000 troops in
the Avdiivka direction since October', 'have been killed ... following Israeli airstrikes that began early
Friday', 'have been killed ... over the past nine days', 'the death toll ... has now reached 153', 'the
death toll is now up to 23' (but an
event's toll that 'has risen to 120' is that event's), 'The conflict, raging for a year, has claimed over
14,000 lives'."""
_LIST_TRIGGER = re.compile(r"(?i)\b(?:including|include|includes|included|were\s+the|was\s+the|namely)\s+")
ANSWERING_WORDS = frozenset(
    {"retaliation", "response", "revenge", "reprisal", "avenge", "followed", "follows"}
)
"""The words of EARLIER_EVENT: a sentence without one needs no search for it."""
ATTACK_NOUN = r"(?:attacks?|strikes?|assaults?|bombings?|raids?|missiles?|shelling)"
"""The nouns an attack is told by, for patterns that need the event named ('followed a deadly strike')."""
EARLIER_EVENT = re.compile(
    r"(?i)\b(?:in\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+avenge"
    rf"|(?<=\s)follow(?:ed|s)\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{ATTACK_NOUN}\b))"
)
"""'India struck Pakistan early on May 7, in retaliation for a recent attack that killed 26 people', 'The
attack on Sumy followed a deadly strike on Kryvyi Rih that killed 20': what follows is another, earlier
event; the strike's day and striker are not its."""
_ITEM_TAIL = re.compile(
    r"(?i)\s+(?:after|before|during|since|following|between|amid|throughout|until|which|that|where|when|while|as)\s"
    r"|\s+(?:overnight|yesterday|today|tonight|earlier|again)\b"
    r"|\s+(?:a|one|two|three|several|a\s+few)\s+(?:hours?|days?|weeks?)\s+(?:after|before)\b"
    r"|\s+to\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z]+\b"  # 'Houthi targets to degrade their capability'
    r"|\s+(?:in\s+order|so\s+as)\s+to\b"  # 'from the city of Wad Madani in order to spare'
    r"|\s+in\s+(?:response|retaliation|reprisal|revenge)\b"  # 'airstrikes on Gaza in response to rockets'
    r"|\s+[\"“](?:to|in\s+order\s+to|so\s+as\s+to)\s"  # 'outside Hama "to preserve the lives of civilians"'
    r"|\s+including\s+(?:[\w-]+\s+){0,3}(?:attacks?|strikes?|airstrikes?|shelling|raids?|assaults?|bombings?)\b"
    r"|\s+(?:(?:on|in|late|early|last|this|next|on\s+the|in\s+the)\s+){0,2}"
    r"(?:[A-Z][a-z]+day|night|morning|afternoon|evening|eve)\b"
    rf"|\s+(?:in|on|since|by)\s+(?:(?:early|mid|late)[\s-]+)?{MONTH}\b"  # 'captured Goma in late January'
)
"""Where a target's words end and the clause goes on to when or how ('Zamzam camp between 11 and 13')."""
_ATTACKS_NAMED = re.compile(r"(?i)\b(?:attacks|strikes|airstrikes|shelling|raids|assaults|bombings)$")
_ITEM_CUT = re.compile(
    r"(?i)\s+(?:in|near|on|off|along|close\s+by|close\s+to|around|by|at|outside|with|from|to|over|across|amid|"
    r"throughout|within|into|under|between|following|for|which|that|where|after|before|during|since|as|when|while|"
    r"embedded|located|based|situated|hidden|operating|using|housing|sheltering|bordering|adjoining|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)"
    rf"(?:\s+|$)|{_ITEM_TAIL.pattern.removeprefix('(?i)')}"
    r"|\s+(?:this|last|next)\s+(?:year|month|week|weekend|morning|afternoon|evening|night)\b"
    r"|\s+(?:a\s+(?:few\s+)?|several\s+|[\w-]+\s+)(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later)\b"
)
"""Where a list item's name ends: the target's words end, and so does a place after them ('Hama provinces
over the past week', 'Laiza on Friday'), or a participle describing it ('Hamas command center embedded in
a school', 'Hamas terrorists operating inside'), or where it lies ('the village of Hantoub east of the
city'), or when ('the deadliest strike on Ukrainian civilians this year', 'the town of Mayawati a few weeks
ago'), or its neighbour ('Shan State bordering China')."""


@cache
def _people_nouns() -> frozenset[str]:
    v = vocab()
    return v.words("person_nouns") | v.words("force_nouns")


@cache
def _nationalities() -> frozenset[str]:
    """The demonyms of acting countries without their full stops ('U.S.' and 'U.S' alike)."""
    return frozenset(d.strip(".") for d in vocab().raw["state_forces"]["demonyms"])


_APPOSITIVE = re.compile(
    r"(?i)(?:the\s+(?:[a-z]+\s+)?(?:capital|seat|hometown|home\s+town|birthplace)\s+of|"
    r"an?\s+(?:[a-z]+\s+)?(?:town|village|city|district)\s+"
    r"(?:in|of|near))\s"
    r"|(?i:the\s+(?:[a-z]+est|main|key|last|only|first|[a-z]+-(?:largest|biggest))\s+(?:[a-z]+\s+)?"
    r"(?:town|city|village|settlement|stronghold|base|camp|hub|port|garrison)s?)\s+(?!of\b)"
    r"|[A-Z][\w-]*[’']s\s+(?:[a-z]+est|biggest|largest|first|last|only|main)\s"
)
"""An aside describing the list item before it ('the capital of Nimroz province', 'a town in Kivu', 'the
largest town Ukraine captured', "Russia's biggest gain since Bakhmut", 'the hometown of Saddam Hussein')."""
_COMPASS_WORD = r"(?:north|south|east|west|central)[a-z-]*"
"""'northern', 'south-eastern', 'central': a region's compass word."""
_COMPASS_REGION = re.compile(rf"{_COMPASS_WORD}\s+[A-Z]")
_COMPASS_NAME = re.compile(r"(?:North|South|East|West|Central)(?:ern)?\s+[A-Z]")
"""A region named with a compass word ('North Darfur', 'South Kivu')."""
_REGION_NAME = re.compile(
    r"(?:[A-Z][\w’'-]*\s+)+(?:State|Province|Region|Oblast|Division|Governorate|County|District|Prefecture)"
)
_PLACED_BEFORE = re.compile(r"\b(?:in|near|at|outside)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s*$")
_OWN_CLAUSE_VERB = (
    r"\s+(?:(?-i:will|would|could|can|may|might|must|should)|"
    r"adds|added|marks|marked|stands|means|meant|brings|gives|gave|"
    r"makes|made|puts|opens|opened|deals|dealt|raises|signals|signalled|signaled|represents|follows)\b"
)
OWN_CLAUSE_VERB = re.compile(rf"(?i){_OWN_CLAUSE_VERB}")
"""A verb of which the named target is the subject ('the seizure of Paletwa adds to the challenges faced
by the junta'): what follows is another clause, its sides no takers."""
_ITEM_VERB = re.compile(
    r"(?i)\s+(?:kill(?:s|ed)?|wound(?:s|ed)?|injur(?:es|ed)|left|leaves|was|were|is|are|has|have|had|"
    r"rises|rose|climbs|climbed|jumps|jumped|reaches|reached|tops|hits|hit|"
    rf"{SAID})\b|{_OWN_CLAUSE_VERB}"
)
"""The verb after a target, as in a headline ('Abu Shouk camp kills 35', 'toll in strike on Sumy rises to
35', 'Strike on Sumy hit meeting of commanders'), or of a clause the target is the subject of ('the seizure
of Paletwa adds to', 'the capture of Paletwa will facilitate'): the claim ends before it."""
_OWNER_NAME = re.compile(
    r"^(?:[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*)?|junta|regime|army|military|government)[’']s\s+"
    r"(?=[A-Z\d]|(?:[a-z-]+\s+)?(?:hometown|town|city|village|capital|port)\s+of\s+[A-Z]"
    r"|(?:[a-z-]+\s+){0,2}(?:town|city|capital|port)\s+[A-Z])"
)
"""Whose a named place is: "Sudan's El Fasher", "the junta's Northeastern Command", "the president's hometown
of Kryvyi Rih", "Iraq's second biggest city Mosul"."""


def strip_owner(name: str) -> str:
    """'Sudan's El Fasher' is El Fasher: the country that owns a named place is not part of its name
    (but 'Wednesday's Israeli strike' names no place at all)."""
    owner = _OWNER_NAME.match(name)
    if owner and TIME_NAME.match(owner.group(0)):
        return ""
    return _OWNER_NAME.sub("", name)


_SPOKEN_AFTER = re.compile(rf"(?i)\s+(?:{SAID})\b")
_MODEL = re.compile(r"^[A-Z][A-Za-z]*-\d+s?\b")
_RANK = re.compile(
    r"(?i)\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)-"
    r"(?:largest|biggest|most\s+populous|smallest|highest|longest)\b"
)
_RANK_WORDS = frozenset(ORDINALS[1:10])
"""The ordinals `_RANK` reads ('the second-largest'): a sentence without one is not scanned for it."""
_CURRENCY = re.compile(r"[$€£]")
_CURRENCIES = {"$": "dollars", "€": "euros", "£": "pounds"}
_POPULATION_BEFORE = re.compile(
    r"(?i)\bpopulation\s+(?:of|was|is|stood\s+at|numbered|numbers|totals?|totalled|totaled|reached|"
    r"exceed(?:s|ed|ing)|surpass(?:es|ed|ing))\s+$"
)
_FORCE_BEFORE = re.compile(r"(?i)\b(?:force|strength|army|troops|fighters)\b[^.;]{0,60}$")
_OWNED_PLACE = re.compile(
    r"(?:city|town|village|district|province|governor|provincial|regional)(?:[’']s)?\s+"
    r"(?:[a-z]+\s+)?(?:headquarters|compound|airport|prison|barracks|base|garrison|palace|office|offices)"
)
"""'the city's police headquarters', 'the governor's compound': a site of the place the sentence names."""
_PLACE_MODIFIERS = {"guard", "mountain", "military", "army", "police", "border", "junta", "regime", "hilltop"}
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d{3})|;")
DEFINITE = re.compile(
    r"(?i)\b(?:the|this|that|these|those|its|their)\s+(?:(?:initial|first|second|last|latest|same)\s+)?$"
)
_RANKS = {w: i for i, w in enumerate(ORDINALS, 1)}
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


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z-]{0,8}[A-Z]")


def _without_abbreviations(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Four Frontier Corps (FC) personnel': a name's abbreviation in brackets, read past like the name."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        three = [t[2] for t in tokens[i : i + 3]]
        named_before = bool(out) and out[-1][2][:1].isupper()
        if (
            named_before
            and len(three) == 3
            and three[0] == "("
            and three[2] == ")"
            and _ABBREVIATION.fullmatch(three[1])
        ):
            i += 3
            continue
        out.append(tokens[i])
        i += 1
    return out


_CASUALTY_NOUNS = frozenset(
    {
        *("deaths", "dead", "wounded", "injured", "bodies", "corpses", "casualties", "fatalities", "victims"),
        *("killings", "homicides", "murders", "martyrs", "missing", "injuries"),
        *("hospitalised", "hospitalized", "admissions"),  # '1,277 hospitalised', '3,238 hospital admissions'
    }
)
_ATTACK_NOUNS = frozenset(
    {"attacks", "assaults", "strikes", "airstrikes", "raids", "ambushes", "offensives", "sorties", "shells"}
    | {"massacres", "bombings", "shellings", "explosions", "blasts"}
)
"""'repelled 42 Russian assaults', '300 airstrikes', 'two explosions': a count of attacks."""
_SHELLS_FIRED = re.compile(
    r"(?i)\b(?:fir(?:ed|es|ing)|launch(?:ed|es|ing)|land(?:ed|s|ing)|hit(?:s|ting)?|struck|rained|pound(?:ed|ing)"
    r"|lobb(?:ed|ing)|dropp(?:ed|ing)|fell|shell(?:ed|ing))\b"
)
"""Verbs of shells fired: without one, a count of shells is a stock ('left thousands of shells behind')."""
_DEMONYM_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ians|eans|is|ans|ese)$")
_DEMONYM_ONE = re.compile(DEMONYM)
"""One person of a nation ('one Uruguayan'), by the nationality words the speaker and actor rules read."""
_NATIONALS = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:ians?|eans?|is?|ans?|ese)\b")
"""'nine South Africans', 'one Uruguayan': people of a nation, counted among those the list is of."""
# '40, including children, were critically injured': the aside and the degree sit between count and harm
_HARMED_AFTER = re.compile(
    r"(?i)(?:\s+of\s+them|\s+more)?(?:,\s+including\s+[^,.;]{1,40},)?\s+(?:were\s+|are\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:(?:reported|reportedly|feared|believed|confirmed|critically|seriously|severely|slightly)\s+)?"
    r"(?:killed|dead|wounded|injured|hurt|died|martyred|eliminated|liquidated|captured|taken\s+prisoner)\b"
)
TOLL_CHANGE = (
    r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:[a-z]+\s+){0,2}?(?:martyrs|dead|deaths|killed|victims|fatalities))"
    r"\b[^.;]{0,120}?\b(?:rose|risen|rises|climbed|climbs|stands|stood|reached|reaches|"
    r"increased|jumped|hit|grew|exceeded|exceeds|surpassed|surpasses|topped|tops|passed)"
)
"""'The death toll from a Russian missile strike on ... rose to 18': a toll as it stood at a time."""
_COUNTED_ON = re.compile(
    rf"(?i){TOLL_CHANGE}\b(?:\s+(?:to|at))?\s+[\d,]+(?:[ \t]+[a-z]+){{0,3}}?,?[ \t]+(?:late\s+|early\s+)?"
    r"(?:on|by|as\s+of)?[ \t]*$"
)


def count_day(text: str, date: DateMention) -> bool:
    """'The death toll from Wednesday's strike rose to 18 on Saturday': Saturday is the day of the count,
    not of the strike (Wednesday is)."""
    before = text[max(0, date.start - 200) : date.start]
    return "toll" in before.lower() and _COUNTED_ON.search(before) is not None


_BY_THEN = re.compile(r"(?i)\bby\s+$")


def counted_by(text: str, date: DateMention) -> bool:
    """'at least 150 bodies had been buried by Monday': the day the count stood, not the day of the deaths."""
    return (
        date.text.lower().startswith("by ")
        or _BY_THEN.search(text, max(0, date.start - 4), date.start) is not None
    )


_HARM_VERB_BEFORE = re.compile(
    r"(?i)(?:\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|maim(?:s|ed)?|massacr(?:e|es|ed|ing)|"
    r"execut(?:e|es|ed|ing)|slaughter(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|liquidat(?:e|es|ed|ing)|"
    r"behead(?:s|ed|ing)?|(?:shot|shoot|shoots|shooting)(?:\s+dead)?|"
    r"(?:gunned|gunning|guns?)\s+down|(?:deaths|killings?)\s+of)"
    rf"|{TOLL_CHANGE}(?:\s+(?:to|at))?|\bdeath\s+toll\s+(?:of|at|to|ranges?\s+from|ranging\s+from|"
    r"(?:is|was|stands)\s+between))\s+[“\"]?$"
)


_DOTTED_ACRONYM = re.compile(r"\s+(?:[A-Z]\.){2,}")


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
        | {"times"}
    )


_DISPLACING_BEFORE = re.compile(
    r"(?i)\b(?:displaced|uprooted|displacing|uprooting|displaces|uproots|evacuating|evacuated|evacuation\s+of)\s+"
    r"(?:(?:some|another|a\s+further)\s+)?$"
)
_FROM_HOMES = re.compile(r"(?i)\s+(?:from\s+their\s+homes|to\s+flee|into\s+exile)\b")
"""'forced over two million from their homes': people uprooted."""
_DISPLACEMENT_REACHES = re.compile(
    r"(?i)\b(?:displacement|displaced|refugees|"
    r"(?:number|count|tally)\s+of\s+(?:the\s+)?(?:displaced|refugees))"
    r"\s+(?:\w+\s+)?(?:passes|passed|reaches|reached|tops|topped|exceeds|exceeded|hits|surpasses|surpassed|"
    r"nears|neared|(?:climbs|climbed|rises|rose|jumps|jumped|grows|grew)\s+to)\s+(?:[a-z]+\s+){0,2}$"
)
"""'as displacement passes 36,000', 'the number of displaced rose to': a count of people uprooted, whatever
toll the sentence also tells."""
_TOTAL_TO = re.compile(
    r"(?i)\b(?:(?:total|tally|(?P<toll>toll(?:\s+(?:of|among)\s+(?:the\s+)?(?P<among>[a-z]+))?|"
    r"casualty\s+(?:count|figure|tally)|"
    r"number\s+of\s+(?:(?P<who>[A-Za-z]+)\s+){0,2}?(?P<dead>killed|dead|deaths|fatalities|casualties))|"
    r"number|figure|count)\b(?:[^.;:,]|,(?!\s+(?:and|but|while|who|which)\b)){0,120}?\b(?:to|at|as|be|is|was|now|"
    r"(?:rose|risen|rises|climbed|increased|jumped|grew|went\s+up)\s+from"
    r"(?:\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:count|estimate|figure|toll|tally)\s+of)?|"
    r"to\s+[\d,]*\d,?\s+(?:up\s+)?from)|"
    r"(?:estimate|figure|count|(?P<toll_of>toll))\s+of|"
    r"(?P<harmed>casualties|deaths|dead|injured|wounded|victims|fatalities)\b[^.;:]{0,80}?"
    r"\b(?:totall?ing|totall?ed|numbering|numbered|amounting\s+to|amounted\s+to))"
    r"\s+[\"“]?(?:[a-z]+\s+){0,2}$"
)
"""'bringing the total since February 2022 to around': the running total of the count told before; 'put
the toll at more than 90', 'the death toll from an attack ... in Somalia's capital, Mogadishu, has risen
to', 'had given the number of passengers killed as 21', 'the death toll may be as high as': people killed
('the number of Palestinian casualties at "under 100"': the dead and hurt); 'roughly double the estimate of
about 300 given earlier by the UN': another version of the count before; 'updating an earlier toll of 210':
the dead; 'the death toll rose from an early count of 39', 'has risen to 50, up from 39': the count
before the latest; 'The casualties in the strike, totaling 85', 'the deaths and injured numbering about
50': the harmed, counted after the noun."""


_OLD_AND_NEW = re.compile(r",?\s+(?:to|(?:up\s+)?from)\s+")
"""Between the two counts of a toll that changed ('rose from 39 to 50', 'risen to 50 from 39'): both are
counts of the toll."""


def counts_the_dead(text: str, start: int, number_start: int) -> bool:
    """'put the number of soldiers killed at more than 30', 'the toll rose to 12': the count after is of
    the dead, whatever the clause goes on to ('... and said about 50 others were missing')."""
    return _a_toll(_TOTAL_TO.search(text, max(start, number_start - 160), number_start))


_NUMBER_OF_PEOPLE = re.compile(
    r"(?i)\bnumber\s+of\s+(?:(?P<freed>rescued|freed|released|returned)\s+|[a-z-]+\s+)?(?P<noun>[a-z]+)\s+"
    r"(?:to|at|as)\s+(?:[a-z]+\s+)?$"
)
"""The people a running total names ('the total number of rescued hostages to'), counted as they are."""
_HELD_NOUNS = frozenset({"hostages", "captives", "prisoners", "detainees", "abductees"})
"""People held: a count of them is of the captured ('About 120 hostages remain'), unless they are freed."""


def _a_toll(total: re.Match[str] | None) -> bool:
    """'the toll', 'the number of soldiers killed', 'the total number of fatalities': a count of the dead."""
    return bool(
        total
        and (
            total.group("toll")
            or total.group("toll_of")
            or total.group("harmed")
            or total.group("dead")
            or _DEATHS.search(total.group(0))
        )
    )


_OVERALL = re.compile(r"(?i)\b(?:total|overall|cumulative)\b")
_DEATHS = re.compile(r"(?i)\b(?:killed|dead|deaths|fatalities|death\s+toll)\b")


def _and_in_a_name(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """'19 Hamas and Islamic Jihad terrorists', '18 of whom were army and paramilitary personnel': 'and'
    joins two names or two modifiers before the noun, not two counts."""
    if tokens[i][2] != "and" or not 0 < i < len(tokens) - 1:
        return False
    before, after = tokens[i - 1][2], tokens[i + 1][2]
    if before[:1].isupper() and after[:1].isupper():
        return True
    head = tokens[i + 2][2].lower() if i + 2 < len(tokens) else ""
    return before.isalpha() and after.isalpha() and head in _countable_nouns() and head not in _WHAT_BEFELL


_NOUN_STOPS = frozenset(
    {"and", "or", "to", "in", "on", "at", "near", "across", "from", "inside", "outside", "around", "over"}
    | {"as", "when", "while", "after", "with", "by", "into", "through", "against"}
    | {"said", "says", "told", "tells"}
    | {"that"}
)
"""Words a count's noun never lies past ('1.2 million in Sagaing Region' counts no region, '26 killed as
terrorists open fire' no terrorists, 'several axes with large numbers of fighters' no fighters, 'One
survivor said RSF fighters' no fighters, 'three trains that were evacuating civilians' no civilians); a
relative 'who' ends the search only after a word ('40 who were dead' counts the dead)."""
_RELATIVES = frozenset({"who", "which"})
_PAIRED_PEOPLE = frozenset({"children", "women", "men", "girls", "boys", "elderly", "infants"})


_WHAT_BEFELL = frozenset({"dead", "wounded", "injured", "missing"})
_ARMED_PEOPLE = frozenset({"men", "people", "persons", "individuals"})
_AUXILIARIES = frozenset({"had", "have", "has", "later", "also", "reportedly"})
_FLIGHT_VERBS = frozenset({"flee", "flees", "fled", "fleeing"})


_UNKNOWN_PLURAL = re.compile(r"[a-z]{3,}[^su]s")
"""A lower-case plural ('directions', 'rounds'), not 'bus' or 'glass': a thing counted that no noun after
it is ('400 names of people killed' counts the people named)."""


def counted_noun(text: str, number: NumberMention, stop: int) -> tuple[str | None, int]:
    """The noun a number counts ('29 civilians', 'twelve camps', '100-kilometre'), and where it ends."""
    v = vocab()
    if number.implicit_noun:
        return number.implicit_noun, number.end
    if number.unit:
        end = number.end + 1 + len(number.unit)
        sized = _SIZED_BODY.match(text, end) if number.unit in _SIZE_SUFFIXES else None
        return (sized.group(1).lower(), sized.end()) if sized else (number.unit, end)  # 'a 500-strong force'
    nouns = _countable_nouns()
    after = text[number.end : stop]
    if _MODEL.match(after.lstrip()):
        model = _MODEL.match(after.lstrip())
        return "equipment", number.end + len(after) - len(after.lstrip()) + model.end()
    dotted = _DOTTED_ACRONYM.match(text, number.end)  # '11 U.S. Marines': the acronym's dots end nothing
    tokens = _tokens_after(text, dotted.end() if dotted else number.end, 7)
    if any(t[2] == "(" for t in tokens):  # 'Four Frontier Corps (FC) personnel'
        tokens = _without_abbreviations(_tokens_after(text, number.end, 10))[:7]
    for i, (s, e, tok) in enumerate(tokens):
        if s >= stop:
            break
        low = tok.lower()
        following = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
        if low == "per" and following == "cent":  # '28 per cent funded'
            return "percent", tokens[i + 1][1]
        measure_at = i + 2 if low == "sq" and following == "." else i + 1  # '1,000 sq. km'
        measure = tokens[measure_at][2].lower() if measure_at < len(tokens) else ""
        if low in ("square", "sq") and measure in MEASURES:  # '1,300 square km': an area, not a distance
            return f"square {measure}", tokens[measure_at][1]
        one = number.low == 1 and number.high == 1 and _DEMONYM_ONE.fullmatch(tok) is not None
        if (_DEMONYM_PLURAL.match(tok) or one) and following not in nouns:  # '52,000 Palestinians': people
            return "people", e  # ('1,200 Congolese troops' counts troops; 'one Uruguayan' a person)
        if low == "died" and all(t[2].lower() in _AUXILIARIES for t in tokens[:i]):
            return "dead", e  # 'about 400 had died': the dead, the noun left out
        if low == "killed" and [t[2].lower() for t in tokens[:i]] == ["of"] and following not in nouns:
            return "dead", e  # 'dozens of killed and injured': the killed, a noun as 'the dead' is
        if low in _FLIGHT_VERBS and all(t[2].lower() in _AUXILIARIES for t in tokens[:i]):
            return "displaced", number.end  # 'Thousands flee Jenin refugee camp': people who fled
        if low == "forces" and (number.low or 0) >= 10:
            return "forces", e  # 'hundreds of military forces', '32 junta forces' ('two forces' are sides)
        if low in _ARMED_PEOPLE and i > 0 and tokens[i - 1][2].lower() == "armed":
            return "gunmen", e  # 'several armed men': an armed force, not people counted
        if low in nouns:
            j = i + 1
            for _, e2, tok2 in tokens[i + 1 :]:  # '11 battalion headquarters': the compound's head noun
                if tok2.lower() not in nouns or tok2.lower() in _WHAT_BEFELL or e2 > stop:
                    break  # 'several civilians wounded': civilians, who were wounded
                low, e, j = tok2.lower(), e2, j + 1
            modified = f"{tokens[j - 2][2].lower()} {low}" if j >= 2 else ""
            if modified in v.words("person_nouns"):
                low = modified  # 'four crew members', 'three security guards': who they are, not 'members'
            pair = tokens[j : j + 2]
            if (
                len(pair) == 2
                and pair[0][2] == "and"
                and pair[1][2].lower() in _PAIRED_PEOPLE
                and pair[1][1] <= stop
            ):
                return f"{low} and {pair[1][2].lower()}", pair[1][1]  # '15 women and children': one count
            return low, e
        if i == 0 and _UNKNOWN_PLURAL.fullmatch(tok) and following not in nouns and following != "of":
            break  # 'an assault from four directions caught Afghan police': directions, not police
        if (
            tok in {",", ";", ".", ":", ")", "(", "—", "–"}
            or v.capture.fullmatch(tok)
            or (low in _NOUN_STOPS and not _and_in_a_name(tokens, i))
            or (low in _RELATIVES and i > 0 and tokens[i - 1][2].lower() != "of")
        ):
            break
    return None, number.end


def adjectival(text: str, start: int) -> bool:
    """'another captured outpost', 'to recapture lost ground': a participle used as an adjective reports
    no new event; nor does a verb-like word inside a name ('the Gaza Strip')."""
    if in_a_name(text, start):
        return True
    if _RETREAT_NOUN.match(text, start):
        return False  # 'a tactical withdrawal from the city', 'the liberation of Zamzam': nouns with articles
    before = text[max(0, start - 20) : start]
    if re.search(r"(?i)\b(?:another|a|an|its|their|the|his|her)\s+$", before):
        return True
    if _PREPOSITION_BEFORE.search(before) and (
        _NOUN_AFTER.match(text, start) or _NAME_AFTER.match(text, start)
    ):
        return True  # 'its standard term for captured territory', 'in recaptured towns', 'the ports of
        # occupied Palestine'

    previous = re.search(r"([\w-]+)\s+$", before)
    if previous and previous.group(1).lower() in _SEEING_VERBS:
        return True  # 'one can see abandoned picks and shovels', 'footage showed captured tanks': things seen
    return bool(previous and vocab().capture.fullmatch(previous.group(1)))


_SEEING_VERBS = frozenset(
    {"see", "sees", "saw", "seen", "show", "shows", "showed", "showing", "shown", "spotted"}
)


_RETREAT_NOUN = re.compile(
    r"(?i)(?:tactical|strategic)\s+(?:redeployment|withdrawal|retreat)\b"
    r"|(?:liberation|capture|recapture|seizure|takeover|take-over|conquest)\s+of\b"
)
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:for|of|with|from|in|into|on|over|across|about)\s+$")
_NOUN_AFTER = re.compile(
    r"[\w-]+\s+(?:(?:and|or)\s+[\w-]+\s+)?"  # 'from occupied and besieged territories'
    r"(?:territory|territories|lands?|areas?|regions|towns?|villages?|cities|positions?|weapons|ground)\b"
)
_NAME_AFTER = re.compile(r"[a-z-]+ed\s+(?:[A-Z]|the\s+[A-Z])")
"""A participle between a preposition and a noun is an adjective, not the verb of a new event."""
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")


def in_a_name(text: str, start: int) -> bool:
    """A capitalised word after another, in a sentence not written in title case: part of a name ('the
    Gaza Strip', 'Operation Storm'), not a verb or an attack word."""
    if not text[start : start + 1].isupper() or not _CAPITALISED_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return False
    return not title_case(text)


@lru_cache(maxsize=1024)
def title_case(text: str) -> bool:
    """A headline written in title case ('Junta Claims to Have Retaken Strategic Town'): capitals there
    mark no names."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_TAKE_BEFORE = re.compile(
    r"(?i)\b(?:(?:took|taken|takes|take|taking)\s+(?:control\s+of\s+|over\s+)?|loss\s+of\s+|"
    r"(?:controls|controlled|control|holds|held|hold)\s+)$"
)
"""'the AA has taken 14 townships', 'acknowledged the loss of 28 settlements', 'Ukraine controls 82
settlements': places taken, or held (the state a taking leaves)."""
_HELD_TO_ACCOUNT = re.compile(
    r"(?i)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:for\s+(?:negligence|corruption|questioning|dereliction|looting|theft)|on\s+charges?)\b"
)
"""People arrested by their own authorities for a failing or a crime: a count, not prisoners of war."""
_ARRESTED = re.compile(r"(?i)\b(?:arrest|detain|apprehend|custody)")
"""Words of an arrest: people held by the law, unlike hostages taken in an attack."""
_SUSPECTED_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+)?suspect(?:s|ed)?\b")
"""'captured the four suspected gunmen', 'the four men suspected of carrying out the attack'."""
_AMONG_THE_HARMED = re.compile(rf"(?i)\s+(?:were|was|are|is)\s+(?:not\s+)?{AMONG_THE_HARMED}\b")
"""'No project staff were among the victims', 'two Britons are among the dead': counted among the harmed."""
_NEVER_SUSPECTS = frozenset(
    {"civilians", "children", "women", "villagers", "residents", "worshippers", "pupils"}
)
"""People detained after an attack who are its victims, not its suspects ('the soldiers detained hundreds of
civilians following the killings')."""
_HELD_OVER_AN_ATTACK = re.compile(
    r"(?i)\b(?:suspect(?:s|ed)?|perpetrators?|accomplices?|(?:directly\s+)?involved\s+in|"
    r"(?:after|over|following|in\s+connection\s+with|in\s+relation\s+to|regarding|for|in)\s+"
    r"(?:(?:the|an?|this|that|[A-Z][\w-]*['’]s)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|shootings?|bombings?|massacre|killings?|assault|rampage|blasts?|explosions?))\b"
)
"""'Eight suspects have been arrested', 'four men suspected of carrying out the attack', '11 people have been
detained after an attack': people held over an attack, its suspects, counted; not its casualties."""
_TRIED_AFTER = re.compile(
    r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:(?:are|were|is|was|went|stand|stood|go)\s+on\s+trial|"
    r"(?:have\s+been|had\s+been|were|are)\s+"
    r"(?:charged|prosecuted|sentenced|convicted|court[\s-]martialled|indicted))\b"
)
"""'three soldiers are on trial for their role in the killing': the accused, counted, not the dead."""
_SAVED = re.compile(r"(?i)\bsav(?:e|es|ed|ing)\b")
_OTHERS_NAMED_AFTER = re.compile(
    rf"\b(?:to|for|over|with|mourning|honou?ring|burying)\s+(?:the\s+|their\s+|its\s+)?"
    rf"(?:\d[\d,]*|(?i:{trie_alternation([*NUMBER_WORDS, 'dozens', 'scores', 'hundreds'])}))\b"
)
"""A second count the clause speaks of through a preposition ('paid their respects to six soldiers killed'):
the harm told after it is that count's, not the one before it."""
_SHARES = ("half", "most", "all", "some", "several", "many", "dozens")
_WHOLE_OF = re.compile(
    rf"\b(?:\d[\d,]*|(?i:{trie_alternation([*NUMBER_WORDS, *_SHARES])}))\s+"
    r"of\s+(?:the\s+|its\s+|their\s+|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*[’']s\s+)$"
)
"""'14 of Rakhine State's 17 townships', 'six of Afghanistan's 34 provincial capitals': the second count
is how many there are."""


def _verb_kind(sentence: Sentence, before: int, targets_only: bool = False) -> ClaimKind | None:
    """Kind of the nearest achieved attack/capture verb before `before` in the sentence."""
    v = vocab()
    head = sentence.text[: before - sentence.start]
    taken = _TAKE_BEFORE.search(head)
    if taken and not is_intent(head, taken.start()):  # not 'blocked attempts to take several communities'
        return ClaimKind.CAPTURE  # 'the AA has taken 14 of the state's 17 townships'
    withdrawn = FORCES_WITHDRAWN.search(head) if sentence.may_hold(WITHDRAWN_VERBS) else None
    if withdrawn and targets_only and not is_intent(head, withdrawn.start()):
        return ClaimKind.CAPTURE  # 'the withdrawal of its forces from the right bank, including Kherson'
    other = _OTHER_VERB_BEFORE.search(head)
    if other and not (v.capture.fullmatch(other.group(1)) or v.attack.fullmatch(other.group(1))):
        return None  # 'captured 21 positions and destroyed several training camps': not captured
    best: tuple[int, ClaimKind] | None = None
    attack = v.target_attack if targets_only else v.attack
    for kind, pattern in ((ClaimKind.CAPTURE, v.capture), (ClaimKind.ATTACK, attack)):
        for m in pattern.finditer(head):
            if kind is ClaimKind.CAPTURE and is_intent(head, m.start()):
                continue
            if kind is ClaimKind.ATTACK and _MODAL_BEFORE.search(
                head[max(0, m.start() - 40) : m.start()].lower()
            ):
                continue  # 'will begin operations in two townships': no attack yet
            if best is None or m.start() > best[0]:
                best = (m.start(), kind)
    return best[1] if best else None


_OWN_PASSIVE = re.compile(r"(?:\s+[\w-]+){1,2}\s+(?:were|have\s+been|had\s+been)\s")
"""A count of places whose clause goes on in the passive ('41 settlements were liberated')."""
_OTHER_VERB_BEFORE = re.compile(
    r"\b(?:and|then)\s+([a-z]+ed)\s+(?:(?:the|a|an|its|their|several|some|dozens\s+of|hundreds\s+of)\s+)?$"
)
"""A second verb of the clause right before a count: the count is its object, not the first verb's."""
_VERB_AFTER = re.compile(
    r"[\w\s’'-]{0,60}?\b(?:were\s+|was\s+|have\s+been\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+(?:ed|en)|hit|struck)\b"
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


WAY_OPENED = (
    r"(?:open|opens|opened|opening|pave|paves|paved|paving|clear|clears|cleared|clearing)\s+the\s+way"
)
"""'opens the way for attacks on Mandalay', 'paved the way for an assault': an event made possible, none
told."""
_PLANNED_BEFORE = re.compile(
    r"\b(?:plan|plans|planning|plot|plots|plotting|prepare|prepares|preparing|facilitate|facilitating)\s+"
    r"(?:(?:and|or)\s+[a-z]+\s+)?(?:an?\s+|the\s+)?(?:(?:more|further|new|future|large|major)\s+)?$"
    r"|\bfor\s+(?:launching|staging|mounting|carrying\s+out)\s+$|\bto\s+(?:complete|finish|achieve)\s+(?:the|its|their)\s+$"
    r"|\b(?:prevent|prevents|prevented|preventing|stop|stops|stopped|stopping|block|blocked)\s+"
    r"(?:[\w-]+\s+){1,4}from\s+$"
    r"|\b(?:impending|imminent|looming|possible|potential|anticipated|expected)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:fear|fears|feared|fearful|fearing|afraid|risk|threat)\s+of\s+(?:[\w-]+\s+)?$"
    rf"|\b{WAY_OPENED}\s+(?:for|to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$"
)
"""'camps used to plan and facilitate attacks against Pakistan', 'a base for launching attacks on civilians',
'ordered the commanders to complete the liberation of the region', 'to prevent anti-junta forces from
taking full control of the town', 'an impending attack', 'fearful of reprisal attacks', 'opens the way for
attacks on Mandalay': attacks planned, feared or foreseen, a place's use or a capture ordered or kept from
happening, none told."""


_MODAL_BEFORE = re.compile(
    r"\b(?:(?:could|might|would|will|may|shall)(?:\s+(?:not|never))?"
    r"|cannot|can[’']t|won[’']t|wouldn[’']t)"
    r"\s+(?:be\s+|begin\s+|start\s+|launch\s+|conduct\s+|carry\s+out\s+)?$"
)
"""'would take', 'will not abandon', 'won't be captured', 'will begin operations': a vow or a prospect,
told as no event."""
_OPEN_QUESTION = re.compile(r"(?i)\b(?:if|whether)\s+[^.;,:]{0,70}$")
"""'It wasn't immediately clear if the alliance had captured the city', 'if the rebels seize Goma': a
question or a condition, told as no event."""


def is_intent(text: str, verb_start: int) -> bool:
    """'to capture', 'in a bid to seize', 'until every inch is liberated': a goal, not an event (but
    'managed to take over' happened)."""
    window = text[max(0, verb_start - 40) : verb_start].lower()
    if _PLANNED_BEFORE.search(window) or _OPEN_QUESTION.search(text, max(0, verb_start - 80), verb_start):
        return True
    if not re.search(r"\bto\s+$", window):
        return bool(_MODAL_BEFORE.search(window) or re.search(r"\buntil\b[^.;,]*$", window))
    if _ORDINAL_TO.search(window):
        return False  # 'the first township reported to fall to the AA': one of a series, already done
    return not re.search(r"\b(?:managed|succeeded|able|proceeded|decided|forced\b.*)\s+to\s+$", window)


_ORDINAL_TO = re.compile(
    r"\bthe\s+(?:first|second|third|fourth|fifth|latest|last|\d+(?:st|nd|rd|th))\s+(?:[a-z-]+\s+){1,3}?to\s+$"
)


_LOST_BEFORE = re.compile(
    r"(?i)\b(?:(?:lost|loses|lose|losing)\s+[\"“‘']?|loss\s+of\s+)$"
    r"|\blosses\b[^.;]{0,60}?\b(?:amounted\s+to|totall?ed|stood\s+at|reached|were)\s+$"
)
"""'Russia had lost 1,280 troops', 'the losses of the Ukrainian Armed Forces amounted to up to 180 troops':
losses, counted as casualties."""
_NAMED_AND = r"(?:[A-Z][\w.-]*\s+){1,6}and\s+"
"""A person named, then 'and': 'arrested Minister Puot Kang Chol and several officers'."""
CO_OBJECT = (
    rf"(?:(?:along|together)\s+with\s+|(?-i:{_NAMED_AND})|(?:an?|the|its|their)\s+(?:[\w-]+\s+){{1,3}}and\s+)"
)
"""What stands between a verb and a count it shares with a first object: 'captured along with', 'detained a
brigadier general and', 'arrested Minister Puot Kang Chol and'."""
_TAKEN_BEFORE = re.compile(
    r"(?i)\b(?:captured|capturing|detained|detaining|abducted|abducting|kidnapped|kidnapping|took|taken|taking|"
    r"abducts?|kidnaps?|detains|arrests|apprehended|apprehending|apprehends|"
    r"arrested|arresting|jailed|jailing|rounded\s+up|rounding\s+up|"
    r"(?:kidnapping|abduction|capture|arrest|surrender)\s+of|"
    r"seized|seizing|"
    rf"holding|held)\s+(?:prisoner\s+|hostage\s+)?(?:the\s+|a\s+total\s+of\s+)?(?:{CO_OBJECT}){{0,2}}[“\"]?$"
)
"""'captured 200 soldiers', 'arrested Petroleum Minister Puot Kang Chol and several officers', 'detained a
brigadier general and "more than 300" soldiers', 'had been captured along with hundreds of soldiers': the
people taken, counted."""
_PASSIVE_AFTER = r"(?i)[^.;,]{0,40}?\b(?:(?:were|was|have|had|been)\s+(?:\w+\s+){0,2}?"
"""The passive a count's clause goes on to ('150 personnel were captured'), up to its participle."""
_PAST_THEIR_DESCRIPTION = r"(?:(?!\d)[^.;]){0,120}?\b"
"""The words describing the people a count counts, up to its clause's verb: past commas ('287 students from
the school in Kuriga, Kaduna State, were kidnapped') but never past another count."""
_PASSIVE_FAR = rf"{_PAST_THEIR_DESCRIPTION}(?:were|was|been)\s+(?:\w+\s+){{0,3}}?"
"""The passive a count's clause goes on to, past the words describing who is counted."""
_TAKEN_AFTER = re.compile(
    rf"{_PASSIVE_AFTER}(?:captured|detained|abducted|surrendered|apprehended|"
    r"arrested|jailed|imprisoned|kidnapped|taken\s+prisoner|taken\s+hostage)|surrender(?:s|ed)?|were\s+captured|"
    r"(?:turned|gave|handed)\s+themselves\s+(?:in|up|over)|"
    r"(?:handed|laid|lay|put|putting|laying)\s+(?:(?:in|over|down)\s+)?(?:their|its)\s+(?:weapons|arms))\b"
    rf"|{_PASSIVE_FAR}(?:captured|detained|abducted|arrested|apprehended|"
    r"kidnapped|taken\s+prisoner|taken\s+hostage|taken\s+away|whisked\s+away|carried\s+off|rounded\s+up|"
    r"taken(?=\s*(?:$|[.,;:!?]|\s+(?:by|captive|from)\b)))\b"
    rf"|{_PAST_THEIR_DESCRIPTION}(?:kidnapped|abducted)(?=\s*(?:$|[.,;:!?]))"
    r"|(?i:(?:\s+[\w’'-]+){0,4}?,\s+including\s+[^.;,]{1,60},\s+(?:(?:were|was|have|had)\s+(?:\w+\s+){0,2}?)?"
    r"(?:captured|detained|surrendered|(?:turned|gave|handed)\s+themselves\s+(?:in|up|over))\b)"
)
"""'150 personnel were captured', '287 students from the school in Kuriga, Kaduna State, were kidnapped',
'280 pupils were whisked away', '100 soldiers had handed their weapons in to the peacekeepers', '477
troops, including 67 officers, turned themselves in' (an 'including' list of its own between), 'Hundreds
of troops surrender': people taken prisoner or surrendered, counted as casualties, the clause's verb past
the words that describe them (but not past another count)."""
USED_BY = r"(?:used|carried|owned|operated|worn)\s+by"
"""'pagers used by hundreds of members of Hezbollah': the things' users, neither casualties nor attackers."""
_USERS_BEFORE = re.compile(rf"(?i)\b{USED_BY}\s+$")
_FREED_BEFORE = re.compile(
    r"(?i)\b(?:(?:free|frees|freed|freeing|rescued?|rescues|rescuing|released|releasing|extract(?:ed|ing|s)?)\s+"
    r"|(?:rescue|release|freeing|return)\s+of\s+)(?:the\s+)?$"
)
_FREED_AFTER = re.compile(
    rf"(?i){_PASSIVE_FAR}(?:freed|rescued|released)\b"
    r"|\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?:freed|rescued|released|reunited)(?=\s*(?:$|[,.;:!?]|\s+(?:with|from|in|after|on|by)\b))"
)
"""'freed 155 passengers', '346 hostages were freed', 'to rescue four hostages', 'extracting the three men',
'the rescue of four hostages', a headline's '4 hostages rescued' and 'Four Hostages Reunited with Families':
people set free, a count but no casualty; so are '155 passengers held hostage in the train by the attackers
were rescued', the clause's verb past the words that describe them."""
_RECOVERED_AFTER = re.compile(rf"{_PASSIVE_AFTER}recovered)\b")
"""'346 hostages had been safely recovered': the living brought back (bodies recovered are the dead)."""
_ABOARD = re.compile(r"(?i)\b(?:carrying|carried|carries|transporting|transported|ferrying|ferried)\s+$")
"""'The train, carrying more than 400 passengers': who was aboard, not what befell them."""
_FIRE_FROM = re.compile(r"(?i)\b(?:fire|shots|gunfire|shelling|attack|ambush)\s+(?:from|by)\s+$")
_DEPLOYED_AFTER = re.compile(
    rf"{_PASSIVE_AFTER}(?:deployed|sent|stationed|dispatched|mobili[sz]ed|posted|massed|amassed|redeployed))\b"
)
"""'11,000 North Korean soldiers were deployed to Kursk': a force's size, whatever befell some of them."""
_CLAUSE_AFTER = re.compile(r"[^,.;]*")
_MOURNED_BEFORE = re.compile(
    r"(?i)\b(?:funerals?|burials?|mass\s+graves?)\b[^.;]{0,40}?\b(?:for|of)\s+$|\b(?:buried|burying)\s+$"
    r"|\b(?:bodies|corpses|remains)\s+of\s+(?:(?:at\s+least|more\s+than|over|some|about|around)\s+)?$"
    r"|\bvictims\s+(?:[—–]\s*[^—–.;]{1,60}[—–]\s*|\([^().;]{1,60}\)\s*)?(?:are|were|include[sd]?)\b[^.;]{0,80}$"
)
"""'a funeral was held in Bamako for about 50 students', 'villagers buried 12 people', 'the bodies of at
least 773 people', 'among the victims are 19 women and 9 children' (or 'the victims — 121 men and 47
women — were'): the dead, counted."""
_ITS_OWN_VERB = (
    r"(?i)(?:\s+(?!(?:were|was|been|being|are|is|be|when|as|after|while|before)\b)[\w-]+){1,6}?\s+"
)
"""From a count's end to a verb its counted noun does, past no passive and no new clause."""
_ATTACKING_AFTER = re.compile(
    rf"{_ITS_OWN_VERB}"
    r"(?:who\s+|that\s+)?"
    r"(?:stormed|attacked|raided|ambushed|assaulted|overran|besieged|launched|opened\s+fire|burst\s+into|"
    r"took\s+part|participated|detonated|set\s+off|blew\s+(?:themselves|himself|herself)\s+up|"
    r"(?:hit|struck|targeted)(?!\s+by\b))\b"
)
"""'About 200 gunmen stormed the village', 'dozens of jihadists from JNIM attacked the school', 'four
suicide bombers set off explosives': the attacking force, counted (how many the attackers were), not the
dead the sentence goes on to."""
_KILLING_AFTER = re.compile(
    rf"{_ITS_OWN_VERB}"
    r"(?:killed|murdered|massacred|executed|shot\s+dead)\s+"
    r"(?:(?:at\s+least|more\s+than|about|nearly|some|over|up\s+to)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|a|an|the|their|his|her|"
    r"its|entire|civilians|people|residents|villagers|soldiers|women|children)\b)"
)
"""'dozens of Gran Grif gunmen killed 12 people': the killers, counted, with an object after the verb
(not '20 soldiers killed in an ambush')."""
_DISPLACED = re.compile(
    r"(?i)\s+(?:of\s+)?(?:(?:internally|newly|forcibly)\s+)?(?:displaced|refugees|homeless)\b"
    r"|\s+[\w-]+\s+(?:to\s+flee|fled|fleeing|(?:were|have\s+been|had\s+been)\s+(?:displaced|evacuated|uprooted)|"
    r"evacuated)\b"
)
"""'12 million displaced', 'forcing 6,270 residents to flee', '121,000 people had been evacuated': people
uprooted, not casualties."""
_DISPLACED_PEOPLE_HURT = re.compile(
    r"(?i)\s+(?:internally\s+|newly\s+)?displaced\s+[\w-]+\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:killed|wounded|injured|hurt|slain)\b|\s+(?:internally\s+|newly\s+)?displaced\s+[\w-]+\s+died\b"
)
"""'six displaced residents were killed by shelling': the dead, who had been displaced before."""


def _attack_told_around(text: str) -> bool:
    """Whether the sentence tells an attack, not only names things by one ('90 combat posts') or one yet to
    come ('will begin operations in two townships')."""
    return any(
        not names_a_thing(text, m)
        and not _MODAL_BEFORE.search(text[max(0, m.start() - 40) : m.start()].lower())
        for m in vocab().attack.finditer(text)
    )


def names_a_thing(text: str, m: re.Match[str]) -> bool:
    """Whether the attack or weapon word `m` only describes a thing: '90 combat posts', 'assault rifles',
    '40 artillery pieces', 'air defence systems', 'mortars of various calibres' (not 'burned homes',
    'shelling positions': a verb and what it hit)."""
    if m.group(0).lower().endswith(("ed", "ing")):
        return False
    if _OF_KINDS.match(text, m.end()):
        return True  # an inventory's line
    following = _THING_AFTER.match(text, m.end())
    if following is None:
        return False
    v = vocab()
    return following.group(1) in v.words("place_nouns") | v.words("materiel_nouns") | _THING_NOUNS


_THING_AFTER = re.compile(r"[\s-]+(?:defen[cs]e\s+)?([a-z]+)\b")
_OF_KINDS = re.compile(r"\s+of\s+(?:various|different|several|all)\s+(?:types|kinds|calib(?:re|er)s|sizes)\b")
_THING_NOUNS = frozenset(
    {"systems", "system", "stations", "factory", "factories", "batteries", "battery", "pieces", "piece"}
)


_MULTIPLIER_AFTER = re.compile(
    r"(?i)\s+times\s+(?:the|a|an|as|that|those|what|its|their|his|her|our|more|less|fewer|higher|lower|"
    r"larger|bigger|greater|smaller)\b"
)
"""'almost three times the toll': a ratio between figures, not a number of occasions."""


_TOLL_PUT_AT = re.compile(
    r"(?i)\b(?:put|puts|putting|placed|places|gave|gives|set|sets)\s+the\s+(?:death\s+|casualty\s+)?"
    r"(?:toll|number|figure|count)\s+(?:at\s+|as\s+)?$"
)
_BURIED = re.compile(r"(?i)\b(?:buried|exhumed)\b")
"""'280 people have already been buried in mass graves': the dead."""
_HAS_BEFORE = re.compile(r"(?i)\b(?:has|have|had|having|numbers|numbering|boasts|counts)\s+$")
_TIME_UNIT_AFTER = re.compile(r"(?i)\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b")
"""'Revisiting Ngarbuh Massacre three years after': a span of time beside a harm, no count of people."""
_HURT_SURVIVORS = re.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:wounded|injured)\s+survivors\b")


_SIZE_SUFFIXES = frozenset({"strong", "man", "men", "member"})
"""What a figure joined by a hyphen to it tells the size of a force or a body by."""
_SIZED_BODY = re.compile(r"\s+([A-Za-z]{3,})\b")
"""The force or body whose size the hyphened figure tells ('a 500-strong force')."""


def classify_number(sentence: Sentence, number: NumberMention, noun: str | None) -> ClaimKind | None:
    """Which kind of claim a count makes, from the noun it counts and the verbs around it."""
    v = vocab()
    text = sentence.text
    if noun is None:
        return None
    if noun == "equipment":
        return ClaimKind.QUANTITY
    if number.unit in _SIZE_SUFFIXES:
        return ClaimKind.STRENGTH  # 'a 500-strong force', 'a 12-man unit': the size of a force
    if noun == "shells" and not _SHELLS_FIRED.search(text):
        return ClaimKind.QUANTITY  # 'thousands of 155mm shells, tanks and other supplies': stock, not fire
    if noun in _ATTACK_NOUNS:
        return ClaimKind.ATTACK
    if noun == "times":  # 'have attacked commercial vessels 27 times': a count of attacks; else no claim
        if _MULTIPLIER_AFTER.match(text, number.end - sentence.start):
            return None  # 'almost three times the toll given last week': a ratio, no count of attacks
        attacked = v.attack.search(text, 0, number.start - sentence.start)
        return ClaimKind.ATTACK if attacked and not is_intent(text, attacked.start()) else None
    is_person = noun in v.words("person_nouns") or noun in _CASUALTY_NOUNS or noun == "forces"
    harmed = _HARM_VERB_BEFORE.search(text[: number.start - sentence.start])  # 'killing 12 displaced people'
    uprooted = _DISPLACED.match(text, number.end - sentence.start) or _DISPLACING_BEFORE.search(
        text, 0, number.start - sentence.start
    )  # 'displacing over two million people and killing more than 40,000': the first count is no toll
    taken_first = is_person and _TAKEN_BEFORE.search(text, 0, number.start - sentence.start)
    harmed = harmed or _DISPLACED_PEOPLE_HURT.match(text, number.end - sentence.start)
    if (is_person and not harmed and not taken_first and uprooted) or noun in {
        "displaced",
        "refugees",
        "evacuees",
        "returnees",
    }:
        return ClaimKind.STRENGTH  # 'more than 12 million displaced': people uprooted, not casualties
    if noun == "survivors" and _HURT_SURVIVORS.match(text, number.end - sentence.start):
        return ClaimKind.CASUALTIES  # 'Over a hundred wounded survivors of the attack': the wounded
    if noun == "survivors":
        return ClaimKind.QUANTITY  # 'as thousands of survivors arrived in Tawila': no casualty of the toll
    rel_start, rel_end = number.start - sentence.start, number.end - sentence.start
    if is_person and ACCORDING_BEFORE.search(text, max(0, rel_start - 30), rel_start):
        return None  # 'the dead include 11 Marines, according to two U.S. officials': who tells, not who died
    if is_person and _USERS_BEFORE.search(text, max(0, rel_start - 30), rel_start):
        return None  # 'pagers used by hundreds of members of Hezbollah': users, not casualties
    if is_person and (_FREED_BEFORE.search(text, 0, rel_start) or _FREED_AFTER.match(text, rel_end)):
        return ClaimKind.QUANTITY
    if is_person and noun not in _CASUALTY_NOUNS and _RECOVERED_AFTER.match(text, rel_end):
        return ClaimKind.QUANTITY  # '346 hostages had been safely recovered' (but '20 bodies were recovered')
    if is_person and noun not in _CASUALTY_NOUNS and not harmed and _ABOARD.search(text, 0, rel_start):
        return ClaimKind.STRENGTH  # 'the train was carrying more than 400 passengers': who was aboard
    attackers = v.words("force_nouns") | v.words("unnamed_forces")
    deployed = _DEPLOYED_AFTER.match(text, rel_end) if is_person and not harmed else None
    if deployed and not v.casualty.search(_CLAUSE_AFTER.match(text, rel_end).group(0)):
        return ClaimKind.STRENGTH  # not 'Twenty soldiers who were sent to the front were killed'
    attacking = _ATTACKING_AFTER.match(text, rel_end) if noun in attackers and not harmed else None
    if attacking and not v.casualty.search(attacking.group(0)):  # not 'soldiers died when jihadists overran'
        return ClaimKind.STRENGTH
    if noun in attackers and not harmed and not taken_first and _KILLING_AFTER.match(text, rel_end):
        return ClaimKind.STRENGTH
    if noun in attackers and _FIRE_FROM.search(text, max(0, rel_start - 30), rel_start):
        return ClaimKind.STRENGTH  # 'came under heavy fire from dozens of gunmen': who fired, not who died
    if is_person and _MOURNED_BEFORE.search(text, 0, rel_start):
        return ClaimKind.CASUALTIES
    if is_person and _TOLL_PUT_AT.search(text, max(0, rel_start - 60), rel_start):
        return ClaimKind.CASUALTIES  # 'An initial UN report put the number at least 70 people': the dead
    if noun in attackers and not harmed and _HAS_BEFORE.search(text, max(0, rel_start - 30), rel_start):
        return ClaimKind.STRENGTH  # 'This gang, which has around a hundred members, is accused of murder
    if is_person and noun not in _CASUALTY_NOUNS and not harmed and _HOUSED_BEFORE.search(text, 0, rel_start):
        return ClaimKind.STRENGTH  # 'the facility, which held about 115 migrants': who was there
    taken = _TAKEN_BEFORE.search(text, 0, rel_start) or _TAKEN_AFTER.match(text, rel_end)
    if is_person and _TRIED_AFTER.match(text, rel_end):
        return ClaimKind.QUANTITY  # 'three soldiers are on trial for their role in the killing': the accused
    if is_person and taken and _HELD_TO_ACCOUNT.match(text, rel_end):  # 'arrested ... for negligence'
        return ClaimKind.QUANTITY  # charged by their own side, not prisoners taken
    suspected = _SUSPECTED_AFTER.match(text, rel_end)
    held_over = _ARRESTED.search(text) and _HELD_OVER_AN_ATTACK.search(text) and noun not in _NEVER_SUSPECTS
    if is_person and taken and (suspected or held_over):
        return ClaimKind.QUANTITY  # the suspects of an attack held, not prisoners taken in it
    if is_person and taken:
        return ClaimKind.CASUALTIES  # 'captured more than 200 soldiers': taken prisoner
    if noun == "suspects":
        return ClaimKind.QUANTITY  # '298 suspects identified': the accused, counted, not casualties
    if noun in _HELD_NOUNS:
        return ClaimKind.CASUALTIES  # 'About 120 hostages remain': people held, the captured
    if is_person:
        clause_start = max(text.rfind(";", 0, rel_start), text.rfind(":", 0, rel_start)) + 1
        clause_end = min(
            (at for at in (text.find(";", rel_end), text.find(":", rel_end)) if at >= 0), default=-1
        )
        clause_end = clause_end if clause_end >= 0 else len(text)
        others = _OTHERS_NAMED_AFTER.search(text, rel_end, clause_end)
        # 'dozens of mourners gathered to pay respects to six soldiers killed': the six died, not the mourners
        own = text[clause_start : others.start() if others else clause_end]
        # 'Over 180 killed in Wharf Jeremie; Three gang leaders sanctioned by the EU': the clause's own harm
        if (
            noun in _CASUALTY_NOUNS
            or harmed
            or _AMONG_THE_HARMED.match(text, rel_end)
            or v.casualty.search(own)
            or _LOST_BEFORE.search(text, 0, rel_start)
            or _BURIED.search(own)
        ):
            return ClaimKind.CASUALTIES
        if noun == "lives" and not _SAVED.search(own):  # 'has claimed 14,000 lives', not 'saved 300 lives'
            return ClaimKind.CASUALTIES
        if _a_subset_of_the_harmed(sentence, number):
            return ClaimKind.CASUALTIES
        if (
            noun in attackers  # 'four to five terrorists emerged from the forest'
            or v.population_cue.search(text)
            or noun in v.words("population_nouns")
        ):
            return ClaimKind.STRENGTH
        return None
    if (
        noun in v.words("place_nouns")
        and re.search(r"(?i)\bfrom\s+$", text[max(0, rel_start - 6) : rel_start])
        and not _WITHDREW_FROM.search(text, max(0, rel_start - 40), rel_start)
    ):
        return ClaimKind.QUANTITY  # '3,000 people from 10 villages': where they come from
    if noun in v.words("place_nouns") and _WHOLE_OF.search(text, 0, rel_start):
        return ClaimKind.QUANTITY  # '14 of Rakhine State's 17 townships': 17 is how many there are
    if noun in v.words("vessel_nouns"):  # 'targeted more than 100 merchant vessels': the ships attacked; not
        # 'struck by two unmanned surface vessels' (what struck) nor 'lost 28 ships' (what a side lost)
        agent = _AGENT_BEFORE.search(text, max(0, rel_start - 4), rel_start)
        attacked = v.target_attack.search(text, max(0, rel_start - _VERB_REACH), rel_start)
        return ClaimKind.ATTACK if attacked and not agent else ClaimKind.QUANTITY
    if noun in _UNIT_NOUNS and _verb_kind(sentence, number.start) is None:
        return ClaimKind.STRENGTH  # '50 junta battalions are conducting operations': a force's size
    if noun in v.words("place_nouns"):
        own = _verb_after(sentence, number.end) if _OWN_PASSIVE.match(text, rel_end) else None
        return (  # '... the ongoing defence operation, 41 settlements were liberated': its own verb first
            own
            or _verb_kind(sentence, number.start)
            or _verb_after(sentence, number.end)
            or (
                ClaimKind.ATTACK
                if _attack_told_around(text) and not v.capture.search(text)
                else ClaimKind.QUANTITY
            )
        )
    return ClaimKind.QUANTITY


_WITHDREW_FROM = re.compile(
    r"(?i)\b(?:withdr[ae]w|withdrawn|withdraws|withdrawing|retreated|retreating|pulled\s+out)\s+from\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
"""'withdrew from 30 villages', 'withdrew from several dozen settlements': places given up, not where anyone
came from."""
_OF_THESE_BEFORE = re.compile(r"(?i)\b(?:of|among)\s+(?:them|these|those|the\s+(?:dead|victims))\s*,?\s*$")


def _a_subset_of_the_harmed(sentence: Sentence, number: NumberMention) -> bool:
    """'... killing at least 35 people. Four of them are children', 'Of these, 5 are children': people
    counted among a group the sentence before told harmed are of its dead or hurt."""
    text = sentence.doc_text
    among = _OF_THEM.match(text, number.end) or _OF_THESE_BEFORE.search(
        text, max(sentence.start, number.start - 20), number.start
    )
    if not among:
        return False
    end = sentence.start  # just past the stop of the sentence before
    while end > 0 and text[end - 1] in _AFTER_A_STOP:
        end -= 1
    reach = max(0, end - 400)
    start = max(max(text.rfind(mark, reach, end - 1) for mark in ".!?\n") + 1, reach)
    return vocab().casualty.search(text, start, end) is not None


_AFTER_A_STOP = frozenset(' \t\n"”’')


_UNIT_NOUNS = frozenset({"battalions", "brigades", "regiments", "divisions"})
"""Formations: counted as the place attacked or taken after its verb ('overran two battalions'), else as the
size of a force."""
_HOUSED_BEFORE = re.compile(
    r"(?i)\b(?:facility|centre|center|prison|jail|camp|shelter|building|school|hospital|compound|site)"
    r"(?:,?\s+(?:which|that))?\s+(?:(?:was|is|had|has|still)\s+)?(?:held|holds|holding|housed|houses|housing|"
    r"hosted|hosts|hosting|sheltered|shelters|sheltering|accommodated|accommodates|accommodating)\s+$"
)
"""A place's people counted before a strike ('the facility, which held about 115 migrants', 'the center held
115 African migrants at the time of the aggression'): those present, not its casualties nor prisoners
taken, whatever the sentence goes on to tell."""
_VERB_REACH = 40
"""How far (characters) before a count of ships the verb attacking them may be."""
_AGENT_BEFORE = re.compile(r"(?i)\bby\s+$")
"""Before a count (its hedge is its own): the agent of a passive ('struck by at least two drone boats')."""
JOINED_TO_OTHERS = re.compile(rf"\s+(?:(?i:along|together)\s+(?i:with)\s+(?:the\s+)?|{_NAMED_AND})$")
"""'detained along with seven other people', 'arrested Minister Puot Kang Chol and several officers': the
count shares what befell the ones named before it."""
_OF_THEM = re.compile(r"\s+of\s+(?:them|those)\b")
_OF_WHOM_BEFORE = re.compile(r"(?i)\bof\s+whom\s+$")
_PLURAL_WORD = re.compile(
    r"\b([A-Za-z]+s|people|police|gunmen|militiamen|men|women|children|(?<=[Tt]he\s)(?:injured|wounded|dead))\b\s*(?=([\w;,]*))"
)


def _antecedent(sentence: Sentence, number: NumberMention) -> str | None:
    """'repelled the attackers and killed 11 of them', '182 people were injured, of whom 97 remain in
    hospital': the people 'them' are, the last group of people named before the count that is not the
    subject of a verb ('soldiers killed six of them' counts no soldiers), in its sentence or, if it names
    none, in the paragraph before it."""
    if not (
        _OF_THEM.match(sentence.doc_text, number.end)
        or _OF_WHOM_BEFORE.search(sentence.doc_text, max(sentence.start, number.start - 12), number.start)
    ):
        return None
    people = vocab().words("person_nouns") | _WHAT_BEFELL  # 'The injured were shifted ..., three of them'
    text = sentence.doc_text
    paragraph = text.rfind("\n", 0, sentence.start) + 1  # 'Officials said 20 people were wounded. Several
    for start in (sentence.start, paragraph):  # of them ...': the sentence before, when this one names none
        named = [
            m.group(1).lower()
            for m in _PLURAL_WORD.finditer(text, start, number.start)
            if m.group(1).lower() in people and not m.group(2).endswith("ed")
        ]
        if named:
            return named[-1]
    return None


_MORE_OF_THEM = re.compile(r"(?i)\b(?:another|a\s+further|an\s+additional)\s+$")
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than\b)")
"""'killed 203 terrorists and arrested 51 more': more of the same noun."""
_LISTED_BEFORE = re.compile(r"(?:,|\band)\s+$")
_ELLIPTICAL_AFTER = re.compile(r"(?:\s+each)?\s+(?:over|in|at|near|across|into|on)\s+(?:the\s+)?[A-Z]")
"""A count with its noun left out, then where ('five over the Bryansk region', 'one each over Belgorod')."""
_OTHER_TELLER_BEFORE = re.compile(
    rf"(?i)(?:,\s*(?:while|whereas|but)|;|\bbut)\s+[^,;.]{{1,80}}?\b(?:{TELLING_VERBS}|counted|gave|cited|"
    r"recorded|put\s+(?:it|the\s+(?:number|figure|toll))\s+at)\s+(?:only\s+|just\s+)?$"
)
_NOTHING_AFTER = re.compile(r"\s*(?:[.;,]|$)")
"""'Police mentioned only two explosions, while the emergency services confirmed three': the second
teller's count of the same thing, its noun left out."""
_THE_BEFORE = re.compile(r"(?i)\bthe\s+(?:(?:earlier|previous|initial|official)\s+)?$")
_VERSION_AFTER = re.compile(
    rf"\s+(?:{EARLIER}\s+)?(?:{GIVEN_VERBS}|recorded|confirmed|counted|claimed)"
    r"\s+(?:by|earlier|previously|on|last)\b"
)
"""'has risen to 115, ... far above the 70 reported by the United Nations': the same count in another
source's version, its noun left out."""


def number_drafts(sentence: Sentence, numbers: list[NumberMention]) -> list[Draft]:
    """One claim per count in the sentence; 'including 11 children' inherits the kind before it."""
    drafts: list[Draft] = []
    previous: Draft | None = None
    previous_included = False
    previous_people: Draft | None = None
    for number in numbers:
        noun, noun_end = counted_noun(sentence.doc_text, number, sentence.end)
        money = _CURRENCY.search(sentence.doc_text, max(sentence.start, number.start - 1), number.end)
        if money:  # 'an estimated $2 billion a year': dollars, not years
            noun, noun_end = _CURRENCIES[money.group(0)], number.end
        if noun is None and (antecedent := _antecedent(sentence, number)):
            noun, noun_end = antecedent, number.end  # '334 of them ... were killed': the hostages
        kind = classify_number(sentence, number, noun)
        total = _TOTAL_TO.search(sentence.doc_text, max(sentence.start, number.start - 100), number.start)
        if (
            total
            and previous is not None
            and total.start() < previous.end
            and not _OLD_AND_NEW.fullmatch(sentence.doc_text, previous.end, number.start)
        ):
            total = None  # 'A total of 160 bodies were found in what was described as three mass graves'
        overall_toll = _a_toll(total) and _OVERALL.search(total.group(0)) is not None
        other_harm = (  # 'where many of the wounded were taken, put the number of dead at': the dead
            total is not None
            and previous is not None
            and previous.subject in _WHAT_BEFELL - {"dead"}
            and _DEATHS.search(total.group(0))
        )
        more = (
            _MORE_OF_THEM.search(sentence.doc_text, max(sentence.start, number.start - 12), number.start)
            or _MORE_AFTER.match(sentence.doc_text, number.end)
            or (
                _LISTED_BEFORE.search(sentence.doc_text, max(sentence.start, number.start - 6), number.start)
                and _ELLIPTICAL_AFTER.match(sentence.doc_text, number.end)
            )
            or (
                _THE_BEFORE.search(sentence.doc_text, max(sentence.start, number.start - 20), number.start)
                and _VERSION_AFTER.match(sentence.doc_text, number.end)
            )
            or (
                _OTHER_TELLER_BEFORE.search(
                    sentence.doc_text, max(sentence.start, number.start - 100), number.start
                )
                and _NOTHING_AFTER.match(sentence.doc_text, number.end)
            )
        )
        displaced = _DISPLACEMENT_REACHES.search(
            sentence.doc_text, max(sentence.start, number.start - 60), number.start
        )
        people_named = _NUMBER_OF_PEOPLE.search(total.group(0)) if noun is None and total else None
        if people_named and people_named.group("noun").lower() not in vocab().words("person_nouns"):
            people_named = None
        if noun is None and displaced:  # 'death toll revised down as displacement passes 36,000'
            kind, noun, noun_end = ClaimKind.STRENGTH, "displaced", number.end
        elif people_named:  # 'brought the total number of rescued hostages to seven': the hostages
            noun, noun_end = people_named.group("noun").lower(), number.end
            kind = (
                ClaimKind.QUANTITY if people_named.group("freed") else classify_number(sentence, number, noun)
            )
        elif (noun is None and total and previous is not None and not overall_toll and not other_harm) or (
            noun is None and more and previous is not None
        ):
            # '1,040 casualties, bringing the total to 975,000' (not 'the total number of fatalities to
            # 1,864'); '138 drones were shot down and another 119 were lost', '11 drones over the Kursk
            # region, five over the Bryansk region': more of the same
            kind, noun, noun_end = previous.kind, previous.subject, number.end
        elif noun is None and _a_toll(total):  # 'officials put the toll at more than 90'
            who = (total.group("who") or total.group("among") or "").lower()  # 'the toll of members'
            counted = who if who in vocab().words("person_nouns") else "people"  # 'number of soldiers killed'
            dead_and_hurt = total.group("dead") == "casualties" or total.group(0)[:8].lower() == "casualty"
            counted = "casualties" if dead_and_hurt else counted  # dead and wounded
            kind, noun, noun_end = ClaimKind.CASUALTIES, counted, number.end
        if noun is None and (
            _DISPLACING_BEFORE.search(sentence.doc_text, sentence.start, number.start)
            or _FROM_HOMES.match(sentence.doc_text, number.end, sentence.end)
        ):
            kind, noun = ClaimKind.STRENGTH, "displaced"  # 'has uprooted more than 13 million', not a force
        head = sentence.doc_text[sentence.start : number.start]
        harm_before = _HARM_VERB_BEFORE.search(head)
        if noun is None and (number.value or 0) >= 100 and _FORCE_BEFORE.search(head) and not harm_before:
            kind, noun = ClaimKind.STRENGTH, "fighters"  # 'has 300 fighters', not 'soldiers kill 300'
        if noun is None and _POPULATION_BEFORE.search(sentence.doc_text, sentence.start, number.start):
            kind, noun = ClaimKind.STRENGTH, "people"  # 'a pre-war population of around 600,000'
        person = noun is not None and (noun in vocab().words("person_nouns") or noun in _CASUALTY_NOUNS)
        harmed = harm_before or _HARMED_AFTER.match(sentence.doc_text, number.end, sentence.end)
        if not person and harmed and not _TIME_UNIT_AFTER.match(sentence.doc_text, number.end):
            # 'strike kills 40 at a camp', 'wounded 20 others', 'the death toll rose to 12', 'dozens killed'
            kind, noun, noun_end = ClaimKind.CASUALTIES, _antecedent(sentence, number) or "people", number.end
        if _skip_count(sentence, number, noun, kind) or _tellers(sentence, noun, noun_end):
            continue
        including = re.search(
            r"(?i)\bincluding\s+$", sentence.doc_text[max(0, number.start - 12) : number.start]
        ) or (  # 'including 11 children and 6 women': the list goes on
            previous is not None
            and previous_included
            and _LIST_GOES_ON.fullmatch(sentence.doc_text, previous.end, number.start) is not None
        )
        along = previous is not None and JOINED_TO_OTHERS.search(
            sentence.doc_text, max(sentence.start, number.start - 60), number.start
        )
        if (including or along) and previous is not None and noun:
            whole = previous_people if person and previous_people is not None else previous
            kind = whole.kind  # 'four gunmen were detained along with seven other people': detained too; '300
            # civilians killed in the two camps, including 10 aid workers': of the people, not the camps
            if including and noun == "people" and _NATIONALS.match(sentence.doc_text, number.end):
                noun = previous.subject  # '13 peacekeepers, including nine South Africans': peacekeepers
        elif including and previous is not None and number.value:  # 'including 1.2 million in Sagaing'
            kind, noun, noun_end = previous.kind, previous.subject, number.end
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
        previous, previous_included = draft, bool(including)
        previous_people = draft if person else previous_people
    drafts += _implicit_place_counts(sentence, drafts)
    rank = _RANK.search(sentence.text) if sentence.may_hold(_RANK_WORDS) else None
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


_ARTICLE_NAME = re.compile(rf"{ARABIC_ARTICLE}[A-Z]")
"""A name opening with a lower-case Arabic article ('al-Tabi'in school', 'al-Shifa hospital')."""
_LIST_GOES_ON = re.compile(r"(?:\s+(?:in|with)\s+[a-z ]{3,30}?)?\s*(?:,\s*(?:and\s+)?|and\s+)")
"""Between two items of a list, past the state the first is in ('including 3 in serious condition, 2 in
moderate condition and 84 with mild injuries')."""
_ASIDE_AFTER = re.compile(r"(?:,\s*who\b[^,.;]{1,80},)?\s+")


def _tellers(sentence: Sentence, noun: str | None, noun_end: int) -> bool:
    """'..., two security officials said': the count of those telling, not a claim they make."""
    if noun is None or noun not in vocab().words("source_nouns"):
        return False
    aside = _ASIDE_AFTER.match(sentence.doc_text, noun_end, sentence.end)
    verb = vocab().speech.match(sentence.doc_text, aside.end(), sentence.end) if aside else None
    return verb is not None and verb.group(0).lower() != "according to"  # '3,000 soldiers according to
    # UN experts' are counted by the experts


_ASKED_BEFORE = re.compile(
    r"(?i)\b(?:interviewed|interviewing|surveyed|surveying|spoke\s+(?:to|with)|talked\s+to)\s+$"
)
_CONVERTED_BEFORE = re.compile(r"\d[\d,.]*\s*(?:[a-z]{1,12}\s+)?[A-Za-z]{1,12}\s*\($")
"""'60 km (37 miles)', '1.5 million euros ($1.6 million': a figure restated in other units."""
_CONTACT_BEFORE = re.compile(
    r"(?i)\b(?:call|dial|hotline|helpline|phone|telephone|tel\.?|whatsapp|fax|extension)\b[^.;\d]{0,25}$"
)


_ONE_OF_KINDS = (ClaimKind.STRENGTH, ClaimKind.QUANTITY)
"""Kinds a 'one of' never counts ('one of the soldiers was killed' still counts a death)."""


def _skip_count(sentence: Sentence, number: NumberMention, noun: str | None, kind: ClaimKind | None) -> bool:
    """Counts that check nothing: 'many camps', 'several months', 'two weeks ago', the 'one' of 'one of
    only two'."""
    if number.low is None and number.high is None and kind is not ClaimKind.CASUALTIES:
        return True
    follow = sentence.doc_text[number.end : number.end + 25]
    if noun in vocab().words("time_nouns") and (
        number.value is None or re.match(r"\s+\w+\s+(?:ago|earlier|before|later|after|on)\b", follow)
    ):
        return True  # 'several months', 'two weeks ago': when, not how many
    window = sentence.doc_text[max(0, number.start - 12) : number.start]
    if noun in {"hour", "hours", "day", "days"} and re.search(
        r"(?i)\b(?:past|last|previous|next)\s+$", window
    ):
        return True  # 'over the past 24 hours': the period a report covers
    if number.number_text.lower() == "one" and re.search(r"(?i)\b(?:of|from)\s+$", window):
        return True  # 'six members of one family': which family, not how many
    if _CONVERTED_BEFORE.search(sentence.doc_text, max(sentence.start, number.start - 30), number.start):
        return True  # 'some 60 km (37 miles)': the same distance in other units
    if _CONTACT_BEFORE.search(sentence.doc_text, max(sentence.start, number.start - 40), number.start):
        return True  # 'Call the city hotline at 15-80': a number to dial
    if _ASKED_BEFORE.search(sentence.doc_text, max(sentence.start, number.start - 30), number.start):
        return True  # 'Human Rights Watch interviewed 22 people': how the report was made, not what it found
    if kind in _ONE_OF_KINDS and number.number_text.lower() == "one" and re.match(r"\s+of\s", follow):
        return True  # 'filmed by one of the gunmen', 'one of the country's main coca-growing areas': which
    return number.number_text.lower() == "one" and bool(
        re.match(r"\s+of\s+(?:\w+\s+){0,2}?(?:\d|two|three|four)", follow)
    )


_PLACE_COUNT_KINDS = (ClaimKind.CAPTURE, ClaimKind.ATTACK)
_NEXT_IN_LIST = re.compile(r"(?:\s+[\w-]+){0,3}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
"""Between a count of places and the next item of its list: the rest of its noun, a comma or 'and'."""


def _implicit_place_counts(sentence: Sentence, drafts: list[Draft]) -> list[Draft]:
    """'seized a base' and '..., four headquarters, and a military camp' count one place."""
    v = vocab()
    out = []
    for m in _A_PLACE.finditer(sentence.text):
        s = sentence.start + m.start()
        head = sentence.text[: m.start()]
        verb = re.search(r"([\w-]+)\s+$", head)
        after_verb = bool(verb and (v.capture.fullmatch(verb.group(1)) or v.attack.fullmatch(verb.group(1))))
        in_count_list = any(  # 'four headquarters, and a military camp'; not 'Sake, a town 27km west'
            d.end <= s
            and d.kind in _PLACE_COUNT_KINDS
            and _NEXT_IN_LIST.fullmatch(sentence.doc_text, d.end, s)
            for d in drafts
        )
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


_UNDER = r"(?:came|come|comes|now|brought|fell|fall|falls|fallen|been)\s+under\s+"
PASSIVE_CAPTURE = re.compile(
    rf"(?i)(?:fell|fallen|falls|fall)\s+(?:to|into)|{_UNDER}(?:the\s+)?"
    r"(?:full\s+)?(?:control\s+of|[a-z]+\s+control)"
)
"""Capture told by the place before the verb: 'Bakhmut fell to', 'Sinjar came under the control of',
'Kavumu airport has been under rebel control'."""
UNDER_ONES_CONTROL = re.compile(
    rf"\b{_UNDER}(?:the\s+)?(?:[\w.-]+\s+){{0,4}}?[\w.-]+(?:['’]s|s['’])\s+(?:full\s+|complete\s+)?control\b"
)
"""'the first township to fall under the Arakan Army's control', 'came under the rebels' control': the
taker named as the owner of the control; the place is before, as in PASSIVE_CAPTURE."""
_ARMED_NOUNS = (
    r"(?:forces|troops|army|soldiers|police|rebels|fighters|militants|insurgents|militias?|government|regime|"
    r"junta)"
)
"""An armed side named by its common noun ('the army', 'government forces', 'the junta')."""
_PLACE_OF = (
    r"(?=(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:village|town|city|district|province|region|base|airport|port|"
    r"settlement|stronghold|bastion|capital|garrison|outpost|camp|hub)\s+of\s+[A-Z]|[A-Z])"
)
"""A named place ahead: 'the rebel stronghold of Kidal', 'the provincial capital of Ghazni', 'Bukavu'."""
TAKEN_PLACE = re.compile(
    rf"\b(?:took|taken|takes|take|taking)\s+{_PLACE_OF}"
    rf"|\b(?:pushed|drove|driven|expelled|ousted|cleared|flushed)\s+(?:[\w-]+\s+){{1,4}}?(?:out\s+of|from)\s+{_PLACE_OF}"
    r"|\b(?:took|taken|takes|take|taking)\s+(?=the\s+[A-Z](?:(?!\b(?:to|and|as|while)\s)[^.;]){0,80}?\bfrom\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{_ARMED_NOUNS}\b)"
    rf"|\b(?:got|gets|getting|won|wins|winning)\s+(?:back\s+)?(?:full\s+|complete\s+)?control\s+of\s+"
    rf"(?=[^.;]{{0,60}}?\bfrom\s){_PLACE_OF}"
    r"|\b(?:entered|enter|enters|entering|(?:marched|swept|rolled|stormed|moved|advanced)\s+into)\s+"
    rf"(?:the\s+(?:centre|center|heart)\s+of\s+)?{_PLACE_OF}"
)
"""'Russian forces took the village of Krasnohorivka', 'have taken Bukavu', 'drove ISWAP fighters from the
town of Marte', 'marched into the centre of Goma', 'took the Bala Hissar fortress ... from Afghan forces',
'got control of Kunduz city from Taliban': a named place taken, where 'took' alone ('took part',
'took place') is no capture, nor 'entered its third year'."""
FORCES_WITHDRAWN = re.compile(
    r"(?i)(?<!\border\s)(?<!\bordered\s)(?<!\borders\s)(?<!\border\sthe\s)(?<!\bordered\sthe\s)(?<!\borders\sthe\s)"
    r"\b(?:withdr[ae]w|withdrawn|withdraw(?:s|ing|al)?|pull(?:s|ed|ing)?)\s+"
    r"(?:(?:its|their|our|his|her|the|all|remaining|last|some|most|of)\s+){0,3}(?:[a-z-]+\s+)?"
    r"(?:troops|units|forces|soldiers|fighters|personnel|servicemen|garrison|men|contingent|brigades?)\s+"
    r"(?:from|out\s+of)\s+"
)
"""'was withdrawing its troops from the town of Avdiivka', 'pulls troops out of Avdiivka', 'announced the
withdrawal of its forces from the right bank, including the city of Kherson': the side's own forces taken
out of a place it gives up; the place follows them (not 'ordered the withdrawal': yet to be done)."""
WITHDRAWN_VERBS = frozenset(
    {"withdrew", "withdraw", "withdrawn", "withdraws", "withdrawing", "withdrawal"}
    | {"pull", "pulls", "pulled", "pulling"}
)
"""The words FORCES_WITHDRAWN starts from, for the sentence pre-filter."""
TAKEN_PLACE_VERBS = frozenset(
    {"took", "taken", "takes", "take", "taking", "pushed", "drove", "driven", "expelled", "ousted", "cleared"}
    | {"got", "gets", "getting", "won", "wins", "winning"}
    | {"flushed", "entered", "enter", "enters", "entering", "marched", "swept", "rolled", "stormed", "moved"}
    | {"advanced"}
)
"""The words TAKEN_PLACE starts from, for the sentence pre-filter."""
_A_REFERENCE = re.compile(r"(?:The|This|That|Its|Their|Our|His|Her)\s+[a-z]")
"""A determiner and a common noun ('The city', 'This town'): a place referred back to, not named."""
_SUBJECT_NAME = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
    r"(?:\s+(?:airport|airbase|base|camp|town|city|village|barracks|garrison|headquarters))?)\s*(?:,[^,]{1,60},\s*|,\s*)?"
    r"(?:(?:is|was|are|were|has|have|had|been|being|fully|effectively|reportedly|also|finally|later)\s+){0,3}"
    r"(?:(?:is|was|became|becomes)\s+the\s+(?:first|second|third|fourth|fifth|latest|last|next|only|\d+(?:st|nd|rd|th))"
    r"\s+(?:[a-z-]+\s+){1,3}?to\s+)?$"
)
"""The place a passive capture tells of, right before its verb ('Pokrovsk is now under the control of',
'Kavumu airport, 30 km north of Bukavu, has been under rebel control', 'Paletwa is the first township
reported to fall to')."""


def _fallen(sentence: Sentence, verb: int) -> list[Draft]:
    """The place a passive capture verb tells of: the name just before it ('the town of Bakhmut fell to')."""
    m = _SUBJECT_NAME.search(sentence.text, max(0, verb - 120), verb)
    if m is None or vocab().actor.fullmatch(m.group("name")) or _A_REFERENCE.match(m.group("name")):
        return []  # 'The city fell to the RSF': the city named before, not a place called 'The city'
    if m.group("name").lower() in PRONOUNS:
        return []  # '“It is retaken”': the place said before, not one called 'It'
    spans = [(m.start("name"), m.end("name"))]
    listed = _NAMES_LISTED_BEFORE.search(sentence.text, max(0, m.start("name") - 120), m.start("name"))
    if listed:  # 'Hpakant, Lonkin and Seikmu were captured': each of them
        items = _FALLEN_ITEM.finditer(sentence.text, listed.start(), listed.end())
        spans = [(i.start(), i.end()) for i in items if not vocab().actor.fullmatch(i.group(0))] + spans
    out = []
    for s, e in spans:
        name = sentence.text[s:e]
        out.append(
            Draft(
                ClaimKind.CAPTURE,
                sentence.start + s,
                sentence.start + e,
                "target:capture",
                place=name,
                subject=f"target: {name}",
            )
        )
    return out


_FELL_ALONE = re.compile(
    r"\b(?:(?:also|finally|eventually|quickly|soon|then|later)\s+)?(?:fell|(?:has|had|have)\s+(?:now\s+|also\s+)?fallen)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:on|in|late|early|overnight|last|this|after|within|without|amid|as|when|days?|hours?|"
    r"weeks?|yesterday|today)\b)"
)
"""'Sar-e-Pul and Taloqan also fell on Sunday', 'Sheberghan in Jawzjan province fell.': a fall told with no
taker ('fell to X' is PASSIVE_CAPTURE); 'fell silent', 'fell short' are no falls."""
_FALLEN_NAME = (
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:\s+in\s+[A-Z][\w’'-]+(?:\s+(?:province|state|region))?)?"
)
"""A place that fell, with the region it lies in: 'Sheberghan in Jawzjan province'."""
_FALLEN_ITEM = re.compile(_FALLEN_NAME)
_NAMES_LISTED_BEFORE = re.compile(rf"(?<![\w,]\s)(?:{_FALLEN_NAME},\s+)*{_FALLEN_NAME},?\s+and\s+$")
"""The names listed before the last one of a passive capture's subject: 'Hpakant, Lonkin and '."""
_FALLEN_LIST = re.compile(rf"(?P<names>(?:{_FALLEN_NAME}(?:,\s+|,?\s+and\s+))*{_FALLEN_NAME})\s+$")
_NOT_FALLEN = frozenset(
    {"night", "darkness", "silence", "prices", "shares", "sales", "rates", "temperatures", "numbers", "rain"}
    | {"snow", "bombs", "shells", "rockets", "missiles", "stocks", "markets", "it", "he", "she", "they"}
)
"""Capitalised words before 'fell' that are no place ('Night fell.', 'Prices fell in March')."""


def fallen_alone(sentence: Sentence) -> list[Draft]:
    """The places a bare 'fell' tells of, one claim each: 'Sar-e-Pul and Taloqan also fell on Sunday'."""
    text = sentence.text
    out: list[Draft] = []
    for verb in _FELL_ALONE.finditer(text) if sentence.may_hold(_FELL_WORDS) else ():
        listed = _FALLEN_LIST.search(text, max(0, verb.start() - 120), verb.start())
        if listed is None:
            continue
        for item in _FALLEN_ITEM.finditer(text, listed.start("names"), listed.end("names")):
            when = _TIME_FIRST.match(text, item.start())  # 'on Saturday Sheberghan ... fell'
            start = when.end() if when else item.start()
            name = text[start : item.end()]
            first = name.split()[0] if name else ""
            if not name or first.lower() in _NOT_FALLEN or vocab().actor.fullmatch(name):
                continue
            if start == 0 and first.lower() in vocab().words("sentence_openers"):
                continue
            start, end = sentence.start + start, sentence.start + item.end()
            place = name.split(" in ")[0]  # "Sheberghan in Jawzjan province": Sheberghan
            out.append(
                Draft(ClaimKind.CAPTURE, start, end, "target:capture", place=place, subject=f"target: {name}")
            )
    return out


_FELL_WORDS = frozenset({"fell", "fallen"})
_PASSIVE_TAKEN = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|being|is|are)\s+(?:(?:also|finally|later|reportedly|fully)\s+)?$"
)
_TAKEN_PARTICIPLES = frozenset(
    {
        "captured",
        "seized",
        "overrun",
        "taken over",
        "retaken",
        "recaptured",
        "liberated",
        "occupied",
        "conquered",
    }
)
"""Participles of a capture whose passive subject is the place taken."""


def taken_as_subject(text: str, verb: re.Match[str]) -> bool:
    """'Namada base was overrun', 'the last outpost, Namada, being seized': a passive capture whose
    subject is the place taken, told before the verb."""
    return " ".join(verb.group(0).lower().split()) in _TAKEN_PARTICIPLES and bool(
        _PASSIVE_TAKEN.search(text, max(0, verb.start() - 25), verb.start())
    )


_UNDER_WORDS = frozenset({"under"})
"""The word UNDER_ONES_CONTROL turns on, for the sentence pre-filter."""
_TIME_FIRST = re.compile(rf"(?:{TIME_NAME.pattern})\s+")


SHOWN_TAKEN = re.compile(
    r"\b(?:celebrat(?:e|es|ed|ing)\s+(?:their\s+|its\s+|a\s+)?victory"
    r"|(?:rais|hoist|plant)(?:e|es|ed|ing)\s+(?:their|its|the|a)\s+(?:[\w-]+\s+)?flags?)"
    r"\s+(?:in\s+front\s+of|outside|inside|at|over|above|on)(?=\s)",
    re.IGNORECASE,
)
"""Evidence of a capture: 'soldiers celebrating their victory in front of the IB 236 base', 'raised their
flag over the town hall'. The place follows."""
SHOWN_TAKEN_VERBS = frozenset(
    stem + end for stem in ("celebrat", "rais", "hoist", "plant") for end in ("e", "es", "ed", "ing")
)
"""The words SHOWN_TAKEN starts from, for the sentence pre-filter."""
HELD = ":held"
"""Rule suffix of a place a side says it still holds ('the army says it still controls the airport'): a
version of the place's capture that its speaker denies."""


def held(text: str, verb: re.Match[str]) -> str:
    """HELD for 'still holds the airport', 'remains in control of'; '' for a capture verb and for a part
    still held ('still control a section of the airport' concedes the rest)."""
    if not vocab().holds("held_words", verb.group(0)):
        return ""
    return "" if _A_PART.match(text, verb.end()) else HELD


_A_PART = re.compile(
    r"(?i)\s+(?:only\s+)?(?:a\s+|some\s+)?(?:section|sections|part|parts|portion|areas?|pockets?|some|most|much)\b"
)


_LEAVING = ("withdr", "abandon", "pull", "evacuat", "left", "leav", "quit", "relocat", "suspend")
"""How the capture verbs of giving a place up begin."""
_ARMED = re.compile(rf"(?i)\b{_ARMED_NOUNS}\b")


@cache
def civil_body() -> re.Pattern[str]:
    """The vocabulary's aid groups, embassies and companies: bodies that hold no ground and are no place."""
    return words_regex(vocab().raw["civil_bodies"])


def civil_body_left(text: str, m: re.Match[str]) -> bool:
    """'Doctors Without Borders (MSF) has withdrawn from the city', 'the charity said they have withdrawn':
    an aid group, an embassy or a company leaving a place gives up no position. The body is the last one
    named before the verb, with no armed side named after it ('the charity said the army withdrew' is the
    army's loss)."""
    if not m.group(0).lower().startswith(_LEAVING):
        return False
    bodies = list(civil_body().finditer(text, 0, m.start()))
    if not bodies:
        return False
    between = (bodies[-1].end(), m.start())
    return vocab().actor.search(text, *between) is None and _ARMED.search(text, *between) is None


def held_by(text: str, verb: re.Match[str]) -> bool:
    """'the last city still controlled by the army', 'fled to territory controlled by the KRG': a state told
    in passing, neither a capture nor a denial of one ('the town is controlled by the RSF' tells one)."""
    if verb.group(0).lower().endswith(" by"):
        return _A_NOUN_HELD.search(text, max(0, verb.start() - 30), verb.start()) is not None
    return bool(held(text, verb)) and re.match(r"\s+by\b", text[verb.end() :]) is not None


_A_NOUN_HELD = re.compile(
    r"\b(?:territory|territories|areas?|lands?|parts|regions?|zones?|towns|villages)\s+$"
)
"""The ground a participle's holder holds, named right before it ('territory controlled by')."""


CONTINUED = ":continued"
"""Rule suffix of list items that go on with the previous sentence's event ('These include ...')."""


_FIRED_AT = re.compile(
    r"(?i)\b(?:fired|fires|fire|firing|launched|launches|launch|launching|lobbed)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:missiles?|rockets?|drones?|shells?|projectiles?|mortars?|bombs?)\s+(?:at|on|toward|towards|into)\s+"
)
"""'Iranian forces launched retaliatory missiles at multiple Israeli cities', 'fired rockets at Sderot': the
places a salvo was aimed at."""
_FIRED_VERBS = frozenset(
    {"fired", "fires", "fire", "firing", "launched", "launches", "launch", "launching", "lobbed"}
)
"""The words `_FIRED_AT` starts from, for the sentence pre-filter."""
_OF_AFTER_CONTROL = re.compile(r"\s+(?:of|over)\b")
_QUOTE_MARKS = frozenset({("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")})
"""Opening and closing marks around a quoted word."""


def target_drafts(sentence: Sentence, inherited: ClaimKind | None) -> list[Draft]:
    """One claim per named target in the object list of an attack or capture verb."""
    v = vocab()
    text = sentence.text
    out: list[Draft] = []
    triggers = []
    for kind, pattern, cues in (
        (ClaimKind.CAPTURE, v.capture, v.cue_words("capture_words")),
        (ClaimKind.CAPTURE, SHOWN_TAKEN, SHOWN_TAKEN_VERBS),
        (ClaimKind.CAPTURE, UNDER_ONES_CONTROL, _UNDER_WORDS),
        (ClaimKind.ATTACK, v.target_attack, v.cue_words("target_attack_words")),
    ):
        for m in pattern.finditer(text) if sentence.may_hold(cues) else ():
            if is_intent(text, m.start()) or adjectival(text, m.start()) or held_by(text, m):
                continue
            if kind is ClaimKind.CAPTURE and civil_body_left(text, m):
                continue  # 'Doctors Without Borders has withdrawn from Kunduz': no side lost it
            if kind is ClaimKind.CAPTURE and accompanying(text, m, after_a_capture=bool(triggers)):
                continue
            if kind is ClaimKind.CAPTURE and taken_as_subject(text, m):
                fallen = _fallen(sentence, m.start())  # 'the last outpost, Namada, was seized on Jan. 14'
                if fallen:
                    out += fallen
                    continue
            if kind is ClaimKind.CAPTURE and (
                PASSIVE_CAPTURE.match(m.group(0)) or UNDER_ONES_CONTROL.match(m.group(0))
            ):
                out += _fallen(sentence, m.start())  # 'Bakhmut fell to Russian forces': the place is before
                continue
            if kind is ClaimKind.CAPTURE and m.group(0).lower().endswith(" by"):
                continue  # 'fled to territory controlled by the Kurdish Regional Government': who holds it
            if kind is ClaimKind.ATTACK and m.group(0).lower() in {
                "attack",
                "attacks",
                "assault",
                "assaults",
                "strike",
                "strikes",
                "airstrikes",
                "airstrike",
                "air strikes",
                "shelling",
                "bombing",
                "aggression",
            }:
                on = re.match(r"\s+(?:on|against)\s+(?=[A-Z])", text[m.end() :])
                if _EVERY_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                    continue  # 'punished for every strike on Ukrainian cities': no one strike told
                if on and not TIME_NAME.match(text, m.end() + on.end()):  # 'attack on Sunday': when
                    triggers.append((m.end() + on.end(), kind, ""))
                continue
            of = _OF_AFTER_CONTROL.match(text, m.end()) if m.group(0).lower().endswith("control") else None
            end = of.end() if of else m.end()  # 'has taken control of Shire, Alamata and Korem'
            if (text[m.start() - 1 : m.start()], text[end : end + 1]) in _QUOTE_MARKS:
                end += 1  # 'had "liberated" Starytsia and Buhruvatka': the verb quoted, its objects not
            triggers.append((end, kind, held(text, m) if kind is ClaimKind.CAPTURE else ""))
    taken = TAKEN_PLACE.finditer(text) if sentence.may_hold(TAKEN_PLACE_VERBS) else ()
    for m in taken:  # 'took the village of Krasnohorivka', 'drove ISWAP from Marte'
        if not is_intent(text, m.start()):
            triggers.append((m.end(), ClaimKind.CAPTURE, ""))
    fired = _FIRED_AT.finditer(text) if sentence.may_hold(_FIRED_VERBS) else ()
    for m in fired:  # 'launched retaliatory missiles at multiple Israeli cities, including Tel Aviv'
        if not is_intent(text, m.start()):
            triggers.append((m.end(), ClaimKind.ATTACK, ""))
    withdrawn = FORCES_WITHDRAWN.finditer(text) if sentence.may_hold(WITHDRAWN_VERBS) else ()
    for m in withdrawn:
        if not is_intent(text, m.start()):
            triggers.append((m.end(), ClaimKind.CAPTURE, ""))
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
                    place=None
                    if (name[:1].islower() and not _ARTICLE_NAME.match(name))
                    or _a_sides_site(name)
                    or name.split()[-1].lower() in v.words("conveyance_nouns") | v.words("vessel_nouns")
                    or _whose_things(name)
                    else name,  # 'junta base', 'SSPDF barracks': placed by its words; 'a C130 transport
                    # plane on landing at Tessalit': a craft, placed where it was
                    subject=f"target: {name}",
                )
            )
    named = {d.start for d in out}
    return out + [d for d in fallen_alone(sentence) if d.start not in named]


_ABBREVIATION_GIVEN = re.compile(r"\s*\([A-Z][\w-]{1,9}\)")


def _whose_things(name: str) -> bool:
    """'Iranian military and nuclear facilities': a people's sites named by their adjective, no place."""
    first, *rest = name.split()
    return bool(rest) and _DEMONYM_WORD.fullmatch(first) is not None and all(w.islower() for w in rest)


_DEMONYM_WORD = re.compile(rf"[A-Z][a-z]+(?:ese|ian|ean|ish)|{DEMONYMS_IN_I}|{DEMONYMS_IN_AN}")


def _a_sides_site(name: str) -> bool:
    """'SSPDF barracks', "the South Sudan People's Defence Forces (SSPDF) barracks": a side's site named by
    the side, not a place's name."""
    side = vocab().actor.match(name.removeprefix("the "))
    if side is None:
        return False
    rest = name.removeprefix("the ")[side.end() :]
    given = _ABBREVIATION_GIVEN.match(rest)
    rest = rest[given.end() :] if given else rest
    return bool(rest.strip()) and rest.strip()[:1].islower()


_WITH_DOER = re.compile(r"(?i)\bwith\s+(?:[\w’'-]+\s+){1,4}$")


def accompanying(text: str, verb: re.Match[str], after_a_capture: bool) -> bool:
    """'the road had been captured, with junta forces retreating from Sadung and Waingmaw': a 'with ...
    -ing' clause after a capture tells how that capture went, not a capture of its own."""
    return (
        after_a_capture
        and verb.group(0).lower().split()[0].endswith("ing")
        and _WITH_DOER.search(text, max(0, verb.start() - 40), verb.start()) is not None
    )


FACILITY_NOUN = r"airport|airbase|airfield|port|seaport|base|barracks|headquarters|prison|bridge"
"""Facilities named after their town ('Goma airport'), often told the other way ('the airport in Goma')."""
_FACILITY_IN = re.compile(
    rf"(?:main\s+|international\s+|military\s+)?(?P<noun>{FACILITY_NOUN})\s+(?:in|at|of)\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
_NEARBY = re.compile(
    r"(?:nearby|neighbouring|neighboring|adjacent|strategic|key|besieged|northern|southern|eastern|western|"
    rf"central|\w+{ALIGNED})\s+(?=[A-Z])"
)
"""A modifier before a name: 'the nearby Al-Salam neighbourhood', 'rebel-held Kidal region'."""
_DESCRIBED_NAME = re.compile(
    rf"(?:[A-Z][\w’']*(?:{ALIGNED}|-(?:flagged|owned|registered|operated|bound))\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}(?P<noun>(?!of\s)[a-z]+)\s+(?:of\s+)?(?=[A-Z])"
)
"""'the regional capital Bahir Dar', 'the historic town of Lalibela', 'the Houthi-held port of Hodeidah',
'Barbados-flagged bulk carrier True Confidence': the name after the place (or vessel) noun."""
_DEMONYM_PLACE = re.compile(
    rf"(?:[A-Z][a-z]+(?:ian|ean|ese|ish)|{DEMONYMS_IN_I}|{DEMONYMS_IN_AN})\s+(?=(?:capital|city|town|village|camp|port)\b)"
)
"""A nationality before a place noun ('attack on Haitian town', 'the Ukrainian city of Sumy'): whose place
it is; the name, if any, follows the noun. Names ending like a nationality come before region words
('Jowzjan province', 'Kachin State'), which are left out, and the bare '-an' ending is not trusted
('Multan city')."""


_TITLED_NAME = re.compile(r"\b([A-Za-z]+)\.?\s+(?:[A-Z][\w’'-]+\s*){1,3}$")


@cache
def _described_nouns() -> frozenset[str]:
    """Nouns a target's name may follow ('the village of X', 'the ship Eternity C')."""
    return vocab().words("place_nouns") | vocab().words("vessel_nouns") | {"hometown"}


def _a_person(name: str) -> bool:
    """'Brigadier General Thurein Tun', 'Hamas military chief Mohammed Deif': a title and a name, not a
    place ('Kyiv General Hospital' ends with a place noun)."""
    v = vocab()
    words = name.split()
    if not words or words[-1].lower() in v.words("place_nouns"):
        return False
    if words[0].lower().rstrip(".") in v.words("person_titles"):
        return True
    titled = _TITLED_NAME.search(name)
    return bool(titled and titled.group(1).lower() in v.words("person_titles") | {"chief", "leader"})


_COUNTED_SITES = re.compile(
    r"(?:(?:up\s+to|at\s+least|over|more\s+than)\s+)?(?:\w+\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:camps|bases|outposts|positions|posts)\s+(?:including|in)|(?:towns|villages|cities)\s*,?\s+including)\s+"
    rf"(?!(?:the\s+)?{_COMPASS_WORD}\s)"
)
"""Counted sites before the names taken: 'two junta bases in Yaw Yone and Nga Gayan', '15 towns including
Lashio', 'multiple Israeli cities, including Tel Aviv'; not the region that holds them ('35 villages in
Gezira', 'bases in northern Shan')."""


_ADDRESS_LEVELS = {
    **dict.fromkeys(("village", "ward", "camp", "quarter", "neighbourhood", "neighborhood"), 1),
    **dict.fromkeys(("town", "city"), 2),
    **dict.fromkeys(("township", "district", "county", "municipality"), 3),
    **dict.fromkeys(("state", "province", "region", "oblast", "division", "governorate", "prefecture"), 4),
}
"""How large a named place is, by its last word: a list going from smaller to larger names one address."""


def _address_level(piece: str) -> int:
    """The size of a named place by its last word (0: not a place named with such a word)."""
    words = piece.split()
    return _ADDRESS_LEVELS.get(words[-1].lower(), 0) if len(words) >= 2 and words[0][:1].isupper() else 0


UNIT = re.compile(
    r"\b(?:(?:Light\s+)?Infantry|Tank|Artillery|Armou?red|Engineer|Signal)\s+Battalion\s*"
    r"(?:\([A-Z]{2,4}\)\s*)?-?\d+|\b(?:LIB|IB|TB|AB|LID|MOC|ROC|BGF)[\s-]?\d+\b|"
    r"\b\d+(?:st|nd|rd|th)?\s+(?:Brigade|Battalion|Division|Military\s+Operations\s+Command|"
    r"Light\s+Infantry\s+Division)"
)
"""A military unit's designation as written ('Light Infantry Battalion 321', 'LIB-321', 'the 444th
Brigade', 'the 192 Brigade')."""
_EVERY_BEFORE = re.compile(r"(?i)\b(?:every|each|any)\s+(?:[\w-]+\s+)?$")
_MODEL_NAME = re.compile(
    r"(?:[A-Z][a-z]?|MiG|[A-Z]{2})-\d{1,3}[A-Z0-9]*\b(?!\s+(?:[A-Z]|village|town|camp|base))"
)
"""An aircraft's, a missile's or a vehicle's model ('Tu-95', 'A-50', 'Su-34', 'MiG-29', 'Kh-101', 'T-72'),
not a unit's designation (UNIT: 'IB-236') nor a place named with a number."""


_DESCRIBED_FIRST = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*[’']s\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"(?:city|town|village|capital|stronghold|hub|base|camp)"
)
"""A place described before its name ("Congo's second-largest eastern city", 'the provincial capital')."""
_NAME_NEXT = re.compile(r",\s*(?:the\s+)?[A-Z]")


_ITEM_SPLIT = re.compile(
    r",?\s+(?:along\s+with|as\s+well\s+as)\s+|,\s*(?:and\s+)?"
    r"|(?<![a-z])\s+and\s+|(?<=[a-z])\s+and\s+(?!(?:[a-z]+\s+){1,2}(?:plant|factory|complex|works|depot|refinery)\b)"
)
"""Between a list's items; not inside a compound ('the Avdiivka coke and chemical plant')."""


_ITEMS_END = re.compile(
    r"(?:(?<!\.[A-Z])\.|[;:!?])[\"”’')\]]*(?:\s|$)|\s[—–]\s|,\s+(?:(?!including\b)[a-z]+ing|while|but(?!\s+also\b))\b"
    r"|,\s+(?:Ending|Killing|Leaving|Forcing|Sparking|Prompting|Raising|Marking|Dealing|Cutting|Triggering)\b"
    r"|\s+[“\"](?=[a-z])"
)
"""Where a list of targets ends: the sentence's stop, with a quote mark closing it ('have taken over
Kidal."'), a dash, a clause of consequence (', killing', a headline's ', Ending Ceasefire'), a quotation
opening after the name ('the Ber camp "after numerous incidents'); not an initialism's stop ('a U.N.
compound')."""


_NOT_ONLY = re.compile(r"^(?:not\s+only|but\s+also|but)\s+(?=(?:the\s+)?[A-Z])")
"""The pair's words before a list item ('not only Mosul, but also Tikrit'), not part of its name."""


def _list_items(text: str, pos: int) -> list[tuple[int, int, str]]:
    """Named items of a list starting at `pos`: 'A, B, and the C and D mountain camps near X'."""
    pos += len(text[pos:]) - len(text[pos:].lstrip())
    rest = text[pos:]
    m = _COUNTED_SITES.match(rest)
    if m and re.search(
        r"\d|two|three|four|five|six|seven|eight|nine|ten|twelve|several|multiple", m.group(0)
    ):
        pos += m.end()
        rest = text[pos:]
    end_m = _ITEMS_END.search(rest)
    region = rest[: end_m.start()] if end_m else rest
    items: list[tuple[int, int, str]] = []
    offset = 0
    address_level = 0  # how large the last place named is: a larger one after it is where it lies
    for piece in _ITEM_SPLIT.split(region):
        at = region.find(piece, offset)
        offset = at + len(piece)
        if not items and _DESCRIBED_FIRST.fullmatch(piece.strip()) and _NAME_NEXT.match(region, offset):
            continue  # "Congo's second-largest eastern city, Bukavu,": the name after its description
        if items and _APPOSITIVE.match(piece.strip()):
            continue  # 'Zaranj, the capital of Nimroz province,': the place named before, described
        countries = every_country()
        if items and piece.strip().lower() in countries and items[-1][2].lower() not in countries:
            continue  # 'Paletwa, a town in Chin State, Myanmar': its country (not 'Israel, Jordan')
        located = _COMPASS_REGION.match(piece.strip()) or _REGION_NAME.fullmatch(piece.strip())
        if items and located and _PLACED_BEFORE.search(region, 0, at):
            continue  # 'the headquarters in Lashio, northern Shan State,', '... in Hpakant Township, Kachin
            # State': where the place is
        level = _address_level(piece)
        if items and level > address_level > 0:
            address_level = level
            continue  # 'bombed Pazigyi Village, Kanbalu Township, Sagaing Region': one village's address
        if items and address_level > 0 and _COMPASS_NAME.match(piece.strip()):
            continue  # 'the attack on Zamzam camp, North Darfur': the camp's region
        name = _NOT_ONLY.sub("", piece.strip())  # 'not only Mosul, but also Tikrit': both
        name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
        name = strip_owner(name)
        whose = _DEMONYM_PLACE.match(name)
        name = name[whose.end() :] if whose else name  # 'Ukrainian city of Sumy', 'Haitian town': not a name
        described = _DESCRIBED_NAME.match(name)  # "mountain camps Hpun Pyen Bum": the name after the noun
        facility = _FACILITY_IN.match(name)
        if facility:  # 'seized the airport in Goma': the Goma airport other reports name
            name = f"{facility.group('name')} {facility.group('noun')}{name[facility.end() :]}"
        elif described and described.group("noun").lower() in _described_nouns():  # 'the ship Eternity C'
            name = name[described.end() :]
        elif _NEARBY.match(name):  # 'the nearby Al-Salam neighbourhood': the name after the modifier
            name = name[_NEARBY.match(name).end() :]
        verb = _ITEM_VERB.search(name)
        if verb and items and _SPOKEN_AFTER.match(name, verb.start()):
            break  # '..., the Emergency Response Rooms said': who tells it, not one more target
        name = name[: verb.start()] if verb else name
        cut = _ITEM_CUT.search(name)
        core = name[: cut.start()] if cut else name
        if _a_person(core):
            break  # 'including Brigadier General Thurein Tun', 'military chief Mohammed Deif': a person
        last = core.split()[-1:]
        if vocab().actor.fullmatch(core.strip()) or (
            last and last[0].isupper() and vocab().actor.fullmatch(last[0])
        ):
            break  # 'Since capturing El-Fasher, the RSF has killed', 'Assault on Burkina Faso's Army',
            # 'and the MDY PDF, which cooperated with the TNLA, carried out': a side
        if TIME_NAME.match(core):
            break  # 'was captured Today January 5, 2023 in ...': when, not what
        if core.strip().lower() in {"control", "power", "full control", "complete control"}:
            break  # 'RSF Seizes Control': what was seized is named elsewhere, if at all
        if _ATTACKS_NAMED.search(core.strip()):
            break  # 'attacks on El Fasher including RSF drone attacks': more attacks, not a place attacked
        if _MODEL_NAME.match(core) and not UNIT.match(core):
            break  # 'struck 41 aircraft, including Tu-95 and Tu-22M3 strategic bombers': machines, no place
        if core.strip(" .").lower() in _nationalities():
            break  # 'attacks on U.S. and international vessels': whose vessels, not a place
        words = core.split()
        if 0 < len(words) <= 2 and words[-1].lower() in _people_nouns():
            break  # 'killing 55 people, including Mozambican troops and Christians': people, not places
        place_phrase = (
            bool(words)
            and words[0].lower() in _PLACE_MODIFIERS
            and words[-1].lower() in vocab().words("place_nouns")
        )
        owned = _OWNED_PLACE.fullmatch(core.strip()) is not None  # "the city's police headquarters"
        named = core[:1].isupper() or _ARTICLE_NAME.match(core) is not None  # "al-Tabi'in school"
        if not core or not (named or owned or (place_phrase and re.search(r"[A-Z]", piece))):
            break
        end = len(piece)
        if verb and piece.find(name) >= 0:  # the claim ends with the target, not the headline's verb
            end = piece.find(name) + len(name)
        tail = _ITEM_TAIL.search(piece, 0, end)
        end = tail.start() if tail else end  # "the governor's compound after heavy fighting": the compound
        items.append((pos + at, pos + at + end, core.strip()))
        address_level = level
    return items


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The comma-delimited clause around [start, end), without the space after its comma."""
    lefts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    right_m = _CLAUSE_BREAK.search(text, end)
    left = lefts[-1] if lefts else 0
    while left < start and text[left].isspace():
        left += 1
    return left, (right_m.start() if right_m else len(text))


def is_cumulative(sentence: Sentence) -> bool:
    return _cumulative_text(sentence.text)


@lru_cache(maxsize=1024)
def _cumulative_text(text: str) -> bool:
    """Cached: every claim of a sentence asks. 'The first command to fall since the coup', 'one of the
    deadliest air strikes launched by the regime so far' rank one event and tally nothing."""
    found = _CUMULATIVE.search(text)
    if found is None:
        return False
    phrase = found.group(0).lower()
    since = phrase.find("since")
    if since < 0 and not _RANKING_END.fullmatch(phrase):
        return True
    return not _FIRST.search(text, 0, found.start() + max(since, 0))


_RANKING_END = re.compile(r"so\s+far|to\s+date")


_NAMED_BY_YEAR = re.compile(r"(?i)\bthe\s*$")
_SPOKEN = re.compile(
    r"(?i)\b(?:said|says|saying|told\s+[\w.’' ]{1,40}?|added|adding|stated|stating|announced|announcing|"
    r"wrote|claimed|claiming|reported|reporting|acknowledged|admitted|conceded)"
    r"(?:\s+in\s+an?\s+(?:[a-z]+\s+)?(?:speech|statement|interview|video|post|briefing|report|address)"
    r"|\s+on\s+(?:its|their|his|her|the)\s+(?:official\s+)?(?:social\s+media|account|channel|page|website|feed)"
    r"|\s+at\s+an?\s+(?:press|news)\s+(?:conference|briefing))?\s*$"
    r"|\b(?:[Ii]n|[Aa]t)\s+an?\s+(?:(?:\w+\s+)?statement|speech|interview|(?:press|news)\s+(?:conference|briefing))"
    r"(?:\s+(?:released|issued|published|given|held))?\s*$"
    r"|\b(?:statement|communiqu[eé]|release|message|post|report)\s+(?:received|issued|released|published|posted|sent)"
    r"\s*$|\breleased\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}(?:report|statement)\s*$"
)
"""'the agency said on Thursday', 'In a statement on Sunday, the minister said', '..., saying on Thursday
that', 'according to a statement received on Sunday', 'released a detailed report on Monday': the day of
the telling."""
_AS_TOLD_BY = re.compile(
    r"(?i)\bas\s+(?:confirmed|announced|reported|stated|claimed|acknowledged)\s+by\s+[^,.;:]{1,60}?\s*$"
)
"""'..., as confirmed by Ukrainian President Volodymyr Zelensky on Thursday': the day of the confirmation
(but 'the truce announced by the council on 14 May' is the truce's)."""
_SPOKEN_STEMS = (
    "said",
    "says",
    "saying",
    "told",
    "add",
    "stat",
    "announc",
    "claim",
    "report",
    "acknowledg",
    "admit",
    "conced",
    "speech",
    "interview",
    "conference",
    "briefing",
    "communiqu",
    "release",
    "message",
    "post",
    "wrote",
)
"""A stem of every word `_SPOKEN` ends on: most windows before a date hold none, and the test is cheaper than
the pattern."""


_RANKED = re.compile(
    r"(?i)\b(?:[a-z]{3,}iest|largest|biggest|worst|most\s+[a-z]+|highest|heaviest|fiercest|"
    r"the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+"
    r"(?:[a-z-]+\s+){0,10}(?:(?:since|so\s+far|in|of|for)\s+)?$"
)
"""A superlative or an ordinal right before a period ('the deadliest attack on the army this year', 'the
worst fighting since 2019', 'the third on a government base this month'): the period scopes the
ranking."""


_FIRST = re.compile(
    r"(?i)\b(?:the|its|their)\s+(?:first|last|[a-z]{3,}iest|largest|biggest|worst|most\s+[a-z]+)\s+"
    r"(?:[\w-]+\s+){0,12}$"
)
"""A first, last or superlative before 'since' ('the first regional command to fall since the coup', 'its
most significant battlefield loss in Rakhine State since'): one event ranked, no tally."""
_SINCE_END = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")
_SINCE_CLAUSE = re.compile(r"(?i)\bsince\s+(?=[^.;]*$)")
"""A 'since' before a date in the date's own sentence (no full stop or semicolon between them)."""


_HEADER_ONLY = re.compile(r"(?<![\w'’-])[a-z]{2,}")
"""A word in lower case: a line with none beside its date names no event (a reference number, a place)."""


def _reference_date(text: str, date: DateMention) -> bool:
    """Dates that state no event: a year naming a known event ('the 2021 coup', 'the 2014 census'),
    the period a ranking covers ('the deadliest assault on the military this year'), the day a
    statement was made ('told Myanmar Now on Friday') or an earlier figure given ('the toll given last
    week')."""
    return (
        ranking_scope(text, date)
        or names_an_event(text, date)
        or spoken_on(text, date)
        or _AS_OF.search(text, max(0, date.start - 8), date.start) is not None
        or _earlier_figure(text, date)
    )


def _earlier_figure(text: str, date: DateMention) -> bool:
    """'the toll given last week': the day of another figure, which makes no event-date claim."""
    evidence = evidence_before(text, date)
    return evidence is not None and evidence.group("figure") is not None


def evidence_before(text: str, date: DateMention) -> re.Match[str] | None:
    """The words making a date evidence's or an earlier figure's (`EVIDENCE_DATE`), if any."""
    window = max(0, date.start - EVIDENCE_REACH)
    folded = text[window : date.start].lower()
    if not any(stem in folded for stem in _EVIDENCE_STEMS):
        return None
    return EVIDENCE_DATE.search(text, window, date.start)


EVIDENCE_DATE = re.compile(
    r"(?i)\b(?:dated|as\s+recently\s+as|taken\s+on|photographed\s+on|filmed\s+on)\s*$"
    rf"|(?P<figure>\b(?:tolls?|figures?|estimates?|counts?|tall(?:y|ies)|the\s+\d[\d,]*)\s+{GIVEN_VERBS}"
    r"(?:\s+by\s+[^,.;]{1,60}?)?(?:\s+(?:on|in))?\s*$)"
)
"""Dates of the evidence ('imagery dated 16 October'), still a checkable date of its own, or of an earlier
figure ('almost three times the toll given last week', 'down from the 80 given by the governor last
weekend'), which is none: neither dates the event a claim tells."""
EVIDENCE_REACH = 100
"""How far (characters) before a date the words making it evidence's or an earlier figure's may start."""
_EVIDENCE_STEMS = ("dated", "recently", "taken", "photographed", "filmed", *GIVEN_WORDS)
"""A word `EVIDENCE_DATE` cannot match without: most windows hold none, and the test is cheaper than the
pattern."""
_AS_OF = re.compile(r"(?i)\bas\s+(?:of|at)\s+$")
"""'(as of 15 March 2025)': the day figures stood, not an event."""


def since_event(text: str, start: int, end: int) -> bool:
    """'since it captured the city of Bakhmut' between start and end: a clause telling an earlier capture,
    whose date, at end, is that capture's own."""
    if text.find("ince", start, end) < 0:  # no 'since' at all: most windows, cheaper than the pattern
        return False
    clause = _SINCE_CLAUSE.search(text, start, end)
    return bool(clause and vocab().capture.search(text, clause.end(), end))


def ranking_scope(text: str, date: DateMention) -> bool:
    """'the deadliest assault on the military this year', 'the first regional command to fall since the
    2021 coup': a period that scopes a ranking, which dates neither the event nor the ranked claim."""
    if date.date is None or date.date.precision is DatePrecision.DAY:
        return False
    window = max(0, date.start - 110)
    since = date.text.lower().startswith("since") or _SINCE_END.search(text, window, date.start)
    if since_event(text, window, date.start):
        return False  # 'its biggest victory since it captured Bakhmut in May last year': that capture's day
    return bool(
        _RANKED.search(text, window, date.start) or (since and _FIRST.search(text, window, date.start))
    )


_PLACE_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:city|town|village|region|area|province|district|state|"
    r"country|hub|stronghold)\b(?P<rest>[^,;.()]{0,100})$"
)
_TELLS_AN_EVENT = re.compile(r"\b(?:that|which|where|when|who|was|were|had|has|have|is|are)\b")


def describes_a_place(text: str, date: DateMention) -> bool:
    """'in Gwoza, a city central to Boko Haram's insurgency over the past 15 years': a period in a
    description of the place named before it, which dates none of the sentence's claims (but 'a town that
    fell in March' tells an event of its own)."""
    appositive = _PLACE_APPOSITIVE.search(text, max(0, date.start - 140), date.start)
    return appositive is not None and _TELLS_AN_EVENT.search(appositive.group("rest")) is None


def names_an_event(text: str, date: DateMention) -> bool:
    """'the 2021 coup', 'the 2014 census': a year used as the name of an event, which dates no other."""
    before = text[max(0, date.start - 50) : date.start]
    after = text[date.end : date.end + 2]
    named = _NAMED_BY_YEAR.search(before) or re.search(r"(?i)\bthe\s+\d{4}$", date.text)
    return bool(named and date.kind == "year" and re.match(r"\s[a-z]", after))


def spoken_on(text: str, date: DateMention) -> bool:
    """'the agency said on Thursday', 'The government on Monday said', 'The governor on Sunday, June 15,
    2025, confirmed' (a date with commas closes with one): the day a statement was made, not the day of its
    events."""
    if text.startswith(("'s", "’s"), date.end):
        return False  # "had been reported on Tuesday's strikes": the strikes' day
    before = text[max(0, date.start - 50) : date.start]
    of_a_noun = date.text.lower().startswith("of ")  # 'the coastal events of March announced': the events'
    folded = before.lower()
    told_by = text.find(" by ", max(0, date.start - 80), date.start) >= 0
    return bool(
        (any(stem in folded for stem in _SPOKEN_STEMS) and _SPOKEN.search(re.sub(r"\s*\bon\s*$", "", before)))
        or (told_by and _AS_TOLD_BY.search(text, max(0, date.start - 80), date.start))
        or (_SPEECH_AFTER.match(text, date.end) and not of_a_noun)
        or ("," in date.text and text.startswith(",", date.end) and _SPEECH_AFTER.match(text, date.end + 1))
        or (_OPENING_SPEAKER.match(text, date.end) is not None and _SENTENCE_OPENS.search(before) is not None)
    )


def foretold(text: str, date: DateMention) -> bool:
    """'had warned Russia earlier this month that an attack could be imminent', 'talks are due to start in
    Yevlakh on Thursday': the day of a warning or of what is yet to come, which the story's next paragraphs
    do not go on telling."""
    return _WARNED_BEFORE.search(text, max(0, date.start - 70), date.start) is not None


def compared_with(text: str, date: DateMention) -> bool:
    """'It was crowded, just like it was yesterday', 'more than last week': a day a scene is likened to,
    when no event of the story happened."""
    return _LIKENED_TO.search(text, max(0, date.start - 30), date.start) is not None


_LIKENED_TO = re.compile(
    r"(?i)\b(?:(?:like|than)\s+(?:(?:on|in|during)\s+)?"
    r"|(?:like|than|as)\s+(?:it|they|we|things|there)\s+(?:was|were|did|had|has|have)\s+)$"
)
"""'like', 'than', 'as it was' just before the day ('as early as Monday' is a day told)."""
_WARNED_BEFORE = re.compile(
    r"(?i)\b(?:warned|warning|predicted|forecast|cautioned)\b[^.;,]{0,40}$"
    r"|\b(?:will|(?:is|are)\s+(?:due|expected|scheduled|set|planned)\s+to)\s[^.;,]{0,60}$"
)
_SPEECH_AFTER = re.compile(
    rf"\s+(?:{TELLING_VERBS}\b(?!\s+(?:the\s+)?lives\b)|(?:revised|raised|lowered|updated)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:toll|tally|count|figures?|estimate)\b)"
)
"""Verbs of telling only, not the vocabulary's whole speech list: 'on March 13 denied ...' dates the denial
itself, an event the next sentence's 'the same day' refers back to; 'on Thursday revised the death toll'
dates a telling too ('on Sunday claimed the lives of 20' is the deaths' day)."""
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)[ \t*_]*$")
_OPENING_SPEAKER = re.compile(
    r",\s+(?:(?:the|a|an|[A-Z][\w.’'-]*|spokes(?:man|woman|person)|officials?|ministry|military|army|police)\s+)"
    rf"{{1,8}}{TELLING_VERBS}\b"
)
"""'On Tuesday, IDF spokesman Rear Adm Daniel Hagari said': a sentence opening on the day its teller spoke
(`_SENTENCE_OPENS`: the date is where a sentence starts)."""


MEASURES = frozenset(
    {
        "km",
        "kilometres",
        "kilometers",
        "kilometre",
        "kilometer",
        "miles",
        "mile",
        "metres",
        "meters",
        "m",
        "feet",
    }
    | {"percent", "%", "per cent"}
)
"""Nouns of a quantity that measures a place or share, not a thing an event moved or made."""


def measures_a_place(d: Draft) -> bool:
    """'some 300 km from Kachin', '80% of the housing': a measure of a place or a share, which no one did and
    no event dates by itself."""
    return d.kind is ClaimKind.QUANTITY and (d.subject or "").lower() in MEASURES


_COMPARED_TIME = re.compile(r"(?i)\b(?:like|as)\s+(?:it|they|there|we)\s+(?:was|were|had\s+been|did|do)\s+$")
"""'It was crowded, just like it was yesterday': a time compared with, no event on it."""
_SPANS_TO_NOW = frozenset({"past_day", "past_period", "since_then"})
"""'In the past year', 'since then': the time a count covers, no event of its own to date."""


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
    carried = {
        id(d.date)
        for d in drafts
        if d.date is not None
        and (d.kind in event_kinds or (d.kind is ClaimKind.QUANTITY and not measures_a_place(d)))
    }  # 'provided two SU-30 in September 2023' dates the delivery; 'some 300 km from Kachin' dates nothing
    launched = {id(d.date) for d in drafts if d.rule == "date:launch"}  # its own date claim already
    counted = {id(d.date) for d in drafts if d.date is not None and d.low is not None}
    for date in dates:
        if date.date is None or date.kind in _SPANS_TO_NOW:
            continue
        window = max(sentence.start, date.start - 60)
        since = re.search(r"(?i)\bsince\b", sentence.doc_text[window : date.start]) and not since_event(
            sentence.doc_text, window, date.start
        )  # 'since it captured Bakhmut in May': the capture's own day, which its claim carries
        if since and id(date) in counted and _SINCE_END.search(sentence.doc_text, window, date.start):
            continue  # '277 people had been killed since Wednesday': the count's period, no event's start
        if (
            (id(date) in carried and not since)
            or id(date) in launched
            or _reference_date(sentence.doc_text, date)
            or _COMPARED_TIME.search(sentence.doc_text, max(sentence.start, date.start - 30), date.start)
        ):
            continue
        s, e = clause_around(sentence.text, date.start - sentence.start, date.end - sentence.start)
        s += len(sentence.text[s:e]) - len(sentence.text[s:e].lstrip())
        if _HEADER_ONLY.search(sentence.text.replace(date.text, " ")) is None:
            continue  # '**No PR-312/2025-ISPR** | **Rawalpindi - October 12, 2025**': a release's header
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
