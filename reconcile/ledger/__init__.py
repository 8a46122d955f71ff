"""The reconciled ledger: built from the store, written in the formats fact-checkers publish."""

from __future__ import annotations

from collections.abc import Iterator

from reconcile.export import claims_jsonl
from reconcile.ledger.build import build_ledger
from reconcile.ledger.formats import DEFAULT_REVIEW_URL, FORMATS, write_ledger
from reconcile.store import Store

EXPORT_FORMATS = [*FORMATS, "jsonl"]


def export(store: Store, fmt: str, review_url: str = DEFAULT_REVIEW_URL) -> Iterator[str]:
    """The text of an export, in chunks: the ledger formats, or `jsonl` (the claims contract)."""
    if fmt == "jsonl":
        snapshot, _ = store.fingerprint()
        yield from claims_jsonl(store.claims(), store.cluster_status_of_claims(), snapshot)
    else:
        yield write_ledger(build_ledger(store), fmt, review_url)


__all__ = ["DEFAULT_REVIEW_URL", "EXPORT_FORMATS", "FORMATS", "build_ledger", "export", "write_ledger"]
