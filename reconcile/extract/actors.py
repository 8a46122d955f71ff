"""Who attacked or took a place: the actor of an event claim.

Actors are the names of the shipped alias table (data/vocab.json) plus the armed groups an article
defines itself ('the paramilitary Rapid Support Forces (RSF)') and national forces ('Russian troops',
'an Israeli airstrike'), so a conflict the table does not know still gets its actors.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from reconcile.extract.dates import WEEKDAY
from reconcile.extract.denials import denial
from reconcile.extract.rules import (
    ANSWERING_WORDS,
    EARLIER_EVENT,
    FORCES_WITHDRAWN,
    OWN_CLAUSE_VERB,
    PASSIVE_CAPTURE,
    TAKEN_PLACE,
    TAKEN_PLACE_VERBS,
    TELLING_VERBS,
    USED_BY,
    WITHDRAWN_VERBS,
    Draft,
    is_intent,
)
from reconcile.extract.text import ASIDE_CHAR, BETWEEN_SIDES, DEMONYM, PASSIVE_AUXILIARY, Sentence
from reconcile.extract.vocab import (
    STATE_FORCES,
    country_names,
    denial_verbs,
    trie_alternation,
    vocab,
    words_regex,
)

_DEFINED_FORCE = re.compile(
    r"\b((?:(?!The\b)[A-Z][\w’'-]*[ \t]+){0,5}(?:Forces|Force|Army|Front|Movement|Militia|Brigade|Alliance|"
    r"Guard|Council|Organi[sz]ation|Party|Group))\s+\(([A-Z][A-Za-z-]{1,7})\)"
)
"""'The Kachin Independence Army (KIA)': a force's name and its abbreviation. The name stays on its own
line and leaves out 'The', so a headline above it ('... Junta Camps') is not part of it."""
_NO_FORCE = re.compile(
    r"(?i)\b(?:health|humanitarian|refugees?|migration|food|relief|aid|human\s+rights|world)\b"
)
"""'the World Health Organization (WHO)': an agency's name, which defines no force."""
_NATIONAL_FORCE = re.compile(
    rf"\b({DEMONYM})\s+(?:[A-Z][A-Za-z]{{0,6}}-?\d{{1,3}}[A-Z]?\s+)?(?i:(?:(?:security|armed|special|government|"
    r"regular|ballistic|cruise|guided|hypersonic|attack|kamikaze|artillery|rocket|glide|aerial|fighter|combat|"
    r"unmanned)\s+)?"
    r"(?:troops|forces|army|military|soldiers|units|occupiers|invaders|fighters|mercenaries|paratroopers|"
    r"air\s*strikes?|strikes?|drones?|missiles?|shelling|warplanes|jets|aircraft|helicopters|gunships|warships|"
    r"artillery|assaults?|attacks?|"
    r"offensives?|raids?|bombardments?|bombs?|shells?|rockets?|aggression|campaigns?))\b"
)
"""'Russian troops', 'Israeli drones', a headline's 'Russian Missiles': one country's forces or weapons."""
_NATIONAL_SPEAKER = re.compile(
    rf"\b({DEMONYM})\s+(?:[A-Za-z]+\s+){{0,2}}(?i:official|officials|"
    r"spokes(?:man|woman|person)|commander|officer|military|army|ministry|government)\b"
)
"""'an Azerbaijani official', 'a Russian defence ministry spokesman', 'the Russian Defense Ministry': a
speaker of one country's side."""
_NAMED_GANG = re.compile(
    r"\b(?:(?!The\b)[A-Z][\w’'-]+\s+){2,3}(?:gang|militia|cartel|armed\s+(?:gang|group))\b"
)
_GANG_WORDS = re.compile(r"gang|militia|cartel|armed\s+group")
_LED_COALITION = re.compile(r"\b[A-Z][a-z]+-led\s+(?:coalition|alliance|forces|troops)\b")
STATE_BODY = (
    r"(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|ministry|military|army|armed\s+forces|forces|troops|"
    r"general\s+staff|air\s+force)"
)
"""A country's forces or the ministry that speaks for them ('Russia's defence ministry', 'Sudan's army')."""
STATE_AGENCY = (
    r"(?:investigative\s+)?committee|commission|(?:military\s+)?intelligence|prosecutor[’']?s?(?:\s+office)?|"
    r"(?:security|emergency)\s+services?"
)
"""A state's agencies other than its forces ("Russia's Investigative Committee", 'the security service'):
they tell of events, they do not fight them."""
_CAPITAL_REGIME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z]+\s+)?regime\b")
"""'the Kyiv regime', 'the Kyiv nationalist regime': that country's side, named by its capital."""
_COUNTRY_FORCE = re.compile(rf"\b([A-Z][a-z]+)[’']s\s+{STATE_BODY}\b", re.IGNORECASE)
_SAID_IT_DID = re.compile(
    r"(?i)\b(?:says|said|claims|claimed|reported|announced|stated)(?:\s+[\w,.-]+){0,6}?\s+(?:that\s+)?"
    r"(?:it|they|(?:its|their)\s+(?:own\s+)?(?:armed\s+)?(?:forces|troops|units|fighters|soldiers|army))\s+"
    r"(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:now\s+|also\s+|fully\s+)?(?:[^.;,]{0,60}?\band\s+)?[\"“‘']?"
    r"(?:controls|controlled|killed|struck|hit|seized|"
    r"captured|took|taken|retaken|retook|recaptured|liberated|regained|shot|attacked|targeted|bombed|destroyed|"
    r"launched|carried\s+out|entered|retaking|recapturing|capturing|seizing|taking|entering)\b"
)
"""'Israel says it killed ...', 'Russia's Defense Ministry claimed the same day that its forces had retaken
Sudzha', 'The Indian Defense Ministry reported that overnight on May 7, its armed forces launched', 'Ukraine
said that its troops were spreading out in the city and retaking control': the speaker tells its own side's
act."""


def we_did_it(sentence: Sentence, draft: Draft) -> bool:
    """'Our forces destroyed 18 vehicles of the army and killed more than 150': the speaker's own side is
    the subject before the claim, whatever side the sentence names after it; so it is of each item of a
    list it introduces ('During the operation our forces:' over '1. Killed more than 200 mercenaries')."""
    if _our_forces(sentence, max(0, draft.start - sentence.start)):
        return True
    reach = max(0, sentence.start - _LIST_REACH)
    if sentence.doc_text.find(":", reach, sentence.start) < 0:  # no list intro can end in the reach
        return False
    intro = _LIST_INTRO.search(sentence.doc_text, reach, sentence.start)
    return intro is not None and _OUR_FORCES.search(intro.group("intro")) is not None


_LIST_INTRO = re.compile(
    r"(?:^|\n)(?P<intro>[^\n]*:)[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t][^\n]*\n)*"
    r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]*$"
)
"""A line ending with a colon, then the list items before this one, up to this item's marker."""
_LIST_REACH = 600


def said_it_did(sentence: Sentence, draft: Draft) -> bool:
    """'Israel says it killed Hamas commander': the speaker tells its own side's act, whoever else the
    sentence names (not an act told before it: 'India strikes Pakistan, Pakistan says it shot down ...')."""
    said = _SAID_IT_DID.search(sentence.text) if sentence.may_hold(_SAID_WORDS) else None
    if said is None:
        return False
    at = _trigger(sentence, draft)
    if at is None:
        return draft.start - sentence.start >= said.start()
    # the act told, or a word for it in the same clause ('says it killed Hamas commander in Gaza strike'),
    # not one after a comma ('retaken Sudzha, the largest town Ukraine captured'): another act
    return at >= said.start() and (at < said.end() or "," not in sentence.text[said.end() : at])


_OUR_FORCES = re.compile(
    r"\b(?:our|we)\s+(?:[a-z]+\s+){0,2}?(?:troops|forces|soldiers|fighters|army|men|units|comrades)\b"
    r"|\bwe\s+\w+ed\b",
    re.I,
)
_OUR_WORDS = frozenset({"our", "we"})
_SAID_WORDS = frozenset({"says", "said", "claims", "claimed", "reported", "announced", "stated"})
"""The words `_OUR_FORCES` and `_SAID_IT_DID` cannot match without: most sentences hold none, and the
patterns cost more than the word check."""


def _our_forces(sentence: Sentence, end: int) -> bool:
    """Whether the sentence's first `end` characters tell of 'our troops' or what 'we' did."""
    return sentence.may_hold(_OUR_WORDS) and _OUR_FORCES.search(sentence.text, 0, end) is not None


