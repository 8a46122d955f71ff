"""Command line: each command is a thin shell over one library call."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress
from rich.text import Text

from reconcile import __version__
from reconcile.errors import ReconcileError
from reconcile.export import claims_jsonl
from reconcile.models import ClaimKind, PartialDate
from reconcile.pipeline import FileOutcome, ingest_paths
from reconcile.schema import SCHEMAS, json_schema
from reconcile.store import Store, default_db_path

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _store(ctx: click.Context) -> Store:
    """Open the database named by --db once per invocation."""
    if "store" not in ctx.obj:
        ctx.obj["store"] = ctx.with_resource(Store(ctx.obj["db"]))
    return ctx.obj["store"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="SQLite database [default: $RECONCILE_DB or ./claims.db]",
)
@click.version_option(__version__, prog_name="reconcile")
@click.pass_context
def cli(ctx: click.Context, db: Path | None) -> None:
    """Reconcile conflicting claims across news reports: ingest, extract, cluster, review, export."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db or default_db_path()


def _clip(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _print_rows(headers: list[str], rows: list[list[str]]) -> None:
    """Aligned plain columns; cells are Text, so document content is never read as markup."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for row in [headers, *rows]:
        out.print(Text("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()))


def _parse_published(_: click.Context, __: click.Parameter, value: str | None) -> PartialDate | None:
    try:
        return PartialDate.parse(value) if value else None
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--outlet", help="Outlet of a single file ingested without a manifest.")
@click.option(
    "--published", callback=_parse_published, help="Publication date of a single file: YYYY[-MM[-DD]]."
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
    """Ingest .txt, .md and .html files and folders (with their manifest.json) into the database."""
    store = _store(ctx)
    overrides = {"outlet": outlet, "published": published, "url": url}
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
    if report.failed:
        ctx.exit(1)


@cli.command()
@click.option("--all-versions", is_flag=True, help="Also list superseded versions of changed files.")
@click.pass_context
def docs(ctx: click.Context, all_versions: bool) -> None:
    """List ingested documents with outlet, date and size."""
    rows = []
    for doc in _store(ctx).documents(current_only=not all_versions):
        furniture = sum(r.end - r.start for r in doc.boilerplate)
        rows.append(
            [
                doc.id,
                doc.file_name,
                doc.published.iso if doc.published else "?",
                f"{len(doc.text):,}",
                f"{furniture:,}",
                _clip(doc.outlet or "?", 36),
                _clip(doc.title or "", 60),
            ]
        )
    _print_rows(["id", "file", "published", "chars", "furniture", "outlet", "title"], rows)


def _interval(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return "-"
    if low == high:
        return f"{low:,}"
    if high is None:
        return f"≥{low:,}"
    if low is None:
        return f"≤{high:,}"
    return f"{low:,}–{high:,}"


@cli.command()
@click.option("--kind", type=click.Choice([k.value for k in ClaimKind]), help="Only claims of this kind.")
@click.option("--doc", help="Only claims of this document (file name or id prefix).")
@click.option("--text", "text_filter", help="Only claims whose quote contains this text.")
@click.option("--limit", type=int, default=None, help="Show at most this many claims.")
@click.pass_context
def claims(
    ctx: click.Context, kind: str | None, doc: str | None, text_filter: str | None, limit: int | None
) -> None:
    """List extracted claims: kind, value interval, date, source and the quote."""
    rows = [
        [
            c.doc[:12],
            f"{c.span.start}-{c.span.end}",
            c.kind.value,
            _interval(c.quantity.low, c.quantity.high),
            c.date.iso if c.date else "",
            _clip(c.attributed_to or "", 24),
            _clip(" ".join(c.text.split()), 70),
        ]
        for c in _store(ctx).claims(kind=kind, doc=doc, text=text_filter, limit=limit)
    ]
    _print_rows(["doc", "span", "kind", "value", "date", "attributed to", "quote"], rows)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write [default: stdout]"
)
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None) -> None:
    """Export the claims (jsonl: the evaluation contract, one claim per line)."""
    lines = claims_jsonl(_store(ctx).claims())
    if output is None:
        for line in lines:
            click.echo(line, nl=False)
        return
    tmp = output.with_name(output.name + ".part")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.writelines(lines)
    tmp.replace(output)
    err.print(Text(f"wrote {output}"))


@cli.command()
@click.pass_context
def stats(ctx: click.Context) -> None:
    """Row counts of the database."""
    for name, count in sorted(_store(ctx).counts().items()):
        out.print(Text(f"{name:<14}{count:>8,}"))


@cli.command()
@click.argument("model", required=False, default="all", type=click.Choice([*sorted(SCHEMAS), "all"]))
def schema(model: str) -> None:
    """Print the JSON Schema of the data models (or of one of them)."""
    click.echo(json.dumps(json_schema(model), indent=2, sort_keys=True))


def main() -> None:
    """Entry point: report ReconcileErrors in one line instead of a traceback."""
    try:
        code = cli.main(standalone_mode=False, prog_name="reconcile")
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        err.print("aborted")
        sys.exit(130)
    except ReconcileError as exc:
        err.print(Text(f"error: {exc}", style="red"))
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
