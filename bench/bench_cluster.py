"""Clustering time and peak memory for 10k, 100k and 1M generated claims, against an all-pairs baseline.

'attach s' times the passes the pipeline runs after blocking (events onto targets, unanchored and
classless claims, running tolls, near-dated captures) on the same groups.
Each size runs in a fresh process, so peak RSS is that size's own. The baseline compares every pair
of the smallest set (the cost blocking avoids) in the same run.
Run: python -m bench.bench_cluster [--sizes 10000 100000 1000000] [--runs 3] [--baseline-size 5000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time

from reconcile.cluster import (
    attach_classless,
    attach_events_to_targets,
    attach_near_captures,
    attach_running_tolls,
    attach_unanchored,
    block_keys,
    cluster_features,
    dates_compatible,
)
from reconcile.facets import Features

KINDS = ["casualties", "capture", "attack", "strength", "event_date", "quantity", "cause"]
ACTORS = [None, None, "ent_kia", "ent_junta", "ent_rsf"]
FACETS = ["killed:people", "wounded:people", "killed:combatants", "target", "count:positions", "event"]


def generate(n: int, seed: int = 7) -> list[Features]:
    """Claims about n/4 places over three years, with day/month/year/unknown dates like real articles."""
    rng = random.Random(seed)
    places = [f"ent_{i:08x}" for i in range(max(1, n // 4))]
    out = []
    for i in range(n):
        year = rng.choice((2023, 2024, 2025))
        date = rng.choice(
            [
                None,
                (year, None, None),
                (year, rng.randint(1, 12), None),
                (year, rng.randint(1, 12), rng.randint(1, 28)),
            ]
        )
        anchors = tuple(sorted(set(rng.choices(places, k=rng.choice((0, 1, 1, 1, 2, 3))))))
        kind = rng.choice(KINDS)
        out.append(
            Features(
                claim_id=f"clm_{i:012x}",
                kind=kind,
                facet=rng.choice(FACETS),
                anchors=anchors,
                date=date,
                as_of=rng.choice([None] * 9 + ["2024-03"]),
                actor=rng.choice(ACTORS) if kind in ("capture", "attack") else None,
            )
        )
    return out


def all_pairs(features: list[Features]) -> int:
    """Compare every pair: the cost without blocking."""
    keys = [set(block_keys(f)) for f in features]
    matches = 0
    for i, a in enumerate(features):
        for j in range(i + 1, len(features)):
            if keys[i] & keys[j] and dates_compatible(a.date, features[j].date):
                matches += 1
    return matches


def attach_passes(groups: list[list[str]], features: list[Features]) -> list[list[str]]:
    """The passes the pipeline runs after blocking, in its order."""
    groups = attach_unanchored(attach_events_to_targets(groups, features), features)
    return attach_near_captures(attach_running_tolls(attach_classless(groups, features), features), features)


def measure(size: int, runs: int) -> dict:
    features = generate(size)
    times, attach_times = [], []
    for _ in range(runs):
        start = time.perf_counter()
        groups = cluster_features(features)
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        attached = attach_passes(groups, features)
        attach_times.append(time.perf_counter() - start)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "size": size,
        "median_s": statistics.median(times),
        "attach_s": statistics.median(attach_times),
        "clusters": len(attached),
        "peak_mb": peak_mb,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline-size", type=int, default=5_000)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.runs)))
        return
    base_n = min(args.baseline_size, min(args.sizes))
    features = generate(base_n)
    start = time.perf_counter()
    all_pairs(features)
    base_s = time.perf_counter() - start
    start = time.perf_counter()
    cluster_features(features)
    fast_s = time.perf_counter() - start
    print(
        f"baseline all-pairs on {base_n:,} claims: {base_s:.2f} s; blocked: {fast_s:.3f} s "
        f"({base_s / fast_s:,.0f}x faster)"
    )
    print(f"{'claims':>10} {'median s':>9} {'claims/s':>10} {'attach s':>9} {'peak MB':>8} {'clusters':>9}")
    for size in args.sizes:
        runs = args.runs if size < 1_000_000 else 1
        cmd = [sys.executable, "-m", "bench.bench_cluster", "--child", str(size), "--runs", str(runs)]
        r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        print(
            f"{r['size']:>10,} {r['median_s']:>9.2f} {r['size'] / r['median_s']:>10,.0f} "
            f"{r['attach_s']:>9.2f} {r['peak_mb']:>8,.0f} {r['clusters']:>9,}"
        )


if __name__ == "__main__":
    main()
