"""Store: pragmas, migrations, and one-line errors for corrupt or locked databases."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reconcile.errors import StoreError
from reconcile.store import Store, default_db_path


def test_pragmas_and_migrations(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as s:
        assert s.db.journal_mode == "wal"
        assert s.db.execute("pragma foreign_keys").fetchone()[0] == 1
        assert s.db.execute("pragma busy_timeout").fetchone()[0] >= 1000
        applied = [r[0] for r in s.db.execute("select name from _sqlite_migrations order by id")]
    assert applied[0] == "m001_documents"
    with Store(tmp_path / "c.db") as s:  # reopening applies nothing twice
        assert [r[0] for r in s.db.execute("select name from _sqlite_migrations order by id")] == applied


def test_corrupt_database_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "claims.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError) as info:
        Store(bad)
    message = str(info.value)
    assert str(bad) in message and "not a reconcile database" in message
    assert "\n" not in message
    assert bad.read_bytes() == b"this is not sqlite at all" * 100


def test_locked_database_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reconcile.store.db as dbmod
    from reconcile.models import Document

    path = tmp_path / "claims.db"
    Store(path).close()
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    blocker = sqlite3.connect(path)
    blocker.execute("begin exclusive")
    try:
        with pytest.raises(StoreError) as info:
            s = Store(path)
            doc = Document(
                id="x", file_name="a.txt", media_type="text", text="t", encoding="utf-8", size_bytes=1
            )
            s.save_document(doc)
        assert "locked" in str(info.value)
    finally:
        blocker.rollback()
        blocker.close()


def test_default_db_path_honours_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RECONCILE_DB", raising=False)
    assert default_db_path() == Path("claims.db")
    monkeypatch.setenv("RECONCILE_DB", "/data/other.db")
    assert default_db_path() == Path("/data/other.db")


def test_the_search_index_follows_re_extraction(seed_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    shutil.copy(seed_db, path)
    with Store(path) as store:
        (cadets,) = [c for c in store.claims() if c.text == "twenty-three cadets"]
        cluster = store.cluster_id_of(cadets.id)
        assert cluster in store.clusters_matching("cadets", 50)
        assert cluster in store.clusters_matching("twenty-thr", 50)  # the last word is a prefix
        assert cluster in store.clusters_matching('"cadets* (', 50)  # FTS syntax typed is taken literally

        def indexed() -> int:
            return store.db.execute(
                "select count(*) from claims_fts where claims_fts match 'cadets'"
            ).fetchone()[0]

        before = indexed()
        store.save_claims(cadets.doc_id, [c for c in store.claims(doc=cadets.doc_id) if c.id != cadets.id])
        assert indexed() == before - 1  # the index dropped the removed claim with it
