"""Dates in text at their stated precision; relative dates resolved against the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from reconcile.extract.vocab import trie_alternation
from reconcile.models import DatePrecision, PartialDate

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
MONTH = (
    rf"(?:{trie_alternation([*calendar.month_name[1:], *calendar.month_abbr[1:], 'Sept'], fold=False)})\.?"
)
YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
SMALL_NUMBERS = {
    w: i
    for i, w in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
    )
}
"""Small counts of days, months or years written as words ('three days ago', 'two days after')."""
WEEKDAY = rf"(?:{trie_alternation(calendar.day_name, fold=False)})"
HOLIDAY = (
    r"(?:Orthodox\s+)?(?:Palm\s+Sunday|Easter\s+(?:Sunday|Monday)|Good\s+Friday|Holy\s+Saturday|"
    r"Maundy\s+Thursday|Ash\s+Wednesday|Christmas\s+(?:Day|Eve)|New\s+Year[’']s\s+(?:Day|Eve))"
)
"""Feast days that name one day of a year: Easter's move with it (dateutil computes them), the rest are
fixed."""
TIME_NAME = re.compile(rf"(?:{HOLIDAY}|{MONTH}|{WEEKDAY}|Today|Yesterday)\b")
"""A word that names a time, not a place or an owner ('Wednesday's strike', 'in March', 'on Palm
Sunday')."""

_PART_OF = (
    r"\b(?:the\s+)?(?P<part>first|second|third|fourth|last|final)\s+(?:(?P<n>\d{1,2}|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven)\s+months|(?P<unit>half|quarter))\s+of\s+"
)
"""'the first half of', 'the last three months of': a part of the year named next."""
_WEEKDAY_BEFORE = rf"(?:\b{WEEKDAY},?\s+(?:the\s+)?)?"
"""'Sunday, March 24', 'Friday 9 October': the weekday of the date told, one date with it, not two."""
_TODAY_NAMED_AFTER = re.compile(rf",?\s+{WEEKDAY}\b|\s+marks\b")
"""'today, Wednesday': the weekday tells the day; 'Today marks three years since': the anniversary does."""
_EVENT_NOUN = (
    r"(?:attacks?|strikes?|air\s*strikes?|raids?|assaults?|massacres?|offensives?|bombings?|ambush(?:es)?|"
    r"incursions?|killings?|coup|uprising|battles?|clashes|shelling)\b"
)
"""Nouns of an event a month can name as an adjective ('an August attack')."""
_P = [
    (
        "between_days",  # 'between 24 March and 4 April 2021', '29 March-4 April', '30 December to 2 January'
        rf"(?:\bbetween\s+(?P<d1>{DAY})\s+(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?\s+and\s+"
        rf"|\b(?P<d1_>{DAY})\s+(?P<m1_>{MONTH})(?:,?\s+(?P<y1_>{YEAR}))?(?:\s+(?:to|until|through)\s+|\s*[-–]\s*))"
        rf"(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b",
    ),
    (
        "day_range",
        rf"\b(?P<d1>{DAY})(?:\s+(?:and|to)\s+|\s*[-–]\s*)(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b",
    ),
    (
        "month_range",
        rf"\b(?:between\s+|from\s+)?(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?\s+(?:and|to|-|–|until)\s+"
        rf"(?P<m2>{MONTH})\s+(?P<y2>{YEAR})\b",
    ),
    (  # 'between 1998 and 2000', 'from 1998 to 2000', 'in 1998-2000', 'the 1998-2000 war'
        "year_range",
        rf"\b(?:between|from|in|during|the)\s+(?P<y1>{YEAR})"
        rf"(?:\s*[–-]\s*|\s+(?:to|until)\s+|(?<=between\s\d{{4}})\s+and\s+)(?P<y2>{YEAR})\b",
    ),
    ("iso", rf"\b(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[12]\d|3[01]|0[1-9])\b"),
    (
        "dmy",  # '9 October 2023', 'the 3rd of March'
        rf"{_WEEKDAY_BEFORE}\b(?P<d>{DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})(?:(?:,\s*|\s+)(?P<y>{YEAR}))?\b",
    ),  # '15 August,2023': a byline's comma with no space
    (
        "mdy_range",  # 'March 3-4', 'January 26 to 27', 'between March 1 and 3', 'between March 6 and 10'
        rf"(?:\bbetween\s+(?P<m>{MONTH})\s+(?P<d1>{DAY})(?:st|nd|rd|th)?\s+and\s+|"
        rf"\b(?P<m_>{MONTH})\s+(?P<d1_>{DAY})(?:\s*[-–]\s*|\s+(?:to|through)\s+|(?P<and_>\s+and\s+)))"
        rf"(?:(?P<m2>{MONTH})\s+)?"
        rf"(?P<d2>{DAY})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<y>{YEAR}))?"
        r"(?!\s*(?:km|miles|people|[-–]?\d))"
        r"(?(and_)(?!\s+(?:[a-z]+\s+)?(?:people|persons|soldiers|civilians|fighters|troops|children|women|men|"
        r"were|was|killed|dead|wounded|injured|days|weeks|months|years|hours)\b))",
        # 'on December 4 and 5': two days; 'on March 3 and 20 soldiers were wounded': a day and a count
    ),
    (
        "mdy",
        rf"{_WEEKDAY_BEFORE}\b(?P<m>{MONTH})\s+(?P<d>{DAY})(?:st|nd|rd|th)?(?:(?:,\s*|\s+)(?P<y>{YEAR}))?\b"
        r"(?!\s*(?:km|miles|people))",
    ),
    ("part_of_year", rf"{_PART_OF}(?P<y>{YEAR})\b"),
    ("part_of_this_year", rf"{_PART_OF}(?P<rel>the|this|last)\s+year\b"),  # 'the first half of the year'
    ("end_of_year", rf"\b(?:the\s+)?end\s+of\s+(?P<y>{YEAR})\b"),
    ("year_start", r"\b(?:the\s+)?(?:start|beginning)\s+of\s+(?P<rel>the|this|last)\s+year\b"),
    (
        "start_of_month",
        rf"\b(?:the\s+)?(?:beginning|start|end|middle)\s+of\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b",
    ),
    ("my", rf"\b(?:(?:early|mid|late)-?\s*)?(?P<m>{MONTH})\s+(?P<y>{YEAR})\b"),
    ("last_month_name", rf"\b(?i:last)\s+(?P<m>(?-i:(?!may\b|march\b)){MONTH})\b(?!\s+\d)"),
    (
        "month",
        rf"\b(?i:in|since|by|from|until|during|of|on)\s+(?i:(?:early|mid|late)-?\s*)?(?P<m>(?!May\b){MONTH})\b"
        rf"(?!\s+{YEAR})",
    ),
    # 'in late May', 'since May': the month only after words that name a time ('by May' may be a name's)
    (
        "month",
        r"\b(?i:in|since|from|until|during)\s+(?i:(?:early|mid|late)-?\s*)?(?P<m>May)\b(?!\s*\d|[’']s)",
    ),
    # 'in an August attack on Barsalogho': the month as an event's adjective
    (
        "month",
        r"(?:(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Tt]he\s))"
        rf"(?P<m>{MONTH})(?=\s+(?:[a-z-]+\s+)?{_EVENT_NOUN})",
    ),
    # 'the 2004 Beslan school siege', 'the 2021 coup': the year as an event's adjective
    (
        "year",
        rf"(?<=\b[Tt]he\s)(?P<y>{YEAR})(?=\s+(?:[A-Z][\w’'-]*\s+){{0,3}}(?:[a-z-]+\s+)?"
        rf"(?:{_EVENT_NOUN}|sieges?\b|kidnappings?\b|abductions?\b|hijackings?\b|hostage\b))",
    ),
    ("year_span", rf"\((?P<y>{YEAR})\s*[–-]\s*(?:present|now|\d{{4}})\)"),
    (
        "year",
        rf"(?:\b(?i:in|since|by|from|until|during|of|before|after|early|late|mid|around|end)\s+(?i:the\s+)?"
        rf"(?i:(?:early|late|mid)-?\s*)?|(?<=\bmid-)|^)(?P<y>{YEAR})\b(?!\s*(?:[–-]|km|people))",
    ),
    ("today", r"\b(?P<rel>today|tonight|this\s+morning|this\s+afternoon|this\s+evening)\b"),
    # 'overnight', not 'overnight on April 5' nor 'overnight Saturday', where the day told is the date
    ("overnight", r"\b(?P<rel>overnight)\b(?!\s+(?:(?:on|into|to)\b|[A-Z][a-z]+day\b))"),
    ("yesterday", r"\b(?P<rel>(?:the\s+day\s+before\s+)?yesterday|last\s+night)\b"),
    ("past_day", r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)\b"),
    (
        "past_period",
        r"\b(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+(?:(?P<n>\d{1,2}|two|three|four|five|"
        r"six|seven|eight|nine|ten)\s+)?(?P<unit>days?|weeks?|months?|years?)\b",
    ),
    # 'on Palm Sunday', 'Orthodox Easter Sunday', 'on Christmas Eve': the last such day up to publication
    ("holiday", rf"\b(?P<hol>{HOLIDAY})\b"),
    # 'last Thursday', 'on Friday', 'late Monday', 'Monday night', AP's bare 'killed 40 people Monday' and
    # "Wednesday's strike": the last such day up to the publication date
    (
        "weekday",
        rf"\b(?:(?P<pre>last|on|during|this\s+past|past|late|early)\s+)?(?P<wd>{WEEKDAY})\b"
        r"(?:\s+(?:night|morning|afternoon|evening))?",
    ),
    ("days_ago", r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+ago\b"),
    # 'Today marks exactly three years since 21 civilians were massacred': the day that many years back
    (
        "anniversary",
        r"\b(?P<rel>marks|marked|marking)\s+(?:exactly\s+|precisely\s+)?(?P<n>\d{1,2}|one|two|three|four|five|six|"
        r"seven|eight|nine|ten)\s+(?P<unit>years?|months?)\s+(?:since|after)\b",
    ),
    ("rel_week", r"\b(?P<rel>last\s+week|this\s+week|earlier\s+this\s+week)\b"),
    ("weekend", r"\b(?:(?:over|during|at|on)\s+the|this|last|this\s+past|the\s+past)\s+weekend\b"),
    ("rel_month", r"\b(?P<rel>last\s+month|this\s+month|next\s+month|earlier\s+this\s+month)\b"),
    (
        "rel_year",
        r"\b(?P<rel>last\s+year|this\s+year|next\s+year|earlier\s+this\s+year|later\s+this\s+year)\b",
    ),
]
PATTERNS = [(name, re.compile(p, re.IGNORECASE if name not in {"month", "year"} else 0)) for name, p in _P]
_CUES = {
    "part_of_this_year": ("first", "second", "third", "fourth", "last", "final"),
    "year_start": ("start", "beginning"),
    "today": ("today", "tonight", "morning", "afternoon", "evening"),
    "overnight": ("overnight",),
    "yesterday": ("yesterday", "night"),
    "past_day": ("past", "last"),
    "past_period": ("past", "last", "previous"),
    "days_ago": ("ago",),
    "anniversary": ("marks", "marked", "marking"),
    "rel_week": ("week",),
    "weekend": ("weekend",),
    "rel_month": ("month",),
    "rel_year": ("year",),
    "holiday": ("sunday", "monday", "friday", "saturday", "thursday", "wednesday", "christmas", "year"),
}
"""The words a relative phrase cannot be told without: its anchors."""
_ANCHOR_OF = {
    **dict.fromkeys(
        (
            "between_days",
            "day_range",
            "mdy_range",
            "month_range",
            "dmy",
            "mdy",
            "start_of_month",
            "my",
            "month",
            "last_month_name",
        ),
        "month",
    ),
    **dict.fromkeys(("iso", "year_range", "part_of_year", "end_of_year", "year_span", "year"), "year"),
    "weekday": "weekday",
}


def _anchor_words() -> dict[str, tuple[str, ...]]:
    """Words every match of a pattern contains, lower-cased, and the anchors they are: each pattern runs
    only in windows around its own (a relative phrase's own cue words: 'ago' for 'three days ago', not
    every 'days' of the story); a year's digits anchor the patterns of a year."""
    anchors: dict[str, tuple[str, ...]] = {}
    for name, words in (("month", [*_MONTHS]), ("weekday", [*_WEEKDAYS]), *_CUES.items()):
        for word in words:
            anchors[word] = (*anchors.get(word, ()), name)
    return anchors


_ANCHOR_WORDS = _anchor_words()
_ANY_ANCHOR = re.compile(rf"\b(?:{trie_alternation(_ANCHOR_WORDS)}|{YEAR})\b")
"""Every anchor word at once: one scan of the lower-cased text (twice as fast as a case-blind one) finds
the windows of every pattern."""
_WINDOW = 60
"""How far (characters) a date phrase reaches from its anchor word, at most."""
ANY_YEAR = re.compile(rf"\b{YEAR}\b")


@dataclass(frozen=True)
class DateMention:
    """A date phrase; `date`/`date_end` are None when it cannot be resolved (no reference date)."""

    start: int
    end: int
    text: str
    kind: str
    date: PartialDate | None
    date_end: PartialDate | None = None

    @property
    def relative(self) -> bool:
        return self.kind in {
            "today",
            "overnight",
            "yesterday",
            "weekday",
            "days_ago",
            "anniversary",
            "past_day",
            "past_period",
            "year_start",
            "part_of_this_year",
            "rel_week",
            "weekend",
            "last_month_name",
            "rel_month",
            "rel_year",
            "holiday",
        }


def _month(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


def _safe(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    try:
        return PartialDate(year=year, month=month, day=day)
    except ValueError:
        return None


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _resolve(
    kind: str, g: dict[str, str | None], ref: PartialDate | None, year: int | None
) -> tuple[PartialDate | None, PartialDate | None]:
    """Turn one pattern match into (date, date_end) given the reference date and context year."""
    y = int(g["y"]) if g.get("y") else year
    if kind == "between_days":
        m1, m2 = _month(g.get("m1") or g["m1_"]), _month(g["m2"])
        told = g.get("y1") or g.get("y1_")
        if y is None:
            return None, None
        y1 = int(told) if told else y - (1 if m1 > m2 else 0)  # '29 December-4 January 2021'
        return _safe(y1, m1, int(g.get("d1") or g["d1_"])), _safe(y, m2, int(g["d2"]))
    if kind in {"day_range", "mdy_range"}:
        m = _month(g.get("m") or g["m_"])
        d1 = int(g.get("d1") or g["d1_"])
        m2 = _month(g["m2"]) if g.get("m2") else m
        return (_safe(y, m, d1), _safe(y, m2, int(g["d2"]))) if y else (None, None)
    if kind == "month_range":
        y2 = int(g["y2"])
        y1 = int(g["y1"]) if g.get("y1") else y2
        return _safe(y1, _month(g["m1"])), _safe(y2, _month(g["m2"]))
    if kind == "year_range":
        return _safe(int(g["y1"])), _safe(int(g["y2"]))
    if kind in {"dmy", "mdy"}:
        return (_safe(y, _month(g["m"]), int(g["d"])) if y else None), None
    if kind == "iso":
        return _safe(int(g["y"]), int(g["m"]), int(g["d"])), None
    if kind == "part_of_year":
        return _part_of_year(g, int(g["y"]))
    if kind == "part_of_this_year":  # the year of publication, or the one before it
        if ref is None:
            return None, None
        return _part_of_year(g, ref.year - (1 if (g.get("rel") or "").lower() == "last" else 0))
    if kind == "end_of_year":
        return _safe(y, 12), None
    if kind in {"start_of_month", "month", "my"}:
        return (_safe(y, _month(g["m"])) if y else None), None
    if kind in {"year", "year_span"}:
        return _safe(y), None
    if kind == "last_month_name":  # 'last October' in an October story is a year ago
        if ref is None or ref.month is None:
            return None, None
        month = _month(g["m"])
        return _safe(ref.year - (0 if month < ref.month else 1), month), None
    if kind == "rel_week":
        return _week(g, ref)
    if kind == "weekend":
        return _weekend(ref)
    if kind == "year_start":  # 'since the start of the year': January of the publication year
        if ref is None:
            return None, None
        return _safe(ref.year - (1 if (g.get("rel") or "").lower() == "last" else 0), 1), None
    if kind == "past_period":
        return _past_period(g, ref)
    last_night = kind == "yesterday" and (g.get("rel") or "").lower().startswith("last")
    if kind in {"past_day", "overnight"} or last_night:
        # 'over the past 24 hours', 'overnight', 'last night': the day before and the day (a night runs past
        # midnight)
        if ref is None or ref.day is None:
            return (ref if ref and ref.month else None), None
        day = dt.date(ref.year, ref.month or 1, ref.day)
        return PartialDate.from_date(day - dt.timedelta(days=1)), ref
    if kind == "holiday":
        return _holiday(g["hol"], ref, year), None
    return _resolve_relative(kind, g, ref), None


_FIXED_FEASTS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
}
_EASTER_OFFSETS = {
    "palm sunday": -7,
    "ash wednesday": -46,
    "maundy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "easter sunday": 0,
    "easter monday": 1,
}


def _holiday(name: str, ref: PartialDate | None, year: int | None) -> PartialDate | None:
    """The feast day's date in the publication year, or the year before when that day is still to come
    (a story published on Easter Monday tells of the Palm Sunday just gone)."""
    key = " ".join(name.lower().replace("’", "'").split())
    orthodox = key.startswith("orthodox ")
    key = key.removeprefix("orthodox ")

    def on(y: int) -> dt.date:
        if key in _FIXED_FEASTS:
            return dt.date(y, *_FIXED_FEASTS[key])
        return easter(y, EASTER_ORTHODOX if orthodox else EASTER_WESTERN) + dt.timedelta(_EASTER_OFFSETS[key])

    if ref is not None and ref.month is not None:
        published = dt.date(ref.year, ref.month, ref.day or calendar.monthrange(ref.year, ref.month)[1])
        day = on(ref.year)
        return PartialDate.from_date(day if day <= published else on(ref.year - 1))
    return PartialDate.from_date(on(year)) if year else None


def _whole_period(
    date: PartialDate | None, end: PartialDate | None
) -> tuple[PartialDate | None, PartialDate | None]:
    """A range covering exactly one month or one year is that month or year ('01 to 30 September')."""
    if date is None or end is None or date.year != end.year:
        return date, end
    same_month = end.month is not None and date.month == end.month
    if same_month and date.day == 1 and end.day == calendar.monthrange(end.year, end.month or 1)[1]:
        return PartialDate(year=date.year, month=date.month), None
    first = date.month in (None, 1) and date.day in (None, 1)
    last = end.month in (None, 12) and end.day in (None, 31)
    if first and last and (date.month is not None or end.month is not None):
        return PartialDate(year=date.year), None
    return date, end


def _week(g: dict[str, str | None], ref: PartialDate | None) -> tuple[PartialDate | None, PartialDate | None]:
    """'Last week': Monday to Sunday of that week; 'this week': its Monday up to the day of the story (what
    it tells has happened), or the seven days up to it in a story of the week's first two days ('withdrew
    this week' on a Monday); known only to the month, that month."""
    if ref is None or ref.month is None:
        return None, None
    if ref.day is None:
        return PartialDate(year=ref.year, month=ref.month), None
    day = dt.date(ref.year, ref.month, ref.day)
    last = re.sub(r"\s+", " ", (g.get("rel") or "").lower()) == "last week"
    monday = day - dt.timedelta(days=day.weekday() + (7 if last else 0))
    if last:
        return PartialDate.from_date(monday), PartialDate.from_date(monday + dt.timedelta(days=6))
    start = monday if day.weekday() >= 2 else day - dt.timedelta(days=6)
    return PartialDate.from_date(start), PartialDate.from_date(day)


def _weekend(ref: PartialDate | None) -> tuple[PartialDate | None, PartialDate | None]:
    """'Over the weekend': the last Saturday and Sunday up to the publication date; known only to the
    month, that month."""
    if ref is None or ref.month is None:
        return None, None
    if ref.day is None:
        return PartialDate(year=ref.year, month=ref.month), None
    day = dt.date(ref.year, ref.month, ref.day)
    saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    return PartialDate.from_date(saturday), PartialDate.from_date(saturday + dt.timedelta(days=1))


_PARTS = ("first", "second", "third", "fourth")


def _part_of_year(g: dict[str, str | None], year: int) -> tuple[PartialDate | None, PartialDate | None]:
    """'The first six months of 2024', 'the second half of 2023', 'the last quarter of 2022': months."""
    part = (g.get("part") or "").lower()
    if g.get("unit"):
        size = 6 if g["unit"].lower() == "half" else 3
        index = len(range(0, 12, size)) - 1 if part in {"last", "final"} else _PARTS.index(part)
        if (index + 1) * size > 12:
            return None, None
        return _safe(year, index * size + 1), _safe(year, (index + 1) * size)
    n_text = (g.get("n") or "").lower()
    n = int(n_text) if n_text.isdigit() else SMALL_NUMBERS.get(n_text, 0)
    if not 1 <= n <= 12 or part not in {"first", "last", "final"}:
        return None, None
    return (_safe(year, 1), _safe(year, n)) if part == "first" else (_safe(year, 13 - n), _safe(year, 12))


def _past_period(
    g: dict[str, str | None], ref: PartialDate | None
) -> tuple[PartialDate | None, PartialDate | None]:
    """'Over the past week', 'in the last three months', 'in the past year': the span that ends on the
    publication day."""
    if ref is None or ref.month is None or ref.day is None:
        return None, None
    n_text = (g.get("n") or "1").lower()
    n = int(n_text) if n_text.isdigit() else SMALL_NUMBERS[n_text]
    unit = (g.get("unit") or "").lower().rstrip("s")
    day = dt.date(ref.year, ref.month, ref.day)
    if unit in {"month", "year"}:
        year, month = shift_month(ref.year, ref.month, -n * (12 if unit == "year" else 1))
        start = dt.date(year, month, min(ref.day, calendar.monthrange(year, month)[1]))
    else:
        start = day - dt.timedelta(days=n * (7 if unit == "week" else 1))
    return PartialDate.from_date(start), ref


def _years_back(g: dict[str, str | None], ref: PartialDate) -> PartialDate | None:
    """The day an anniversary counts from: 'marks three years since', told on 14 February 2023, is 14
    February 2020 (to the month or year when the publication date is)."""
    n_text = (g["n"] or "0").lower()
    months = (int(n_text) if n_text.isdigit() else SMALL_NUMBERS[n_text]) * (
        12 if (g["unit"] or "").lower().startswith("year") else 1
    )
    if ref.month is None:
        return _safe(ref.year - months // 12) if months % 12 == 0 else None
    year, month = shift_month(ref.year, ref.month, -months)
    day = min(ref.day, calendar.monthrange(year, month)[1]) if ref.day else None
    return _safe(year, month, day)


def _resolve_relative(kind: str, g: dict[str, str | None], ref: PartialDate | None) -> PartialDate | None:
    """Relative dates need a publication date; without one they stay None (never guessed)."""
    if ref is None:
        return None
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    if kind == "anniversary":
        return _years_back(g, ref)
    if kind == "rel_year":
        return _safe(ref.year + (-1 if rel == "last year" else 1 if rel == "next year" else 0))
    if ref.month is None:
        return None
    if kind == "rel_month":
        delta = -1 if rel == "last month" else 1 if rel == "next month" else 0
        y, m = shift_month(ref.year, ref.month, delta)
        return _safe(y, m)
    if ref.precision is not DatePrecision.DAY:
        return _safe(ref.year, ref.month)  # "last Thursday" in an article known only to the month
    day = dt.date(ref.year, ref.month, ref.day)
    if kind == "today":
        return ref
    if kind == "yesterday":  # 'the day before yesterday' is two days back
        return PartialDate.from_date(day - dt.timedelta(days=2 if rel.startswith("the day") else 1))
    if kind == "days_ago":
        n = g["n"] or "0"
        days = int(n) if n.isdigit() else SMALL_NUMBERS[n.lower()]
        return PartialDate.from_date(day - dt.timedelta(days=days))
    back = (day.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
    if back == 0 and " ".join((g.get("pre") or "").lower().split()) in {"last", "past", "this past"}:
        back = 7  # 'last Saturday' in a Saturday story is a week ago; 'on Saturday' is that day
    return PartialDate.from_date(day - dt.timedelta(days=back))


def find_dates(
    text: str, start: int, end: int, ref: PartialDate | None, context_year: int | None
) -> list[DateMention]:
    """Date phrases in text[start:end], longest first, without overlaps.

    `ref` is the publication date; `context_year` (the last year the document named) completes
    "19 January" when the document has no publication date.
    """
    year = ref.year if ref else context_year
    found: list[DateMention] = []
    segment = text[start:end]
    taken = bytearray(len(segment))  # characters already inside a found date
    windows = _windows(segment)
    for kind, pattern in PATTERNS:
        for w_start, w_end in windows.get(_ANCHOR_OF.get(kind, kind), ()):
            for m in pattern.finditer(segment, w_start, w_end):
                if any(taken[m.start() : m.end()]):
                    continue
                if kind == "weekday" and _DAY_NAMED.search(segment, max(0, m.start() - 12), m.start()):
                    continue
                if kind == "today" and _TODAY_NAMED_AFTER.match(segment, m.end()):
                    continue  # '“... witnessed a genocide today, Wednesday”' in a statement: the weekday's
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                if _DEADLINE_AFTER.match(segment, m.end()):
                    continue  # 'ahead of an Aug. 31 deadline': a day set for what is to come, not an event's
                date, date_end = _whole_period(*_resolve(kind, m.groupdict(), ref, year))
                if kind == "weekday" and ref is not None and ref.day is not None and date is not None:
                    date = _looking_ahead(
                        ref,
                        date,
                        m.groupdict(),
                        segment[max(0, m.start() - 60) : m.start()],
                        _DAY_DECLARED.match(segment, m.end()) is not None,
                    )
                if ref is not None and kind in _YEARLESS and not m.groupdict().get("y"):
                    date, date_end = _last_before(
                        ref, date, date_end, segment[max(0, m.start() - 40) : m.start()]
                    )
                found.append(
                    DateMention(start + m.start(), start + m.end(), m.group(0), kind, date, date_end)
                )
    found = _days_together(text, _month_of_a_year(text, sorted(found, key=lambda d: d.start)))
    return _written_night(text, found)


_DEADLINE_AFTER = re.compile(r"(?i)(?:[’']s)?\s+(?:[\w-]+\s+){0,3}(?:deadline|cut-?off)\b")
_NIGHT_OF_A_NOUN = re.compile(r"\s+[a-z]")
_NIGHT_REACH = 300
"""How near (characters) a written day must be to name the night an 'overnight assault' was."""


def _written_night(text: str, found: list[DateMention]) -> list[DateMention]:
    """'A brutal overnight assault ... that spanned late Friday night, June 13, into the early hours of
    Saturday, June 14': the night is the one written out nearby, not the last before publication."""
    written = [
        d.start
        for d in found
        if d.kind != "overnight" and d.date and d.date.day and any(c.isdigit() for c in d.text)
    ]
    return [
        d
        for d in found
        if d.kind != "overnight"
        or not _NIGHT_OF_A_NOUN.match(text, d.end)
        or not any(abs(start - d.start) <= _NIGHT_REACH for start in written)
    ]


_DAY_JOINER = re.compile(r"\s+(?:and|to|through|or)\s+(?:on\s+)?|\s*[-–]\s*")


def _days_together(text: str, found: list[DateMention]) -> list[DateMention]:
    """'on Friday and Saturday', 'Thursday to Sunday': the days of one event told together, one period
    (the attack went on over them), not the first day with the second left to another claim."""
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == mention.kind == "weekday"
            and previous.date is not None
            and mention.date is not None
            and previous.date_end is None
            and mention.date_end is None
            and previous.date.iso < mention.date.iso
            and _DAY_JOINER.fullmatch(text, previous.end, mention.start) is not None
        ):
            joined = text[previous.start : mention.end]
            out[-1] = DateMention(previous.start, mention.end, joined, "weekday", previous.date, mention.date)
            continue
        out.append(mention)
    return out


def _month_of_a_year(text: str, found: list[DateMention]) -> list[DateMention]:
    """'August last year', 'March this year', 'on March 7 last year': one month or day of the year the second
    phrase names (not the most recent March, nor a bare year)."""
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if (
            previous is not None
            and mention.kind == "rel_year"
            and previous.kind in ("month", "mdy", "dmy")
            and previous.date is not None
            and previous.date_end is None
            and mention.date is not None
            and not text[previous.end : mention.start].strip()
        ):
            day = PartialDate(year=mention.date.year, month=previous.date.month, day=previous.date.day)
            out[-1] = DateMention(
                previous.start, mention.end, text[previous.start : mention.end], previous.kind, day
            )
            continue
        out.append(mention)
    return out


_DAY_NAMED = re.compile(r"\b(?:Palm|Easter|Good|Holy|Ash|Maundy|Shrove|Bloody|Black|Orthodox)\s+$")
"""'as people gathered for Palm Sunday', 'Black Saturday': a day's name, not a day of the week before the
story (the day itself is told apart, if at all)."""
_YEARLESS = {"month", "dmy", "mdy", "day_range", "mdy_range", "between_days", "start_of_month"}
_NEXT = r"next(?!\s+(?:to|door)\b)"
"""'next week' looks ahead; 'sits next to the gas project' does not."""
_FUTURE = re.compile(
    rf"(?i)\b(?:will|would|{_NEXT}|expected|scheduled|due|planned|plans?|later)\b"
    r"|\b(?:until|by)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$"
)
"""What looks ahead before a date without a year ('will arrive in April', 'by May'), not an agent's 'by'
('the war ignited by Hamas' Oct. 7 attack')."""


_AHEAD = re.compile(
    rf"(?i)\b(?:will|(?:is|are|was|were)\s+(?:due|expected|scheduled|set|planned)\s+to|{_NEXT})\b[^.;]*$"
)


_DAY_DECLARED = re.compile(r"(?i)\s+(?:as\s+)?an?\s+(?:national\s+|official\s+)?day\s+of\b")
"""'declared Sunday a day of mourning': a day set aside, which is still to come."""


def _looking_ahead(
    ref: PartialDate, told: PartialDate, groups: dict, before: str, declared: bool
) -> PartialDate:
    """'Talks are due to start in Yevlakh on Thursday' in a Wednesday story, 'declared Sunday a day of
    mourning': the coming day, not the last one; a weekday is the last one before publication unless the
    clause looks ahead."""
    if (groups.get("pre") or "").lower() in {"last", "past"} or not (declared or _AHEAD.search(before)):
        return told
    day = dt.date(ref.year, ref.month, ref.day)
    ahead = (_WEEKDAYS[groups["wd"].lower()] - day.weekday()) % 7
    return PartialDate.from_date(day + dt.timedelta(days=ahead))


def _last_before(
    ref: PartialDate, date: PartialDate | None, end: PartialDate | None, before: str
) -> tuple[PartialDate | None, PartialDate | None]:
    """'Since November' in a February story is last November: a month or day told without a year that
    would fall after the publication date is the last one before it, unless the text looks ahead or on
    ('will arrive in April', 'four days later, on April 26': a story updated after its first date)."""
    if date is None or ref.month is None or _FUTURE.search(before):
        return date, end
    later = (date.month or 0, date.day or 0) > (ref.month, ref.day or 31)
    if date.year != ref.year or not later:
        return date, end
    back = _safe(date.year - 1, date.month, date.day)
    return back, (_safe(end.year - 1, end.month, end.day) if end else None)


def _windows(segment: str) -> dict[str, list[tuple[int, int]]]:
    """Each anchor's merged stretches of `segment` around its words, widened to whole words, where its
    patterns' dates can be."""
    folded = segment.lower()
    if len(folded) != len(segment):  # a lower case that is longer would shift every offset
        folded = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in segment)
    windows: dict[str, list[tuple[int, int]]] = {}
    for m in _ANY_ANCHOR.finditer(folded):
        w_start = segment.rfind(" ", 0, max(0, m.start() - _WINDOW)) + 1
        w_end = segment.find(" ", min(len(segment), m.end() + _WINDOW))
        w_end = len(segment) if w_end < 0 else w_end
        for name in _ANCHOR_WORDS.get(m.group(0), ("year",)):
            stretches = windows.setdefault(name, [])
            if stretches and w_start <= stretches[-1][1]:
                stretches[-1] = (stretches[-1][0], max(stretches[-1][1], w_end))
            else:
                stretches.append((w_start, w_end))
    return windows
