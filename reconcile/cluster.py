"""Blocking + pair rule + union-find: every claim ends in exactly one cluster (singletons too)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from reconcile.facets import SIDED_PEOPLE, DateKey, Features, state_side, values_meet
from reconcile.ids import derived_id
from reconcile.models import period_days, periods_overlap


def dates_compatible(a: DateKey | None, b: DateKey | None) -> bool:
    """Equal at their common precision ('2023-10' fits '2023-10-09'); an unknown date fits any."""
    if a is None or b is None:
        return True
    for x, y in zip(a, b, strict=True):
        if x is None or y is None:
            return True
        if x != y:
            return False
    return True


def periods_compatible(
    a: DateKey | None, a_end: DateKey | None, b: DateKey | None, b_end: DateKey | None
) -> bool:
    """Dates compatible at their common precision; a period ('last week') fits any date it overlaps, unless
    one is a long stretch and the other a few days: the war's toll since April 2023 is not the toll of
    one week's attack within it."""
    if a is None or b is None or (a_end is None and b_end is None):
        return dates_compatible(a, b)
    if not periods_overlap(a, a_end or a, b, b_end or b):
        return False
    lengths = sorted((period_days(a, a_end or a), period_days(b, b_end or b)))
    return not (lengths[0] <= SHORT_PERIOD_DAYS and lengths[1] > LONG_PERIOD_DAYS)


SHORT_PERIOD_DAYS = 7
LONG_PERIOD_DAYS = 62
"""A period of a few days (an attack, 'since Friday') and one of months or years (a war's running toll)
tell different facts even where they overlap."""


def features_compatible(a: Features, b: Features) -> bool:
    return periods_compatible(a.date, a.date_end, b.date, b.date_end)


def block_keys(f: Features) -> list[tuple]:
    """The blocks a claim falls in: one per anchor entity, with its kind, facet and as-of date.

    Only claims sharing a block can be versions of one fact. Different as-of dates are points of a
    time series, and a place captured on two dates is a timeline, so neither shares a fact.
    """
    return [(f.kind, f.facet, anchor, f.as_of) for anchor in f.anchors]


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _groups(features: Sequence[Features], uf: _UnionFind) -> list[list[str]]:
    members: dict[int, list[str]] = defaultdict(list)
    for i, f in enumerate(features):
        members[uf.find(i)].append(f.claim_id)
    return sorted(sorted(group) for group in members.values())


def _join_block(members: list[int], features: Sequence[Features], compatible: _Pairs, uf: _UnionFind) -> None:
    """Inside one block, claims by different actors stay apart (a capture and its recapture); an event
    that names no actor goes with the one actor the block has; beside several, a dated one goes with the
    one actor whose every claim its date fits, else it stays with the other actorless claims. A count
    that names no actor stays apart: 'a base' beside 'over 80 outposts' taken by the KIA is more likely
    another fact than a disagreement."""
    by_actor: dict[str | None, list[int]] = defaultdict(list)
    for i in members:
        by_actor[features[i].actor].append(i)
    named = [actor for actor in by_actor if actor is not None]
    counting = features[members[0]].facet.startswith("count:")
    if len(named) == 1 and None in by_actor and not counting:
        _join_dates(by_actor[named[0]] + by_actor[None], features, compatible, uf)
        return
    if len(named) > 1 and None in by_actor and not counting:
        told = {a: [features[j] for j in by_actor[a]] for a in named}
        unclaimed = []
        for i in by_actor[None]:  # 'his forces had lost Wad Madani' on the day only the army took it
            fitting = [a for a in named if _dated_alike(features[i], told[a])]
            (by_actor[fitting[0]] if len(fitting) == 1 else unclaimed).append(i)
        by_actor[None] = unclaimed
    for part in by_actor.values():
        _join_dates(part, features, compatible, uf)


