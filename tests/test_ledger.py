"""The ledger and its formats on the seeds; decisions through re-ingest, new evidence and re-extraction."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.audit import verify
from reconcile.cli import cli
from reconcile.ledger import build_ledger, export
from reconcile.models import DecisionAction, Ledger, LedgerStatus, VersionRole
from reconcile.pipeline import ingest_paths, reconcile
from reconcile.review import ReviewSession
from reconcile.store import Store
from tests.conftest import SEEDS

NEW_ARTICLE = (
    "Relief workers count the dead in Mung Lai Hkyet\n\n"
    "Artillery shells struck the displacement camp at Mung Lai Hkyet village near Laiza on 9 October 2023, "
    "killing 35 civilians, a local relief worker told reporters on Tuesday.\n"
)


@pytest.fixture
def db(seed_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "claims.db"
    shutil.copy(seed_db, path)
    return path


def _cluster_quoting(store: Store, quote: str) -> str:
    """The cluster holding the claim whose quote is exactly `quote`."""
    claim = next(c for c in store.claims() if c.text == quote)
    cluster_id = store.cluster_id_of(claim.id)
    assert cluster_id
    return cluster_id


def _accept(store: Store, cluster_id: str, quote: str, rationale: str) -> None:
    session = ReviewSession(store, "tester")
    claim = next(v.claim for v in session.view(cluster_id).versions if v.claim.text == quote)
    session.decide(cluster_id, DecisionAction.ACCEPT_VERSION, claim_id=claim.id, rationale=rationale)


def _export(store: Store, fmt: str) -> str:
    return "".join(export(store, fmt))


def test_civilian_toll_entry_states_the_fact_with_every_version(db: Path) -> None:
    with Store(db) as store:
        cluster_id = _cluster_quoting(store, "at least 29 civilians")
        entry = next(e for e in build_ledger(store).entries if e.cluster_id == cluster_id)
    # 29 (000, a copy of 001) against "scores of civilians" (>= 40, 002): an open conflict, published
    # at its most conservative version until a reviewer decides
    assert entry.statement == "29 civilians were killed in Laiza, Munglai Hkyet on 9 October 2023."
    assert (entry.low, entry.best, entry.high) == (29, 29, 29)
    assert entry.value_rule == "most conservative version (lowest figure)"
    assert entry.status is LedgerStatus.UNRESOLVED and entry.assessment == "conflict" and not entry.reviewed
    quotes = {(v.doc[:3], v.quote, v.value, v.role.value) for v in entry.versions}
    assert quotes == {
        ("000", "twenty-nine civilians", "29", "supporting"),
        ("001", "at least 29 civilians", "≥29", "supporting"),
        ("002", "at least 29 people", "≥29", "supporting"),
        ("002", "scores of civilians", "≥40", "dissenting"),
    }
    for version in entry.versions:
        text = (SEEDS / version.doc).read_text("utf-8")
        assert text[version.start : version.end] == version.quote
        assert version.url and version.outlet
    copy = next(v for v in entry.versions if v.doc.startswith("000"))
    assert copy.copy_of and copy.copy_of.startswith("001")


def test_a_decision_becomes_the_published_value_and_the_dissent_is_kept(db: Path) -> None:
    with Store(db) as store:
        cluster_id = _cluster_quoting(store, "at least 29 civilians")
        ReviewSession(store, "tester").decide(
            cluster_id, DecisionAction.SET_VALUE, low=29, high=29, best=29, rationale="named victims list"
        )
        entry = next(e for e in build_ledger(store).entries if e.cluster_id == cluster_id)
    assert (entry.low, entry.best, entry.high, entry.value_rule) == (29, 29, 29, "reviewer decision")
    assert entry.decision and entry.decision.rationale == "named victims list"
    assert entry.decision.reviewer == "tester" and entry.reviewed
    roles = {v.quote: v.role for v in entry.versions}
    assert roles["at least 29 civilians"] is VersionRole.SUPPORTING
    assert roles["scores of civilians"] is VersionRole.DISSENTING
    assert entry.status is LedgerStatus.CORROBORATED  # 001 and 002 are independent; 000 copies 001


def test_ledger_json_round_trips_through_its_model(db: Path) -> None:
    with Store(db) as store:
        text = _export(store, "ledger-json")
        ledger = Ledger.model_validate_json(text)
        assert ledger == build_ledger(store)
        digest, counts = store.fingerprint()
    assert ledger.snapshot.sha256 == digest
    assert ledger.snapshot.claims == counts["claims"] and ledger.snapshot.clusters == len(ledger.entries)


def test_exports_are_byte_identical_from_the_same_database(db: Path) -> None:
    with Store(db) as store:
        _accept(store, _cluster_quoting(store, "at least 29 civilians"), "twenty-nine civilians", "same toll")
        first = {fmt: _export(store, fmt) for fmt in ("ledger-json", "csv", "md", "claimreview", "jsonl")}
        reconcile(store)
        second = {fmt: _export(store, fmt) for fmt in first}
    assert first == second


def test_csv_has_one_flat_row_per_cluster(db: Path) -> None:
    with Store(db) as store:
        rows = list(csv.DictReader(io.StringIO(_export(store, "csv"))))
        clusters = len(store.clusters())
        cluster_id = _cluster_quoting(store, "at least 29 civilians")
    assert len(rows) == clusters
    toll = next(r for r in rows if r["cluster_id"] == cluster_id)
    assert (
        toll["status"] == "unresolved" and toll["best"] == "29" and toll["dissenting"] == "2"
    )  # "scores of civilians" in the headline and the lead
    assert "scores of civilians" in toll["dissenting_sources"]
    assert "https://" in toll["supporting_sources"] and " | " in toll["supporting_sources"]


def test_markdown_report_puts_conflicts_first_with_well_formed_tables(db: Path) -> None:
    with Store(db) as store:
        report = _export(store, "md")
        ledger = build_ledger(store)
    assert report.startswith("# Reconciled claim ledger")
    assert ledger.snapshot.sha256[:16] in report
    first_fact = report.split("\n### ", 1)[1]
    assert "**Status:** unresolved" in first_fact.split("\n### ", 1)[0]
    header = "| role | outlet | published | quote | value | date | quoted | party | span | source |"
    assert report.count(header) == len(ledger.entries)
    for line in report.splitlines():
        if line.startswith("| "):
            cells = line.replace("\\|", "").split("|")
            assert len(cells) == 12, line
    assert "“twenty-nine civilians”" in report


def test_claimreview_has_the_required_fields_for_adjudicated_clusters(db: Path) -> None:
    with Store(db) as store:
        cluster_id = _cluster_quoting(store, "at least 29 civilians")
        _accept(store, cluster_id, "twenty-nine civilians", "three outlets, two origins")
        rejected = _cluster_quoting(store, "Crackdowns\n0")
        ReviewSession(store, "tester").decide(rejected, DecisionAction.NOT_A_CLAIM, rationale="chart label")
        document = json.loads(_export(store, "claimreview"))
    assert document["@context"] == "https://schema.org"
    assert document["reconcileSnapshot"]["claims"] > 0 and len(document["reconcileSnapshot"]["sha256"]) == 64
    (review,) = document["@graph"]
    assert review["@type"] == "ClaimReview"
    assert review["url"].endswith(f"#{cluster_id}")
    assert review["claimReviewed"].startswith("29 civilians were killed")
    assert review["reviewRating"]["alternateName"] == "corroborated"
    assert review["reviewRating"]["ratingExplanation"] == "three outlets, two origins"
    assert review["author"] == {"@type": "Person", "name": "tester"}
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"] and item["datePublished"] == "2023-10"
    assert {a["url"] for a in item["appearance"]} >= {"https://myanmar.iiss.org/updates/2023-10"}


def test_schema_ledger_prints_the_json_schema() -> None:
    result = CliRunner().invoke(cli, ["schema", "ledger"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert {"snapshot", "entries"} <= set(schema["properties"])


def test_decisions_survive_reingesting_the_seeds_and_a_new_article(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        decided = _cluster_quoting(store, "twenty-three cadets")
        _accept(store, decided, "23 cadets", "both outlets")
        disputed = _cluster_quoting(store, "over 80 junta outposts")
        ReviewSession(store, "tester").decide(disputed, DecisionAction.DISPUTED, rationale="party claim")
        before = store.decisions()
        new = tmp_path / "new"
        new.mkdir()
        (new / "005_relief.txt").write_text(NEW_ARTICLE, "utf-8")
        ingest_paths(store, [SEEDS, new], overrides=None)
        reconcile(store)
        assert store.decisions()[: len(before)] == before
        assert store.cluster_state(decided)[0] == "accepted"
        assert store.cluster_state(disputed)[0] == "disputed"
        assert store.cluster(decided) and store.cluster(disputed)
        assert store.orphaned_decisions() == []


def test_a_new_version_outside_the_decision_reopens_the_cluster(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        cluster_id = _cluster_quoting(store, "at least 29 civilians")
        _accept(store, cluster_id, "twenty-nine civilians", "same toll")
        (tmp_path / "005_relief.txt").write_text(NEW_ARTICLE, "utf-8")
        ingest_paths(store, [tmp_path / "005_relief.txt"], overrides={"published": "2023-10-12"})
        report = reconcile(store)
        assert report.reopened == [cluster_id]
        state, value = store.cluster_state(cluster_id)
        assert state == "new evidence" and value and value["low"] == 29
        reopen = store.decisions(cluster_id)[-1]
        assert reopen.action is DecisionAction.REOPEN and "says 35" in (reopen.rationale or "")
        session = ReviewSession(store, "tester")
        assert cluster_id in {r.cluster_id for r in session.queue(limit=500)}
        assert any(d.action is DecisionAction.ACCEPT_VERSION for d in session.view(cluster_id).decisions)
        entry = next(e for e in build_ledger(store).entries if e.cluster_id == cluster_id)
        assert entry.new_evidence and entry.status is LedgerStatus.UNRESOLVED
        assert reconcile(store).reopened == []  # the reopening itself is not repeated


def test_decisions_follow_claims_of_a_new_extractor_by_document_and_span(db: Path) -> None:
    with Store(db) as store:
        cluster_id = _cluster_quoting(store, "twenty-three cadets")
        _accept(store, cluster_id, "twenty-three cadets", "both outlets")
        claims = store.claims(doc=store.claims_by_ids(store.cluster(cluster_id).claim_ids)[0].doc)
        renamed = [c.model_copy(update={"id": c.id + "v2", "rule": c.rule + "-v2"}) for c in claims]
        store.save_claims(claims[0].doc_id, renamed)
        reconcile(store)
        assert store.cluster_state(cluster_id)[0] == "accepted"
        assert set(store.cluster(cluster_id).claim_ids) & {c.id for c in renamed}
        assert store.orphaned_decisions() == []


def test_a_decision_whose_claims_vanished_is_listed_as_an_orphan(db: Path) -> None:
    with Store(db) as store:
        cluster_id = _cluster_quoting(store, "nearly 450-metre")
        ReviewSession(store, "tester").decide(cluster_id, DecisionAction.UNVERIFIABLE, rationale="imagery")
        claim = store.claims_by_ids(store.cluster(cluster_id).claim_ids)[0]
        keep = [c for c in store.claims(doc=claim.doc_id) if c.id not in store.cluster(cluster_id).claim_ids]
        store.save_claims(claim.doc_id, keep)
        report = reconcile(store)
        assert report.orphaned == 1
    result = CliRunner().invoke(cli, ["--db", str(db), "orphans"])
    assert result.exit_code == 1
    assert cluster_id in result.output and "unverifiable" in result.output and "imagery" in result.output


def test_verify_catches_a_tampered_document(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        assert verify(store).problems == []
        claim = next(c for c in store.claims() if c.text == "at least 29 civilians")
        doc = store.document(claim.doc_id)
        tampered = doc.text[: claim.span.start] + "at least 92 civilians" + doc.text[claim.span.end :]
        store.db.table("documents").update(doc.id, {"text": tampered})
        problems = verify(store).problems
    assert ("claim", claim.doc, claim.span.start) in {(p.what, p.file, p.start) for p in problems}
    assert all(p.start <= claim.span.start and claim.span.end <= p.end for p in problems)
    result = CliRunner().invoke(cli, ["--db", str(db), "verify"])
    assert result.exit_code == 1 and "at least 92 civilians" in result.output


def test_verify_against_the_files_catches_an_edited_original(db: Path, tmp_path: Path) -> None:
    originals = tmp_path / "seeds"
    shutil.copytree(SEEDS, originals)
    with Store(db) as store:
        assert verify(store, [originals]).problems == []
        target = next(originals.glob("001_*.txt"))
        target.write_text(target.read_text("utf-8").replace("at least 29", "at least 92"), "utf-8")
        problems = verify(store, [originals]).problems
    assert len(problems) == 1 and problems[0].file == target.name
    assert "changed since ingest" in problems[0].problem
    assert "quotes no longer at their spans" in problems[0].problem


@pytest.mark.parametrize("fmt", ["ledger-json", "csv", "md", "claimreview", "jsonl"])
def test_export_command_writes_the_same_bytes_to_a_file_and_stdout(
    db: Path, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"ledger.{fmt}"
    runner = CliRunner()
    written = runner.invoke(cli, ["--db", str(db), "export", "--format", fmt, "-o", str(target)])
    printed = runner.invoke(cli, ["--db", str(db), "export", "--format", fmt])
    assert written.exit_code == 0 and printed.exit_code == 0
    assert target.read_text("utf-8") == printed.stdout
    assert not target.with_name(target.name + ".part").exists()


async def test_a_decision_made_in_the_review_app_is_in_every_export(db: Path) -> None:
    from reconcile.tui.app import ReviewApp

    app = ReviewApp(db, "desk")
    async with app.run_test(size=(150, 45)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.review_screen.showing_cluster
        cluster_id = app.review_screen.cluster_pane.cluster_id
        await pilot.press("d", *"sources contradict each other", "enter")
        await pilot.pause()
    with Store(db) as store:
        exports = {fmt: _export(store, fmt) for fmt in ("ledger-json", "csv", "md", "claimreview")}
    entry = next(
        e for e in Ledger.model_validate_json(exports["ledger-json"]).entries if e.cluster_id == cluster_id
    )
    assert entry.status is LedgerStatus.DISPUTED and entry.decision and entry.decision.reviewer == "desk"
    for fmt, text in exports.items():
        assert "sources contradict each other" in text, fmt
