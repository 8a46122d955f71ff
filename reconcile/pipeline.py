"""The only sequencer of the stages: ingest -> extract -> store (cluster and review come after)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from reconcile.errors import IngestError, StoreError
from reconcile.extract import extract_claims
from reconcile.ingest import DEFAULT_MAX_BYTES, collect, iter_documents
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
            try:
                outcome, other = store.save_document(item)
                if outcome is not SaveOutcome.DUPLICATE:
                    store.save_claims(item.id, extract_claims(item))
            except StoreError as exc:
                result = FileOutcome(file=item.file_name, outcome="failed", detail=str(exc))
            else:
                detail = {
                    SaveOutcome.NEW_VERSION: f"supersedes {other}",
                    SaveOutcome.DUPLICATE: f"same bytes as {other}",
                }
                result = FileOutcome(
                    file=item.file_name, outcome=outcome.value, doc_id=item.id, detail=detail.get(outcome)
                )
        report.files.append(result)
        if on_file:
            on_file(result, len(report.files), total)
    return report
