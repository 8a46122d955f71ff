"""Shared fixtures: the bundled seed corpus and fresh databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reconcile.pipeline import ingest_paths, reconcile
from reconcile.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "claims.db") as s:
        yield s


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the seed corpus ingested and reconciled once for the whole session (read-only use)."""
    path = tmp_path_factory.mktemp("seeds") / "claims.db"
    with Store(path) as s:
        report = ingest_paths(s, [SEEDS])
        assert not report.failed
        reconcile(s)
    return path


@pytest.fixture(scope="session")
def manifest() -> dict[str, dict]:
    return {entry["file"]: entry for entry in json.loads((SEEDS / "manifest.json").read_text("utf-8"))}
