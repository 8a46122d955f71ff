"""Extraction vocabulary from `data/vocab.json`, compiled once into word-boundary regexes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources


def words_regex(words: Iterable[str], led: bool = False, lower_cased: bool = False) -> re.Pattern[str]:
    """Case-insensitive match of any of `words` as whole words (the longest that fits); with `led`, also
    before '-led' ('KIA-led forces' are the KIA's) and first in a pair of abbreviations ('the KNU-PDF
    alliance': the KNU leads it). With `lower_cased`, a regex for text already lower-cased,
    which scans about twice as fast as a case-blind one."""
    return _words_regex(frozenset(words), led, lower_cased)


@lru_cache(maxsize=256)
def _words_regex(words: frozenset[str], led: bool, lower_cased: bool) -> re.Pattern[str]:
    """Cached: documents about one conflict define the same extra actor names."""
    end = r"(?!\w)(?!-(?!led\b|(?-i:[A-Z]{2,})\b))" if led else r"(?![\w-])"
    flags = 0 if lower_cased else re.IGNORECASE
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(words)}){end}", flags)


@cache
def denial_verbs() -> str:
    """The vocabulary's denial verbs ('denied', 'rejects', 'disputing') as one regex alternation."""
    return trie_alternation(vocab().raw["denial_verbs"])


def trie_alternation(words: Iterable[str], fold: bool = True) -> str:
    """The words as one regex branching on shared prefixes ('attack', 'attacks', 'assault' ->
    a(?:ssault|ttack(?:s)?)). Python's regex engine tries a flat alternation's branches one by one at
    every position; a trie tries one branch per character, which made the vocabulary scans 3x faster.
    Longer words are tried first, so the longest word that ends on a word boundary wins. Without `fold`
    the words keep their case, for patterns that match case-sensitively."""
    trie: dict[str, dict] = {}
    for word in {" ".join((w.lower() if fold else w).split()) for w in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie) or "(?!)"


def _branches(node: dict[str, dict]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _branches(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True)
class Vocab:
    """Word lists and their compiled regexes; see data/vocab.json for what each list means."""

    raw: dict
    hedges: dict[str, str]
    vague: dict[str, tuple[int | None, int | None]]
    actor_of_alias: dict[str, str]
    casualty: re.Pattern[str]
    attack: re.Pattern[str]
    target_attack: re.Pattern[str]
    capture: re.Pattern[str]
    launch: re.Pattern[str]
    campaign: re.Pattern[str]
    cause: re.Pattern[str]
    cause_event: re.Pattern[str]
    event_verb: re.Pattern[str]
    population_cue: re.Pattern[str]
    actor: re.Pattern[str]
    speech: re.Pattern[str]
    party_speaker: re.Pattern[str]
    neutral_speaker: re.Pattern[str]
    commentary: re.Pattern[str]
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def cue_words(self, key: str) -> frozenset[str]:
        """One word of each phrase of a word list, lower-cased and split as WORD splits: a sentence holding
        none of them cannot match the list's regex. A phrase's rarest-looking word is taken (the longest
        that is not a function word, the later of equals), not its first: 'has fallen', 'in hospital',
        'lost their lives' would let every sentence with 'has', 'in' or 'their' through."""
        cached = self._word_sets.get(f"cues:{key}")
        if cached is None:
            cached = frozenset(_rarest_word(w) for w in self.raw[key])
            self._word_sets[f"cues:{key}"] = cached
        return cached

    def holds(self, key: str, phrase: str) -> bool:
        """Whether a word list holds `phrase` as written in text ('Pulled  out of' is 'pulled out of')."""
        return " ".join(phrase.lower().split()) in self.words(key)

    def told_as_clashes(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether the attack words of text[start:end] are all clash words ('Thailand, Cambodia clashes
        kill 16'): fighting between two sides, neither of them the attacker."""
        found = self.attack.finditer(text, start, len(text) if end is None else end)
        triggers = {m.group(0).lower() for m in found}
        return bool(triggers) and triggers <= self.words("mutual_attack_words")

    def words(self, key: str) -> frozenset[str]:
        """A word list as a lower-cased set (built once per list)."""
        cached = self._word_sets.get(key)
        if cached is None:
            cached = self._word_sets[key] = frozenset(w.lower() for w in self.raw[key])
        return cached


WORD = re.compile(r"[a-z]+")
"""A word, as the pre-filters see it: letters only, so 'air-strike' is 'air' and 'strike'."""
_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "to", "by", "from", "with", "for", "and", "or", "into"}
    | {"their", "its", "his", "her", "has", "have", "had", "was", "were", "is", "are", "be", "been"}
)


def _rarest_word(phrase: str) -> str:
    words = WORD.findall(phrase.lower())
    content = [w for w in words if w not in _FUNCTION_WORDS] or words
    return max(reversed(content), key=len)


def _control_claimed(raw: dict) -> list[str]:
    """'declared control', 'announced its control', 'claimed unchallenged control' (over or of a place,
    see extract.rules): each verb with each modifier, so the vocabulary lists them once."""
    return [
        f"{verb} {mod} control".replace("  ", " ")
        for verb in raw["control_verbs"]
        for mod in raw["control_modifiers"]
    ]


@cache
def country_names() -> frozenset[str]:
    """Countries the table knows by name ('ukraine', 'russia'), lower-cased."""
    state = vocab().raw["state_forces"]
    return frozenset(state["by_country"]) | frozenset(state["acting_countries"])


@cache
def every_country() -> frozenset[str]:
    """Every country the data knows by name, lower-cased: the alias table's list (shared with normalize)
    and those whose forces the vocabulary knows."""
    aliases = json.loads(resources.files("reconcile.data").joinpath("aliases.json").read_text("utf-8"))
    return country_names() | frozenset(name.lower() for name in aliases["countries"])


STATE_FORCES = "state forces"
"""The actor of 'the army', 'the regime' in an article that names no country with known forces."""


@cache
def vocab() -> Vocab:
    raw = json.loads(resources.files("reconcile.data").joinpath("vocab.json").read_text("utf-8"))
    raw["capture_words"] = raw["capture_words"] + raw["held_words"] + _control_claimed(raw)
    actor_of_alias = {alias.lower(): canon for canon, aliases in raw["actors"].items() for alias in aliases}
    for word in raw["state_forces"]["words"]:  # until an article says whose: see extract.actors
        actor_of_alias.setdefault(word.lower(), STATE_FORCES)
    return Vocab(
        raw=raw,
        hedges={k.lower(): v for k, v in raw["hedges"].items()},
        vague={k.lower(): (v[0], v[1]) for k, v in raw["vague_counts"].items()},
        actor_of_alias=actor_of_alias,
        casualty=words_regex(raw["casualty_words"]),
        attack=words_regex(raw["attack_words"]),
        target_attack=words_regex(raw["target_attack_words"]),
        capture=words_regex(raw["capture_words"]),
        launch=words_regex(raw["launch_words"]),
        campaign=words_regex(raw["campaign_nouns"]),
        cause=words_regex(raw["cause_words"]),
        cause_event=words_regex(raw["cause_event_words"]),
        event_verb=words_regex(raw["event_verbs"]),
        population_cue=words_regex(raw["population_cues"]),
        actor=words_regex(list(actor_of_alias), led=True),
        speech=words_regex(raw["speech_verbs"]),
        party_speaker=words_regex([w.strip() for w in raw["party_speakers"]]),
        neutral_speaker=words_regex([w.strip() for w in raw["neutral_speakers"]]),
        commentary=words_regex(raw["commentary_markers"]),
    )
