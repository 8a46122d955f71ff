"""Sentences with true offsets, quoted speech regions, and who the article says is speaking."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from reconcile.extract.dates import MONTH, WEEKDAY
from reconcile.extract.segment import split_sentences
from reconcile.extract.vocab import WORD, denial_verbs, vocab
from reconcile.extract.wrapping import line_spans
from reconcile.models import Document

_QUOTE_PAIRS = [("“", "”"), ('"', '"')]
_SUBORDINATORS = re.compile(
    r"^(?:while|although|though|as|but|and|however|meanwhile|also|so|because|when|after|where|whereas|if)\s+",
    re.IGNORECASE,
)
_SPEAKER_MAX_WORDS = 14
SAID = "said|says|say|reported|reports|claimed|claims|announced|told|added|stated|confirmed"
"""Verbs that report a source's words, as a regex alternation."""
_OPENING_PHRASE = re.compile(r"(?i)(?:in|on|at|later|earlier|separately|meanwhile|however)\b")
"""A sentence's opening phrase before its subject ('In a statement, it said')."""
_COUNTED_FIRST = re.compile(
    r"(?i)^(?:including|among\s+them|of\s+(?:whom|them))\s+[\d,.]+\s+(?:(?:of\s+)?whom\s+|that\s+)?"
)
"""The count a relative clause's source follows ('including 41 the IDF has confirmed dead')."""
_LIST_MARKER = re.compile(
    r"(?:[ \t]*(?:[-*•‣▪]|\d{1,2}[.)]|#{1,6}|\d{1,2}:\d{2}(?:[ \t]*(?:GMT|UTC|[AP]M|local))?[ \t]*[-–—|])"
    r"[ \t]+)+"
)
"""A bullet, a list number, a heading mark or a live blog's '12:05 GMT -', or several ('## 18:40 GMT - '):
not part of the sentence."""
_DATELINE = re.compile(
    r"[ \t]*(?:\*\*)?[A-Z][A-Z.'’/-]{2,}(?:[ ][A-Z][A-Z.'’/-]+){0,3}(?:,[ \t]*[A-Z][A-Za-z .]{1,30}?)?"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*(?:\([A-Za-z0-9 .,&/]{1,30}\))?[ \t]*(?:\*\*)?"
    r"[ \t]*(?:--|[-–—])[ \t]*(?=[A-Z“\"])"
    r"|[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]*\([A-Za-z .&/]{1,30}\)[ \t]*[-–—][ \t]*(?=[A-Z“\"])"
    r"|[ \t]*(?:\*\*)?(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[A-Z][A-Z.'’/-]{2,}(?:[ ][A-Z][A-Z.'’/-]+){0,2}),"
    r"[ \t]*"
    r"(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},)[ \t]+\d{4}(?:\*\*)?[ \t]*"
    r"(?:\([A-Za-z .&/]{1,30}\)[ \t]*)?[-–—][ \t]*"
    r"(?=[A-Z“\"])"
    r"|[ \t]*(?:\*\*)?[A-Z][A-Z.'’/-]{2,}(?:[ ][A-Z][A-Z.'’/-]+){0,2}(?:\*\*)?:[ \t]+(?=[A-Z“\"])"
    r"|[ \t]*[A-Z][A-Z.'’-]{2,}(?:[ ][A-Z][A-Z.'’-]+){0,3},[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\.?[ \t]*"
    r"/[A-Za-z-]{2,12}/\.?[ \t]*(?=[A-Z“\"]|$)"
    r"|[ \t]*\*{0,2}[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,[ \t]*(?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?|[A-Z]{2,8})"
    r"\*{0,2}[ \t]+[–—][ \t]*(?=[A-Z“\"])"
    r"|[ \t]*[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ \t]+[-–—][ \t]+(?=(?:The|A|An|At|In|On)[ ]|[A-Z][a-z]*[ ][a-z])"
)
"""A wire dateline opening a paragraph: 'GOMA, Jan 28 (Reuters) - ', 'BEIRUT (AP) — ', 'PORT-AU-PRINCE,
Haiti — ', 'YANGON, April 12 (Xinhua) -- ', 'Jan 6 (Reuters) - ', 'Kyiv, 13 April 2025 - ', 'Maputo, 5 Apr
2021 (Lusa) - ', 'QUETTA: ', 'Islamabad, Pakistan – ', 'Tehran, IRNA – ', 'Mogadishu - ', 'MOSCOW, April
14. /TASS/. ', '**GENEVA (4 October 2024)** – ', '**Kinshasa, 29 July 2025** – ', '*Damascus, SANA* — '."""