def _dated_alike(f: Features, others: list[Features]) -> bool:
    """Whether a dated claim fits the date of every one of `others` (an undated one fits any)."""
    return f.date is not None and all(features_compatible(f, g) for g in others)


def _join_dates(members: list[int], features: Sequence[Features], compatible: _Pairs, uf: _UnionFind) -> None:
    """Dated claims join when their dates are compatible, the closest dates first, and a group joins
    another only when every date of one fits every date of the other: '2025' fits both 'April 2' and
    'April 18' but does not make them one event. An undated claim joins the one event its story could
    tell of (one dated by the day the story was published; beside two or more the date is ambiguous) or
    the one telling the same figure; the rest join each other."""
    dated = [i for i in members if features[i].date is not None]
    undated = [i for i in members if features[i].date is None]
    local = _UnionFind(len(dated))
    if len(dated) > 1:
        _join_closest_first(dated, features, compatible, local, uf)
    events = {local.find(x) for x in range(len(dated))}
    if len(events) > 1:
        undated = [i for i in undated if not _join_the_same_figure(i, dated, features, local, uf)]
    of_event: dict[int, list[int]] = defaultdict(list)
    for x, i in enumerate(dated):
        of_event[local.find(x)].append(i)
    left = []
    for i in undated:  # a 2024 story's undated sentence is no version of a 2025 recapture, nor of 2016's
        told_of = [
            e
            for e, known in of_event.items()
            if all(
                _told_by_then(features[i], features[j]) and _of_its_time(features[i], features[j])
                for j in known
            )
        ]
        if len(told_of) == 1:
            uf.union(i, of_event[told_of[0]][0])
        else:
            left.append(i)
    for i in left[1:]:
        uf.union(left[0], i)


def _told_by_then(undated: Features, dated: Features) -> bool:
    """Whether the undated claim's document was published by the first day the dated claim can fall on,
    give or take the days a report's date may be off (an unknown publication day fits any)."""
    if undated.told is None or dated.date is None:
        return True
    year, month, day = undated.told
    latest_told = dt.date(year, month or 12, day or 28) + dt.timedelta(days=NEAR_DAYS)
    return latest_told >= dt.date(dated.date[0], dated.date[1] or 1, dated.date[2] or 1)


RECENT_DAYS = 366


def _of_its_time(undated: Features, dated: Features) -> bool:
    """Whether the dated claim may have ended within a year before the undated claim's document was
    published: a story tells its undated events as news ('Opposition fighters have taken control of most of
    Aleppo'), not as the background it dates ('recaptured its eastern districts' in 2016)."""
    if undated.told is None or dated.date is None:
        return True
    year, month, day = dated.date_end or dated.date
    last_day = dt.date(year, month or 12, day or 28)
    told_year, told_month, told_day = undated.told
    return (dt.date(told_year, told_month or 1, told_day or 1) - last_day).days <= RECENT_DAYS


def _join_the_same_figure(
    i: int, dated: list[int], features: Sequence[Features], local: _UnionFind, uf: _UnionFind
) -> bool:
    """An undated figure among several dated events joins the one event that tells the very same figure
    ('at least 200 people' beside a dated 'at least 200 people' and a war's '30,000' of 1988); True when
    it did."""
    value = features[i].value
    if value is None:
        return False
    same = {local.find(x): dated[x] for x, j in enumerate(dated) if features[j].value == value}
    if len(same) != 1:
        return False
    uf.union(i, next(iter(same.values())))
    return True


