"""Ledger export formats: ledger JSON, flat CSV, a Markdown report and schema.org ClaimReview JSON-LD.

Every writer is deterministic: it reads only the ledger (no clock), so the same database gives
byte-identical files.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

from reconcile.models import Ledger, LedgerDecision, LedgerEntry, LedgerStatus, LedgerVersion, VersionRole

DEFAULT_REVIEW_URL = "urn:reconcile:ledger"
_RATING = {
    LedgerStatus.CORROBORATED: 5,
    LedgerStatus.SINGLE_ORIGIN: 4,
    LedgerStatus.UNVERIFIABLE: 3,
    LedgerStatus.UNRESOLVED: 3,
    LedgerStatus.DISPUTED: 2,
}
"""ClaimReview ratingValue (5 = best supported); `rejected` entries are extraction errors, not claims."""


def ledger_json(ledger: Ledger, _: str = DEFAULT_REVIEW_URL) -> str:
    return ledger.model_dump_json(indent=2) + "\n"


def _source(v: LedgerVersion) -> str:
    quoted = f" quoting {v.attributed_to}" if v.attributed_to else ""
    return f"{v.outlet or v.doc} ({v.doc} {v.start}-{v.end}{quoted}): “{v.quote}” {v.url or ''}".rstrip()


CSV_COLUMNS = [
    "cluster_id",
    "event",
    "kind",
    "statement",
    "status",
    "assessment",
    "low",
    "best",
    "high",
    "value_rule",
    "date",
    "date_precision",
    "independent_origins",
    "origins",
    "party_sources_only",
    "decision",
    "rationale",
    "reviewer",
    "decided_at",
    "new_evidence",
    "versions",
    "dissenting",
    "supporting_sources",
    "dissenting_sources",
    "copies",
    "snapshot_sha256",
]


def ledger_csv(ledger: Ledger, _: str = DEFAULT_REVIEW_URL) -> str:
    """One flat row per cluster; the sources of each side in one column, separated by ' | '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in ledger.entries:
        sides = {role: " | ".join(_source(v) for v in e.versions if v.role is role) for role in VersionRole}
        writer.writerow(
            [
                e.cluster_id,
                e.event,
                e.kind.value,
                e.statement,
                e.status.value,
                e.assessment.value,
                e.low,
                e.best,
                e.high,
                e.value_rule,
                e.date,
                e.date_precision.value if e.date_precision else None,
                e.independent_origins,
                "; ".join(e.origins),
                e.only_party_sources,
                e.decision.state if e.decision else None,
                e.decision.rationale if e.decision else None,
                e.decision.reviewer if e.decision else None,
                e.decision.at.isoformat() if e.decision else None,
                e.new_evidence,
                len(e.versions),
                sum(1 for v in e.versions if v.role is VersionRole.DISSENTING),
                sides[VersionRole.SUPPORTING],
                sides[VersionRole.DISSENTING],
                "; ".join(e.copies),
                ledger.snapshot.sha256,
            ]
        )
    return buffer.getvalue()


def _cell(value: object) -> str:
    """A Markdown table cell: pipes escaped, whitespace flattened."""
    text = "" if value is None else str(value)
    return " ".join(text.split()).replace("|", "\\|")


_OPEN_FIRST = (LedgerStatus.UNRESOLVED, LedgerStatus.DISPUTED)


