"""Numbers in text with their hedges as intervals; designators, years and footnotes are not counts."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from text_to_num import text2num

from reconcile.extract.vocab import trie_alternation, vocab, words_regex

_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]
_SCALE = ["hundred", "thousand", "million", "billion"]
NUMBER_WORDS = _SMALL + _SCALE
_WORD = rf"(?:{trie_alternation(NUMBER_WORDS)})"
_RANGE = re.compile(
    rf"^\s*(?:to|-|–|and|or)\s*(?P<open>(?:more\s+than|over|at\s+least|upwards\s+of)\s+)?"
    rf"(\d[\d,]*\b|{_WORD}(?:-{_WORD})?(?![\w-]))",
    re.IGNORECASE,
)
"""'10 to 12', 'five to seven', 'two or three': the upper end of a range; '20,000 to more than 150,000' has
none."""
WORD_NUMBER = re.compile(
    rf"(?<![\w-]){_WORD}(?:(?:-|\s+|\s+and\s+){_WORD})*(?![\w])(?!-{_WORD})", re.IGNORECASE
)
DIGITS = re.compile(
    r"(?<![\w.,/’':\-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)(?!:\d)"
    r"|(?<![\w.,/’':\-])\d+(?:\.\d+)?(?![\d])(?!:\d)"
)
"""Digits, not a clock time ('18:40 GMT', '10:30 a.m.')."""
_SCALE_AFTER = re.compile(r"^\s+(million|billion|thousand)\b", re.IGNORECASE)
_MONEY_SCALE = re.compile(r"(bn|m)\b")
"""'$7bn', '£30m': a sum's scale, after a currency sign only ('a 5m wall' is metres)."""
_CURRENCY_SIGNS = ("$", "£", "€")
_SCALES_BY_WORD = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "m": 1e6, "k": 1e3}
_THOUSANDS_K = re.compile(r"(K|k)(?![\w-])")
"""'30K Iraqi soldiers': thirty thousand, a headline's shorthand."""
_UNIT_SUFFIX = re.compile(r"^-([a-z]+)(?:-[a-z]+)?", re.IGNORECASE)
_ORDINAL_SUFFIX = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_DESIGNATOR_NOUNS = (
    "battalion",
    "brigade",
    "division",
    "command",
    "regiment",
    "column",
    "corps",
    "highway",
    "route",
    "road",
    "operation",
    "region",
    "number",
    "type",
    "model",
    "unit",
    "squadron",
    "gate",
    "resolution",
    "article",
    "section",
    "chapter",
    "page",
    "platoon",
    "company",
    "sector",
    "zone",
    "phase",
    "level",
    "grade",
    "flight",
    "line",
)
_DESIGNATOR_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_DESIGNATOR_NOUNS)}|no\.|mile\s+marker|camp\s+no\.?)[ \t]*\(?$", re.IGNORECASE
)
_DESIGNATOR_STEMS = (*_DESIGNATOR_NOUNS, "no.", "mile", "camp")
"""A word `_DESIGNATOR_BEFORE` cannot match without: the test is cheaper than the end-anchored pattern."""
_ACRONYM_BEFORE = re.compile(r"(?:^|[\s(])\(?[A-Z]{2,6}\)?[\s-]?$")
_FRACTION = re.compile(r"(?i)-?\s?(?:halves|thirds?|quarters?|fifths?|tenths?)\b")
_AGE = re.compile(
    r"(?i)(?:-|\s+)(?:years?|months?|weeks?|days?)(?:-|\s+)old\b"
    r"|-year\s+(?:[a-z-]+\s+)?(?:veteran|career|stint|tenure)\b"
)
_ONE_PERSON_BASE = (
    r"child|boy|girl|woman|man|civilian|resident|villager|journalist|farmer|student|teacher|doctor|nurse"
)
_ONE_PERSON = _ONE_PERSON_BASE + r"|soldier|policeman|police\s+officer"
"""The people a sentence can count one of without a numeral ('a civilian', 'and a soldier')."""
_ONE_VICTIM = _ONE_PERSON + r"|aid\s+worker"
_ONE_ROLE = r"driver|pilot|guard|captain|commander|chief|leader|imam|priest|director|mayor|governor"
_ONE_PERSON_AGE = r"[\w]+-year-old\s+|young\s+|local\s+|teenage\s+|pregnant\s+"
AMONG_THE_HARMED = r"among\s+the\s+(?:dead|victims|casualties|injured|wounded)"
"""'among the victims', 'among the dead': counted among the harmed."""
NONE_HARMED = re.compile(
    r"(?i)\b(?:no|none\s+of\s+(?:the|its|their|his|her|our)(?:\s+own)?)\s+(?:(?-i:[a-z]+)\s+)??"
    r"(?P<noun>[a-z]+s|crew|staff)\b"
    r"(?=(?:\s+(?:employed|working|based|stationed|deployed)\s+(?:in|at|on)\s+[A-Z][\w-]*)?"
    r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?P<verb>hit|destroyed|damaged|downed|killed|wounded|injured|hurt|captured|lost|"
    rf"{AMONG_THE_HARMED})\b)"
)
"""'no tanks were hit', 'no civilians were killed', 'none of its workers employed in Afungi had been
killed', 'No project staff were among the victims': none harmed, a count of zero (the verb tells no
event)."""
_PAIR_CUES = ("couple", "pair")
_IMPLICIT = [
    (
        re.compile(
            r"\ba\s+(?:[\w]+-year-old\s+)?(?:mother|father|woman|man|parent|boy|girl|child|son|daughter)\s+and\s+"
            r"(?:her|his|their)\s+(?:child|son|daughter|baby|infant|father|mother|brother|sister|wife|husband)\b",
            re.IGNORECASE,
        ),
        2,
        (" and her ", " and his ", " and their "),
    ),
    (  # 'a couple of soldiers'; 'a couple of dozen' is about two dozen, found with the scales
        re.compile(
            r"\b(?:a\s+couple|a\s+pair)\b(?=\s+of\s+(?!(?:dozen|hundred|thousand|million)\b)\w)",
            re.IGNORECASE,
        ),
        2,
        _PAIR_CUES,
    ),
    (  # 'a child was killed': one person, told without a numeral
        re.compile(
            rf"(?:\b(?:a|an)\s+(?:{_ONE_PERSON_AGE}|[A-Z][a-z]+(?:ian|i|ese|ish)\s+)?(?:{_ONE_VICTIM})"
            # "the train's driver was among those killed": one, named by the role the story gives him
            rf"|\bthe\s+[\w-]+['’]s\s+(?:{_ONE_VICTIM}|{_ONE_ROLE}))\b"
            r"(?=(?:\s+(?:in|from|near|at)\s+[^,.;]{1,60}?)?\s+(?:was|has\s+been|had\s+been)\s+"
            r"(?:among\s+(?:those|the\s+\w+)\s+)?(?:killed|wounded|injured|shot|hurt)\b|\s+died\b)"
            # 'Two soldiers and a civilian were killed': one more, in a list of the dead
            rf"|(?<=\band\s)(?:a|an)\s+(?:{_ONE_PERSON})\b"
            r"(?=\s+(?:were|have\s+been|had\s+been)\s+(?:killed|wounded|injured|shot|hurt)\b|\s+died\b)"
            # 'killing a 20-year-old woman': the one the harm verb names
            r"|(?:(?<=\bkilling\s)|(?<=\bkilled\s)|(?<=\bwounding\s)|(?<=\binjuring\s)|(?<=\bwounded\s)|"
            rf"(?<=\binjured\s))(?:a|an)\s+(?:{_ONE_PERSON_AGE})?(?:{_ONE_PERSON})\b",
            re.IGNORECASE,
        ),
        1,
        ("killed", "wounded", "injured", "shot", "hurt", "died", "killing", "wounding", "injuring"),
    ),
    (  # 'no one was killed', 'there were no (human) casualties': a count of zero, checkable like any other
        re.compile(
            r"\bno\s+one\b(?=\s+(?:was|were|had\s+been|has\s+been)\s+(?:killed|hurt|injured|wounded)\b)"
            rf"|\bnot\s+(?:a\s+single|one)\s+(?P<noun>{_ONE_PERSON})\b"
            r"(?=\s+(?:was|had\s+been|has\s+been)\s+(?:killed|hurt|injured|wounded)\b)"
            r"|\bno\s+(?:(?:human|civilian|immediate|reported)\s+)?(?:casualties|deaths|fatalities|injuries)\b",
            re.IGNORECASE,
        ),
        0,
        ("no one", "casualties", "deaths", "fatalities", "injuries", "single", "not one"),
    ),
    (  # 'The IDF said no tanks were hit', 'no civilians were killed': none of them, against another's count
        NONE_HARMED,
        0,
        ("no ", "none of"),
    ),
    (  # '60 people, including the brigade commander', 'two civilians, including a child': one among them
        re.compile(
            r"(?<=including\s)(?:(?:the|a|an|one)\s+(?:[\w-]+\s+)?(?:commander|leader|chief|officer|general|"
            r"colonel|captain|major|spokesperson|spokesman|journalist|doctor|mayor|governor|deputy)"
            rf"|(?:a|an|one)\s+(?:{_ONE_PERSON_AGE})?(?:{_ONE_PERSON}))\b",
            re.IGNORECASE,
        ),
        1,
        ("including",),
    ),
]
"""Counts told without a numeral, with words a sentence needs for the pattern to be worth running."""


ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
]
_ORDINAL_PERIOD = re.compile(
    rf"(?i)\bin\s+(?:its|their|the)\s+(?P<n>{'|'.join(ORDINALS)})\s+(?:day|week|month|year)\b"
    r"(?!\s+of\s+(?:[A-Z0-9]|the\s+(?:year|month)))"
)
"""'now in its ninth month': a duration; 'in the first week of November' is a date, not one."""