_FIRST_FIGURES = r"(?:latest|new|official|initial|preliminary|provisional|available|updated|unofficial|first)"
_FIGURE_NOUNS = r"(?:figures|data|numbers|information|estimates?|count|tally|findings)"
_FIGURES_FROM = re.compile(
    rf"(?i)^(?:the\s+)?(?:{_FIRST_FIGURES}\s+)?{_FIGURE_NOUNS}\s+"
    r"(?:(?:gathered|collected|compiled|published|released)\s+)?(?:from|by|of)\s+(?=\S)"
)
"""'according to the latest figures from the Norte de Santander government', 'according to information
gathered by the UN office': the government, the office tells them."""
_SOURCELESS_FIGURES = re.compile(
    rf"(?i)(?:the\s+)?(?:{_FIRST_FIGURES}\s+)*{_FIGURE_NOUNS}|(?:{_FIRST_FIGURES}\s+)+reports?|reports"
    r"|(?:a|an|the)\s+(?:post|video|message|statement)\s+on\s+.+"
)
"""'according to preliminary information, 30 people were killed', 'according to initial reports', '(the
ministry said ...,) according to a post on the ministry's Telegram channel': no one is
named as the teller ('the report' is the report of the teller named before it)."""
_ACCORDING_TO = re.compile(
    r"(?i)\baccording\s+to\s+((?:(?:[A-Z]\.){2,}|\((?-i:[A-Z][A-Za-z-]{1,12})\)|[^,.;:—–(]|-(?!-))+)"
)
"""'according to the U.N.', 'according to U.S. officials': a dotted acronym does not end the source, nor a
bracketed one ('the UN Integrated Office in Haiti (BINUH)'); a dash or another bracket does ('according to a
teacher — a tally that would make it ...')."""
_SAID_BEFORE_RELAY = re.compile(
    r"(?i)\b(?:said|says|told\s+[\w ]{1,30}?|stated|wrote|added)\b[^.;:!?]{0,60}?,?\s+$"
)
"""A speaker's verb just before 'according to': '..., said Mayor X, according to the Associated Press' names
who spoke and then who relayed it."""
_VERB_AFTER_SOURCE = re.compile(
    r"\s+(?:claimed|said|says|showed|shows|suggest(?:s|ed)?|indicate[sd]?|were|was|is|are|killed|left)\b"
    r"|(?<!\bof)(?<!\bby)(?<!\bfrom)(?<!\bwith)\s+(?=\d)"  # not 'a coalition of 26 NGOs'
    r"|\s+(?=the\s+(?:death\s+|casualty\s+)?(?:toll|number|count|figure)s?\b)"
    r"|\s+in\s+what\b|\s+(?:on|last|this)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
"""'which according to first reports claimed 3 US personnel among the wounded', 'According to the UN 12
people were killed', 'According to sources contacted by AFP the death toll fluctuates': the source ends at
its verb, at the figure it gives or at the toll it tells; 'according to local people in what is the latest
success', 'according to residents on Friday': at the comment or the day that follows."""
_FOOTNOTE = re.compile(r"(?:\[\d+\]\s*)+")
_LAST_CLAUSE = re.compile(
    r"[.;:!?](?<!\bCol.)(?<!\bGen.)(?<!\bLt.)(?<!\bMr.)(?<!\bDr.)(?<!\bMs.)(?<!\bSgt.)(?<!\bMaj.)(?<!\bCapt.)"
    r"(?<!\bBrig.)(?<!\bCmdr.)(?<!\bAdm.)(?<!\bCpl.)(?<!\bPvt.)"
    r"(?<!\.[A-Z].)(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Gov|Sen|Rep)\.)(?<!\bSept\.)(?<!\bSt\.)"
    r"[*_]{0,2}\s|[“”\"]"
)
"""Where a clause ends, not after a title ('Col. Naw Bu'), an initial ('U.N.') or a month ('Jan. 6'); the
punctuation comes first so the look-behinds run only where there is some."""


@dataclass
class Sentence:
    """One sentence of a paragraph; `quotes` are the spans of quoted speech that overlap it."""

    start: int
    end: int
    text: str
    paragraph: int
    doc_text: str = field(repr=False)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    quote_speaker: str | None = None

    def in_quote(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.quotes)

    @cached_property
    def words(self) -> frozenset[str]:
        """The sentence's words, lower-cased: rules check them before scanning for their vocabulary."""
        return frozenset(WORD.findall(self.text.lower()))

    def may_hold(self, cues: frozenset[str]) -> bool:
        """Whether a phrase holding one of `cues` can be in the sentence."""
        return not self.words.isdisjoint(cues)


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    """Lines of the document that are not page furniture, as (start, end)."""
    return [
        (start, end)
        for start, end, _ in line_spans(doc.text)
        if doc.text[start:end].strip() and not any(r.start <= start and end <= r.end for r in doc.boilerplate)
    ]


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for open_q, close_q in _QUOTE_PAIRS:
        i = start
        while True:
            a = text.find(open_q, i, end)
            if a < 0:
                break
            b = text.find(close_q, a + 1, end)
            b = end if b < 0 else b + 1  # a quote left open runs to the paragraph's end
            spans.append((a, b))
            i = b
    return spans


def sentences(doc: Document) -> list[Sentence]:
    """Every sentence outside page furniture, split per paragraph so offsets stay exact."""
    out: list[Sentence] = []
    carried: str | None = None  # who speaks on into this paragraph ('X said:' or a quote left open)
    for index, (p_start, p_end) in enumerate(_paragraphs(doc)):
        marker = _LIST_MARKER.match(doc.text, p_start, p_end)
        p_start = marker.end() if marker else p_start  # '- M23 rebels seized ...': the bullet is no word
        chunk = doc.text[p_start:p_end]
        quotes = _quote_spans(doc.text, p_start, p_end)
        pieces: list[tuple[int, int, list[tuple[int, int]]]] = []
        for rel_start, rel_end in split_sentences(chunk):
            s, e = p_start + rel_start, p_start + rel_end
            marker = _FOOTNOTE.match(doc.text, s, e)
            if marker:  # "[12] After the ceasefire...": the citation marker is not part of the claim
                s = marker.end()
            filed = _DATELINE.match(doc.text, s, e) if s == p_start else None
            if filed:  # 'KINSHASA, Jan 28 (Reuters) - The army said ...': where and when filed, not who said
                s = filed.end()
            if s >= e:
                continue
            for piece_start, piece_end in _bounded(doc.text, s, e):
                inside = [(a, b) for a, b in quotes if a < piece_end and piece_start < b]
                pieces.append((piece_start, piece_end, inside))
        speakers = _quote_speakers(doc.text, p_start, p_end, quotes, pieces) if quotes else {}
        if quotes and quotes[0][0] == p_start and carried:  # a paragraph opening a quote the last introduced
            first = speakers.get(quotes[0])
            speakers[quotes[0]] = first if first and first.lower() not in PRONOUNS else carried
        carried = _speaks_on(doc.text, p_start, p_end, quotes, speakers)
        for piece_start, piece_end, inside in pieces:
            speaker = speakers.get(inside[0]) if inside else None
            text = doc.text[piece_start:piece_end]
            out.append(Sentence(piece_start, piece_end, text, index, doc.text, inside, speaker))
    return out


MAX_SENTENCE_CHARS = 1500
"""Longer 'sentences' (a table or a list run together without full stops) are cut at a clause break:
every rule reads its sentence, and one 20,000-word 'sentence' took over a minute."""


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut into pieces of at most MAX_SENTENCE_CHARS, at the last ';' or ',' (else space)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(";", start, limit), text.rfind(",", start, limit))
        if cut <= start:
            cut = text.rfind(" ", start, limit)
        cut = cut + 1 if cut > start else limit
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _outside_quotes(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    chars = list(text[start:end])
    for a, b in quotes:
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)


def _speaks_on(
    text: str,
    start: int,
    end: int,
    quotes: list[tuple[int, int]],
    speakers: dict[tuple[int, int], str | None],
) -> str | None:
    """Who speaks in the next paragraph's opening quote, if it names no one: the one a paragraph ending in
    a colon names ('Isa Sanusi, Director of Amnesty International Nigeria, said:'), else the speaker of
    the paragraph's last quote, left open at its end (a quote running over paragraphs reopens each one) or
    closed ('“The evidence is compelling,” said X of Amnesty.' over '“Above and beyond that, ...')."""
    body = text[start:end].rstrip()
    if body.endswith(":"):
        return find_speaker(_outside_quotes(text, start, end, quotes))
    return speakers.get(quotes[-1]) if quotes else None


def _quote_speakers(
    text: str,
    start: int,
    end: int,
    quotes: list[tuple[int, int]],
    pieces: list[tuple[int, int, list[tuple[int, int]]]],
) -> dict[tuple[int, int], str | None]:
    """Who speaks each quote of a paragraph: the attribution in the unquoted words of the sentences the
    quote runs through ('“We seized the base,” Col Naw Bu said.'), else the speaker named for an earlier
    quote of the paragraph, else the whole paragraph's. A paragraph's other sentences can quote others
    ('Analysts say ...')."""
    whole = find_speaker(_outside_quotes(text, start, end, quotes))
    speakers: dict[tuple[int, int], str | None] = {}
    last_named = None
    for quote in sorted(quotes):
        around = (
            find_speaker(_outside_quotes(text, s, e, quotes)) for s, e, inside in pieces if quote in inside
        )
        named = next((found for found in around if found and found.lower() not in PRONOUNS), None)
        # '“...,” he said': the one the paragraph names; a quote that goes on in a sentence of its own
        # ('“The rocket hit ...,” police said. “About 30 are dead.”') is still the last named speaker's
        speakers[quote] = named or last_named or whole
        last_named = named or last_named
    return speakers


_CONTRAST = re.compile(r"(?:,|;)\s*(?:while|whereas|but|where)\s+|;\s+")


def clause_speaker(sentence: Sentence, position: int) -> str | None:
    """The source of a second clause that names its own ('X said it had confirmed 36 deaths, while the
    Ombudsman's Office put the figure at around 40'): the claims after the contrast are the second's."""
    text, at = sentence.text, position - sentence.start
    breaks = [m.end() for m in _CONTRAST.finditer(text, 0, max(at, 0))]
    if not breaks:
        return None
    return _named_speaker(text[breaks[-1] :])


@lru_cache(maxsize=1024)
def _named_speaker(clause: str) -> str | None:
    """Cached: every claim after a contrast asks for the same clause."""
    found = find_speaker(clause)
    return found if found and found.lower() not in PRONOUNS else None


_TELLS_WHAT_FOLLOWS = re.compile(
    r"\s+(?:(?:say|says|said|claim|claims|claimed)\s+(?:that\s|(?:they|it|he|she|we)\s)|accus(?:ed|es|ing)\s)"
)
"""'militants say they killed 50', 'after Kabul accused Pakistan of carrying out airstrikes': the teller's
words follow it."""


