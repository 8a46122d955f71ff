"""Commands over the reconciled ledger: export, orphans, verify."""

from __future__ import annotations

from pathlib import Path

import click
from rich.text import Text

from reconcile.audit import verify as verify_store
from reconcile.cli.base import cli, clip, err, out, print_rows, store_of
from reconcile.ledger import DEFAULT_REVIEW_URL, EXPORT_FORMATS, export


@cli.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="jsonl",
    show_default=True,
    help="ledger-json, csv, md (report), claimreview (JSON-LD), or jsonl (one claim per line).",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write [default: stdout]"
)
@click.option(
    "--review-url",
    default=DEFAULT_REVIEW_URL,
    show_default=True,
    help="Where the ledger is published; ClaimReview urls are this plus '#cluster-id'.",
)
@click.pass_context
def export_command(ctx: click.Context, fmt: str, output: Path | None, review_url: str) -> None:
    """Export the reconciled ledger or the claims; the same database gives byte-identical files."""
    chunks = export(store_of(ctx), fmt, review_url)
    if output is None:
        for chunk in chunks:
            click.echo(chunk, nl=False)
        return
    tmp = output.with_name(output.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.writelines(chunks)
    tmp.replace(output)
    err.print(Text(f"wrote {output}"))


@cli.command()
@click.pass_context
def orphans(ctx: click.Context) -> None:
    """Decisions whose claims changed beyond mapping (new extractor, edited article): kept, listed here."""
    found = store_of(ctx).orphaned_decisions()
    if not found:
        out.print("no orphaned decisions")
        return
    rows = []
    for orphan in found:
        last = orphan.decisions[-1] if orphan.decisions else None
        where = ", ".join(sorted({f"{a.file_name} {a.span.start}-{a.span.end}" for a in orphan.anchors}))
        quotes = "; ".join(dict.fromkeys(a.quote for a in orphan.anchors))
        rows.append(
            [
                orphan.cluster_id,
                orphan.state,
                last.reviewer if last else "",
                clip((last.rationale or "") if last else "", 40),
                clip(where, 40),
                clip(" ".join(quotes.split()), 60),
            ]
        )
    print_rows(["cluster", "state", "reviewer", "rationale", "claims were at", "quotes"], rows)
    ctx.exit(1)


@cli.command()
@click.argument("originals", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.pass_context
def verify(ctx: click.Context, originals: tuple[Path, ...]) -> None:
    """Check every stored quote against its document text at its span (and ORIGINALS files, if given)."""
    report = verify_store(store_of(ctx), list(originals))
    for p in report.problems:
        span = f" {p.start}-{p.end}" if p.start is not None else ""
        err.print(Text(f"{p.file}{span}: {p.what} {p.id}: {p.problem}", style="red"))
    out.print(Text(f"{report.checked} checked, {len(report.problems)} problems"))
    if report.problems:
        ctx.exit(1)
