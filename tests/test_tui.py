"""The review app driven by keystrokes (Pilot); every assertion reads what the database stored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from reconcile.pipeline import ingest_paths, reconcile
from reconcile.store import Store
from reconcile.tui.app import ReviewApp
from reconcile.tui.queue_list import QueueList
from reconcile.tui.screens import ClusterPane, DocumentScreen, QueueScreen

SIZE = (150, 45)


@pytest.fixture
def db(seed_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "claims.db"
    shutil.copy(seed_db, path)
    return path


def _pane(app: ReviewApp) -> ClusterPane:
    return app.review_screen.cluster_pane


def _queue(app: ReviewApp) -> QueueList:
    return app.review_screen.query_one(QueueList)


def _queue_ids(app: ReviewApp) -> list[str]:
    table = _queue(app)
    return [str(table.cluster_at(i)) for i in range(table.row_count)]


async def _open_first_cluster(app: ReviewApp, pilot) -> str:
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert app.review_screen.showing_cluster
    return _pane(app).cluster_id


async def _answer(pilot, *fields: str) -> None:
    for value in fields:
        await pilot.press(*value) if value else None
        await pilot.press("enter")
    await pilot.pause()


async def test_queue_lists_conflicts_first_with_counts(db: Path) -> None:
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        counts = str(app.screen.query_one("#counts", Static).content)
        with Store(db) as store:
            conflicts = store.queue_count(status="conflict")
        assert counts.startswith(f"{conflicts} conflicts")
        assert "conflict" in _queue(app).row_cells(0)[0]


@pytest.mark.parametrize(("key", "state"), [("d", "disputed"), ("u", "unverifiable"), ("x", "not a claim")])
async def test_deciding_keys_store_decision_with_rationale(db: Path, key: str, state: str) -> None:
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        cluster_id = await _open_first_cluster(app, pilot)
        await pilot.press(key)
        await _answer(pilot, "checked the sources")
    with Store(db) as store:  # reopened: the decision outlived the app
        assert store.cluster_state(cluster_id)[0] == state
        [decision] = store.decisions(cluster_id)
        assert (decision.reviewer, decision.rationale) == ("tester", "checked the sources")


async def test_accept_version_and_set_value(db: Path) -> None:
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        cluster_id = await _open_first_cluster(app, pilot)
        await pilot.press("down")
        chosen = _pane(app).cluster_view.versions[1].claim.id
        await pilot.press("a")
        await _answer(pilot, "primary source")
        with Store(db) as store:
            assert store.cluster_state(cluster_id) == ("accepted", store.cluster_state(cluster_id)[1])
            assert store.cluster_state(cluster_id)[1]["claim_id"] == chosen
        await pilot.press("v")
        await _answer(pilot, "29", "", "29", "2023-10-09", "vague wording in the intro")
    with Store(db) as store:
        state, value = store.cluster_state(cluster_id)
        assert state == "set value"
        assert value == {"low": 29, "high": None, "best": 29, "date": "2023-10-09"}
        assert [d.action.value for d in store.decisions(cluster_id)] == ["accept_version", "set_value"]


async def test_undo_redo_and_note_are_recorded(db: Path) -> None:
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        cluster_id = await _open_first_cluster(app, pilot)
        await pilot.press("d")
        await _answer(pilot, "first look")
        await pilot.press("ctrl+z")
        await pilot.pause()
        with Store(db) as store:
            assert store.cluster_state(cluster_id)[0] is None
        await pilot.press("ctrl+y")
        await pilot.pause()
        await pilot.press("n")
        await _answer(pilot, "ask the desk")
    with Store(db) as store:
        assert store.cluster_state(cluster_id)[0] == "disputed"
        log = store.decisions(cluster_id)
        assert [d.action.value for d in log] == ["disputed", "undo", "redo", "note"]
        assert log[1].undoes == log[0].id and log[2].undoes == log[1].id
        assert log[3].rationale == "ask the desk"


async def test_decided_cluster_leaves_the_queue_and_filter_shows_it(db: Path) -> None:
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        cluster_id = await _open_first_cluster(app, pilot)
        await pilot.press("d")
        await _answer(pilot, "x")
        await pilot.press("escape")
        await pilot.pause()
        assert not app.review_screen.showing_cluster
        assert cluster_id not in _queue_ids(app)
        await pilot.press("D")  # decided only
        await pilot.pause()
        assert _queue_ids(app) == [cluster_id]


async def test_search_filters_the_queue(db: Path) -> None:
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"cadets", "enter")
        await pilot.pause()
        rows = _queue(app).row_count
        assert 0 < rows < 10


async def test_markup_and_escape_sequences_are_shown_literally(tmp_path: Path) -> None:
    article = tmp_path / "evil.txt"
    article.write_text(
        "Rebels said [bold red]x[/] and \x1b[31mred\x1b[0m: at least 12 soldiers were killed in Laiza.\n",
        "utf-8",
    )
    db = tmp_path / "evil.db"
    with Store(db) as store:
        ingest_paths(store, [article], overrides={"published": None})
        reconcile(store)
        doc_id = store.documents()[0].id
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(DocumentScreen(app.session, doc_id))
        await pilot.pause()
        shown = app.screen.query_one("#doc-text", Static).content
        assert "[bold red]x[/]" in shown.plain
        assert "\\x1b[31m" in shown.plain and "\x1b" not in shown.plain


async def test_split_moves_the_version_under_the_cursor_into_its_own_cluster(db: Path) -> None:
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        cluster_id = await _open_first_cluster(app, pilot)
        await pilot.press("down")
        moved = _pane(app).cluster_view.versions[1].claim.id
        await pilot.press("s")
        await _answer(pilot, "a different event")
        assert moved not in {v.claim.id for v in _pane(app).cluster_view.versions}
    with Store(db) as store:
        assert moved not in store.cluster(cluster_id).claim_ids
        alone = store.cluster(store.cluster_id_of(moved))
        assert alone.claim_ids == [moved]
        (decision,) = store.decisions(cluster_id)
        assert decision.action.value == "split_claim" and decision.rationale == "a different event"
        reconcile(store)  # a later reconciliation keeps the reviewer's split
        assert store.cluster(store.cluster_id_of(moved)).claim_ids == [moved]


async def test_merge_with_fuzzy_finder_joins_two_clusters_and_undo_separates_them(db: Path) -> None:
    with Store(db) as store:
        target = next(
            c
            for c in store.clusters()
            if any(x.text == "23 cadets" for x in store.claims_by_ids(c.claim_ids))
        )
        other_claim = next(c for c in store.claims() if c.text == "at least 60 people")
        other = store.cluster_id_of(other_claim.id)
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_cluster(target.id)
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        await pilot.press(*"60 people")
        await pilot.pause()
        picker = app.screen.query_one("#finder-results")
        assert picker.get_option_at_index(picker.highlighted).id == other
        await pilot.press("enter")
        await pilot.pause()
        await _answer(pilot, "same incident")
        with Store(db) as store:
            assert other_claim.id in store.cluster(target.id).claim_ids
            assert store.decisions(target.id)[-1].action.value == "merge_clusters"
        await pilot.press("ctrl+z")
        await pilot.pause()
    with Store(db) as store:
        assert other_claim.id not in store.cluster(target.id).claim_ids
        assert [d.action.value for d in store.decisions(target.id)] == ["merge_clusters", "undo"]


async def test_command_palette_opens_a_cluster_by_its_words(db: Path) -> None:
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"cadets")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.review_screen.showing_cluster
        assert any("cadets" in v.claim.text for v in _pane(app).cluster_view.versions)


async def test_undo_works_after_the_app_is_reopened(db: Path) -> None:
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        cluster_id = await _open_first_cluster(app, pilot)
        await pilot.press("u")
        await _answer(pilot, "no second source")
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_cluster(cluster_id)
        await pilot.pause()
        await pilot.press("ctrl+z")
        await pilot.pause()
    with Store(db) as store:
        assert store.cluster_state(cluster_id)[0] is None
        assert [d.action.value for d in store.decisions(cluster_id)] == ["unverifiable", "undo"]


async def test_outlet_filter_keeps_clusters_with_a_version_from_that_outlet(db: Path) -> None:
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        everything = _queue(app).row_count
        await pilot.press("o")
        await pilot.pause()
        outlet = app.screen.filters["outlet"]
        assert outlet == app.session.outlets()[0]
        keys = _queue_ids(app)
        assert 0 < len(keys) < everything
        for cluster_id in keys:
            assert any(v.outlet == outlet for v in app.session.view(cluster_id).versions)


async def test_queue_of_thousands_pages_from_the_store_and_opens_the_row_under_the_cursor(
    tmp_path: Path,
) -> None:
    from bench.bench_tui import build_database
    from reconcile.tui.queue_list import CACHED_PAGES

    db = tmp_path / "big.db"
    build_database(db, 6_000)
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        queue = _queue(app)
        total = app.session.queue_size()
        assert queue.row_count == total > 1_000
        await pilot.press("end")
        await pilot.pause()
        last = app.session.queue(total - 1, 1)[0].cluster_id
        assert queue.cursor_row == total - 1 and queue.visible_clusters()[-1] == last
        await pilot.press("pageup", "up")
        await pilot.pause()
        row = queue.cursor_row
        assert row < total - 2
        await pilot.press("enter")
        await pilot.pause()
        assert _pane(app).cluster_id == app.session.queue(row, 1)[0].cluster_id
        await pilot.press("escape")
        await pilot.pause()
        assert not app.review_screen.showing_cluster and queue.cursor_row == row
        await pilot.press("home")
        await pilot.pause()
        assert queue.visible_clusters()[0] == app.session.queue(0, 1)[0].cluster_id
        assert len(queue._pages) <= CACHED_PAGES  # memory holds a few pages, not the queue


async def test_document_screen_opens_the_cluster_of_the_claim_under_its_cursor(db: Path) -> None:
    app = ReviewApp(db, "tester")
    async with app.run_test(size=SIZE) as pilot:
        await _open_first_cluster(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, DocumentScreen)
        await pilot.press("j")
        await pilot.pause()
        chosen = app.screen.claims[app.screen.claim_index].id
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.review_screen and app.review_screen.showing_cluster
        assert _pane(app).cluster_id == app.session.cluster_of(chosen)
        assert chosen in {v.claim.id for v in _pane(app).cluster_view.versions}
