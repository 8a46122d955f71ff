"""Errors that carry a one-line, user-facing message naming the file and the problem."""

from __future__ import annotations


class ReconcileError(Exception):
    """Base of every error the CLI reports in one line instead of a traceback."""


class IngestError(ReconcileError):
    """A file could not be ingested; nothing of it was stored."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(f"{file}: {problem}")
        self.file = file
        self.problem = problem


class ManifestError(IngestError):
    """A manifest.json is unreadable or names files that are not there."""


class StoreError(ReconcileError):
    """The database cannot be opened or written (locked, corrupt, not SQLite)."""
