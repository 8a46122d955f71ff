"""Ingest + extraction throughput (articles/s, MB/s), median of several runs, against a same-run baseline.

Baseline: reading and decoding the same files and one regex pass for digits, the floor any extractor pays.
The generated corpus is calibrated to the claim density of the bundled seed articles; the seeds
themselves are timed too, as real text, and each line shows its claims per KB so the two compare.
Run: python -m bench.bench_extract [--articles 300] [--runs 5]
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench.corpus import write_corpus
from reconcile.extract import extract_claims
from reconcile.ingest import collect, iter_documents
from reconcile.pipeline import ingest_paths
from reconcile.store import Store

DIGITS = re.compile(r"\d+")


def baseline(folder: Path) -> int:
    found = 0
    for path in sorted(folder.glob("*.txt")):
        found += len(DIGITS.findall(path.read_bytes().decode("utf-8")))
    return found


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def ingest_and_extract(folder: Path) -> int:
    claims = 0
    for doc in iter_documents(collect([folder])):
        claims += len(extract_claims(doc))
    return claims


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        paths = write_corpus(folder, args.articles)
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        ingest_and_extract(folder)  # warm caches and imports
        base = statistics.median(timed(baseline, folder) for _ in range(args.runs))
        work = statistics.median(timed(ingest_and_extract, folder) for _ in range(args.runs))
        tracemalloc.start()
        claims = ingest_and_extract(folder)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        with Store(Path(tmp) / "bench.db") as store:
            stored = timed(ingest_paths, store, [folder])
    seed_paths = sorted(SEEDS.glob("*.txt"))
    seed_kb = sum(p.stat().st_size for p in seed_paths) / 1e3
    seed_claims = ingest_and_extract(SEEDS)
    seed_time = statistics.median(timed(ingest_and_extract, SEEDS) for _ in range(args.runs))
    n = args.articles
    print(
        f"corpus            {n} articles, {megabytes:.2f} MB, {claims} claims "
        f"({claims / megabytes / 1e3:.1f}/KB)"
    )
    print(f"baseline          decode + digit scan: {n / base:,.0f} articles/s  {megabytes / base:,.1f} MB/s")
    print(
        f"ingest+extract    {n / work:,.0f} articles/s  {megabytes / work:,.2f} MB/s  (median of {args.runs})"
    )
    print(f"ratio             {work / base:,.1f}x the baseline's time")
    print(f"with SQLite store {n / stored:,.0f} articles/s (one run, every document in its own transaction)")
    print(f"peak memory       {peak:.1f} MB traced during one ingest+extract pass")
    print(
        f"seed articles     {len(seed_paths) / seed_time:,.0f} articles/s  "
        f"{seed_kb / 1e3 / seed_time:,.2f} MB/s  "
        f"({len(seed_paths)} real articles, {seed_kb:.0f} KB, {seed_claims / seed_kb:.1f} claims/KB; "
        f"{seed_kb / 5 / seed_time:,.0f} per 5 KB)"
    )


if __name__ == "__main__":
    main()
