"""Commands over documents and claims: ingest, docs, claims, export, stats, schema."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.progress import Progress
from rich.text import Text

from reconcile.cli.base import cli, clip, err, interval_text, out, parse_published, print_rows, store_of
from reconcile.models import ClaimKind, PartialDate
from reconcile.pipeline import FileOutcome, ingest_paths, reconcile
from reconcile.schema import SCHEMAS, json_schema


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--outlet", help="Outlet of a single file ingested without a manifest.")
@click.option(
    "--published", callback=parse_published, help="Publication date of a single file: YYYY[-MM[-DD]]."
)
@click.option("--url", help="URL of a single file.")
@click.option("--max-mb", type=float, default=20.0, show_default=True, help="Refuse files larger than this.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    outlet: str | None,
    published: PartialDate | None,
    url: str | None,
    max_mb: float,
) -> None:
    """Ingest .txt, .md and .html files and folders (with their manifest.json), extract and reconcile."""
    ok = ingest_with_progress(ctx, paths, {"outlet": outlet, "published": published, "url": url}, max_mb)
    report = reconcile(store_of(ctx))
    out.print(Text(f"{report.claims} claims in {report.clusters} clusters"))
    if not ok:
        ctx.exit(1)


def ingest_with_progress(
    ctx: click.Context, paths: tuple[Path, ...], overrides: dict[str, object], max_mb: float
) -> bool:
    """Run ingest_paths with a progress bar and one line per failed file; False when any file failed."""
    store = store_of(ctx)
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=None)

        def on_file(result: FileOutcome, done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)
            if result.outcome == "failed":
                err.print(Text(f"error: {result.file}: {result.detail}", style="red"))

        report = ingest_paths(
            store, list(paths), overrides=overrides, max_bytes=int(max_mb * 1024 * 1024), on_file=on_file
        )
    for warning in report.warnings:
        err.print(Text(f"warning: {warning}", style="yellow"))
    summary = ", ".join(
        f"{report.count(k)} {k}" for k in ("added", "new version", "unchanged", "duplicate", "failed")
    )
    out.print(Text(f"{len(report.files)} files: {summary} -> {store.path}"))
    return not report.failed


@cli.command()
@click.option("--all-versions", is_flag=True, help="Also list superseded versions of changed files.")
@click.pass_context
def docs(ctx: click.Context, all_versions: bool) -> None:
    """List ingested documents with outlet, date and size."""
    rows = []
    for doc in store_of(ctx).documents(current_only=not all_versions):
        furniture = sum(r.end - r.start for r in doc.boilerplate)
        rows.append(
            [
                doc.id,
                doc.file_name,
                doc.published.iso if doc.published else "?",
                f"{len(doc.text):,}",
                f"{furniture:,}",
                clip(doc.outlet or "?", 36),
                clip(doc.title or "", 60),
            ]
        )
    print_rows(["id", "file", "published", "chars", "furniture", "outlet", "title"], rows)


@cli.command()
@click.option("--kind", type=click.Choice([k.value for k in ClaimKind]), help="Only claims of this kind.")
@click.option("--doc", help="Only claims of this document (file name or id prefix).")
@click.option("--text", "text_filter", help="Only claims whose quote contains this text.")
@click.option("--limit", type=int, default=None, help="Show at most this many claims.")
@click.pass_context
def claims(
    ctx: click.Context, kind: str | None, doc: str | None, text_filter: str | None, limit: int | None
) -> None:
    """List extracted claims: kind, value interval, date or period, actor, source and the quote."""
    rows = [
        [
            c.doc[:12],
            f"{c.span.start}-{c.span.end}",
            c.kind.value,
            interval_text(c.quantity.low, c.quantity.high),
            f"{c.date.iso}/{c.date_end.iso}" if c.date and c.date_end else c.date.iso if c.date else "",
            clip(c.actor or "", 16),
            clip(c.attributed_to or "", 24),
            ("DENIED: " if c.denied else "") + clip(" ".join(c.text.split()), 70),
        ]
        for c in store_of(ctx).claims(kind=kind, doc=doc, text=text_filter, limit=limit)
    ]
    print_rows(["doc", "span", "kind", "value", "date", "actor", "attributed to", "quote"], rows)


@cli.command()
@click.pass_context
def stats(ctx: click.Context) -> None:
    """Row counts of the database."""
    for name, count in sorted(store_of(ctx).counts().items()):
        out.print(Text(f"{name:<14}{count:>8,}"))


@cli.command()
@click.argument("model", required=False, default="all", type=click.Choice([*sorted(SCHEMAS), "all"]))
def schema(model: str) -> None:
    """Print the JSON Schema of the data models (or of one of them)."""
    click.echo(json.dumps(json_schema(model), indent=2, sort_keys=True))