def _join_closest_first(
    dated: list[int], features: Sequence[Features], compatible: _Pairs, local: _UnionFind, uf: _UnionFind
) -> None:
    """The dated claims of a block joined as _join_dates says; `local` is indexed like `dated`. Each
    group keeps the set of its distinct dates, so the every-date check costs little."""
    periods = [_period(features[i]) for i in dated]
    widths = [period_days(start, end or start) for start, end in periods]
    ranks = [_sortable(period) for period in periods]
    dates_of = {x: {period} for x, period in enumerate(periods)}

    def closest_first(pair: tuple[int, int]) -> tuple:
        """Equal dates first, then the pairs whose wider date covers the fewest days; ties by the dates."""
        x, y = pair
        rx, ry = ranks[x], ranks[y]
        return (rx != ry, max(widths[x], widths[y]), min(rx, ry), max(rx, ry))

    for x, y in sorted(compatible(dated), key=closest_first):
        a, b = local.find(x), local.find(y)
        if a == b or not all(periods_compatible(*p, *q) for p in dates_of[a] for q in dates_of[b]):
            continue
        local.union(a, b)
        dates_of[local.find(a)] = dates_of[a] | dates_of[b]
        uf.union(dated[x], dated[y])


_Pairs = Callable[[list[int]], Iterable[tuple[int, int]]]


def _period(f: Features) -> tuple[DateKey, DateKey | None]:
    assert f.date is not None
    return f.date, f.date_end


def _sortable(period: tuple[DateKey, DateKey | None]) -> tuple:
    """A period as comparable numbers, an unknown month or day as 0, a single date as its own end."""
    start, end = period
    return tuple(x or 0 for x in start) + tuple(x or 0 for x in end or start)


def _cluster(
    features: Sequence[Features], links: Iterable[tuple[str, str]], compatible_in: Callable
) -> list[list[str]]:
    uf = _UnionFind(len(features))
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        for key in block_keys(f):
            blocks[key].append(i)
    for members in blocks.values():
        _join_block(members, features, compatible_in(features), uf)
    position = {f.claim_id: i for i, f in enumerate(features)}
    for a, b in links:
        if a in position and b in position:
            uf.union(position[a], position[b])
    return _groups(features, uf)


def _by_distinct_dates(features: Sequence[Features]) -> _Pairs:
    """Compatible pairs, found by grouping equal dates and comparing only distinct dates pairwise."""

    def pairs(dated: list[int]) -> Iterator[tuple[int, int]]:
        by_date: dict[tuple[DateKey | None, DateKey | None], list[int]] = defaultdict(list)
        for x, i in enumerate(dated):
            by_date[(features[i].date, features[i].date_end)].append(x)
        dates = list(by_date)
        for date in dates:
            first = by_date[date][0]
            for x in by_date[date][1:]:
                yield first, x
        for n, a in enumerate(dates):
            for b in dates[n + 1 :]:
                if periods_compatible(*a, *b):
                    yield by_date[a][0], by_date[b][0]

    return pairs


def _all_pairs(features: Sequence[Features]) -> _Pairs:
    def pairs(dated: list[int]) -> Iterator[tuple[int, int]]:
        for x, i in enumerate(dated):
            for y in range(x + 1, len(dated)):
                if features_compatible(features[i], features[dated[y]]):
                    yield x, y

    return pairs


def cluster_features(features: Sequence[Features], links: Iterable[tuple[str, str]] = ()) -> list[list[str]]:
    """Clusters as sorted lists of claim ids, from blocks plus explicit `links` (claims in copied sentences).

    Cost grows with the number of claims plus the square of distinct dates per block.
    """
    return _cluster(features, links, _by_distinct_dates)


def brute_force_clusters(
    features: Sequence[Features], links: Iterable[tuple[str, str]] = ()
) -> list[list[str]]:
    """The reference that compares every pair of dated claims in a block; tests hold the fast path to it."""
    return _cluster(features, links, _all_pairs)


def assign_cluster_ids(groups: list[list[str]], previous: dict[str, str]) -> dict[str, list[str]]:
    """Cluster id -> claim ids. A cluster keeps the id of the old cluster most of its claims were in,
    so a reviewer's decisions stay attached when clusters grow; new clusters get a content-derived id.
    """
    out: dict[str, list[str]] = {}
    for group in sorted(groups, key=lambda g: (-len(g), g[0])):
        votes = Counter(previous[c] for c in group if c in previous)
        chosen = next(
            (cid for cid, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])) if cid not in out), None
        )
        if chosen is None:
            chosen = derived_id("clu", group[0])
            if chosen in out:  # the claim's old cluster id went to a bigger group: derive another
                chosen = derived_id("clu", *group)
        out[chosen] = group
    return out