def governed_from(text: str, speaker: str) -> int:
    """Where a speaker's claims start: 'Security forces free 155 hostages, militants say they killed 50'
    tells the second clause only, and so does a source named in a relative clause; a source told after its
    claims ('..., officials said') governs all."""
    at = text.find(speaker)
    if at > 0 and _TELLS_WHAT_FOLLOWS.match(text, at + len(speaker)):
        return at
    if (
        at > 0
        and _NEW_CLAUSE_BEFORE.search(text, 0, at)
        and _SAYS_WHAT_FOLLOWS.match(text, at + len(speaker))
    ):
        return at  # '20 people were wounded, and the ombudsman's office said five signatories were killed'
    relative = _RELATIVE_BEFORE.search(text, 0, at) if at > 0 else None
    if relative and not _COUNTED_BEFORE.search(text, 0, relative.start()):
        return at  # 'a population of 5,000, larger than the towns that Ukraine says its forces have taken'
    return 0


_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|whom)\s+$")
_COUNTED_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}$")
"""A count right before a relative clause whose source tells it ('the more than 37,000 Palestinians that
Gazan authorities estimate have been killed')."""


_NEW_CLAUSE_BEFORE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+$")
_SAYS_WHAT_FOLLOWS = re.compile(
    r"\s+(?:said|says|added|reported|confirmed|stated)\s+(?:that\s+)?(?:[\w“\"]+\s+){2}"
)
"""A speaker opening a second clause and telling what follows it, not the clause before."""


ASIDE_CHAR = r"(?:[^,;.]|(?<=\d)[,.](?=\d{3}))"
"""A character inside an aside: no clause mark, but a figure's thousands mark ('backed by 3,000 troops')."""
_RELATIVE_OPENS = re.compile(rf",\s+(?:who|which)\s+{ASIDE_CHAR}{{0,120}}$")


def aside_told_by(text: str, speaker: str) -> tuple[int, int] | None:
    """'The rebels, who are backed by 3,000 Rwandan troops according to UN experts, had captured Sake':
    a source named inside a relative clause tells that clause only; its span, if so."""
    at = text.find(speaker)
    told = ACCORDING_BEFORE.search(text, max(0, at - 20), at) if at > 0 else None
    if told is None or text[at + len(speaker) : at + len(speaker) + 1] != ",":
        return None
    opened = _RELATIVE_OPENS.search(text, 0, told.start())
    return (opened.start(), at + len(speaker)) if opened else None


_COMMA = re.compile(r"(?<!\d),\s*|,(?!\d{3}\b)\s*")
"""A comma between a lead's parts; not a figure's thousands mark ('the more than 37,000 Palestinians')."""
ACCORDING_BEFORE = re.compile(r"(?i)\baccording\s+to\s+$")
_GATHERED_BY = re.compile(
    r"(?i)^(?:information|reports?|figures|data|testimonies)\s+(?:received|gathered|collected|compiled|"
    r"obtained|verified)\s+by\s+"
)
"""'According to information received by the Mission': the Mission."""
_REACHED_BY = re.compile(r"(?i)\s+(?:contacted|interviewed|consulted|reached|quoted|cited)\s+by\s+.*$")
"""'according to security sources contacted by Le Monde': the sources, whom the outlet reached."""
_SPEAKING_ASIDE = re.compile(r",\s+(?:speaking|who\s+spoke|who\s+asked|asking)\b[^,;:]*,")
"""'Two U.S. officials, speaking to the AP on condition of anonymity as they were not authorised to speak
publicly, said': the aside's clauses ('as they ...') are not the sentence's."""
_QUOTED_AS_SAYING = re.compile(
    r"(?:^|[,.;:”\"]\s*)(?P<who>[^,.;:“”\"]{1,80}?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+as\s+"
    r"(?:saying|telling|stating)\b"
)
"""'he was quoted as saying by Reuters', 'The commander was quoted as telling state media': who spoke."""
_PASSIVE_AGENT = re.compile(
    r"\s+by\s+([^,.;:()]{2,60}?)(?=\s+(?:on|in|at|last|this|that|to|as|and|after|before|since|confirmed|said|says|"
    r"put|puts|reported|showed|shows|estimated|told)\b|[,.;:()]|$)"
)
"""A speech verb's passive agent: 'announced by the Presidential Council', 'reported by state media',
'findings cited by the Prosecutor General's Office confirmed' (up to the clause's own verb)."""


