"""The only sequencer of stages: ingest -> extract -> store; sources -> normalize -> cluster -> conflicts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from reconcile import sources
from reconcile.cluster import (
    assign_cluster_ids,
    attach_classless,
    attach_events_to_targets,
    attach_near_captures,
    attach_restated,
    attach_running_tolls,
    attach_sideless,
    attach_unanchored,
    attach_undated_captures,
    cluster_features,
    separate_same_sentence,
)
from reconcile.conflicts import assess
from reconcile.errors import IngestError, StoreError
from reconcile.extract import extract_claims
from reconcile.facets import (
    CopiedText,
    DateKey,
    Features,
    MentionFinder,
    date_key,
    document_features,
    entity_index,
)
from reconcile.ingest import DEFAULT_MAX_BYTES, collect, iter_documents
from reconcile.lifecycle import (
    NEW_EVIDENCE,
    apply_review_links,
    map_anchors,
    outside_decision,
    reopen_decision,
    review_links,
)
from reconcile.models import Claim, Cluster, ClusterStatus, CopyRelation, Document, PartialDate
from reconcile.normalize import AliasTables, NameKeys, alias_tables, defined_aliases
from reconcile.store import SaveOutcome, Store


class FileOutcome(BaseModel):
    """What happened to one file."""

    file: str
    outcome: str
    doc_id: str | None = None
    detail: str | None = None


class IngestReport(BaseModel):
    """Per-file outcomes of an ingest run, plus warnings; `failed` drives the exit code."""

    files: list[FileOutcome] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for f in self.files if f.outcome == outcome)

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if f.outcome == "failed"]


def ingest_paths(
    store: Store,
    paths: list[Path],
    *,
    overrides: dict[str, Any] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[FileOutcome, int, int], None] | None = None,
) -> IngestReport:
    """Ingest files and folders; each document is stored in its own transaction, bad files are reported.

    `on_file(outcome, done, total)` is called after every file, for progress display.
    """
    report = IngestReport()
    collected = collect(paths, overrides)
    total = len(collected.sources) + len(collected.errors)
    for item in iter_documents(collected, max_bytes):
        if isinstance(item, IngestError):
            result = FileOutcome(file=item.file, outcome="failed", detail=item.problem)
        else:
            report.warnings.extend(item.warnings)
            result = _store_document(store, item)
        report.files.append(result)
        if on_file:
            on_file(result, len(report.files), total)
    return report


def _store_document(store: Store, doc: Document) -> FileOutcome:
    """Extract, then store the document and its claims; a document that fails is not stored at all.
    An unchanged file is extracted again, so a newer extractor's claims replace the old ones."""
    try:
        claims = extract_claims(doc)
    except Exception as exc:  # a fault on one article must not stop the folder or store half of it
        detail = f"extraction failed: {type(exc).__name__}: {exc}"
        return FileOutcome(file=doc.file_name, outcome="failed", detail=detail)
    try:
        outcome, other = store.save_document(doc)
        if outcome is not SaveOutcome.DUPLICATE:
            store.save_claims(doc.id, claims)
    except StoreError as exc:
        return FileOutcome(file=doc.file_name, outcome="failed", detail=str(exc))
    detail = {
        SaveOutcome.NEW_VERSION: f"supersedes {other}",
        SaveOutcome.DUPLICATE: f"same bytes as {other}",
    }
    return FileOutcome(file=doc.file_name, outcome=outcome.value, doc_id=doc.id, detail=detail.get(outcome))


class ReconcileReport(BaseModel):
    """What one reconciliation produced."""

    claims: int
    clusters: int
    by_status: dict[str, int]
    copies: int
    entities: int
    suggestions: int
    reopened: list[str] = Field(default_factory=list, description="decided clusters reopened on new evidence")
    orphaned: int = Field(default=0, description="decisions no current cluster continues")