def separate_same_sentence(
    groups: list[list[str]], figures: dict[str, tuple[tuple, int, tuple]]
) -> list[list[str]]:
    """A sentence gives one version of each fact per source: two different figures from one sentence ('over 80
    outposts, including 11 battalion headquarters') are two facts, so the later ones leave the group.
    Those leaving with the same figure stay together: two outlets' '10 women' among '70 people' killed.

    `figures` maps a numeric claim id to (its sentence key, its offset, its interval); the key tells a
    denied figure or another source's apart from the sentence's own.
    """
    out: list[list[str]] = []
    for group in groups:
        first_in_sentence: dict[tuple, tuple] = {}
        kept: list[str] = []
        leaving: dict[tuple, list[str]] = defaultdict(list)
        for claim_id in sorted(group, key=lambda c: figures[c][1] if c in figures else -1):
            figure = figures.get(claim_id)
            if figure is None:
                kept.append(claim_id)
                continue
            sentence, _, interval = figure
            if first_in_sentence.setdefault(sentence, interval) == interval:
                kept.append(claim_id)
            else:
                leaving[interval].append(claim_id)
        out.append(sorted(kept))
        out += [sorted(ids) for ids in leaving.values()]
    return out


def _join_the_one(merged: list[list[str]], index: int, targets: Iterable[int]) -> None:
    """Move group `index` into the one group of `targets`; with none or several, leave it, never guess."""
    targets = list(targets)
    if len(targets) == 1:
        merged[targets[0]] += merged[index]
        merged[index] = []


_NIGHT = 2
"""Days a told period may span and still be one event's: 'overnight clashes' run from one day to the next."""


def _days_told(f: Features) -> list[DateKey]:
    """The days a claim's date covers: its day, or each day of a period of up to two days."""
    if f.date is None or f.date[2] is None:
        return []
    if f.date_end is None:
        return [f.date]
    if f.date_end[2] is None:
        return []
    first = dt.date(f.date[0], f.date[1] or 1, f.date[2])
    last = dt.date(f.date_end[0], f.date_end[1] or 1, f.date_end[2])
    days = (last - first).days
    if not 0 <= days < _NIGHT:
        return []
    return [(d.year, d.month, d.day) for d in (first + dt.timedelta(days=i) for i in range(days + 1))]


_PEOPLE = ":people"


def attach_unanchored(groups: list[list[str]], features: Sequence[Features]) -> list[list[str]]:
    """A claim that names no place but a day ('an attack on 9 October killed scores of civilians')
    joins the one cluster of its kind and facet that tells an event on that day by a compatible actor,
    when there is exactly one; with none or several it stays apart rather than guess."""
    feature_of = {f.claim_id: f for f in features}
    by_day: dict[tuple, set[int]] = defaultdict(set)
    as_people: dict[tuple, set[int]] = defaultdict(set)  # consulted only when no group has the facet itself
    actors: dict[int, set[str]] = defaultdict(set)
    for index, group in enumerate(groups):
        for claim_id in group:
            f = feature_of[claim_id]
            if f.actor:
                actors[index].add(f.actor)
            for day in _days_told(f) if f.anchors else ():
                by_day[(f.kind, f.facet, day)].add(index)
                if f.facet.endswith(_PEOPLE):  # '698 people were wounded' is what '698 wounded' counts
                    as_people[(f.kind, f.facet.removesuffix(_PEOPLE) + ":any", day)].add(index)
    merged = [list(group) for group in groups]
    for index, group in enumerate(groups):
        members = [feature_of[c] for c in group]
        days = {
            (f.kind, f.facet, f.date)
            for f in members
            if f.date and f.date[2] is not None and f.date_end is None
        }
        if any(f.anchors for f in members) or len(days) != 1:
            continue
        mine = actors.get(index, set())
        day = next(iter(days))
        same_day = by_day.get(day) or as_people.get(day, set())
        targets = {t for t in same_day if actors[t] == mine}
        if not targets and not mine:  # no actor named: any one event that day
            targets = same_day
        _join_the_one(merged, index, targets)
    return [sorted(group) for group in merged if group]


