"""CLI: global --db, exit codes and one-line errors, schema output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEEDS


def run(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reconcile", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=120,
    )


def test_ingest_then_docs_with_global_db(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    result = run("--db", db, "ingest", str(SEEDS))
    assert result.returncode == 0, result.stderr
    assert "5 added" in result.stdout
    listing = run("--db", db, "docs")
    assert "000_df6f49348f531d59.txt" in listing.stdout and "2024-03-15" in listing.stdout
    assert "Kachin News Group" in listing.stdout
    stats = run("--db", db, "stats")
    assert "documents" in stats.stdout and "5" in stats.stdout


def test_env_var_selects_database(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "RECONCILE_DB": str(tmp_path / "env.db")}
    assert run("ingest", str(SEEDS / "001_29a5e8e99a9094ea.txt"), env=env).returncode == 0
    assert (tmp_path / "env.db").exists()


def test_mixed_folder_reports_each_bad_file_and_exits_nonzero(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("At least 5 people were killed.\n", encoding="utf-8")
    (folder / "bin.txt").write_bytes(b"\x00\x01\x02" * 50)
    (folder / "void.md").write_bytes(b"")
    result = run("--db", str(tmp_path / "x.db"), "ingest", str(folder))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("bin.txt: binary file" in e for e in errors)
    assert any("void.md: empty file" in e for e in errors)
    assert "1 added" in result.stdout


def test_corrupt_db_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("garbage" * 200)
    result = run("--db", str(bad), "docs")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "not a reconcile database" in result.stderr
    assert "Traceback" not in result.stderr


def test_schema_prints_json_schema() -> None:
    result = run("schema", "claim")
    schema = json.loads(result.stdout)
    assert schema["title"] == "Claim"
    assert {"span", "quantity", "attributed_to", "as_of"} <= set(schema["properties"])
    everything = json.loads(run("schema").stdout)
    assert {"document", "claim", "entity", "cluster", "decision"} <= set(everything)