@lru_cache(maxsize=1024)
def find_speaker(clause: str) -> str | None:
    """The source a clause names: 'according to X', 'X said/told/claimed', 'X, ..., told KNG'. Cached: the
    claims of a sentence, its speaker and its titled person all ask of the same text."""
    v = vocab()
    m = _ACCORDING_TO.search(clause)
    if m and _SAID_BEFORE_RELAY.search(clause, max(0, m.start() - 80), m.start()):
        teller = find_speaker(clause[: m.start()])  # '..., the mayor said, according to Reuters': the mayor
        if teller:
            return teller
    source = _VERB_AFTER_SOURCE.split(m.group(1).strip(), maxsplit=1)[0] if m else ""
    if m and not _SOURCELESS_FIGURES.fullmatch(source) and source.lower().split()[-1:] != ["the"]:
        return _tidy(_REACHED_BY.sub("", _GATHERED_BY.sub("", _FIGURES_FROM.sub("", source))))
    quoted = _QUOTED_AS_SAYING.search(clause) if "quoted as" in clause else None
    if quoted:  # '“...,” he was quoted as saying by news agency Reuters': he speaks, the agency relays
        return _tidy(quoted.group("who"))
    issued = _ISSUED_SAYING.search(clause) if any(w in clause for w in _ISSUED_WORDS) else None
    if issued:  # 'The NUG released a statement that the junta carried out 650 airstrikes': the NUG's figures
        who = _tidy(_CONJUNCTION.split(issued.group("who"))[-1])
        if who and len(who.split()) <= _SPEAKER_MAX_WORDS and _looks_like_source(who):
            return who
    for verb in v.speech.finditer(clause):
        if verb.group(0).lower() == "according to" or _REPORTED_HARMED.match(clause, verb.start()):
            continue  # 'Dozens reported killed': reportedly killed, no one reporting
        if verb.group(0).lower() in _SPEECH_NOUNS and _BY_OR_OF.match(clause, verb.end()):
            continue  # 'Earlier estimates by rights groups had put': a noun, the source after it
        if verb.group(0).lower() in _SPEECH_NOUNS and _SPEECH_NEXT.match(clause, verb.end()):
            continue  # 'Secondary reports claim that ...': a noun, the verb after it
        if _LIVES_CLAIMED.match(clause, verb.end()):
            continue  # 'a manhunt claimed the lives of more than 180 people': killed, no one claiming
        if m and m.start() <= verb.start() < m.end():
            continue  # 'according to initial reports': a noun, no one reporting
        if verb.group(0).lower() in _SPEECH_NOUNS and _A_NOUN_BEFORE.search(clause, 0, verb.start()):
            continue  # 'We are aware of claims of civilian casualties': the claims, no one claiming
        if verb.group(0).lower().startswith("posted") and _MEDIA_BEFORE.search(clause, 0, verb.start()):
            continue  # 'Videos posted on social media showed': what was posted, no one posting
        by = _passive_source(clause, verb.end())
        if by:  # 'the truce announced by the Presidential Council', 'as reported by local media'
            return by
        if _PASSIVE_TOLD.search(clause, max(0, verb.start() - 25), verb.start()):
            continue  # 'no casualties were immediately reported': told, by no one named
        if _IN_WHAT.search(clause, max(0, verb.start() - 60), verb.start()):
            continue  # 'murdered ... in what the ministry spokesman described as propaganda': his word
        if _quoted_at(clause, verb.start()):
            continue  # '“We can say that Palma is safe,” the commander told journalists': the quote's words
        lead = _LAST_CLAUSE.split(_NICKNAME.sub("", clause[: verb.start()]))[-1]  # 'Dagalo "Hemedti",'
        lead = _DATELINE_LEAD.sub("", lead)  # 'January 12, 2025 (KHARTOUM) – The commander of the RSF, X'
        lead = _DASHED_ASIDE.sub(" ", lead)  # 'the SITE Intelligence Group—which monitors jihadist activity—'
        lead = _SPEAKING_ASIDE.sub(" ", lead)  # 'Two officials, speaking ... as they were not authorised to,'
        lead = _AGE_APPOSITION.sub("", lead)  # 'Freed hostage Mehboob Ahmed, 31, described'
        lead = _AUXILIARY_AFTER_COMMA.sub(", ", lead)  # 'The director of the WHO, Tedros ..., has reported'
        lead = _DAY_BEFORE_VERB.sub(" ", lead)  # 'Governor X on Sunday, June 15, 2025, confirmed'
        lead = _COMMA_NAME.sub(_abbreviated, lead)  # 'Framework for Peace, Security and Development (CSP)'
        estimated = _ESTIMATES_BY.search(lead)
        if estimated:  # 'Earlier estimates by human rights organizations had put the toll at': theirs
            return _tidy(estimated.group("who"))
        lead = _CONJUNCTION.split(lead)[-1]  # 'Syrian rebels seize Hama as army says': the army says
        lead = _BUT_SUBJECT.split(lead)[-1]  # 'There is no official tally but authorities claimed'
        after_quote_or_comma = not lead.strip() or _COMMA_BEFORE.search(lead)
        says = verb.group(0).lower() in _INVERTING_VERBS and after_quote_or_comma
        inverted = _INVERTED_SOURCE.match(clause, verb.end()) if says and not _named_with_role(lead) else None
        if inverted and (
            _NOT_A_SOURCE.search(inverted.group(1)) or _CLAUSE_GOES_ON.match(clause, inverted.end())
        ):
            inverted = None  # 'Officials, speaking on condition of anonymity, said 20 soldiers were missing';
            # 'Grey Zone, said the group's commander, Sergei Shevchenko, had been killed': what was said
        if inverted:  # '..., says aid group', '“...,” said Col Naw Bu': the source follows the verb
            return _tidy(_TRAILING_ADVERB.sub("", inverted.group(1)))  # '..., said spokesman X on Aug 5'
        if _noun_before().search(lead):  # 'competing claims', 'the reports': nouns
            continue
        parts = [p for p in (piece.strip(' “”"') for piece in _COMMA.split(lead)) if p]
        if len(parts) > 1 and _ASIDE.match(parts[-1]) and not _COMMA_BEFORE.search(lead):
            continue  # 'The figures, which the authorities have not confirmed': the verb is the aside's own
        while len(parts) > 1 and _ASIDE.match(parts[-1]):
            parts.pop()  # 'Al-Shabaab, in a statement on its Andalus radio, claimed': the aside is no one
        if not parts:
            continue
        if parts[-1] == "it" and len(parts) == 2 and _OPENING_PHRASE.match(parts[0]):
            return "it"  # 'In a statement, it said': the body named before, as 'It said' opening a sentence
        # "Col Naw Bu, head of the KIO's Information Department, told KNG": keep the name and the role
        listed = (
            len(parts) >= 3 and " and " in parts[-2]
        )  # 'in Surin, Si Sa Ket and Buri Ram, the ministry said'
        addressed = len(parts) >= 3 and _PLACE_ENDS.search(parts[-3]) is not None  # 'in Gwoza, Borno State,'
        named = len(parts) >= 2 and _is_name(parts[-2]) and not listed and not addressed
        role_first = len(parts) >= 2 and _is_name(parts[-1]) and _ROLE_BEFORE_NAME.match(parts[-2].strip())
        # 'A spokesman for the ruling military, Zaw Min Tun, confirmed': the role says whose voice he is
        joined = (named and _is_role(parts[-1])) or role_first or (named and _titled_with_an_aside(parts))
        candidate = ", ".join(p.strip() for p in parts[-2:]) if joined else parts[-1]
        if not joined and len(parts) >= 2 and _DESCRIBED_BODY.match(parts[-1]) and _A_BODY.search(parts[-2]):
            candidate = parts[-2]  # 'Jama'a Nusrat ul-Islam (JNIM), an Islamic terrorist group ..., claimed'
        candidate = _SUBORDINATORS.sub("", _INNER_CLAUSE.split(candidate.strip())[-1])
        candidate = re.sub(r"(?i)^(?:in\s+what|that|who)\s+", "", candidate)
        candidate = _COUNTED_FIRST.sub("", candidate)  # 'including 41 the IDF has confirmed dead': the IDF
        candidate = _WHO_AFTER.sub("", candidate)  # 'an official who was granted anonymity to speak'
        own_words = _OWN_WORDS.match(candidate)  # 'X issued a statement in which he', 'X produced a video it'
        candidate = own_words.group("who") if own_words else candidate
        candidate = _IN_ITS_OWN_MEDIUM.sub("", candidate)  # 'The MNDAA in a statement on Facebook said'
        candidate = _TRAILING_ADVERB.sub("", candidate)  # 'Local hospital officials later put the toll at'
        candidate = _PERFECT.sub("", candidate)  # 'Russia has claimed the capture of': Russia
        coordinated = _COORDINATED.match(candidate)
        if coordinated:  # 'The government did not comment on the toll but said': the first verb's subject
            candidate = coordinated.group(1)
        if _THIS_ARTICLE.search(candidate) or _PREPOSITION_FIRST.match(candidate):
            continue  # 'An earlier version of this article incorrectly said': the outlet correcting itself;
            # '“dozens” of its soldiers had been killed and said': the end of a phrase, not who says
        if candidate and len(candidate.split()) <= _SPEAKER_MAX_WORDS and _looks_like_source(candidate):
            return _tidy(candidate)
    with_saying = _WITH_SAYING.search(clause) if "with" in clause else None
    if with_saying and _looks_like_source(with_saying.group("who")):
        return _tidy(with_saying.group("who"))  # '..., with Hamas officials saying 274 people were killed'
    if re.search(r"(?i)\breportedly\b", clause):
        return "unnamed sources (reportedly)"
    return None


_WITH_SAYING = re.compile(
    r"\bwith\s+(?P<who>[^,;:“”\"]{2,60}?)\s+(?:saying|reporting|claiming|estimating|putting\s+the)\b"
)
"""A source told in an absolute clause ('while Palestinians counted the cost, with Hamas officials saying
274 people were killed')."""


_DISCOURSE_WORDS = frozenset(
    {
        *("however", "meanwhile", "moreover", "but", "and", "also", "still", "yet", "instead", "earlier"),
        *("later", "separately", "in", "on", "for", "since", "then", "now", "today", "yesterday"),
        *("by", "at", "after", "before", "during", "until"),
        *("initially", "previously", "subsequently", "additionally", "furthermore", "nevertheless"),
        *("nonetheless", "notably", "overall", "finally", "first", "firstly", "secondly", "thus"),
    }
)


@lru_cache(maxsize=1)
def _noun_before() -> re.Pattern[str]:
    """A speech word used as a noun: 'the reports', 'competing claims', 'received reports of', 'denied
    Russian claims that', 'Preliminary reports suggest', 'launched following reports that'."""
    return re.compile(
        r"(?i)\b(?:the|a|an|these|those|such|competing|conflicting|numerous|many|several|his|her|their|its|"
        r"our|unverified|unconfirmed|false|similar|credible|received|receiving|preliminary|initial|early|"
        rf"latest|local|following|amid|despite)\s+$|\b(?:{denial_verbs()})\s+(?:\w+\s+)?$"
    )


