"""Command line: each command is a thin shell over one library call."""

from __future__ import annotations

import sys

import click
from rich.text import Text

from reconcile.cli import documents, ledger, reconciling
from reconcile.cli.base import cli, err
from reconcile.errors import ReconcileError

__all__ = ["cli", "documents", "ledger", "main", "reconciling"]


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
