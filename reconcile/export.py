"""Claims export in the evaluation contract (one JSON object per line), deterministic."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from reconcile.models import Claim, PartialDate


def _own_date(claim: Claim) -> str | None:
    date = claim.date.iso if claim.date else None
    return f"{date}/{claim.date_end.iso}" if date and claim.date_end else date


def cluster_dates(claims: list[Claim], clusters: dict[str, tuple[str, str]]) -> dict[str, str]:
    """cluster id -> the event date its dated versions agree on: the most precise one compatible with
    all of them. An undated version of the same fact ('the KIA struck twelve camps', copied without
    its 'today') is then dated by the versions that state it; ranges and disagreeing dates give none."""
    dated: dict[str, list[PartialDate]] = defaultdict(list)
    ranged: set[str] = set()
    for claim in claims:
        cluster = clusters.get(claim.id)
        if cluster is None or claim.date is None:
            continue
        if claim.date_end is not None:
            ranged.add(cluster[0])
        dated[cluster[0]].append(claim.date)
    agreed = {}
    for cluster_id, dates in dated.items():
        finest = max(dates, key=lambda d: (d.month is not None, d.day is not None))
        if cluster_id not in ranged and all(finest.compatible(d) for d in dates):
            agreed[cluster_id] = finest.iso
    return agreed


def claim_record(
    claim: Claim,
    cluster: tuple[str, str] | None = None,
    snapshot: str | None = None,
    cluster_date: str | None = None,
) -> dict[str, Any]:
    """The jsonl contract of eval/README.md plus provenance fields; dates at their own precision.

    `cluster` is the claim's (cluster id, status), None before reconciliation; `snapshot` the hash of
    the database the export came from. `date_from` says whether `date` is the claim's own ("claim") or,
    for a claim that states none, the date its cluster's versions agree on ("cluster").
    """
    date = _own_date(claim)
    date_from = "claim" if date else None
    if date is None and cluster_date is not None:
        date, date_from = cluster_date, "cluster"
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
        "date_from": date_from,
        "as_of": claim.as_of.iso if claim.as_of else None,
        "place": claim.place,
        "unit": claim.unit,
        "actor": claim.actor,
        "attributed_to": claim.attributed_to,
        "speaker_is_party": claim.speaker_is_party,
        "in_quote": claim.in_quote,
        "denied": claim.denied,
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
    claims = list(claims)
    clusters = clusters or {}
    dates = cluster_dates(claims, clusters)
    for claim in claims:
        cluster = clusters.get(claim.id)
        record = claim_record(claim, cluster, snapshot, dates.get(cluster[0]) if cluster else None)
        yield json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
