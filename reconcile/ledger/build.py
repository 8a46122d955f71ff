"""Build the reconciled ledger from a store: one entry per cluster, every version with its provenance."""

from __future__ import annotations

from collections import Counter

from reconcile import __version__, sources
from reconcile.ledger.statement import EntryFacts, statement
from reconcile.lifecycle import NEW_EVIDENCE, in_force
from reconcile.models import (
    DENIAL_RULE,
    Claim,
    Cluster,
    ClusterStatus,
    Decision,
    DecisionAction,
    Document,
    Ledger,
    LedgerDecision,
    LedgerEntry,
    LedgerStatus,
    LedgerVersion,
    PartialDate,
    Quantity,
    Snapshot,
    VersionRole,
)
from reconcile.normalize import alias_tables
from reconcile.review import STATE_OF_ACTION
from reconcile.store import Store

_STATUS_OF_STATE = {
    "disputed": LedgerStatus.DISPUTED,
    "unverifiable": LedgerStatus.UNVERIFIABLE,
    "not a claim": LedgerStatus.REJECTED,
    NEW_EVIDENCE: LedgerStatus.UNRESOLVED,
}


def current_decision(decisions: list[Decision]) -> Decision | None:
    """The deciding decision now in force in a cluster's log (undo and redo replayed)."""
    deciding = in_force(decisions, STATE_OF_ACTION)
    return deciding[-1] if deciding else None


def _has_number(q: Quantity) -> bool:
    return q.low is not None or q.high is not None


def _reference(cluster: Cluster, claims: list[Claim], value: dict | None) -> tuple[Quantity | None, str]:
    """The interval the ledger publishes, and the rule that chose it."""
    if value is not None:
        return Quantity(low=value.get("low"), high=value.get("high")), "reviewer decision"
    numeric = [c.quantity for c in claims if _has_number(c.quantity)]
    if not numeric:
        return None, "no number"
    if cluster.status is not ClusterStatus.CONFLICT and cluster.reconciled is not None:
        rule = "intersection of agreeing versions" if len(numeric) > 1 else "single version"
        return cluster.reconciled, rule
    asserted = [
        c.quantity for c in claims if _has_number(c.quantity) and c.rule != DENIAL_RULE and not c.denied
    ]
    lowest = min(asserted or numeric, key=_conservative_order)
    return Quantity(low=lowest.low, high=lowest.high), "most conservative version (lowest figure)"


def _conservative_order(q: Quantity) -> tuple[float, float]:
    """The lowest figure first (ACLED's rule); between equal lows, the one that states it exactly."""
    low = q.low if q.low is not None else -1
    width = q.high - q.low if q.high is not None and q.low is not None else float("inf")
    return low, width


def _reference_date(claims: list[Claim], value: dict | None) -> PartialDate | None:
    if value is not None and value.get("date"):
        return PartialDate.parse(value["date"])
    dated = [c.date for c in claims if c.date]
    if not dated:
        return None
    common = Counter(d.iso for d in dated).most_common()
    best = max(common, key=lambda kv: (kv[1], len(kv[0])))[0]
    return PartialDate.parse(best)


def _supports(claim: Claim, interval: Quantity | None, date: PartialDate | None) -> bool:
    if claim.denied:
        return False  # its speaker denies it: dissent, whatever the figure
    numbers = interval is not None and _has_number(interval) and _has_number(claim.quantity)
    if numbers and interval is not None and not claim.quantity.intersects(interval):
        return False
    return not (date and claim.date and not claim.date.compatible(date))


def _status(cluster: Cluster, state: str | None, supporting_origins: int) -> LedgerStatus:
    if state in _STATUS_OF_STATE:
        return _STATUS_OF_STATE[state]
    if state is None and cluster.status is ClusterStatus.CONFLICT:
        return LedgerStatus.UNRESOLVED
    return LedgerStatus.CORROBORATED if supporting_origins >= 2 else LedgerStatus.SINGLE_ORIGIN


class _Context:
    """Everything the entries share, loaded once."""

    def __init__(self, store: Store) -> None:
        self.claims = {c.id: c for c in store.claims()}
        self.documents: dict[str, Document] = {d.id: d for d in store.documents()}
        relations = store.copies()
        self.copy_of = {r.doc_id: r.source for r in relations}
        self.roots = sources.root_documents(relations)
        self.entities = {e.id: e.canonical for e in store.entities()}
        self.states = store.cluster_states()
        self.log: dict[str, list[Decision]] = {}
        for decision in store.decisions():
            self.log.setdefault(decision.cluster_id, []).append(decision)
        self.tables = alias_tables(store.aliases())

    def origin_name(self, origin: str) -> str:
        """'speaker:col naw bu' -> 'col naw bu (quoted)'; 'doc:<id>' -> 'Outlet (file)'."""
        kind, _, rest = origin.partition(":")
        if kind == "speaker":
            speaker, _, doc_id = rest.partition("@")
            doc = self.documents.get(doc_id)
            return f"{speaker} (quoted{', in ' + doc.file_name if doc else ''})"
        doc = self.documents.get(rest)
        return f"{doc.outlet or '?'} ({doc.file_name})" if doc else origin


