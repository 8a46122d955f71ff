"""Snapshots of the queue, cluster and document screens on the seed corpus at a fixed terminal size.

The text of Textual's SVG screenshot is compared line by line (colours left out, so a theme change does
not break them). After an intended change: UPDATE_SNAPSHOTS=1 python -m pytest tests/test_tui_snapshots.py
"""

from __future__ import annotations

import html
import os
import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from reconcile.tui.app import ReviewApp
from reconcile.tui.screens import DocumentScreen

SNAPSHOTS = Path(__file__).parent / "snapshots"
_TEXT = re.compile(r'<text class="[^"]*-r\d+" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>')


def screen_text(svg: str) -> str:
    """The characters on screen, one line per terminal row."""
    rows: dict[float, list[tuple[float, str]]] = defaultdict(list)
    for x, y, text in _TEXT.findall(svg):
        rows[float(y)].append((float(x), html.unescape(text).replace("\xa0", " ")))
    return (
        "\n".join("".join(t for _, t in sorted(parts)).rstrip() for _, parts in sorted(rows.items())) + "\n"
    )


def _check(name: str, svg: str) -> None:
    path = SNAPSHOTS / f"{name}.txt"
    text = screen_text(svg)
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.write_text(text, "utf-8")
    assert path.exists(), f"no snapshot {path.name}; run with UPDATE_SNAPSHOTS=1 to record it"
    assert text == path.read_text("utf-8")


@pytest.fixture
def db(seed_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "claims.db"
    shutil.copy(seed_db, path)
    return path


async def test_snapshots_of_the_three_screens(db: Path) -> None:
    app = ReviewApp(db, "reviewer")
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        _check("queue", app.export_screenshot())
        await pilot.press("enter")
        await pilot.pause()
        _check("cluster", app.export_screenshot())
        claim = app.review_screen.cluster_pane.cluster_view.versions[0].claim
        app.push_screen(DocumentScreen(app.session, claim.doc_id, claim.id))
        await pilot.pause()
        _check("document", app.export_screenshot())
