"""Review app latency on generated databases of 100k and 1M claims: first paint, cursor key, open
and close a cluster, a key at the end of the queue; then a reviewer's split, merge and undo.

Each size is generated in one process and measured in a fresh one (peak RSS is the app's own).
The baseline, measured in the same run, is a
plain Textual DataTable loaded with every row of a 10k-row queue, the approach paging replaces.
Run: python -m bench.bench_tui [--sizes 100000 1000000] [--keys 40] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from rich.console import RenderableType
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable

from reconcile.ids import content_id, derived_id
from reconcile.models import Claim, ClaimKind, Cluster, ClusterStatus, Document, MediaType, Quantity, Span
from reconcile.review import ReviewSession
from reconcile.store import Store
from reconcile.tui.app import ReviewApp

CLAIMS_PER_DOC = 40
SIZE = (150, 45)
PLACES = ["Laiza", "Bhamo", "Myitkyina", "Hpakant", "Waingmaw", "Momauk", "Sezin", "Lweje"]


def _document(i: int, rng: random.Random) -> tuple[Document, list[Claim]]:
    sentences = [
        f"At least {rng.randint(2, 400)} civilians were killed in {rng.choice(PLACES)} on "
        f"{rng.randint(1, 28)} October 2023, a resident said."
        for _ in range(CLAIMS_PER_DOC)
    ]
    text = " ".join(sentences)
    doc_id = content_id(f"bench-{i}".encode())
    doc = Document(
        id=doc_id,
        file_name=f"bench_{i:06d}.txt",
        media_type=MediaType.TEXT,
        outlet=f"Outlet {i % 37}",
        text=text,
        encoding="utf-8",
        size_bytes=len(text),
    )
    claims, offset = [], 0
    for sentence in sentences:
        start = offset + sentence.index("At least")
        end = offset + sentence.index(" civilians") + len(" civilians")
        low = int(text[start:end].split()[2])
        claims.append(
            Claim(
                id=derived_id("clm", doc_id, start),
                doc_id=doc_id,
                doc=doc.file_name,
                kind=ClaimKind.CASUALTIES,
                span=Span(start=start, end=end),
                text=text[start:end],
                sentence=Span(start=offset, end=offset + len(sentence)),
                subject="civilians",
                quantity=Quantity(low=low, hedge="at least"),
                place=rng.choice(PLACES),
                rule="bench",
                extractor_version="bench",
            )
        )
        offset += len(sentence) + 1
    return doc, claims


def build_database(path: Path, claims: int, seed: int = 7) -> None:
    """Documents of 40 claims each; clusters of one to four claims with all three statuses."""
    rng = random.Random(seed)
    all_ids: list[str] = []
    with Store(path) as store:
        for i in range(max(1, claims // CLAIMS_PER_DOC)):
            doc, doc_claims = _document(i, rng)
            store.save_document(doc)
            store.save_claims(doc.id, doc_claims)
            all_ids += [c.id for c in doc_claims]
        rng.shuffle(all_ids)
        clusters, at = [], 0
        while at < len(all_ids):
            members = all_ids[at : at + rng.choice((1, 1, 2, 3, 4))]
            at += len(members)
            status = ClusterStatus.SINGLE if len(members) == 1 else rng.choice(list(ClusterStatus))
            clusters.append(
                Cluster(
                    id=derived_id("clu", members[0]),
                    kind=ClaimKind.CASUALTIES,
                    key="bench",
                    claim_ids=members,
                    status=status,
                    independent_origins=len(members),
                )
            )
        store.save_reconciliation([], [], [], clusters)


class _Frames:
    """When frames reach the (headless) terminal, and what the screen showed: latency is measured from a
    key press to the first frame that shows its result, not to Pilot's idle wait, which adds ~80 ms."""

    def __init__(self, app: ReviewApp) -> None:
        self.frames: list[tuple[float, bool]] = []
        display = app._display

        def recorded(screen: Screen, renderable: RenderableType | None) -> None:
            display(screen, renderable)
            shown = app.review_screen.is_mounted and app.review_screen.showing_cluster
            self.frames.append((time.perf_counter(), shown))

        app._display = recorded  # type: ignore[method-assign]

    async def press(self, pilot: Pilot, key: str, showing_cluster: bool) -> float:
        """Seconds from pressing `key` to the first frame with (or without) the cluster pane."""
        self.frames.clear()
        start = time.perf_counter()
        await pilot.press(key)
        await pilot.pause()
        return next(t for t, shown in self.frames if shown == showing_cluster) - start