_UNNAMED_FORMATION = re.compile(
    r"(?i)\b(?:units|troops|servicemen|forces|soldiers)\s+of\s+the\s+[A-Z][\w-]*\s+"
    r"(?:group|grouping)\s+of\s+forces\b"
)
"""'Units of the North group of forces liberated Sudzha', told by a defence ministry: its own side's
formation, which names no side itself."""
_NAMES_A_WAR = re.compile(r"(?i)[’']?s?\s+(?:war|conflict|crisis)\b")
"""'Ukraine war: Russia claims ...': a country that names a war, not one that acts."""
_ITS_SITE_ATTACKED = re.compile(
    r"(?i)[’']?s?\s+(?:train|bus|school|hospital|mosque|market|church|temple|hotel|mall|concert|wedding|"
    r"embassy|prison|stadium|airport|railway|station)\s+(?:attack|bombing|shooting|massacre|hijacking|siege|"
    r"blast|explosion|fire|crash)s?\b"
)
"""'Pakistan train attack', 'Moscow concert attack' name where the attacked site was, not who attacked (a
nationality, 'Israeli hospital attack', may name the attacker)."""
_NATIONALITY = re.compile(r"(?:i|ian|ese|ish|ean)$")
_SPECIAL_OPERATION = re.compile(r"(?i)\bspecial\s+military\s+operation\b")
"""Russia's name for its war: 'since the beginning of the special military operation' names no doer."""


_GATHERINGS = frozenset(
    {"meeting", "meetings", "gathering", "gatherings", "parade", "parades", "convoy", "convoys"}
)


@cache
def _materiel_after() -> re.Pattern[str]:
    """'20 military vehicles', 'army trucks', 'a military intelligence compound', 'targeted a military
    meeting': a side's word as the adjective of its equipment, its sites or its gatherings is whose they
    are, not who acted."""
    owned = trie_alternation(vocab().words("materiel_nouns") | vocab().words("place_nouns") | _GATHERINGS)
    modifier = r"(?![a-z]+(?:ed|s)\s)[a-z]+\s+"  # 'intelligence', not a verb ('the military regained posts')
    return re.compile(rf"\s+(?:{modifier})?(?:{owned})\b")


_ITS_WORDS = re.compile(
    r"[’']s?\s+(?:attempts?|claims?|allegations?|accusations?|efforts?|bids?|calls?|demands?|decisions?|"
    r"version|account|denials?|narrative|position|stance|refusal|response|request|warnings?)\b"
    r"(?!\s+that\s+(?:it|they|we)\b)"  # "India's claim that it had struck": its own act
)
""""India's attempts to link it to the attack", "Russia's claims": what a side says or seeks, not what it
did."""
_CIVIL_OFFICE = re.compile(
    r"(?i)[’']s\s+(?:(?:deputy|acting|former)\s+)?(?:(?:foreign|health|interior|information|justice|finance|"
    r"(?:internal|home)\s+affairs|emergenc(?:y|ies)(?:\s+situations)?)\s+"
    r"(?:ministry|minister)|ambassador|envoy|embassy|ministry\s+of\s+(?:foreign\s+affairs|health))\b"
    r"|-(?:led|run|controlled)\s+(?:[A-Z][\w-]*\s+)?(?:(?:health|interior|information)\s+)?"
    r"(?:ministry|authorities|government|administration|media|officials|civil\s+defen[cs]e)\b"
    r"|\s+(?:administrations?|courts?|tribunals?|hospitals?|academy|prosecutors?)\b"
    r"|[’']s\s+(?:[\w-]+\s+){0,2}(?:company|railways?|railroad|operator|broadcaster|airline|utility|firm|corporation)\b"
)
""""Iran's Deputy Foreign Minister condemned the strikes", "Israel's health ministry documented 3,238
admissions", "the Hamas-led Palestinian health ministry claimed": a side's civil office tells or counts; it
fought no one. So do 'the regional military administration', 'a military court' and "Ukraine's state-owned
railway company"."""
_TARGET_NOUNS = (
    r"(?:targets?|depots?|sites?|facilities|launchers?|infrastructure|commands?|camps?|bases?|outposts?|positions?|"
    r"posts?|headquarters|schools?|barracks|checkpoints?|garrisons?|strongholds?|convoys?|territory|locations?|"
    r"installations?|nodes?|vessels?|ships?|assets?|offices?)"
)
_OWNER = re.compile(
    r"(?:[’']s)?\s+(?:(?!(?:[a-z]+ed|hit|hits|struck|strikes|took|takes|overran|overruns|shot|shoots|seizes?|"
    rf"captures?|attacks?|bombs?|shells?|targets?|raids?|holds?|held)\s)[a-z-]+\s+)?{_TARGET_NOUNS}\b",
)
"""'An attack on a KIA camp', 'junta bases': the actor owns the target, it did not attack ('junta
troops bombed positions' is no owner: a verb stands between)."""
_OWNER_AFTER_TARGET = re.compile(
    rf"\b{_TARGET_NOUNS}\s+of\s+(?:the\s+)?(?:[^,;.]{{0,60}}?\s+and\s+of\s+(?:the\s+)?)?(?:[a-z]+\s+)?$"
)
"""'targeted the headquarters of Jaish-e-Mohammed in Bahawalpur and of Lashkar-e-Taiba', 'the opening of an
office of the shadow National Unity Government': the owners."""
_OWNERS_BEFORE = re.compile(
    rf"(?i)\b(?:{USED_BY}|belonging\s+to|issued\s+to|associated\s+with|linked\s+to|run\s+by)\s+[^,;.]{{0,50}}$"
)
"""'pagers used by hundreds of members of the militant group Hezbollah', 'nine sites associated with
terrorist groups such as Jaish-e-Mohammed': whose the things were, not who struck with them."""
_CLOCK_OF = re.compile(r"\s+time\b")
"""'at 6:50 p.m. Kyiv time': a capital named for its clock, not its forces."""
_SPOKESPERSON_FOR = re.compile(
    r"(?i)\b(?:spokes(?:man|woman|person)|official|officials|minister)\s+(?:for|of)\s+(?:the\s+)?$"
)
"""'A spokesperson for Pakistan's military, ..., reported that 26 civilians were killed': whose voice the
teller is, not who killed."""
_TELLER_GAP = re.compile(
    r"\)?[\s,]*(?:\([A-Z]{2,8}\)\s*)?(?:(?:also|later|then|has|had|have|publicly|itself|strongly|flatly|"
    rf"on\s+{WEEKDAY})\s+)*"
)
"""What may stand between a teller and its verb: 'Pakistan on Wednesday rejected', 'the KIA has also said'."""
_ITS_VOICE = re.compile(
    r"(?:[’']s?)?\s+(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}(?:television|TV|radio|news\s+agency|channel|broadcaster|"
    r"spokesperson|spokesman|spokeswoman|spokespersons|spokesmen|official|officials|sources?|"
    r"statement|media|information\s+(?:department|wing|team|office)|propaganda|mouthpiece|"
    rf"(?:[a-z]+\s+){{0,2}}ministry|general\s+staff|{STATE_AGENCY})\b",
    re.I,
)
IN_A_NAME = re.compile(
    r"(?<=[\w,;:] )(?!(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her)\s)[A-Z][a-z]+\s+$"
)
"""'Western Regional Military Command': a capitalised word before an actor word makes it part of a name.
A sentence's first word ('Suspected ISWAP fighters') is capitalised for its place, not as a name. (Known
names such as 'Burma army' are whole aliases and match before this is asked.)"""
_A_BODY_OF = re.compile(
    r"(?:\b[Tt]he\s+|[A-Z][a-z]+\s+)[A-Z][a-z]+\s+(?:of|for)\s+the\s+$"
    r"|\b(?:Committee|Ministry|Commission|Council|Office|Court|Parliament|Embassy|Bank|Prosecutor)\s+of\s+$"
)
"""'The General Command of the Army', 'the Ministry of the Interior', 'the Investigative Committee of Russia':
a body named after a side, not the side itself."""
_SUPPORTING = re.compile(
    r"(?i),\s*(?:supported|backed|assisted|aided|accompanied|reinforced)\s+by\s+(?:the\s+|their\s+|its\s+)?$"
)
"""'The Defence and Security Forces, supported by the VDP, responded': an aside naming who helped the
subject, not the subject."""
_ACCORDING_TO = re.compile(r"(?i)\baccording\s+to\s+(?:the\s+|an?\s+)?$")
_SELF_REPORT = re.compile(
    r"\s+(?:(?:on|late|early|last|this)\s+\w+(?:\s+\d{1,2})?\s+)?(?:in\s+a\s+statement\s+)?(?:that\s+)?"
    r"(?:it|they|we|(?:its|their|our)\s+(?:own\s+)?(?:troops|forces|fighters|soldiers|units|men|jets|aircraft|"
    r"warplanes|drones|artillery|navy|air\s+force))\b"
    r"|\s+to\s+have\b"
    r"|\s+(?:to\s+)?(?:killing|shooting|striking|bombing|attacking|targeting|capturing|seizing|executing|"
    r"detaining)\b",
    re.I,
)
"""'The army said on Friday it had retaken ...', 'the KIA claims to have captured', 'the military admitted
to killing': the teller reports its own act."""
_CLAIMED_RESPONSIBILITY = re.compile(
    r"(?i)claim(?:ed|s|ing)?\s+(?:responsibility\b|(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|"
    r"strikes?|assaults?|ambush|raid|killings?)\b(?!\s+(?:[a-z]+ed|had|has|was|were|left|hit)\b)"
    r")|(?:announc|declar|proclaim|claim)(?:e|es|ed|ing|s)?\s+(?:the|its|their)\s+(?:[a-z]+\s+)?"
    r"(?:capture|seizure|takeover|conquest|liberation)\s+of\b"
)
"""'JNIM claimed responsibility for the attack', 'the TTP claimed the attack', 'announced the capture of six
bases': the doer, not a teller (not 'denied responsibility'); control claimed is `_claims_control`."""


