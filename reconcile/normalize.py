"""Entities: one canonical name per place, unit and actor (alias tables, defined aliases, rapidfuzz)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process

from reconcile.extract.vocab import denial_verbs, vocab, words_regex
from reconcile.folding import fold
from reconcile.ids import derived_id
from reconcile.models import Entity, EntityKind

AUTO_MERGE = 90.0
"""Folded names at least this similar (rapidfuzz ratio, 0-100) are merged without asking."""
SUGGEST = 80.0
"""Names at least this similar, but below AUTO_MERGE, are only suggested to the reviewer."""


@dataclass(frozen=True)
class AliasTables:
    """The alias tables of `data/aliases.json`, plus aliases users added to the database."""

    unit_long_of_abbr: dict[str, str]
    place_of_variant: dict[str, str]
    actor_of_alias: dict[str, str]
    folds: tuple[tuple[re.Pattern[str], str], ...]
    generic_words: frozenset[str]
    subject_class_of: dict[str, str]
    outcome_patterns: tuple[tuple[str, re.Pattern[str]], ...]
    event_patterns: tuple[tuple[str, re.Pattern[str]], ...]
    means_patterns: tuple[tuple[str, re.Pattern[str]], ...]
    state_patterns: tuple[tuple[str, re.Pattern[str]], ...]
    """What befell people counted alive: displaced, trapped, rescued, living somewhere."""
    broad_suffixes: frozenset[str]
    wide_places: frozenset[str]
    """Countries and world regions ('the Sahel', 'the Horn of Africa'), by place key."""
    raw: dict = field(repr=False, default_factory=dict)


def _classes(table: dict[str, list[str]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, words_regex(words)) for name, words in table.items())


@cache
def _base_tables() -> dict:
    return json.loads(resources.files("reconcile.data").joinpath("aliases.json").read_text("utf-8"))


def alias_tables(user_aliases: Iterable[tuple[str, str, str]] = ()) -> AliasTables:
    """Tables from the data file; `user_aliases` are (kind, alias, canonical) triples that override them."""
    raw = _base_tables()
    units = {abbr.upper(): long.lower() for abbr, long in raw["units"].items()}
    places: dict[str, str] = {}
    actors = dict(vocab().actor_of_alias)
    tables = AliasTables(
        unit_long_of_abbr=units,
        place_of_variant=places,
        actor_of_alias=actors,
        folds=tuple((re.compile(p), r) for p, r in raw["transliteration_folds"]),
        generic_words=frozenset(w.lower() for w in raw["generic_name_words"]),
        subject_class_of={w: cls for cls, words in raw["subject_classes"].items() for w in words},
        outcome_patterns=_classes(raw["casualty_outcomes"]),
        event_patterns=_classes(raw["event_classes"]),
        means_patterns=_classes(raw["cause_means"]),
        state_patterns=_classes(raw["people_states"]),
        broad_suffixes=frozenset(raw["broad_place_suffixes"]),
        wide_places=frozenset(),
        raw=raw,
    )
    wide = [
        " ".join(w for w in fold(name).split() if w not in tables.generic_words)
        for name in [*raw["countries"], *raw["world_regions"]]
    ]  # keyed as place_key keys a name: 'Horn of Africa' is 'hornafrica'
    tables = replace(tables, wide_places=frozenset(_squash(tables, name) for name in wide))
    for canonical, variants in raw["places"].items():
        for name in [canonical, *variants]:
            places[_squash(tables, name)] = canonical
    for kind, alias, canonical in user_aliases:
        if kind == EntityKind.ACTOR:
            actors[alias.lower()] = canonical
        elif kind == EntityKind.UNIT:
            units[alias.upper()] = canonical.lower()
        else:
            places[_squash(tables, alias)] = canonical
            places.setdefault(_squash(tables, canonical), canonical)
    return tables


def _squash(tables: AliasTables, name: str) -> str:
    """A folded name without spaces, with transliteration folds applied ('Hkaya Bum' -> 'khayabum')."""
    words = fold(name).split()
    text = " ".join(words)
    for pattern, replacement in tables.folds:
        text = pattern.sub(replacement, text)
    return text.replace(" ", "")


_ABBR_DEFINITION = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+){0,6}[A-Z][\w'\u2019-]*)\s*\(([A-Z]{2,6})\)")


def defined_aliases(text: str) -> dict[str, str]:
    """Abbreviations the text defines: 'Infantry Battalion (IB) 236' -> {'IB': 'Infantry Battalion'}."""
    found: dict[str, str] = {}
    for match in _ABBR_DEFINITION.finditer(text):
        words, abbr = match.group(1).split(), match.group(2)
        for start in range(len(words)):
            initials = "".join(w[0] for w in words[start:]).upper()
            if initials == abbr:
                found.setdefault(abbr, " ".join(words[start:]))
                break
    return found


@dataclass(frozen=True)
class NameKeys:
    """How names are keyed: the alias tables plus the abbreviations the corpus defines."""

    tables: AliasTables
    unit_pattern: re.Pattern[str]
    long_to_abbr: dict[str, str]
    actor_pattern: re.Pattern[str]

    @classmethod
    def build(cls, tables: AliasTables, defined: dict[str, str] | None = None) -> NameKeys:
        long_to_abbr = {long: abbr for abbr, long in tables.unit_long_of_abbr.items()}
        for abbr, long in (defined or {}).items():
            long_to_abbr.setdefault(long.lower(), abbr.upper())
        abbrs = sorted({*tables.unit_long_of_abbr, *long_to_abbr.values()}, key=len, reverse=True)
        longs = sorted(long_to_abbr, key=len, reverse=True)
        long_alt = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in longs)
        abbr_alt = "|".join(re.escape(a) for a in abbrs)
        pattern = re.compile(
            rf"(?:(?P<long>{long_alt})\s*(?:\((?:{abbr_alt})\)\s*)?-?\s*(?P<n1>\d+)"
            rf"|\(?(?P<abbr>{abbr_alt})\)?\s*[-\u2013]?\s*(?P<n2>\d+))\b",
            re.IGNORECASE,
        )
        aliases = tables.actor_of_alias
        actors = words_regex({*(fold(a) for a in aliases), *aliases})  # folded names and running text
        return cls(tables=tables, unit_pattern=pattern, long_to_abbr=long_to_abbr, actor_pattern=actors)

    def unit_key(self, name: str | None) -> str | None:
        """'Light Infantry Battalion 321', 'LIB-321', '(LIB) 321' -> 'LIB 321'; None when no designation."""
        if not name:
            return None
        match = self.unit_pattern.search(name)
        if not match:
            return None
        if match.group("long"):
            abbr = self.long_to_abbr[" ".join(match.group("long").lower().split())]
            return f"{abbr} {int(match.group('n1'))}"
        return f"{match.group('abbr').upper()} {int(match.group('n2'))}"

    def place_key(self, name: str | None) -> str | None:
        """A place name without generic words, folded and squashed; alias-table variants map to one key."""
        if not name:
            return None
        folded = self.actor_pattern.sub(" ", fold(name))
        words = [w for w in folded.split() if w not in self.tables.generic_words]
        if not words or all(w.isdigit() for w in words):
            return None
        key = _squash(self.tables, " ".join(words))
        canonical = self.tables.place_of_variant.get(key)
        return _squash(self.tables, canonical) if canonical else key

    def is_broad(self, spelling: str) -> bool:
        """A country or world region, or a name ending in State/Region/Province...: too wide to tell two
        events apart."""
        words = fold(spelling).split()
        if words and words[-1] in self.tables.broad_suffixes:
            return True
        key = self.place_key(spelling)
        return key is not None and key in self.tables.wide_places

    def actor_key(self, name: str | None) -> str | None:
        if not name:
            return None
        return self.tables.actor_of_alias.get(name.lower(), name)


@dataclass
class EntityIndex:
    """Entities resolved from a corpus: which entity each (kind, key) belongs to, and merge suggestions."""

    entities: dict[str, Entity] = field(default_factory=dict)
    entity_of_key: dict[tuple[str, str], str] = field(default_factory=dict)
    broad: set[str] = field(default_factory=set)
    suggestions: list[tuple[str, str, float]] = field(default_factory=list)

    def entity_id(self, kind: EntityKind, key: str | None) -> str | None:
        return self.entity_of_key.get((kind, key)) if key else None


def _digits(key: str) -> str:
    return "".join(ch for ch in key if ch.isdigit())


def _fuzzy_groups(keys: list[str]) -> tuple[dict[str, str], list[tuple[str, str, float]]]:
    """Union keys whose ratio reaches AUTO_MERGE; pairs between SUGGEST and AUTO_MERGE become suggestions.

    Keys are blocked by first letter (transliteration folds have already run), and keys with
    different digits never merge: 'LIB 321' and 'LIB 322' differ by one character.
    """
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    suggestions = []
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        blocks[key[:1]].append(key)
    for block in blocks.values():
        if len(block) < 2:
            continue
        for i, key in enumerate(block[:-1]):
            later = block[i + 1 :]
            for _, score, j in process.extract(
                key, later, scorer=fuzz.ratio, score_cutoff=SUGGEST, limit=None
            ):
                other = later[j]
                if _digits(key) != _digits(other):
                    continue
                if score >= AUTO_MERGE:
                    a, b = sorted((find(key), find(other)))
                    parent[b] = a
                else:
                    suggestions.append((key, other, round(float(score), 1)))
    return {k: find(k) for k in keys}, suggestions


def resolve_entities(keys: NameKeys, mentions: Iterable[tuple[EntityKind, str, str]]) -> EntityIndex:
    """Group (kind, key, spelling) mentions into entities; the most frequent spelling names each one."""
    spellings: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for kind, key, spelling in mentions:
        spellings[(kind, key)][spelling] += 1
    index = EntityIndex()
    for kind in EntityKind:
        kind_keys = sorted(k for (kd, k) in spellings if kd == kind)
        if kind is EntityKind.PLACE:
            root_of, suggestions = _fuzzy_groups(kind_keys)
            index.suggestions.extend(s for s in suggestions if root_of[s[0]] != root_of[s[1]])
        else:
            root_of = {k: k for k in kind_keys}
        members: dict[str, list[str]] = defaultdict(list)
        for key in kind_keys:
            members[root_of[key]].append(key)
        for root, group in members.items():
            counts: Counter[str] = Counter()
            for key in group:
                counts.update(spellings[(kind, key)])
            canonical = (
                root if kind is EntityKind.UNIT else min(counts, key=lambda s: (-counts[s], len(s), s))
            )
            entity_id = derived_id("ent", kind, root)
            index.entities[entity_id] = Entity(
                id=entity_id, kind=kind, canonical=canonical, aliases=sorted(set(counts) - {canonical})
            )
            for key in group:
                index.entity_of_key[(kind, key)] = entity_id
            if kind is EntityKind.PLACE and any(keys.is_broad(s) for s in counts):
                index.broad.add(entity_id)
    return index


def _first_class(patterns: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> str | None:
    """The class whose word occurs first in `text` (ties: table order)."""
    hit = _first_hit(patterns, text)
    return hit[0] if hit else None


def _first_hit(
    patterns: tuple[tuple[str, re.Pattern[str]], ...], text: str
) -> tuple[str, re.Match[str]] | None:
    best: tuple[int, int, str, re.Match[str]] | None = None
    for order, (name, pattern) in enumerate(patterns):
        match = pattern.search(text)
        if match and (best is None or (match.start(), order) < best[:2]):
            best = (match.start(), order, name, match)
    return (best[2], best[3]) if best else None


def subject_class(tables: AliasTables, subject: str | None) -> str | None:
    """'civilians', 'people' -> 'people'; 'camps', 'bases' -> 'positions'; else the last word, singular."""
    if not subject:
        return None
    words = fold(subject).split()
    if not words:
        return None
    whole = " ".join(words)
    if whole in tables.subject_class_of:  # 'crew members' are people, though 'members' alone fight
        return tables.subject_class_of[whole]
    for word in reversed(words):
        if word in tables.subject_class_of:
            return tables.subject_class_of[word]
    last = words[-1]
    return last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")  # 'bodies' -> 'body'


def last_outcome(tables: AliasTables, text: str) -> str | None:
    """The outcome the last outcome word of `text` names ('12 martyrs, including' -> killed; '46 people
    were injured, including' -> wounded), or None."""
    best: tuple[int, str] | None = None
    for name, pattern in tables.outcome_patterns:
        for m in pattern.finditer(text):
            if best is None or m.end() > best[0]:
                best = (m.end(), name)
    return best[1] if best else None


def outcome_just_before(tables: AliasTables, text_before: str) -> str | None:
    """The outcome a word right before a count names ('wounded 20 others', 'lost 1,280 troops',
    'captured 200 soldiers'), or None when the count does not follow one."""
    tail = text_before.rstrip()
    for name, pattern in tables.outcome_patterns:
        if any(m.end() == len(tail) for m in pattern.finditer(tail)):
            return name
    return None


def people_state(tables: AliasTables, before: str, after: str) -> str | None:
    """What a count of living people tells of them ('airlifted at least 120 people', 'about 180 people
    had been trapped', '1,300 people who had fled'): the state word right before the count, else the
    first after it; None when the sentence says nothing of them."""
    tail = before.rstrip(' “"')
    for name, pattern in tables.state_patterns:
        if any(m.end() >= len(tail) - _STATE_GAP for m in pattern.finditer(tail)):
            return name
    return _first_class(tables.state_patterns, after)


_STATE_GAP = 12
"""How far (characters) a state word may stand before the count ('rescued “hundreds of people”',
'evacuated some 300 people')."""


def casualty_outcome(tables: AliasTables, text_after: str, counted: str | None = None) -> str:
    """killed / wounded / missing, from the first outcome word after the number ('29 people were killed'),
    else from the noun counted (`counted`: 'injured'), else killed;
    a captive's or patient's noun gives way to the verb its clause goes on to ('26 hostages were killed':
    killed)."""
    hit = _first_hit(tables.outcome_patterns, text_after)
    if hit is None:  # 'The injured were moved ..., three of them critical': the people counted say it
        return (_first_class(tables.outcome_patterns, counted) if counted else None) or "killed"
    name, match = hit
    if name == "wounded" and _DIED_OF_IT.search(_CLAUSE_END.split(text_after[match.end() :], maxsplit=1)[0]):
        return "killed"  # 'was critically injured and subsequently died'
    if match.group(0).lower() in _STATUS_NOUNS:
        clause = _CLAUSE_END.split(text_after[match.end() :], maxsplit=1)[0]
        later = _first_class(tables.outcome_patterns, clause)
        return later or name
    return name


_DIED_OF_IT = re.compile(
    r"(?i)\b(?:(?:later|subsequently|since|then)\s+died|died\s+(?:of|from)\s+(?:\w+\s+)?(?:wounds|injuries)|"
    r"succumbed)\b"
)
"""The wounded who died of their wounds are counted dead."""
_STATUS_NOUNS = frozenset({"hostage", "hostages", "prisoners", "captives", "detainees", "patients"})
"""Nouns that say who people are (held, in care), not what a count says befell them: '20 patients were
killed' are dead, '168 patients were transferred' in hospital."""
_CLAUSE_END = re.compile(r"[.;,:]")
"""The count's own clause: '..., and threatened to kill them' tells no death of the hostages counted."""


def event_class(tables: AliasTables, sentence: str) -> str:
    """What kind of event a date claim dates: founding, launch, law, truce, escalation, or 'event'."""
    return _first_class(tables.event_patterns, sentence) or "event"


def cause_means(tables: AliasTables, text: str) -> set[str]:
    """Every means a cause claim names (artillery, air, drone, mortar, mine, accidental, ...), leaving out
    the ones it rules out ('denying that any airstrike had taken place', 'was not an airstrike')."""
    asserted = _ruled_out().sub(" ", text)
    return {name for name, pattern in tables.means_patterns if pattern.search(asserted)}


@cache
def _ruled_out() -> re.Pattern[str]:
    """A clause that rules a means out, up to the clause's end ('denied responsibility and accused the KIA
    of storing explosives': the accusation stands)."""
    return re.compile(
        rf"(?i)\b(?:{denial_verbs()}|ruled\s+out|ruling\s+out|rather\s+than|instead\s+of|"
        r"(?:was|were|is|are)\s+not|no\s+evidence\s+of)\b[^,.;]*?(?=[,.;]|\s+(?:and|but)\s+|$)"
    )