def _md_entry(e: LedgerEntry) -> list[str]:
    value = (
        "-"
        if e.best is None and e.low is None and e.high is None
        else (
            f"low {e.low if e.low is not None else '?'} · best {e.best if e.best is not None else '?'} · "
            f"high {e.high if e.high is not None else 'open'}"
        )
    )
    lines = [
        f"### {_cell(e.statement)}",
        "",
        f"- **Status:** {e.status.value} (tool's assessment: {e.assessment.value})"
        + (" · **reopened on new evidence**" if e.new_evidence else ""),
        f"- **Value:** {value} ({e.value_rule})"
        + (f" · **Date:** {e.date} ({e.date_precision.value})" if e.date and e.date_precision else ""),
        f"- **Independent origins:** {e.independent_origins} — {_cell('; '.join(e.origins))}"
        + (" · only parties to the conflict" if e.only_party_sources else ""),
    ]
    if e.reasons:
        lines.append(f"- **Why versions disagree:** {_cell('; '.join(e.reasons))}")
    if e.decision:
        d = e.decision
        lines.append(
            f"- **Decision:** {d.state} by {_cell(d.reviewer)} on {d.at.date().isoformat()}"
            + (f" — {_cell(d.rationale)}" if d.rationale else "")
        )
    lines += [f"- **Note:** {_cell(n)}" for n in e.notes]
    if e.copies:
        lines.append(f"- **Copies:** {_cell('; '.join(e.copies))}")
    lines += [
        f"- Cluster `{e.cluster_id}`",
        "",
        "| role | outlet | published | quote | value | date | quoted | party | span | source |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for v in e.versions:
        party = "" if v.speaker_is_party is None else ("yes" if v.speaker_is_party else "no")
        source = f"[{_cell(v.doc)}]({v.url})" if v.url else _cell(v.doc)
        copy = f" (copy of {_cell(v.copy_of)})" if v.copy_of else ""
        lines.append(
            f"| {v.role.value} | {_cell(v.outlet)} | {_cell(v.published)} | “{_cell(v.quote)}” | "
            f"{_cell(v.value)} | {_cell(v.date)} | {_cell(v.attributed_to)} | {party} | "
            f"{v.start}–{v.end} | {source}{copy} |"
        )
    return [*lines, ""]


def ledger_markdown(ledger: Ledger, _: str = DEFAULT_REVIEW_URL) -> str:
    """A report grouped by event, events with open conflicts first, each fact with a table of versions."""
    events: dict[str, list[LedgerEntry]] = {}
    for entry in ledger.entries:
        events.setdefault(entry.event, []).append(entry)
    order = sorted(events, key=lambda ev: (not any(e.status in _OPEN_FIRST for e in events[ev]), ev))
    counts = {s: sum(1 for e in ledger.entries if e.status is s) for s in LedgerStatus}
    s = ledger.snapshot
    lines = [
        "# Reconciled claim ledger",
        "",
        f"Produced by {ledger.tool} from database snapshot `{s.sha256[:16]}` "
        f"({s.documents} documents, {s.claims} claims, {s.clusters} clusters, {s.decisions} decisions).",
        "",
        " · ".join(f"{n} {status.value}" for status, n in counts.items() if n),
        "",
    ]
    if ledger.orphaned_decisions:
        orphaned = f"**{ledger.orphaned_decisions} decisions no longer match a claim**"
        lines += [f"{orphaned} (`reconcile orphans`).", ""]
    for event in order:
        lines += [f"## {_cell(event)}", ""]
        for entry in sorted(events[event], key=lambda e: (e.status not in _OPEN_FIRST, e.cluster_id)):
            lines += _md_entry(entry)
    return "\n".join(lines).rstrip() + "\n"


def _claim_review(e: LedgerEntry, decision: LedgerDecision, review_url: str) -> dict:
    authors = sorted({v.attributed_to or v.outlet or v.doc for v in e.versions})
    appearances = sorted(
        {(v.url or "", v.outlet or "", v.published or "") for v in e.versions},
    )
    published = sorted(p for _, _, p in appearances if p)
    item: dict = {
        "@type": "Claim",
        "author": [{"@type": "Thing", "name": name} for name in authors],
        "appearance": [
            {
                "@type": "CreativeWork",
                **({"url": url} if url else {}),
                **({"publisher": {"@type": "Organization", "name": outlet}} if outlet else {}),
                **({"datePublished": date} if date else {}),
            }
            for url, outlet, date in appearances
        ],
    }
    if published:
        item["datePublished"] = published[0]
    rating = {
        "@type": "Rating",
        "alternateName": e.status.value,
        "ratingValue": _RATING[e.status],
        "bestRating": 5,
        "worstRating": 1,
    }
    if decision.rationale:
        rating["ratingExplanation"] = decision.rationale
    return {
        "@type": "ClaimReview",
        "url": f"{review_url}#{e.cluster_id}",
        "claimReviewed": e.statement,
        "itemReviewed": item,
        "reviewRating": rating,
        "author": {"@type": "Person", "name": decision.reviewer},
        "datePublished": decision.at.date().isoformat(),
    }


def claim_review(ledger: Ledger, review_url: str = DEFAULT_REVIEW_URL) -> str:
    """schema.org ClaimReview JSON-LD for every adjudicated cluster (extraction errors left out)."""
    reviews = [
        _claim_review(e, e.decision, review_url)
        for e in ledger.entries
        if e.decision is not None and e.status in _RATING
    ]
    document = {
        "@context": "https://schema.org",
        "@graph": reviews,
        "reconcileSnapshot": ledger.snapshot.model_dump(),  # not schema.org: JSON-LD processors skip it
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[Ledger, str], str]] = {
    "ledger-json": ledger_json,
    "csv": ledger_csv,
    "md": ledger_markdown,
    "claimreview": claim_review,
}


def write_ledger(ledger: Ledger, fmt: str, review_url: str = DEFAULT_REVIEW_URL) -> str:
    """The ledger in one of FORMATS."""
    return FORMATS[fmt](ledger, review_url)