_TO_OR_FROM = re.compile(r"(?i)\b(?:to|from|against|for|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
"""An actor named after a claim as what it was done to ('a blow to the ruling junta')."""
_FELL_TO = re.compile(r"(?i)\b(?:fell|fallen|falls|fall)\s+(?:in)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_HANDED_TO = re.compile(
    r"(?i)\b(?P<verb>surrender(?:ed|s)?|handed\s+over|ceded|lost|loses)\b[^.;]{0,80}?\bto\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)
"""'the army surrendered its headquarters in the zone to the MNDAA', 'lost Lashio to the MNDAA': when the
side named first gave the place up, the side after 'to' took it. Troops who surrender to a side are taken by
it; 'regaining a city lost to the RSF' tells who took it before, not who regains it."""
_LATER_EVENT = re.compile(
    r"(?i)\b(?:before|until|but|then|because|although|though|whereas)\b|,\s+(?:as|while)\b|\band\s+that\b|;"
)
"""A clause of another event between a claim and an actor named after it ('seized Lalibela before being
pushed back by the ENDF', 'raided the village because PDF fighters were hiding there', 'caused many
victims and that the army had neutralised dozens'); 'killed when RSF drones struck' and 'killed after' tell
the same event."""
_WHERE = re.compile(
    r"(?i)\b(?:in|into|out\s+of|across|throughout|within|near|outside|inside)\s+"
    r"(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?$"
    r"|\b(?:border|frontier|boundary)\s+(?:with|of)\s+(?:the\s+)?$"
)
"""'15 towns in the state', 'conscripts in the army', 'a concert hall near Moscow', 'a train station in
eastern Ukraine', 'evacuated out of east Ukraine', 'near the border with Rwanda': a place or a membership,
not who acted."""
_IN_THE_NAMED = re.compile(r"(?i)\b(?:in|at|near|inside|outside)\s+the\s+$")
_NAME_GOES_ON_AFTER = re.compile(r"\s+[A-Z][a-z]")
"""'in the Moscow Crocus City Hall': a city or country named before a place's name is where."""
_NAMED_PLACE_AFTER = re.compile(
    r"(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:City\s+)?(?:Hall|Centre|Center|Mall|Theatre|Theater|Airport|Station|"
    r"Hospital|Stadium|Arena|Square|Market|Cathedral|Church|Mosque|School|University)\b"
)
"""'Moscow Crocus City Hall terrorist attack', 'Kyiv Central Station': a building named with its city."""
_IN_A_PLACE_LIST = re.compile(
    r"\b(?:in|across|throughout|over|including)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+)+(?:and\s+)?$"
)
"""'confirmed in Kharkiv, Poltava, Sumy, Kyiv, ...', 'five regions, including Kharkiv, Kyiv': a capital named
among places is a place, not its government acting."""
_STATE_AS_PLACE = re.compile(r"(?i)\b(?:of|to|from|around)\s+$")
"""'Guma Local Government Area of the state', 'fled to the state capital': a province, not a government."""
_DATELINE_PLACE = re.compile(
    rf"\s*(?!(?:On|In|At|By|After|Since|Last|Late|Early|{WEEKDAY})\b)[A-Z][\w’'-]+(?:\s+(?!{WEEKDAY}\b)[A-Z][\w’'-]+)?,\s+"
)
"""'Sumy, Ukraine — A devastating strike': a dateline's town, then its country, which is a place."""
_HOLDER_OF_A_PLACE = re.compile(r"(?i)\b(?:held|controlled|run|governed)\s+by\s+(?:the\s+)?$")
"""'El-Fasher, the last regional capital still held by the army': who holds a place described, not who
acted."""
_STATE_OWNED = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:company|companies|firm|corporation|enterprise|broadcaster|agency|media|news|"
    r"television|tv|radio|railways?|airline|operator|utility|department|capital|border|budget|of\s+emergency)\b"
)
"""'The state railway company said', 'the state news agency': a body the state owns, not its forces."""


@cache
def _company_after() -> re.Pattern[str]:
    """'Ukraine Railways have reported', 'Russia Today said': a company or broadcaster named for its country
    (the vocabulary's `country_company_names`, matched with their capitals: 'Russia today' is a time)."""
    names = trie_alternation(vocab().raw["country_company_names"], fold=False)
    return re.compile(rf"\s+(?:{names})\b")


@cache
def _where_it_happened_after() -> re.Pattern[str]:
    """'Pakistan train hijack', 'Ukraine war', 'Sudan crisis': the country names where, not who acted (the
    vocabulary's `country_topic_words`)."""
    return re.compile(rf"(?i)\s+(?:{trie_alternation(vocab().raw['country_topic_words'])})\b")


_COUNTRY_AS_PLACE = re.compile(r"\b[A-Z][\w’'-]+,\s+$")
"""'Kramatorsk, Ukraine: Dozens of people have died': a dateline or 'town, country' names where, not who."""
_PAIR_CLOSES = re.compile(r"\s*(?:[:;)]|,|\s[-—–]\s|$)")
"""What closes a 'town, country' pair: a colon, a comma, a dash or the end."""
_ATTACK_BY = re.compile(
    r"(?i)\b(?:attacks?|assaults?|offensive|strikes?|airstrikes?|shelling|bombardment|raids?|ambush|incursion)\s+"
    r"(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?$"
)


_POSSESSED = re.compile(r"[’']s\s+([\w-]+)")


def _owns_a_thing(text: str, m: re.Match[str]) -> bool:
    """'the junta's Light Infantry Battalion 389 headquarters': a side named as the owner of a thing, not of
    its forces ('Israel's military') nor of an attack ('the junta's airstrikes')."""
    owned = _POSSESSED.match(text, m.end())
    if owned is None:
        return False
    v = vocab()
    word = owned.group(1).lower()
    forces = v.words("force_nouns") | v.words("formation_words") | _ARMED_BODIES
    return word not in forces and not v.attack.fullmatch(word) and not v.capture.fullmatch(word)


_OWNER_OF = re.compile(r"[’']s\s+")
"""Between a side and the target it owns ('the junta's Northeast Command')."""
_ARMED_BODIES = frozenset(
    {"military", "army", "navy", "forces", "air", "armed", "troops", "militia", "fighters"}
)


def _attack_by(text: str, hits: list[re.Match[str]]) -> re.Match[str] | None:
    """The actor an attack noun names with 'by' ('an assault by the Rapid Support Forces')."""
    return next((m for m in hits if _ATTACK_BY.search(text, max(0, m.start() - 50), m.start())), None)


_ENDED = re.compile(
    r"(?i)\b(?:ended|ending|ends|broke|broken|lifted|repelled|repulsed|foiled|thwarted|halted|stopped|"
    r"fought\s+off|beat\s+back|beaten\s+back)\s+(?:(?:the|an?|their|its)\s+)?(?:[\w-]+\s+){0,2}$"
)
"""'ended a 30-hour siege', 'repelled the assault': the attack's end, told by the side it was aimed at."""
_PASSIVE_BEFORE = re.compile(rf"{PASSIVE_AUXILIARY}|\b(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+)?$")
"""'the base was attacked', 'units came under attack by': the subject is the target."""
_BY = re.compile(r"(?i)\bby\s+(?:the\s+)?$")
_LOSSES_OF = re.compile(
    r"(?i)\b(?:losses|deaths?|killing|wounding)\s+of\s+(?:[^.;:]{0,120},\s+(?:and\s+)?)?(?:an?\s+|the\s+)?$"
)
"""'The losses of the Ukrainian Armed Forces amounted to 180 troops', 'the death of 169 civilians, 11 US
Marines and a US Army soldier': whose losses, not who inflicted them."""
_ON_THE_MAP = re.compile(
    r"(?i)\b(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?)\s+(?:\(\d+\s+miles?\)\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+)?(?:from|of|outside)\s+$"
    r"|\b(?:outside|capital|capital\s+city|city\s+of)\s+$"
    r"|\b(?:bordering|borders?(?:\s+with)?|(?:checkpoints?|crossings?|frontiers?)\s+with)\s+(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?)*$"
)
"""'20 kilometers from Kyiv', 'a town outside the Ukrainian capital Kyiv', 'a township bordering India and
Bangladesh': a country as a place on the map, not its government acting."""
_NON_STATE_BEFORE = re.compile(
    r"(?i)\b(?:rebel|insurgent|ethnic|resistance|guerrilla|separatist|militia|jihadist|(?:ethnic\s+)?armed)\s+$"
)
"""'the rebel army', 'an ethnic armed group's army': an army no state owns, not the state forces."""
_KILLS_SOMEONE = re.compile(
    r"(?i)\s+(?:(?:have|has|had|reportedly|allegedly|also|then|later)\s+)*"
    r"(?:killed|shot(?:\s+dead)?|executed|massacred|slaughtered|murdered|gunned\s+down|beheaded)\s+"
    r"(?!(?:in|by|at|during|when|as|after|on|near|while|and|or|for|from|with|dead)\b)[\w“\"]"
)
"""A side that is the subject of an active killing with an object ('Russian troops killed most of those who
died'), unlike 'Junta troops killed in a clash'."""
_BURIERS = re.compile(r"(?i)\s+(?:(?:have|has|had)\s+)?(?:already\s+)?(?:buried|exhumed)\b")
"""'Ukrainian forces have buried hundreds of people': who buried the dead, not who killed them."""
_HARMED_AS_SUBJECT = re.compile(
    r"(?i)(?:\s+(?:troops|soldiers|forces|service\s+members|personnel|marines))?(?:\s+and\s+[\w-]+)?\s+"
    r"(?:(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured)|died|dead"
    r"|(?:killed|wounded|injured)(?=\s+(?:in|by|during|when|as|after|at(?!\s+least)|near|on)\b|\s*[,.;]|\s*$))"
)
"""'US troops and Afghans killed in the suicide attack', 'Thirteen Americans were killed': the side named
is among the harmed, not the attacker."""
_TELLS_AFTER = re.compile(rf"(?:\s+[\w’'-]+){{0,3}}\s+(?:{TELLING_VERBS}|added)\b")
"""After a side named at the end of a sentence, the verb that makes it the teller ('..., the city's military
administration said'), not a doer."""
_BY_WORD = re.compile(r"\bby\b")
_DESCRIBED_AFTER = re.compile(r",\s+(?:which|where|whose|who)\b")
"""A relative clause after a target, which tells what the place is, not who took it."""
_BY_UNNAMED = re.compile(r"(?i)\bby\s+(?:an?|unidentified|unknown|suspected)\s")
_BY_SOME_FORCE = re.compile(r"[\w-]*\s+by\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b")
"""The doer a verb names after it when no side is named: 'hijacked by separatist militants'."""
_OWNED_BY = re.compile(r"\bof\s+(?:the\s+)?$")
_NEW_CLAUSE = re.compile(r"(?i),\s+(?:as|while|and|but|when|though|although|whereas)\s+|;\s+")
_AND_ALLIED = re.compile(
    r"(?i)\)?\s*(?:\([A-Z]{2,8}\)\s*)?(?:[a-z]+\s+)?and\s+(?:its\s+|their\s+)?(?:allied\s+|other\s+)?"
)
"""Between two sides acting together ('the KIA and allied resistance forces', 'KIA terrorists and PDF
terrorists'): the first named leads."""
GROUP_ROLES = (
    r"(?:group|affiliate|branch|wing|movement|faction|militia|proxy|offshoot|front|ally|organi[sz]ation|"
    r"alliance|coalition)"
)
"""What a group's description calls it ('a proxy of Lashkar-e-Taiba', 'the militant group that ...')."""
_GROUP_ASIDE = re.compile(
    rf",\s+an?\s+[^,;.]{{0,40}}?\b(?:that|which|who|fighting|battling|backed\s+by|allied\s+(?:with|to)|loyal\s+to)\b"
    rf"{ASIDE_CHAR}{{0,60}},"
    rf"|,\s+(?:which|who)\s+{ASIDE_CHAR}{{0,90}},"
    rf"|,\s+(?:an?|the)\s+(?:[\w-]+\s+)?{GROUP_ROLES}\s+of\s+[^,;.]{{0,60}},"
    rf"|,\s+(?:part|a\s+member|members|one)\s+of\s+(?:an?|the)\s+[^,;.]{{0,40}}?"
    rf"\b(?:fighting|battling|that|which|who|against|opposed)\b{ASIDE_CHAR}{{0,80}},"
)
"""', a civilian militia that backs the army,', ', which erupted over plans to integrate the RSF into the
army,', ', a proxy of the Pakistan-based Lashkar-e-Taiba,', ', part of an alliance fighting the
military,', ', a paramilitary group battling Sudan's army,': an aside describing a group or a war, whose
actors did nothing the rest of the sentence tells."""


def _in_an_aside(sentence: Sentence, at: int, draft_start: int) -> bool:
    """Whether the mention at `at` (sentence offset) lies in an aside the claim at `draft_start` (document
    offset) is outside of."""
    draft_at = draft_start - sentence.start
    return any(s <= at < e and not s <= draft_at < e for s, e in _asides(sentence.text))


@cache
def _body_named_on() -> re.Pattern[str]:
    """After a capitalised side word, the rest of a body's name: 'the State Emergency Service', 'the Military
    Medical Academy' tell or treat; they are not the state's forces."""
    words = vocab().words("organization_words") - {"army", "force", "forces", "government", "alliance"}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:\s+[A-Z][\w’'-]*){{0,3}}\s+(?=[A-Z])(?i:{alternation})\b")


def _names_a_body(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised common side word opens a body's longer name ('the State Emergency Service')."""
    words = m.group(0).split()
    common = m.group(0).lower().removeprefix("the ") in _COMMON_SIDE_WORDS | {"state"}
    return common and words[-1][:1].isupper() and _body_named_on().match(text, m.end()) is not None


@lru_cache(maxsize=256)
def _asides(text: str) -> tuple[tuple[int, int], ...]:
    """Cached: every mention of every claim of a sentence asks."""
    return tuple(m.span() for m in _GROUP_ASIDE.finditer(text))


_ITS_ATTACK_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:strikes?|attacks?|shelling|bombardment|raids?|air\s*strikes?|rockets?|drones?|"
    r"missiles?)\b"
)
"""After a side named as where ('killed in Hezbollah rocket strike'): its attack, so it is the doer."""
_THE_ATTACK_AT = re.compile(
    r"\s+(?:terror\s+|terrorist\s+)?(?:attacks?|bombings?|shootings?|massacre)\b(?!\s+(?:on|against)\b)"
)
"""'the Moscow attack', 'the Turkey bombing': the attack at a place, named by the place (not 'the Israel
attack on Iran')."""
_VOICED_BY = re.compile(
    r"(?i)\b(?:statements?|claims?|accusations?|allegations?|representatives?|spokes(?:man|woman|person)s?)"
    r"\s+(?:by|of|from)\s+(?:the\s+)?$"
)
"""'All statements by representatives of the Kyiv nationalist regime about a rocket attack carried out by
Russia': who speaks of the attack, not who carried it out."""
_LEFT_BY = re.compile(
    r"(?i)\b(?:desertion|abandonment|withdrawal|retreat|departure|flight|pull-?out)\s+of\s+"
    r"(?:[^,;.]{0,40}?\s+by\s+)?(?:the\s+)?$"
)
"""'following the desertion of the city by the FARDC', 'after the withdrawal of the FARDC': the side that
left, not the one that took the place."""
_PROGRESSIVE = re.compile(r"[\w-]+ing\b")
_PASSIVE_SUBJECT = re.compile(r"[^,;.]{0,40}")
"""What may stand between a passive verb and its subject in the same clause."""
_BY_AFTER_VERB = re.compile(r"[\w-]+\s+by\s+(?:the\s+)?")
"""A participle and its doer: 'seized by Ukraine', 'captured by the RSF'."""
_TARGETED = re.compile(
    r"(?i)\b(?:at|on|against|into|towards?|(?:invad(?:ed|es|ing|e)|invasion\s+of|attack(?:ed|ing)|struck|striking|"
    r"bomb(?:ed|ing)|shell(?:ed|ing)|target(?:ed|ing)|occup(?:ied|ying)|annex(?:ed|ing)|raid(?:ed|ing)|"
    r"(?<!\bwhile\s)(?<!\bwhen\s)(?:fighting|fought|battling|battled|resisting|opposing))"
    r"(?:\s+the)?(?:\s+[A-Z][\w-]*[’']s)?)\s+$"
)
"""'launched 55 drones at Ukraine', 'an attack on Israel', 'since invading Ukraine', 'after targeting
Hamas', 'an armed group fighting Myanmar's military', 'rebels fought the army': the one acted on, not the
doer ('civilians killed while fighting Russian forces' were killed by them)."""
_ALSO_COUNTED = re.compile(
    r"\s+and\s+(?:[\w-]+\s+){0,3}?of\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|for|of|the|and|de)\s+)*\(?"
)
"""'50 soldiers and members of the VDP had died': the group after the count is among the dead too."""
_KILLED_BY = re.compile(
    r"(?:\s+(?:strikes?|attacks?|shelling|fire|bombardment|raids?))?"
    r"\s+(?:have\s+|has\s+)?(?:killed|kill|kills|killing|wounded|wounds|injured|injures|left)\s+"
    r"(?:(?:at\s+least|more\s+than|about|some|nearly|over)\s+)?"
)
"""What stands between the side whose weapons harmed and the count of those harmed."""
_COUNTED_WITH = re.compile(
    r"(?i)[’']?s?(?:\s+[a-z-]+){0,2}?\s+(?:generals?|commanders?|officers?|colonels?|majors?|captains?|"
    r"soldiers?|fighters?|officials?|members?)\s*(?:,|and)\s+"
)
"""'A senior South Sudanese army general and at least 27 soldiers were killed', 'SSPDF general, dozens of
soldiers killed': the side whose people are counted with the dead, not who killed them."""
_FORMER = re.compile(r"(?i)\b(?:former|ousted|toppled|deposed|fallen)\s+$")
"""'remnants of the former regime': the state's old rulers, not its forces now."""
PEOPLE_OF = re.compile(
    r"(?i)\b(?:members?|personnel|soldiers|troops|officers|staff|fighters|families|relatives|ranks|elements|"
    r"units|leaders?|commanders?|militants|insurgents|rebels|gunmen|jihadists)\s+of\s+(?:the\s+)?$"
)
"""'evacuating members of the SSPDF', 'including members of the FDS': the body people belong to, neither the
attacker nor a place."""
_MEMBERS_OF = re.compile(
    r"\s+(?:of|from|among)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w’'-]+\s+(?:and|or)\s+(?:the\s+)?)?"
)
"""'183 members of HTS', '183 fighters from HTS', '30 fighters of the RSF', 'forty dead among our defence and
security forces': the group the dead belonged to, not who killed them."""
_DEMONYM_WORD = re.compile(rf"\b({DEMONYM})\b")


_COMMON_SIDE_WORDS = frozenset({"military", "army", "police", "government", "junta", "regime"})
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]+\b")
"""After a quoted, capitalised common word ('the factions of the "Military Operations Command"'): a longer
name's first word, not the army."""
_ABBREVIATION_OPENS = re.compile(r"\s*\(\s*$")


def _abbreviates(text: str, start: int, name_ends: set[int]) -> bool:
    """Whether the mention at `start` is an abbreviation in brackets right after a name ending at one of
    `name_ends` ('the National Unity Government (NUG)'): it restates that name, and shares its verdict
    ('an office of the ... National Unity Government' owns the office; its '(NUG)' did not act either)."""
    opens = _ABBREVIATION_OPENS.search(text, max(0, start - 4), start)
    return opens is not None and opens.start() in name_ends


@dataclass(frozen=True)
class Actors:
    """The actor names one document can use, and the canonical name of each."""

    pattern: re.Pattern[str]
    canonical: dict[str, str]
    extra: re.Pattern[str] | None = None
    """The names only this document defines: a second small regex, as compiling the shipped table again
    with them took 7-15 ms per article."""
    _cache: dict[str, list[re.Match[str]]] = field(default_factory=dict, compare=False, repr=False)

    def name(self, match: re.Match[str]) -> str | None:
        return self.canonical.get(re.sub(r"\s+", " ", match.group(0).lower()))

    def doer(self, sentence: Sentence, draft: Draft, victims: Sequence[tuple[int, int]] = ()) -> str | None:
        """The actor nearest before the event's verb ('the KIA and AA ... allege that junta airstrikes
        hit'), else the first before the claim, else the first after it; never one inside a named
        target ('attacked the Burma army's camps') or among the dead ('killed 30 M23 fighters'), one
        that owns the target ('an attack on a KIA camp'), one that is a place ('towns in the state')
        nor one that only tells of it ('what the KIA described as an assault'). `victims` are the spans
        of the sentence's casualty counts: 'dozens of junta troops were killed' names the dead, not the
        attacker."""
        inside_is_other = draft.rule.startswith("target:") or draft.kind == "casualties"
        answered = sentence.may_hold(ANSWERING_WORDS)  # 'in retaliation for', 'in response to', 'to avenge'
        given_up = _given_up(sentence, draft)
        hits = [
            m
            for m in self._doers(sentence.text)
            if not (
                inside_is_other
                and draft.start <= sentence.start + m.start() < draft.end
                and not (given_up and _HANDED_TO.search(sentence.text, 0, m.start()))
                and not (draft.rule == "event:casualties" and _KILLS_SOMEONE.match(sentence.text, m.end()))
            )  # 'lost Lashio to the MNDAA': the side it went to, not one the target names; 'Russian
            # fighters shot dead most of those killed': the subject of the killing, not one of the dead
            and not any(
                a <= sentence.start + m.start() < b
                or _ALSO_COUNTED.fullmatch(sentence.doc_text, b, sentence.start + m.start())
                or _MEMBERS_OF.fullmatch(sentence.doc_text, b, sentence.start + m.start())
                or _COUNTED_WITH.fullmatch(sentence.doc_text, sentence.start + m.end(), a)
                for a, b in victims
            )
            and not (draft.kind in ("capture", "casualties") and _gives_up_after(sentence.text, m.end()))
            and not _LOSSES_OF.search(sentence.text, max(0, m.start() - 150), m.start())
            and not _SPOKESPERSON_FOR.search(sentence.text, max(0, m.start() - 30), m.start())
            and not _CLOCK_OF.match(sentence.text, m.end())
            and not (
                answered
                and EARLIER_EVENT.search(sentence.text, m.end(), max(m.end(), draft.start - sentence.start))
            )
            and not _HARMED_AS_SUBJECT.match(sentence.text, m.end())
            and not (draft.kind == "casualties" and _BURIERS.match(sentence.text, m.end()))
            and not _TARGETED.search(sentence.text, max(0, m.start() - 25), m.start())
            and not _in_an_aside(sentence, m.start(), draft.start)
            and not (sentence.start + m.start() >= draft.end and _TELLS_AFTER.match(sentence.text, m.end()))
            and not (sentence.start + m.start() >= draft.end and _subject_of_a_clause(sentence, draft))
        ]
        if draft.kind in ("attack", "capture") and len(hits) > 1:  # 'the KIA ... seized the junta's
            # headquarters, after a nine-day siege': the owner of what was taken did not lay the siege
            hits = hits[:1] + [m for m in hits[1:] if not _owns_a_thing(sentence.text, m)]
        if draft.rule.startswith("target:"):  # 'The junta's Northeast Command has fallen': its loser
            hits = [
                m
                for m in hits
                if not _OWNER_OF.fullmatch(sentence.doc_text, sentence.start + m.end(), draft.start)
            ]
        if denial().match(sentence.doc_text, draft.start):  # 'denied that M23 rebels had captured it'
            hits = _inside(hits, sentence, draft)
        if not hits:
            return None
        if given_up:  # 'the army surrendered its headquarters to the MNDAA': the side it went to
            handed_to = [m for m in hits if _HANDED_TO.search(sentence.text, 0, m.start())]
            return self.name(handed_to[0]) if handed_to else None
        if draft.rule.startswith("target:") and _BY_UNNAMED.search(sentence.doc_text, draft.start, draft.end):
            return None  # 'the biggest attack on Russia by a foreign army': a doer left unnamed
        described = (
            _DESCRIBED_AFTER.match(sentence.doc_text, draft.end) if draft.rule.startswith("target:") else None
        )
        if described:  # 'the liberation of Zamzam camp, which the army militias had turned into a barracks'
            hits = [  # but 'the attack on Hayat Hotel, which was carried out by al-Shabaab': its doer
                m
                for m in hits
                if sentence.start + m.start() < described.start()
                or _BY_WORD.search(sentence.doc_text, described.end(), sentence.start + m.start())
            ]
            if not hits:
                return None
        if draft.kind == "strength":  # '3,000 to 4,000 Rwandan troops': the force counted
            counted = _inside(hits, sentence, draft)
            if counted:
                return self.name(counted[0])
            if draft.subject not in vocab().words("force_nouns") | {"displaced"}:
                return None  # 'El Fasher, where 1.8 million people live': residents belong to no side
        if draft.kind == "casualties":
            subject = [
                m
                for m in hits
                if _KILLED_BY.fullmatch(sentence.doc_text, sentence.start + m.end(), draft.start)
            ]
            if subject:  # 'Pakistan retaliates after Indian missile strikes kill 31': the strikes' side
                return self.name(subject[-1])
        if draft.kind == "quantity":  # '20 military vehicles of the Armenian forces were destroyed': whose
            hits = [  # the things counted are, not who destroyed them
                m
                for m in hits
                if not (
                    sentence.start + m.start() >= draft.end
                    and _OWNED_BY.search(sentence.text, max(0, m.start() - 8), m.start())
                )
            ]
            if not hits:
                return None
        if draft.kind == "quantity" and vocab().holds("weapon_nouns", draft.subject or ""):
            owned = [m for m in _inside(hits, sentence, draft) if m.group(0)[0].isupper()]
            # 'shot down five Indian fighter jets': whose jets ('20 military vehicles' names no side)
            if owned:
                return self.name(owned[0])
        by = _attack_by(sentence.text, hits) if draft.kind == "attack" else None
        if by is not None:
            return self.name(by)  # 'repelled a large-scale assault by the RSF': the RSF attacked
        trigger = _trigger(sentence, draft)
        by_unnamed = _BY_SOME_FORCE.match(sentence.text, trigger) if trigger is not None else None
        if by_unnamed and any(_no_side(w) for w in by_unnamed.group(1).lower().split()):
            return None  # 'a train hijacked by separatist militants': a doer the story leaves unnamed here
        ended = _ENDED.search(sentence.text, 0, trigger) if draft.kind == "attack" and trigger else None
        if ended:  # 'forces ended a 30-hour siege ... after al-Shabab fighters stormed the hotel': who ended
            hits = [m for m in hits if m.start() > ended.start()]  # or repelled it did not make it ('repelled
            # an RSF assault': the RSF did)
        told_from = trigger if trigger is not None else draft.start - sentence.start
        hits = [  # 'an attack on a UN helicopter evacuating members of the SSPDF': whose people the target
            m  # carried, not who attacked ('members of the RSF attacked' did)
            for m in hits
            if not (
                m.start() > told_from and PEOPLE_OF.search(sentence.text, max(0, m.start() - 30), m.start())
            )
        ]
        if not hits:
            return None
        named_with_it = [m for m in hits if trigger is not None and m.start() < trigger < m.end()]
        if draft.kind == "attack" and named_with_it:
            return self.name(named_with_it[0])  # 'holding back Russian assaults': the assaults' own side
        fell = (
            PASSIVE_CAPTURE.match(sentence.text, trigger)
            if trigger is not None and draft.kind == "capture"
            else None
        )
        taker = [m for m in hits if fell and _THE_TAKER.fullmatch(sentence.text, fell.end(), m.start())]
        if taker:  # 'troops remaining in Paletwa after the township came under the control of the AA': the AA
            return self.name(taker[0])
        by_them = _BY_AFTER_VERB.match(sentence.text, trigger) if trigger is not None else None
        if by_them and draft.kind == "capture":  # 'the biggest settlement seized by Ukraine': Ukraine took it
            named_by = [m for m in hits if m.start() == by_them.end()]
            if named_by:
                return self.name(named_by[0])
        passive = (
            trigger is not None
            and _PASSIVE_BEFORE.search(sentence.text, max(0, trigger - 30), trigger)
            and not _PROGRESSIVE.match(sentence.text, trigger)
        )  # 'Ukrainian troops had been encircled': the passive's subject is the target, not the doer ('the
        # rebels have been occupying the city' is no passive)
        if passive and draft.kind == "attack":
            if by_them:  # 'the town was attacked by armed insurgents': the 'by' names the doer, if one known
                named_by = [m for m in hits if m.start() == by_them.end()]
                return self.name(named_by[0]) if named_by else None
            hits = [m for m in hits if not _PASSIVE_SUBJECT.fullmatch(sentence.text, m.end(), trigger)]
            if not hits:
                return None
        elif passive and draft.kind == "capture":
            by = [
                m
                for m in hits
                if m.start() > trigger and _BY.search(sentence.text, max(0, m.start() - 10), m.start())
            ]
            return (
                self.name(by[0]) if by else None
            )  # 'the regime's battalions were overrun': only 'by X' did it
        before_trigger = [m for m in hits if trigger is not None and m.end() <= trigger]
        if before_trigger and _unnamed_subject(sentence.text, before_trigger[-1].end(), trigger):
            return None
        preceding = [m for m in hits if sentence.start + m.start() < draft.start]
        if (
            draft.kind == "casualties"
            and preceding
            and _unnamed_subject(sentence.text, preceding[-1].end(), draft.start - sentence.start)
        ):
            return None  # 'After the army announced it had retaken the town, rebels killed 12 people'
        if before_trigger or preceding:
            if trigger is None and draft.kind in ("quantity", "strength"):
                breaks = list(_NEW_CLAUSE.finditer(sentence.text, 0, draft.start - sentence.start))
                own = [m for m in preceding if breaks and m.start() >= breaks[-1].end()]
                if own:  # 'eight people were killed, as Hezbollah fired dozens of rockets': its own clause's
                    return self.name(own[-1])
            if len(before_trigger) > 1 and _AND_ALLIED.fullmatch(
                sentence.text, before_trigger[-2].end(), before_trigger[-1].start()
            ):
                return self.name(before_trigger[-2])  # 'the KIA and allied resistance forces seized': the KIA
            return self.name(before_trigger[-1] if before_trigger else preceding[0])
        if trigger is not None and _unnamed_doer(sentence.text, trigger):
            return None  # 'Syrian rebels swept into Aleppo, forcing the army to redeploy': not the army
        after = sentence.text[: hits[0].start()]
        told_from = (
            min(draft.end - sentence.start, trigger) if trigger is not None else draft.end - sentence.start
        )
        if _LATER_EVENT.search(after, max(0, told_from)):
            return None  # 'seized Lalibela before being pushed back by the ENDF': another event's actor
        handed = _HANDED_TO.search(after)
        yielded = handed is not None and not handed.group("verb").lower().startswith("los")
        if _TO_OR_FROM.search(after) and not _FELL_TO.search(after) and not yielded:
            return None  # 'seized Kyaukme, in the latest blow to the ruling junta': the loser, not the taker
        return self.name(hits[0])

    def _doers(self, text: str) -> list[re.Match[str]]:
        """Actor mentions of a sentence that can have acted: not tellers, sources, owners or places.
        Every claim of a sentence asks, so the answer is kept per sentence."""
        cached = self._cache.get(text)
        if cached is None:
            mentioned = self.mentions(text)
            cached = [
                m
                for m in mentioned
                if not _tells(text, m.end())
                and not _quoted_by(text, m)
                and not (
                    m.group(0)[0].isupper() and IN_A_NAME.search(text[max(0, m.start() - 30) : m.start()])
                )
                and not (
                    text[max(0, m.start() - 1) : m.start()] in ('"', "“")
                    and m.group(0).lower() in _COMMON_SIDE_WORDS
                    and _NAME_GOES_ON.match(text, m.end())
                )
                and not _OWNER.match(text, m.end())
                and not _ON_THE_MAP.search(text, max(0, m.start() - 40), m.start())
                and not (
                    m.group(0).islower() and _NON_STATE_BEFORE.search(text, max(0, m.start() - 25), m.start())
                )
                and not (
                    m.group(0)[0].isupper() and _A_BODY_OF.search(text, max(0, m.start() - 40), m.start())
                )
                and not _OWNER_AFTER_TARGET.search(text, max(0, m.start() - 100), m.start())
                and not _OWNERS_BEFORE.search(text, max(0, m.start() - 70), m.start())
                and not _ITS_WORDS.match(text, m.end())
                and not _CIVIL_OFFICE.match(text, m.end())
                and not _names_a_body(text, m)
                and not (m.group(0).islower() and _materiel_after().match(text, m.end()))
                and not _NAMES_A_WAR.match(text, m.end())
                and not (_ITS_SITE_ATTACKED.match(text, m.end()) and not _NATIONALITY.search(m.group(0)))
                and not _SPECIAL_OPERATION.search(text, max(0, m.start() - 8), m.end() + 10)
                and not (
                    _WHERE.search(text, max(0, m.start() - 30), m.start())
                    and not _ITS_ATTACK_AFTER.match(text, m.end())
                )
                and not (
                    _IN_A_PLACE_LIST.search(text, max(0, m.start() - 150), m.start())
                    and not _NATIONALITY.search(m.group(0).split()[0])
                )  # but 'the war in Ukraine, Russian missiles struck' is no list of places
                and not (
                    m.group(0).lower() == "the state"
                    and (
                        _STATE_AS_PLACE.search(text, max(0, m.start() - 8), m.start())
                        or _STATE_OWNED.match(text, m.end())
                    )
                )
                and not (
                    m.group(0).lower() in country_names()
                    and (
                        _company_after().match(text, m.end())
                        or _where_it_happened_after().match(text, m.end())
                        or (
                            text[max(0, m.start() - 4) : m.start()] == "the "
                            and _THE_ATTACK_AT.match(text, m.end())
                        )
                        or (
                            _IN_THE_NAMED.search(text, max(0, m.start() - 12), m.start())
                            and _NAME_GOES_ON_AFTER.match(text, m.end())
                        )
                        or _NAMED_PLACE_AFTER.match(text, m.end())
                        or _DATELINE_PLACE.fullmatch(text, 0, m.start())
                    )
                )
                and not (
                    _HOLDER_OF_A_PLACE.search(text, max(0, m.start() - 25), m.start())
                    and "," in text[max(0, m.start() - 80) : m.start()]
                )
                and not (
                    _COUNTRY_AS_PLACE.search(text, max(0, m.start() - 30), m.start())
                    and _PAIR_CLOSES.match(text, m.end())
                )
                and not BETWEEN_SIDES.search(text, max(0, m.start() - 80), m.start())
                and not _FORMER.search(text, max(0, m.start() - 12), m.start())
                and not _LEFT_BY.search(text, max(0, m.start() - 70), m.start())
                and not _VOICED_BY.search(text, max(0, m.start() - 50), m.start())
                and not _SUPPORTING.search(text, max(0, m.start() - 40), m.start())
            ]
            passed = {m.end() for m in cached}
            ruled_out = {m.end() for m in mentioned} - passed
            cached = [m for m in cached if not _abbreviates(text, m.start(), ruled_out)]
            self._cache[text] = cached
        return cached

    def speakers_side(self, sentence: Sentence, draft: Draft, speaker: str | None) -> str | None:
        """'Our troops attacked ...' in a quote is the speaker's side, when the speaker's title names
        it ('Col Naw Bu, head of the Kachin Independence Organization's information department'); so is
        the 'it' of 'the Israeli military denied that it had struck the hospital'."""
        if not speaker or draft.kind not in ("attack", "capture", "casualties"):
            return None
        own_act = (
            _our_forces(sentence, len(sentence.text))
            or we_did_it(sentence, draft)
            or _UNNAMED_FORMATION.search(sentence.text)
            or _denied_own_act().match(sentence.doc_text, draft.start)
            or said_it_did(sentence, draft)
        )
        if not own_act:
            return None
        if _given_up(sentence, draft):
            return None  # 'our forces carried out a tactical withdrawal from the city': they took nothing
        found = [
            m
            for m in self.mentions(speaker)
            if not _TARGETED.search(speaker, max(0, m.start() - 25), m.start())
        ]
        if found:  # not 'an armed group fighting Myanmar's military': the side it fights
            return self.name(found[0])
        national = _NATIONAL_SPEAKER.search(speaker)  # 'an Azerbaijani official': the country's forces
        if national is None:
            return None
        adjective = national.group(1)
        return national_forces(adjective)

    def victims_side(self, text: str, start: int, end: int) -> str | None:
        """Whose people a count counts, as its own words say: '84 Wagner mercenaries', '200 Russian
        soldiers', '30 fighters of the RSF'; None when they name no side ('29 soldiers')."""
        found = self.mentions(text[start:end])
        if found:
            return self.name(found[0])
        national = _DEMONYM_WORD.search(text, start, end)
        if national:  # 'Ukrainian servicemen': the country's forces, by the name the table gives them
            adjective = national.group(1)
            return self.canonical.get(f"{adjective.lower()} forces") or national_forces(adjective)
        member = _MEMBERS_OF.match(text, end)
        owner = self.mentions(text[member.end() : member.end() + 60]) if member else []
        return self.name(owner[0]) if owner and owner[0].start() == 0 else None

    def mentions(self, text: str) -> list[re.Match[str]]:
        """Actor names in `text` as one regex of both tables would find them: left to right, the longest
        name at each position, none overlapping."""
        if self.extra is None:
            found = []
            for m in self.pattern.finditer(text):
                if not found or m.start() >= found[-1].end():  # not inside a longer name taken instead
                    found.append(self._longer_from_last_word(text, m))
            return found
        found: list[re.Match[str]] = []
        pos = 0
        while True:
            hits = [m for m in (self.pattern.search(text, pos), self.extra.search(text, pos)) if m]
            if not hits:
                return found
            first = self._longer_from_last_word(text, min(hits, key=lambda m: (m.start(), -m.end())))
            found.append(first)
            pos = first.end()

    def _longer_from_last_word(self, text: str, m: re.Match[str]) -> re.Match[str]:
        """'The State Administration Council': a longer name opening on a short name's last word is the
        side meant, not 'the state'."""
        last = m.group(0).rfind(" ")
        if last < 0:
            return m
        longer = self.pattern.match(text, m.start() + last + 1)
        return longer if longer is not None and longer.end() > m.end() else m


def national_forces(adjective: str) -> str:
    """A country's forces named by its adjective or name as written ('U.S.', 'Sudan', 'Ukrainian'): the
    table's name for them where it has one, else '<adjective> forces'."""
    state = vocab().raw["state_forces"]
    folded = adjective.lower()
    return state["demonyms"].get(folded) or state["by_country"].get(folded) or f"{adjective} forces"


def document_actors(text: str) -> Actors:
    """The shipped actors plus the forces `text` defines with an abbreviation (canonical name: the
    abbreviation, unless the table already knows it) and national forces ('Russian troops')."""
    v = vocab()
    canonical = dict(v.actor_of_alias)
    state = _state_actor(text)
    for word in v.raw["state_forces"]["words"]:
        canonical[word.lower()] = state
    for m in _DEFINED_FORCE.finditer(text):
        long, abbr = " ".join(m.group(1).split()), m.group(2)
        if _NO_FORCE.search(long):
            continue
        known = canonical.get(long.lower()) or canonical.get(abbr.lower())
        for alias in (long, abbr):
            canonical.setdefault(alias.lower(), known or abbr)
    for country, actor in v.raw["state_forces"]["acting_countries"].items():
        if country.title() in text:  # 'Russia launched 298 drones': the country's forces acted
            canonical.setdefault(country, actor)
    for m in _NATIONAL_FORCE.finditer(text):  # 'Russian troops', 'Russian drones': one actor
        known = canonical.get(m.group(1).lower())  # 'Houthi missile': the Houthis the table knows
        canonical.setdefault(" ".join(m.group(0).lower().split()), known or national_forces(m.group(1)))
    for m in _LED_COALITION.finditer(text) if "-led" in text else ():  # 'the Saudi-led coalition'
        canonical.setdefault(" ".join(m.group(0).lower().split()), " ".join(m.group(0).split()))
    named_gangs = _NAMED_GANG.finditer(text) if _GANG_WORDS.search(text) else ()
    for m in named_gangs:  # 'the Gran Grif gang'; 'the Rapid Support Forces militia' is the RSF
        name = " ".join(m.group(0).split())
        known = canonical.get(name.lower().rsplit(" ", 1)[0])
        canonical.setdefault(name.lower(), known or name)
    by_country = v.raw["state_forces"]["by_country"]
    acting = v.raw["state_forces"]["acting_countries"]
    owned = _COUNTRY_FORCE.finditer(text) if "'s" in text or "’s" in text else ()
    for m in owned:  # "Russia's defence ministry", "Sudan's army"
        actor = by_country.get(m.group(1).lower()) or acting.get(m.group(1).lower())  # "Moscow's forces"
        if actor:
            canonical.setdefault(" ".join(m.group(0).lower().split()), actor)
    for m in _CAPITAL_REGIME.finditer(text) if "regime" in text else ():  # 'the Kyiv regime'
        actor = by_country.get(m.group(1).lower()) or acting.get(m.group(1).lower())
        if actor:
            canonical.setdefault(" ".join(m.group(0).lower().split()), actor)
    extra = canonical.keys() - v.actor_of_alias.keys()
    return Actors(v.actor, canonical, words_regex(extra, led=True) if extra else None)


def _state_actor(text: str) -> str:
    """Whose forces 'the army' and 'the regime' are: the state force the article names most by a name of
    its own ('junta', 'Tatmadaw', 'SAF'), else those of the country it names most, unless a second
    country is named nearly as often."""
    state_names, countries, groups = _state_patterns()
    v = vocab()
    text = text.lower()  # only the names are counted, never their places
    named = Counter(v.actor_of_alias[" ".join(m.group(0).split())] for m in state_names.finditer(text))
    if named:
        return named.most_common(1)[0][0]
    by_country = v.raw["state_forces"]["by_country"]
    forces = Counter(by_country[m.group(0)] for m in countries.finditer(text))  # 'Israel', 'Gaza': the IDF
    if not forces:  # 'the RSF shelled ...': the army of the country the RSF fights in
        country_of = v.raw["state_forces"]["country_of_group"]
        groups_named = (v.actor_of_alias[" ".join(m.group(0).split())] for m in groups.finditer(text))
        forces = Counter(by_country[country_of[group]] for group in groups_named)
    ranked = forces.most_common(2)
    if not ranked or (len(ranked) == 2 and 2 * ranked[1][1] >= ranked[0][1]):
        return STATE_FORCES  # a war between two states: 'the army' is either one, so guess neither
    return ranked[0][0]


@lru_cache(maxsize=1)
def _state_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The own names of state forces ('junta', 'SAF'), the countries they belong to, and the armed groups
    whose country is known ('RSF': Sudan), as three regexes for lower-cased text."""
    v = vocab()
    by_country = v.raw["state_forces"]["by_country"]
    country_of = v.raw["state_forces"]["country_of_group"]
    states = set(by_country.values())
    names = [alias for alias, actor in v.actor_of_alias.items() if actor in states]
    groups = [alias for alias, actor in v.actor_of_alias.items() if actor in country_of]
    return (
        words_regex(names, lower_cased=True),
        words_regex(list(by_country), lower_cased=True),
        words_regex(groups, lower_cased=True),
    )


def _given_up(sentence: Sentence, draft: Draft) -> bool:
    """'The army lost Lashio', 'the KIA withdrew from the base': the side named gave the place up, so it
    is not who took it (that one, unnamed here, can be told by another report)."""
    if draft.kind != "capture":
        return False
    start, end = draft.start - sentence.start, draft.end - sentence.start
    text = sentence.text
    verbs = [m for m in vocab().capture.finditer(text) if m.start() < end and not is_intent(text, m.start())]
    own = [m for m in verbs if start <= m.start()]  # an event claim's own verb ('after troops pulled out')
    before = [m for m in verbs if m.start() <= start]
    if own and not draft.rule.startswith("target:"):
        verb = own[0]
    else:
        verb = before[-1] if before else own[0] if own else None
    withdrawn = list(FORCES_WITHDRAWN.finditer(text, 0, start)) if sentence.may_hold(WITHDRAWN_VERBS) else []
    if withdrawn and (verb is None or verb.start() <= withdrawn[-1].start()):
        return True  # 'pulls troops out of Avdiivka'
    return verb is not None and vocab().holds("loss_words", verb.group(0))


_SUBORDINATORS = r"but|while|as|after|before|when|until|because"
_SUBJECT_CLAUSE = re.compile(rf"[,;:]\s|\s(?:and|{_SUBORDINATORS})\s")
"""Where the clause whose subject a verb has begins, read backwards from the verb."""


def _unnamed_doer(text: str, trigger: int) -> bool:
    """'Syrian rebels swept into Aleppo', 'Gunmen stormed the village': the verb's subject is a force the
    story does not name, so an actor named later in the sentence is not the one who acted."""
    clause = _SUBJECT_CLAUSE.split(text[:trigger])[-1]
    return any(_no_side(w) for w in re.findall(r"[a-z]+", clause.lower()))


def _no_side(word: str) -> bool:
    """'gunmen', 'rebels', 'protesters': doers the story does not name, or crowds that belong to no side."""
    return word in vocab().words("unnamed_forces") or word in vocab().words("crowd_nouns")


_CLAUSE_BREAK = re.compile(rf"[,;:]\s+|\s(?:{_SUBORDINATORS})\s")
"""Like _SUBJECT_CLAUSE, but 'and' joins the side named to more subjects ('the KIA and allied forces')."""
_UNNAMED_OPENING = re.compile(r"(?i)(?:(?:the|some|suspected|armed|unidentified|unknown)\s+)?([a-z]+)\b")


def _unnamed_subject(text: str, actor_end: int, trigger: int | None) -> bool:
    """'on the orders of the military detachment, armed men on motorcycles arrived and opened fire',
    'requisitioned by the army to dig trenches when the attackers struck': the verb's own clause, after the
    side named, opens with a force the story does not name. An aside closed before the verb ('The KIA,
    rebels fighting the junta, captured') leaves the verb's clause empty."""
    pieces = _CLAUSE_BREAK.split(text[actor_end:trigger]) if trigger is not None else []
    opening = _UNNAMED_OPENING.match(pieces[-1]) if len(pieces) > 1 else None
    return bool(opening and _no_side(opening.group(1).lower()))


def _gives_up_after(text: str, end: int) -> bool:
    """'after government troops pulled out of the city': the side named right before a loss verb gave the
    place up, so it took nothing."""
    m = _NEXT_VERB.match(text, end)
    verb = vocab().capture.match(text, m.end()) if m else None
    return verb is not None and vocab().holds("loss_words", verb.group(0))


def _inside(hits: list[re.Match[str]], sentence: Sentence, draft: Draft) -> list[re.Match[str]]:
    """The actor mentions within the claim's own words."""
    return [m for m in hits if draft.start <= sentence.start + m.start() < draft.end]


_NEXT_VERB = re.compile(r"\s+(?:(?:had|have|has|were|was|then|later|also|reportedly|finally)\s+)?")


_THE_TAKER = re.compile(r"\s+(?:the\s+)?")
"""Between 'fell to' or 'came under the control of' and the side it names."""


def _subject_of_a_clause(sentence: Sentence, draft: Draft) -> bool:
    """'the seizure of Paletwa adds to the challenges faced by the junta': a named target that a clause of
    its own goes on from; the sides that clause names did not take it."""
    return (
        draft.rule.startswith("target:") and OWN_CLAUSE_VERB.match(sentence.doc_text, draft.end) is not None
    )


def _trigger(sentence: Sentence, draft: Draft) -> int | None:
    """Where, in the sentence, the attack or capture word of an event claim is; for a named target, the
    verb right before it ('junta airstrikes hit Laiza')."""
    if draft.kind not in ("attack", "capture"):
        return None
    words = vocab().attack if draft.kind == "attack" else vocab().capture
    if draft.rule.startswith("target:"):
        before = max(0, draft.start - sentence.start)
        verbs = list(words.finditer(sentence.text, 0, before))
        if draft.kind == "capture" and sentence.may_hold(TAKEN_PLACE_VERBS):  # 'swept into Aleppo'
            taken = [m for m in TAKEN_PLACE.finditer(sentence.text) if m.start() < before]
            verbs = sorted([*verbs, *taken], key=lambda m: m.start())
        return verbs[-1].start() if verbs else None
    found = words.search(sentence.text, max(0, draft.start - sentence.start))
    return found.start() if found and sentence.start + found.start() < draft.end else None


def _quoted_by(text: str, m: re.Match[str]) -> bool:
    """'according to KIA spokesperson Naw Bu': the source of the report, not the one who acted."""
    return bool(
        _ACCORDING_TO.search(text, max(0, m.start() - 20), m.start()) and _ITS_VOICE.match(text, m.end())
    )


@lru_cache(maxsize=1)
def _denies() -> re.Pattern[str]:
    """'Ukraine denies Russian claims': a denial tells of the event it denies."""
    return re.compile(rf"(?i)(?:{denial_verbs()})\b")


@lru_cache(maxsize=1)
def _denied_own_act() -> re.Pattern[str]:
    """'denied that it had struck the hospital': the denier's own side is the one the claim is about."""
    return re.compile(rf"(?i)(?:{denial_verbs()})\s+that\s+(?:it|they|we)\b")


_SAYING = re.compile(r"(?i)saying\b")
"""'with Hamas officials saying 274 people were killed': a teller in an absolute clause."""


def _tells(text: str, end: int) -> bool:
    """An actor followed by a speech verb tells of the event ('the junta claimed', 'a TNLA spokesperson
    Lway Yay Oo told'), not the attacker, unless it tells of its own act ('the army said it had retaken')."""
    voice = _VOICE_AND_NAME.match(text, end)
    gap = _TELLER_GAP.match(text, voice.end() if voice else end)
    at = gap.end() if gap else end
    verb = vocab().speech.match(text, at) or _denies().match(text, at) or _SAYING.match(text, at)
    return (
        bool(verb)
        and verb.group(0).lower() != "according to"  # 'Rwandan soldiers, according to UN experts'
        and not _SELF_REPORT.match(text, verb.end())
        and not _CLAIMED_RESPONSIBILITY.match(text, verb.start())
        and not _claims_control(text, verb.start())
    )


def _claims_control(text: str, at: int) -> bool:
    """'the AA claimed unchallenged control of', 'the RSF announced its control over': one of the
    vocabulary's control phrases, told by the side that holds the place, not by a teller."""
    m = vocab().capture.match(text, at)
    words = m.group(0).lower().split() if m else []
    return bool(words) and words[-1] == "control" and words[0] in vocab().words("control_verbs")


_VOICE_AND_NAME = re.compile(
    rf"(?i:{_ITS_VOICE.pattern})(?:\s+(?:in|for)(?:\s+[A-Z][\w’'-]*){{1,3}}(?:\s+(?:province|state|region))?)?"
    rf"(?:(?:\s+[A-Z][\w’'.-]*){{1,4}}|,(?:\s+[A-Z][\w’'.-]*){{1,4}},)?"
)
"""'a TNLA spokesperson Lway Yay Oo', 'A Houthi spokesman, Yahya Saree,', "the Houthis' health ministry",
"Congo's army spokesman in Ituri province, Lieutenant Jules Ngongo,": the voice, where it speaks for, and its
name."""