_SPEECH_NOUNS = frozenset({"estimates", "estimate", "claims", "claim", "reports"})
"""Speech words that are also nouns ('claims of civilian casualties', 'estimates by rights groups')."""
_BY_OR_OF = re.compile(r"\s+(?:by|from|of)\b")
_SPEECH_NEXT = re.compile(r"\s+(?:claim|claimed|say|said|suggest|suggested|indicate|indicated|show|showed)\b")
_LIVES_CLAIMED = re.compile(r"\s+(?:the\s+lives?\s+of|(?:[\w,]+\s+){0,3}lives)\b")
_REPORTED_HARMED = re.compile(
    r"(?i)reported\s+(?:killed|dead|wounded|injured|missing|captured|kidnapped|abducted)\b"
    r"|(?:said|reported|believed|thought|known)\s+to\s+(?:have|be|fall|hold|control|number|include)\b"
    r"|(?:(?<=\bthe\s)|(?<=\bfirst\s)|(?<=\blatest\s)|(?<=\bonly\s)|(?<=\bnewly\s))"
    r"reported\s+(?!(?:that|to|by|on|in|at)\b)[a-z]"
)
"""'Dozens reported killed': 'reported' before a participle of harm is 'reportedly', no one reporting
('The army denied killing' is a speaker denying); so is 'Photos said to have been from the hospital', 'the
first township reported to fall to the AA', 'the first reported township to fall' (an adjective)."""
PASSIVE_AUXILIARY = r"(?i)\b(?:was|were|been|being|be|is|are)\s+(?:(?:also|later|then|further|[a-z]+ly)\s+)?$"
"""Before a passive participle ('were immediately reported', 'had been fully encircled', 'was announced')."""
_PASSIVE_TOLD = re.compile(
    rf"{PASSIVE_AUXILIARY}|\b(?:than|as)\s+(?:(?:first|initially|previously|earlier)\s+)?$"
)
"""A passive 'were immediately reported', or a comparison 'far higher than initially reported': told, by no
one named."""
_COMMA_BEFORE = re.compile(r",[”\"’]?\s*$")
_INVERTING_VERBS = frozenset({"said", "says", "wrote", "added"})
"""Verbs a source may follow after a quote or comma ('“...”, wrote Kyrylenko', '..., added the mayor')."""
_INVERTED_SOURCE = re.compile(
    r"\s+(?!(?:on|in|at|last|this|late|early|yesterday|today|that)\b)([^,.;:“”\"]{2,100}?)"
    r"\s*(?:[,.;](?!\d)|$)",  # '..., said more than 6,270 people had fled': a figure's comma ends no source
    re.I,
)
_DATELINE_LEAD = re.compile(r"^.*\([A-Z][A-Za-z .]{1,30}\)\s*(?:--|[–—-])\s+")
_A_NOUN_BEFORE = re.compile(r"(?i)\b(?:of|the|these|those|such|any|their|its|his|her|our|new)\s+$")
"""Before 'claims' or 'reports' used as a noun ('aware of claims of', 'these reports')."""
_CONJUNCTION = re.compile(r"\s(?:as|while|after|when|because|although|though|before|whereas)\s")
"""Where a clause before the speech verb's own begins ('Rebels seize Hama as army says it withdrew'; not
'but': 'The government did not comment but said' is one subject's two verbs)."""
_AGE_APPOSITION = re.compile(r",\s+(?:aged\s+)?\d{1,3},(?=\s)")
"""A person's age set off by commas after their name ('Mehboob Ahmed, 31, said'): part of who speaks."""
_BUT_SUBJECT = re.compile(r"\sbut\s+(?=\S)")
"""'but' opening a clause with a subject of its own ('no official tally but authorities claimed'): the speaker
is that subject; a bare 'but said' goes on the first subject's sentence."""
_ESTIMATES_BY = re.compile(
    r"(?i)\b(?:estimates?|figures?|counts?|tall(?:y|ies)|data)\s+(?:by|from)\s+(?P<who>[^,;]{2,80}?)"
    r"(?:\s+(?:had|has|have))?\s*$"
)
"""A figure's source named after it, before the verb telling it: 'Earlier estimates by human rights
organizations in Haiti had put the death toll at'."""
_COMMA_NAME = re.compile(
    r"[A-Z][\w’'-]*(?:,?\s+(?:[A-Z][\w’'-]*|of|for|and|the|on|in)){1,12}\s*\(([A-Z][A-Za-z-]{1,12})\)"
)
"""An organisation's long name followed by its abbreviation in brackets."""


def _abbreviated(name: re.Match[str]) -> str:
    """The abbreviation alone for a name with a comma in it ('the Permanent Strategic Framework for Peace,
    Security and Development (CSP-PSD)'), whose comma would otherwise split the speaker in two; not for a
    person before the comma ('Gen. Restituto Padilla, Armed Forces of the Philippines (AFP) spokesman')."""
    joined = _JOINED_WORDS.search(name.group(0).split(",", 1)[0])
    return name.group(1) if "," in name.group(0) and joined else name.group(0)


_JOINED_WORDS = re.compile(r"\s(?:of|for|and)\s")
"""Words joined inside one name ('Framework for Peace'), as no person's name is."""


_MEDIA_BEFORE = re.compile(r"(?i)\b(?:videos?|images?|footage|photos?|photographs?|pictures?|clips?)\s+$")
_NICKNAME = re.compile(r"\s+[“\"][A-Z][\w’'-]+[”\"](?=\s*,)")
"""A nickname in quotes after a name ('Mohamed Hamdan Dagalo "Hemedti",'): part of no source's words."""
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s*)?(?:had|has|have|was|were|is|are|would|will|could)\b"
)
"""After 'said the commander,' a name and a verb: the commander is the subject of what was said."""


def _is_name(part: str) -> bool:
    """'Col Naw Bu' before ', head of ...': a few capitalised words, not 'Five soldiers were killed'."""
    words = [_NAME_PARTICLE.sub("", w.strip("()")) for w in part.split()]
    if not words or words[0].lower() in _DISCOURSE_WORDS or _A_DAY.search(part):
        return False  # 'GMT on Wednesday, the ship's owner said': when, not who
    joined = all(w[:1].isupper() or w in _NAME_JOINERS for w in words[1:-1])  # 'Observatory for Human Rights'
    return len(words) <= 7 and words[0][:1].isupper() and words[-1][:1].isupper() and joined


