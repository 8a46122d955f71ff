"""Shared pieces of the command line: the click group, the store it opens, and plain-text tables."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.text import Text

from reconcile import __version__
from reconcile.models import PartialDate, Quantity
from reconcile.store import Store, default_db_path

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def store_of(ctx: click.Context) -> Store:
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


def clip(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def print_rows(headers: list[str], rows: list[list[str]]) -> None:
    """Aligned plain columns; cells are Text, so document content is never read as markup."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for row in [headers, *rows]:
        out.print(Text("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()))


def parse_published(_: click.Context, __: click.Parameter, value: str | None) -> PartialDate | None:
    try:
        return PartialDate.parse(value) if value else None
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def interval_text(low: int | None, high: int | None) -> str:
    return Quantity(low=low, high=high).label