def reconcile(store: Store) -> ReconcileReport:
    """Recompute copy relations, entities and clusters from the stored claims, keeping cluster ids stable.

    Deterministic: the same claims always give the same clusters, so re-running changes nothing.
    """
    documents = store.documents()
    claims = store.claims()
    claims_by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        claims_by_doc.setdefault(claim.doc_id, []).append(claim)
    relations = sources.find_copies(documents)
    roots = sources.root_documents(relations)
    copied = _copied_texts(relations, roots, {d.id: d.published for d in documents})
    defined: dict[str, str] = {}
    for doc in documents:
        for abbr, long in defined_aliases(doc.text).items():
            defined.setdefault(abbr, long)
    keys = NameKeys.build(alias_tables(store.aliases()), defined)
    index = entity_index(keys, claims)
    finder = MentionFinder(keys, index)
    index.broad |= finder.spelled_broad(doc.text for doc in documents)
    features = [
        f
        for doc in documents
        for f in document_features(
            doc, claims_by_doc.get(doc.id, []), keys, index, finder, copied.get(doc.id)
        )
    ]
    groups = attach_events_to_targets(
        cluster_features(features, sources.copy_links(relations, claims_by_doc)), features
    )
    groups = attach_unanchored(groups, features)
    groups = attach_restated(groups, features)
    groups = attach_sideless(groups, features)
    groups = attach_classless(groups, features)
    groups = attach_running_tolls(groups, features)
    groups = attach_near_captures(groups, features)
    groups = attach_undated_captures(groups, features)
    # a figure the sentence denies is another's version: 'rejecting the claim that 274 died'; so is one it
    # attributes to another source: 'has risen to 115, officials said, far above the 70 reported by the UN'
    figures = {
        c.id: (
            (c.doc_id, c.sentence.start, c.denied, c.attributed_to),
            c.span.start,
            (c.quantity.low, c.quantity.high),
        )
        for c in claims
        if c.quantity.low is not None or c.quantity.high is not None
    }
    groups = separate_same_sentence(groups, figures)
    links = review_links(store.decisions())
    groups = apply_review_links(groups, links)
    continued = map_anchors(claims, store.decision_anchors())
    previous = {**continued, **store.cluster_of_claims()}
    for kind, a, b in links:  # a merged cluster keeps the id of the one the reviewer merged into
        if kind == "merge" and a in previous and b in previous:
            kept, absorbed = previous[a], previous[b]
            previous = {claim: kept if old == absorbed else old for claim, old in previous.items()}
    by_id = {c.id: c for c in claims}
    feature_of = {f.claim_id: f for f in features}
    origin_of = {c.id: sources.origin_of(c, roots) for c in claims}
    clusters = []
    for cluster_id, member_ids in sorted(assign_cluster_ids(groups, previous).items()):
        members = [_as_clustered(by_id[i], feature_of[i]) for i in member_ids]
        first = feature_of[member_ids[0]]
        parts = (first.kind, first.facet, ",".join(first.anchors), first.as_of, first.actor)
        key = "|".join(str(x) for x in parts)
        clusters.append(_judged(cluster_id, key, members, origin_of, keys.tables))
    store.save_reconciliation(list(index.entities.values()), index.suggestions, relations, clusters)
    reopened = _reopen_on_new_evidence(store, clusters, by_id, continued)
    by_status = {s.value: sum(1 for c in clusters if c.status == s) for s in ClusterStatus}
    return ReconcileReport(
        claims=len(claims),
        clusters=len(clusters),
        by_status=by_status,
        copies=len(relations),
        entities=len(index.entities),
        suggestions=len(index.suggestions),
        reopened=reopened,
        orphaned=len(store.orphaned_decisions()),
    )


def describe_key(key: str, names: dict[str, str]) -> str:
    """A cluster key ('casualties|killed:people|ent_…|None|ent_…') in words: 'killed:people · El Fasher ·
    by RSF', with entity ids replaced by their canonical names."""
    kind, facet, anchors, as_of, actor = (key.split("|") + [""] * 5)[:5]
    parts = [facet or kind, ", ".join(names.get(a, a) for a in anchors.split(",") if a) or "(no place named)"]
    if as_of and as_of != "None":
        parts.append(f"as of {as_of}")
    if actor and actor != "None":
        parts.append(f"by {names.get(actor, actor)}")
    return " · ".join(parts)


