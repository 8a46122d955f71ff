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
UNITS = ["Light Infantry Battalion 321", "LIB-438", "Infantry Battalion (IB) 236", "MOC-21", "Brigade 3"]
SPEAKERS = ["Col Naw Bu", "a KIA spokesperson", "the junta's information team", "a local aid worker"]


def claim_sentence(rng: random.Random) -> str:
    """A sentence with one to three claims, phrased in one of the ways wire and local reporting tell them."""
    place, other, actor = rng.choice(PLACES), rng.choice(PLACES), rng.choice(ACTORS)
    hedge = rng.choice(HEDGES)
    n = rng.randint(2, 400)
    count = f"{hedge} {n}".strip()
    date = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 202{rng.randint(1, 5)}"
    return rng.choice(
        [
            f"On {date}, {actor} attacked a camp near {place}, killing {count} {rng.choice(NOUNS)}.",
            f"{actor[0].upper() + actor[1:]} captured {count} outposts in {place} Township last Thursday, "
            "a spokesperson told reporters.",
            f"“We seized the base at {place} on Friday,” {rng.choice(SPEAKERS)} said.",
            f"An airstrike on {place} in {rng.choice(MONTHS)} wounded {count} residents, "
            "according to local sources.",
            f"The force now numbers {count} fighters, some {rng.randint(2, 90)} km from {place}.",
            f"{rng.choice(UNITS)} withdrew from its positions outside {other} after days of shelling.",
            f"Twenty-nine people, including {rng.randint(2, 12)} children, died when a shell hit a "
            f"school in {place}, {rng.choice(SPEAKERS)} said.",
            f"About {n * 10:,} residents have fled {place} since {rng.choice(MONTHS)}, the UN said.",
            f"The regime denied that its troops had burned homes in {place}.",
        ]
    )


def context_sentence(rng: random.Random) -> str:
    """A sentence a conflict story carries around its claims: background, scene, analysis, quotes."""
    place, actor = rng.choice(PLACES), rng.choice(ACTORS)
    return rng.choice(
        [
            "Analysts say the fighting reflects a wider shift in the balance of power across the north, "
            "where supply routes and trade revenues have become targets in their own right.",
            f"Residents of {place} described empty markets and shuttered schools as families waited for "
            "news of relatives who had stayed behind.",
            f"{actor[0].upper() + actor[1:]} has long accused its rivals of profiting from the jade "
            "and timber trade that passes through the area.",
            "Phone and internet connections in the area have been cut for weeks, making reports "
            "difficult to verify independently.",
            f"“The people here want only to live in peace,” a teacher in {place} said, asking that her "
            "name not be used for fear of reprisals.",
            "The road north remains closed to trucks, and the price of rice and fuel has climbed sharply "
            "in local markets.",
            f"Observers expect the rainy season to slow operations around {place}, as it has in past years.",
            "Neither side responded to requests for comment by the time of publication.",
            f"Monks at a monastery outside {place} said they were sheltering families from nearby villages.",
            "Diplomats in the region have called for talks, though neither side has shown interest in a "
            "ceasefire.",
        ]
    )


def sentence(rng: random.Random) -> str:
    """Two in five sentences carry claims: the density of the seed articles (about 6 claims per KB)."""
    return claim_sentence(rng) if rng.random() < 0.4 else context_sentence(rng)


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