_A_DAY = re.compile(rf"\b{WEEKDAY}\b")
_NAME_JOINERS = frozenset({"of", "for", "the", "and", "de", "on"})
HISTORY_AFTER = re.compile(r"(?:[’']s)?\s*(?:(?:recent|modern|whole|entire|long|own)\s+)?history\b")
"""After a place: "one of the deadliest massacres in Haiti's recent history" ranks the event within the
place's past; the event itself was elsewhere, in a place the story names."""
BODY_BEFORE_PLACE = re.compile(
    r"(?i)\b(?:(?:office|mission|embassy|consulate|delegation|representative|coordinator|envoy|bureau)\s+"
    r"(?:in|for|to)|(?:minister|ministry|secretary|department|office|bureau|director|commissioner|council|"
    r"committee|chief|head|leader|boss|founder|spokes(?:man|woman|person)|citizens?|nationals?)\s+of|"
    r"(?:told\s+(?:reporters|journalists|the\s+media)|(?:news|press)\s+conference|briefing|speaking)\s+in|"
    r"(?:support|help|assistance|backing)\s+from|"
    r"(?:agreement|deal|accord|talks|truce|ceasefire|meeting|summit|negotiations)\s+(?:(?:was|were|been)\s+)?"
    r"(?:reached|signed|held|brokered|struck|agreed|hosted|mediated|concluded)\s+(?:in|at))"
    r"\s+(?:the\s+)?$"
)
"""Just before a place: 'the UN Integrated Office in Haiti', 'the US embassy in Kyiv' name where a body sits,
'Minister of Information' an office, 'citizens of Tajikistan' a nationality, 'told reporters in Juba' where
a statement was made, 'support from Australia' a helper, 'an agreement reached in Kunming' where talks
were held, not where the event it reports was."""
DEMONYMS_IN_I = (
    r"Israeli|Iraqi|Yemeni|Somali|Saudi|Kuwaiti|Qatari|Emirati|Omani|Thai|Nepali|Pakistani|Bangladeshi"
)
"""Nationalities ending in '-i', listed, as place names end so too ('Pazigyi airstrike')."""
DEMONYMS_IN_AN = r"American|Mexican|Cuban|Kenyan|Ugandan|Rwandan|Moroccan|Libyan|Afghan"
"""Nationalities ending in a bare '-an', listed, as many place names end so too ('Sudan', 'Kordofan')."""
DEMONYM = rf"U\.S\.|US|UK|(?!These\b)[A-Z][a-z]+(?:ian|ean|ese|ish|ani|an)|{DEMONYMS_IN_I}"
"""A nationality adjective ('Russian', 'Thai'; not 'These', which only looks like 'Chinese')."""
ARABIC_ARTICLE = r"(?:al|el|wal|ul|ad|ash|as|at|an|ar|az|ez|es|ibn|bin|abu)-"
"""An Arabic article or kin word joined to the capitalised word of a name ('al-Islam', 'Deir ez-Zor')."""
_NAME_PARTICLE = re.compile(rf"^{ARABIC_ARTICLE}(?=[A-Z])")
"""'Nusrat al-Islam wal-Muslimin', 'Ahrar al-Sham': an Arabic article or kin word joined to a name."""


def _named_with_role(lead: str) -> bool:
    """'Tryphon Mulumba, chair of the Air Transport Authority, said the army ...', 'The head of the
    president's office, Andriy Yermak, said the strike ...': a name and its role before 'said' are who says,
    so what follows is what was said, not an inverted source."""
    parts = [p.strip() for p in lead.strip().rstrip(",").split(",")]
    if len(parts) != 2:
        return False
    return (_is_name(parts[0]) and _is_role(parts[1])) or bool(
        _ROLE_BEFORE_NAME.match(parts[0]) and _is_name(parts[1])
    )


def _titled_with_an_aside(parts: list[str]) -> bool:
    """'Ethiopian Prime Minister Abiy Ahmed, Nobel Peace Prize laureate, told': a titled person, then a few
    capitalised words about him; not 'Colonel X, Major Y and ...', people listed."""
    name, aside = parts[-2].split(), parts[-1].split()
    titles = vocab().words("person_titles")
    titled = len(name) >= 3 and any(w.lower().rstrip(".") in titles for w in name[:-2])
    another = bool(aside) and aside[0].lower().rstrip(".") in titles  # 'Col X, Deputy Minister Y, said'
    described = bool(aside) and aside[0][:1].isupper()  # not 'X, confirming the tragedy, said'
    return titled and described and len(aside) <= 5 and " and " not in parts[-1] and not another


def _is_role(part: str) -> bool:
    """'head of the KIO's information department', 'Director of Amnesty International Nigeria', 'director
    general of Borno State's emergency management agency', 'Armed Forces of the Philippines spokesman'."""
    lower_role = (
        re.match(
            r"(?i)\s*(?:who|head|chief|leader|spokes|a\s|an\s|the\s|another\s|one\s+of\s|[\w-]+(?:\s[\w-]+)?['’]s\s|"
            rf"(?:(?:acting|deputy|interim|senior|former|provincial|regional|district)\s+)?"
            rf"(?:{_OFFICES})(?:[\s-]general)?\s+of\s)",
            part,
        )
        and not part[:1].isupper()
    )
    return bool(lower_role or _TITLE_OF.match(part.strip()) or _OFFICE_LAST.search(part))


_PLACE_ENDS = re.compile(r"\b(?:in|at|near|from|outside)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")
"""A place named before a comma: the capitalised words after the next comma are its address, no speaker."""
_OFFICES = (
    r"spokes(?:man|woman|person)|commander|minister|official|leader|head|chief|director|secretary|"
    r"chair(?:man|woman|person)?|coordinator|representative|president|governor|mayor"
)
"""The offices a source is named by, before or after the name."""
_OFFICE_LAST = re.compile(rf"(?i)\s(?:{_OFFICES}|envoy)\s*$")
"""A role that ends with its office ('Armed Forces of the Philippines (AFP) spokesman')."""
_TITLE_OF = re.compile(
    rf"(?:(?:Deputy\s+)?(?=[A-Z])|[A-Z][A-Z&]+\s+(?:(?i:deputy|acting)\s+)?)(?i:{_OFFICES})(?:[\s-]+General)?"
    r"\s+(?:of|for|at)\s"
)
"""A capitalised title with its office ('Director of Amnesty International Nigeria', 'MSF director of
operations'): a role, not a name."""