def attach_restated(groups: list[list[str]], features: Sequence[Features]) -> list[list[str]]:
    """A figure a story tells again without its place ('Ukraine now controls 82 settlements in the
    region' under the headline 'Ukraine controls 82 settlements in Kursk Oblast') joins the one group
    holding the same story's same figure of the same kind and facet where it named one; with none or
    several it stays apart."""
    feature_of = {f.claim_id: f for f in features}
    told: dict[tuple, set[int]] = defaultdict(set)
    for index, group in enumerate(groups):
        for f in (feature_of[c] for c in group):
            if f.anchors and f.value is not None:
                told[(f.doc_id, f.kind, f.facet, f.value)].add(index)
    merged = [list(group) for group in groups]
    for index, group in enumerate(groups):
        members = [feature_of[c] for c in group]
        if any(f.anchors or f.value is None for f in members):
            continue
        keys = {(f.doc_id, f.kind, f.facet, f.value) for f in members}
        targets = set().union(*(told.get(key, set()) for key in keys))
        if all(features_compatible(f, feature_of[c]) for t in targets for c in groups[t] for f in members):
            _join_the_one(merged, index, targets)
    return [sorted(group) for group in merged if group]


def attach_events_to_targets(groups: list[list[str]], features: Sequence[Features]) -> list[list[str]]:
    """An attack told as an event ('the attack resulted in 29 deaths'), dated and anchored on the places
    of its paragraph, joins the one attack on a named target ('attacked Munglai Hkyet', 'the cadet
    school near Laiza') that shares a place, a compatible date and a compatible actor; with none or
    several it stays apart. An undated event joins the one such target its own story dates. A group that
    already holds targets is not moved."""
    feature_of = {f.claim_id: f for f in features}
    targets: dict[str, set[int]] = defaultdict(set)
    named: dict[str, set[int]] = defaultdict(set)  # by the place a target is, not one it lies near
    for index, group in enumerate(groups):
        for f in (feature_of[c] for c in group):
            if f.facet == "target" and f.date is not None:
                for anchor in f.anchors + f.near:
                    targets[f"{f.kind}|{anchor}"].add(index)
                for anchor in f.anchors:
                    named[f"{f.kind}|{anchor}"].add(index)
    merged = [list(group) for group in groups]
    for index, group in enumerate(groups):
        members = [feature_of[c] for c in group]
        if any(f.facet != "event" or not f.anchors for f in members):
            continue
        undated = all(f.date is None for f in members)
        by_place = named if undated else targets
        candidates = set().union(*(by_place.get(f"{f.kind}|{a}", set()) for f in members for a in f.anchors))
        fitting = {
            t
            for t in candidates
            if t != index
            and merged[t]
            and _fits(members, [feature_of[c] for c in groups[t]])
            and not (undated and not _its_storys(members, [feature_of[c] for c in groups[t]]))
        }  # 'he had decided to withdraw units from the town': undated, of the capture its story dates
        _join_the_one(merged, index, fitting)
    return [sorted(group) for group in merged if group]


def _its_storys(events: list[Features], targets: list[Features]) -> bool:
    """Whether undated events' own story dates one of the targets, told by the first day each can fall on:
    another outlet's dated target is no more than a guess at which event an undated sentence tells."""
    own = {e.doc_id for e in events}
    told = all(_told_by_then(e, t) for e in events for t in targets if t.date is not None)
    return told and any(t.doc_id in own for t in targets)


