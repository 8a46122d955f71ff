"""The plain-language statement of a ledger entry: 'At least 29 people were killed in X on 9 October 2023'."""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass

from reconcile.models import Claim, ClaimKind, PartialDate, Quantity
from reconcile.normalize import AliasTables, cause_means, event_class


@dataclass
class EntryFacts:
    """What a statement is built from: the cluster's facet and anchors and the ledger's chosen value."""

    kind: ClaimKind
    facet: str
    anchors: list[str]
    claims: list[Claim]
    interval: Quantity | None
    date: PartialDate | None
    tables: AliasTables


def date_words(date: PartialDate | None) -> str | None:
    """'9 October 2023', 'October 2023' or '2023'."""
    if date is None:
        return None
    if date.month is None:
        return str(date.year)
    month = calendar.month_name[date.month]
    return f"{date.day} {month} {date.year}" if date.day else f"{month} {date.year}"


def value_words(q: Quantity | None) -> str | None:
    """'29', 'at least 29', 'up to 12', '10 to 12'; None without a number."""
    if q is None or (q.low is None and q.high is None):
        return None
    if q.low == q.high:
        return f"{q.low:,}"
    if q.high is None:
        return f"at least {q.low:,}"
    if q.low is None:
        return f"up to {q.high:,}"
    return f"{q.low:,} to {q.high:,}"


def _common(values: list[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _where_when(anchors: list[str], date: PartialDate | None) -> str:
    parts = f" in {', '.join(anchors)}" if anchors else ""
    when = date_words(date)
    if date and when:
        parts += f" on {when}" if date.day else f" in {when}"
    return parts


def _counted(facts: EntryFacts, fallback: str) -> str:
    subject = _common([c.subject for c in facts.claims if c.subject and not c.subject.startswith("target:")])
    return subject or fallback


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def statement(facts: EntryFacts) -> str:
    """One sentence naming the fact, its published value, place and date; the quotes carry the nuance."""
    value = value_words(facts.interval)
    actor = _common([c.actor for c in facts.claims])
    by_actor = f" by the {actor}" if actor else ""
    targets = [c.subject for c in facts.claims if c.subject and c.subject.startswith("target:")]
    target = _common([t.removeprefix("target: ") for t in targets])
    where_when = _where_when(facts.anchors, facts.date)
    if facts.kind is ClaimKind.CASUALTIES:
        outcome = facts.facet.split(":")[0] if ":" in facts.facet else "killed"
        subject = _counted(facts, "people")
        count = value or "An unknown number of"
        verb = "were" if value != "1" else "was"
        return _capitalised(f"{count} {subject} {verb} {outcome}{where_when}.")
    if facts.kind in (ClaimKind.CAPTURE, ClaimKind.ATTACK):
        capture = facts.kind is ClaimKind.CAPTURE
        if value:
            verb = "captured" if capture else "attacked"
            return _capitalised(f"{value} {_counted(facts, 'positions')} {verb}{by_actor}{where_when}.")
        if target:
            what = f"Capture of {target}" if capture else f"Attack on {target}"
            return f"{what}{by_actor}{_where_when([], facts.date)}."
        return f"{'Capture' if capture else 'Fighting'}{by_actor}{where_when}."
    if facts.kind is ClaimKind.CAUSE:
        means = sorted(set().union(*(cause_means(facts.tables, c.text) for c in facts.claims)))
        how = " or ".join(means) if means else "as quoted"
        return f"Cause of the event{where_when}: {how}."
    if facts.kind is ClaimKind.EVENT_DATE:
        event = _common([event_class(facts.tables, c.text) for c in facts.claims]) or "event"
        return _capitalised(f"{event}{' involving the ' + actor if actor else ''}{where_when}.")
    subject = _counted(facts, "")
    return _capitalised(f"{value or 'Unknown number of'} {subject}{where_when}.".replace("  ", " "))
