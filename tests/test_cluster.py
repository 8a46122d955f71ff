"""Clustering against its all-pairs reference, order invariance, time series, stable ids; conflict rules."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.cluster import (
    assign_cluster_ids,
    attach_events_to_targets,
    attach_near_captures,
    attach_unanchored,
    brute_force_clusters,
    cluster_features,
    separate_same_sentence,
)
from reconcile.conflicts import assess
from reconcile.export import claims_jsonl
from reconcile.facets import Features
from reconcile.ledger import build_ledger
from reconcile.models import Claim, ClusterStatus, PartialDate, Quantity, Span
from reconcile.normalize import alias_tables
from reconcile.pipeline import ingest_paths, reconcile
from reconcile.sources import origin_of, speaker_key
from reconcile.store import Store

DATES = [
    None,
    (2023, None, None),
    (2023, 10, None),
    (2023, 10, 9),
    (2023, 10, 12),
    (2024, 3, 7),
    (2024, None, None),
]


def _feature(i: int, rng: random.Random) -> Features:
    anchors = tuple(sorted(set(rng.sample(["a", "b", "c", "d"], rng.randint(0, 2)))))
    date = rng.choice(DATES)
    ends = [
        e for e in [(2023, 10, 15), (2024, 3, None)] if date and (e[0], e[1] or 0) >= (date[0], date[1] or 0)
    ]
    return Features(
        claim_id=f"c{i:04d}",
        kind=rng.choice(["casualties", "capture"]),
        facet=rng.choice(["killed:people", "target"]),
        anchors=anchors,
        date=date,
        as_of=rng.choice([None, None, "2024-03"]),
        actor=rng.choice([None, None, "kia", "junta"]),
        date_end=rng.choice([None, None, None, *ends]),  # a period ends after it starts
    )


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=80))
def test_blocked_clustering_equals_all_pairs_reference(seed: int, n: int) -> None:
    rng = random.Random(seed)
    features = [_feature(i, rng) for i in range(n)]
    links = [(f"c{rng.randrange(n):04d}", f"c{rng.randrange(n):04d}") for _ in range(n // 10)] if n else []
    fast = cluster_features(features, links)
    assert fast == brute_force_clusters(features, links)
    assert sorted(c for group in fast for c in group) == sorted(f.claim_id for f in features)  # each once
    shuffled = features[:]
    rng.shuffle(shuffled)
    assert cluster_features(shuffled, links) == fast


def _f(claim_id: str, date: tuple | None, as_of: str | None = None, anchors: tuple = ("x",)) -> Features:
    return Features(claim_id, "capture", "target", anchors, date, as_of)


def test_time_series_and_timelines_stay_apart() -> None:
    groups = cluster_features(
        [
            _f("a", None, "2024-03"),
            _f("b", None, "2024-08"),  # another as-of date: a point of a time series
            _f("c", (2025, 2, None)),
            _f("d", (2025, 8, None)),  # retaken months later: a timeline, not a conflict
            _f("e", (2025, 8, 14)),
            _f("f", None, anchors=()),  # no anchor: its own cluster
        ]
    )
    assert groups == [["a"], ["b"], ["c"], ["d", "e"], ["f"]]


def test_undated_claims_join_only_an_unambiguous_event() -> None:
    one_event = cluster_features([_f("a", None), _f("b", (2023, 10, None)), _f("c", (2023, 10, 9))])
    assert one_event == [["a", "b", "c"]]
    two_events = cluster_features([_f("a", None), _f("b", (2014, None, None)), _f("c", (2023, 10, 9))])
    assert two_events == [["a"], ["b"], ["c"]]


def test_an_undated_claim_tells_of_nothing_after_its_story_was_published() -> None:
    recapture = _f("recapture", (2025, 4, 22))
    old_story = replace(_f("old", None), told=(2024, 8, 3))
    same_day = replace(_f("same", None), told=(2025, 4, 21))  # a report's day may be a day off
    assert cluster_features([recapture, old_story, same_day]) == [["old"], ["recapture", "same"]]
    capture = _f("capture", (2024, 4, 10))
    denial = replace(_f("denial", None), told=(2024, 4, 11))  # told before the recapture happened
    assert cluster_features([capture, recapture, denial]) == [["capture", "denial"], ["recapture"]]


def test_an_undated_claim_is_news_not_the_background_of_years_before() -> None:
    siege = _f("2016", (2016, None, None))  # 'recaptured its eastern districts' in 2016
    news = replace(_f("news", None), told=(2024, 11, 30))  # 'have taken control of most of Aleppo'
    assert cluster_features([siege, news]) == [["2016"], ["news"]]
    last_year = _f("last-year", (2023, 12, 20))  # within a year of the telling: still its event
    assert cluster_features([last_year, news]) == [["last-year", "news"]]


def test_an_undated_figure_joins_the_one_event_telling_the_same_figure() -> None:
    def toll(claim_id: str, date: tuple | None, value: tuple) -> Features:
        return Features(claim_id, "casualties", "killed:people", ("x",), date, None, value=value)

    groups = cluster_features(
        [
            toll("reuters", None, (200, None)),  # the ombudsman's toll, told without a day
            toll("armenpress", (2023, 9, 19), (200, None)),  # the same toll, dated
            toll("war", (1988, None, None), (27_000, 33_000)),  # the war of 1988 in the background
            toll("other", None, (12, 12)),  # no event tells 12: it stays apart
        ]
    )
    assert groups == [["armenpress", "reuters"], ["other"], ["war"]]


def test_a_vague_date_joins_one_event_and_never_bridges_two() -> None:
    bridged = cluster_features([_f("a", (2025, 4, 2)), _f("b", (2025, None, None)), _f("c", (2025, 4, 18))])
    assert bridged == [["a", "b"], ["c"]]  # '2025' fits both days, which stay two events
    one_event = cluster_features([_f("a", (2025, 4, 2)), _f("b", (2025, None, None)), _f("c", (2025, 4, 2))])
    assert one_event == [["a", "b", "c"]]


def test_cluster_ids_survive_growth_and_reclustering() -> None:
    first = assign_cluster_ids([["a", "b"], ["c"]], {})
    previous = {claim: cid for cid, claims in first.items() for claim in claims}
    second = assign_cluster_ids([["a", "b", "z"], ["c"]], previous)
    assert second == first | {next(k for k, v in first.items() if v == ["a", "b"]): ["a", "b", "z"]}
    assert assign_cluster_ids([["a", "b", "z"], ["c"]], previous) == second  # idempotent


def _claim(
    cid: str,
    low: int | None,
    high: int | None,
    *,
    doc: str = "d1",
    text: str = "x",
    date: str | None = None,
    kind: str = "casualties",
    speaker: str | None = None,
) -> Claim:
    return Claim(
        id=cid,
        doc_id=doc,
        doc=f"{doc}.txt",
        kind=kind,
        span=Span(start=0, end=len(text)),
        text=text,
        sentence=Span(start=0, end=len(text)),
        quantity=Quantity(low=low, high=high),
        date=PartialDate.parse(date) if date else None,
        attributed_to=speaker,
        rule="test",
        extractor_version="t",
    )


def test_intervals_that_meet_agree_on_their_intersection() -> None:
    claims = [_claim("a", 29, 29, doc="d1"), _claim("b", 29, None, doc="d2"), _claim("c", None, 30, doc="d3")]
    verdict = assess(claims, {"a": "doc:d1", "b": "doc:d2", "c": "doc:d3"}, alias_tables())
    assert verdict.status == ClusterStatus.AGREE
    assert verdict.reconciled == Quantity(low=29, high=29)


def test_disjoint_intervals_conflict_and_name_the_versions() -> None:
    claims = [
        _claim("a", 29, 29, text="twenty-nine civilians"),
        _claim("b", 40, None, text="scores of civilians"),
    ]
    verdict = assess(claims, {"a": "doc:d1", "b": "doc:d2"}, alias_tables())
    assert verdict.status == ClusterStatus.CONFLICT
    assert verdict.reconciled is None
    assert "twenty-nine civilians" in verdict.reasons[0] and "scores of civilians" in verdict.reasons[0]


def test_one_source_giving_two_figures_does_not_contradict_itself() -> None:
    claims = [
        _claim("a", 81, None, text="over 80 junta outposts", speaker="the KIA"),
        _claim("b", 11, 11, text="11 battalion headquarters", speaker="the KIA"),
    ]
    verdict = assess(claims, {"a": "speaker:kia", "b": "speaker:kia"}, alias_tables())
    assert verdict.status == ClusterStatus.SINGLE and verdict.reasons == []


def test_one_origin_repeated_is_single() -> None:
    claims = [_claim("a", 5, 5, doc="d1"), _claim("b", 5, 5, doc="d2")]
    verdict = assess(claims, {"a": "speaker:naw bu", "b": "speaker:naw bu"}, alias_tables())
    assert verdict.status == ClusterStatus.SINGLE


def test_incompatible_dates_and_causes_conflict() -> None:
    dates = [_claim("a", None, None, date="2023-10-09"), _claim("b", None, None, date="2023-10-12")]
    assert assess(dates, {"a": "x", "b": "y"}, alias_tables()).status == ClusterStatus.CONFLICT
    causes = [
        _claim("a", None, None, kind="cause", text="killed by artillery fire from the camp"),
        _claim("b", None, None, kind="cause", text="a bomb dropped by a regime jet"),
        _claim("c", None, None, kind="cause", text="heavy artillery shelling"),
    ]
    verdict = assess(causes, {"a": "x", "b": "y", "c": "z"}, alias_tables())
    assert verdict.status == ClusterStatus.CONFLICT
    assert len(verdict.reasons) == 2  # artillery vs air twice; the two artillery versions agree


def test_two_figures_of_one_sentence_are_two_facts() -> None:
    sentence = ("doc", 100)
    figures = {
        "outposts": (sentence, 120, (81, None)),
        "hqs": (sentence, 150, (11, 11)),
        "elsewhere": (("other", 5), 10, (81, None)),
    }
    groups = separate_same_sentence([["elsewhere", "hqs", "outposts", "undated"]], figures)
    assert sorted(groups) == [["elsewhere", "outposts", "undated"], ["hqs"]]
    same = {"a": (sentence, 120, (5, 5)), "b": (sentence, 150, (5, 5))}
    assert separate_same_sentence([["a", "b"]], same) == [["a", "b"]]  # one figure repeated stays


def test_a_claim_naming_only_a_day_joins_the_one_event_of_that_day() -> None:
    day = (2023, 10, 9)
    features = [_f("village", day, anchors=("munglai",)), _f("lead", day, anchors=())]
    groups = cluster_features(features)
    assert sorted(groups) == [["lead"], ["village"]]  # blocking alone keeps them apart
    assert attach_unanchored(groups, features) == [["lead", "village"]]
    two_events = [*features, _f("elsewhere", day, anchors=("laiza",))]
    groups = cluster_features(two_events)
    assert sorted(attach_unanchored(groups, two_events)) == [["elsewhere"], ["lead"], ["village"]]  # no guess


def test_an_attack_told_as_an_event_joins_the_one_named_target_it_places() -> None:
    day = (2023, 10, 9)
    target = Features("target", "attack", "target", ("munglai",), day, None, "junta")
    school = Features(
        "school", "attack", "target", ("cadet-school",), (2014, None, None), None, near=("laiza",)
    )
    event = Features("event", "attack", "event", ("laiza", "munglai"), day, None)
    old = Features("old", "attack", "event", ("laiza",), (2014, None, None), None)
    features = [target, school, event, old]
    groups = attach_events_to_targets(cluster_features(features), features)
    assert sorted(groups) == [["event", "target"], ["old", "school"]]  # the school lies near Laiza
    rival = Features("rival", "attack", "target", ("laiza",), day, None, "junta")
    features = [*features, rival]
    groups = attach_events_to_targets(cluster_features(features), features)
    assert ["event"] in groups  # two named attacks that day fit: no guess


def test_an_event_group_with_an_undated_version_still_joins_its_target() -> None:
    day = (2023, 4, 11)
    target = Features("target", "attack", "target", ("pazigyi",), day, None, "junta")
    event = Features("event", "attack", "event", ("pazigyi",), day, None)
    undated = Features("undated", "attack", "event", ("pazigyi",), None, None)
    groups = attach_events_to_targets([["event", "undated"], ["target"]], [target, event, undated])
    assert groups == [["event", "target", "undated"]]
    elsewhere = Features("undated", "attack", "event", ("pazigyi",), None, None, doc_id="other")
    groups = attach_events_to_targets([["undated"], ["target"]], [target, elsewhere])
    assert sorted(groups) == [["target"], ["undated"]]  # another story's date is a guess
    groups = attach_events_to_targets([["undated"], ["target"]], [target, undated])
    assert groups == [["target", "undated"]]  # its own story dates the attack it tells


def test_a_sentence_naming_a_state_is_there_and_an_outlet_is_no_place(tmp_path: Path) -> None:
    background = "The group has fought the army for decades over land, resources and self-rule. " * 4
    articles = {
        "a.txt": f"Rebels strike camps\n\nRebels attacked camps near Laiza on Monday.\n\n{background}\n\n"
        "An analyst said: \u201cThe AA is currently launching a strong offensive in Arakan State.\u201d\n\n"
        "Myanmar Now reported that the blast was caused by an airstrike.\n",
    }
    with _reconciled(tmp_path, articles, "2024-03-07") as store:
        place = {e.id: e.canonical for e in store.entities()}
        anchors = {}
        for cluster in store.clusters():
            for claim in store.claims_by_ids(cluster.claim_ids):
                anchors[(claim.kind.value, claim.text[:12])] = place.get(cluster.key.split("|")[2])
    assert anchors[("attack", "An analyst s")] == "Arakan State"  # not Laiza, told paragraphs before
    assert anchors[("cause", "Myanmar Now ")] == "Laiza"  # 'Myanmar Now' is an outlet, not the country


def test_date_claims_of_one_law_or_one_escalation_meet_whatever_else_their_sentence_tells(
    tmp_path: Path,
) -> None:
    filler = "Analysts say the war has changed the balance of power in the north in recent months. " * 3
    articles = {
        "a.txt": f"Army gains\n\n{filler}\n\nLast month, the state enacted a national conscription law.\n\n"
        "Since the end of 2023, the KIA has ramped up its offensive operations against the army.\n",
        "b.txt": f"Army retakes posts\n\n{filler}\n\nThe military launched a counteroffensive this year, "
        "having reintroduced a conscription law in 2024.\n\n"
        "The KIA has increased efforts against the army since December 2023.\n",
    }
    with _reconciled(tmp_path, articles, "2024-03-15") as store:
        groups = _grouped(store, "event_date", "text")
    assert any("Last month" in g and any("reintroduced" in t for t in g) for g in groups)
    assert any("Since the end of 2023" in g and len(g) == 2 for g in groups)


def test_a_period_fits_the_days_inside_it_and_no_other() -> None:
    week = {"date": (2024, 10, 7), "date_end": (2024, 10, 13)}
    features = [
        Features("last-week", "casualties", "killed:people", ("fasher",), as_of=None, **week),
        Features("wednesday", "casualties", "killed:people", ("fasher",), (2024, 10, 9), None),
        Features("monday-after", "casualties", "killed:people", ("fasher",), (2024, 10, 14), None),
    ]
    groups = cluster_features(features)
    assert groups == brute_force_clusters(features)
    assert sorted(groups) == [["last-week", "wednesday"], ["monday-after"]]


def test_a_same_day_copy_is_the_shorter_text(tmp_path: Path) -> None:
    lead = (
        "Suspected jihadi fighters killed at least 14 soldiers and wounded 20 others in an attack on an "
        "army post near the town of Djibo on Sunday, security sources said.\n\n"
        "The assailants arrived on motorbikes at dawn and overran the post after several hours of "
        "fighting, one of the sources said, speaking on condition of anonymity.\n\n"
    )
    articles = {
        "b.txt": "Militants kill 14 soldiers in Burkina Faso\n\n" + lead + "No group has claimed the attack, "
        "but an al-Qaida-linked group is active in the area. Thousands have been killed in a decade.\n",
        "a.txt": "Burkina Faso: 14 soldiers killed near Djibo\n\n" + lead,
    }
    with _reconciled(tmp_path, articles, "2025-03-10") as store:
        [copy] = store.copies()
    assert (copy.doc, copy.source) == ("a.txt", "b.txt")  # the trimmed text copies the full one


def test_no_such_stockpile_denies_the_count_just_told_and_the_two_conflict(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Blast at Laiza camp\n\nOn 9 October 2023 an explosion destroyed a camp near Laiza. A "
        "regime "
        "spokesperson accused the rebels of storing 105 tonnes of ammonium nitrate at the camp, saying the "
        "stockpile had detonated. A rebel spokesperson retorted that there was no such stockpile in the "
        "area.\n",
    }
    with _reconciled(tmp_path, articles, "2023-10-20") as store:
        [cluster] = [c for c in store.clusters(kind="quantity") if len(c.claim_ids) == 2]
        texts = sorted(c.text for c in store.claims_by_ids(cluster.claim_ids))
        [entry] = [e for e in build_ledger(store).entries if e.cluster_id == cluster.id]
    assert texts == ["105 tonnes", "no such stockpile"]
    assert cluster.status == "conflict"  # 105 tonnes against none at all
    assert entry.best == 105  # the denial dissents; it is not the lowest estimate


def test_the_side_that_lost_a_town_is_not_its_taker(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Lashio falls\n\nThe TNLA captured the town of Lashio on 3 August 2024, residents said.\n",
        "b.txt": "Army loses Lashio\n\nThe junta lost the town of Lashio on 3 August 2024, a source said.\n",
    }
    with _reconciled(tmp_path, articles, "2024-08-04") as store:
        [cluster] = [c for c in store.clusters(kind="capture") if len(c.claim_ids) > 2]
        actors = {c.doc: c.actor for c in store.claims_by_ids(cluster.claim_ids) if "Lashio" in c.text}
    assert actors["b.txt"] is None  # the junta gave the town up; who took it, b.txt does not say
    assert cluster.status == "agree"  # one capture of Lashio, told by two sources


def test_a_denied_toll_conflicts_with_the_same_toll_asserted(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Raid on Laiza\n\nResidents said 12 civilians were killed in a raid on Laiza on Monday.\n",
        "b.txt": "Army denies raid deaths\n\nThe army denied killing 12 civilians in Laiza on Monday.\n",
    }
    with _reconciled(tmp_path, articles, "2024-05-07") as store:
        [toll] = [c for c in store.clusters(kind="casualties") if len(c.claim_ids) == 2]
        denied = {c.doc: c.denied for c in store.claims_by_ids(toll.claim_ids)}
    assert denied == {"a.txt": False, "b.txt": True}  # stored and read back
    assert toll.status == "conflict" and toll.reasons[0].startswith("denied")


def test_an_event_dated_by_the_day_it_was_told_meets_the_version_naming_its_day(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Kotlyne retaken\n\nOn June 3, Ukrainian forces retook the village of Kotlyne, they said.\n",
        "b.txt": "Brigade retakes Kotlyne\n\nUkrainian troops have retaken the village of Kotlyne, the 59th "
        "Brigade said on Wednesday.\n",
    }
    with _reconciled(tmp_path, articles, "2025-06-05") as store:
        groups = _grouped(store, "capture", "doc")
    assert ["a.txt", "b.txt", "b.txt"] in groups  # b's headline and body, retaken by Wednesday 4 June: the
    # retaking of 3 June


def test_a_toll_update_meets_the_first_toll_of_the_strike(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Strike on Kryvyi Rih kills 14\n\nRussian forces struck Kryvyi Rih with a missile on the "
        "evening of April 4, killing at least 14 people, the governor said.\n",
        "b.txt": "Death toll from Kryvyi Rih strike rises to 18\n\nThe death toll from a Russian missile "
        "strike on the central Ukrainian city of Kryvyi Rih rose to 18 on Saturday, officials said.\n",
    }
    with _reconciled(tmp_path, articles, "2025-04-05") as store:
        tolls = [
            c
            for c in store.clusters(kind="casualties")
            if {"a.txt", "b.txt"} <= {claim.doc for claim in store.claims_by_ids(c.claim_ids)}
        ]
    # one fact (Saturday is the day of the count, not the strike); 18 fits 'at least 14', the headline's too
    assert len(tolls) == 1 and tolls[0].status == "agree"


def test_children_among_the_injured_are_injured_children(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Strike on Kryvyi Rih\n\nA missile struck Kryvyi Rih on Friday, killing 14 people, "
        "including three children. Another 46 people were injured, nine of them children, officials said.\n",
    }
    with _reconciled(tmp_path, articles, "2025-04-05") as store:
        keys = {c.key.split("|")[1] for c in store.clusters(kind="casualties")}
    assert {"killed:children", "wounded:children"} <= keys


def test_another_sources_figure_in_the_same_sentence_is_a_version_of_the_same_toll(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Haiti massacre toll\n\nThe death toll from last week's gang attack on Pont-Sonde has risen "
        "to 115, local officials said Tuesday, far above the 70 reported by the United Nations.\n",
        "b.txt": "Gang attack in Haiti\n\nGang members killed at least 70 people in an attack on the town of "
        "Pont-Sonde on Thursday, also wounding 16 people, two of them seriously, the UN said.\n\n"
        "The attack killed at least 70 people, making it one of the deadliest massacres in Haiti's recent "
        "history.\n",
    }
    with _reconciled(tmp_path, articles, "2024-10-08") as store:
        (toll,) = [c for c in store.clusters(kind="casualties") if c.key.split("|")[1] == "killed:people"]
        versions = store.claims_by_ids(toll.claim_ids)
        wounded = sorted(c.key.split("|")[1] for c in store.clusters(kind="casualties") if c.id != toll.id)
    assert sorted((c.quantity.low, c.attributed_to or "") for c in versions) == [
        (70, ""),  # the paragraph ranking it in 'Haiti's recent history' happened in Pont-Sonde
        (70, "the UN"),
        (70, "the United Nations"),
        (115, "local officials"),
    ]
    assert toll.status == "conflict"
    assert wounded == ["wounded:people", "wounded:people"]  # 16 wounded, two of them seriously: wounded too


def test_a_claim_rejected_by_the_other_side_is_a_conflict(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Strike on Kryvyi Rih\n\nRussia's Defense Ministry claimed it had struck a restaurant in "
        "Kryvyi Rih, saying up to 85 servicemen had been killed. "
        "Ukraine's General Staff dismissed the claim.\n",
    }
    with _reconciled(tmp_path, articles, "2025-04-05") as store:
        (toll,) = [c for c in store.clusters(kind="casualties")]
        versions = store.claims_by_ids(toll.claim_ids)
    assert sorted((c.attributed_to, c.denied) for c in versions) == [
        ("Russia's Defense Ministry", False),
        ("Ukraine's General Staff", True),
    ]
    assert toll.status == "conflict" and toll.reasons[0].startswith("denied")


def test_a_means_the_speaker_rules_out_is_not_the_means_it_names(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Market strike\n\nA junta airstrike on a market in Myinmu Township killed 12 people on "
        "Tuesday, local resistance groups said.\n",
        "b.txt": "Market blast\n\nThe military said an explosion at a market in Myinmu Township on Tuesday "
        "was caused by explosives stored by rebels, denying that any airstrike had taken place.\n",
    }
    with _reconciled(tmp_path, articles, "2025-03-20") as store:
        (cause,) = store.clusters(kind="cause")
    assert cause.status == "conflict" and "accidental" in cause.reasons[0] and " vs air " in cause.reasons[0]


def _grouped(store: Store, kind: str, field: str) -> list[list[str]]:
    """Each cluster of `kind` as the sorted `field` ('text' or 'doc') of its claims."""
    return [
        sorted(getattr(c, field) for c in store.claims_by_ids(cluster.claim_ids))
        for cluster in store.clusters(kind=kind)
    ]


def _reconciled(folder: Path, articles: dict[str, str], published: str) -> Store:
    """A store holding `articles` (file name -> text), all published on `published`, reconciled."""
    manifest = [{"file": name, "outlet": f"Outlet {name}", "published": published} for name in articles]
    for name, text in articles.items():
        (folder / name).write_text(text, "utf-8")
    (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    store = Store(folder / "claims.db")
    ingest_paths(store, [folder])
    reconcile(store)
    return store


def test_wire_reports_of_one_strike_form_one_fact_with_one_origin_per_source(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Drone strike on Sudan camp kills at least 40\n\nKHARTOUM, April 12 (Reuters) - At least 40 "
        "people were killed when drones struck the Abu Shouk camp near El Fasher on Thursday, a local "
        "medical group said.\n",
        "b.txt": "Drone attack on Abu Shouk camp kills 35, says aid group\n\nAn attack by drones on the Abu "
        "Shouk camp near El Fasher killed 35 people on Thursday, the aid group Emergency Response Rooms "
        "said.\n",
    }
    with _reconciled(tmp_path, articles, "2025-04-12") as store:
        [toll] = [c for c in store.clusters(kind="casualties") if len(c.claim_ids) > 1]
        texts = sorted(c.text for c in store.claims_by_ids(toll.claim_ids))
    assert texts == ["35", "35 people", "At least 40 people", "at least 40"]  # headlines join the body
    assert toll.status == "conflict"
    assert toll.independent_origins == 2  # the medics and the aid group, each once
    assert len(toll.reasons) == 1  # 35 against at least 40, once


def test_reports_in_one_template_with_other_figures_are_not_copies(tmp_path: Path) -> None:
    template = (
        "Clashes near {place}\n\nAt least {a} civilians were killed in {place} on {day} October, "
        "residents said. "
        "Another {b} people were wounded when shells hit the market in {place} that afternoon. "
        "The army has deployed about {c} troops to the area since the start of the month.\n"
    )
    articles = {
        "a.txt": template.format(place="Laiza", a=12, b=30, c=500, day=3),
        "b.txt": template.format(place="Laiza", a=19, b=41, c=800, day=9),
    }
    with _reconciled(tmp_path, articles, "2024-10-10") as store:
        assert store.copies() == []  # same words, other figures: two reports, not one copied


def test_the_dead_and_the_injured_of_one_sentence_are_two_facts(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Shelling in Laiza\n\nThe shelling of Laiza on 3 May left at least 12 people dead and 30 "
        "injured.\n",
        "b.txt": "Laiza market hit\n\nOn 3 May, 30 people were injured when shells hit the market in "
        "Laiza.\n",
    }
    with _reconciled(tmp_path, articles, "2024-05-04") as store:
        groups = _grouped(store, "casualties", "text")
    assert ["30 injured", "30 people"] in groups  # the injured of both reports, not the dead
    assert ["at least 12 people"] in groups


def test_a_headline_toll_joins_the_body_that_says_who_died_and_adds_no_origin(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Clashes in Myitkyina leave 9 dead\n\nAt least nine soldiers were killed when KIA fighters "
        "attacked an outpost near Myitkyina on Tuesday, the group said.\n",
    }
    with _reconciled(tmp_path, articles, "2024-05-02") as store:
        [toll] = [c for c in store.clusters(kind="casualties")]
        texts = sorted(c.text for c in store.claims_by_ids(toll.claim_ids))
    assert texts == ["9 dead", "At least nine soldiers"]
    assert (toll.status, toll.independent_origins) == ("single", 1)  # the headline repeats the group


def test_running_tolls_told_on_different_days_are_a_time_series_not_a_conflict(tmp_path: Path) -> None:
    toll = (
        "War in Sudan\n\nMore than {n} people have been killed in Sudan since the war began, the UN said.\n"
    )
    folder_a, folder_b = tmp_path / "a", tmp_path / "b"
    folder_a.mkdir()
    folder_b.mkdir()
    with _reconciled(folder_a, {"early.txt": toll.format(n="20,000")}, "2024-01-10") as store:
        pass
    (folder_b / "late.txt").write_text(toll.format(n="150,000"), "utf-8")
    (folder_b / "manifest.json").write_text(
        '[{"file": "late.txt", "outlet": "Later", "published": "2025-04-12"}]', "utf-8"
    )
    with Store(folder_a / "claims.db") as store:
        ingest_paths(store, [folder_b])
        reconcile(store)
        tolls = [c for c in store.claims() if c.kind == "casualties" and c.quantity.low]
        assert sorted(c.as_of.iso for c in tolls) == ["2024-01-10", "2025-04-12"]
        assert not store.clusters(status="conflict")  # about 20,000 then about 150,000: the toll rose


def test_an_undated_version_is_exported_with_the_date_its_cluster_agrees_on() -> None:
    claims = [
        _claim("a", 12, 12, doc="d1", date="2024-03-07", kind="attack"),
        _claim("b", 12, None, doc="d2", kind="attack"),
        _claim("c", 3, 3, doc="d3", date="2024-03", kind="attack"),
        _claim("d", 3, 3, doc="d4", date="2024-04", kind="attack"),
        _claim("e", 3, 3, doc="d5", kind="attack"),
    ]
    clusters = {"a": ("k1", "agree"), "b": ("k1", "agree"), "c": ("k2", "conflict"), "d": ("k2", "conflict")}
    clusters["e"] = ("k2", "conflict")
    rows = {r["claim_id"]: r for r in map(json.loads, claims_jsonl(claims, clusters))}
    assert (rows["a"]["date"], rows["a"]["date_from"]) == ("2024-03-07", "claim")
    assert (rows["b"]["date"], rows["b"]["date_from"]) == ("2024-03-07", "cluster")
    assert (rows["e"]["date"], rows["e"]["date_from"]) == (None, None)  # its versions disagree on the month


def test_a_side_saying_it_still_holds_a_place_conflicts_with_its_capture(tmp_path: Path) -> None:
    articles = {
        "a.txt": "M23 seizes Goma airport\n\nGOMA, Jan 28 (Reuters) - M23 rebels captured Goma international "
        "airport on Tuesday, two U.N. sources said. At least 100 people have been killed in the fighting "
        "since Sunday, according to hospital sources.\n",
        "b.txt": "Rebels take Goma airport\n\nKINSHASA, Jan 28 (AFP) - Rwanda-backed M23 fighters seized the "
        "airport in Goma on Tuesday, the army said. The death toll has risen to more than 120, local doctors "
        "told AFP.\n",
        "c.txt": "Congo army says it still holds Goma airport\n\nKINSHASA, Jan 28 (Radio Okapi) - The "
        "Congolese army (FARDC) said on Tuesday that its troops still controlled Goma airport and denied "
        "that M23 rebels had captured it. Doctors said 100 people had been killed since Sunday.\n",
    }
    with _reconciled(tmp_path, articles, "2025-01-28") as store:
        [airport] = [c for c in store.clusters(kind="capture") if len(c.claim_ids) > 2]
        versions = store.claims_by_ids(airport.claim_ids)
        [toll] = [c for c in store.clusters(kind="casualties") if len(c.claim_ids) == 3]
    assert {c.doc for c in versions} == {"a.txt", "b.txt", "c.txt"}  # 'international', 'the airport in Goma'
    assert {c.denied for c in versions if c.doc == "c.txt"} == {True}  # still holds it; denied the capture
    assert airport.status == "conflict"
    assert toll.status == "conflict"  # exactly 100 against more than 120
    assert not any(c.attributed_to and "Jan 28" in c.attributed_to for c in versions)  # no dateline source


def test_a_fall_claimed_by_rebels_and_dismissed_by_the_junta_is_one_conflicting_fact(tmp_path: Path) -> None:
    articles = {
        "a.txt": (
            "MNDAA seizes Lashio\n\nThe Myanmar National Democratic Alliance Army (MNDAA) said on "
            "Saturday it had captured the junta’s Northeastern Regional Military Command headquarters in "
            "Lashio. Hundreds of junta soldiers surrendered, the group said.\n"
        ),
        "b.txt": (
            "Lashio falls to Kokang army\n\nKokang rebels have taken control of the Northeastern "
            "Command in Lashio, the first regional military command to fall since the coup, the MNDAA "
            "announced.\n"
        ),
        "c.txt": (
            "Security forces hold Lashio\n\nThe Tatmadaw remains in control of Lashio, the State "
            "Administration Council's information team said, dismissing reports that the town had fallen.\n"
        ),
    }
    with _reconciled(tmp_path, articles, "2024-08-04") as store:
        [fall] = [c for c in store.clusters(kind="capture") if len(c.claim_ids) > 2]
        versions = store.claims_by_ids(fall.claim_ids)
        [surrendered] = [c for c in store.claims() if c.text.startswith("Hundreds")]
    assert {c.doc for c in versions} == {"a.txt", "b.txt", "c.txt"}
    assert fall.status == "conflict"
    assert {c.actor for c in versions if c.doc == "b.txt"} <= {None, "MNDAA"}  # 'regional military command'
    assert {c.as_of for c in versions if c.doc == "b.txt"} == {None}  # 'first to fall since' tallies nothing
    assert surrendered.kind == "casualties"  # soldiers who surrendered are taken, not a force's strength


def test_a_capture_claimed_and_denied_is_one_conflict_and_two_sides_drones_two_facts(tmp_path: Path) -> None:
    articles = {
        "a.txt": (
            "Russian forces liberate Kurakhove\n\nMOSCOW, January 6 (TASS) - Russian troops have "
            "completely liberated the town of Kurakhove, the Russian Defence Ministry said on Monday. Over "
            "the past day, air defence systems shot down 76 Ukrainian drones over Russian regions, the "
            "ministry said.\n"
        ),
        "b.txt": (
            "Ukraine denies Russian claims of capturing Kurakhove\n\nUkraine's military on Jan. 6 denied "
            "Russian claims that Moscow's forces had captured the town of Kurakhove, saying fighting was "
            "ongoing. Ukraine's Air Force said Russia launched 47 attack drones overnight.\n"
        ),
        "c.txt": (
            "Russia says it has captured Kurakhove\n\nJan 6 (Reuters) - Russia's Defence Ministry said on "
            "Monday its forces had captured the town of Kurakhove in Ukraine's Donetsk region.\n"
        ),
    }
    with _reconciled(tmp_path, articles, "2025-01-06") as store:
        [town] = [c for c in store.clusters(kind="capture") if len(c.claim_ids) > 2]
        versions = store.claims_by_ids(town.claim_ids)
        drones = [c for c in store.clusters(kind="quantity") if c.claim_ids]
    assert {c.doc for c in versions} == {"a.txt", "b.txt", "c.txt"}
    assert {c.denied for c in versions if c.doc == "b.txt"} == {True}
    assert {c.actor for c in versions if c.doc == "b.txt" and c.text.startswith("the town")} == {
        "Russian forces"
    }
    assert town.status == "conflict"
    assert not any(c.attributed_to and c.attributed_to.startswith(("6 ", "Jan")) for c in versions)
    assert len(drones) == 2 and {d.status for d in drones} == {"single"}  # whose drones differ


def test_a_running_toll_joins_the_one_event_toll_of_the_days_before_it_was_told(tmp_path: Path) -> None:
    articles = {
        "a.txt": (
            "Strike on Goma\n\nAt least 100 people have been killed in the fighting in Goma since Sunday, "
            "according to hospital sources.\n"
        ),
        "b.txt": "Goma toll\n\nThe death toll in Goma has risen to more than 120, local doctors said.\n",
    }
    with _reconciled(tmp_path, articles, "2025-01-28") as store:
        tolls = [c for c in store.clusters(kind="casualties") if c.claim_ids]
        versions = {c.doc: c for c in store.claims() if c.kind == "casualties" and c.quantity.low}
    assert versions["a.txt"].as_of is not None and versions["b.txt"].as_of is None
    assert len(tolls) == 1 and tolls[0].status == "agree"  # at least 100 and more than 120 can both hold


def test_speakers_of_one_side_are_one_origin_however_named() -> None:
    def said_by(speaker: str, doc: str) -> Claim:
        claim = _claim("x", 100, 100, doc=doc, speaker=speaker)
        return claim.model_copy(update={"speaker_is_party": True})

    origins = {
        origin_of(said_by(s, d), {}) for s, d in [("Congo army", "a"), ("The Congolese army (FARDC)", "b")]
    }
    assert origins == {"speaker:FARDC"}  # one side, two ways of naming it, two outlets
    assert origin_of(said_by("a KIA spokesperson", "a"), {}) == "speaker:KIA"
    junta = {
        origin_of(said_by(s, "c"), {})
        for s in ["Tatmadaw", "the Information Team of the State Administration Council"]
    }
    assert junta == {"speaker:junta"}  # 'the State' inside the council's name is not a bare state force
    assert speaker_key("two U.N. sources") == "two un sources"


def test_the_ministry_revising_its_own_toll_is_one_origin_and_no_conflict_with_itself(tmp_path: Path) -> None:
    articles = {
        "a.txt": (
            "Strike on Gaza hospital\n\nAn Israeli air strike on the al-Ahli Arab hospital in Gaza City "
            "killed at least 500 people on Tuesday, the Gaza health ministry said. The ministry later put "
            "the death toll at 471.\n"
        ),
    }
    with _reconciled(tmp_path, articles, "2023-10-17") as store:
        [toll] = [c for c in store.clusters(kind="casualties") if len(c.claim_ids) == 2]
    assert len(toll.origins) == 1  # 'The ministry' is the Gaza health ministry the article named
    assert not toll.reasons  # a source revising its figure does not contradict itself


def test_one_sides_capture_of_a_place_dated_a_day_apart_is_one_fact_with_disputed_dates(
    tmp_path: Path,
) -> None:
    articles = {
        "a.txt": "KIA takes airport\n\nThe KIA captured Bhamo airport on Monday, a KIA spokesman said.\n",
        "b.txt": (
            "Airport falls\n\nThe Kachin Independence Army seized the airport in Bhamo on Sunday, residents "
            "said.\n"
        ),
    }
    with _reconciled(tmp_path, articles, "2025-08-13") as store:
        captures = [c for c in store.clusters(kind="capture") if c.claim_ids]
    assert len(captures) == 1
    assert captures[0].status == "conflict" and captures[0].reasons[0].startswith("date")


def test_the_soldiers_killed_and_the_attackers_killed_are_two_facts(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Outpost attacked in Djibo\n\nSecurity sources said around 50 soldiers died when jihadists "
        "overran the outpost in Djibo on Saturday.\n",
        "b.txt": "Djibo attack repelled\n\nThe government said several dozen assailants were killed in Djibo "
        "on Saturday.\n",
    }
    with _reconciled(tmp_path, articles, "2023-11-27") as store:
        groups = _grouped(store, "casualties", "text")
    assert ["around 50 soldiers"] in groups  # the army's dead and the attackers' dead are no conflict
    assert ["several dozen assailants"] in groups


def test_bodies_counted_by_a_witness_are_the_toll_of_the_strike_they_died_in(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Airstrike on Let Yet Kone\n\nAn airstrike killed at least 40 people in Let Yet Kone "
        "village on Sunday, residents said.\n",
        "b.txt": "Witness counts the dead\n\nA resident said he saw about 40 bodies in Let Yet Kone "
        "village on Sunday.\n",
    }
    with _reconciled(tmp_path, articles, "2023-04-12") as store:
        [toll] = [c for c in store.clusters(kind="casualties") if len(c.claim_ids) > 1]
        texts = sorted(c.text for c in store.claims_by_ids(toll.claim_ids))
    assert texts == ["about 40 bodies", "at least 40 people"]
    assert toll.status == "agree"


def test_a_toll_naming_no_one_never_joins_a_figure_it_cannot_be(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Raid on Mafa\n\nThe army said troops repelled the attackers near Damaturu and killed 11 of "
        "them. A resident said he counted 42 bodies near Damaturu.\n",
    }
    with _reconciled(tmp_path, articles, "2024-09-05") as store:
        groups = _grouped(store, "casualties", "text")
    assert ["11"] in groups and ["42 bodies"] in groups  # the attackers' dead are not the villagers' bodies


def test_a_toll_naming_no_one_is_a_disputed_version_of_the_civilian_toll(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Massacre in Djiguibombo\n\nJihadists shot dead at least 40 villagers in Djiguibombo on "
        "Tuesday, officials said.\n",
        "b.txt": "Toll disputed\n\nAn official put the toll in Djiguibombo on Tuesday at 38 dead.\n",
    }
    with _reconciled(tmp_path, articles, "2024-07-04") as store:
        [toll] = [c for c in store.clusters(kind="casualties") if len(c.claim_ids) > 1]
        texts = sorted(c.text for c in store.claims_by_ids(toll.claim_ids))
    assert texts == ["38 dead", "at least 40 villagers"]
    assert toll.status == "conflict"  # 38 against at least 40: one toll, two versions


def test_an_overnight_toll_meets_the_late_friday_one_and_a_community_is_its_village(tmp_path: Path) -> None:
    articles = {
        "a.txt": (
            "Gunmen kill about 100 in Benue\n\nGunmen killed about 100 people in an overnight attack on the "
            "village of Yelwata, Amnesty International said Saturday.\n"
        ),
        "b.txt": (
            "Yelwata toll rises\n\nThe police confirmed that no fewer than 59 people were killed when gunmen "
            "attacked Yelwata community late Friday.\n"
        ),
    }
    with _reconciled(tmp_path, articles, "2025-06-14") as store:
        (toll,) = [c for c in store.clusters(kind="casualties") if len(c.claim_ids) > 1]
        versions = store.claims_by_ids(toll.claim_ids)
    assert sorted(c.text for c in versions) == ["about 100 people", "no fewer than 59 people"]
    assert toll.status == "agree"  # 'about 100' fits 'no fewer than 59': one toll of one night


def test_hostages_killed_are_killed_not_held(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Train siege ends\n\nThe military says 26 hostages were killed when commandos stormed the "
        "train near Sibi on Wednesday. Separately, militants said they were holding more than 100 "
        "hostages.\n",
    }
    with _reconciled(tmp_path, articles, "2025-03-13") as store:
        keys = sorted(c.key.split("|")[1] for c in store.clusters(kind="casualties"))
    assert keys == ["captured:people", "killed:people"]


def test_a_headline_naming_no_place_joins_its_leads_fact_not_the_dateline(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Gunmen kill 40 in village raid\n\nABUJA, Nigeria (AP) — Gunmen killed 40 people in the "
        "village of Yelwata on Friday, police said.\n\nIn Abuja, two people were killed in a robbery on "
        "Thursday.\n",
        "b.txt": "Police say 40 killed in Yelwata\n\nGunmen killed 40 people in Yelwata late Friday, police "
        "said.\n",
    }
    with _reconciled(tmp_path, articles, "2025-06-14") as store:
        tolls = sorted(len(c.claim_ids) for c in store.clusters(kind="casualties"))
    assert tolls == [1, 4]  # both headlines and both leads; the Abuja robbery apart


def test_a_war_toll_and_a_toll_of_days_within_it_are_two_facts(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Camp attacked\n\nThe RSF attack on Zamzam camp killed more than 100 people on Friday, the "
        "UN said. The war, which erupted in April 2023, has killed tens of thousands of people in Zamzam and "
        "elsewhere, the UN said.\n",
        "b.txt": "Zamzam toll\n\nAt least 300 people were killed in Zamzam camp on Friday, officials said.\n",
    }
    with _reconciled(tmp_path, articles, "2025-04-14") as store:
        groups = _grouped(store, "casualties", "text")
    assert ["At least 300 people", "more than 100 people"] in groups
    assert ["tens of thousands of people"] in groups


def test_a_toll_naming_no_one_is_no_version_of_a_smaller_count_of_children(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Camp attacked\n\nThe attack on Zamzam camp on Saturday killed 20 children, the UN said.\n",
        "b.txt": "Zamzam toll\n\nLawyers said they had documented at least 200 deaths in Zamzam camp on "
        "Saturday.\n",
    }
    with _reconciled(tmp_path, articles, "2025-04-14") as store:
        groups = _grouped(store, "casualties", "text")
    assert ["20 children"] in groups and ["at least 200 deaths"] in groups


def test_one_source_naming_two_means_does_not_contradict_itself() -> None:
    causes = [
        _claim("a", None, None, kind="cause", text="killed in an Israeli air strike on a school"),
        _claim("b", None, None, kind="cause", text="three rockets struck the school"),
    ]
    assert assess(causes, {"a": "x", "b": "x"}, alias_tables()).status != ClusterStatus.CONFLICT
    assert assess(causes, {"a": "x", "b": "y"}, alias_tables()).status == ClusterStatus.CONFLICT


def test_a_lead_told_from_the_capital_about_a_town_is_the_towns_toll(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Gang attack on Haitian town kills at least 70\n\nPORT-AU-PRINCE, Haiti (AP) — Gunmen "
        "opened fire on people in a town in central Haiti, killing at least 70 people, including 10 women, "
        "a UN official said Friday.\n\nThe attack occurred early Thursday in Pont-Sonde, a community in the "
        "Artibonite region.\n",
        "b.txt": "Killings in Pont-Sonde\n\nThe attack was carried out in the town of Pont-Sonde, in Haiti's "
        "Artibonite department, on Thursday.\n\nAccording to information gathered by the UN Integrated "
        "Office in Haiti, at least 70 people were killed, including 10 women. In the Artibonite department "
        "alone, gangs killed 1,223 people between January 2022 and October 2023.\n",
    }
    with _reconciled(tmp_path, articles, "2024-10-04") as store:
        groups = _grouped(store, "casualties", "text")
        sources = {c.attributed_to for c in store.claims()}
    # the dateline's capital, the UN office's seat and the region named bare are no anchors of the toll
    assert ["at least 70", "at least 70 people", "at least 70 people"] in groups
    assert ["10 women", "10 women"] in groups  # the part both tell leaves the whole together
    assert ["1,223 people"] in groups
    assert "the UN Integrated Office in Haiti" in sources


def test_a_filing_place_anchors_a_lead_that_names_no_other(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Border clashes kill 16\n\nSURIN, Thailand (AFP) - Fighting between Thailand and Cambodia "
        "killed at least 16 people on Thursday, officials said.\n\nIn Cambodia, officials in Oddar "
        "Meanchey reported one civilian killed.\n\nRockets also wounded 10 people in Surin on Friday.\n",
        "b.txt": "Cambodia reports a death\n\nOne civilian was killed in Oddar Meanchey on Thursday, a "
        "provincial spokesperson said.\n",
    }
    with _reconciled(tmp_path, articles, "2025-07-25") as store:
        groups = _grouped(store, "casualties", "text")
    assert ["One civilian", "one civilian"] in groups
    assert not any("at least 16 people" in g and "one civilian" in g for g in groups)


def test_the_airport_in_a_town_is_the_towns_airport_and_homes_are_houses(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Rebels seize Goma airport\n\nM23 rebels captured Goma airport on Tuesday. At least 100 "
        "people have been killed in the fighting, doctors said. At least 45 homes were burned.\n",
        "b.txt": "Airport falls\n\nM23 fighters seized the airport in Goma on Tuesday. The toll from the "
        "fighting has risen to more than 120, doctors said. The fighters burned at least 45 houses.\n",
    }
    with _reconciled(tmp_path, articles, "2025-01-28") as store:
        tolls = _grouped(store, "casualties", "text")
        counts = _grouped(store, "quantity", "text")
    assert ["At least 100 people", "more than 120"] in tolls
    assert ["At least 45 homes", "at least 45 houses"] in counts


def test_a_fuel_port_is_the_port_and_martyrs_are_killed_beside_the_wounded(tmp_path: Path) -> None:
    articles = {
        "a.txt": "US strikes on Yemen's Ras Isa fuel port kill 74\n\nU.S. airstrikes on the Ras Isa fuel "
        "port killed at least 74 people and wounded 171 others, the rebels said Friday.\n",
        "b.txt": "Toll rises\n\nThe death toll from the American aggression on Ras Isa port has risen to 80 "
        "martyrs and 150 wounded, the Ministry of Health announced on Friday.\n",
    }
    with _reconciled(tmp_path, articles, "2025-04-18") as store:
        status = {
            tuple(sorted(c.text for c in store.claims_by_ids(cluster.claim_ids))): cluster.status
            for cluster in store.clusters(kind="casualties")
        }
    assert status[("150 wounded", "171 others")] == "conflict"
    assert status[("74", "80 martyrs", "at least 74 people")] == "agree"


def test_patients_in_hospital_are_not_the_wounded_toll_and_a_venue_word_is_generic(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Concert hall attack\n\nGunmen attacked the Crocus City Hall music venue in Krasnogorsk on "
        "Friday. The Health Ministry says 182 people were injured, of whom 97 remain in hospital.\n",
        "b.txt": "Toll rises\n\nGunmen attacked the Crocus City Hall in Krasnogorsk on Friday. More than 140 "
        "people were wounded, officials said. 107 people remain in hospitals, 28 of them in critical "
        "condition.\n",
    }
    with _reconciled(tmp_path, articles, "2024-03-24") as store:
        tolls = _grouped(store, "casualties", "text")
        attacks = _grouped(store, "attack", "text")
    assert ["182 people", "More than 140 people"] in tolls
    assert ["107 people", "97"] in tolls  # patients still in hospital, told apart from the wounded
    assert ["28"] in tolls
    assert len(attacks) == 1  # the music venue is the hall


def test_patients_moved_are_in_care_and_a_region_is_one_by_its_aliases(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Toll rises\n\nThe ombudsman said on Tuesday that at least 200 people were killed in "
        "Nagorno-Karabakh. Most of the injured are in critical condition, the ministry said, adding that 168 "
        "patients had been transferred to Armenia.\n",
        "b.txt": "Ceasefire\n\nThe ombudsman said on Tuesday that at least 200 people were killed in "
        "Karabakh.\n",
    }
    with _reconciled(tmp_path, articles, "2023-09-20") as store:
        tolls = _grouped(store, "casualties", "text")
        facets = {c.text: c for c in store.claims(kind="casualties")}
    assert ["at least 200 people", "at least 200 people"] in tolls
    assert facets["168 patients"].subject == "patients"
    assert ["168 patients"] in tolls  # in care, not among the dead (its own cluster, apart from the 200)


def test_people_trapped_rescued_and_fled_are_different_facts(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Attack on Palma\n\nAbout 180 people, including foreign workers, had been trapped in the "
        "hotel in Palma, security sources said. A contractor said his helicopters had airlifted at least 120 "
        "people from Palma. Boats carrying around 1,300 people who had fled Palma arrived in Pemba.\n",
        "b.txt": 'Palma rescue\n\nThe army said it had rescued "hundreds of people" in Palma.\n',
    }
    with _reconciled(tmp_path, articles, "2021-03-28") as store:
        counts = _grouped(store, "strength", "text")
        keys = sorted(c.key.split("|")[1] for c in store.clusters(kind="strength"))
    assert ["About 180 people"] in counts and ["around 1,300 people"] in counts
    assert ["at least 120 people", "hundreds of people"] in counts  # both tell the rescue
    assert keys == ["count:people:displaced", "count:people:rescued", "count:people:trapped"]


def test_a_forced_displacement_and_people_confined_at_home_are_different_facts(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Catatumbo\n\nThe Ombudsman's Office has recorded the forced displacement of 18,000 people "
        "from Tibu since 16 January. In Tibu alone, 8,000 people are confined in their homes.\n",
    }
    with _reconciled(tmp_path, articles, "2025-01-21") as store:
        keys = sorted(c.key.split("|")[1] for c in store.clusters(kind="strength"))
    assert keys == ["count:people:displaced", "count:people:trapped"]


def test_children_included_in_a_toll_share_its_outcome_whatever_follows(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Pager blasts\n\nThe minister said the toll of yesterday's pager explosions in Lebanon has "
        "risen to 12 martyrs, including two children, and around 2,750 wounded.\n",
    }
    with _reconciled(tmp_path, articles, "2024-09-18") as store:
        keys = {c.key.split("|")[1] for c in store.clusters(kind="casualties")}
    assert {"killed:any", "killed:children", "wounded:any"} <= keys
    assert "wounded:children" not in keys


def test_a_place_inside_a_sides_name_anchors_nothing_and_surrendered_officers_are_taken(
    tmp_path: Path,
) -> None:
    articles = {
        "a.txt": "Helicopter attacked\n\nA UN helicopter came under fire in Nasir on Friday. A South Sudan "
        "People's Defence Forces general and several other soldiers also lost their lives. The UN has about "
        "18,000 personnel deployed across South Sudan.\n",
        "b.txt": "Soldiers killed in Nasir\n\nSeveral soldiers were killed in Nasir on Friday, officials "
        "said. Hundreds of soldiers surrendered, including a brigadier general, the group said.\n",
    }
    with _reconciled(tmp_path, articles, "2025-03-08") as store:
        tolls = _grouped(store, "casualties", "text")
        key_of = {
            claim.text: cluster.key.split("|")[1]
            for cluster in store.clusters(kind="casualties")
            for claim in store.claims_by_ids(cluster.claim_ids)
        }
    assert ["Several soldiers", "several other soldiers"] in tolls  # Nasir's, not South Sudan's
    assert key_of["a brigadier general"] == "captured:combatants"  # surrendered with his men, not killed


def test_a_drone_strike_is_an_air_strike(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Strike on Finote Selam\n\nA drone strike on a square in Finote Selam killed 26 people on "
        "Sunday, a hospital official said.\n",
        "b.txt": "Airstrike kills 26\n\nAn airstrike on a square in Finote Selam killed 26 people on Sunday, "
        "residents said.\n",
    }
    with _reconciled(tmp_path, articles, "2023-08-14") as store:
        (cause,) = store.clusters(kind="cause")
    assert cause.status == "agree"


def test_soldiers_detained_with_their_general_are_captured_not_killed(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Command falls\n\nThe AA captured the Western Command in Ann on Friday. It said it had "
        'detained a brigadier general and "more than 300" soldiers in Ann.\n',
    }
    with _reconciled(tmp_path, articles, "2024-12-21") as store:
        keys = {c.key.split("|")[1] for c in store.clusters(kind="casualties")}
    assert keys == {"captured:combatants"}


def test_children_among_the_injured_and_among_a_hedged_toll(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Strike on Sumy\n\nTwo missiles hit the centre of Sumy on Sunday, killing at least 34 "
        "people, including two children, and injuring 117 others. Among the injured were 15 children.\n",
    }
    with _reconciled(tmp_path, articles, "2025-04-13") as store:
        keyed = {
            c.key.split("|")[1]: sorted(x.text for x in store.claims_by_ids(c.claim_ids))
            for c in store.clusters(kind="casualties")
        }
    assert keyed["killed:children"] == ["two children"]
    assert keyed["wounded:children"] == ["15 children"]


def test_two_sides_tolls_are_two_facts_and_a_toll_naming_no_side_joins_the_one_side_told(
    tmp_path: Path,
) -> None:
    both_sides = {
        "a.txt": "Fighting near Sudzha\n\nUkrainian forces killed 200 Russian soldiers near Sudzha on "
        "Monday, the General Staff said.\n",
        "b.txt": "Battle for Sudzha\n\nRussian forces killed 300 Ukrainian servicemen near Sudzha on "
        "Monday, the Defence Ministry said. Another 40 servicemen were killed near Sudzha on Monday.\n",
    }
    (tmp_path / "sides").mkdir()
    with _reconciled(tmp_path / "sides", both_sides, "2024-08-13") as store:
        tolls = sorted(_grouped(store, "casualties", "text"))
    assert tolls == [["200 Russian soldiers"], ["300 Ukrainian servicemen"], ["40 servicemen"]]
    one_side = {
        "a.txt": "Ambush in Mali\n\nRebels said 47 Malian soldiers were killed near Tinzaouaten on "
        "Thursday.\n",
        "b.txt": "Convoy ambushed\n\nJNIM said it had killed 10 soldiers near Tinzaouaten on Thursday.\n",
    }
    (tmp_path / "one").mkdir()
    with _reconciled(tmp_path / "one", one_side, "2024-07-29") as store:
        (toll,) = store.clusters(kind="casualties")
        texts = sorted(c.text for c in store.claims_by_ids(toll.claim_ids))
    assert (texts, toll.status) == (["10 soldiers", "47 Malian soldiers"], "conflict")


def test_a_loss_told_by_the_loser_joins_the_one_capture_its_date_fits(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Army retakes Wad Madani\n\nSudan's army said on Saturday it had retaken Wad Madani from "
        "the RSF. The RSF captured Wad Madani in December 2023. More than 12 million people have been driven "
        "from their homes. About 300,000 people live in the city.\n",
        "b.txt": "Hemedti admits loss\n\nRSF commander Mohamed Hamdan Dagalo acknowledged on Sunday that his "
        "forces had lost Wad Madani.\n",
    }
    with _reconciled(tmp_path, articles, "2025-01-12") as store:
        captures = _grouped(store, "capture", "doc")
        keys = sorted(c.key.split("|")[1] for c in store.clusters(kind="strength"))
    assert sorted(captures) == [["a.txt"], ["a.txt", "a.txt", "b.txt"]]  # December 2023 stays apart
    assert keys == ["count:people:displaced", "count:people:resident"]


def test_women_among_the_dead_and_a_region_holding_the_town_do_not_split_the_toll(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Rebels attack church\n\nRebels from the ADF killed at least 21 people in an overnight "
        "attack on a church in Komanda on Sunday, a civil society leader said.\n",
        "b.txt": "Mission condemns attack\n\nThe Mission condemns the attack by the ADF on the night of 26 "
        "to 27 July 2025 against the parish of Komanda, in Ituri province.\n\nAccording to information "
        "gathered by the Mission, at least 43 people, including 19 women and 9 children, were killed "
        "during the attack.\n",
        "c.txt": "Toll rises to 43\n\nThe toll of the attack on the parish in Komanda rose to 43 dead, local "
        "civil society said. Among the victims are 19 women and 9 children. Ituri's governor announced "
        "mourning in Ituri.\n",
    }
    with _reconciled(tmp_path, articles, "2025-07-28") as store:
        groups = _grouped(store, "casualties", "text")
    assert sorted(groups) == [
        ["19 women", "19 women"],
        ["43", "43 dead", "at least 21 people", "at least 43 people"],
        ["9 children", "9 children"],
    ]


def test_where_a_teller_lives_is_not_where_the_toll_was_counted(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Hundreds feared dead in attack on Burkina town\n\nJihadists killed hundreds of people in "
        "an attack on the town of Barsalogho on Saturday, security sources said.\n\nA resident of Kaya, "
        'where many of the wounded were taken, put the number of dead at "around 300".\n',
        "b.txt": "Up to 600 dead in Burkina Faso\n\nAs many as 600 people were killed in Barsalogho on "
        "August 24, according to a French security assessment.\n\nKaya is the capital of the Centre-Nord "
        "region.\n",
    }
    with _reconciled(tmp_path, articles, "2024-08-27") as store:
        groups = _grouped(store, "casualties", "text")
    assert sorted(groups) == [
        [
            "As many as 600 people",
            "Hundreds feared dead",
            "Up to 600 dead",
            "around 300",
            "hundreds of people",
        ],
        ["many of the wounded"],
    ]


def test_each_sides_dead_and_wounded_are_their_own_facts_whatever_they_are_called(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Overnight fighting\n\nISLAMABAD, Oct 12 (Reuters) - Twenty-three Pakistani soldiers were "
        "killed in overnight clashes with Taliban forces in Kurram, Pakistan's military said on "
        "Sunday.\n\nThe Taliban spokesman, Zabihullah Mujahid, said that 58 Pakistani soldiers had "
        "been killed and about 30 wounded. He said nine Taliban fighters had been killed and 16 "
        "wounded.\n",
        "b.txt": "Retaliatory operations\n\nThe spokesman of the Islamic Emirate, Zabihullah Mujahid, said "
        "that 58 Pakistani soldiers were killed and 30 others were wounded in the clashes in Kurram "
        "last night. According to him, nine members of the Islamic Emirate forces were martyred "
        "and 16 others were wounded in the clashes.\n",
    }
    with _reconciled(tmp_path, articles, "2025-10-12") as store:
        groups = _grouped(store, "casualties", "text")
    assert sorted(groups) == [
        ["16 others", "16 wounded"],
        ["30 others", "about 30 wounded"],
        ["58 Pakistani soldiers", "58 Pakistani soldiers", "Twenty-three Pakistani soldiers"],
        ["nine Taliban fighters", "nine members"],
    ]


def test_a_unit_fighting_is_not_where_the_dead_were_counted(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Clashes in Tripoli\n\nThe ministry said that six bodies were recovered on Tuesday in Abu "
        "Salim, and that two people were killed in Souq al-Juma'a on Wednesday when clashes broke out "
        "between the 444th Brigade and Radaa.\n",
        "b.txt": "Calm returns\n\nTwo people were killed in Souq al-Juma'a on Wednesday, a medic said.\n",
    }
    with _reconciled(tmp_path, articles, "2025-05-15") as store:
        keys = [cluster.key for cluster in store.clusters(kind="casualties")]
        groups = _grouped(store, "casualties", "text")
    assert sorted(groups) == [["Two people", "two people"], ["six bodies"]]
    assert not [key for key in keys if "444th" in key]


def test_a_statements_listed_toll_and_a_denied_figure_join_the_versions_of_the_toll(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Hostages rescued\n\nIsraeli forces rescued four hostages from the Nuseirat camp "
        "on Saturday. Palestinian health officials said at least 274 people were killed in Nuseirat "
        "on Saturday and 698 people were wounded in Nuseirat.\n",
        "b.md": "# Massacre in Nuseirat\n\nThe occupation army committed a horrific massacre today in "
        "Nuseirat camp.\n\n## The toll\n\n- 210 martyrs, according to the Ministry of Health\n- More than "
        "400 wounded\n",
        "c.txt": "Under 100 killed, army says\n\nThe army said fewer than 100 Palestinians were killed in "
        "Nuseirat on Saturday, rejecting the health ministry's claim that more than 200 people died.\n\n"
        "Around 300 of the wounded were in critical condition, a doctor said.\n",
    }
    with _reconciled(tmp_path, articles, "2024-06-08") as store:
        groups = _grouped(store, "casualties", "text")
    assert sorted(groups) == [
        [
            "210 martyrs",
            "Under 100",
            "at least 274 people",
            "fewer than 100 Palestinians",
            "more than 200 people",
        ],
        ["698 people", "More than 400 wounded"],
        ["Around 300 of the wounded"],
        ["The occupation army committed a horrific massacre today in Nuseirat camp."],
    ]


def test_a_storys_figure_told_again_without_its_place_joins_its_first_telling(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Syrskyi: Ukraine controls 82 settlements in Kursk Oblast\n\nUkraine now controls 82 "
        "settlements in the region, Syrskyi said on Thursday. Ukrainian forces have also taken 104 "
        "Russian servicemen prisoner over the past day, he said.\n",
        "b.txt": "Kursk incursion\n\nUkraine controls 82 settlements in Kursk Oblast, its top commander "
        "said. Ukrainian troops killed 104 Russian servicemen in Kursk Oblast on Thursday.\n",
    }
    with _reconciled(tmp_path, articles, "2024-08-15") as store:
        captures = _grouped(store, "capture", "doc")
        casualties = _grouped(store, "casualties", "text")
    assert captures == [["a.txt", "a.txt", "b.txt"]]
    assert sorted(casualties) == [["104 Russian servicemen"], ["104 Russian servicemen"]]  # taken, killed


def test_the_terrorists_a_state_paper_counts_are_not_the_soldiers_a_rebel_counts(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Base falls\n\nKIA spokesman Colonel Naw Bu said resistance forces overran the base in "
        'Hpakant on Saturday. "We found the bodies of about 30 regime soldiers inside the camp," he said.\n',
        "b.txt": "Columns repel attacks\n\nTatmadaw columns defended the camp in Hpakant. More than 60 "
        "terrorists were killed in Hpakant during the attacks on Saturday.\n",
    }
    with _reconciled(tmp_path, articles, "2025-06-15") as store:
        groups = _grouped(store, "casualties", "text")
    assert sorted(groups) == [["More than 60 terrorists"], ["about 30 regime soldiers"]]


def test_fighters_of_no_named_side_killed_by_two_sides_are_two_facts(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Barsalogho attack\n\nJNIM claimed it had killed around 300 militiamen in Barsalogho on "
        "Saturday.\n",
        "b.txt": "Government statement\n\nOn Saturday, the army neutralised about 300 terrorists in "
        "Barsalogho.\n",
    }
    with _reconciled(tmp_path, articles, "2024-08-26") as store:
        groups = _grouped(store, "casualties", "text")
    assert sorted(groups) == [["about 300 terrorists"], ["around 300 militiamen"]]  # each side's dead


def test_soldiers_a_group_killed_are_not_that_groups_dead(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Attack on Barkaram\n\nAround 40 soldiers were killed by Boko Haram in Barkaram on Sunday, "
        "the presidency said. The provisional toll is about forty (40) dead among our defence and security "
        "forces in Barkaram on Sunday.\n",
        "b.txt": "Chad: army says 96 Boko Haram fighters killed in Barkaram on Sunday\n\nThe army said 96 "
        "Boko Haram fighters were killed in Barkaram on Sunday.\n",
    }
    with _reconciled(tmp_path, articles, "2024-10-28") as store:
        groups = _grouped(store, "casualties", "text")
    assert sorted(groups) == [
        ["96 Boko Haram fighters", "96 Boko Haram fighters"],
        ["Around 40 soldiers", "about forty (40) dead"],
    ]


def test_a_total_since_the_coup_is_no_version_of_a_villages_toll(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Airstrike on village\n\nAt least 165 people were killed when a jet bombed Pazigyi village "
        "on Tuesday, residents said. According to a rights group, the junta has killed more than 3,200 "
        "civilians since the coup.\n",
        "b.txt": "Massacre in Pazigyi\n\nMore than 50 civilians were killed in Pazigyi village on Tuesday, "
        'the ministry said. "We have collected 165 bodies so far," a rescuer in Pazigyi said.\n',
    }
    with _reconciled(tmp_path, articles, "2023-04-12") as store:
        groups = _grouped(store, "casualties", "text")
    assert sorted(groups) == [
        ["165 bodies", "At least 165 people", "More than 50 civilians"],  # the bodies counted so far too
        ["more than 3,200 civilians"],
    ]


def test_a_capture_told_a_day_apart_beside_the_losers_withdrawal_is_one_capture() -> None:
    def capture(claim_id: str, facet: str, day: int, actor: str | None) -> Features:
        return Features(claim_id, "capture", facet, ("bukavu",), (2025, 2, day), None, actor)

    sunday, left = capture("sunday", "target", 16, "m23"), capture("left", "event", 16, None)
    saturday = capture("saturday", "target", 15, "m23")
    groups = attach_near_captures([["left", "sunday"], ["saturday"]], [sunday, left, saturday])
    assert groups == [["left", "saturday", "sunday"]]  # 'the troops abandoned the city' stands with it


def test_an_undated_capture_joins_the_capture_its_reports_date_a_day_apart(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Airport falls\n\nM23 rebels seized Kavumu airport on Sunday, a local official said.\n",
        "b.txt": "Rebels advance\n\nM23 fighters captured Kavumu airport on Saturday, residents said.\n",
        "c.txt": "At the airport\n\nM23 rebels have taken control of Kavumu airport, a witness said.\n",
    }
    with _reconciled(tmp_path, articles, "2025-02-17") as store:
        groups = _grouped(store, "capture", "doc")
    assert groups == [["a.txt", "b.txt", "c.txt"]]  # not 'c' apart for want of a single day to join


def test_both_sides_accounts_of_one_battle_are_one_fact(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Battle\n\nHezbollah fighters clashed with Israeli troops in Maroun al-Ras on Tuesday.\n",
        "b.txt": "Statement\n\nIDF soldiers fought Hezbollah operatives in close-quarters combat in Maroun "
        "al-Ras on Tuesday.\n",
    }
    with _reconciled(tmp_path, articles, "2024-10-02") as store:
        groups = _grouped(store, "attack", "doc")
    assert groups == [["a.txt", "b.txt"]]  # fighting has two sides, not one doer each


def test_an_interceptor_and_a_rocket_are_two_causes(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Golan strike\n\nTwelve children were killed in Majdal Shams on Saturday when a rocket hit "
        "a soccer field, medics said.\n",
        "b.txt": "Golan blast\n\nTwelve people were killed in an explosion in Majdal Shams on Saturday. "
        "Sources said the blast in Majdal Shams on Saturday was caused by an Iron Dome interceptor.\n",
    }
    with _reconciled(tmp_path, articles, "2024-07-28") as store:
        (cause,) = store.clusters(kind="cause")
    assert cause.status == "conflict" and "air defence" in cause.reasons[0]


def test_seized_vehicles_told_with_and_without_the_taker_are_one_count(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Djibo attack\n\nJNIM said its fighters had seized 40 motorcycles in Djibo on Sunday.\n",
        "b.txt": "Claim\n\nThe mujahideen took the camp in Djibo on Sunday, seizing 40 motorcycles.\n",
    }
    with _reconciled(tmp_path, articles, "2025-05-12") as store:
        groups = _grouped(store, "quantity", "doc")
    assert groups == [["a.txt", "b.txt"]]  # whose machines they now are is no part of the count


def test_the_town_referred_to_by_its_noun_is_the_one_introduced_with_it(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Avdiivka falls\n\nUkraine said on Saturday it was withdrawing its troops from the eastern "
        "town of Avdiivka, Russia's biggest gain since it captured the city of Bakhmut in May last year.\n\n"
        "Ukraine's commander-in-chief said he had decided to withdraw units from the town to save lives.\n",
        "b.txt": "Statement\n\nRussian forces have taken full control of Avdiivka, the defence ministry "
        "said on Saturday.\n",
    }
    with _reconciled(tmp_path, articles, "2024-02-17") as store:
        groups = _grouped(store, "capture", "text")
    withdrawal = (
        "Ukraine's commander-in-chief said he had decided to withdraw units from the town to save lives."
    )
    assert sorted(groups) == [
        ["Avdiivka", withdrawal, "the eastern town of Avdiivka"],
        ["the city of Bakhmut"],
    ]  # a side's withdrawal and the other's capture are one fact; 'the town' is Avdiivka, not Bakhmut


def test_a_toll_risen_to_is_the_dead_and_others_are_more_of_the_attackers(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Beach attack\n\nThe death toll from an attack by al-Shabab fighters on a beach in "
        "Somalia's capital, Mogadishu, has risen to 37, police say, with 212 others wounded.\n",
        "b.txt": "Beach attack toll\n\nAt least 32 people were killed and 63 injured in Mogadishu on Friday, "
        "police said. One of the attackers was killed and another was captured alive, while security forces "
        "shot dead three others.\n",
    }
    with _reconciled(tmp_path, articles, "2024-08-03") as store:
        keyed = sorted(
            (c.key.split("|")[1], sorted(x.text for x in store.claims_by_ids(c.claim_ids)))
            for c in store.clusters(kind="casualties")
        )
    assert keyed == [
        ("killed:fighters", ["One of the attackers"]),
        ("killed:fighters", ["three others"]),  # more attackers, not security forces nor the police
        ("killed:people", ["37", "At least 32 people"]),
        ("wounded:people", ["212 others", "63 injured"]),  # before: 37, read as wounded
    ]


def test_a_bomb_agrees_with_a_suicide_bombing_but_not_with_mortar_fire(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Market attack\n\nA suicide bomber blew herself up at a market in Konduga on Saturday, "
        "officials said.\n",
        "b.txt": "Market blast\n\nA bomb exploded at a market in Konduga on Saturday, police said.\n",
    }
    (tmp_path / "a").mkdir()
    with _reconciled(tmp_path / "a", articles, "2024-07-01") as store:
        (cause,) = store.clusters(kind="cause")
    assert cause.status == "agree"
    articles["b.txt"] = "Market shelling\n\nMortar rounds hit a market in Konduga on Saturday, police said.\n"
    (tmp_path / "b").mkdir()
    with _reconciled(tmp_path / "b", articles, "2024-07-01") as store:
        (cause,) = store.clusters(kind="cause")
    assert cause.status == "conflict" and "mortar" in cause.reasons[0]


def test_others_listed_after_a_soldier_in_a_headline_are_people_not_soldiers(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Soldier, six others killed as bombers hit wedding in Konduga\n\nThe attack happened on "
        "Saturday.\n",
        "b.txt": "Wedding attack\n\nSeven civilians were killed at a wedding in Konduga on Saturday.\n",
    }
    with _reconciled(tmp_path, articles, "2024-07-01") as store:
        grouped = _grouped(store, "casualties", "text")
    assert ["Seven civilians", "six others"] in grouped


def test_parts_of_the_wounded_listed_after_of_the_wounded_are_no_version_of_their_toll(
    tmp_path: Path,
) -> None:
    articles = {
        "a.txt": "Market strike\n\nA missile strike on the market in Dobropillia killed 12 people and "
        "wounded 40 on Monday, the governor said.\n",
        "b.txt": "Dobropillia strike\n\nForty people were wounded in the strike on the Dobropillia market on "
        "Monday, officials said.\n\nOf the 40 wounded taken to hospitals, 9 are children and 22 men.\n",
    }
    with _reconciled(tmp_path, articles, "2024-06-11") as store:
        groups = _grouped(store, "casualties", "text")
    assert sorted(groups) == [
        ["12 people"],
        ["22 men"],
        ["40", "40 wounded", "Forty people"],
        ["9 are children"],
    ]


def test_a_part_of_the_victims_is_no_version_of_the_toll(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Market strike\n\nThe strike on the market in Dobropillia killed 30 people on Monday.\n",
        "b.txt": "Dobropillia strike\n\nThirty people died in the strike on the Dobropillia market on "
        "Monday, the governor said. He said 9 of the victims died in hospital.\n",
    }
    with _reconciled(tmp_path, articles, "2024-06-11") as store:
        groups = _grouped(store, "casualties", "text")
    assert sorted(groups) == [["30 people", "Thirty people"], ["9 of the victims"]]


def test_a_place_written_with_two_spaces_is_one_place_and_reconciles(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Town seized\n\nThe militants claimed the seizure of Kourou  Gana on Sunday.\n",
        "b.txt": "Kourou Gana\n\nMilitants seized Kourou Gana on Sunday, residents said.\n",
    }
    with _reconciled(tmp_path, articles, "2025-05-12") as store:
        places = sorted({c.place for c in store.claims() if c.kind == "capture"})
        assert places == ["Kourou Gana"]
        assert _grouped(store, "capture", "doc") == [["a.txt", "b.txt"]]


def test_an_auxiliary_and_the_forces_it_fights_for_tell_one_capture(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Soledar\n\nWagner fighters captured Soledar on Friday, the group's founder said.\n",
        "b.txt": "Soledar falls\n\nRussian forces captured Soledar on Friday. Soledar was captured after "
        "weeks of fighting, residents said.\n",
    }
    with _reconciled(tmp_path, articles, "2023-01-14") as store:
        assert _grouped(store, "capture", "doc") == [["a.txt", "b.txt", "b.txt"]]


def test_a_missile_and_burned_sailors_are_no_conflict_of_means_but_missile_and_mine_are() -> None:
    causes = [
        _claim(
            "a",
            None,
            None,
            kind="cause",
            text="Five crew were badly burned after a missile struck the tanker",
        ),
        _claim("b", None, None, kind="cause", text="the rebels fired a ballistic missile at the tanker"),
        _claim("c", None, None, kind="cause", text="jets fired missiles at the port"),
    ]
    verdict = assess(causes, {"a": "x", "b": "y", "c": "z"}, alias_tables())
    assert (verdict.status, verdict.reasons) == (ClusterStatus.AGREE, [])
    mined = [*causes[:1], _claim("d", None, None, kind="cause", text="the tanker hit a mine")]
    assert assess(mined, {"a": "x", "d": "y"}, alias_tables()).status == ClusterStatus.CONFLICT


def test_sailors_and_crew_members_killed_are_one_toll(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Tanker hit\n\nTwo sailors were killed when rebels fired a missile at a tanker near Mokha "
        "on Monday.\n",
        "b.txt": "Tanker\n\nTwo crew members died when rebels fired a missile at a tanker near Mokha on "
        "Monday.\n",
    }
    with _reconciled(tmp_path, articles, "2024-03-05") as store:
        assert _grouped(store, "casualties", "doc") == [["a.txt", "b.txt"]]


def test_staff_and_staff_members_killed_are_one_toll_and_no_fighters(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Hospital hit\n\nFive staff were killed when an airstrike hit the hospital in Kunduz on "
        "Saturday.\n",
        "b.txt": "Hospital\n\nFive staff members died when an airstrike hit the hospital in Kunduz on "
        "Saturday.\n",
        "c.txt": "Clashes\n\nFive soldiers were killed in clashes in Kunduz on Saturday.\n",
    }
    with _reconciled(tmp_path, articles, "2015-10-04") as store:
        assert _grouped(store, "casualties", "doc") == [["a.txt", "b.txt"], ["c.txt"]]


def test_sums_reconcile_only_when_they_price_the_same_thing_and_a_company_is_no_place(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Mora attack\n\nGunmen attacked Mora, near the $20 billion gas project that the mining "
        "company Orano is building, less than 8 km from Orano's camp.\n",
        "b.txt": "Mora raid\n\nMora is a hub for gas projects worth about $60bn. Orano leads a $20 billion "
        "project nearby.\n",
    }
    with _reconciled(tmp_path, articles, "2021-03-29") as store:
        sums = {
            tuple(sorted(c.quantity.low for c in members))
            for members in (store.claims_by_ids(cl.claim_ids) for cl in store.clusters(kind="quantity"))
            if any(c.subject == "dollars" for c in members)
        }
        assert sums == {(20_000_000_000, 20_000_000_000), (54_000_000_000,)}
        assert "Orano" not in {c.place for c in store.claims()}
