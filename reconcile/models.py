"""The pydantic models that every pipeline stage hands to the next; no I/O lives here."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DatePrecision(StrEnum):
    """How much of a date the source actually states."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class PartialDate(BaseModel):
    """A date known to day, month or year precision; never padded with invented parts."""

    model_config = ConfigDict(frozen=True)

    year: int
    month: int | None = None
    day: int | None = None

    @model_validator(mode="after")
    def _check(self) -> PartialDate:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        dt.date(self.year, self.month or 1, self.day or 1)  # raises on impossible dates
        return self

    @property
    def precision(self) -> DatePrecision:
        if self.day is not None:
            return DatePrecision.DAY
        return DatePrecision.MONTH if self.month is not None else DatePrecision.YEAR

    @property
    def iso(self) -> str:
        """ISO text at the date's own precision: 2023-10-09, 2023-10 or 2023."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read `2023-10-09`, `2023-10` or `2023`; raise ValueError on anything else."""
        match = _PARTIAL_DATE.match(text.strip())
        if not match:
            raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        year, month, day = (int(g) if g else None for g in match.groups())
        return cls(year=year, month=month, day=day)

    @classmethod
    def from_date(cls, value: dt.date, precision: DatePrecision = DatePrecision.DAY) -> PartialDate:
        if precision is DatePrecision.YEAR:
            return cls(year=value.year)
        if precision is DatePrecision.MONTH:
            return cls(year=value.year, month=value.month)
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def key(self) -> DayKey:
        return self.year, self.month, self.day

    def compatible(self, other: PartialDate) -> bool:
        """True when both can name the same day at their common precision."""
        if self.year != other.year:
            return False
        if self.month is None or other.month is None or self.month != other.month:
            return self.month is None or other.month is None
        return self.day is None or other.day is None or self.day == other.day

    def __str__(self) -> str:
        return self.iso


def periods_compatible(
    a: PartialDate, a_end: PartialDate | None, b: PartialDate, b_end: PartialDate | None
) -> bool:
    """Two dates, or periods ('last week', '2011 to 2018'), can name the same time: equal at their common
    precision, or overlapping when either is a period."""
    if a_end is None and b_end is None:
        return a.compatible(b)
    return periods_overlap(a.key, (a_end or a).key, b.key, (b_end or b).key)


DayKey = tuple[int, int | None, int | None]
"""(year, month, day) with the parts a date does not state left None."""


def periods_overlap(a: DayKey, a_end: DayKey, b: DayKey, b_end: DayKey) -> bool:
    """Whether [a, a_end] and [b, b_end] share a day, each bound read as widely as its precision allows."""
    return _first_day(a) <= _last_day(b_end) and _first_day(b) <= _last_day(a_end)


def period_days(start: DayKey, end: DayKey) -> int:
    """How many days [start, end] can cover, each bound read as widely as its precision allows."""
    first, last = _first_day(start), _last_day(end)
    last_day = min(last[2], calendar.monthrange(last[0], last[1])[1])
    return (dt.date(last[0], last[1], last_day) - dt.date(*first)).days + 1


def _first_day(key: DayKey) -> tuple[int, int, int]:
    return key[0], key[1] or 1, key[2] or 1


def _last_day(key: DayKey) -> tuple[int, int, int]:
    return key[0], key[1] or 12, key[2] or 31  # 31 stands for any month's last day


class Span(BaseModel):
    """Half-open character range [start, end) into a document's stored text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("span end before start")
        return self

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class MediaType(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class BoilerplateRegion(BaseModel):
    """Page furniture (sponsor lines, teasers, captions, widget labels) that yields no claims."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    reason: str


