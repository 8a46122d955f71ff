"""Store: open (WAL, foreign keys, busy timeout, migrations), save and read models."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from reconcile.errors import StoreError
from reconcile.models import BoilerplateRegion, Claim, Document, PartialDate, Quantity, Span
from reconcile.store.audit import AuditStore
from reconcile.store.decisions import DecisionStore
from reconcile.store.migrations import MIGRATIONS
from reconcile.store.reconciled import ReconciledStore

BUSY_TIMEOUT_MS = 5000
DEFAULT_DB_NAME = "claims.db"


def default_db_path() -> Path:
    """`$RECONCILE_DB`, else `./claims.db`."""
    return Path(os.environ.get("RECONCILE_DB") or DEFAULT_DB_NAME)


class SaveOutcome(StrEnum):
    ADDED = "added"
    UNCHANGED = "unchanged"
    NEW_VERSION = "new version"
    DUPLICATE = "duplicate"


def _describe(exc: sqlite3.Error) -> str:
    msg = str(exc)
    if "locked" in msg or "busy" in msg:
        return "database is locked by another process (still busy after 5 s); try again when it finishes"
    if "not a database" in msg or "malformed" in msg:
        return "not a reconcile database (corrupt, or another kind of file)"
    if "readonly" in msg:
        return "database is read-only"
    return msg


class Store(ReconciledStore, DecisionStore, AuditStore):
    """A reconcile database. Every multi-row write runs in one transaction."""

    def __init__(self, path: Path | str, *, migrate: bool = True) -> None:
        self.path = Path(path)
        try:
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA schema_version").fetchone()
            self.db = Database(conn)
            if self.db.journal_mode != "wal":
                self.db.enable_wal()
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")  # WAL: a crash never corrupts the file, a power
            # cut may lose the last commits (a re-ingest restores them); one fsync per checkpoint
            if migrate:
                MIGRATIONS.apply(self.db)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {_describe(exc)}") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def _write(self, label: str) -> Iterator[None]:
        """One transaction; a SQLite error rolls it back and becomes a one-line StoreError."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {_describe(exc)} (while saving {label})") from None

    # documents -----------------------------------------------------------------------------

    def save_document(self, doc: Document) -> tuple[SaveOutcome, str | None]:
        """Store a document once; a changed file becomes a new version linked to the old one."""
        with self._write(doc.file_name):
            table = self.db.table("documents")
            existing = list(table.rows_where("id = ?", [doc.id], limit=1))
            if existing:
                same_name = existing[0]["file_name"] == doc.file_name
                return (SaveOutcome.UNCHANGED if same_name else SaveOutcome.DUPLICATE), existing[0][
                    "file_name"
                ]
            latest = self._latest_version_id(doc.file_name)
            if latest:
                doc = doc.model_copy(update={"supersedes": latest})
            table.insert(_document_row(doc))
            return (SaveOutcome.NEW_VERSION if latest else SaveOutcome.ADDED), latest

    def _latest_version_id(self, file_name: str) -> str | None:
        rows = self.db.execute(
            "select id from documents d where file_name = ? and not exists "
            "(select 1 from documents n where n.supersedes = d.id)",
            [file_name],
        ).fetchall()
        return rows[0][0] if rows else None

    def documents(self, *, current_only: bool = True) -> list[Document]:
        """Documents in file-name order; by default only the newest version of each file."""
        where = (
            "not exists (select 1 from documents n where n.supersedes = documents.id)"
            if current_only
            else None
        )
        rows = self.db.table("documents").rows_where(where, order_by="file_name, ingested_at")
        return [_document_from_row(r) for r in rows]

    def outlets(self) -> list[str]:
        """The outlets of current documents, sorted: one query, no article text loaded."""
        rows = self.db.execute(
            "select distinct outlet from documents d where coalesce(outlet, '') != '' and not exists "
            "(select 1 from documents n where n.supersedes = d.id) order by outlet"
        ).fetchall()
        return [r[0] for r in rows]

    def document(self, doc_id: str) -> Document | None:
        rows = list(self.db.table("documents").rows_where("id = ?", [doc_id], limit=1))
        return _document_from_row(rows[0]) if rows else None

    def document_versions(self, file_name: str) -> list[Document]:
        rows = self.db.table("documents").rows_where("file_name = ?", [file_name], order_by="ingested_at")
        return [_document_from_row(r) for r in rows]

    # claims --------------------------------------------------------------------------------

    def save_claims(self, doc_id: str, claims: list[Claim]) -> None:
        """Make the stored claims of a document exactly `claims`, in one transaction."""
        with self._write(doc_id):
            keep = {c.id for c in claims}
            stored = self.db.execute("select id from claims where doc_id = ?", [doc_id]).fetchall()
            stale = [(claim_id,) for (claim_id,) in stored if claim_id not in keep]
            self.db.conn.executemany("delete from claims where id = ?", stale)
            self.db.conn.executemany(_UPSERT_CLAIM, [_claim_values(c) for c in claims])

    def claims(
        self,
        *,
        kind: str | None = None,
        doc: str | None = None,
        text: str | None = None,
        limit: int | None = None,
    ) -> list[Claim]:
        """Claims of current document versions, in document and text order, optionally filtered."""
        where = ["not exists (select 1 from documents n where n.supersedes = c.doc_id)"]
        params: list[Any] = []
        if kind:
            where.append("c.kind = ?")
            params.append(kind)
        if doc:
            where.append("(d.file_name = ? or d.id like ?)")
            params += [doc, f"{doc}%"]
        if text:
            where.append("c.text like ?")
            params.append(f"%{text}%")
        sql = (
            "select c.*, d.file_name as doc from claims c join documents d on d.id = c.doc_id where "
            + " and ".join(where)
            + " order by d.file_name, c.start, c.end, c.kind"
            + (f" limit {int(limit)}" if limit else "")
        )
        return [_claim_from_row(r) for r in self.db.query(sql, params)]

    def claims_by_ids(self, ids: list[str]) -> list[Claim]:
        marks = ",".join("?" * len(ids))
        sql = (
            "select c.*, d.file_name as doc from claims c join documents d on d.id = c.doc_id "
            f"where c.id in ({marks})"
        )
        by_id = {r["id"]: _claim_from_row(r) for r in self.db.query(sql, ids)}
        return [by_id[i] for i in ids if i in by_id]

    def _data_tables(self) -> list[str]:
        """Tables that hold data: not the migrations log, not the full-text index (derived from claims)."""
        return sorted(n for n in self.db.table_names() if not n.startswith("_") and "_fts" not in n)

    def counts(self) -> dict[str, int]:
        """Row counts of the user-facing tables."""
        return {name: self.db.table(name).count for name in self._data_tables()}

    def snapshot(self) -> list[tuple[Any, ...]]:
        """Every row of every data table, for tests that prove a failed write changed nothing."""
        out: list[tuple[Any, ...]] = []
        for name in self._data_tables():
            out.extend((name, *row) for row in self.db.execute(f'select * from "{name}" order by rowid'))
        return out