@dataclass(frozen=True)
class NumberMention:
    """A count in the text: `start:end` covers hedge and number; low/high is the implied interval."""

    start: int
    end: int
    low: int | None
    high: int | None
    hedge: str | None
    number_text: str
    value: int | None
    unit: str | None = None
    implicit_noun: str | None = None


@cache
def _hedge_regex() -> re.Pattern[str]:
    """A hedge phrase that ends right before a number."""
    return re.compile(rf"(?<![\w-])({trie_alternation(vocab().hedges)})\s+$", re.IGNORECASE)


@cache
def _vague_regex() -> re.Pattern[str]:
    return words_regex([w for w in vocab().vague if w != "some"])


@cache
def _vague_cues() -> tuple[str, ...]:
    """The first word of each vague count, lower-cased: a sentence with none skips the vague pattern."""
    return tuple({w.split()[0] for w in vocab().vague if w != "some"})


IMPLICIT_CUES = frozenset(cue for _, _, cues in _IMPLICIT for cue in cues if cue.isalpha())
"""Words an implicit count cannot be told without ('a civilian was killed'): the sentence pre-filter's."""
_ANY_DIGIT = re.compile(r"\d")
_PARTS = {
    "half": 0.5,
    "a quarter of": 0.25,
    "three quarters of": 0.75,
    "a third of": 1 / 3,
    "two thirds of": 2 / 3,
}
_PART_OF_A = re.compile(
    r"(?i)\b(half|a\s+quarter\s+of|three\s+quarters\s+of|a\s+third\s+of|two\s+thirds\s+of)\s+$"
)
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}
_VAGUE_SCALED = re.compile(
    r"(?i)(?<![\w-])(?P<vague>several|a\s+few|a\s+handful)\s+(?P<scale>dozen|hundred|thousand|million)(?![\w-])"
)