_ROLE_BEFORE_NAME = re.compile(
    rf"(?i)(?:an?|the)\s+(?:[\w-]+\s+)?(?:{_OFFICES})(?:\s+(?:for|of|at|in)\s+|\s*$)"
)
"""'A spokesman for the ruling military, Zaw Min Tun', 'A Houthi spokesman, Yahya Saree': a role, then who."""
_INNER_CLAUSE = re.compile(
    r"\s+(?:as|while|when|after|because|since|before|until)\s+(?=[A-Z])|(?<!\bin)(?<!\bof)\s+(?:that|which|whom)\s+(?=[A-Z]|the\s|[a-z]+(?:\s+[a-z]+)?$)"
)
"""'Fighting rages in Lashio as MNDAA claims ...', 'the more than 37,000 Palestinians that Gazan authorities
estimate have been killed': the source is the subject of the last clause."""
_PREPOSITION_FIRST = re.compile(r"(?i)(?:of|in|on|at|for|from|with|by|to|into)\s")
_THIS_ARTICLE = re.compile(r"(?i)\bversion\s+of\s+this\b|\bthis\s+(?:article|story|report)\b")
_TRAILING_ADVERB = re.compile(
    r"(?i)\s+(?:later|also|then|earlier|now|previously|separately|initially|subsequently|again|already|"
    r"recently|strongly|firmly|vehemently|flatly|categorically|publicly|formally|officially|repeatedly|"
    r"meanwhile|however|instead|too|immediately|quickly|swiftly|promptly|(?:only\s+)?just|"
    r"itself|themselves|himself|herself|this\s+time|yesterday|today|tonight|last\s+night)$"
    rf"|\s+(?:(?:late|early|earlier|later)\s+)?on\s+{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?$"
    r"|\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})$"
)
"""'Local hospital officials later', 'UNMISS strongly', 'Russia meanwhile', 'The Sudanese government
on Monday', 'Ukraine's General Staff on March 13', 'The State Government yesterday': when they spoke, not
who."""
_IN_ITS_OWN_MEDIUM = re.compile(
    r"(?i)\s+(?:in|via|through)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|"
    r"post|video|message|broadcast|speech|address|interview|press\s+conference|briefing)\b.*$"
)
"""The statement or video a source speaks in, told between it and its verb ('The MNDAA in a statement on
Facebook on Saturday said'): where it spoke, not who."""
_DESCRIBED_BODY = re.compile(
    r"(?i)\s*an?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:group|organi[sz]ation|affiliate|movement|faction)\b"
)
"""A description after a body's name ('an Islamic terrorist group active in Western Africa', 'an
al-Qaeda-affiliated terror group'): what it is, not a second source."""
_A_BODY = re.compile(r"^(?!.*\b[a-z]+ed\b).*\([A-Z][A-Za-z-]{1,12}\)")
"""A body named with its bracketed abbreviation ('Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)'), not a
clause that tells something of it ('The KIA (KIA) captured 90 outposts')."""
_DASHED_ASIDE = re.compile(r"\s*[—–]\s*(?:which|who|whose)\b[^—–]{1,120}[—–]\s*")
"""An aside set off by dashes between a source and its verb: what the source is, not who."""
_AUXILIARY_AFTER_COMMA = re.compile(r",\s+(?:has|have|had)(?:\s+(?:also|now|already))?\s*$")
_DAY_BEFORE_VERB = re.compile(
    rf"\s+on\s+(?:{WEEKDAY},?\s+)?(?:{MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:,?\s+\d{{4}})?,?\s*$"
)
"""A full date between the source and its verb, commas and all: when it spoke, not who."""
_OWN_WORDS = re.compile(
    r"(?P<who>.+?)\s+(?:issued|released|produced|published|shared|posted|put\s+out)\s+(?:a|an|its|his|her|their)\s"
    r".*?\s(?:in\s+which\s+)?(?:he|she|it|they)$"
)
"""A source, then the statement or video in whose words it speaks ('Netanyahu issued a statement in which
he said', 'The IDF on Wednesday produced a 30-second video it says shows'): the source is the subject."""
_ISSUED_WORDS = ("statement", "release", "communiqu")
_IN_WHAT = re.compile(r"(?i)\b(?:in|from|into|at|on)\s+what\s+(?:[\w’'-]+\s+){1,6}$")
_ISSUED_SAYING = re.compile(
    r"(?P<who>[^,;:“”\"]{2,80}?)\s+(?:has\s+|had\s+)?(?:issued|released|published|put\s+out|sent\s+out)\s+"
    r"(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[ée]|press\s+release)\s+"
    r"(?:(?:on|late|early)\s+\w+\s+)?(?:that|saying|stating|claiming|indicating|announcing|declaring)\b"
)
"""A source issuing a statement that tells the figures after it ('X released a statement that ...')."""
_WHO_AFTER = re.compile(
    r"\s+who\s+(?:was|were|is|are|had|has|have|asked|requested|declined|spoke|did|does|do)\b.*$", re.DOTALL
)
"""A relative clause after the source's noun, without a comma: how the source spoke, not who."""
_PERFECT = re.compile(r"(?<=[\w)])\s+(?:has|have|had)$")
_COORDINATED = re.compile(
    r"^(.+?)\s+(?:did|does|do|had|has|have|was|were|is|are|would|could|will|[a-z]{3,}ed)\b.*\s(?:but|and)$"
)
_NOT_A_SOURCE = re.compile(
    r"^\s*\d|\b(?:were|was|had|have|has|is|are|will|would)\b|(?<!who\s)(?<!that\s)\b[a-z]{3,}ed\s+(?:the|an?|\d)\b",
    re.IGNORECASE,
)
"""What follows 'said' when it is the report, not its source ('said 20 soldiers were missing', 'said KIA
troops attacked the camp'; not 'said a man who witnessed the attack')."""
_ASIDE = re.compile(
    r"(?i)\s*(?:in|on|at|via|through|during|after|before|speaking|writing|dated|"
    r"(?:led|backed|supported|headed|funded|armed|known|based)(?:\s+up)?\s+(?:by|as|in)|allied\s+(?:to|with)|"
    r"which|where|when|whose|meanwhile|however|too|also|moreover|separately|instead|for\s+(?:its|their|his|her)\s+part|"
    r"without|alongside|along\s+with|together\s+with|part\s+of|citing|"
    r"(?:the\s+)?capital\s+of|(?:a|the)\s+(?:town|city|village|district|region|province)\s+(?:in|of|near)|"
    r"who(?!\s+(?:leads|heads|runs|commands|chairs|directs|manages|oversees|serves\s+as|acts\s+as|is\s+(?:the|an?)\s)))\b"
)
"""What an aside between a source and its verb opens with ('The rebels, led by HTS, said', 'The BLA, which
claimed the attack, said', 'A resident of Kaya, where many of the wounded were taken, put the toll at',
'Three witnesses, who asked not to be named, said', 'The army, meanwhile, said', 'President Hassan Sheikh
Mohamud, who was elected in May, condemned', 'The MNDAA, part of an alliance fighting the junta, announced',
'X, without naming the town, stated'); not a role ('Col Naw Bu, who leads the KIO's information
wing, said': whose voice he is)."""
BETWEEN_SIDES = re.compile(r"(?i)\bbetween\s+(?:the\s+)?(?:[^,.;]{1,60}?(?:\s+and\s+(?:the\s+)?|\s*\())?$")
"""Before a side of the fighting: 'The war between the army and the RSF', 'clashes between the 444th
Brigade and the Special Deterrence Force (Radaa)': neither is the doer, nor a unit where it happened."""
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "him", "her", "them"})
"""Speakers that point back to one named before ('he said', 'according to him')."""
_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "not"})


_HEADLINE_TAIL = re.compile(r"(?:\s+[—–-]\s*|:\s+)(?P<who>[A-Za-z][\w.&'’ ]{1,40}?)\s*$")
_HEADLINE_LEAD = re.compile(r"^\s*(?P<who>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}):\s")
_SECTION_LABELS = frozenset({"LIVE", "UPDATE", "WATCH", "VIDEO", "PHOTOS", "OPINION", "EXCLUSIVE", "FACT"})
"""A headline's label before a colon, which names no source ('LIVE: ...')."""


def headline_source(title: str, body: str = "") -> str | None:
    """'Jaffar Express siege ends; 33 terrorists killed, 21 hostages martyred: ISPR', '... rises to 59 —
    Police': a headline names its source last, after a colon or a dash, in up to four words; or first,
    before a colon ('IDF: Under 100 killed'), when it is an acronym, a source noun or a name the story
    quotes ('Syrskyi: Ukraine controls 82 settlements' over 'Syrskyi said'; not 'Gaza: 274 killed')."""
    tail = _HEADLINE_TAIL.search(title)
    if tail and _named_source(tail.group("who").strip()):
        return tail.group("who").strip()
    lead = _HEADLINE_LEAD.match(title)
    who = lead.group("who") if lead else ""
    if not who or who in _SECTION_LABELS:
        return None
    quoted = re.search(rf"\b{re.escape(who)}\s+(?:{SAID})\b|\baccording\s+to\s+{re.escape(who)}\b", body)
    return who if _named_source(who) or quoted else None


def _named_source(who: str) -> bool:
    """An acronym ('ISPR', 'MoD') or a capitalised phrase ending in a source noun ('Health Ministry'), in up
    to four words."""
    words = who.split()
    acronym = len(words) == 1 and re.fullmatch(r"[A-Z][A-Za-z]{0,4}[A-Z]", who) is not None
    sourced = words[-1].lower() in vocab().words("source_nouns") and all(w[:1].isupper() for w in words)
    return len(words) <= 4 and (acronym or sourced)


GIVEN_WORDS = ("given", "cited", "reported", "issued", "released", "provided", "published", "announced")
GIVEN_VERBS = rf"(?:{'|'.join(GIVEN_WORDS)})"
"""Participles that tell a figure as given by a source ('the 70 reported by the UN', 'the toll given last
week')."""
EARLIER = r"(?:earlier|previously|initially|first)"
"""Adverbs telling a figure as an earlier version ('the estimate given earlier by the UN')."""
_GIVEN_BY = re.compile(rf"\s+{GIVEN_VERBS}(?:\s+(?:{EARLIER}|last\s+\w+))?(?=\s+by\s)")