def _version(ctx: _Context, claim: Claim, supporting: bool) -> LedgerVersion:
    doc = ctx.documents[claim.doc_id]
    return LedgerVersion(
        claim_id=claim.id,
        role=VersionRole.SUPPORTING if supporting else VersionRole.DISSENTING,
        doc=claim.doc,
        doc_id=claim.doc_id,
        outlet=doc.outlet,
        url=doc.url,
        published=doc.published.iso if doc.published else None,
        quote=claim.text,
        start=claim.span.start,
        end=claim.span.end,
        sentence=" ".join(claim.sentence.slice(doc.text).split()),
        hedge=claim.quantity.hedge,
        low=claim.quantity.low,
        high=claim.quantity.high,
        value=claim.quantity.label,
        date=claim.date.iso if claim.date else None,
        date_precision=claim.date.precision if claim.date else None,
        attributed_to=claim.attributed_to,
        speaker_is_party=claim.speaker_is_party,
        origin=ctx.origin_name(sources.origin_of(claim, ctx.roots)),
        copy_of=ctx.copy_of.get(claim.doc_id),
    )


def _entry(ctx: _Context, cluster: Cluster) -> LedgerEntry:
    claims = [ctx.claims[i] for i in cluster.claim_ids if i in ctx.claims]
    state, value, _ = ctx.states.get(cluster.id, (None, None, ""))
    log = ctx.log.get(cluster.id, [])
    decision = current_decision(log)
    interval, rule = _reference(cluster, claims, value)
    date = _reference_date(claims, value)
    support = {c.id: _supports(c, interval, date) for c in claims}
    origins = {sources.origin_of(c, ctx.roots) for c in claims if support[c.id]}
    best = value.get("best") if value else None
    if interval is not None and best is None:
        best = interval.low if interval.low is not None else interval.high
    anchors = [ctx.entities.get(e, e) for e in cluster.key.split("|")[2].split(",") if e]
    facts = EntryFacts(
        kind=cluster.kind,
        facet=cluster.key.split("|")[1],
        anchors=anchors,
        claims=claims,
        interval=interval,
        date=date,
        tables=ctx.tables,
    )
    return LedgerEntry(
        cluster_id=cluster.id,
        statement=statement(facts),
        kind=cluster.kind,
        event=", ".join(anchors) or "(no place named)",
        low=interval.low if interval else None,
        best=best,
        high=interval.high if interval else None,
        value_rule=rule,
        date=date.iso if date else None,
        date_precision=date.precision if date else None,
        status=_status(cluster, state, len(origins)),
        assessment=cluster.status,
        reasons=cluster.reasons,
        reviewed=decision is not None,
        new_evidence=state == NEW_EVIDENCE,
        decision=LedgerDecision(
            state=state or "undecided",
            action=decision.action,
            rationale=decision.rationale,
            reviewer=decision.reviewer,
            at=decision.at,
            value=value,
        )
        if decision
        else None,
        notes=[d.rationale for d in log if d.action is DecisionAction.NOTE and d.rationale],
        independent_origins=cluster.independent_origins,
        origins=sorted(ctx.origin_name(o) for o in cluster.origins),
        only_party_sources=cluster.only_party_sources,
        copies=sorted({f"{c.doc} copies {ctx.copy_of[c.doc_id]}" for c in claims if c.doc_id in ctx.copy_of}),
        versions=[_version(ctx, c, support[c.id]) for c in claims],
    )


_ORDER = {
    LedgerStatus.UNRESOLVED: 0,
    LedgerStatus.DISPUTED: 1,
    LedgerStatus.SINGLE_ORIGIN: 2,
    LedgerStatus.CORROBORATED: 3,
    LedgerStatus.UNVERIFIABLE: 4,
    LedgerStatus.REJECTED: 5,
}


def build_ledger(store: Store) -> Ledger:
    """The ledger of the store's current reconciliation; the same database always gives the same ledger."""
    ctx = _Context(store)
    entries = [_entry(ctx, cluster) for cluster in store.clusters()]
    entries.sort(key=lambda e: (e.event, _ORDER[e.status], e.kind.value, e.cluster_id))
    digest, counts = store.fingerprint()
    return Ledger(
        tool=f"reconcile {__version__}",
        snapshot=Snapshot(
            sha256=digest,
            documents=counts["documents"],
            claims=counts["claims"],
            clusters=counts["clusters"],
            decisions=counts["decisions"],
        ),
        orphaned_decisions=len(store.orphaned_decisions()),
        entries=entries,
    )


__all__ = ["build_ledger", "current_decision"]
