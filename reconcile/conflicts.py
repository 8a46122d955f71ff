"""Whether a cluster's versions agree: intervals, date precision and causes -> status and reconciled value."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from reconcile.models import Claim, ClusterStatus, Quantity, periods_compatible
from reconcile.normalize import AliasTables, cause_means

MAX_REASONS = 6


@dataclass
class Verdict:
    """Status of one cluster, the interval all numeric versions share, and why versions disagree."""

    status: ClusterStatus
    reconciled: Quantity | None
    origins: list[str]
    only_party_sources: bool
    reasons: list[str] = field(default_factory=list)


def _has_number(claim: Claim) -> bool:
    return claim.quantity.low is not None or claim.quantity.high is not None


def _label(claim: Claim) -> str:
    return f"'{claim.text[:60]}' ({claim.doc})"


def intersection(quantities: list[Quantity]) -> Quantity | None:
    """The interval every quantity admits, or None when they share no point."""
    lows = [q.low for q in quantities if q.low is not None]
    highs = [q.high for q in quantities if q.high is not None]
    low, high = (max(lows) if lows else None), (min(highs) if highs else None)
    if low is not None and high is not None and low > high:
        return None
    return Quantity(low=low, high=high)


def _bounds(claim: Claim) -> str:
    return f"[{claim.quantity.low}, {claim.quantity.high}]"


def _number_reasons(numeric: list[Claim], origin_of: dict[str, str]) -> list[str]:
    """Disjoint intervals from different origins, once per origin and figure (a source's figure in its
    headline, its body and a copy is one version): one source giving two figures counts two things
    ('over 80 outposts, including 11 battalion headquarters'), it does not contradict itself."""
    versions: dict[tuple, Claim] = {}
    for claim in numeric:
        versions.setdefault((origin_of[claim.id], claim.quantity.low, claim.quantity.high), claim)
    return [
        f"{_label(a)} {_bounds(a)} vs {_label(b)} {_bounds(b)}"
        for a, b in combinations(versions.values(), 2)
        if origin_of[a.id] != origin_of[b.id] and not a.quantity.intersects(b.quantity)
    ]


def _date_reasons(claims: list[Claim], origin_of: dict[str, str]) -> list[str]:
    dated = [c for c in claims if c.date is not None]
    return [
        f"date {a.date} {_label(a)} vs {b.date} {_label(b)}"
        for a, b in combinations(dated, 2)
        if origin_of[a.id] != origin_of[b.id]
        and a.date is not None
        and b.date is not None
        and not periods_compatible(a.date, a.date_end, b.date, b.date_end)
    ]


def _denial_reasons(claims: list[Claim], origin_of: dict[str, str]) -> list[str]:
    """A version its speaker denies ('the army denied killing 12') against one another origin asserts."""
    denied = [c for c in claims if c.denied]
    asserted = [c for c in claims if not c.denied]
    return [
        f"denied {_label(d)} vs asserted {_label(a)}"
        for d in denied[:1]
        for a in asserted
        if origin_of[a.id] != origin_of[d.id]
    ][:1]


_MEANS_KIN = {
    "drone": {"air"},
    "bomb": {"air", "drone", "mine", "suicide bombing"},
    "missile": {"air", "artillery"},
}
"""Means one report may name for what another names otherwise: a drone strike is an air strike ('airstrikes'
in one report and 'a drone strike' in another agree); 'a bomb' may be dropped from the air, planted or
worn by a suicide bomber; a missile may be fired from a jet, and reports call rockets missiles."""


def _kin(a: str, b: str) -> bool:
    """Whether two means named by two reports can be the same one."""
    return a == b or b in _MEANS_KIN.get(a, ()) or a in _MEANS_KIN.get(b, ())


def _cause_reasons(claims: list[Claim], tables: AliasTables, origin_of: dict[str, str]) -> list[str]:
    """Causes of different origins naming no common means; one source telling an 'air strike' in one
    sentence and 'three rockets' in the next does not contradict itself."""
    means = [(c, cause_means(tables, c.text)) for c in claims]
    return [
        f"{'/'.join(sorted(ma))} {_label(a)} vs {'/'.join(sorted(mb))} {_label(b)}"
        for (a, ma), (b, mb) in combinations(means, 2)
        if ma and mb and not any(_kin(x, y) for x in ma for y in mb) and origin_of[a.id] != origin_of[b.id]
    ]


def assess(claims: list[Claim], origin_of: dict[str, str], tables: AliasTables) -> Verdict:
    """Conflict when numbers of different origins share no point, dates of different origins are
    incompatible, or causes name different means; otherwise agree with two or more independent
    origins, single with one."""
    numeric = [c for c in claims if _has_number(c)]
    reconciled = intersection([c.quantity for c in numeric]) if numeric else None
    reasons = _number_reasons(numeric, origin_of) if numeric and reconciled is None else []
    reasons += _date_reasons(claims, origin_of)
    reasons += _denial_reasons(claims, origin_of)
    if claims and claims[0].kind == "cause":
        reasons += _cause_reasons(claims, tables, origin_of)
    origins = sorted({origin_of[c.id] for c in claims})
    if reasons:
        status = ClusterStatus.CONFLICT
    else:
        status = ClusterStatus.AGREE if len(origins) >= 2 else ClusterStatus.SINGLE
    return Verdict(
        status=status,
        reconciled=reconciled,
        origins=origins,
        only_party_sources=all(c.speaker_is_party for c in claims),
        reasons=reasons[:MAX_REASONS],
    )
