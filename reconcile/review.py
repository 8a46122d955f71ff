"""Headless review: the queue, a cluster's versions, decisions with undo/redo (for the TUI and tests)."""

from __future__ import annotations

import datetime as dt
import getpass
import itertools
import os
from collections import Counter
from typing import Any

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process, utils

from reconcile.ids import derived_id
from reconcile.lifecycle import RESTRUCTURING
from reconcile.models import Claim, Cluster, CopyRelation, Decision, DecisionAction, Document, Quantity
from reconcile.pipeline import reconcile, regroup
from reconcile.store import Store

STATE_OF_ACTION = {
    DecisionAction.ACCEPT_VERSION: "accepted",
    DecisionAction.SET_VALUE: "set value",
    DecisionAction.DISPUTED: "disputed",
    DecisionAction.UNVERIFIABLE: "unverifiable",
    DecisionAction.NOT_A_CLAIM: "not a claim",
}
"""Actions that decide a cluster, and the state each leaves it in."""
FINDER_CANDIDATES = 500
"""How many clusters the fuzzy finder ranks: text matches first, then the head of the queue."""
_sequence = itertools.count()


def default_reviewer(explicit: str | None = None) -> str:
    """--reviewer, else $RECONCILE_REVIEWER, else the system user."""
    return explicit or os.environ.get("RECONCILE_REVIEWER") or getpass.getuser()


class QueueRow(BaseModel):
    """One line of the review queue."""

    cluster_id: str
    status: str
    kind: str
    what: str = Field(description="subject, place and date in words")
    values: str = Field(description="the versions' values, e.g. '29 · ≥29 · ≥40'")
    versions: int
    origins: int
    state: str | None


class Counts(BaseModel):
    conflicts: int
    to_review: int
    decided: int


class Version(BaseModel):
    """One claim of a cluster with what a reviewer needs beside it."""

    claim: Claim
    outlet: str | None
    published: str | None
    url: str | None
    sentence: str
    copy_of: str | None = Field(default=None, description="file this document copies, if any")


class ClusterView(BaseModel):
    cluster: Cluster
    versions: list[Version]
    decisions: list[Decision]
    state: str | None
    value: dict | None


def _words(claims: list[dict[str, Any]]) -> str:
    def common(field: str) -> str | None:
        values = Counter(c[field] for c in claims if c[field])
        return values.most_common(1)[0][0] if values else None

    dates = sorted((c["date"] for c in claims if c["date"]), key=len, reverse=True)
    subject = common("subject")
    parts = [subject.removeprefix("target: ") if subject else None, common("place") or common("unit")]
    parts.append(dates[0] if dates else None)
    return " · ".join(p for p in parts if p) or (claims[0]["text"][:60] if claims else "")


def _values(claims: list[dict[str, Any]]) -> str:
    labels = [Quantity(low=c["low"], high=c["high"]).label for c in claims]
    return " · ".join(dict.fromkeys(label for label in labels if label != "-")) or "-"


