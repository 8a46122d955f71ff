"""Commands over reconciliation: run, cluster, clusters, sources, alias."""

from __future__ import annotations

from pathlib import Path

import click
from rich.text import Text

from reconcile.cli.base import cli as group
from reconcile.cli.base import clip, interval_text, out, print_rows, store_of
from reconcile.cli.documents import ingest_with_progress
from reconcile.models import ClaimKind, ClusterStatus, EntityKind
from reconcile.pipeline import ReconcileReport, describe_key, reconcile
from reconcile.review import default_reviewer


def _print_report(report: ReconcileReport) -> None:
    statuses = ", ".join(f"{n} {s}" for s, n in report.by_status.items())
    out.print(
        Text(
            f"{report.claims} claims in {report.clusters} clusters ({statuses}); "
            f"{report.copies} copy relations; {report.entities} entities, "
            f"{report.suggestions} merge suggestions"
        )
    )


@group.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--max-mb", type=float, default=20.0, show_default=True, help="Refuse files larger than this.")
@click.pass_context
def run(ctx: click.Context, paths: tuple[Path, ...], max_mb: float) -> None:
    """Ingest PATHS, then reconcile: copies, entities, clusters and their status."""
    ok = ingest_with_progress(ctx, paths, {}, max_mb)
    _print_report(reconcile(store_of(ctx)))
    if not ok:
        ctx.exit(1)


@group.command(name="cluster")
@click.pass_context
def cluster_command(ctx: click.Context) -> None:
    """Recompute clusters from the stored claims (ids and decisions are kept)."""
    _print_report(reconcile(store_of(ctx)))


@group.command()
@click.option("--status", type=click.Choice([s.value for s in ClusterStatus]), help="Only this status.")
@click.option("--kind", type=click.Choice([k.value for k in ClaimKind]), help="Only this kind of claim.")
@click.option("--limit", type=int, default=None, help="Show at most this many clusters.")
@click.pass_context
def clusters(ctx: click.Context, status: str | None, kind: str | None, limit: int | None) -> None:
    """Clusters with their versions: conflicts first, each with why its versions disagree."""
    store = store_of(ctx)
    claims = {c.id: c for c in store.claims(kind=kind)}
    names = {e.id: e.canonical for e in store.entities()}
    for cluster in store.clusters(status=status, kind=kind, limit=limit):
        value = interval_text(cluster.reconciled.low, cluster.reconciled.high) if cluster.reconciled else "-"
        fact = describe_key(cluster.key, names)
        party = " · party sources only" if cluster.only_party_sources else ""
        out.print(
            Text(
                f"{cluster.id}  {cluster.status.value.upper()}  {cluster.kind.value}  {fact}  "
                f"value {value}  {cluster.independent_origins} origin(s){party}",
                style="bold",
            )
        )
        rows = []
        for claim_id in cluster.claim_ids:
            c = claims[claim_id]
            rows.append(
                [
                    "  " + c.doc[:12],
                    interval_text(c.quantity.low, c.quantity.high),
                    c.date.iso if c.date else "",
                    clip(c.attributed_to or "", 24),
                    ("DENIED: " if c.denied else "") + clip(" ".join(c.text.split()), 80),
                ]
            )
        print_rows(["  doc", "value", "date", "attributed to", "quote"], rows)
        for reason in cluster.reasons:
            out.print(Text(f"  conflict: {reason}", style="red"))
        out.print()


@group.command()
@click.option("--passages", is_flag=True, help="Also print the shared sentences.")
@click.pass_context
def sources(ctx: click.Context, passages: bool) -> None:
    """Copy relations: which documents reuse another's sentences, with the evidence."""
    relations = store_of(ctx).copies()
    if not relations:
        out.print("no copy relations found")
    for rel in relations:
        out.print(
            Text(
                f"{rel.doc} copies {rel.source}: {rel.containment:.0%} of its word 5-grams, "
                f"{len(rel.passages)} shared sentences"
            )
        )
        if passages:
            for p in rel.passages:
                out.print(Text(f"  {p.similarity:5.1f}  {clip(' '.join(p.text.split()), 100)}"))


@group.group()
def alias() -> None:
    """Aliases of places, units and actors (added to the shipped tables)."""


@alias.command(name="add")
@click.argument("kind", type=click.Choice([k.value for k in EntityKind]))
@click.argument("name")
@click.argument("canonical")
@click.pass_context
def alias_add(ctx: click.Context, kind: str, name: str, canonical: str) -> None:
    """Make NAME another name of CANONICAL, and recompute the clusters."""
    store = store_of(ctx)
    store.add_alias(kind, name, canonical)
    out.print(Text(f"{kind} alias: {name} = {canonical}"))
    _print_report(reconcile(store))


@alias.command(name="suggestions")
@click.pass_context
def alias_suggestions(ctx: click.Context) -> None:
    """Place names similar enough to be one place (rapidfuzz 80-90) that were not merged: check, then
    accept one with the command shown."""
    rows = [
        [a, b, f"{score:.0f}", f'reconcile alias add place "{b}" "{a}"']
        for a, b, score in store_of(ctx).merge_suggestions()
    ]
    if not rows:
        out.print("no merge suggestions")
        return
    print_rows(["name", "similar name", "score", "to merge them"], rows)


@alias.command(name="list")
@click.pass_context
def alias_list(ctx: click.Context) -> None:
    """User-added aliases, and the entities the last reconciliation formed."""
    store = store_of(ctx)
    print_rows(["kind", "alias", "canonical"], [list(a) for a in store.aliases()])
    out.print()
    rows = [
        [e.kind.value, e.canonical, clip("; ".join(e.aliases), 90)] for e in store.entities() if e.aliases
    ]
    print_rows(["kind", "entity", "also written"], rows)


@group.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--reviewer", help="Name recorded with each decision [default: $RECONCILE_REVIEWER or the user]."
)
@click.option("--max-mb", type=float, default=20.0, show_default=True, help="Refuse files larger than this.")
@click.pass_context
def review(ctx: click.Context, paths: tuple[Path, ...], reviewer: str | None, max_mb: float) -> None:
    """Open the review app; with PATHS, ingest and reconcile them first."""
    if paths:
        ingest_with_progress(ctx, paths, {}, max_mb)
        _print_report(reconcile(store_of(ctx)))
    from reconcile.tui.app import ReviewApp  # Textual loads only for this command

    ReviewApp(store_of(ctx).path, default_reviewer(reviewer)).run()
