"""Generator of realistic article-like text (~5 KB) with claims, hedges, dates and page furniture."""

from __future__ import annotations

import json
import random
from pathlib import Path

PLACES = [
    "Laiza",
    "Bhamo",
    "Myitkyina",
    "Hpakant",
    "Waingmaw",
    "Momauk",
    "Sezin",
    "Lweje",
    "Kutkai",
    "Mabein",
]
ACTORS = ["the junta", "the Kachin Independence Army (KIA)", "regime forces", "the Burma army", "the KIA"]
HEDGES = ["at least", "more than", "up to", "around", "nearly", "", "", "some", "as many as"]
NOUNS = ["civilians", "soldiers", "people", "children", "fighters"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
FILLER = (
    "Analysts say the fighting reflects a wider shift in the balance of power across the north, where "
    "supply routes and trade revenues have become targets in their own right. "
)


def sentence(rng: random.Random) -> str:
    place, actor = rng.choice(PLACES), rng.choice(ACTORS)
    hedge = rng.choice(HEDGES)
    n = rng.randint(2, 400)
    count = f"{hedge} {n}".strip()
    date = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 202{rng.randint(1, 5)}"
    return rng.choice(
        [
            f"On {date}, {actor} attacked a camp near {place}, killing {count} {rng.choice(NOUNS)}.",
            f"{actor.capitalize()} captured {count} outposts in {place} Township last Thursday, "
            "a spokesperson told reporters.",
            f"“We seized the base at {place} on Friday,” Col Zau Seng said, "
            f"adding that {count} troops withdrew.",
            f"An airstrike on {place} in {rng.choice(MONTHS)} wounded {count} residents, "
            "according to local sources.",
            f"The force now numbers {count} fighters, some {rng.randint(2, 90)} km from {place}.",
            FILLER,
        ]
    )


def article(rng: random.Random, target_bytes: int = 5000) -> str:
    title = f"Fighting intensifies around {rng.choice(PLACES)}"
    parts = [title, "", "By Staff Reporter", "Published March 2024", ""]
    size = 0
    while size < target_bytes - 600:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        parts += [paragraph, ""]
        size += len(paragraph) + 1
    parts += ["Related Articles", "", "Rebels Occupy Another Town, Officials Say", "Back to top button"]
    return "\n".join(parts)


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` articles and a manifest into `folder`; same seed, same corpus."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths, manifest = [], []
    for i in range(count):
        path = folder / f"article_{i:05d}.txt"
        path.write_text(article(rng), encoding="utf-8")
        paths.append(path)
        manifest.append({"file": path.name, "outlet": f"Outlet {i % 7}", "published": "2024-03-15"})
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return paths
