"""Schema migrations, applied in order whenever a Store opens; never edit one that has shipped."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("reconcile")


@MIGRATIONS()
def m001_documents(db: Database) -> None:
    db.table("documents").create(
        {
            "id": str,
            "file_name": str,
            "media_type": str,
            "outlet": str,
            "title": str,
            "author": str,
            "published": str,
            "published_precision": str,
            "url": str,
            "text": str,
            "raw_html": str,
            "encoding": str,
            "size_bytes": int,
            "boilerplate": str,
            "supersedes": str,
            "warnings": str,
            "ingested_at": str,
        },
        pk="id",
        foreign_keys=[("supersedes", "documents", "id")],
        not_null={"file_name", "media_type", "text", "encoding", "size_bytes", "ingested_at"},
    )
    db.table("documents").create_index(["file_name"])


@MIGRATIONS()
def m002_claims(db: Database) -> None:
    db.table("claims").create(
        {
            "id": str,
            "doc_id": str,
            "kind": str,
            "start": int,
            "end": int,
            "text": str,
            "sentence_start": int,
            "sentence_end": int,
            "subject": str,
            "low": int,
            "high": int,
            "hedge": str,
            "number_text": str,
            "place": str,
            "unit": str,
            "actor": str,
            "date": str,
            "date_end": str,
            "date_text": str,
            "as_of": str,
            "attributed_to": str,
            "speaker_is_party": int,
            "in_quote": int,
            "rule": str,
            "extractor_version": str,
        },
        pk="id",
        foreign_keys=[("doc_id", "documents", "id")],
        not_null={"doc_id", "kind", "start", "end", "text", "rule", "extractor_version"},
    )
    db.table("claims").create_index(["doc_id", "start"])
    db.table("claims").create_index(["kind"])


@MIGRATIONS()
def m003_reconciliation(db: Database) -> None:
    db.table("entities").create({"id": str, "kind": str, "canonical": str, "aliases": str}, pk="id")
    db.table("entity_suggestions").create({"a": str, "b": str, "score": float}, pk=("a", "b"))
    db.table("aliases").create(
        {"kind": str, "alias": str, "canonical": str, "added_at": str}, pk=("kind", "alias")
    )
    db.table("copies").create(
        {"doc_id": str, "source_id": str, "containment": float, "passages": str},
        pk=("doc_id", "source_id"),
        foreign_keys=[("doc_id", "documents", "id"), ("source_id", "documents", "id")],
    )
    db.table("clusters").create(
        {
            "id": str,
            "kind": str,
            "key": str,
            "status": str,
            "low": int,
            "high": int,
            "independent_origins": int,
            "origins": str,
            "only_party_sources": int,
            "reasons": str,
            "size": int,
        },
        pk="id",
    )
    db.table("clusters").create_index(["status"])
    db.table("cluster_members").create({"claim_id": str, "cluster_id": str}, pk="claim_id")
    db.table("cluster_members").create_index(["cluster_id"])


@MIGRATIONS()
def m004_decisions(db: Database) -> None:
    db.table("decisions").create(
        {
            "id": str,
            "cluster_id": str,
            "reviewer": str,
            "at": str,
            "action": str,
            "before": str,
            "after": str,
            "rationale": str,
            "undoes": str,
        },
        pk="id",
        not_null={"cluster_id", "reviewer", "at", "action"},
    )
    db.table("decisions").create_index(["cluster_id", "at"])
    db.table("cluster_state").create(
        {"cluster_id": str, "state": str, "decision_id": str, "value": str, "updated_at": str},
        pk="cluster_id",
    )


@MIGRATIONS()
def m005_decision_anchors(db: Database) -> None:
    """The claims each decision was made on, by document and span; existing decisions are backfilled."""
    db.table("decision_anchors").create(
        {
            "decision_id": str,
            "cluster_id": str,
            "claim_id": str,
            "doc_id": str,
            "file_name": str,
            "kind": str,
            "start": int,
            "end": int,
            "quote": str,
        },
        pk=("decision_id", "claim_id"),
    )
    db.table("decision_anchors").create_index(["cluster_id"])
    db.execute(
        "insert into decision_anchors select d.id, d.cluster_id, c.id, c.doc_id, o.file_name, c.kind, "
        "c.start, c.end, c.text from decisions d join cluster_members m on m.cluster_id = d.cluster_id "
        "join claims c on c.id = m.claim_id join documents o on o.id = c.doc_id"
    )


QUEUE_ORDER = "(case status when 'conflict' then 0 when 'single' then 1 else 2 end)"
"""The review queue's order: conflicts, then single-origin, then agreeing clusters."""


@MIGRATIONS()
def m006_queue_order_index(db: Database) -> None:
    """The queue's first page without sorting every cluster (first paint stays flat at 1M claims)."""
    db.execute(f"create index clusters_queue_order on clusters ({QUEUE_ORDER}, size desc, id)")


@MIGRATIONS()
def m007_claims_search(db: Database) -> None:
    """A full-text index over quotes, places, units and speakers, kept in step by triggers, so queue
    search and the cluster finder answer from an index instead of scanning every claim."""
    db.table("claims").enable_fts(
        ["text", "place", "unit", "attributed_to"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


@MIGRATIONS()
def m008_claims_denied(db: Database) -> None:
    """Whether the speaker denies a claim ('the army denied killing 12 civilians'): a denial is dissent
    from the figure, never support for it."""
    db["claims"].add_column("denied", int, not_null_default=0)