def given_by(text: str, start: int, end: int) -> str | None:
    """'roughly double the estimate of about 300 given earlier by the United Nations', 'updating an earlier
    toll of 210 from the government media office': the source named right after a count, by a passive or
    as where the figure came from, which tells that count alone."""
    given = _GIVEN_BY.match(text, end)
    if given:
        return _passive_source(text, given.end())
    if _FIGURE_OF.search(text, max(0, start - 40), start) is None:
        return None
    source = _FROM_SOURCE.match(text, end)
    return _tidy(source.group(1)) if source and _looks_like_source(source.group(1)) else None


_FIGURE_OF = re.compile(r"(?i)\b(?:toll|figure|estimate|count|tally)\s+of\s+(?:about\s+|some\s+|around\s+)?$")
_FROM_SOURCE = re.compile(
    r"\s+from\s+((?:the\s+)?[^,.;:()“”\"]{2,60}?)"
    r"(?=\s+(?:on|in|at|last|this|that|to|as|and|after|before|since|which|who)\b|[,.;:()]|$)"
)


_CLAIM_NOUN = r"(?:claims?|allegations?|assertions?|figures?|tolls?|counts?|estimates?|numbers?)"
_CLAIM_OWNED = re.compile(
    rf"(?:(?P<owner>(?:[\w-]+\s+){{0,5}}[\w-]+)(?:[’']s|(?<=s)[’'])\s+{_CLAIM_NOUN}"
    rf"|\b{_CLAIM_NOUN}\s+(?:made\s+)?(?:of|by)\s+(?P<of>(?:[\w-]+\s+){{0,5}}?[\w-]+))"
    r"\s+(?:that\s+[^,.;:\"“”]{0,40}|of\s+)$"
)
"""'the Hamas-run health ministry's claim that', 'the claims of the occupation army that', 'the
ministry's toll of', 'local officials' claims that': whose figure the count right after it is."""
_A_CLAIM_NOUN = re.compile(_CLAIM_NOUN)
"""The claim noun alone: a window without one is passed over before the costly owner pattern runs."""


def claimed_by(text: str, start: int, sentence_start: int) -> str | None:
    """The one a count is told as the claim or figure of ('rejecting the Hamas-run health ministry's claim
    that more than 200 people died': the ministry's count, not the rejecting army's)."""
    window = max(sentence_start, start - 120)
    if _A_CLAIM_NOUN.search(text, window, start) is None:
        return None
    m = _CLAIM_OWNED.search(text, window, start)
    if m is None:
        return None
    owner = _noun_phrase_end((m.group("owner") or m.group("of")).split())
    return owner if owner and _looks_like_source(owner) else None


def _noun_phrase_end(words: list[str]) -> str:
    """The noun phrase the words end with: back to its article ('disputed the ministry': 'the ministry'),
    or to a name's first word ('rejecting Israel'), never a verb ('rejected local officials')."""
    kept: list[str] = []
    for word in reversed(words):
        if word in {"the", "The"}:
            return " ".join([word, *kept])
        if word.islower() and (word.endswith(("ed", "ing")) or (kept and kept[0][0].isupper())):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _passive_source(text: str, verb_end: int) -> str | None:
    """The agent after a verb of telling, when it reads as a source ('announced by the Presidential
    Council'; not 'said by telephone')."""
    agent = _PASSIVE_AGENT.match(text, verb_end)
    by = _tidy(agent.group(1)) if agent else ""
    return by if by and len(by.split()) <= _SPEAKER_MAX_WORDS and _looks_like_source(by) else None


def _quoted_at(clause: str, at: int) -> bool:
    """Whether `at` lies inside a quotation opened before it: the last quote mark before it opens one (a
    curly opening mark, or a straight one at the start or after a space). A sentence can begin inside a
    quote the one before opened ('No facilities were targeted," the ministry said'): its mark closes."""
    before = clause[:at]
    curly = max(before.rfind("“"), before.rfind("”"))
    straight = before.rfind('"')
    if curly > straight:
        return before[curly] == "“"
    return straight >= 0 and (straight == 0 or before[straight - 1].isspace() or before[straight - 1] in "([")


_LEFT_OPEN = frozenset(
    {"in", "of", "at", "on", "to", "for", "from", "by", "with", "the", "a", "an", "and", "or"}
)
"""Words no source ends with: what comes before them is a phrase cut short, not a name."""


def _looks_like_source(candidate: str) -> bool:
    v = vocab()
    lowered = candidate.lower()
    if lowered in {"this", "that", "which"} or candidate == "it":
        return False  # 'It said ...' opening a sentence is the body named before; 'it said' inside is not
    words = lowered.split()
    if words[-1] in _AUXILIARIES:
        return False  # 'No casualties were reported': a passive, nobody named
    if words[0] in {"no", "nobody", "none", "neither"}:
        return False  # 'no group had claimed responsibility': nobody told anything
    if words[-1] in _LEFT_OPEN:
        return False  # 'Tragic Event in Burkina Faso Results in Estimated 600 Fatalities': a phrase cut short
    head = lowered.split(" of ")[0].split()[-1]  # 'commander of the operation': a commander
    if v.attack.fullmatch(head) or v.casualty.fullmatch(head):
        return False  # 'Fresh strikes raised the death toll': an event, not a teller
    return bool(
        re.search(r"[A-Z]", candidate)
        or all(  # 'a local medical group', 'a local official and a rebel group'
            0 < len(told := part.split()) <= 6 and told[-1] in v.words("source_nouns")
            for part in lowered.split(" and ")
        )
        or v.party_speaker.search(candidate)
        or v.neutral_speaker.search(candidate)
        or v.actor.search(candidate)
        or lowered in {"they", "he", "she", "we"}
    )


def _tidy(text: str) -> str:
    """One-spaced, without the punctuation or pictographs ('🚨 Hamas') around it, nor an editor's bracketed
    words after it ('According to the mayor [the dead people] were ...')."""
    return _PICTOGRAPHS.sub("", _EDITOR_AFTER.sub("", re.sub(r"\s+", " ", text))).strip(" ,.;:")


_PICTOGRAPHS = re.compile(r"^[^\w\"“'‘(]+")
_EDITOR_AFTER = re.compile(r"\s*\[[^\]]*\]?\s*$")


@lru_cache(maxsize=1024)
def speaker_is_party(speaker: str | None) -> bool | None:
    """True when the speaker is a side of the fighting, False for independent voices, None if unknown."""
    if not speaker or speaker.startswith("unnamed"):
        return None
    v = vocab()
    if v.neutral_speaker.search(speaker):
        return False
    if v.actor.search(speaker) or v.party_speaker.search(speaker + " "):
        return True
    return None


_HEADING_END = re.compile(r"[.?!:;,\"\u201d\u2019)]\s*$")


def dateline_spans(doc: Document) -> list[tuple[int, int]]:
    """Where each paragraph's wire dateline is: the place in it is where the story was filed from, not
    where its events happened."""
    spans = []
    for start, end in _paragraphs(doc):
        filed = _DATELINE.match(doc.text, start, end)
        if filed:
            spans.append((start, filed.end()))
    return spans


def section_starts(doc: Document) -> list[int]:
    """Offsets of heading-like lines (short, no closing punctuation): where the topic may change."""
    starts, pos = [0], 0
    for line in doc.text.splitlines(keepends=True):
        body = line.strip()
        heading = body and len(body) < 90 and not _HEADING_END.search(body)
        if heading and pos > 0 and not doc.in_boilerplate(pos, pos + 1):
            starts.append(pos)
        pos += len(line)
    return starts
