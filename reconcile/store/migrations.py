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
