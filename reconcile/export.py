"""Claims export in the evaluation contract (one JSON object per line), deterministic."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from reconcile.models import Claim


def claim_record(
    claim: Claim, cluster: tuple[str, str] | None = None, snapshot: str | None = None
) -> dict[str, Any]:
    """The jsonl contract of eval/README.md plus provenance fields; dates at their own precision.

    `cluster` is the claim's (cluster id, status), None before reconciliation; `snapshot` the hash of
    the database the export came from.
    """
    date = claim.date.iso if claim.date else None
    if date and claim.date_end:
        date = f"{date}/{claim.date_end.iso}"
    return {
        "claim_id": claim.id,
        "doc": claim.doc,
        "doc_id": claim.doc_id,
        "kind": claim.kind.value,
        "start": claim.span.start,
        "end": claim.span.end,
        "text": claim.text,
        "sentence_start": claim.sentence.start,
        "sentence_end": claim.sentence.end,
        "low": claim.quantity.low,
        "high": claim.quantity.high,
        "hedge": claim.quantity.hedge,
        "number_text": claim.quantity.number_text,
        "subject": claim.subject,
        "date": date,
        "date_text": claim.date_text,
        "as_of": claim.as_of.iso if claim.as_of else None,
        "place": claim.place,
        "unit": claim.unit,
        "actor": claim.actor,
        "attributed_to": claim.attributed_to,
        "speaker_is_party": claim.speaker_is_party,
        "in_quote": claim.in_quote,
        "cluster_id": cluster[0] if cluster else None,
        "cluster_status": cluster[1] if cluster else None,
        "rule": claim.rule,
        "extractor_version": claim.extractor_version,
        "snapshot_sha256": snapshot,
    }


def claims_jsonl(
    claims: Iterable[Claim], clusters: dict[str, tuple[str, str]] | None = None, snapshot: str | None = None
) -> Iterator[str]:
    """One line per claim, keys sorted, so the same database gives byte-identical files."""
    clusters = clusters or {}
    for claim in claims:
        yield (
            json.dumps(
                claim_record(claim, clusters.get(claim.id), snapshot), ensure_ascii=False, sort_keys=True
            )
            + "\n"
        )