def _fits(events: list[Features], targets: list[Features]) -> bool:
    """Every event's date fits every target's, and their named actors agree."""
    actors = {f.actor for f in events + targets if f.actor}
    dated = all(features_compatible(e, t) for e in events for t in targets)
    return dated and len(actors) <= 1


RUNNING_TOLL_REACH_DAYS = 7
"""How long before the day it was told a running toll can be the toll of one event told without a tally."""


def attach_running_tolls(groups: list[list[str]], features: Sequence[Features]) -> list[list[str]]:
    """A running toll ('100 people have been killed since Sunday', told on the 28th) joins the one toll of
    the same outcome, told as an event ('the death toll rose to more than 120'), on a shared anchor whose
    date falls in the week up to the day the toll was told (or that has no date, when the running toll
    itself covers only those days): two versions of one count. With none or several it stays a point of
    its own time series."""
    feature_of = {f.claim_id: f for f in features}
    events: dict[tuple, set[int]] = defaultdict(set)
    for index, group in enumerate(groups):
        members = [feature_of[c] for c in group]
        if all(f.kind == "casualties" and f.as_of is None for f in members):
            for f in members:
                facet = _casualty_facet(f)
                named = facet is not None and facet[1] in _WHOLE_TOLLS  # '165 bodies so far' counts the
                for anchor in f.anchors:  # people the event's toll names, not its children, a part of them
                    events[(f.facet, anchor)].add(index)
                    if named:
                        events[(f"{facet[0]}:any", anchor)].add(index)
    merged = [list(group) for group in groups]
    for index, group in enumerate(groups):
        members = [feature_of[c] for c in group]
        told = {f.as_of for f in members}
        as_of = next(iter(told)) if len(told) == 1 else None
        if as_of is None or len(as_of) != 10 or not all(f.kind == "casualties" for f in members):
            continue  # a tally told as of a month is no day's count
        day = dt.date.fromisoformat(as_of)
        targets = {t for f in members for a in f.anchors for t in events.get((f.facet, a), ())}
        recent = all(_within_days_before(f.date, day) for f in members)  # 'since Sunday', not 'since 2023'
        targets = {
            t
            for t in targets
            if merged[t]
            and all(
                _within_days_before(feature_of[c].date, day) or (recent and feature_of[c].date is None)
                for c in groups[t]
            )
            and all(features_compatible(f, feature_of[c]) for f in members for c in groups[t])
        }
        _join_the_one(merged, index, targets)
    return [sorted(group) for group in merged if group]


_WHOLE_TOLLS = frozenset({"people", "civilians"})
"""The kinds of person a whole toll counts, which a count of the dead naming none ('165 bodies') may be."""


def _within_days_before(date: DateKey | None, day: dt.date) -> bool:
    if date is None or date[1] is None or date[2] is None:
        return False
    delta = (day - dt.date(date[0], date[1], date[2])).days
    return 0 <= delta <= RUNNING_TOLL_REACH_DAYS


NEAR_DAYS = 2
"""How many days apart two reports of one capture by one side may date it and still be one fact."""