def _copied_texts(
    relations: list[CopyRelation], roots: dict[str, str], published: dict[str, PartialDate | None]
) -> dict[str, CopiedText]:
    """doc id -> its original's publication date and the passages it copied, for re-reading 'today'."""
    return {
        r.doc_id: (published.get(roots.get(r.doc_id, r.source_id)), [p.text for p in r.passages])
        for r in relations
    }


def regroup(store: Store, groups: dict[str, list[str]]) -> list[Cluster]:
    """Replace the clusters holding these claims by `groups` (cluster id -> claim ids), each judged as
    reconcile() judges a cluster, without re-clustering the store.

    A reviewer's split or merge touches a few claims, while reconcile() reads every document (minutes
    at 100,000 claims); the next reconcile() replays the same decision from the log and reaches the same
    groups. Dates are read as clustering reads them (a copied 'today' is the original's day).
    """
    member_ids = [claim for members in groups.values() for claim in members]
    claims = {c.id: c for c in store.claims_by_ids(member_ids)}
    home = {claim: store.cluster_id_of(claim) for claim in member_ids}
    old_ids = sorted({cid for cid in home.values() if cid})
    old_keys = {c.id: c.key for c in map(store.cluster, old_ids) if c}
    relations, pending, seen = [], {c.doc_id for c in claims.values()}, set()
    while pending:  # the copying documents and, transitively, what they copied
        batch = store.copies(sorted(pending))
        relations += batch
        seen |= pending
        pending = {r.source_id for r in batch} - seen
    roots = sources.root_documents(relations)
    published = {d: doc.published for d in set(roots.values()) if (doc := store.document(d))}
    copied = _copied_texts(relations, roots, published)
    tables = alias_tables(store.aliases())
    clusters = []
    for cluster_id, unordered in sorted(groups.items()):
        members = sorted(unordered)  # the order reconcile() judges a cluster's versions in
        versions = [_with_date(claims[i], date_key(claims[i], copied.get(claims[i].doc_id))) for i in members]
        origin_of = {c.id: sources.origin_of(c, roots) for c in versions}
        key = old_keys.get(home[members[0]] or "", "regrouped")
        clusters.append(_judged(cluster_id, key, versions, origin_of, tables))
    store.replace_clusters(old_ids, clusters)
    return clusters


def _judged(
    cluster_id: str, key: str, versions: list[Claim], origin_of: dict[str, str], tables: AliasTables
) -> Cluster:
    """A cluster of `versions` (in claim-id order) with its status, reconciled value and origins."""
    verdict = assess(versions, sources.restated(versions, origin_of), tables)
    return Cluster(
        id=cluster_id,
        kind=versions[0].kind,
        key=key,
        claim_ids=[c.id for c in versions],
        status=verdict.status,
        reconciled=verdict.reconciled,
        independent_origins=len(verdict.origins),
        origins=verdict.origins,
        only_party_sources=verdict.only_party_sources,
        reasons=verdict.reasons,
    )


def _as_clustered(claim: Claim, features: Features) -> Claim:
    """The claim with the date clustering read for it (a copied 'today' is the source's day), so that
    conflicts are judged on the same dates the versions were grouped by."""
    return _with_date(claim, features.date)


def _with_date(claim: Claim, date: DateKey | None) -> Claim:
    if date is None or claim.date is None or claim.date_end is not None:
        return claim
    year, month, day = date
    read = PartialDate(year=year, month=month, day=day)
    return claim if read == claim.date else claim.model_copy(update={"date": read})


def _reopen_on_new_evidence(
    store: Store, clusters: list[Cluster], by_id: dict[str, Claim], continued: dict[str, str]
) -> list[str]:
    """Reopen decided clusters that gained a version outside the decided value; return their ids."""
    states = store.cluster_states()
    reopened = []
    for cluster in clusters:
        state, value, _ = states.get(cluster.id, (None, None, None))
        if not value or state == NEW_EVIDENCE:
            continue
        new = [by_id[i] for i in cluster.claim_ids if continued.get(i) != cluster.id]
        reasons = [r for r in (outside_decision(c, value) for c in new) if r]
        if reasons:
            store.append_decision(reopen_decision(cluster.id, state, value, reasons), NEW_EVIDENCE, value)
            reopened.append(cluster.id)
    return reopened