def _document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "file_name": doc.file_name,
        "media_type": doc.media_type.value,
        "outlet": doc.outlet,
        "title": doc.title,
        "author": doc.author,
        "published": doc.published.iso if doc.published else None,
        "published_precision": doc.published.precision.value if doc.published else None,
        "url": doc.url,
        "text": doc.text,
        "raw_html": doc.raw_html,
        "encoding": doc.encoding,
        "size_bytes": doc.size_bytes,
        "boilerplate": json.dumps([r.model_dump() for r in doc.boilerplate]),
        "supersedes": doc.supersedes,
        "warnings": json.dumps(doc.warnings),
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def _document_from_row(row: dict[str, Any]) -> Document:
    return Document(
        id=row["id"],
        file_name=row["file_name"],
        media_type=row["media_type"],
        outlet=row["outlet"],
        title=row["title"],
        author=row["author"],
        published=PartialDate.parse(row["published"]) if row["published"] else None,
        url=row["url"],
        text=row["text"],
        raw_html=row["raw_html"],
        encoding=row["encoding"],
        size_bytes=row["size_bytes"],
        boilerplate=[BoilerplateRegion(**r) for r in json.loads(row["boilerplate"] or "[]")],
        supersedes=row["supersedes"],
        warnings=json.loads(row["warnings"] or "[]"),
    )