def attach_near_captures(groups: list[list[str]], features: Sequence[Features]) -> list[list[str]]:
    """The same side's capture of the same place told on days close together ('captured Bhamo airport
    on Monday', 'seized it on Sunday') is one capture whose date the reports dispute, not two captures: a
    side does not take one place twice in two days. Only when exactly one such group is near."""
    feature_of = {f.claim_id: f for f in features}

    def capture_day(group: list[str]) -> tuple[str, str, dt.date] | None:
        """The side, place and day of a group telling one side's capture of one named place on one day
        (its accounts without a doer or a date may stand with it: 'the troops abandoned the city')."""
        members = [feature_of[c] for c in group]
        named = [f for f in members if f.facet == "target" and f.actor]
        keys = {(f.actor, a) for f in named for a in f.anchors}
        days = {f.date for f in members if f.date is not None}
        sides = {f.actor for f in members if f.actor}
        if not named or len(days) != 1 or len(sides) != 1 or any(f.kind != "capture" for f in members):
            return None
        (day,) = days
        if day[1] is None or day[2] is None or len(keys) != 1:
            return None
        ((actor, anchor),) = keys
        return actor, anchor, dt.date(day[0], day[1], day[2])

    keyed = [capture_day(group) for group in groups]
    by_place: dict[tuple[str, str], list[int]] = defaultdict(list)  # compare only one side's one place
    for index, key in enumerate(keyed):
        if key is not None:
            by_place[key[:2]].append(index)
    merged = [list(group) for group in groups]
    for members in by_place.values():
        members.sort(key=lambda i: keyed[i][2])  # by day: the near ones are neighbours
        days = [keyed[i][2].toordinal() for i in members]
        for position, index in enumerate(members):
            if not merged[index]:
                continue
            low = bisect_left(days, days[position] - NEAR_DAYS)
            high = bisect_right(days, days[position] + NEAR_DAYS)
            near = [
                j for j in members[low:high] if j != index and merged[j] and keyed[j][2] != keyed[index][2]
            ]
            if len(near) == 1:
                _join_the_one(merged, near[0], [index])
    return [sorted(group) for group in merged if group]


def attach_undated_captures(groups: list[list[str]], features: Sequence[Features]) -> list[list[str]]:
    """Undated reports of one side's capture of one named place join the one dated group telling that side's
    capture of it, once near days are joined ('M23 took Goma airport' beside reports dating it Sunday and
    Monday): the dates split the reports into two events only until the near days were seen to be one."""
    feature_of = {f.claim_id: f for f in features}

    def side_and_place(group: list[str]) -> tuple[str, str] | None:
        members = [feature_of[c] for c in group]
        keys = {(f.actor, a) for f in members if f.facet == "target" and f.actor for a in f.anchors}
        sides = {f.actor for f in members if f.actor}
        if len(keys) != 1 or len(sides) != 1 or any(f.kind != "capture" for f in members):
            return None
        return next(iter(keys))

    keyed = [side_and_place(group) for group in groups]
    dated: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, key in enumerate(keyed):
        if key is not None and any(feature_of[c].date is not None for c in groups[index]):
            dated[key].append(index)
    merged = [list(group) for group in groups]
    for index, key in enumerate(keyed):
        members = [feature_of[c] for c in groups[index]]
        if key is None or any(f.date is not None for f in members):
            continue
        fitting = [
            j
            for j in dated.get(key, [])
            if all(
                _told_by_then(f, feature_of[c]) and _of_its_time(f, feature_of[c])
                for f in members
                for c in groups[j]
            )
        ]
        _join_the_one(merged, index, fitting)
    return [sorted(group) for group in merged if group]


_CLASSLESS = frozenset({"", "any", "unspecified"})
"""Casualty facets that say no kind of person: a count of the dead ('9 dead') or no count at all."""


def _a_part(f: Features) -> bool:
    """A toll of some of the dead (soldiers, fighters, children): a figure naming no one that differs from
    it is other dead or the whole toll ('200 deaths' is not a version of '20 children')."""
    return f.facet.partition(":")[2] != "people"


