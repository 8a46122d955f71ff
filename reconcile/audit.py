"""`verify`: every stored quote must still be the text at its span, in the database and in the files."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from reconcile.errors import IngestError
from reconcile.ingest import DEFAULT_MAX_BYTES, collect, iter_documents
from reconcile.store import Store


class SpanProblem(BaseModel):
    """A quote that no longer matches the text at its span, or a file that changed since ingest."""

    what: str = Field(description="claim, decision anchor, or file")
    id: str
    file: str
    start: int | None = None
    end: int | None = None
    problem: str


class VerifyReport(BaseModel):
    checked: int
    problems: list[SpanProblem] = Field(default_factory=list)


def _clip(text: str, width: int = 50) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def verify(store: Store, originals: list[Path] | None = None) -> VerifyReport:
    """Check every claim and decision anchor against the stored document text; with `originals`, also
    re-read those files and check that each still has the text it was ingested with."""
    report = VerifyReport(checked=0)
    for what, item_id, file, start, end, quote, found in store.stored_spans():
        report.checked += 1
        if quote != found:
            report.problems.append(
                SpanProblem(
                    what=what,
                    id=item_id,
                    file=file,
                    start=start,
                    end=end,
                    problem=f"stored quote {_clip(quote)!r} but the text there is {_clip(found or '')!r}",
                )
            )
    if originals:
        current = {d.file_name: d for d in store.documents()}
        for item in iter_documents(collect(originals), DEFAULT_MAX_BYTES):
            if isinstance(item, IngestError):
                report.problems.append(SpanProblem(what="file", id="", file=item.file, problem=item.problem))
                continue
            stored = current.get(item.file_name)
            report.checked += 1
            if stored is None:
                report.problems.append(
                    SpanProblem(what="file", id=item.id, file=item.file_name, problem="never ingested")
                )
            elif stored.id != item.id:
                moved = [c for c in store.claims(doc=stored.id) if c.span.slice(item.text) != c.text]
                report.problems.append(
                    SpanProblem(
                        what="file",
                        id=stored.id,
                        file=item.file_name,
                        problem=f"changed since ingest (content hash {item.id}, stored {stored.id}); "
                        f"{len(moved)} quotes no longer at their spans",
                    )
                )
    return report