async def _review_latency(db: Path, keys: int) -> dict:
    start = time.perf_counter()
    app = ReviewApp(db, "bench")
    frames = _Frames(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first_paint = frames.frames[0][0] - start
        per_key = [await frames.press(pilot, "down", False) for _ in range(keys)]
        opens, backs = [], []
        for _ in range(10):
            opens.append(await frames.press(pilot, "enter", True))
            backs.append(await frames.press(pilot, "escape", False))
            await frames.press(pilot, "down", False)
        await frames.press(pilot, "end", False)
        end_key = await frames.press(pilot, "up", False)
    return {
        "first_paint_s": first_paint,
        "key_ms": statistics.median(per_key) * 1000,
        "open_ms": statistics.median(opens) * 1000,
        "back_ms": statistics.median(backs) * 1000,
        "end_ms": end_key * 1000,
    }


def _restructure_latency(db: Path, rounds: int = 5) -> dict:
    """A reviewer's split, merge and their undo, straight through the session (they regroup locally)."""
    timings: dict[str, list[float]] = {"split_ms": [], "merge_ms": [], "undo_ms": []}
    with Store(db) as store:
        session = ReviewSession(store, "bench")
        groups = [c for c in store.clusters(limit=500) if len(c.claim_ids) >= 3]
        for cluster, other in zip(groups[:rounds], groups[rounds : 2 * rounds], strict=False):
            for name, act in (
                ("split_ms", partial(session.split, cluster.id, cluster.claim_ids[-1], "bench")),
                ("merge_ms", partial(session.merge, cluster.id, other.id, "bench")),
                ("undo_ms", session.undo),
            ):
                start = time.perf_counter()
                act()
                timings[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in timings.items()}


class _AllRows(App[None]):
    """The baseline: every queue row loaded into one DataTable."""

    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table: DataTable[str] = DataTable()
        table.add_columns("status", "kind", "what", "values", "versions", "origins", "decision")
        table.add_rows(self.rows)
        yield table


async def _baseline(rows: int) -> float:
    data = [
        ("single", "casualties", f"civilians · Laiza · 2023-10-{i % 28 + 1:02d}", "≥29", "1", "1", "")
        for i in range(rows)
    ]
    start = time.perf_counter()
    async with _AllRows(data).run_test(size=SIZE) as pilot:
        await pilot.pause()
        return time.perf_counter() - start


def child(size: int, keys: int, runs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "claims.db"
        started = time.perf_counter()
        build = [sys.executable, "-m", "bench.bench_tui", "--build", str(db), "--child", str(size)]
        subprocess.run(build, check=True)  # elsewhere, so the generator's memory is not the app's
        build_s = time.perf_counter() - started
        results = [asyncio.run(_review_latency(db, keys)) for _ in range(runs)]
        results[0].update(_restructure_latency(db))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    median = {k: statistics.median(r[k] for r in results if k in r) for k in results[0]}
    return {"size": size, "build_s": build_s, "peak_mb": peak_mb, **median}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline-rows", type=int, default=10_000)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build_database(args.build, args.child)
        return
    if args.child:
        print(json.dumps(child(args.child, args.keys, args.runs)))
        return
    base = statistics.median(asyncio.run(_baseline(args.baseline_rows)) for _ in range(args.runs))
    print(f"baseline: DataTable with all {args.baseline_rows:,} rows paints in {base:.2f} s (median)")
    print("latency: key press to the first frame showing its result (median of runs)")
    header = ["claims", "build s", "first paint s", "key ms", "open ms", "back ms", "key at end", "split ms"]
    header += ["merge ms", "undo ms", "peak MB", "vs base"]
    print(" ".join(f"{h:>13}" for h in header))
    for size in args.sizes:
        cmd = [sys.executable, "-m", "bench.bench_tui", "--child", str(size)]
        cmd += ["--keys", str(args.keys), "--runs", str(args.runs)]
        r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        cells = [
            f"{r['size']:,}",
            f"{r['build_s']:.0f}",
            f"{r['first_paint_s']:.2f}",
            f"{r['key_ms']:.1f}",
            f"{r['open_ms']:.1f}",
            f"{r['back_ms']:.1f}",
            f"{r['end_ms']:.1f}",
            f"{r['split_ms']:.1f}",
            f"{r['merge_ms']:.1f}",
            f"{r['undo_ms']:.1f}",
            f"{r['peak_mb']:,.0f}",
            f"{base / r['first_paint_s']:.1f}x",
        ]
        print(" ".join(f"{c:>13}" for c in cells))


if __name__ == "__main__":
    main()
