"""Decisions across re-ingest and re-extraction: which new claim stands where a decided claim stood,
and which new versions fall outside a decided value (so the cluster is reopened)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from reconcile.ids import derived_id
from reconcile.models import Claim, Decision, DecisionAction, DecisionAnchor, PartialDate, Quantity

NEW_EVIDENCE = "new evidence"
"""State of a decided cluster reopened because a new version falls outside its decision."""


def map_anchors(claims: list[Claim], anchors: list[DecisionAnchor]) -> dict[str, str]:
    """claim id -> cluster id for claims that continue a decided claim.

    A claim continues an anchor when it is the same claim, or the same kind in the same document at an
    overlapping span (a new extractor version), or the same kind and quote in a new version of the same
    file (the nearest occurrence). The latest decision's anchor wins.
    """
    by_doc: dict[str, list[Claim]] = {}
    by_file: dict[str, list[Claim]] = {}
    ids = {c.id for c in claims}
    for claim in claims:
        by_doc.setdefault(claim.doc_id, []).append(claim)
        by_file.setdefault(claim.doc, []).append(claim)
    mapped: dict[str, str] = {}
    for anchor in anchors:
        if anchor.claim_id in ids:
            mapped[anchor.claim_id] = anchor.cluster_id
            continue
        same_doc = [
            c for c in by_doc.get(anchor.doc_id, []) if c.kind == anchor.kind and c.span.overlaps(anchor.span)
        ]
        if same_doc:
            best = max(same_doc, key=lambda c: _overlap(c, anchor))
        else:
            moved = [
                c
                for c in by_file.get(anchor.file_name, [])
                if c.doc_id != anchor.doc_id and c.kind == anchor.kind and c.text == anchor.quote
            ]
            if not moved:
                continue
            best = min(moved, key=lambda c: abs(c.span.start - anchor.span.start))
        mapped[best.id] = anchor.cluster_id
    return mapped


def _overlap(claim: Claim, anchor: DecisionAnchor) -> int:
    return min(claim.span.end, anchor.span.end) - max(claim.span.start, anchor.span.start)


def outside_decision(claim: Claim, value: dict) -> str | None:
    """Why a version falls outside a decided value (interval or date), or None when it fits."""
    decided = Quantity(low=value.get("low"), high=value.get("high"))
    has_number = claim.quantity.low is not None or claim.quantity.high is not None
    decided_number = decided.low is not None or decided.high is not None
    if has_number and decided_number and not claim.quantity.intersects(decided):
        return f"{claim.doc} says {claim.quantity.label}, the decision is {decided.label}"
    if claim.date and value.get("date"):
        decided_date = PartialDate.parse(value["date"])
        if not claim.date.compatible(decided_date):
            return f"{claim.doc} dates it {claim.date.iso}, the decision {decided_date.iso}"
    return None


SYSTEM_REVIEWER = "reconcile"
"""Who records the decisions the tool itself makes (reopening on new evidence)."""


def reopen_decision(cluster_id: str, state: str, value: dict, reasons: list[str]) -> Decision:
    """The decision that reopens a decided cluster; the old decision stays in its history."""
    now = dt.datetime.now(dt.UTC)
    return Decision(
        id=derived_id("dec", cluster_id, now.isoformat(), DecisionAction.REOPEN),
        cluster_id=cluster_id,
        reviewer=SYSTEM_REVIEWER,
        at=now,
        action=DecisionAction.REOPEN,
        before={"state": state, "value": value},
        after={"state": NEW_EVIDENCE, "value": value},
        rationale="new evidence: " + "; ".join(reasons),
    )


RESTRUCTURING = frozenset({DecisionAction.MERGE_CLUSTERS, DecisionAction.SPLIT_CLAIM})
"""Reviewer actions that change clusters rather than decide them."""


def in_force(decisions: list[Decision], acting: Collection[DecisionAction]) -> list[Decision]:
    """The decisions of the `acting` kinds that no undo has taken back (a redo puts one back), in log
    order: the one replay of the log that the ledger and reconciliation both read."""
    by_id = {d.id: d for d in decisions}
    position = {d.id: i for i, d in enumerate(decisions)}
    active: dict[str, Decision] = {}
    for d in decisions:
        if d.action in acting:
            active[d.id] = d
        elif d.action is DecisionAction.UNDO and d.undoes:
            active.pop(d.undoes, None)
        elif d.action is DecisionAction.REDO and d.undoes in by_id:
            target = by_id.get(by_id[d.undoes].undoes or "")
            if target is not None and target.action in acting:
                active[target.id] = target
    return sorted(active.values(), key=lambda d: position[d.id])


def review_links(decisions: list[Decision]) -> list[tuple[str, str, str | None]]:
    """The merges and splits in force, in order, as ('merge', claim, claim) or ('split', claim, None)."""
    links: list[tuple[str, str, str | None]] = []
    for d in in_force(decisions, RESTRUCTURING):
        after = d.after or {}
        if d.action is DecisionAction.MERGE_CLUSTERS and after.get("link"):
            links.append(("merge", after["link"][0], after["link"][1]))
        elif d.action is DecisionAction.SPLIT_CLAIM and after.get("split"):
            links.append(("split", after["split"], None))
    return links


def apply_review_links(groups: list[list[str]], links: list[tuple[str, str, str | None]]) -> list[list[str]]:
    """Clusters after the reviewer's merges (two claims' clusters become one) and splits (a claim is
    moved out on its own), applied in the order they were made; links to vanished claims are skipped."""
    group_of = {claim: i for i, group in enumerate(groups) for claim in group}
    members = {i: list(group) for i, group in enumerate(groups)}
    fresh = len(groups)
    for kind, a, b in links:
        if a not in group_of or (kind == "merge" and b not in group_of):
            continue
        home = group_of[a]
        if kind == "split":
            if len(members[home]) > 1:
                members[home].remove(a)
                members[fresh], group_of[a] = [a], fresh
                fresh += 1
        elif b is not None and group_of[b] != home:
            moved = members.pop(group_of[b])
            for claim in moved:
                group_of[claim] = home
            members[home] += moved
    return [sorted(group) for group in members.values() if group]
