"""Reconciliation of the seed corpus end to end: copies, clusters, conflicts, idempotence, CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from reconcile.cli import cli
from reconcile.pipeline import ingest_paths, reconcile
from reconcile.sources import origin_of, root_documents
from reconcile.store import Store


def test_copy_of_001_by_000_is_found_with_evidence(seed_db: Path) -> None:
    with Store(seed_db) as store:
        copies = store.copies()
    assert [(c.doc[:3], c.source[:3]) for c in copies] == [("000", "001")]
    assert copies[0].containment > 0.1
    assert any("Why did the KIA attack these camps today" in p.text for p in copies[0].passages)


def test_copied_claims_add_no_independent_origin(seed_db: Path) -> None:
    with Store(seed_db) as store:
        roots = root_documents(store.copies())
        claims = [c for c in store.claims() if c.attributed_to is None]
    copied = next(c for c in claims if c.doc.startswith("000"))
    assert origin_of(copied, roots) == "doc:" + next(c.doc_id for c in claims if c.doc.startswith("001"))


def test_every_claim_in_exactly_one_cluster(seed_db: Path) -> None:
    with Store(seed_db) as store:
        members = [cid for cluster in store.clusters() for cid in cluster.claim_ids]
        claims = {c.id for c in store.claims()}
    assert sorted(members) == sorted(claims)


def test_seed_clusters_join_outlets_and_spellings(seed_db: Path) -> None:
    with Store(seed_db) as store:
        claims = {c.id: c for c in store.claims()}
        clusters = store.clusters()

    def cluster_with(text: str, doc: str) -> set[str]:
        for cluster in clusters:
            if cluster.kind == "cause":
                continue
            if any(text in claims[i].text and claims[i].doc.startswith(doc) for i in cluster.claim_ids):
                return {claims[i].text for i in cluster.claim_ids}
        raise AssertionError(text)

    assert "23 cadets" in cluster_with("twenty-three cadets", "000")
    assert "at least 29 civilians" in cluster_with("twenty-nine civilians", "000")
    assert {"LIB-438 in Numlang", "Numlang LIB-438"} <= cluster_with("LIB-438 in Numlang", "000")
    assert "Founded in 1961" in cluster_with("formed in 1961", "000")


def test_munglai_hkyet_blast_cause_is_a_conflict(seed_db: Path) -> None:
    with Store(seed_db) as store:
        claims = {c.id: c for c in store.claims()}
        conflicts = store.clusters(status="conflict", kind="cause")
    texts = [" ".join(claims[i].text for i in c.claim_ids) for c in conflicts]
    assert any("artillery" in t and "ammonium nitrate" in t for t in texts)
    assert all(c.reasons for c in conflicts)


def test_reconciling_again_changes_nothing(seed_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "claims.db"
    shutil.copy(seed_db, copy)
    with Store(copy) as store:
        before = store.snapshot()
        reconcile(store)
        assert store.snapshot() == before


def test_cli_run_clusters_sources_alias_and_export(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    seeds = str(Path(__file__).resolve().parent.parent / "seeds")
    result = runner.invoke(cli, ["--db", db, "run", seeds])
    assert result.exit_code == 0, result.output
    assert "clusters" in result.output and "1 copy relations" in result.output
    result = runner.invoke(cli, ["--db", db, "clusters", "--status", "conflict", "--kind", "cause"])
    assert "CONFLICT" in result.output and "conflict:" in result.output
    assert "cause · Laiza, Munglai Hkyet" in result.output and "ent_" not in result.output  # names, not ids
    assert "copies 001_" in runner.invoke(cli, ["--db", db, "sources"]).output
    result = runner.invoke(cli, ["--db", db, "alias", "add", "place", "Laiza town", "Laiza"])
    assert result.exit_code == 0 and "Laiza town = Laiza" in result.output
    assert "Laiza town" in runner.invoke(cli, ["--db", db, "alias", "list"]).output
    out = tmp_path / "claims.jsonl"
    assert runner.invoke(cli, ["--db", db, "export", "--format", "jsonl", "-o", str(out)]).exit_code == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert rows and all(
        r["cluster_id"] and r["cluster_status"] in {"agree", "conflict", "single"} for r in rows
    )


def test_a_copied_today_means_the_sources_day(tmp_path: Path) -> None:
    shared = (
        "The camp had shelled nearby villages for years, residents said. "
        "Commanders said the fighting lasted until dawn and the camp was left in ruins. "
        "Today, soldiers from the Nam Lang camp shelled Lweje town with artillery fire, killing four people. "
    )
    lead = "Rebel forces attacked the Nam Lang army camp near Lweje, a spokesman said. "
    paraphrase = "Rebel fighters stormed the Nam Lang army camp close to Lweje, according to a spokesman. "
    (tmp_path / "a.txt").write_text(f"Rebels attack Nam Lang camp\n\n{lead}{shared}\n", "utf-8")
    (tmp_path / "b.txt").write_text(f"Rebels Strike Nam Lang Camp\n\n{paraphrase}{shared}\n", "utf-8")
    with Store(tmp_path / "claims.db") as store:
        ingest_paths(store, [tmp_path / "a.txt"], overrides={"outlet": "Original", "published": "2024-03-07"})
        ingest_paths(store, [tmp_path / "b.txt"], overrides={"outlet": "Copier", "published": "2024-03-15"})
        reconcile(store)
        assert [(r.doc, r.source) for r in store.copies()] == [("b.txt", "a.txt")]
        leads = [c for c in store.claims(kind="attack") if c.sentence.start < 100 and c.span.start > 20]
        assert {(c.doc, c.date.iso) for c in leads} == {("a.txt", "2024-03-07"), ("b.txt", "2024-03-15")}
        assert len({store.cluster_id_of(c.id) for c in leads}) == 1  # the copy's "today" is 7 March too


def test_a_lead_takes_the_place_its_section_names_next(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Shelling kills villagers\n\nShelling killed at least 12 people on 3 May 2024, residents said. "
        "The shells hit Sezin village in the early hours.\n",
        "utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Army shells village\n\nTwelve people were killed in Sezin on 3 May 2024, a rescue worker said.\n",
        "utf-8",
    )
    with Store(tmp_path / "claims.db") as store:
        for name in ("a.txt", "b.txt"):
            ingest_paths(store, [tmp_path / name], overrides={"published": "2024-05-04"})
        reconcile(store)
        counts = [c for c in store.claims(kind="casualties") if c.quantity.low == 12]
        assert sorted(c.doc for c in counts) == ["a.txt", "b.txt"]
        cluster = store.cluster(store.cluster_id_of(counts[0].id))
        assert set(cluster.claim_ids) >= {c.id for c in counts} and cluster.status == "agree"


def test_a_capture_and_the_recapture_by_the_other_side_are_two_facts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Rebels take base\n\nThe KIA captured the Tank Battalion 5014 base near Bhamo, a spokesman said.\n",
        "utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Army retakes base\n\nThe junta recaptured the Tank Battalion 5014 base near Bhamo, media said.\n",
        "utf-8",
    )
    with Store(tmp_path / "claims.db") as store:
        for name in ("a.txt", "b.txt"):
            ingest_paths(store, [tmp_path / name], overrides={"published": "2025-08-10"})
        reconcile(store)
        captures = [c for c in store.claims(kind="capture") if "5014" in c.text]
        assert {c.actor for c in captures} == {"KIA", "junta"}
        assert len({store.cluster_id_of(c.id) for c in captures}) == 2


def test_a_near_spelling_is_suggested_and_merges_once_accepted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Clash\n\nFighting in Namhkam killed 3 people on 2 May 2024.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Clash\n\nFighting in Namkham killed 3 people on 2 May 2024.\n", "utf-8")
    db = tmp_path / "claims.db"
    runner = CliRunner()
    assert (
        runner.invoke(
            cli, ["--db", str(db), "run", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
        ).exit_code
        == 0
    )
    shown = runner.invoke(cli, ["--db", str(db), "alias", "suggestions"])
    assert "namhkam" in shown.output and "namkham" in shown.output
    with Store(db) as store:
        assert len({store.cluster_id_of(c.id) for c in store.claims(kind="casualties")}) == 2
    accepted = runner.invoke(cli, ["--db", str(db), "alias", "add", "place", "Namkham", "Namhkam"])
    assert accepted.exit_code == 0
    with Store(db) as store:
        assert len({store.cluster_id_of(c.id) for c in store.claims(kind="casualties")}) == 1
        assert store.merge_suggestions() == []