_COUPLE_SCALED = re.compile(
    r"(?i)(?<![\w-])a\s+couple\s+(?:of\s+)?(?P<scale>dozen|hundred|thousand|million)(?![\w-])"
)


def interval(value: float, hedge_class: str | None) -> tuple[float | None, float | None]:
    """The interval a hedge implies, per the project's rules (eval/README.md)."""
    match hedge_class:
        case "at_least":
            return value, None
        case "more_than":
            return value + 1, None
        case "up_to":
            return None, value
        case "less_than":
            return None, value - 1
        case "about":
            return round(value * 0.9), round(value * 1.1)
        case "nearly":
            return round(value * 0.9), value
        case _:
            return value, value


def _range_end(text: str) -> int:
    """The upper end of a range, in digits or words ('12', 'seven', 'twenty-five'); 0 when unreadable."""
    if text[0].isdigit():
        return int(_parse_digits(text))
    try:
        return int(text2num(text.lower(), "en"))
    except ValueError:
        return 0


def _parse_digits(text: str) -> float:
    return float(text.replace(",", ""))


_CALIBRE = re.compile(
    r"(?i)[\s-]?(?:pound|lb|kg|kilogram|mm|millimetre|millimeter)s?[\s-]+(?:[\w-]+\s+)?"
    r"(?:bombs?|shells?|mortars?|rockets?|guns?|howitzers?|artillery|munitions?|warheads?)\b"
)


