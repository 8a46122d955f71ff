"""Import rules: only the store speaks SQL; stages never import store, TUI or sqlite-utils."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "reconcile"
STAGES = {
    "models",
    "ids",
    "errors",
    "ingest",
    "furniture",
    "extract",
    "normalize",
    "cluster",
    "conflicts",
    "sources",
    "lifecycle",
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _modules() -> list[tuple[str, Path]]:
    return [(".".join(p.relative_to(PACKAGE).with_suffix("").parts), p) for p in PACKAGE.rglob("*.py")]


def test_only_the_store_imports_sqlite() -> None:
    for name, path in _modules():
        if name.startswith("store"):
            continue
        bad = {m for m in _imports(path) if m.split(".")[0] in {"sqlite3", "sqlite_utils"}}
        assert not bad, f"{name} imports {bad}"


def test_stages_do_not_import_store_or_tui() -> None:
    for name, path in _modules():
        if name.split(".")[0] not in STAGES:
            continue
        bad = {
            m
            for m in _imports(path)
            if m.startswith(
                ("reconcile.store", "reconcile.tui", "reconcile.cli", "reconcile.pipeline", "textual")
            )
        }
        assert not bad, f"stage {name} imports {bad}"


def test_import_reconcile_does_not_load_textual() -> None:
    code = "import sys, reconcile, reconcile.pipeline, reconcile.cli; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