class Document(BaseModel):
    """One ingested article version; `text` is what every claim span indexes into."""

    id: str
    file_name: str
    media_type: MediaType
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: PartialDate | None = None
    url: str | None = None
    text: str
    raw_html: str | None = None
    encoding: str
    size_bytes: int
    boilerplate: list[BoilerplateRegion] = Field(default_factory=list)
    supersedes: str | None = Field(default=None, description="id of the previous version of this file")
    warnings: list[str] = Field(default_factory=list)

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when [start, end) touches a furniture region."""
        return any(r.start < end and start < r.end for r in self.boilerplate)

    @property
    def title_end(self) -> int:
        """Where the first line, the title, ends; -1 for a one-line document, which has no body to tell
        its headline's figures, dates and places, and for one that opens with its lead paragraph (a long
        line that ends a sentence), as copied text often does."""
        end = self.text.find("\n")
        if end < 0:
            return end
        first = self.text[:end].rstrip()
        return -1 if len(first) > _TITLE_MAX_CHARS and first.endswith((".", ".\u201d", '."')) else end


_TITLE_MAX_CHARS = 200
"""Headlines run to a dozen or two words; a longer first line ending a sentence is the lead."""


class ClaimKind(StrEnum):
    CASUALTIES = "casualties"
    CAPTURE = "capture"
    ATTACK = "attack"
    STRENGTH = "strength"
    EVENT_DATE = "event_date"
    QUANTITY = "quantity"
    CAUSE = "cause"


class Quantity(BaseModel):
    """The numeric interval a wording implies; None on a side means unbounded or unknown."""

    model_config = ConfigDict(frozen=True)

    low: int | None = None
    high: int | None = None
    hedge: str | None = Field(default=None, description="the hedge as written, e.g. 'at least'")
    number_text: str | None = Field(default=None, description="the number as written, e.g. 'twenty-nine'")

    @property
    def label(self) -> str:
        """The interval as a reader writes it: '29', '≥29', '≤12', '10–12', or '-' when unknown."""
        low, high = self.low, self.high
        if low is None and high is None:
            return "-"
        if low == high:
            return f"{low:,}"
        if high is None:
            return f"≥{low:,}"
        if low is None:
            return f"≤{high:,}"
        return f"{low:,}–{high:,}"

    def intersects(self, other: Quantity) -> bool:
        lo = max(v for v in (self.low, other.low, float("-inf")) if v is not None)
        hi = min(v for v in (self.high, other.high, float("inf")) if v is not None)
        return lo <= hi


DENIAL_RULE = "count:denied"
"""The rule of a count of zero that denies a figure ('there was no such stockpile'): dissent from that
figure, not a lower estimate of it."""


class Claim(BaseModel):
    """One atomic, checkable statement in one document, with its provenance."""

    id: str
    doc_id: str
    doc: str = Field(description="file name of the document")
    kind: ClaimKind
    span: Span
    text: str = Field(description="document text at span; checked by `verify`")
    sentence: Span
    subject: str | None = None
    quantity: Quantity = Field(default_factory=Quantity)
    place: str | None = None
    unit: str | None = None
    actor: str | None = None
    date: PartialDate | None = None
    date_end: PartialDate | None = Field(default=None, description="end of a date range ('2011 to 2018')")
    date_text: str | None = None
    as_of: PartialDate | None = None
    attributed_to: str | None = None
    speaker_is_party: bool | None = None
    in_quote: bool = False
    denied: bool = Field(default=False, description="the speaker denies it ('the army denied killing 12')")
    rule: str
    extractor_version: str


class EntityKind(StrEnum):
    PLACE = "place"
    UNIT = "unit"
    ACTOR = "actor"


class Entity(BaseModel):
    """A canonical place, unit or actor with the spellings that name it."""

    id: str
    kind: EntityKind
    canonical: str
    aliases: list[str] = Field(default_factory=list)
    party_to_conflict: bool | None = None


class SharedPassage(BaseModel):
    """A sentence of one document that (nearly) repeats a sentence of another: evidence of copying."""

    doc_span: Span
    source_span: Span
    text: str
    similarity: float = Field(description="rapidfuzz ratio of the two sentences, 0-100")


class CopyRelation(BaseModel):
    """`doc_id` reuses text of the earlier `source_id`, so it is not an independent source for it."""

    doc_id: str
    source_id: str
    doc: str
    source: str
    containment: float = Field(description="share of the copy's word 5-grams found in the source")
    passages: list[SharedPassage] = Field(default_factory=list)


class ClusterStatus(StrEnum):
    AGREE = "agree"
    CONFLICT = "conflict"
    SINGLE = "single"


class Cluster(BaseModel):
    """All versions of one fact across documents, with how they relate."""

    id: str
    kind: ClaimKind
    key: str = Field(description="the blocking key: subject, place/unit, actor, date")
    claim_ids: list[str]
    status: ClusterStatus
    reconciled: Quantity | None = None
    independent_origins: int = 1
    origins: list[str] = Field(default_factory=list, description="who independently stands behind it")
    only_party_sources: bool = False
    reasons: list[str] = Field(default_factory=list, description="why the versions conflict")


class DecisionAction(StrEnum):
    ACCEPT_VERSION = "accept_version"
    SET_VALUE = "set_value"
    DISPUTED = "disputed"
    UNVERIFIABLE = "unverifiable"
    NOT_A_CLAIM = "not_a_claim"
    SPLIT_CLAIM = "split_claim"
    MERGE_CLUSTERS = "merge_clusters"
    NOTE = "note"
    UNDO = "undo"
    REDO = "redo"
    REOPEN = "reopen"


class Decision(BaseModel):
    """One reviewer action; appended, never edited, so the audit trail is complete."""

    id: str
    cluster_id: str
    reviewer: str
    at: dt.datetime
    action: DecisionAction
    before: dict | None = None
    after: dict | None = None
    rationale: str | None = None
    undoes: str | None = None


class DecisionAnchor(BaseModel):
    """A claim a decision was made on, by document and span, so the decision can follow re-extraction."""

    cluster_id: str
    decision_id: str
    claim_id: str
    doc_id: str
    file_name: str
    kind: ClaimKind
    span: Span
    quote: str


class OrphanedDecision(BaseModel):
    """A decided cluster that no current cluster continues: kept and listed, never dropped."""

    cluster_id: str
    state: str
    value: dict | None
    decisions: list[Decision]
    anchors: list[DecisionAnchor]


class LedgerStatus(StrEnum):
    """What the ledger says of a fact (Airwars-like grades, from the review or the tool's assessment)."""

    CORROBORATED = "corroborated"
    SINGLE_ORIGIN = "single origin"
    DISPUTED = "disputed"
    UNRESOLVED = "unresolved"
    UNVERIFIABLE = "unverifiable"
    REJECTED = "rejected"


class VersionRole(StrEnum):
    SUPPORTING = "supporting"
    DISSENTING = "dissenting"


class LedgerVersion(BaseModel):
    """One source's version of the fact, with everything needed to check it against the article."""

    claim_id: str
    role: VersionRole
    doc: str
    doc_id: str
    outlet: str | None
    url: str | None
    published: str | None
    quote: str
    start: int
    end: int
    sentence: str
    hedge: str | None
    low: int | None
    high: int | None
    value: str = Field(description="the interval as a reader writes it, e.g. '≥29'")
    date: str | None
    date_precision: DatePrecision | None
    attributed_to: str | None
    speaker_is_party: bool | None
    origin: str = Field(description="the independent origin this version counts for")
    copy_of: str | None = Field(default=None, description="file this version's document copies")


class LedgerDecision(BaseModel):
    """The reviewer's current decision on a cluster."""

    state: str
    action: DecisionAction
    rationale: str | None
    reviewer: str
    at: dt.datetime
    value: dict | None = None


class LedgerEntry(BaseModel):
    """One fact of the reconciled ledger: the value published, how it was reached and every version."""

    cluster_id: str
    statement: str = Field(description="the fact in plain language")
    kind: ClaimKind
    event: str = Field(description="where/what the fact is about, for grouping in reports")
    low: int | None = None
    best: int | None = None
    high: int | None = None
    value_rule: str = Field(description="reviewer decision, intersection, most conservative, single version")
    date: str | None = None
    date_precision: DatePrecision | None = None
    status: LedgerStatus
    assessment: ClusterStatus = Field(description="the tool's own reading before review")
    reasons: list[str] = Field(default_factory=list)
    reviewed: bool = False
    new_evidence: bool = Field(
        default=False, description="reopened: a new version falls outside the decision"
    )
    decision: LedgerDecision | None = None
    notes: list[str] = Field(default_factory=list)
    independent_origins: int
    origins: list[str]
    only_party_sources: bool
    copies: list[str] = Field(default_factory=list, description="'a.txt copies b.txt' among the versions")
    versions: list[LedgerVersion]


class Snapshot(BaseModel):
    """The database state an export came from: a content hash and row counts."""

    sha256: str
    documents: int
    claims: int
    clusters: int
    decisions: int


class Ledger(BaseModel):
    """The reconciled claim ledger: what a fact-checker publishes."""

    tool: str
    snapshot: Snapshot
    orphaned_decisions: int = 0
    entries: list[LedgerEntry]