def _attach_vague(
    groups: list[list[str]],
    features: Sequence[Features],
    vague_keys: Callable[[Features], set[tuple] | None],
    specific_keys: Callable[[Features], set[tuple]],
    fits: Callable[[Features, Features], bool],
    refused: Callable[[Features, Features], bool] = lambda f, g: False,
) -> list[list[str]]:
    """A group whose every member says less than others do (`vague_keys`: the keys it would share, None
    when a member is not vague) joins the one group with a member under one of those keys
    (`specific_keys`) whose every member `fits` every one of its own; with none or several it stays
    apart rather than guess, and it stays apart too when the one group is `refused` (a candidate all the
    same, so that it keeps a second one from looking like the only one)."""
    feature_of = {f.claim_id: f for f in features}
    specific: dict[tuple, set[int]] = defaultdict(set)
    for index, group in enumerate(groups):
        for f in (feature_of[c] for c in group):
            for key in specific_keys(f):
                specific[key].add(index)
    merged = [list(group) for group in groups]
    for index, group in enumerate(groups):
        members = [feature_of[c] for c in group]
        keys: set[tuple] = set()
        for f in members:
            own = vague_keys(f)
            if own is None:
                break
            keys |= own
        else:
            targets = {
                t
                for key in keys
                for t in specific.get(key, ())
                if all(fits(f, feature_of[c]) for f in members for c in groups[t])
            }
            if not any(refused(f, feature_of[c]) for t in targets for f in members for c in groups[t]):
                _join_the_one(merged, index, targets)
    return [sorted(group) for group in merged if group]


def _casualty_facet(f: Features) -> tuple[str, str, str] | None:
    """A casualty facet's outcome, kind of person and side ('killed', 'combatants', 'Russian forces')."""
    if f.kind != "casualties":
        return None
    outcome, _, rest = f.facet.partition(":")
    kind_of_person, _, side = rest.partition(":")
    return outcome, kind_of_person, side


def attach_classless(groups: list[list[str]], features: Sequence[Features]) -> list[list[str]]:
    """A toll that names no kind of person ('9 dead', facet 'killed:any') joins the one group of the
    same outcome that does ('nine soldiers were killed') on a shared anchor with compatible dates;
    with none or several it stays apart rather than guess."""

    def vague(f: Features) -> set[tuple] | None:
        facet = _casualty_facet(f)
        if facet is None or facet[1] != "any" or facet[2] == "part":
            return None  # '12 of the victims died in hospital' is a part of the toll, not a version of it
        return {(facet[0], a, f.as_of) for a in f.anchors}

    def specific(f: Features) -> set[tuple]:
        facet = _casualty_facet(f)
        if facet is None or facet[1] in _CLASSLESS:
            return set()
        return {(facet[0], a, f.as_of) for a in f.anchors}

    def fits(f: Features, g: Features) -> bool:
        # '38 dead' is a disputed version of '40 villagers'; '42 bodies' is not the army's '11 attackers'
        return features_compatible(f, g) and (values_meet(f, g) or not _a_part(g))

    return _attach_vague(groups, features, vague, specific, fits)


def attach_sideless(groups: list[list[str]], features: Sequence[Features]) -> list[list[str]]:
    """Soldiers or fighters counted without their side ('29 soldiers killed') join the one group that
    names a side's armed men with the same outcome ('29 junta soldiers', 'nine members of the Islamic
    Emirate forces') on a shared anchor with compatible dates; beside two sides' tolls they stay apart
    rather than guess."""

    def vague(f: Features) -> set[tuple] | None:
        facet = _casualty_facet(f)
        if facet is None or facet[2] or facet[1] not in SIDED_PEOPLE:
            return None
        return {(facet[0], a, f.as_of) for a in f.anchors}

    def specific(f: Features) -> set[tuple]:
        facet = _casualty_facet(f)
        if facet is None or not facet[2]:
            return set()
        return {(facet[0], a, f.as_of) for a in f.anchors}

    def refused(f: Features, g: Features) -> bool:
        # the 'terrorists' a junta paper counts are not the 'regime soldiers' a rebel spokesman counts; the
        # soldiers Boko Haram killed are not Boko Haram's dead
        mine, theirs = _casualty_facet(f), _casualty_facet(g)
        if mine is None or theirs is None or not theirs[2]:
            return False
        irregular = mine[1] == "fighters" and not mine[2]
        return (irregular and state_side(theirs[2])) or f.killed_by == theirs[2]

    return _attach_vague(groups, features, vague, specific, features_compatible, refused)