_FORMATION_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Brigade|Battalion|Division|Regiment|Corps|Squadron|Battery|Flotilla)\b"
    r"(?!\s+(?:commanders?|chiefs?|heads?)\b)"
)
"""A capitalised formation noun in the singular right after a number: its name, not a count ('the 192
Brigade', '3 Commando Brigade'); not 'two brigades', nor '3 Brigade commanders' who are counted."""


_DOCUMENT_SIZE = re.compile(r"-(?:page|point)\b")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w’'-]+\s+$")
_NUMBERED_PLACE = re.compile(
    r"\s+(?:neighbou?rhood|village|camp|sector|block|zone|quarter|district|ward|site|checkpoint|station|hill)\b"
)
"""A singular place noun after a name and a number: the number is the place's ('Ngarbuh 3 neighborhood')."""


def _is_designator(text: str, start: int, end: int) -> bool:
    """Unit numbers, model names, footnotes, operation names: digits that name rather than count."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 3]
    if before.endswith("[") and after.startswith("]"):
        return True
    if before.endswith(("’", "'", "#")) or (before[-1:].isalpha()):
        return True
    if (
        after[:1].isalpha()
        and not _UNIT_SUFFIX.match(text[end:])
        and not after.startswith(("km", "m ", "kg", "%"))
    ):
        return True  # M16s, 81s, 5th handled separately
    if _ORDINAL_SUFFIX.match(after):
        return True
    if _FORMATION_AFTER.match(text, end):
        return True  # '192 Brigade', '7 Division': a formation's number, written without '-th'
    if _CALIBRE.match(text, end):
        return True  # 'a 2,000-pound bomb', '155mm shells': the kind of weapon, not a count
    if _DOCUMENT_SIZE.match(text, end):
        return True  # 'the 18-page report', 'a 12-point plan': a document's length, no claim
    if _NUMBERED_PLACE.match(text, end) and _CAPITALISED_WORD_BEFORE.search(before):
        return True  # 'the Ngarbuh 3 neighborhood', 'Camp 5 sector': a place's number, part of its name
    folded = before.lower()
    if any(stem in folded for stem in _DESIGNATOR_STEMS) and _DESIGNATOR_BEFORE.search(before):
        return True
    if _ACRONYM_BEFORE.search(before):
        return True
    digits = text[start:end]
    return len(digits) > 1 and digits.startswith("0")


def _is_year(text: str, start: int, end: int, value: float) -> bool:
    if not (1800 <= value <= 2100) or "," in text[start:end] or "." in text[start:end]:
        return False
    follow = text[end : end + 20].lower().split()
    noun = follow[0].strip(".,;:") if follow else ""
    counted = vocab().words("person_nouns") | vocab().words("place_nouns") | vocab().words("unit_nouns")
    return noun not in counted


def find_numbers(
    text: str, start: int = 0, end: int | None = None, skip: list[tuple[int, int]] = ()
) -> list[NumberMention]:
    """Every count in text[start:end] with its hedge; spans inside `skip` (dates) are ignored."""
    end = len(text) if end is None else end
    found: list[NumberMention] = []
    taken: list[tuple[int, int]] = list(skip)

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    segment = text[start:end]
    folded = segment.lower()
    for pattern, value, cues in _IMPLICIT:
        if not any(cue in folded for cue in cues):
            continue
        for m in pattern.finditer(segment):
            s, e = start + m.start(), start + m.end()
            if free(s, e):
                named = m.groupdict().get("noun")
                if named and named.lower() in _countable_things():  # 'no tanks were hit': tanks
                    noun = named.lower()
                elif cues == _PAIR_CUES:
                    noun = None  # 'a pair of suicide bombings': what follows 'of' is counted
                else:
                    noun = m.group(0).split()[-1].lower() if value == 1 else "people"  # 'a civilian'
                    noun = noun if noun in vocab().words("person_nouns") else "people"
                found.append(NumberMention(s, e, value, value, None, m.group(0), value, implicit_noun=noun))
                taken.append((s, e))
    scaled = _VAGUE_SCALED.finditer(segment) if "several" in folded or "few" in folded else ()
    for m in scaled:  # 'several hundred people': at least three hundred
        s, e = start + m.start(), start + m.end()
        if free(s, e):
            key = " ".join(m.group("vague").lower().split())
            low = (vocab().vague[key][0] or 0) * _SCALES[m.group("scale").lower()]
            found.append(
                NumberMention(s, e, low, None, f"{key} {m.group('scale').lower()}", m.group(0), None)
            )
            taken.append((s, e))
    pairs = _COUPLE_SCALED.finditer(segment) if "couple" in folded else ()
    for m in pairs:  # 'a couple dozen casualties': about two dozen, not a pair
        s, e = start + m.start(), start + m.end()
        if free(s, e):
            value = 2 * _SCALES[m.group("scale").lower()]
            low, high = interval(value, "about")
            found.append(NumberMention(s, e, low, high, "a couple", m.group(0), value))
            taken.append((s, e))
    vague = _vague_regex().finditer(segment) if any(w in folded for w in _vague_cues()) else ()
    for m in vague:
        s, e = start + m.start(), start + m.end()
        if not free(s, e):
            continue
        key = re.sub(r"\s+", " ", m.group(0).lower())
        if key == "many" and re.search(r"(?i)\b(?:as|how|so|too)\s+$", text[max(0, s - 5) : s]):
            continue  # "as many as 12" is a hedge on 12, not a vague count
        low, high = vocab().vague[key]
        found.append(NumberMention(s, e, low, high, key, m.group(0), None))
        taken.append((s, e))
    digits = list(DIGITS.finditer(segment)) if _ANY_DIGIT.search(segment) else []
    words = list(WORD_NUMBER.finditer(segment)) if any(w in folded for w in NUMBER_WORDS) else []
    for m in sorted(digits + words, key=lambda m: m.start()):  # 'Fifteen to 20': the range first
        s, e = start + m.start(), start + m.end()
        if not free(s, e):
            continue
        raw = m.group(0)
        if _AGE.match(text, e):
            continue  # '12-year-old', '70 years old', 'a seven-year veteran': an age or a career, not a count
        if _FRACTION.match(text, e):
            continue  # 'two-thirds of its value': a share, not a count
        if _ONE_OF_A_KIND.match(text, s):
            continue  # 'one of the deadliest assaults this year': a ranking, not one assault; 'one way attack
            # unmanned aerial systems': a kind of drone
        if raw[0].isdigit():
            signed = text[max(0, s - 1) : s] in _CURRENCY_SIGNS
            money = _MONEY_SCALE.match(text[e:end]) if signed else None
            shorthand = money or _THOUSANDS_K.match(text[e:end])  # '$7bn', '30K soldiers'
            if _is_designator(text, s, e) and not shorthand:
                continue  # not '$7bn': seven billion dollars
            value = _parse_digits(raw)
            if _is_year(text, s, e, value):
                continue
            scale = _SCALE_AFTER.match(text[e:end]) or shorthand
            if scale:
                value *= _SCALES_BY_WORD[scale.group(1).lower()]
                e += scale.end()
        else:
            if _opens_a_name(text, s, e, raw):
                continue  # 'the Three Brotherhood Alliance took control': a name, no count of three
            a_scale = text[max(0, s - 2) : s].lower().endswith("a ")  # 'more than a hundred'
            if re.fullmatch(r"(?i)hundred|thousand|million|billion", raw) and not a_scale:
                continue
            try:
                value = text2num(raw.lower().replace(" and ", " "), "en")
            except ValueError:
                continue
            if a_scale and raw.lower() in {"dozen", "hundred", "thousand", "million", "billion"}:
                s -= 2
                part = _PART_OF_A.search(text, max(0, s - 25), s)
                if part:  # 'half a million', 'a quarter of a million'
                    value *= _PARTS[" ".join(part.group(1).lower().split())]
                    s = part.start(1)
            echo = _DIGITS_ECHO.match(text, e, end)
            if echo and _parse_digits(echo.group(1)) == value:
                e = echo.end()  # 'about forty (40) dead': the number written twice, one count
        found.append(_with_hedge(text, s, e, value, raw, start))
        taken.append((found[-1].start, found[-1].end))
    for m in (
        _ORDINAL_PERIOD.finditer(segment) if "in " in folded else ()
    ):  # 'now in its ninth month': eight months done, not nine
        s, e = start + m.start("n"), start + m.end("n")
        if free(s, e):
            n = ORDINALS.index(m.group("n").lower()) + 1
            found.append(NumberMention(s, e, n - 1, n, "ordinal", m.group("n"), n))
            taken.append((s, e))
    dozens = _DOZENS.finditer(segment) if "dozen" in folded else ()
    for m in dozens:  # 'two dozen civilians'
        s, e = start + m.start(), start + m.end()
        n = m.group(1).lower()
        count = int(n) if n.isdigit() else _SMALL.index(n) if n in _SMALL else 0
        if count:
            taken = [(a, b) for a, b in taken if not (a < e and s < b)]
            found = [f for f in found if not (f.start < e and s < f.end)]
            found.append(_with_hedge(text, s, e, count * 12, m.group(0), start))
            taken.append((found[-1].start, e))
    for m in _A_DOZEN.finditer(segment) if "dozen" in folded else ():
        s, e = start + m.start(), start + m.end()
        if free(s, e):
            found.append(_with_hedge(text, s, e, 6 if m.group(1) else 12, m.group(0), start))
            taken.append((s, e))
    return sorted(found, key=lambda n: n.start)


SUPERLATIVE = r"(?:(?-i:[a-z]+est|[A-Z][a-z]+iest)|(?i:most|worst|best|largest|biggest|greatest))\b"
"""'deadliest', 'most', 'worst': the words of a ranking, in lower case (or a headline's 'Deadliest') so that
in patterns read without case 'the West Bank' and 'Bucharest' are no superlatives."""
_ONE_OF_A_KIND = re.compile(
    rf"(?i)one\s+of\s+(?:the|its|their|his|her|our|this|these|[A-Z][\w-]*[’']s)\s+{SUPERLATIVE}"
    r"|one[\s-]way\b"
)
_DIGITS_ECHO = re.compile(r"\s*\((\d[\d,]*)\)")
"""A number word's figure repeated in brackets, as statements write it ('forty (40)')."""


_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")


def _opens_a_name(text: str, start: int, end: int, raw: str) -> bool:
    """'the Three Brotherhood Alliance', 'the Two Rivers Brigade': a capitalised number word after 'the' and
    before a capitalised word that names nothing countable begins a name (a headline's 'The Four Soldiers'
    still counts soldiers)."""
    if not raw[:1].isupper() or not _THE_BEFORE.search(text, max(0, start - 5), start):
        return False
    after = _CAPITALISED_AFTER.match(text, end)
    return after is not None and after.group(1).lower() not in _nouns_a_count_names()


@cache
def _nouns_a_count_names() -> frozenset[str]:
    """People, places, units and things: the nouns a capitalised number word may count in a headline."""
    v = vocab()
    return v.words("person_nouns") | v.words("place_nouns") | v.words("unit_nouns") | _countable_things()


@cache
def _countable_things() -> frozenset[str]:
    """Nouns a count of zero may name besides people ('no tanks were hit')."""
    v = vocab()
    return frozenset(v.words("person_nouns") | v.words("weapon_nouns") | v.words("materiel_nouns"))


_A_DOZEN = re.compile(r"(?i)(?<![\w-])(half\s+)?a\s+dozen(?![\w-])")
_DOZENS = re.compile(rf"(?i)(?<![\w-])(\d+|{'|'.join(_SMALL[:10])})\s+dozen(?![\w-])")
_CHANGE_FROM = re.compile(
    r"(?i)\b(?:rose|risen|rises|climbed|increased|jumped|grew|fell|dropped|went\s+up)\s+from\s+$"
)


def _with_hedge(text: str, s: int, e: int, exact: float, raw: str, floor: int) -> NumberMention:
    """The number at [s, e) with the hedge before it, never reaching back past `floor` (its sentence). A
    decimal ('2.5 percent') gives the whole numbers around it, as the interval holds integers."""
    value = int(exact)
    before = text[max(floor, s - 30) : s]
    hedge_match = _hedge_regex().search(before.rstrip("$€£"))  # 'an estimated $2 billion'
    low, high = math.floor(exact), math.ceil(exact)
    hedge = None
    hs = s
    rng = _RANGE.match(text[e : e + 30])
    between = re.search(r"(?i)\bbetween\s+$", before)
    change = _CHANGE_FROM.search(before)  # 'the toll rose from 10 to 15': two counts, not a range
    if rng and not change and (between or not rng.group(0).strip().startswith("and")):
        upper = _range_end(rng.group(2))
        if upper > value:
            hedge = "between" if between else "range"
            hs = s - len(between.group(0)) if between else s
            plus = _PLUS.match(text, e + rng.end())  # '150-200+': no upper bound either
            high = None if rng.group("open") or plus else upper  # '20,000 to more than 150,000': none
            end = plus.end() if plus else e + rng.end()
            return NumberMention(hs, end, value, high, hedge, raw, value, _unit_suffix(text, end))
    if plus := _PLUS.match(text, e):  # '200+ killed': at least 200
        return NumberMention(s, plus.end(), value, None, "+", raw, value, _unit_suffix(text, plus.end()))
    if more := _OR_MORE.match(text, e):  # 'ten or more soldiers': at least ten
        return NumberMention(s, more.end(), value, None, "or more", raw, value)
    if hedge_match and _DURING_A_SPAN.search(before, 0, hedge_match.end()) and _TIME_SPAN.match(text, e):
        hedge_match = None  # 'the massacre perpetrated over four days': during them, not more than four
    if hedge_match and _HELD_OVER.search(before, 0, hedge_match.end()):
        hedge_match = None  # 'declared control over six bases': the places held, not more than six
    if hedge_match and hedge_match.group(1).lower() == "up to" and _TOLL_NOW.search(text, floor, s):
        hedge_match = None  # 'the death toll is now up to 23': risen to 23, not at most 23
    if hedge_match:
        hedge = re.sub(r"\s+", " ", hedge_match.group(1).lower())
        low, high = interval(exact, vocab().hedges[hedge])
        low, high = (None if low is None else math.floor(low)), (None if high is None else math.ceil(high))
        hs = s - (len(before) - hedge_match.start())
    elif exceeded := _EXCEEDED.search(before):  # 'the number of martyrs exceeded 100': the verb is the hedge
        hedge = exceeded.group(1).lower()
        low, high = math.floor(exact) + 1, None
    return NumberMention(hs, e, low, high, hedge, raw, value, _unit_suffix(text, e))


_DURING_A_SPAN = re.compile(
    r"(?i)(?<!\bfor\s)(?<!\blasted\s)(?<!\blasting\s)(?<!\blasts\s)(?<!\blast\s)(?<!\bthan\s)"
    r"\bover(?:\s+the\s+(?:past|last|next|following|course\s+of))?\s+$"
)
"""'over four days', 'over the past two weeks': during the span ('lasted over ten years' is more than)."""
_HELD_OVER = re.compile(
    r"(?i)\b(?:control|authority|sovereignty|jurisdiction|command|grip|hold|fighting|clashes|dispute)\s+over\s+$"
)
"""'control over', 'fighting over': what is held or fought for follows, 'over' is no hedge."""
_TOLL_NOW = re.compile(
    r"(?i)\b(?:toll|total|tally|count)\b[^.;]{0,60}?\b(?:is|are|was|were|now|stands|stood)\s+(?:now\s+)?up\s+to\s+$"
)
"""'the death toll is now up to 23': a toll that has risen to a figure."""
_TIME_SPAN = re.compile(r"(?i)[\s-]+(?:days?|nights?|weeks?|months?|hours?)\b")
_PLUS = re.compile(r"\+(?![\d+])")
"""A plus sign right after a figure ('200+', '150-200+'): that many or more."""
_OR_MORE = re.compile(r"(?i)\s+or\s+more\b(?!\s+than\b)")
"""'ten or more soldiers': that many or more, said in words."""
_EXCEEDED = re.compile(
    r"(?i)\b(exceeded|exceeds|exceeding|surpassed|surpasses|surpassing|topped|topping|passed)\s+$"
)


def _unit_suffix(text: str, end: int) -> str | None:
    """'25-minute', '500-strong': what a figure joined by a hyphen measures (not 'one-sided', 'three-pronged',
    'one-way', 'two-time': a manner, counting nothing)."""
    m = _UNIT_SUFFIX.match(text[end : end + 30])
    if m is None:
        return None
    suffix = m.group(1).lower()
    return None if suffix.endswith("ed") or suffix in _MANNER_SUFFIXES else suffix


_MANNER_SUFFIXES = frozenset({"way", "off", "time", "fold", "party", "state"})