class ReviewSession:
    """One reviewer's session over a store. Every decision is committed before it is returned."""

    def __init__(self, store: Store, reviewer: str) -> None:
        self.store, self.reviewer = store, reviewer
        self._undo: list[Decision] = []
        self._redo: list[tuple[Decision, Decision]] = []
        self.recorded = 0  # decisions this session appended: views compare it to know when to refetch
        self._replay_history()

    def _replay_history(self) -> None:
        """Rebuild this reviewer's undo and redo stacks from the log, so undo works across restarts."""
        for d in self.store.decisions():
            if d.reviewer != self.reviewer:
                continue
            if d.action in STATE_OF_ACTION or d.action in RESTRUCTURING:
                self._undo.append(d)
                self._redo.clear()
            elif d.action is DecisionAction.UNDO and self._undo and self._undo[-1].id == d.undoes:
                self._redo.append((self._undo.pop(), d))
            elif d.action is DecisionAction.REDO and self._redo and self._redo[-1][1].id == d.undoes:
                self._undo.append(self._redo.pop()[0])

    # reading --------------------------------------------------------------------------------

    def counts(self) -> Counts:
        return Counts(
            conflicts=self.store.queue_count(status="conflict"),
            to_review=self.store.queue_count(decided=False),
            decided=self.store.queue_count(decided=True),
        )

    def queue(self, offset: int = 0, limit: int = 200, **filters: Any) -> list[QueueRow]:
        """A page of clusters; by default only undecided ones (decided=None shows all)."""
        filters.setdefault("decided", False)
        return [
            QueueRow(
                cluster_id=r["id"],
                status=r["status"],
                kind=r["kind"],
                what=_words(r["claims"]),
                values=_values(r["claims"]),
                versions=r["size"],
                origins=r["independent_origins"],
                state=r["state"],
            )
            for r in self.store.queue_page(offset, limit, **filters)
        ]

    def find_clusters(self, text: str, limit: int = 20, exclude: str | None = None) -> list[QueueRow]:
        """Clusters best matching `text` (rapidfuzz over kind, what and values, among clusters whose
        claims contain its words and the head of the queue), for the merge finder and the command palette."""
        matching = self.store.clusters_matching(text, FINDER_CANDIDATES)
        candidates = {r.cluster_id: r for r in self.queue(limit=len(matching), decided=None, ids=matching)}
        for row in self.queue(limit=FINDER_CANDIDATES, decided=None):
            candidates.setdefault(row.cluster_id, row)
        candidates.pop(exclude or "", None)
        if not text.strip():
            return list(candidates.values())[:limit]
        choices = {cid: f"{r.kind} {r.what} {r.values}" for cid, r in candidates.items()}
        ranked = process.extract(
            text, choices, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit
        )
        return [candidates[key] for _, score, key in ranked if score > 0]

    def outlets(self) -> list[str]:
        """The outlets of the current documents, for the queue's outlet filter."""
        return self.store.outlets()

    def queue_size(self, **filters: Any) -> int:
        filters.setdefault("decided", False)
        return self.store.queue_count(**filters)

    def view(self, cluster_id: str) -> ClusterView:
        cluster = self.store.cluster(cluster_id)
        if cluster is None:
            raise KeyError(cluster_id)
        claims = {c.id: c for c in self.store.claims_by_ids(cluster.claim_ids)}
        copies = {c.doc_id: c for c in self.store.copies()}
        docs: dict[str, Document | None] = {}
        versions = []
        for claim_id in cluster.claim_ids:
            claim = claims[claim_id]
            doc = docs.setdefault(claim.doc_id, self.store.document(claim.doc_id))
            copy: CopyRelation | None = copies.get(claim.doc_id)
            versions.append(
                Version(
                    claim=claim,
                    outlet=doc.outlet if doc else None,
                    published=doc.published.iso if doc and doc.published else None,
                    url=doc.url if doc else None,
                    sentence=doc.text[claim.sentence.start : claim.sentence.end] if doc else claim.text,
                    copy_of=copy.source if copy else None,
                )
            )
        state, value = self.store.cluster_state(cluster_id)
        return ClusterView(
            cluster=cluster,
            versions=versions,
            decisions=self.store.decisions(cluster_id),
            state=state,
            value=value,
        )

    def document_claims(self, doc_id: str) -> list[Claim]:
        """A document's claims in text order (for the document screen)."""
        return self.store.claims(doc=doc_id)

    def cluster_of(self, claim_id: str) -> str | None:
        return self.store.cluster_id_of(claim_id)

    # deciding -------------------------------------------------------------------------------

    def _record(
        self,
        cluster_id: str,
        action: DecisionAction,
        after: dict,
        rationale: str | None,
        undoes: str | None = None,
    ) -> Decision:
        state, value = self.store.cluster_state(cluster_id)
        now = dt.datetime.now(dt.UTC)
        decision = Decision(
            id=derived_id("dec", cluster_id, now.isoformat(), action, self.reviewer, next(_sequence)),
            cluster_id=cluster_id,
            reviewer=self.reviewer,
            at=now,
            action=action,
            before={"state": state, "value": value},
            after=after,
            rationale=rationale,
            undoes=undoes,
        )
        self.store.append_decision(decision, after.get("state"), after.get("value"))
        self.recorded += 1
        return decision

    def decide(
        self,
        cluster_id: str,
        action: DecisionAction,
        *,
        rationale: str | None = None,
        claim_id: str | None = None,
        low: int | None = None,
        high: int | None = None,
        best: int | None = None,
        date: str | None = None,
    ) -> Decision:
        """Record a deciding action; accept_version needs claim_id, set_value the reconciled value."""
        if action not in STATE_OF_ACTION:
            raise ValueError(f"{action} does not decide a cluster")
        value: dict[str, Any] | None = None
        if action is DecisionAction.ACCEPT_VERSION:
            if claim_id is None:
                raise ValueError("accepting a version needs the claim")
            claim = self.store.claims_by_ids([claim_id])[0]
            value = {
                "claim_id": claim_id,
                "low": claim.quantity.low,
                "high": claim.quantity.high,
                "date": claim.date.iso if claim.date else None,
            }
        elif action is DecisionAction.SET_VALUE:
            if low is not None and high is not None and low > high:
                raise ValueError(f"low {low} is above high {high}")
            value = {"low": low, "high": high, "best": best, "date": date}
        decision = self._record(
            cluster_id, action, {"state": STATE_OF_ACTION[action], "value": value}, rationale
        )
        self._undo.append(decision)
        self._redo.clear()
        return decision

    def split(self, cluster_id: str, claim_id: str, rationale: str | None = None) -> Decision:
        """Move one claim out of a cluster into its own; the two clusters are judged again at once."""
        state, value = self.store.cluster_state(cluster_id)
        if claim_id not in self._members(cluster_id):
            raise ValueError(f"{claim_id} is not in {cluster_id}")
        after = {"state": state, "value": value, "split": claim_id}
        decision = self._record(cluster_id, DecisionAction.SPLIT_CLAIM, after, rationale)
        self._undo.append(decision)
        self._redo.clear()
        self._apply_restructure(decision)
        return decision

    def merge(self, cluster_id: str, other_id: str, rationale: str | None = None) -> Decision:
        """Merge `other_id` into `cluster_id` (which keeps its id and decision); judged again at once."""
        if other_id == cluster_id:
            raise ValueError("a cluster cannot be merged with itself")
        state, value = self.store.cluster_state(cluster_id)
        absorbed = self._members(other_id)
        link = [self._members(cluster_id)[0], absorbed[0]]
        after = {"state": state, "value": value, "link": link, "merged": other_id, "absorbed": absorbed}
        decision = self._record(cluster_id, DecisionAction.MERGE_CLUSTERS, after, rationale)
        self._undo.append(decision)
        self._redo.clear()
        self._apply_restructure(decision)
        return decision

    def _members(self, cluster_id: str) -> list[str]:
        cluster = self.store.cluster(cluster_id)
        if cluster is None:
            raise KeyError(cluster_id)
        return cluster.claim_ids

    def _apply_restructure(self, decision: Decision) -> None:
        """Carry out a split or merge on the stored clusters (a new decision or a redo)."""
        after = decision.after or {}
        home = decision.cluster_id
        members = self._members(home)
        if decision.action is DecisionAction.SPLIT_CLAIM:
            moved = after["split"]
            rest = [c for c in members if c != moved]
            regroup(self.store, {home: rest, derived_id("clu", moved): [moved]})
        else:
            other = self.store.cluster_id_of(after["link"][1])
            joined = members + (self._members(other) if other and other != home else [])
            regroup(self.store, {home: joined})

    def _revert_restructure(self, target: Decision) -> None:
        """Undo a split or merge on the stored clusters; a full reconciliation when the claims have
        moved since (another decision, a re-ingest), since then only replaying the log is sure."""
        after = target.after or {}
        home = target.cluster_id
        current = self.store.cluster(home)
        if current is not None and target.action is DecisionAction.SPLIT_CLAIM:
            moved = after.get("split")
            alone = self.store.cluster(self.store.cluster_id_of(moved) or "")
            if alone is not None and alone.claim_ids == [moved]:
                regroup(self.store, {home: [*current.claim_ids, moved]})
                return
        absorbed = after.get("absorbed")
        if current is not None and absorbed and set(absorbed) < set(current.claim_ids):
            rest = [c for c in current.claim_ids if c not in absorbed]
            regroup(self.store, {home: rest, after["merged"]: absorbed})
            return
        reconcile(self.store)

    def note(self, cluster_id: str, text: str) -> Decision:
        """Attach a note; the cluster's state does not change."""
        state, value = self.store.cluster_state(cluster_id)
        return self._record(cluster_id, DecisionAction.NOTE, {"state": state, "value": value}, text)

    def undo(self) -> Decision | None:
        """Undo this session's last decision by recording an undo that restores the state before it."""
        if not self._undo:
            return None
        target = self._undo.pop()
        undo = self._record(
            target.cluster_id, DecisionAction.UNDO, target.before or {}, None, undoes=target.id
        )
        self._redo.append((target, undo))
        if target.action in RESTRUCTURING:
            self._revert_restructure(target)
        return undo

    def redo(self) -> Decision | None:
        """Re-apply the last undone decision, recorded as a redo of the undo."""
        if not self._redo:
            return None
        target, undo = self._redo.pop()
        redo = self._record(
            target.cluster_id, DecisionAction.REDO, target.after or {}, target.rationale, undoes=undo.id
        )
        self._undo.append(target)
        if target.action in RESTRUCTURING:
            self._apply_restructure(target)
        return redo