def _iso(value: PartialDate | None) -> str | None:
    return value.iso if value else None


_CLAIM_COLUMNS = (
    "id",
    "doc_id",
    "kind",
    "start",
    "end",
    "text",
    "sentence_start",
    "sentence_end",
    "subject",
    "low",
    "high",
    "hedge",
    "number_text",
    "place",
    "unit",
    "actor",
    "date",
    "date_end",
    "date_text",
    "as_of",
    "attributed_to",
    "speaker_is_party",
    "in_quote",
    "denied",
    "rule",
    "extractor_version",
)
_UPSERT_CLAIM = (
    f"insert into claims ({', '.join(f'[{c}]' for c in _CLAIM_COLUMNS)}) "
    f"values ({', '.join('?' for _ in _CLAIM_COLUMNS)}) on conflict(id) do update set "
    + ", ".join(f"[{c}] = excluded.[{c}]" for c in _CLAIM_COLUMNS[1:])
)
"""One statement for a document's claims: sqlite-utils' upsert_all spent more time building its queries
row by row than SQLite spent writing them. An update, not a replace, so the search index's triggers
see an update."""


def _claim_values(c: Claim) -> tuple[Any, ...]:
    row = _claim_row(c)
    return tuple(row[column] for column in _CLAIM_COLUMNS)


def _claim_row(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "doc_id": c.doc_id,
        "kind": c.kind.value,
        "start": c.span.start,
        "end": c.span.end,
        "text": c.text,
        "sentence_start": c.sentence.start,
        "sentence_end": c.sentence.end,
        "subject": c.subject,
        "low": c.quantity.low,
        "high": c.quantity.high,
        "hedge": c.quantity.hedge,
        "number_text": c.quantity.number_text,
        "place": c.place,
        "unit": c.unit,
        "actor": c.actor,
        "date": _iso(c.date),
        "date_end": _iso(c.date_end),
        "date_text": c.date_text,
        "as_of": _iso(c.as_of),
        "attributed_to": c.attributed_to,
        "speaker_is_party": c.speaker_is_party,
        "in_quote": c.in_quote,
        "denied": c.denied,
        "rule": c.rule,
        "extractor_version": c.extractor_version,
    }


def _date(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


def _claim_from_row(r: dict[str, Any]) -> Claim:
    return Claim(
        id=r["id"],
        doc_id=r["doc_id"],
        doc=r["doc"],
        kind=r["kind"],
        span=Span(start=r["start"], end=r["end"]),
        text=r["text"],
        sentence=Span(start=r["sentence_start"], end=r["sentence_end"]),
        subject=r["subject"],
        quantity=Quantity(low=r["low"], high=r["high"], hedge=r["hedge"], number_text=r["number_text"]),
        place=r["place"],
        unit=r["unit"],
        actor=r["actor"],
        date=_date(r["date"]),
        date_end=_date(r["date_end"]),
        date_text=r["date_text"],
        as_of=_date(r["as_of"]),
        attributed_to=r["attributed_to"],
        speaker_is_party=None if r["speaker_is_party"] is None else bool(r["speaker_is_party"]),
        in_quote=bool(r["in_quote"]),
        denied=bool(r.get("denied")),
        rule=r["rule"],
        extractor_version=r["extractor_version"],
    )
