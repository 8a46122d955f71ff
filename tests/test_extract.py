"""Extraction: hedges, word numbers, dates, designators, attribution, and claims on the seed corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.extract import extract_claims
from reconcile.extract.actors import document_actors
from reconcile.extract.dates import find_dates
from reconcile.extract.numbers import find_numbers
from reconcile.extract.segment import split_sentences
from reconcile.extract.text import find_speaker, speaker_is_party
from reconcile.extract.vocab import vocab, words_regex
from reconcile.furniture import find_furniture
from reconcile.models import Claim, Document, PartialDate
from reconcile.store import Store


def _doc(text: str, published: str | None = None) -> Document:
    """A one-file article for rule tests."""
    return Document(
        id="t",
        file_name="t.txt",
        media_type="text",
        text=text,
        encoding="utf-8",
        size_bytes=len(text.encode()),
        published=PartialDate.parse(published) if published else None,
    )


@pytest.mark.parametrize(
    ("text", "quote", "low", "high"),
    [
        ("killing 29 civilians", "29", 29, 29),
        ("killing at least 29 civilians", "at least 29", 29, None),
        ("several hundred people fled", "several hundred", 300, None),
        ("soldiers killed many hundreds of people", "many hundreds", 200, None),
        (
            "the death toll ranges from 20,000 to more than 150,000",
            "20,000 to more than 150,000",
            20000,
            None,
        ),
        ("gold worth an estimated $2 billion a year", "an estimated $2 billion", 1800000000, 2200000000),
        ("a few dozen fighters remained", "a few dozen", 24, None),
        ("no fewer than 17 people", "no fewer than 17", 17, None),
        ("more than 20 soldiers", "more than 20", 21, None),
        ("captured over 80 junta outposts", "over 80", 81, None),
        ("attacked up to 12 camps", "up to 12", None, 12),
        ("as many as 12 camps", "as many as 12", None, 12),
        ("around 150,000 active personnel", "around 150,000", 135000, 165000),
        ("about 1,000 soldiers", "about 1,000", 900, 1100),
        ("some 300 km from Kachin", "some 300", 270, 330),
        ("nearly 100 km south", "nearly 100", 90, 100),
        ("a nearly 450-metre-wide blast zone", "nearly 450", 405, 450),
        ("upwards of 10,000 fighters", "upwards of 10,000", 10000, None),
        ("upward of 100 people", "upward of 100", 100, None),
        ("no less than 287 students", "no less than 287", 287, None),
        ("killing closer to 600 people", "closer to 600", 540, 600),
        ("less than 40 miles", "less than 40", None, 39),
        ("a dozen houses", "a dozen", 12, 12),
        ("at least two dozen civilians", "at least two dozen", 24, None),
        ("more than a hundred people", "more than a hundred", 101, None),
        ("waves of five to seven men", "five to seven", 5, 7),
        ("half a dozen houses", "half a dozen", 6, 6),
        ("dozens of villagers", "dozens", 24, None),
        ("killed scores of civilians", "scores", 40, None),
        ("hundreds of families", "hundreds", 200, None),
        ("several camps", "several", 3, None),
        ("between 10 and 12 people", "between 10 and 12", 10, 12),
        ("10 to 12 people", "10 to 12", 10, 12),
        ("twenty-nine civilians", "twenty-nine", 29, 29),
        ("at least twelve camps", "at least twelve", 12, None),
        ("twenty-three cadets", "twenty-three", 23, 23),
        ("killing a mother and her child", "a mother and her child", 2, 2),
        ("1.5 million people fled", "1.5 million", 1500000, 1500000),
        ("half a million people fled", "half a million", 500000, 500000),
        ("a quarter of a million residents", "a quarter of a million", 250000, 250000),
        ("nearly a million people", "nearly a million", 900000, 1000000),
        ("Fifteen to 20 people died", "Fifteen to 20", 15, 20),
        ("rose to 2.5 percent of GDP", "2.5", 2, 3),  # whole numbers around a decimal
        ("more than 2.5 tonnes", "more than 2.5", 3, None),
    ],
)
def test_hedges_become_intervals(text: str, quote: str, low: int | None, high: int | None) -> None:
    (number,) = find_numbers(text)
    assert text[number.start : number.end] == quote
    assert (number.low, number.high) == (low, high)


def test_a_toll_that_rose_from_one_figure_to_another_is_two_counts_not_a_range() -> None:
    text = "the toll rose from 10 to 15"
    assert [(n.low, n.high) for n in find_numbers(text)] == [(10, 10), (15, 15)]


@pytest.mark.parametrize(
    "text",
    [
        "Light Infantry Battalion (LIB) 321",
        "LIB-438 in Numlang",
        "two SU-30 jets",
        "M16s, type 81s",
        "[12] After",
        "Operation 0307 was launched",
        "the KIA’s 9th Brigade",
        "Kachin Special Region 1 (KSR1)",
        "Feb ’21",
        "along Highway 31",
        "the 88th and 99th Light Infantry Divisions",
        "in 2014 the army",
        "Yak-130s",
        "a 2,000-pound bomb",
        "155mm artillery shells",
    ],
)
def test_designators_are_not_counts(text: str) -> None:
    values = [n.value for n in find_numbers(text)]
    assert all(v in {2} for v in values), values  # only the real count 'two' (SU-30) may remain


@pytest.mark.parametrize(
    ("text", "published", "iso", "end_iso"),
    [
        ("On the night of 9 October 2023, troops attacked", "2023-10", "2023-10-09", None),
        ("In October 2023, soldiers attacked", "2024-03-07", "2023-10", None),
        ("In 2014, soldiers attacked", "2024-03-07", "2014", None),
        ("Since the end of 2023, the KIA", "2024-03-07", "2023-12", None),
        ("on 10 and 11 January 2023", None, "2023-01-10", "2023-01-11"),
        ("between November 2017 and June 2018", None, "2017-11", "2018-06"),
        ("between 01 September 2023 and 30 September 2023", None, "2023-09", None),
        ("between 1 January 2023 and 31 December 2023", None, "2023", None),
        ("fought a border war with its neighbour in 1998-2000", None, "1998", "2000"),
        ("Today, soldiers shelled the town", "2024-03-07", "2024-03-07", None),
        ("Yesterday morning the fighting was intense", "2024-03-07", "2024-03-06", None),
        ("The junta claimed last Thursday", "2024-03-15", "2024-03-14", None),
        ("The junta claimed last Thursday", "2025-08", "2025-08", None),
        ("Drones struck the camp on Saturday", "2025-04-12", "2025-04-12", None),  # a Saturday story
        ("The base fell last Saturday", "2025-04-12", "2025-04-05", None),
        ("Shelling began two days ago", "2025-04-12", "2025-04-10", None),
        ("Drones struck Kyiv overnight", "2025-04-12", "2025-04-11", "2025-04-12"),  # the night ending today
        ("Fighting this week displaced thousands", "2025-04-12", "2025-04-07", "2025-04-12"),  # up to today
        ("Troops withdrew this week", "2025-04-14", "2025-04-08", "2025-04-14"),  # a Monday story
        ("Fighting last week displaced thousands", "2025-04-12", "2025-03-31", "2025-04-06"),
        ("Fighting last week displaced thousands", "2025-04", "2025-04", None),  # the month is all we know
        ("Last month, the state enacted a law", "2024-03-15", "2024-02", None),
        ("Last month, the state enacted a law", "2024-01-10", "2023-12", None),
        ("launched a counteroffensive this year", "2025-08", "2025", None),
        ("withdrew on August 10", "2025-08", "2025-08-10", None),
        ("will arrive in April", "2024-03-15", "2024-04", None),
        ("Gunmen attacked two villages late Monday", "2025-04-15", "2025-04-14", None),  # a Tuesday story
        ("killing 40 people Monday, officials said", "2025-04-15", "2025-04-14", None),
        ("Drones struck Odesa on Monday night", "2025-04-15", "2025-04-14", None),
        ("Russian jets struck the city over the past week", "2024-12-06", "2024-11-29", "2024-12-06"),
        ("displaced in the last three months", "2024-12-06", "2024-09-06", "2024-12-06"),
        ("killed in the past 10 days", "2024-12-06", "2024-11-26", "2024-12-06"),
        ("prices have risen by 40 percent in the past year", "2025-03-20", "2024-03-20", "2025-03-20"),
        ("killed in the first six months of 2024", "2025-05-20", "2024-01", "2024-06"),
        ("On 2024-03-12, the army shelled the village", None, "2024-03-12", None),
        ("captured on the 3rd of March by MNDAA fighters", "2025-03-20", "2025-03-03", None),
        ("displaced in the second half of 2023", None, "2023-07", "2023-12"),
        ("during the last quarter of 2022", None, "2022-10", "2022-12"),
        ("have captured 30 camps since the start of the year", "2025-03-11", "2025-01", None),
        ("Clashes between March 1 and 3 killed 20 fighters", "2025-03-20", "2025-03-01", "2025-03-03"),
        ("The town was captured on March 3-4", "2025-03-20", "2025-03-03", "2025-03-04"),
        ("165 people died in the battles on December 4 and 5", "2024-12-06", "2024-12-04", "2024-12-05"),
        ("killed on March 3 and 20 soldiers were wounded", "2025-03-20", "2025-03-03", None),
        ("The bombing occurred the day before yesterday", "2025-03-20", "2025-03-18", None),
        ("Gang members killed 115 people over the weekend", "2024-10-08", "2024-10-05", "2024-10-06"),
        ("since the conflict began last October", "2024-10-02", "2023-10", None),
        ("patients were killed in last night's airstrikes", "2015-10-03", "2015-10-02", "2015-10-03"),
        ("The strike happened yesterday", "2015-10-03", "2015-10-02", None),
    ],
)
def test_dates_resolve_against_publication(
    text: str, published: str | None, iso: str, end_iso: str | None
) -> None:
    ref = PartialDate.parse(published) if published else None
    (date,) = find_dates(text, 0, len(text), ref, None)
    assert date.date is not None and date.date.iso == iso
    assert (date.date_end.iso if date.date_end else None) == end_iso


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Col. Naw Bu said the U.S. Embassy shut. The army denied it.",
            ["Col. Naw Bu said the U.S. Embassy shut.", "The army denied it."],
        ),
        (
            "Lt. Gen. Soe Win spoke on Jan. 5. He denied it!",
            ["Lt. Gen. Soe Win spoke on Jan. 5.", "He denied it!"],
        ),
        (
            "\u201cWhy did they attack?\u201d he asked. Nobody knew.",
            ["\u201cWhy did they attack?\u201d he asked.", "Nobody knew."],
        ),
        (
            "He said: \u201cWe attacked.\u201d Then he left.",
            ["He said: \u201cWe attacked.\u201d", "Then he left."],
        ),
        (
            "The strike hit at 3 a.m. The army said 12 died.",
            ["The strike hit at 3 a.m.", "The army said 12 died."],
        ),
        (
            "It was No. 5 camp, said J. Smith. About 1.5 million fled.",
            ["It was No. 5 camp, said J. Smith.", "About 1.5 million fled."],
        ),
        (
            "Troops left. [12] After the ceasefire, fighting stopped.",
            ["Troops left.", "[12] After the ceasefire, fighting stopped."],
        ),
        (  # a scraped page that lost the space after a full stop; a site's name keeps its dot
            "The raid began Aug. 6.Officials said the town fell.Residents fled, Post.Az reports.",
            ["The raid began Aug. 6.", "Officials said the town fell.", "Residents fled, Post.Az reports."],
        ),
        (  # an ellipsis after a word no sentence ends on leaves words out of a quotation
            "\u201cGunmen crept into... Mora and killed dozens,\u201d he said. Troops waited... Nobody came.",
            [
                "\u201cGunmen crept into... Mora and killed dozens,\u201d he said.",
                "Troops waited...",
                "Nobody came.",
            ],
        ),
    ],
)
def test_sentences_split_at_full_stops_but_not_after_abbreviations(
    paragraph: str, expected: list[str]
) -> None:
    assert [paragraph[a:b] for a, b in split_sentences(paragraph)] == expected


def test_relative_dates_without_publication_stay_unresolved() -> None:
    for text in ["Today, soldiers shelled the town", "The junta claimed last Thursday", "earlier this year"]:
        (date,) = find_dates(text, 0, len(text), None, 2024)
        assert date.date is None


def test_an_undated_lead_takes_the_day_the_story_names() -> None:
    text = (
        "Rebels attack army camps\n\n"
        "Rebel forces attacked up to 12 army camps near the border, a spokesman said.\n\n"
        "In 2014, a similar attack killed 23 cadets.\n\n"
        "Today, soldiers shelled the town, killing two people.\n"
    )
    doc = _doc(text, "2024-03-07")
    dates = {c.text: (c.date.iso if c.date else None) for c in extract_claims(doc)}
    assert dates["up to 12 army camps"] == "2024-03-07"  # the lead's event: the story's "today"
    assert dates["Rebels attack army camps"] == "2024-03-07"
    assert dates["23 cadets"] == "2014"  # a dated background event keeps its own date
    assert dates["two people"] == "2024-03-07"


def test_claims_under_a_heading_take_the_sections_written_event_date() -> None:
    text = (
        "Regime attack kills scores of civilians\n\n"
        "An attack on 9 October 2023 against a village killed at least 29 people.\n\n"
        "The damage is consistent with an airstrike.\n\n"
        "Earlier fighting\n\n"
        "Troops attacked the camp, killing five soldiers.\n"
    )
    doc = _doc(text)
    dates = {c.text: (c.date.iso if c.date else None) for c in extract_claims(doc)}
    assert dates["scores of civilians"] == "2023-10-09"
    assert dates["The damage is consistent with an airstrike."] == "2023-10-09"
    assert dates["five soldiers"] is None  # another section: no date is borrowed across headings


def test_a_wire_story_dates_its_event_by_the_bare_weekday_not_the_day_it_was_told() -> None:
    text = (
        "Gunmen kill 40 villagers\n\nGunmen attacked two farming villages late Monday, killing about 40 "
        "people, local officials said Tuesday.\n\nThe attackers opened fire on residents of Zike, said a "
        "local chairman. Police put the death toll at 31.\n"
    )
    doc = _doc(text, "2025-04-15")
    dates = {c.text: (c.date.iso if c.date else None) for c in extract_claims(doc)}
    assert dates["about 40 people"] == "2025-04-14"
    assert dates["31"] == "2025-04-14"  # 'the attackers' go on with Monday's attack, not Tuesday's statement


def test_a_headline_takes_the_day_of_the_event_its_lead_tells() -> None:
    text = (
        "Army loses Lashio\n\nBy Staff\n\n"
        "The TNLA captured the town of Lashio on 3 August 2024, residents said.\n"
    )
    (headline,) = [c for c in extract_claims(_doc(text, "2024-08-04")) if c.span.end <= 17]
    assert headline.date.iso == "2024-08-03"


def test_a_headline_capture_is_not_dated_by_a_lead_that_tells_a_later_massacre() -> None:
    text = (
        "Troops seized control of Mora in a large offensive\n\n"
        "Troops killed more than 240 civilians between 28 and 29 November in the town of Mora, a rights "
        "group said on Friday.\n"
    )
    (headline,) = [c for c in extract_claims(_doc(text, "2021-02-26")) if c.span.end <= 50]
    assert (headline.kind.value, headline.date) == ("capture", None)


def test_he_said_is_the_person_named_in_the_sentence_before_even_without_a_claim() -> None:
    text = (
        "Heading of the story\n\nGunmen killed 40 villagers on Monday, officials said.\n\n"
        "\u201cThey came in large numbers,\u201d said Danjuma Bitrus, a resident who escaped. "
        "Twenty-two of the dead were women and children, he said.\n"
    )
    (dead,) = [c for c in extract_claims(_doc(text)) if c.text.startswith("Twenty-two")]
    assert dead.attributed_to == "Danjuma Bitrus"


def test_a_sentence_going_on_about_the_strike_and_the_wounded_tells_no_new_event() -> None:
    text = (
        "Heading of the story\n\nA drone strike on a market killed at least 30 people on Sunday.\n\n"
        "The strike hit the market around midday, said a resident who helped carry the wounded.\n"
    )
    claims = extract_claims(_doc(text))
    assert not [c for c in claims if c.text.startswith("The strike hit")]


def test_since_then_runs_from_the_date_told_last_to_publication() -> None:
    text = (
        "Heading of the story\n\nIsrael resumed its offensive on March 18 after a ceasefire collapsed. "
        "Since then, more than 1,000 Palestinians have been killed, according to the ministry.\n"
    )
    (toll,) = [c for c in extract_claims(_doc(text, "2025-04-02")) if c.text.startswith("more than 1,000")]
    assert (toll.date.iso, toll.date_end.iso) == ("2025-03-18", "2025-04-02")


def test_hostages_taken_are_casualties_of_their_own() -> None:
    text = (
        "Heading of the story\n\nMilitants attacked the town on Sunday, killing about 1,200 people and "
        "taking 251 hostages, officials said.\n"
    )
    claims = {c.text: c for c in extract_claims(_doc(text))}
    assert (claims["251 hostages"].kind, claims["251 hostages"].subject) == ("casualties", "hostages")


def test_a_population_is_a_strength_and_a_titled_person_no_place() -> None:
    text = (
        "Heading of the story\n\nKryvyi Rih, the hometown of President Volodymyr Zelensky, had a pre-war "
        "population of around 600,000.\n"
    )
    (population,) = extract_claims(_doc(text))
    assert (population.kind, population.subject, population.place) == ("strength", "people", None)
    assert (population.quantity.low, population.quantity.high) == (540000, 660000)


@pytest.mark.parametrize(
    ("sentence", "quote", "kind", "subject", "low"),
    [
        (
            "Two soldiers and a civilian were killed when a shell hit the market.",
            "a civilian",
            "casualties",
            "civilian",
            1,
        ),
        (
            "A 10-year-old boy was killed by a landmine near Hpakant.",
            "A 10-year-old boy",
            "casualties",
            "boy",
            1,
        ),
        (
            "At least 1,500 people have been arrested since the coup.",
            "At least 1,500 people",
            "casualties",
            "people",
            1500,
        ),
    ],
)
def test_people_counted_without_a_numeral_or_taken_away(
    sentence: str, quote: str, kind: str, subject: str, low: int
) -> None:
    claims = {c.text: c for c in extract_claims(_doc(f"Heading of the story\n\n{sentence}\n"))}
    claim = claims[quote]
    assert (claim.kind, claim.subject, claim.quantity.low) == (kind, subject, low)


def test_running_tolls_since_a_start_and_full_control() -> None:
    text = (
        "Heading of the story\n\nHundreds of people have been killed and tens of thousands displaced since "
        "fighting began in April. The Arakan Army said it had taken full control of Maungdaw. The UN "
        "estimates that more than 150,000 people have died. The strike killed 9 people, according to a "
        "military official.\n"
    )
    claims = extract_claims(_doc(text, "2025-03-20"))
    by_text = {c.text: c for c in claims}
    toll = by_text["Hundreds of people"]
    assert (toll.date.iso, toll.date_end.iso) == ("2024-04", "2025-03-20")  # killed since April, to date
    assert not [c for c in claims if c.kind == "attack"]  # 'since fighting began' is a time
    assert [c.actor for c in claims if c.kind == "capture"] == ["AA"]
    assert by_text["more than 150,000 people"].attributed_to == "The UN"
    assert by_text["9 people"].actor is None  # the official tells, the military did not act


def test_the_shells_go_on_with_the_event_and_each_struck_place_is_a_target() -> None:
    text = (
        "Heading of the story\n\nShelling by the RSF killed at least 15 civilians in El Fasher on Monday, "
        "the committees said.\n\nThe shells struck the Abu Shouk camp and the nearby Al-Salam neighbourhood, "
        "according to the committees.\n"
    )
    targets = [c for c in extract_claims(_doc(text, "2025-06-10")) if c.rule == "target:attack"]
    assert [(c.place, c.date.iso) for c in targets] == [
        ("Abu Shouk camp", "2025-06-09"),
        ("Al-Salam neighbourhood", "2025-06-09"),
    ]


@pytest.mark.parametrize(
    ("sentence", "place", "actor"),
    [
        (
            "Russian forces took the village of Krasnohorivka after months of fighting.",
            "Krasnohorivka",
            "Russian forces",
        ),
        ("M23 rebels have taken Bukavu, the second-largest city in eastern Congo.", "Bukavu", "M23"),
        ("The town of Pokrovsk is now under the control of Russian troops.", "Pokrovsk", "Russian forces"),
        ("Sinjar came under the control of Kurdish forces in November 2015.", "Sinjar", "Kurdish forces"),
        (
            "The Nigerian army drove ISWAP fighters from the town of Marte on Sunday.",
            "Marte",
            "Nigerian forces",
        ),
    ],
)
def test_places_taken_told_without_a_capture_verb(sentence: str, place: str, actor: str) -> None:
    text = f"Heading of the story\n\n{sentence}\n"
    (capture,) = [c for c in extract_claims(_doc(text)) if c.kind == "capture"]
    assert (capture.place, capture.actor) == (place, actor)


def test_took_part_and_took_place_take_nothing() -> None:
    text = "Heading of the story\n\nThe militants took part in the assault. The meeting took place in Goma.\n"
    assert not [c for c in extract_claims(_doc(text)) if c.kind == "capture"]


def test_a_date_in_an_aside_dates_the_aside_only() -> None:
    text = "Heading of the story\n\nThe group, founded in 1961, has about 10,000 fighters.\n"
    claims = {c.kind: c for c in extract_claims(_doc(text, "2025-03-20"))}
    assert claims["strength"].date is None and claims["strength"].as_of.iso == "2025-03-20"
    assert claims["event_date"].date.iso == "1961"  # the founding, still a checkable date


def test_a_relative_clause_in_the_sentence_before_does_not_hide_the_day_that_opens_the_next() -> None:
    text = (
        "Heading of the story\n\nSeparately, the army found that the fighters used drugs during the battle. "
        "On August 2, the rebels attacked the hospital near the base, killing some patients.\n"
    )
    claims = extract_claims(_doc(text, "2024-08-05"))
    dated = {c.kind.value: c.date for c in claims if c.text.startswith("On August 2")}
    assert {kind: date.iso for kind, date in dated.items()} == {
        "attack": "2024-08-02",
        "casualties": "2024-08-02",
    }


def test_counterattacks_and_downed_aircraft_are_attacks() -> None:
    for sentence in [
        "Ukrainian forces counterattacked near Pokrovsk.",
        "Rebels shot down a helicopter near Falam.",
    ]:
        claims = extract_claims(_doc(f"Heading of the story\n\n{sentence}\n"))
        assert [c.kind for c in claims if c.kind == "attack"] == ["attack"], sentence


def test_a_headline_figure_takes_the_hedge_its_story_gives_it() -> None:
    text = "Strike on Khan Younis kills 20\n\nAir strikes killed at least 20 people on Monday, medics said.\n"
    (headline,) = [c for c in extract_claims(_doc(text)) if c.text == "20"]
    assert (headline.quantity.low, headline.quantity.high, headline.quantity.hedge) == (20, None, "at least")
    assert headline.rule.endswith(":hedge-from-story")  # the quote stays '20': the hedge is the story's


def test_a_claim_rejected_in_the_next_sentence_gets_a_denied_version_in_the_deniers_name() -> None:
    text = (
        "Heading of the story\n\nMoscow said it had hit a restaurant where commanders were meeting, killing "
        "up to 85 military personnel. Kyiv rejected the claim.\n"
    )
    claims = extract_claims(_doc(text))
    denied = [c for c in claims if c.denied]
    assert {(c.kind, c.text, c.attributed_to, c.quantity.high) for c in denied} == {
        ("casualties", "rejected the claim", "Kyiv", 85),
        ("attack", "rejected the claim", "Kyiv", None),
    }
    assert all(text[c.span.start : c.span.end] == c.text for c in denied)


def test_intercepted_drones_are_no_attack() -> None:
    text = "Heading of the story\n\nAir defences shot down 51 drones overnight, the air force said.\n"
    assert not [c for c in extract_claims(_doc(text)) if c.kind == "attack"]


def test_a_count_takes_the_place_its_clause_names_and_money_is_counted_in_its_currency() -> None:
    text = (
        "Heading of the story\n\nThe mission said the RSF committed crimes in West Darfur, where as many as "
        "15,000 people were killed in El Geneina in 2023. Gold worth an estimated $2 billion a year funds "
        "both sides.\n"
    )
    claims = {c.text: c for c in extract_claims(_doc(text))}
    assert claims["as many as 15,000 people"].place == "El Geneina"
    assert claims["an estimated $2 billion"].subject == "dollars"


def test_the_dead_of_a_named_force_are_not_the_attackers_and_security_forces_are_national() -> None:
    text = (
        "Heading of the story\n\nJihadists ambushed a convoy near Djibo, killing 15 VDP volunteers. "
        "Pakistani security forces killed 16 militants in North Waziristan.\n"
    )
    claims = {c.text: c for c in extract_claims(_doc(text))}
    assert (claims["15 VDP volunteers"].subject, claims["15 VDP volunteers"].actor) == ("volunteers", None)
    assert claims["16 militants"].actor == "Pakistani forces"


def test_a_target_told_by_its_kind_is_placed_where_the_item_says() -> None:
    text = "Resistance forces capture junta base in Sagaing's Kani Township\n\nThe PDF said so on Sunday.\n"
    (target,) = [c for c in extract_claims(_doc(text)) if c.rule == "target:capture"]
    assert (target.subject, target.place) == ("target: junta base", "Kani Township")


def test_it_said_is_the_body_named_before() -> None:
    text = (
        "Heading of the story\n\nThe military said on Wednesday that an explosion at a market was caused by "
        "stored explosives. It said eight people were killed.\n"
    )
    (dead,) = [c for c in extract_claims(_doc(text)) if c.text == "eight people"]
    assert dead.attributed_to == "The military"


def test_the_side_a_capture_is_a_blow_to_is_not_its_taker_and_counted_surrenders_hold_no_place() -> None:
    text = (
        "Heading of the story\n\nEthnic rebels seized the border town of Kyaukme on Sunday, in the latest "
        "blow to the ruling junta. At least 15 soldiers were killed in the final assault and dozens "
        "surrendered.\n"
    )
    claims = extract_claims(_doc(text))
    assert [c.actor for c in claims if c.kind == "capture"] == [None]
    assert not [c for c in claims if "surrendered" in c.text and c.kind == "capture"]


def test_an_article_without_headings_lends_no_section_date() -> None:
    text = (
        "Rebels take the city\n\nRebels captured the city on Thursday after days of fighting.\n\n"
        "At least 27 soldiers were killed in the final push, a monitor said.\n\n"
        "More than 820 people have been killed since the offensive began on November 27. Russian warplanes "
        "carried out dozens of air strikes on Idlib, it said.\n"
    )
    doc = _doc(text, "2024-12-06")
    dates = {c.text: (c.date.iso if c.date else None) for c in extract_claims(doc)}
    assert dates["At least 27 soldiers"] is None  # not the offensive's first day, told later on


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Rebels attacked the army camp near the river on Monday.", {"attack"}),
        ("In my opinion, the fighting is about trade routes.", set()),
        ("This attack is said to be among the widest in recent times.", set()),
        ("These dynamics are indicative of the battles ahead.", set()),
        ("Since the military launched a coup, the group has grown.", set()),
        ("Residents feared that clashes between the two armies could erupt.", set()),
        ("The initial assault was carried out with help from the air force.", set()),
        ("The rebels are launching a strong offensive against the army.", {"attack"}),
        (
            "“In my opinion, it is about trade,” he said, adding “Rebels attacked the camp on Monday.”",
            {"attack"},
        ),
    ],
)
def test_commentary_reports_no_event(sentence: str, kinds: set[str]) -> None:
    text = f"Heading of the story\n\n{sentence}\n"
    doc = _doc(text)
    found = {c.kind.value for c in extract_claims(doc) if c.sentence.start > 0}
    assert found == kinds


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A report from Amnesty International said troops shelled the village.", None),
        ("Troops attacked positions near the Chinese border.", None),
        ("Shells landed in Myanmar’s north, killing 3 people.", "Myanmar"),
        ("Rebels attacked the camp in Laiza, killing 3 soldiers.", "Laiza"),
        ("Twelve people died in shelling, the governor said on Monday evening in the capital Tonga.", None),
        ("Gunmen crept into Mora and killed 12 people, the governor told reporters Monday in Tonga.", "Mora"),
        ("“Gunmen crept into... Mora and killed 12 people,” the governor said in Tonga.", "Mora"),
    ],
)
def test_organisations_nationalities_and_possessives_are_not_places(sentence: str, place: str | None) -> None:
    text = f"Heading of the story\n\n{sentence}\n"
    doc = _doc(text)
    places = {c.place for c in extract_claims(doc) if c.sentence.start > 0}
    assert places == {place}


@pytest.mark.parametrize(
    ("sentence", "dated_events"),
    [
        ("The KIA was formed in 1961 amid political turmoil.", {"1961"}),
        ("A truce then prevailed in the north until the 2021 coup.", set()),
        ("Bhamo was home to 100,000 people as of the 2014 census.", set()),
        ("“We will hold the line,” Col. Naw Bu told Myanmar Now on Friday.", set()),
    ],
)
def test_years_naming_known_events_and_days_of_speech_are_not_event_dates(
    sentence: str, dated_events: set[str]
) -> None:
    text = f"Heading of the story\n\n{sentence}\n"
    doc = _doc(text, "2025-08-16")
    found = {c.date.iso for c in extract_claims(doc) if c.kind == "event_date"}
    assert found == dated_events


def test_a_long_sentence_cut_off_before_its_full_stop_still_states_an_event() -> None:
    text = (
        "Army withdraws from hill posts\n\n"
        "Troops attacked the hill posts near the border before dawn and forced the army to withdraw "
        "from some positions overlooking the highway to the border town of\n\n"
        "Residents said the road reopened.\n"
    )
    doc = _doc(text)
    kinds = {c.kind.value for c in extract_claims(doc) if c.sentence.start > 0}
    assert "capture" in kinds


def test_the_date_of_the_evidence_is_not_the_date_of_the_event() -> None:
    text = (
        "Weekly report\n\nVillage struck\n\n"
        "An attack on 9 October 2023 against a village killed at least 29 people.\n\n"
        "Satellite imagery, dated 16 October, showed damage consistent with an airstrike.\n"
    )
    claims = extract_claims(_doc(text, "2023-10-20"))
    (cause,) = [c for c in claims if c.kind == "cause" and c.text.startswith("Satellite")]
    assert cause.date.iso == "2023-10-09"  # the event the section tells, not the imagery's day
    assert "2023-10-16" in {c.date.iso for c in claims if c.kind == "event_date"}  # still a checkable date


@pytest.mark.parametrize(
    ("sentence", "target", "actor"),
    [
        ("Our troops attacked the Burma army’s camps along the road.", "Burma army’s camps", None),
        ("The KIA attacked the Burma army’s camps along the road.", "Burma army’s camps", "KIA"),
    ],
)
def test_the_target_of_an_attack_is_not_its_actor(sentence: str, target: str, actor: str | None) -> None:
    claims = extract_claims(_doc(f"Heading of the story\n\n{sentence}\n"))
    (attack,) = [c for c in claims if c.kind == "attack" and c.subject and target in c.subject]
    assert attack.actor == actor


def test_the_actor_of_a_capture_clause_is_the_one_that_took_it() -> None:
    text = "Heading of the story\n\nRegime forces have retaken outposts in Bhamo that were held by rebels.\n"
    (capture,) = [c for c in extract_claims(_doc(text)) if c.kind == "capture"]
    assert capture.actor == "state forces"  # whose regime, the article does not say
    for told in ["Myanmar's army denied it.", "The KIA denied it."]:
        (capture,) = [c for c in extract_claims(_doc(f"{text}{told}\n")) if c.kind == "capture"]
        assert capture.actor == "junta"  # an article about Myanmar, or about a Myanmar group


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The KIA and AA held their bases and they allege that junta airstrikes hit Laiza.", "junta"),
        ("Residents fled what the KIA described as an assault by unknown gunmen on the camp.", None),
        ("The KIA said the military attacked Laiza on Monday.", "junta"),  # the KIA fights in Myanmar
        ("A similar attack in 2014 on a KIA camp near Laiza killed 23 cadets.", None),
    ],
)
def test_the_actor_is_the_one_nearest_before_the_attack_and_not_its_teller(
    sentence: str, actor: str | None
) -> None:
    claims = extract_claims(_doc(f"Heading of the story\n\n{sentence}\n"))
    attacks = [c for c in claims if c.kind == "attack"]
    assert attacks and {c.actor for c in attacks} == {actor}


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("RSF drone strike kills 40 at a displacement camp near El Fasher.", 40, 40),
        ("Strikes killed at least 25 in Gaza City on Monday, officials said.", 25, None),
        ("The shelling wounded 20 others in the market.", 20, 20),
        ("The death toll from the missile strike on Kharkiv rose to 12, the governor said.", 12, 12),
        ("Dozens killed in Sudan camp strike.", 24, None),
    ],
)
def test_a_count_right_after_kill_or_wound_is_a_casualty_count(
    sentence: str, low: int, high: int | None
) -> None:
    claims = extract_claims(_doc(f"Heading of the story\n\n{sentence}\n"))
    counts = [(c.quantity.low, c.quantity.high) for c in claims if c.kind == "casualties" and c.quantity.low]
    assert counts == [(low, high)]
    assert not [c for c in claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("At least 40 people were killed in the camp, a local medical group said.", "a local medical group"),
        ("Strikes killed 25 people in Gaza, health officials said.", "health officials"),
        ("Five soldiers were killed, the military said in a statement.", "the military"),
        (
            "Shelling killed two people in Kherson overnight, the regional governor said.",
            "the regional governor",
        ),
        ("However, a report from Amnesty said 12 civilians were killed.", "a report from Amnesty"),
        ("Drone attack on the camp kills 35 people, says aid group.", "aid group"),
        ("“Shells killed 12 people in the market,” said Col Naw Bu, a KIA spokesman.", "Col Naw Bu"),
    ],
)
def test_unnamed_and_lower_case_sources_are_the_speaker(sentence: str, speaker: str) -> None:
    claims = extract_claims(_doc(f"Heading of the story\n\n{sentence}\n"))
    (count,) = [c for c in claims if c.kind == "casualties" and c.quantity.low]
    assert count.attributed_to == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "These airstrikes marked the apparent end of a long-standing policy of restraint.",
        "“We do not know where they will launch their next offensive,” the colonel said.",
        "The group has trained, supplied and fought alongside newly formed resistance groups.",
        "A regime push aims to split the alliance between the KIA and resistance forces fighting in Sagaing.",
        "The rebels took over several urban wards in less than a month of fighting.",
        "The group said it had captured 80 outposts since the start of the offensive.",
        "The military has not deployed this weapon in battle.",
        "The blast field could instead be the result of a secondary explosion after a drone attack.",
        "Although most clashes involving the KIA are now concentrated in Kachin, the group fights on.",
        "The regime's advance was slowed by frequent and potent KIA ambushes.",
    ],
)
def test_a_reference_back_a_plan_or_a_supposition_is_not_a_new_attack(sentence: str) -> None:
    claims = extract_claims(_doc(f"Heading of the story\n\n{sentence}\n"))
    assert not [c for c in claims if c.kind == "attack"]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Their arms include rifles, artillery, and equipment captured by army troops.", set()),
        ("The rebels seized large stocks of weapons from the depot.", set()),
        ("The rebels seized the town of Lashio on Friday.", {"capture"}),
        ("The army launched a counteroffensive to recapture lost ground from rebel groups.", {"attack"}),
    ],
)
def test_a_haul_of_weapons_or_lost_ground_is_not_a_place_taken(sentence: str, kinds: set[str]) -> None:
    claims = extract_claims(_doc(f"Heading of the story\n\n{sentence}\n"))
    assert {c.kind.value for c in claims if c.kind in {"capture", "attack"}} == kinds


@pytest.mark.parametrize(
    ("sentence", "is_cause"),
    [
        ("Photos showed severe damage to buildings 300 meters from the epicentre of the blast.", False),
        ("Efforts to determine the source of the blast have been complicated by competing claims.", False),
        ("The damage is indicative of a single, large explosion.", True),
        ("Subsequent explosions in the village were caused by mortar fire.", True),
    ],
)
def test_the_blast_told_before_is_not_a_cause_but_what_made_it_is(sentence: str, is_cause: bool) -> None:
    claims = extract_claims(_doc(f"Heading of the story\n\n{sentence}\n"))
    assert any(c.kind == "cause" for c in claims) is is_cause


@pytest.mark.parametrize(
    ("sentence", "place", "actor"),
    [
        (
            "The town of Bakhmut fell to Russian forces in May after months of fighting.",
            "Bakhmut",
            "Russian forces",
        ),
        ("Goma, the capital of North Kivu, fell to the rebels on Monday.", "Goma", None),
    ],
)
def test_a_place_that_fell_is_the_capture_before_the_verb(
    sentence: str, place: str, actor: str | None
) -> None:
    captures = [
        c for c in extract_claims(_doc(f"Heading of the story\n\n{sentence}\n")) if c.kind == "capture"
    ]
    assert [(c.place, c.actor) for c in captures] == [(place, actor)]


def test_a_headline_target_ends_before_its_verb() -> None:
    text = "Drone attack on Abu Shouk camp kills 35, says aid group\n\nBody text follows here.\n"
    (attack,) = [c for c in extract_claims(_doc(text)) if c.kind == "attack"]
    assert (attack.text, attack.place) == ("Abu Shouk camp", "Abu Shouk camp")


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("A child was killed and two others were wounded in the shelling.", [(1, 1), (2, 2)]),
        ("A 12-year-old girl died after the strike.", [(1, 1)]),
        ("Two 70-year-old men were killed.", [(2, 2)]),
    ],
)
def test_one_person_told_without_a_numeral_counts_and_ages_do_not(
    sentence: str, counts: list[tuple[int, int]]
) -> None:
    claims = extract_claims(_doc(f"Heading of the story\n\n{sentence}\n"))
    found = [(c.quantity.low, c.quantity.high) for c in claims if c.quantity.low is not None]
    assert found == counts


def test_weeks_ago_is_a_time_not_a_count() -> None:
    text = "Heading of the story\n\nTwo weeks ago, at least 300 civilians were killed in El Geneina.\n"
    assert [c.kind.value for c in extract_claims(_doc(text))] == ["casualties"]


def test_a_dateline_is_not_the_date_of_the_events() -> None:
    text = (
        "Heading of the story\n\nKHARTOUM, April 12 (Reuters) - At least 40 people were killed when drones "
        "struck a camp on Thursday, medics said.\n"
    )
    claims = extract_claims(_doc(text, "2025-04-12"))
    (count,) = [c for c in claims if c.kind == "casualties" and c.quantity.low]
    assert count.date is not None and count.date.iso == "2025-04-10"
    assert not [c for c in claims if c.kind == "event_date"]


def test_a_publication_line_is_not_a_date_claim() -> None:
    text = "Weekly update\n\n*Published by Conflict Monitor, 14 March 2024*\n\nBody text here.\n"
    assert not [c for c in extract_claims(_doc(text, "2024-03-14")) if c.kind == "event_date"]


def test_a_count_with_its_verb_after_it_takes_the_verbs_kind() -> None:
    text = "Weekly update\n\n- 3 junta bases captured by the KIA\n"
    (capture,) = [c for c in extract_claims(_doc(text)) if c.quantity.low is not None]
    assert (capture.kind.value, capture.quantity.low, capture.actor) == ("capture", 3, "KIA")


def test_a_teller_reporting_its_own_act_is_the_actor() -> None:
    text = "Heading of the story\n\nThe army said on Friday it had retaken the town in Sudan from the RSF.\n"
    (capture,) = [c for c in extract_claims(_doc(text)) if c.kind == "capture"]
    assert capture.actor == "SAF"  # the army of the country the article is about
    text = (
        "Heading of the story\n\nSince launching an offensive in March 2024, the AA-led forces claim to "
        "have captured 15 towns in the state.\n"
    )
    (towns,) = [c for c in extract_claims(_doc(text)) if c.kind == "capture"]
    assert towns.actor == "AA"  # 'AA-led forces' are the AA's; 'in the state' is a place, not the junta


def test_armed_groups_the_article_defines_are_actors() -> None:
    text = (
        "Heading of the story\n\nThe paramilitary Rapid Support Forces (RSF) attacked the camp on Monday.\n\n"
        "The RSF said the Sudanese Armed Forces (SAF) had shelled the market.\n"
    )
    attacks = [c for c in extract_claims(_doc(text)) if c.kind == "attack"]
    assert [c.actor for c in attacks] == ["RSF", "SAF"]
    text = "Heading of the story\n\nRussian troops captured the village of Novomykhailivka.\n"
    (capture,) = [c for c in extract_claims(_doc(text)) if c.kind == "capture"]
    assert capture.actor == "Russian forces"
    text = "Heading of the story\n\nAn Israeli airstrike on a school in Gaza City killed 15 people.\n"
    assert {c.actor for c in extract_claims(_doc(text))} == {"Israeli forces"}


def test_names_a_document_defines_are_found_as_one_table_of_names_would_find_them() -> None:
    text = (
        "Heading of the story\n\nThe Kachin Independence Army (KIA) and the Northern Shan Defence Army "
        "(NSDA) said the KIA-led forces and Russian troops had moved.\n"
    )
    actors = document_actors(text)
    assert actors.extra is not None  # the shipped table is not compiled again for this article
    one_table = words_regex(list(actors.canonical), led=True)
    assert [(m.start(), m.group(0)) for m in actors.mentions(text)] == [
        (m.start(), m.group(0)) for m in one_table.finditer(text)
    ]
    assert actors.name(actors.mentions("the Northern Shan Defence Army")[0]) == "NSDA"


def test_a_defined_force_name_does_not_take_in_the_headline_above_it() -> None:
    text = (
        "Rebels Strike Militia Camps\n\nThe Arakan Liberation Front (ALF) attacked two militia camps on "
        "Monday. Militia Camps near the river were shelled on Tuesday, the ALF said.\n"
    )
    actors = document_actors(text)
    assert actors.canonical["arakan liberation front"] == "ALF"
    assert not any("camps" in alias for alias in actors.canonical)


def test_each_described_place_in_a_capture_list_is_a_target_and_a_later_clause_names_no_taker() -> None:
    text = (
        "Heading of the story\n\nThe fighters briefly seized the regional capital Bahir Dar and the historic "
        "town of Lalibela before being pushed back by the Ethiopian National Defense Force (ENDF).\n"
    )
    targets = [c for c in extract_claims(_doc(text)) if c.rule == "target:capture"]
    assert [(c.place, c.actor) for c in targets] == [("Bahir Dar", None), ("Lalibela", None)]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Rebels led by Hayat Tahrir al-Sham captured the city of Hama on Thursday.", "HTS"),
        ("Suspected ISWAP fighters overran a military base in Borno state.", "ISWAP"),
        ("Fano militiamen seized the town of Debre Markos.", "Fano"),
        ("Federal troops recaptured the town of Debre Markos from Fano in Ethiopia.", "Ethiopian forces"),
    ],
)
def test_armed_groups_and_state_forces_of_more_wars_are_known(sentence: str, actor: str) -> None:
    captures = [
        c for c in extract_claims(_doc(f"Heading of the story\n\n{sentence}\n")) if c.kind == "capture"
    ]
    assert captures and {c.actor for c in captures} == {actor}


@pytest.mark.parametrize(
    ("sentence", "kind", "actor"),
    [  # who acted, when the teller is named first
        (
            "A TNLA spokesperson told reporters that regime airstrikes killed 23 civilians.",
            "casualties",
            "junta",
        ),
        (
            "The military regime claimed that its troops had recaptured Kyaukme from the TNLA.",
            "capture",
            "junta",
        ),
        ("A Russian missile strike on Kryvyi Rih killed 14 people.", "attack", "Russian forces"),
    ],
)
def test_the_teller_is_not_the_actor_unless_its_own_troops_acted(
    sentence: str, kind: str, actor: str
) -> None:
    claims = [c for c in extract_claims(_doc(f"Heading of the story\n\n{sentence}\n")) if c.kind == kind]
    assert claims and {c.actor for c in claims} == {actor}


def test_a_title_case_headline_names_only_the_places_its_story_names() -> None:
    text = (
        "Junta Claims to Have Retaken Strategic Town in Northern Shan\n\n"
        "The regime said on Monday that its troops had recaptured Kyaukme from the TNLA.\n"
    )
    (headline,) = [c for c in extract_claims(_doc(text)) if c.span.end <= 60]
    assert (headline.kind, headline.rule, headline.place) == ("capture", "event:capture", None)
    text = "Junta Retakes Kyaukme in Northern Shan\n\nThe regime said its troops had recaptured Kyaukme.\n"
    (headline,) = [c for c in extract_claims(_doc(text)) if c.span.end < 40]
    assert headline.place == "Kyaukme"


def test_a_verb_inside_a_name_is_no_event() -> None:
    text = (
        "Heading of the story\n\nIsraeli air strikes killed at least 32 Palestinians across the Gaza Strip.\n"
    )
    kinds = {c.kind for c in extract_claims(_doc(text))}
    assert "capture" not in kinds and "attack" in kinds  # 'Strip' names the place; the strikes are the attack


def test_our_troops_in_a_quote_are_the_speakers_side() -> None:
    text = (
        "Heading of the story\n\n“Our troops attacked the Burma army’s military camps along the "
        "highway,” Col Naw Bu, head of the Kachin Independence Organization’s information department, "
        "told reporters.\n"
    )
    attacks = [c for c in extract_claims(_doc(text)) if c.kind == "attack"]
    assert attacks and {c.actor for c in attacks} == {"KIA"}


def test_a_date_in_a_later_clause_is_not_the_claims() -> None:
    text = (
        "Heading of the story\n\nThe KIA has begun offensives to capture several camps in Kachin State, "
        "as it has increased efforts against the army since December 2023.\n"
    )
    (attack,) = [c for c in extract_claims(_doc(text, "2024-03-15")) if c.kind == "attack"]
    assert attack.date is None  # not the later clause's December 2023
    text = "Heading of the story\n\nThe KIA has captured 20 towns, as of March 2024.\n"
    (capture,) = [c for c in extract_claims(_doc(text, "2024-04-15")) if c.kind == "capture"]
    assert capture.date is not None and capture.date.iso == "2024-03"  # 'as of' is the claim's own


def _dated(text: str, published: str | None = None) -> dict[str, str | None]:
    """claim text -> its date, with the end of a period after a slash."""
    out = {}
    for c in extract_claims(_doc(text, published)):
        date = c.date.iso if c.date else None
        out[c.text] = f"{date}/{c.date_end.iso}" if date and c.date_end else date
    return out


def test_a_count_since_a_date_covers_the_months_up_to_its_telling() -> None:
    text = "Heading\n\nSince launching an offensive in March 2024, the rebels have captured 15 towns.\n"
    assert _dated(text, "2025-08")["15 towns"] == "2024-03/2025-08"


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        (
            "The truce broke down in 2011. Over the next seven years, offensives stripped it of land.",
            "seven years",
            "2011/2018",
        ),
        (
            "The KIA slowed attacks from November 2022 onwards. A six-month lull followed.",
            "six-month",
            "2022-11/2023-05",
        ),
        (
            "Troops retook posts held for the previous six months, rebels said on Friday.",
            "six months",
            "2025-02/2025-08",
        ),
    ],
)
def test_a_span_of_years_or_months_is_the_period_it_covers(text: str, quote: str, period: str) -> None:
    assert _dated(f"Heading\n\n{text}\n", "2025-08")[quote] == period


def test_today_in_a_statement_told_to_another_outlet_is_not_this_articles_today() -> None:
    told = "An analyst told {}: \u201cWhy did the KIA attack these camps today?\u201d"
    for outlet, date in [("Kachin News Group (KNG)", None), ("The Atlas", "2024-03-15")]:
        doc = _doc(f"Rebels strike camps\n\n{told.format(outlet)}\n", "2024-03-15")
        (attack,) = extract_claims(doc.model_copy(update={"outlet": "The Atlas News"}))
        assert (attack.date.iso if attack.date else None) == date


def test_the_finer_of_two_nested_dates_dates_the_claim() -> None:
    text = (
        "Heading\n\nDuring the offensive this year, after ships came on August 1, troops launched assaults.\n"
    )
    (attack,) = [c for c in extract_claims(_doc(text, "2025-08")) if c.kind == "attack"]
    assert attack.date is not None and attack.date.iso == "2025-08-01"


def test_a_paragraph_referring_back_keeps_the_events_date() -> None:
    text = (
        "Heading\n\n"
        "On the night of 9 October 2023, troops attacked the village. The army denied it.\n\n"
        "These include two schools.\n\n"
        "Footage of the attack showed damage as far as 300 meters from the blast.\n"
    )
    dates = _dated(text, "2023-10")
    assert dates["two schools"] == "2023-10-09"
    assert dates["300 meters"] == "2023-10-09"


def test_one_ranked_person_among_the_dead_and_an_ordinal_period_are_counts() -> None:
    text = (
        "Heading\n\nThe attack killed at least 60 people, including the brigade commander.\n\n"
        "A regime offensive in Kayah is now in its ninth month.\n"
    )
    claims = {c.text: c for c in extract_claims(_doc(text))}
    assert (claims["the brigade commander"].kind, claims["the brigade commander"].quantity.low) == (
        "casualties",
        1,
    )
    month = claims["ninth month"]
    assert (month.kind, month.quantity.low, month.quantity.high) == ("quantity", 8, 9)


def test_control_list_tails_and_offensives_named_by_place_are_claims() -> None:
    text = (
        "Heading\n\n"
        "The junta held control of the IB 47 base on the town's south side.\n\n"
        "Rebels captured the IB 236 and TB 5014 bases by February, along with the guard posts around "
        "Bhamo Airport.\n\n"
        "It then moved to pressure supply lines with a limited offensive at Shwegu in March 2023.\n\n"
        "In 2021 the KIA launched a bid to seize back territory lost between 2011 and 2018, with initial "
        "attacks targeting regime positions in Hpakant.\n"
    )
    claims = extract_claims(_doc(text))
    captures = {c.place for c in claims if c.kind == "capture"}
    assert {"IB 47 base", "IB 236"} <= captures
    (posts,) = [c for c in claims if c.subject == "target: guard posts"]
    assert posts.place == "Bhamo Airport"  # the guard posts are named by their kind, placed by the item
    (shwegu,) = [c for c in claims if c.kind == "attack" and "Shwegu" in c.text]
    assert shwegu.date is not None and shwegu.date.iso == "2023-03"
    (hpakant,) = [c for c in claims if c.kind == "attack" and "Hpakant" in c.text]
    assert hpakant.date is not None and hpakant.date.iso == "2021"  # not the earlier loss's years


def test_assaults_told_after_the_launch_of_an_offensive_are_an_attack_of_their_own() -> None:
    text = (
        "Heading\n\nThe military launched a counteroffensive this year, sending warships to Bhamo and "
        "conducting rapid ground assaults to retake the town.\n"
    )
    claims = extract_claims(_doc(text, "2025-08"))
    assert any(c.kind == "attack" and "ground assaults" in c.text for c in claims)
    assert any(c.kind == "event_date" for c in claims)  # the launch is a date claim


def _story(text: str, published: str) -> tuple[list[Claim], dict[str, Claim]]:
    """A story's claims, and the same claims by their text."""
    claims = extract_claims(_doc(text, published))
    return claims, {c.text: c for c in claims}


def test_wire_story_details_read_right() -> None:
    text = (
        "Drone strikes on Sudan's El Fasher kill at least 30\n\n"
        "Twenty-seven civilians were killed when RSF drones struck the Abu Shouk camp near El Fasher on "
        "Monday, the Emergency Response Rooms said in a statement.\n\n"
        "The group said another 45 people were wounded in the camp, which houses more than 450,000 "
        "displaced people. The RSF has denied targeting civilians in the past.\n\n"
        "Russia's defence ministry said it had struck a gathering of Ukrainian commanders, killing more "
        'than 60 servicemen. "Among the dead are two children," the governor said on Telegram.\n'
    )
    claims, by_text = _story(text, "2024-10-15")
    assert {c.place for c in claims if c.kind == "attack" and c.rule.startswith("target")} == {
        "El Fasher",
        "Abu Shouk camp",
    }  # not 'Sudan's El Fasher', not the group that told it
    assert by_text["Twenty-seven civilians"].actor == "RSF"  # a known armed group
    assert by_text["more than 450,000 displaced people"].kind == "strength"  # uprooted, not casualties
    assert not [c for c in claims if c.kind == "attack" and "denied" in c.text]
    assert by_text["more than 60 servicemen"].subject == "servicemen"
    assert {c.place for c in claims} & {"Telegram", "Ukrainian"} == set()


def test_toll_updates_bodies_and_demonyms_read_right() -> None:
    text = (
        "Gaza school strike: death toll rises to 27\n\n"
        "The number of people killed in Wednesday's Israeli strike on the Abu Hussein school has risen to "
        "27, the civil defence agency said on Thursday. Rescuers pulled 14 bodies from the rubble.\n\n"
        '"We were asleep when the missile hit," said Um Ahmed, who lost her son.\n\n'
        "The ministry says more than 52,000 Palestinians have been killed since October 2023.\n"
    )
    claims, by_text = _story(text, "2025-05-09")
    assert (
        by_text["27"].date is not None and by_text["27"].date.iso == "2025-05-07"
    )  # Wednesday, not Thursday
    assert by_text["14 bodies"].kind == "casualties"
    assert by_text["more than 52,000 Palestinians"].quantity.low == 52001
    assert not [c for c in claims if c.kind == "capture"]  # 'lost her son' gives up no position
    assert "Israeli" not in {c.place for c in claims}


def test_listed_bases_go_on_with_the_last_event_and_victory_photos_show_captures() -> None:
    text = (
        "Heading\n\nRegime forces have retaken outposts in Bhamo Township, KIA sources confirmed.\n\n"
        "These include the IB 236 and TB 5014 bases, according to KIA spokesperson Colonel Naw Bu.\n\n"
        "The regime released photos showing soldiers celebrating their victory in front of the IB 236 "
        "base.\n"
    )
    captures = [c for c in extract_claims(_doc(text, "2025-08")) if c.kind == "capture"]
    listed = {c.place: c.actor for c in captures if c.rule.startswith("target")}
    assert listed["TB 5014 bases"] == "junta"  # taken by the regime forces, not by the KIA who tells
    assert sum(1 for c in captures if c.place and "IB 236" in c.place) == 2  # listed, and shown in photos
    shown = {
        "Rebels raised their flag above the Lashio town hall.": "Lashio town hall",
        "Troops celebrated victory at Hpakant base.": "Hpakant base",
    }
    for sentence, place in shown.items():
        taken = [c for c in extract_claims(_doc(f"Heading\n\n{sentence}\n")) if c.kind == "capture"]
        assert [c.place for c in taken if c.rule.startswith("target")] == [place]


def test_front_line_reports_read_right() -> None:
    text = (
        "Heading\n\nThe General Staff said its troops repelled 42 Russian assaults over the past 24 hours. "
        'It said Russia had lost 1,280 troops. "They come in waves of five to seven men," he said.\n\n'
        "Russia's ministry said on June 5 that it had recaptured Kotlyne.\n\n"
        "Ukrainian troops have retaken Bakhmut, the brigade said on Wednesday, after Russian forces seized "
        "it late last month.\n"
    )
    claims, by_text = _story(text, "2025-06-05")
    assert (by_text["42 Russian assaults"].kind, by_text["42 Russian assaults"].quantity.low) == (
        "attack",
        42,
    )
    assert by_text["1,280 troops"].kind == "casualties"  # troops lost
    assert (by_text["five to seven men"].quantity.low, by_text["five to seven men"].quantity.high) == (5, 7)
    assert not [c for c in claims if "24 hours" in c.text]  # the period a report covers
    assert by_text["Kotlyne"].actor == "Russian forces"  # a country's ministry telling of its own act
    retaken = by_text["Bakhmut"]
    assert (retaken.date.iso, retaken.date_end.iso) == ("2025-06-01", "2025-06-04")  # by the day it was told


def test_a_day_after_attack_on_is_when_and_a_statement_day_does_not_date_the_lead() -> None:
    text = (
        "Army says 9 soldiers died, dozens of assailants neutralised\n\n"
        "The army said on Monday that nine soldiers were killed when its post near Djibo came under attack "
        "on Sunday.\n"
    )
    claims, by_text = _story(text, "2025-03-11")
    assert not [c for c in claims if c.place == "Sunday"]
    assert by_text["9 soldiers"].date is not None and by_text["9 soldiers"].date.iso == "2025-03-09"
    assert by_text["dozens of assailants"].kind == "casualties"  # 'neutralised' is military for killed


def test_a_markdown_report_with_bullets_a_table_and_a_denial_reads_right() -> None:
    text = (
        "# Weekly update: eastern DRC, 1–7 September 2025\n\n"
        "- The UN refugee agency said some 120,000 people had fled the fighting around Walikale.\n\n"
        "| Area | Killed | Injured |\n|---|---|---|\n| Walikale | 18 | 35 |\n\n"
        "The FARDC said it had killed 30 M23 fighters near Walikale, a claim M23 spokesman Lawrence "
        'Kanyuka denied. He said the group had lost "fewer than five" fighters.\n\n'
        "Fighting is likely to continue along the Walikale axis.\n"
    )
    claims, by_text = _story(text, "2025-09-08")
    assert by_text["some 120,000 people"].attributed_to == "The UN refugee agency"  # no bullet
    assert not [c for c in claims if c.kind == "attack"]  # fled the fighting; likely to continue
    cells = {(c.place, c.subject, c.quantity.low) for c in claims if c.rule == "table-cell"}
    assert cells == {("Walikale", "killed", 18), ("Walikale", "injured", 35)}
    assert {c.date.iso for c in claims if c.rule == "table-cell"} == {"2025-09-01"}  # the title's week
    assert by_text["30 M23 fighters"].actor == "FARDC"  # who killed them, not whose they were
    denial = by_text['fewer than five" fighters']
    assert (denial.kind, denial.attributed_to) == ("casualties", "M23 spokesman Lawrence Kanyuka")


def test_events_told_over_a_span_of_years_take_that_period() -> None:
    text = (
        "Heading\n\nThe truce broke down in 2011. Over the next seven years, a series of offensives by the "
        "military proceeded to strip the KIA of territory.\n"
    )
    claims, _ = _story(text, "2023-10")
    (capture,) = [c for c in claims if c.kind == "capture"]
    assert (capture.date.iso, capture.date_end.iso) == ("2011", "2018")


def test_a_title_without_an_actor_tells_of_the_articles_main_actor() -> None:
    text = (
        "Kachin offensive (2024–present)\n\n"
        "The KIA captured a base near Laiza on 7 March 2024. The KIA later seized three camps near Bhamo.\n"
    )
    _, by_text = _story(text, "2024-04-24")
    assert by_text["Kachin offensive (2024–present)"].actor == "KIA"


def test_prisoners_the_dead_and_names_with_army_words_read_right() -> None:
    text = (
        "Heading\n\nThe AA said it had seized the junta's Western Regional Military Command headquarters "
        "after a month-long battle.\n\n"
        "Its fighters captured more than 200 regime soldiers. Dozens of junta troops were killed in the "
        "final assault.\n\n"
        "About 150 junta personnel were captured. More than 4,000 junta troops and family members have "
        "surrendered or been captured. The group now controls 14 of Rakhine's 17 townships.\n"
    )
    claims, by_text = _story(text, "2024-12-22")
    for count in [
        "more than 200 regime soldiers",
        "About 150 junta personnel",
        "More than 4,000 junta troops",
    ]:
        assert by_text[count].kind == "casualties"  # taken prisoner
    (assault,) = [c for c in claims if c.kind == "attack" and "final assault" in c.text]
    assert assault.actor != "junta"  # the junta's troops died in it; they did not make it
    captures = [c for c in claims if c.kind == "capture"]
    assert [c.text for c in captures if "personnel" in c.text or "surrendered" in c.text] == []
    assert by_text["14 of Rakhine's 17 townships"].kind == "capture"
    named = "Heading\n\nRebels said they seized the Western Regional Military Command after a long battle.\n"
    assert "state forces" not in {c.actor for c in extract_claims(_doc(named))}  # 'Military' names a command


@pytest.mark.parametrize(
    ("sentence", "quote", "denied", "speaker"),
    [
        ("The army denied killing 12 civilians in the raid.", "12 civilians", True, "The army"),
        (
            "The military rejected claims that 40 people died in the airstrike.",
            "40 people",
            True,
            "The military",
        ),
        (
            "Hamas denied that its fighters had attacked the convoy.",
            "denied that its fighters",
            True,
            "Hamas",
        ),
        (
            "The regime denied responsibility and accused the KIA of storing 105 tonnes of explosives.",
            "105 tonnes",
            False,
            "The regime",
        ),
        ("Residents said 12 civilians were killed in the raid.", "12 civilians", False, "Residents"),
    ],
)
def test_what_a_speaker_denies_is_marked_denied(
    sentence: str, quote: str, denied: bool, speaker: str
) -> None:
    claims, _ = _story(f"Heading\n\n{sentence}\n", "2025-06-05")
    (claim,) = [c for c in claims if c.text.startswith(quote)]
    assert (claim.denied, claim.attributed_to) == (denied, speaker)


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The army said no one was killed in the strike.", "no one"),
        ("Officials said there were no casualties.", "no casualties"),
    ],
)
def test_no_one_killed_is_a_count_of_zero(sentence: str, quote: str) -> None:
    _, by_text = _story(f"Heading\n\n{sentence}\n", "2025-06-05")
    claim = by_text[quote]
    assert (claim.kind, claim.quantity.low, claim.quantity.high) == ("casualties", 0, 0)


def test_a_yemen_wire_story_reads_right() -> None:
    text = (
        "Houthi missile attack on Marib kills 15\n\n"
        "A missile fired by Yemen's Houthi movement struck a mosque in Marib during Friday prayers, killing "
        "between 15 and 20 people, a government official said on Saturday.\n\n"
        "Hundreds of fighters on both sides were killed in clashes around the city in mid-October.\n\n"
        "The Saudi-led coalition said it had carried out 19 airstrikes on Houthi positions over the "
        "past day, "
        "killing more than 90 rebels.\n\n"
        "Around 90 percent of the city's water network has been damaged by the fighting.\n"
    )
    claims, by_text = _story(text, "2021-11-06")
    assert (
        by_text["between 15 and 20 people"].date.iso == "2021-11-05"
    )  # Friday, not the Saturday it was told
    assert by_text["15"].actor == "Houthis"  # 'Houthi missile': the group the table knows
    assert by_text["Hundreds of fighters"].quantity.low == 200
    strikes = by_text["19 airstrikes"]
    assert strikes.actor == "Saudi-led coalition"
    assert (strikes.date.iso, strikes.date_end.iso) == ("2021-11-05", "2021-11-06")  # the past day
    assert not [c for c in claims if c.kind == "attack" and "water network" in c.text]


def test_a_month_without_a_year_is_the_last_one_before_the_story_unless_it_looks_ahead() -> None:
    ref = PartialDate.parse("2025-02-03")
    for text, iso in [
        ("since November", "2024-11"),
        ("will arrive in April", "2025-04"),
        ("on 21 December", "2024-12-21"),
    ]:
        (date,) = find_dates(text, 0, len(text), ref, None)
        assert date.date is not None and date.date.iso == iso


def test_an_analysis_piece_yields_no_false_captures_shares_or_future_periods() -> None:
    text = (
        "Heading\n\nSudan's economy shrank by 40 percent in 2023, and the Sudanese pound has lost two-thirds "
        "of its value.\n\n"
        "The army retook the presidential palace in March 2025 after nearly two years of RSF control.\n\n"
        '"We will not negotiate until every inch of Sudan is liberated," the army chief said in a speech on '
        "1 May.\n"
    )
    claims, by_text = _story(text, "2025-06-10")
    assert [c.text for c in claims if c.kind == "capture"] == [
        "The army retook the presidential palace in March 2025 after nearly two years of RSF control."
    ]  # no pound 'lost', no 'until ... liberated'
    assert "two-thirds" not in by_text  # a share, not a count
    span = by_text["nearly two years"]
    assert (span.date.iso, span.date_end.iso) == ("2023-03", "2025-03")  # the two years before March 2025
    assert not [c for c in claims if c.kind == "event_date" and "speech" in c.text]  # the day of a speech


def test_a_denial_covers_what_follows_it_and_an_abbreviated_teller_tells() -> None:
    text = (
        "Heading\n\nThe junta spokesman said troops had raided the village because fighters hid there, and "
        "denied that any children were killed.\n\n"
        "The National Unity Government (NUG) said that 13 people were killed when junta aircraft attacked "
        "a school.\n"
    )
    claims, by_text = _story(text, "2022-09-18")
    raid = [c for c in claims if c.kind == "attack" and "raided" in c.text]
    assert raid and not raid[0].denied  # the raid stands; only the children's deaths are denied
    assert [c.denied for c in claims if c.kind == "casualties" and "raided" in c.text] == [True]
    assert by_text["13 people"].actor == "junta"  # the NUG (NUG) tells of it; junta aircraft attacked


def test_a_named_gang_acts_and_people_forced_to_flee_are_uprooted() -> None:
    text = (
        "Heading\n\nMembers of the Gran Grif gang killed at least 70 people in Pont-Sonde on Thursday, "
        "the UN said. Gunmen set fire to 45 homes, forcing more than 6,270 residents to flee.\n"
    )
    _, by_text = _story(text, "2024-10-04")
    assert by_text["at least 70 people"].actor == "Gran Grif gang"
    assert by_text["more than 6,270 residents"].kind == "strength"


def test_a_live_blog_timestamp_is_no_part_of_a_sentence_or_a_count() -> None:
    text = (
        "Live updates\n\nUpdated 14:32 GMT\n\n12:05 GMT - Ukraine says it downed 34 of 48 drones\n\n"
        "Ukraine's air force said it had shot down 34 of the 48 drones launched overnight.\n"
    )
    claims, by_text = _story(text, "2025-05-20")
    assert by_text["34 of 48 drones"].attributed_to == "Ukraine"
    assert not [c for c in claims if c.quantity.low in (12, 5, 14, 32)]  # times are no counts


def test_day_without_year_takes_the_documents_year() -> None:
    (date,) = find_dates("On 19 January the KIA attacked", 0, 30, None, 2024)
    assert date.date.iso == "2024-01-19"


@pytest.mark.parametrize(
    ("clause", "speaker", "party"),
    [
        ("Rebels attacked 12 camps, according to a KIA spokesperson.", "a KIA spokesperson", True),
        ("Col. Naw Bu told Myanmar Now on Friday that the bases fell.", "Col. Naw Bu", True),
        ("The junta claimed last Thursday that its forces captured the town.", "The junta", True),
        ("A local resident said the troops retreated.", "A local resident", False),
        (
            "A report from Amnesty International cited a witness.",
            "A report from Amnesty International",
            False,
        ),
        ("KIA has reportedly captured at least ten camps.", "unnamed sources (reportedly)", None),
        ("The army shelled the village at dawn.", None, None),
        ("Russia's Defense Ministry said its forces took the village.", "Russia's Defense Ministry", True),
        ("At least 27 soldiers died, according to the Syrian Observatory.", "the Syrian Observatory", False),
        ("Twelve people died, medics said.", "medics", False),
        ("The UN estimates that 150,000 people have died.", "The UN", False),
    ],
)
def test_attribution_and_party_flag(clause: str, speaker: str | None, party: bool | None) -> None:
    assert find_speaker(clause) == speaker
    assert speaker_is_party(speaker) is party


@pytest.fixture(scope="module")
def seed_claims(seed_db: Path) -> dict[str, list]:
    with Store(seed_db) as s:
        docs = {d.file_name: d for d in s.documents()}
        return {name: s.claims(doc=name) for name in docs} | {"_docs": docs}


def _find(claims: list, kind: str, quote: str):
    hits = [c for c in claims if c.kind == kind and c.text == quote]
    assert hits, f"no {kind} claim {quote!r}: {[(c.kind.value, c.text) for c in claims]}"
    return hits[0]


def test_seed_casualty_claims(seed_claims: dict) -> None:
    kng = seed_claims["001_29a5e8e99a9094ea.txt"]
    c = _find(kng, "casualties", "at least 29 civilians")
    assert (c.quantity.low, c.quantity.high, c.date.iso) == (29, None, "2023-10")
    c = _find(kng, "casualties", "a mother and her child")
    assert (c.quantity.low, c.quantity.high, c.date.iso) == (2, 2, "2024-03-07")
    atlas = seed_claims["000_df6f49348f531d59.txt"]
    c = _find(atlas, "casualties", "twenty-nine civilians")
    assert (c.quantity.low, c.quantity.high) == (29, 29)
    iiss = seed_claims["002_706025780a37ea4a.txt"]
    assert (_find(iiss, "casualties", "at least 29 people").quantity.low,) == (29,)
    assert _find(iiss, "casualties", "11 children").date.iso == "2023-10-09"


def test_seed_capture_and_strength_claims(seed_claims: dict) -> None:
    wiki = seed_claims["004_51d9c811694422f7.txt"]
    c = _find(wiki, "capture", "over 80 junta outposts")
    assert (c.quantity.low, c.quantity.high) == (81, None)
    assert _find(wiki, "capture", "11 battalion headquarters").quantity.low == 11
    assert _find(wiki, "capture", "Lanse village").date.iso == "2024-11-10"
    atlas = seed_claims["000_df6f49348f531d59.txt"]
    c = _find(atlas, "strength", "around 20,000 soldiers")
    assert (c.quantity.low, c.quantity.high, c.as_of.iso) == (18000, 22000, "2024-03-15")
    c = _find(atlas, "capture", "at least ten military camps")
    assert c.attributed_to == "unnamed sources (reportedly)"


def test_seed_target_lists_give_one_claim_per_named_camp(seed_claims: dict) -> None:
    atlas = seed_claims[
        "000_df6f49348f531d59.txt"
    ]  # "... and mountain camps Hpun Pyen Bum and Hkaya Bum, Bum Re Bum"
    targets = {c.subject for c in atlas if c.kind == "attack" and c.rule == "target:attack"}
    assert {"target: Hpun Pyen Bum", "target: Hkaya Bum", "target: Bum Re Bum", "target: LIB-438"} <= targets


def test_seed_quote_attribution(seed_claims: dict) -> None:
    mn = seed_claims["003_a502b33af4d44843.txt"]
    c = _find(mn, "casualties", "4,600 deaths")
    assert c.attributed_to == "Junta propaganda" and c.speaker_is_party is True


def test_seed_spans_are_exact_and_furniture_yields_nothing(seed_claims: dict) -> None:
    docs = seed_claims["_docs"]
    for name, doc in docs.items():
        for c in seed_claims[name]:
            assert doc.text[c.span.start : c.span.end] == c.text
            assert not doc.in_boilerplate(c.span.start, c.span.end), (name, c.text)
    numbers = {c.quantity.low for c in seed_claims["004_51d9c811694422f7.txt"]}
    assert not numbers & {12, 14, 17, 307, 21}  # footnotes, operation name, unit designator


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
    | st.lists(
        st.sampled_from(
            [
                "at least",
                "29",
                "twenty-nine",
                "killed",
                "captured",
                "camps",
                "“",
                "”",
                "9 October 2023",
                "last Thursday",
                ",",
                ".",
                "\n",
                "LIB-321",
                "[12]",
                "the KIA",
                "said",
                "up to",
                "scores of",
                "civilians",
                "a mother and her child",
            ]
        ),
        max_size=60,
    ).map(" ".join)
)
def test_extraction_never_crashes_and_spans_hold(text: str) -> None:
    doc = Document(
        id="h",
        file_name="h.txt",
        media_type="text",
        text=text,
        encoding="utf-8",
        size_bytes=len(text.encode()),
        published=PartialDate.from_date(dt.date(2024, 3, 7)),
    )
    for claim in extract_claims(doc):
        assert text[claim.span.start : claim.span.end] == claim.text
        assert (
            claim.sentence.start <= claim.span.start <= claim.span.end <= claim.sentence.end
            or claim.rule == "stat-row"
        )


def test_a_run_on_sentence_is_cut_at_clause_breaks_with_exact_offsets() -> None:
    from reconcile.extract.text import MAX_SENTENCE_CHARS, sentences

    body = ", ".join(f"{n} soldiers were killed in Laiza" for n in range(1, 400))
    doc = _doc(f"Heading of the story\n\n{body}\n")
    pieces = [s for s in sentences(doc) if s.start > 20]
    assert len(pieces) > 1 and all(len(s.text) <= MAX_SENTENCE_CHARS for s in pieces)
    assert all(doc.text[s.start : s.end] == s.text for s in pieces)
    assert all(s.text.endswith(",") for s in pieces[:-1])  # cut after a comma, never inside a clause
    counts = [c for c in extract_claims(doc) if c.kind == "casualties"]
    assert len(counts) == 399  # no clause lost at a cut


def _one_sentence(sentence: str, published: str = "2025-04-18") -> list:
    return extract_claims(_doc(f"Heading of the story\n\n{sentence}\n", published))


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("U.S. airstrikes on a fuel port in Yemen killed 74 people.", "US forces"),
        ("US forces struck the port of Hodeidah on Monday.", "US forces"),
        ("American troops captured the airfield at Kandahar.", "US forces"),
        ("British warplanes bombed positions near Tikrit.", "British forces"),
    ],
)
def test_forces_named_by_a_demonym_or_us_are_actors(sentence: str, actor: str) -> None:
    events = [c for c in _one_sentence(sentence) if c.kind in ("attack", "capture")]
    assert events and {c.actor for c in events} == {actor}


def test_a_side_that_pulls_out_loses_the_place_and_is_not_the_taker() -> None:
    claims = _one_sentence(
        "Insurgents took control of Aleppo airport on Saturday, after government troops pulled out of the "
        "city."
    )
    captures = [c for c in claims if c.kind == "capture"]
    assert [c.text.strip() for c in captures] == [
        "Aleppo airport",  # 'took control of' names its target, as 'captured' does
        "after government troops pulled out of the city.",
    ]
    assert {c.actor for c in captures} == {None}  # 'government troops' gave the city up; they took nothing


def test_a_with_ing_clause_tells_how_a_capture_went_not_another_capture() -> None:
    claims = _one_sentence(
        "The next day, the road had been captured, with army units retreating from Sadung and Waingmaw."
    )
    assert [c.text for c in claims if c.kind == "capture"] == ["the road had been captured"]


def test_a_ranking_is_no_count_and_its_period_no_event_date() -> None:
    claims = _one_sentence(
        "Militants killed at least 40 soldiers in an attack on an army camp in central Mali on Tuesday, "
        "in one of the deadliest assaults on the military this year."
    )
    assert [(c.kind, c.quantity.low) for c in claims] == [("attack", None), ("casualties", 40)]
    assert {c.date.iso for c in claims} == {"2025-04-15"}
    assert {c.place for c in claims} == {"Mali"}  # past the compass word


def test_a_time_offset_is_no_quantity() -> None:
    claims = _one_sentence(
        "The attack came two weeks after gunmen ambushed a convoy near Tessit, killing 12 people."
    )
    assert [(c.kind, c.text) for c in claims if c.quantity.low is not None] == [("casualties", "12 people")]


def test_claiming_responsibility_for_an_attack_makes_the_claimant_its_actor() -> None:
    (attack,) = _one_sentence(
        "The Group for the Support of Islam and Muslims (JNIM) claimed responsibility for the attack on the "
        "camp at Boulkessi."
    )
    assert (attack.kind, attack.actor, attack.place) == ("attack", "JNIM", "Boulkessi")
    denied = _one_sentence("The KIA denied responsibility for the attack on the camp at Boulkessi.")
    assert all(c.actor != "KIA" for c in denied)


def test_the_outlet_of_a_side_tells_of_a_strike_and_is_no_target_or_actor() -> None:
    claims = _one_sentence(
        "The strikes hit the Ras Isa port late Thursday, the Houthis' Al-Masirah television reported."
    )
    assert [(c.kind, c.place, c.actor) for c in claims] == [("attack", "Ras Isa port", None)]
    assert claims[0].attributed_to == "the Houthis' Al-Masirah television"


def test_a_count_of_targets_hit_is_an_attack_count() -> None:
    claims = _one_sentence(
        "Since March 15, U.S. strikes have hit more than 800 targets in Yemen, the Pentagon said."
    )
    (count,) = [c for c in claims if c.quantity.low is not None]
    assert (count.kind, count.quantity.low, count.subject, count.actor) == (
        "attack",
        801,
        "targets",
        "US forces",
    )


def test_a_headline_source_after_a_comma_is_the_teller_not_a_target() -> None:
    claims = extract_claims(_doc("US strikes on Yemen port kill 74, Houthis say\n\nNo details were given.\n"))
    assert [(c.kind, c.text) for c in claims] == [("attack", "Yemen port"), ("casualties", "74")]
    assert {c.attributed_to for c in claims} == {"Houthis"}
    assert {c.actor for c in claims} == {"US forces"}


def test_a_described_place_held_by_a_side_is_named_by_its_name() -> None:
    (attack,) = _one_sentence("US forces struck the Houthi-held port of Hodeidah on Monday.")
    assert (attack.place, attack.date.iso) == ("Hodeidah", "2025-04-14")


def test_each_quote_is_spoken_by_the_attribution_of_its_own_sentence() -> None:
    text = (
        "Heading of the story\n\nAnalysts say the fighting reflects a wider shift. “We seized the base at "
        "Laiza on Friday,” a KIA spokesperson said.\n"
    )
    (capture,) = [c for c in extract_claims(_doc(text, "2025-04-18")) if c.kind == "capture"]
    assert (capture.attributed_to, capture.actor) == ("a KIA spokesperson", "KIA")


def test_a_country_that_acts_stands_for_its_forces() -> None:
    claims = _one_sentence(
        "Russia launched 298 drones and 69 missiles at Ukraine overnight, the Ukrainian Air Force said."
    )
    assert [(c.text, c.quantity.low, c.actor) for c in claims] == [
        ("298 drones", 298, "Russian forces"),
        ("69 missiles", 69, "Russian forces"),
    ]


def test_the_two_sides_of_a_war_are_not_the_doer_of_its_toll() -> None:
    claims = _one_sentence(
        "The war between the army and the RSF, which erupted in April 2023, has killed tens of thousands of "
        "people and uprooted more than 13 million, according to the UN."
    )
    assert [(c.kind, c.quantity.low, c.subject, c.actor) for c in claims] == [
        ("casualties", 20000, "people", None),
        ("strength", 13000001, "displaced", None),
    ]


def test_a_running_total_takes_the_kind_of_the_count_before_it_and_its_period() -> None:
    claims = _one_sentence(
        "Ukraine's General Staff reported 1,040 Russian casualties over the past day, bringing the total "
        "since February 2022 to around 975,000.",
        "2025-05-25",
    )
    counts = [c for c in claims if c.quantity.low is not None]
    assert [(c.kind, c.text, c.subject) for c in counts] == [
        ("casualties", "1,040 Russian casualties", "casualties"),
        ("casualties", "around 975,000", "casualties"),
    ]
    assert (counts[1].quantity.low, counts[1].quantity.high) == (877500, 1072500)
    assert (counts[1].date.iso, counts[1].date_end.iso) == ("2022-02", "2025-05-25")


def test_a_toll_since_a_date_runs_to_the_telling() -> None:
    claims = _one_sentence(
        "Gaza's health ministry said the death toll since October 7, 2023 had risen to 53,939, with 122,797 "
        "wounded.",
        "2025-05-25",
    )
    counts = [(c.text, c.date.iso, c.date_end.iso) for c in claims if c.kind == "casualties"]
    assert counts == [
        ("53,939", "2023-10-07", "2025-05-25"),
        ("122,797 wounded", "2023-10-07", "2025-05-25"),
    ]


def test_women_and_children_are_one_count_and_a_child_with_a_parent_two() -> None:
    claims = _one_sentence(
        "Strikes killed 45 people, including 15 women and children sheltering in a school."
    )
    assert ("15 women and children", "women and children") in [(c.text, c.subject) for c in claims]
    (pair,) = _one_sentence(
        "A 12-year-old boy and his father were among the dead in Zhytomyr, the governor said."
    )
    assert (pair.kind, pair.quantity.low, pair.quantity.high) == ("casualties", 2, 2)


def test_a_passive_report_names_no_teller() -> None:
    (none,) = _one_sentence("No casualties were reported, but smoke rose over the port, witnesses told AFP.")
    assert (none.quantity.low, none.attributed_to) == (0, "witnesses")


def test_an_opening_region_gives_way_to_the_place_the_clause_names() -> None:
    claims = _one_sentence(
        "In El Fasher, the capital of North Darfur, RSF shelling killed eight civilians on Wednesday."
    )
    assert {c.place for c in claims} == {"El Fasher"}
    claims = _one_sentence("In Kachin State, armed clashes have recently escalated in Hpakant and Bhamo.")
    assert {c.place for c in claims} == {"Hpakant"}


def test_the_target_of_a_launch_and_the_side_that_lost_troops_are_not_doers() -> None:
    claims = _one_sentence(
        "In total, Russia launched 55 drones and four missiles at Ukraine overnight, the air force said."
    )
    assert {c.actor for c in claims} == {"Russian forces"}
    (lost,) = _one_sentence(
        "A Ukrainian brigade reported that Russian forces lost 230 personnel over the past day."
    )
    assert (lost.kind, lost.quantity.low, lost.actor) == ("casualties", 230, None)


def test_no_one_claiming_responsibility_is_no_attack_claim() -> None:
    claims = _one_sentence(
        "No group has claimed responsibility for the attack, but JNIM is active in the area."
    )
    assert claims == []


def test_a_quote_said_by_he_is_spoken_by_the_person_the_paragraph_names() -> None:
    text = (
        "Heading of the story\n\nRegional governor Volodymyr Artyukh said two missiles hit the city. "
        "“Among the dead are two children,” he said on Telegram.\n"
    )
    (children,) = [c for c in extract_claims(_doc(text, "2025-04-13")) if c.text == "two children"]
    assert children.attributed_to == "Regional governor Volodymyr Artyukh"


def test_marching_into_a_named_town_is_a_capture_of_it() -> None:
    claims = _one_sentence(
        "Rwanda-backed M23 rebels marched into the centre of Goma on Monday.", "2025-01-27"
    )
    assert [(c.kind, c.place, c.actor, c.date.iso) for c in claims] == [
        ("capture", "Goma", "M23", "2025-01-27")
    ]
    assert {c.kind for c in _one_sentence("The war entered its third year on Monday.")} == {"event_date"}
    headline = extract_claims(_doc("M23 rebels enter Goma as Congolese troops flee\n\nNo more was said.\n"))
    assert [(c.kind, c.place) for c in headline] == [("capture", "Goma")]


def test_a_demonym_before_a_person_noun_counts_that_noun() -> None:
    (troops,) = _one_sentence("Some 1,200 Congolese troops handed over their weapons, a U.N. source said.")
    assert (troops.text, troops.subject, troops.attributed_to) == (
        "Some 1,200 Congolese troops",
        "troops",
        "a U.N. source",
    )


def test_an_aside_between_a_source_and_its_verb_is_not_the_source() -> None:
    claims = _one_sentence(
        "Al-Shabaab, in a statement on its Andalus radio, claimed it had killed 47 soldiers and seized the "
        "base at Mooqokori."
    )
    assert {c.attributed_to for c in claims} == {"Al-Shabaab"}


def test_an_ordinal_ranking_scopes_its_period_and_tolls_carried_out_since_run_to_now() -> None:
    assert _one_sentence("The attack is the third on a government base in the region this month.") == []
    (attacks,) = [
        c
        for c in _one_sentence(
            "Al-Shabaab has carried out dozens of attacks in central Somalia since the government launched "
            "an offensive in August 2022.",
            "2025-03-20",
        )
        if c.kind == "attack"
    ]
    assert (attacks.quantity.low, attacks.date.iso, attacks.date_end.iso) == (24, "2022-08", "2025-03-20")


@pytest.mark.parametrize(
    ("published", "weekend"),
    [("2024-10-08", ("2024-10-05", "2024-10-06")), ("2024-10-06", ("2024-10-05", "2024-10-06"))],
)
def test_over_the_weekend_is_the_last_saturday_and_sunday(published: str, weekend: tuple[str, str]) -> None:
    (killed,) = _one_sentence(
        "Gang members killed at least 115 people in Pont-Sonde over the weekend.", published
    )
    assert (killed.date.iso, killed.date_end.iso) == weekend


def test_a_named_gang_is_its_name_without_the_article() -> None:
    claims = _one_sentence("The Gran Grif gang opened fire on residents on Thursday, killing dozens.")
    assert {c.actor for c in claims} == {"Gran Grif gang"}


def test_an_indefinite_ordinal_is_no_ranking_and_a_country_with_gang_no_gang_name() -> None:
    claims = _one_sentence(
        "Talks produced no ceasefire, and a second round in late 2023 collapsed within weeks."
    )
    assert [(c.kind, c.date.iso) for c in claims] == [("event_date", "2023")]
    headline = extract_claims(
        _doc("Haiti gang attack on Pont-Sonde kills at least 70, UN says\n\nNo more.\n")
    )
    assert all(c.actor != "Haiti gang" for c in headline)


def test_places_taken_out_of_a_whole_are_a_capture_count_and_the_whole_a_quantity() -> None:
    claims = _one_sentence(
        "Since launching Operation 1027 in November 2023, the AA has taken 14 of Rakhine State’s 17 "
        "townships.",
        "2024-12-21",
    )
    counts = [(c.kind, c.quantity.low) for c in claims if c.quantity.low is not None]
    assert counts == [("capture", 14), ("quantity", 17)]
    assert [c.rule for c in claims if c.kind == "event_date"] == ["date:launch"]  # one date claim, not two


def test_a_person_captured_is_no_target_and_materiel_seized_no_capture() -> None:
    claims = _one_sentence(
        "More than 400 junta soldiers were captured alive, including Brigadier General Thurein Tun, the AA "
        "said."
    )
    assert [(c.kind, c.quantity.low) for c in claims] == [("casualties", 401)]
    assert _one_sentence("“We seized a large amount of ammunition,” a PDF spokesman told Mizzima.") == []


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The regime’s Light Infantry Battalion 387 was also overrun last week, the group said.", None),
        ("The junta’s base at Mansi was captured by the KIA on Friday.", "KIA"),
    ],
)
def test_in_a_passive_capture_only_the_one_after_by_took_it(sentence: str, actor: str | None) -> None:
    (capture,) = [c for c in _one_sentence(sentence) if c.kind == "capture"]
    assert capture.actor == actor


def test_the_period_of_a_first_since_dates_nothing() -> None:
    (capture,) = _one_sentence(
        "The AA said on Saturday it had seized the Western Regional Military Command headquarters in Ann, "
        "the first regional command to fall to an ethnic armed group since the 2021 coup.",
        "2024-12-21",
    )
    assert capture.date is None or capture.date.year == 2024


def test_the_source_of_a_headline_is_the_subject_of_its_last_clause() -> None:
    claims = extract_claims(_doc("Fighting rages in Lashio as MNDAA claims regional command\n\nNo more.\n"))
    assert {c.attributed_to for c in claims} == {"MNDAA"}


def test_per_cent_counts_as_a_percentage_and_those_targeted_report_no_attack() -> None:
    claims = _one_sentence(
        "Humanitarian partners delivered food assistance to 180,000 people in October, around 40 per cent of "
        "those targeted."
    )
    assert "attack" not in {c.kind for c in claims}
    (share,) = [c for c in claims if c.subject == "percent"]
    assert (share.text, share.quantity.low, share.quantity.high) == ("around 40 per cent", 36, 44)


def test_a_count_after_including_takes_the_noun_of_the_count_before_not_the_place_after() -> None:
    claims = _one_sentence(
        "An estimated 3.5 million people are internally displaced across Myanmar, including 1.2 million in "
        "Sagaing Region."
    )
    assert [(c.text, c.subject) for c in claims if c.quantity.low] == [
        ("An estimated 3.5 million people", "people"),
        ("1.2 million", "people"),
    ]


def test_a_week_of_a_month_is_a_date_not_a_duration() -> None:
    claims = _one_sentence(
        "More than 60,000 people fled their homes in Lashio in the first week of November."
    )
    assert [c.text for c in claims if c.kind == "quantity"] == []


def test_both_sides_named_between_with_an_abbreviation_are_no_doer() -> None:
    (clashes,) = _one_sentence(
        "Clashes between the Myanmar Armed Forces (MAF) and ethnic armed organizations intensified in Shan."
    )
    assert clashes.actor is None


@pytest.mark.parametrize(
    ("published", "month"),
    [("2024-10-02", "2023-10"), ("2024-10-02", "2024-03")],
)
def test_last_and_a_month_name_is_the_last_such_month_before_publication(published: str, month: str) -> None:
    name = {"2023-10": "October", "2024-03": "March"}[month]
    claims = _one_sentence(
        f"More than 1,900 people have been killed since the conflict began last {name}.", published
    )
    (killed,) = [c for c in claims if c.kind == "casualties"]
    assert (killed.date.iso, killed.date_end.iso) == (month, published)


def test_a_war_which_began_in_a_year_has_killed_since_then() -> None:
    claims = _one_sentence(
        "The insurgency, which began in 2017, has killed more than 4,000 people and displaced nearly one "
        "million.",
        "2024-05-11",
    )
    assert [(c.kind, c.date.iso, c.date_end.iso) for c in claims if c.quantity.low] == [
        ("casualties", "2017", "2024-05-11"),
        ("strength", "2017", "2024-05-11"),
    ]


def test_targets_of_a_side_are_owned_by_it_and_its_jets_are_its_own_act() -> None:
    claims = _one_sentence("Israel's military said its jets struck about 200 Hezbollah targets overnight.")
    (count,) = [c for c in claims if c.quantity.low]
    assert (count.kind, count.quantity.low, count.actor) == ("attack", 180, "IDF")


def test_a_count_in_its_own_clause_takes_that_clauses_actor() -> None:
    claims = _one_sentence(
        "Israeli airstrikes killed eight people on Wednesday, as Hezbollah fired dozens of rockets into "
        "Israel."
    )
    (rockets,) = [c for c in claims if c.subject == "rockets"]
    assert rockets.actor == "Hezbollah"


def test_a_place_with_an_arabic_article_is_named_whole() -> None:
    (tanks,) = _one_sentence(
        "Hezbollah said it destroyed three Merkava tanks near the village of Maroun al-Ras."
    )
    assert tanks.place == "Maroun al-Ras"


def test_a_wire_dateline_is_not_part_of_the_sentence_or_its_source() -> None:
    (capture,) = [
        c
        for c in _one_sentence(
            "KINSHASA, Jan 28 (AFP) - Rwanda-backed M23 fighters seized the airport in Goma on Tuesday, the "
            "army said.",
            "2025-01-28",
        )
        if c.kind == "capture"
    ]
    assert (capture.text, capture.place, capture.attributed_to) == (
        "the airport in Goma",
        "Goma airport",
        "the army",
    )
    assert capture.sentence.start > 0 and "KINSHASA" not in capture.text


def test_still_holding_a_place_denies_its_capture_but_holding_a_part_or_held_by_does_not() -> None:
    (held,) = _one_sentence("The army said its troops still controlled Goma airport.")
    assert (held.kind, held.denied, held.actor) == ("capture", True, None)
    (part,) = _one_sentence("The KIA still controls a section of the airport.")
    assert part.denied is False
    assert _one_sentence("El Fasher is the last major city in Darfur still controlled by the army.") == []


def test_a_capture_its_speaker_denies_after_its_own_claim_is_a_version_of_its_own() -> None:
    claims = _one_sentence(
        "The army said its troops still controlled Goma airport and denied that M23 rebels had captured it."
    )
    denied = [c for c in claims if c.text.startswith("denied")]
    assert [(c.kind, c.actor, c.denied) for c in denied] == [("capture", "M23", True)]


def test_a_toll_since_a_day_runs_to_the_telling_and_a_risen_toll_is_an_events() -> None:
    (toll,) = [
        c
        for c in _one_sentence("Doctors said 100 people had been killed since Sunday.", "2025-01-28")
        if c.kind == "casualties"
    ]
    assert (toll.date.iso, toll.date_end.iso, toll.as_of.iso) == ("2025-01-26", "2025-01-28", "2025-01-28")
    (risen,) = _one_sentence("The death toll has risen to more than 120, local doctors said.", "2025-01-28")
    assert (risen.kind, risen.quantity.low, risen.as_of) == ("casualties", 121, None)  # one event's toll


def test_the_counted_force_is_the_actor_of_a_strength_count() -> None:
    (troops,) = [
        c
        for c in _one_sentence(
            "Rwanda denies backing M23, though U.N. experts estimate that 3,000 to 4,000 Rwandan troops are "
            "fighting alongside the group."
        )
        if c.kind == "strength"
    ]
    assert (troops.actor, troops.attributed_to) == ("Rwandan forces", "U.N. experts")


def test_a_city_dateline_with_a_full_date_opens_no_sentence() -> None:
    claims = _one_sentence(
        "Kyiv, 13 April 2025 - A Russian ballistic missile strike on Sumy killed 11 people on Sunday "
        "morning.",
        "2025-04-13",
    )
    assert {c.actor for c in claims} == {"Russian forces"}
    assert all("Kyiv" not in c.text for c in claims)


def test_a_toll_put_at_a_figure_and_a_count_after_two_named_groups_are_casualties() -> None:
    (toll,) = _one_sentence("Local hospital officials later put the toll at more than 90.")
    assert (toll.kind, toll.quantity.low, toll.subject) == ("casualties", 91, "people")
    claims = _one_sentence(
        "At least 19 Hamas and Islamic Jihad terrorists were killed in the strike, the army said."
    )
    counts = [c for c in claims if c.quantity.low]
    assert [(c.kind, c.text, c.subject) for c in counts] == [
        ("casualties", "At least 19 Hamas and Islamic Jihad terrorists", "terrorists")
    ]


def test_a_repelled_assault_by_a_side_is_its_attack_and_a_fall_denied_beside_it_a_denied_capture() -> None:
    claims = _one_sentence(
        "Sudan's army said on Sunday it had repelled a large-scale assault by the Rapid Support Forces (RSF) "
        "on El Fasher and denied that its 6th Infantry Division headquarters had fallen.",
        "2025-06-01",
    )
    assert [(c.kind, c.actor, c.denied) for c in claims] == [
        ("attack", "RSF", False),
        ("capture", None, True),
    ]
    assert _one_sentence("The railway, which had fallen into disuse, was repaired.") == []


def test_a_town_that_had_fallen_is_a_capture_and_dismissing_reports_of_it_a_denied_one() -> None:
    (fell,) = _one_sentence("By nightfall the town had fallen, residents said.")
    assert (fell.kind, fell.denied) == ("capture", False)
    claims = _one_sentence(
        "The Tatmadaw remains in control of Lashio, the council said, dismissing reports that the town had "
        "fallen."
    )
    dismissed = [c for c in claims if c.text.startswith("dismissing")]
    assert [(c.kind, c.denied, c.actor) for c in dismissed] == [("capture", True, None)]


def test_one_person_killed_told_with_a_place_between_is_counted_and_a_target_ends_before_that() -> None:
    (man,) = _one_sentence(
        "A Palestinian man in the West Bank city of Jericho was killed by falling debris, officials said."
    )
    assert (man.kind, man.quantity.low, man.quantity.high, man.text) == (
        "casualties",
        1,
        1,
        "A Palestinian man",
    )
    claims = _one_sentence(
        "The Houthis claimed responsibility for a drone attack on Tel Aviv that killed one person."
    )
    assert [c.place for c in claims if c.rule == "target:attack"] == ["Tel Aviv"]


def test_one_family_names_whose_dead_and_is_no_count() -> None:
    claims = _one_sentence("The strike killed six members of one family, including four children.")
    assert [(c.text, c.quantity.low) for c in claims if c.quantity.low] == [
        ("six members", 6),
        ("four children", 4),
    ]


def test_an_accused_side_is_the_actor_and_the_dead_of_a_whole_sentence_event_hide_no_actor() -> None:
    claims = _one_sentence(
        "The army accused the RSF of shelling the Abu Shouk camp on Tuesday, killing 12 displaced people.",
        "2025-05-08",
    )
    assert {c.actor for c in claims} == {"RSF"}
    (dead,) = [c for c in claims if c.quantity.low]
    assert (dead.kind, dead.quantity.low) == ("casualties", 12)  # killed, not a count of the displaced
    (strike,) = _one_sentence("Ukraine accused Russia of striking a hospital in Kharkiv.")
    assert (strike.kind, strike.actor, strike.attributed_to) == ("attack", "Russian forces", "Ukraine")


def test_a_side_named_in_a_because_clause_did_not_do_the_event() -> None:
    claims = _one_sentence(
        "Junta spokesman Maj-Gen Zaw Min Tun said troops had raided the village because PDF fighters were "
        "hiding there."
    )
    assert {c.actor for c in claims if c.kind == "attack"} == {None}


def test_claiming_the_attack_is_claiming_responsibility_but_claiming_what_it_did_is_not() -> None:
    (attack,) = _one_sentence("The Tehreek-e-Taliban Pakistan (TTP) claimed the attack in a statement.")
    assert (attack.kind, attack.actor) == ("attack", "TTP")
    claims = _one_sentence("Hamas claimed the attack killed 30 civilians.")
    assert [(c.kind, c.actor, c.attributed_to) for c in claims] == [("casualties", None, "Hamas")]


def test_myanmar_local_copy_counts_the_one_killed_the_villages_fled_from_and_the_first_of_allied_takers() -> (
    None
):
    claims = _one_sentence(
        "The junta's air force dropped two 500-pound bombs on the village, killing a 20-year-old woman and "
        "injuring five others."
    )
    assert [(c.kind, c.text, c.quantity.low) for c in claims if c.kind == "casualties"] == [
        ("casualties", "a 20-year-old woman", 1),
        ("casualties", "five others", 5),
    ]
    fled = _one_sentence(
        "More than 3,000 people from 10 villages have been displaced since the fighting began."
    )
    assert ("quantity", "10 villages") in [(c.kind, c.text) for c in fled]
    (station,) = [
        c
        for c in _one_sentence(
            "The Kachin Independence Army (KIA) and allied resistance forces seized the Mansi police station."
        )
        if c.kind == "capture"
    ]
    assert station.actor == "KIA"


def test_each_side_of_a_contrast_has_its_own_source_and_a_report_after_said_is_none() -> None:
    claims = _one_sentence("Local media reported that 15 people died, but the governor put the toll at nine.")
    assert [(c.quantity.low, c.attributed_to) for c in claims] == [(15, "Local media"), (9, "the governor")]
    (missing,) = _one_sentence(
        "Officials, speaking on condition of anonymity, said 20 soldiers were missing."
    )
    assert missing.attributed_to == "Officials"
    (later,) = _one_sentence("Local hospital officials later put the toll at more than 90.")
    assert later.attributed_to == "Local hospital officials"


def test_a_figure_the_outlet_corrects_is_a_denied_version_of_its_own() -> None:
    (retracted,) = _one_sentence(
        "Correction: An earlier version of this article incorrectly said 20 people were killed."
    )
    assert (retracted.quantity.low, retracted.denied, retracted.attributed_to) == (20, True, None)


def test_an_attack_a_side_denies_making_is_its_own_denied_version() -> None:
    claims = _one_sentence(
        "The Israeli military said the blast at the hospital was caused by a rocket misfired by the "
        "Palestinian Islamic Jihad, and denied that it had struck the hospital."
    )
    (attack,) = [c for c in claims if c.kind == "attack"]
    assert (attack.text, attack.denied, attack.actor) == (
        "denied that it had struck the hospital.",
        True,
        "Israeli forces",  # the 'it' that denies is the speaker's side
    )


def test_a_war_tally_since_a_year_runs_to_the_day_it_was_told() -> None:
    claims = _one_sentence(
        "Boko Haram has killed more than 35,000 people and displaced about 2 million in the northeast since "
        "2009, according to the United Nations.",
        "2024-09-05",
    )
    assert [(c.quantity.low, c.date.iso, c.date_end.iso, c.as_of.iso) for c in claims] == [
        (35001, "2009", "2024-09-05", "2024-09-05"),
        (1800000, "2009", "2024-09-05", "2024-09-05"),
    ]


def test_killed_n_of_them_counts_the_group_named_before() -> None:
    (dead,) = _one_sentence("The army said troops had repelled the attackers and killed 11 of them.")
    assert (dead.quantity.low, dead.subject) == (11, "attackers")
    claims = _one_sentence("The militants attacked the convoy, and soldiers killed six of them.")
    assert [c.subject for c in claims if c.kind == "casualties"] == ["people"]  # not the soldiers who killed


def test_people_arrested_or_forced_from_their_homes_are_counted() -> None:
    (held,) = _one_sentence("Police arrested 40 protesters and charged them with arson.")
    assert (held.kind, held.quantity.low, held.subject) == ("casualties", 40, "protesters")
    claims = _one_sentence(
        "The insurgency has killed more than 20,000 people and forced over two million from their homes."
    )
    assert [(c.kind, c.subject, c.quantity.low) for c in claims] == [
        ("casualties", "people", 20001),
        ("strength", "displaced", 2000001),
    ]


def test_a_group_among_the_dead_and_an_aside_about_it_name_no_actor_or_place() -> None:
    (dead,) = _one_sentence(
        "Security sources told AFP that around 50 soldiers and members of the Volunteers for the Defence of "
        "the Homeland (VDP), a civilian militia that backs the army, had died.",
        "2023-11-27",
    )
    assert (dead.quantity.low, dead.actor, dead.place) == (45, None, None)
    assert dead.attributed_to == "Security sources"


def test_a_source_that_declined_one_thing_and_said_another_is_the_first_verbs_subject() -> None:
    claims = _one_sentence(
        'The government did not comment on the toll but said in a statement that "several dozen assailants '
        'were neutralised".'
    )
    assert {c.attributed_to for c in claims} == {"The government"}
    (neutral,) = _one_sentence(
        '"Our forces have taken control of Shire," the government communication service said in a statement.'
    )
    assert neutral.attributed_to == "the government communication service"


def test_a_place_denied_to_have_fallen_is_the_name_before_the_verb() -> None:
    (denied,) = _one_sentence("Armenian separatist officials denied that Lachin had fallen.")
    assert (denied.kind, denied.denied, denied.place) == ("capture", True, "Lachin")
    (fallen,) = _one_sentence("Mansi had fallen to its fighters, the KIA said.")
    assert (fallen.kind, fallen.place) == ("capture", "Mansi")  # the fighters after 'fallen to' took it


def test_our_forces_quoted_from_a_countrys_official_are_that_countrys_forces() -> None:
    (taken,) = _one_sentence(
        '"Our forces have taken the town of Lachin and control the road," an Azerbaijani official told '
        "reporters."
    )
    assert (taken.place, taken.actor) == ("Lachin", "Azerbaijani forces")


def test_a_relative_clause_aside_dates_only_itself_and_its_claim_has_no_leading_space() -> None:
    claims = _one_sentence(
        "The ELN, which was founded in 1964 by radical Catholic priests, has about 5,800 combatants."
    )
    assert [(c.kind, c.text, c.date.iso if c.date else None) for c in claims] == [
        ("event_date", "which was founded in 1964 by radical Catholic priests", "1964"),
        ("strength", "about 5,800 combatants", None),
    ]


def test_a_line_holding_only_place_and_date_is_a_dateline() -> None:
    text = "Forces captured Shire\n\n*Addis Ababa, 18 October 2022*\n\nThe army captured Shire.\n"
    claims = extract_claims(_doc(text, "2022-10-18"))
    assert [c.kind for c in claims if c.kind == "event_date"] == []


def test_each_place_after_taken_control_of_is_its_own_target() -> None:
    claims = _one_sentence("The army has taken control of Shire, Alamata and Korem.")
    assert [(c.text, c.place) for c in claims] == [
        ("Shire", "Shire"),
        ("Alamata", "Alamata"),
        ("Korem", "Korem"),
    ]


def test_a_table_of_figures_counts_what_each_row_names_with_its_scale() -> None:
    text = (
        "# Sudan: Humanitarian Update\n\n"
        "**Situation overview (as of 15 March 2025)**\n\n"
        "| Indicator | Figure |\n|---|---|\n| People in need | 30.4 million |\n"
        "| Internally displaced | 11.5 million |\n| Killed | 1,280 |\n"
    )
    claims = extract_claims(_doc(text, "2025-03-17"))
    assert [(c.kind, c.subject, c.quantity.low, c.place) for c in claims] == [
        ("strength", "people in need", 30_400_000, None),
        ("strength", "internally displaced", 11_500_000, None),
        ("casualties", "killed", 1280, None),
    ]  # and '(as of 15 March 2025)' is when the figures stood, no event date


def test_a_title_naming_the_day_it_was_published_dates_no_event() -> None:
    text = (
        "Russian Offensive Campaign Assessment, June 12, 2025\n\n"
        "The Ukrainian General Staff reported that Russian forces conducted 47 assaults near Pokrovsk on "
        "June 11.\n"
    )
    claims = extract_claims(_doc(text, "2025-06-12"))
    assert [(c.kind, c.date.iso) for c in claims] == [("attack", "2025-06-11")]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Hezbollah said its fighters fired rockets at Israeli soldiers near the border village of "
            "Metula.",
            "Metula",
        ),
        ("The death toll from Israeli strikes on Monday has risen to 558.", None),
        ('Units of the Battlegroup Centre "liberated" the settlement, the ministry said.', None),
    ],
)
def test_a_nationality_before_people_or_strikes_and_a_formation_are_no_place(
    sentence: str, place: str | None
) -> None:
    assert {c.place for c in _one_sentence(sentence)} == {place}


def test_a_participle_between_a_preposition_and_a_noun_is_no_capture() -> None:
    assert _one_sentence("The ministry used its standard term for captured territory.") == []
    assert _one_sentence("Residents returned to recaptured villages.") == []


def test_a_target_ends_before_the_dates_between_which_it_was_hit() -> None:
    claims = _one_sentence(
        "At least 57 civilians were killed in attacks on Zamzam camp between 11 and 13 February."
    )
    (target,) = [c for c in claims if c.kind == "attack"]
    assert (target.place, target.date.iso, target.date_end.iso) == (
        "Zamzam camp",
        "2025-02-11",
        "2025-02-13",
    )


def test_an_air_operation_carried_out_on_a_gathering_is_an_attack() -> None:
    (attack,) = _one_sentence(
        "The Tatmadaw carried out an air operation on a gathering at Pazi Gyi village on 11 April, the "
        "Information Team said.",
        "2023-04-12",
    )
    assert (attack.kind, attack.actor, attack.place, attack.date.iso) == (
        "attack",
        "junta",
        "Pazi Gyi",
        "2023-04-11",
    )


def test_the_statement_and_the_group_said_are_the_sources_named_before() -> None:
    text = (
        "Base overrun\n\n"
        "The Arakan Army said in a statement that its fighters overran the base in Ann on Saturday.\n\n"
        "Junta airstrikes killed 12 civilians in Kyauktaw, residents told The Irrawaddy.\n\n"
        "More than 400 junta soldiers were captured, the group said. The statement said that 30 soldiers "
        "were killed.\n"
    )
    claims = extract_claims(_doc(text, "2024-12-22"))
    by_text = {c.text: c.attributed_to for c in claims if c.kind == "casualties"}
    assert by_text["More than 400 junta soldiers"] == "The Arakan Army"  # the armed group, not the residents
    assert by_text["30 soldiers"] == "The Arakan Army"  # 'the statement': the source just named


def test_a_role_before_a_name_stays_with_the_speaker() -> None:
    (attack, _cause) = _one_sentence(
        "A spokesman for the ruling military, Zaw Min Tun, confirmed that an airstrike had hit Pazigyi."
    )
    assert attack.attributed_to == "A spokesman for the ruling military, Zaw Min Tun"


def test_pupils_abducted_and_a_kidnapping_of_schoolgirls_are_counted() -> None:
    (pupils,) = _one_sentence("Gunmen on Thursday abducted more than 280 pupils from a school in Kuriga.")
    assert (pupils.kind, pupils.quantity.low, pupils.subject) == ("casualties", 281, "pupils")
    claims = _one_sentence(
        "More than 1,400 students have been abducted since the 2014 kidnapping of 276 schoolgirls in Chibok.",
        "2024-03-07",
    )
    assert [(c.quantity.low, c.subject) for c in claims] == [(1401, "students"), (276, "schoolgirls")]
    assert (claims[0].date.iso, claims[0].date_end.iso) == ("2014", "2024-03-07")  # a running tally


def test_a_figure_a_second_source_reports_inside_the_sentence_is_that_sources() -> None:
    claims = _one_sentence(
        "Israel said on Saturday it had targeted Hamas military chief Mohammed Deif in an airstrike that "
        "Gaza health officials said killed at least 90 people."
    )
    toll = next(c for c in claims if c.kind == "casualties")
    assert (toll.quantity.low, toll.attributed_to) == (90, "Gaza health officials")
    assert not [c for c in claims if c.rule.startswith("target:")]  # a commander and his name are no place


def test_a_two_city_dateline_is_not_the_source() -> None:
    text = (
        "Israel targets Hamas chief\n\n"
        "JERUSALEM/CAIRO, July 13 (Reuters) - Israel said on Saturday its jets struck a compound in Khan "
        "Younis.\n"
    )
    claims = extract_claims(_doc(text, "2024-07-13"))
    assert {c.attributed_to for c in claims} == {"Israel"}


def test_an_event_the_speaker_says_did_not_happen_is_denied() -> None:
    (dead,) = _one_sentence("Hamas said Deif had not been killed and called the Israeli statement false.")
    assert (dead.kind, dead.denied) == ("casualties", True)
    (taken,) = _one_sentence("The town was never captured, the army said.")
    assert (taken.kind, taken.denied) == ("capture", True)


def test_a_month_of_last_year_is_that_month_of_that_year() -> None:
    (fighting,) = _one_sentence(
        "The federal government has been fighting Fano since August last year, when it declared a state of "
        "emergency.",
        "2024-08-15",
    )
    assert fighting.date.iso == "2023-08"
    (dead,) = _one_sentence("At least 40 people were killed in March last year.", "2024-08-15")
    assert dead.date.iso == "2023-03"  # not the March of this year


def test_the_month_a_report_was_published_dates_none_of_its_figures() -> None:
    (dead,) = _one_sentence(
        "The UN human rights office said in a report last month that at least 183 people had been killed "
        "in Amhara in July alone.",
        "2024-08-15",
    )
    assert (dead.quantity.low, dead.date.iso) == (183, "2024-07")


def test_killings_and_homicides_recorded_are_a_toll() -> None:
    (toll,) = _one_sentence("Guanajuato recorded 3,260 killings in 2022, according to official figures.")
    assert (toll.kind, toll.quantity.low, toll.date.iso) == ("casualties", 3260, "2022")


def test_a_quoted_capture_verb_still_lists_its_targets_and_a_country_naming_a_war_is_no_actor() -> None:
    claims = _one_sentence(
        'The defence ministry in Moscow said Russian forces had "liberated" Starytsia and Buhruvatka.'
    )
    assert [(c.place, c.actor) for c in claims] == [
        ("Starytsia", "Russian forces"),
        ("Buhruvatka", "Russian forces"),
    ]
    (villages,) = _one_sentence("Ukraine war: Russia claims capture of two villages")
    assert villages.actor is None  # Russia tells it; 'Ukraine war' names the war, not a side


def test_the_side_an_attack_word_names_is_the_attacker_and_a_place_ending_in_i_is_no_nation() -> None:
    (attack,) = _one_sentence(
        "Ukraine's military said its forces were holding back Russian assaults near Vovchansk."
    )
    assert attack.actor == "Russian forces"
    claims = _one_sentence("The death toll from the Pazigyi airstrike rose to 165.")
    assert {c.actor for c in claims} == {None}


def test_a_later_clause_with_where_dates_its_own_event_not_the_capture() -> None:
    claims = _one_sentence(
        "Russia said on Saturday its troops had captured two more villages in northeastern Ukraine, where "
        "Moscow launched a ground offensive last week.",
        "2024-05-18",
    )
    (villages,) = [c for c in claims if c.kind == "capture"]
    assert (villages.date.iso, villages.date_end.iso) == ("2024-05-15", "2024-05-18")  # the statement's days
    assert villages.attributed_to == "Russia"


def test_a_source_that_has_claimed_is_the_source() -> None:
    claims = _one_sentence(
        "Since the offensive began on May 10, Russia has claimed the capture of at least 12 villages."
    )
    assert {c.attributed_to for c in claims} == {"Russia"}


def test_a_number_to_dial_and_a_units_name_are_no_claims() -> None:
    assert _one_sentence("Call the city hotline at 15-80 for shelter locations.") == []
    assert _one_sentence("Her brother serves in the 92nd Assault Brigade near Kupiansk.") == []


def test_a_relative_clause_closing_the_sentence_dates_only_itself() -> None:
    claims = _one_sentence(
        "About 1.3 million people live there now, according to the mayor, Ihor Terekhov, who was re-elected "
        "in 2020 with 50.66% of the vote.",
        "2024-06-14",
    )
    (people,) = [c for c in claims if c.kind == "strength"]
    assert (people.quantity.low, people.date, people.as_of.iso) == (1_170_000, None, "2024-06-14")


def test_a_nations_glide_bombs_are_its_forces_and_a_rank_has_no_actor() -> None:
    (attack, _cause) = _one_sentence("Russian glide bombs have struck the city almost daily since March.")
    assert attack.actor == "Russian forces"
    (rank,) = _one_sentence("Kharkiv is Ukraine's second-largest city.")
    assert (rank.subject, rank.actor) == ("rank", None)


@pytest.mark.parametrize(
    ("sentence", "low"),
    [
        ("Jihadists massacre dozens of villagers in central Mali", 24),
        ("Suspected jihadists shot dead at least 40 villagers in central Mali on Tuesday.", 40),
        ("Gunmen executed 132 civilians in three villages, according to the government.", 132),
    ],
)
def test_massacred_shot_dead_and_executed_people_are_killed(sentence: str, low: int) -> None:
    (dead,) = [c for c in _one_sentence(sentence) if c.kind == "casualties" and c.quantity.low]
    assert dead.quantity.low == low


def test_people_gunned_down_without_a_count_and_cattle_carried_off_are_claims() -> None:
    (dead,) = _one_sentence("The assailants gunned down men in the village of Djiguibombo.")
    assert (dead.kind, dead.place) == ("casualties", "Djiguibombo")
    (cattle,) = _one_sentence("The raiders made off with more than 3,000 head of cattle.")
    assert (cattle.kind, cattle.quantity.low, cattle.subject) == ("quantity", 3001, "head")


def test_wrested_and_driven_out_are_captures_and_encircled_an_attack() -> None:
    (kalehe,) = _one_sentence(
        "Rebels wrested control of the town of Kalehe from government troops on Friday."
    )
    assert (kalehe.kind, kalehe.place, kalehe.actor) == (
        "capture",
        "Kalehe",
        None,
    )  # not the troops who lost it
    claims = _one_sentence("Government forces were driven out of Minova after two days of fighting.")
    assert [(c.kind, c.place) for c in claims if c.kind == "capture"] == [("capture", "Minova")]
    claims = _one_sentence("The RSF has encircled El Fasher, where 1.8 million people live.")
    assert [(c.kind, c.actor) for c in claims] == [
        ("attack", "RSF"),
        ("strength", None),
    ]  # residents: no side


def test_a_side_that_says_it_struck_is_the_attacker_whoever_it_struck() -> None:
    text = (
        "Israel says it killed Hamas commander in Gaza strike\n\nThe strike hit a compound in Khan Younis.\n"
    )
    claims = extract_claims(_doc(text, "2024-07-13"))
    (headline,) = [c for c in claims if c.kind == "attack" and c.span.start == 0]
    assert headline.actor == "IDF"  # not Hamas, whose commander was the target


def test_a_dotted_acronym_ends_a_sentence_before_a_sentence_opener() -> None:
    text = (
        "More than 3,600 people were killed in Haiti in the first half of the year, according to the U.N. "
        "A Kenyan-led force of about 400 police officers has been deployed since June."
    )
    claims = extract_claims(_doc(text, "2024-10-04"))
    dead = _find(claims, "casualties", "More than 3,600 people")
    assert dead.attributed_to == "the U.N"  # not 'the U', cut at the acronym's first stop
    assert (dead.date.iso, dead.date_end.iso) == ("2024-01", "2024-06")  # the first half of 2024
    officers = _find(claims, "strength", "about 400 police officers")  # its own sentence: no toll
    assert (officers.quantity.low, officers.quantity.high) == (360, 440)


def test_an_unnamed_force_taking_a_place_is_not_the_army_named_after_it() -> None:
    (aleppo,) = _one_sentence(
        "Rebels swept into Aleppo on Saturday, forcing the army to redeploy.", "2024-11-30"
    )
    assert (aleppo.kind, aleppo.place, aleppo.actor) == ("capture", "Aleppo", None)
    (named,) = _one_sentence(
        "Syrian rebels swept into Aleppo on Saturday, forcing the army to redeploy.", "2024-11-30"
    )
    assert named.actor == "Syrian opposition forces"  # a side by the name outlets give it


def test_a_participle_aside_is_not_the_source_and_a_named_body_keeps_its_role() -> None:
    claims = _one_sentence(
        "The rebels, led by the Islamist group Hayat Tahrir al-Sham (HTS), said they had taken control "
        "of Aleppo's international airport."
    )
    assert [(c.kind, c.attributed_to) for c in claims] == [("capture", "The rebels")]
    claims = _one_sentence(
        "The Syrian Observatory for Human Rights, a Britain-based war monitor, said at least 327 people had "
        "been killed, among them 183 members of HTS and allied factions, and 44 civilians."
    )
    dead = [c for c in claims if c.kind == "casualties"]
    assert [(c.quantity.low, c.actor) for c in dead] == [(327, None), (183, None), (44, None)]  # HTS died
    assert {c.attributed_to for c in dead} == {
        "The Syrian Observatory for Human Rights, a Britain-based war monitor"
    }


def test_places_that_fell_with_no_taker_named_are_captures_each() -> None:
    text = (
        "Sar-e-Pul and Taloqan also fell on Sunday, officials said. On Friday they took Zaranj, and on "
        "Saturday Sheberghan in Jawzjan province fell. Night fell. Prices fell in March."
    )
    claims = extract_claims(_doc(text, "2021-08-08"))
    captures = [(c.text, c.place, c.date.iso if c.date else None) for c in claims if c.kind == "capture"]
    assert captures == [
        ("Sar-e-Pul", "Sar-e-Pul", "2021-08-08"),
        ("Taloqan", "Taloqan", "2021-08-08"),
        ("Zaranj", "Zaranj", "2021-08-06"),
        ("Sheberghan in Jawzjan province", "Sheberghan", "2021-08-07"),
    ]


def test_a_target_ends_before_the_words_of_when_and_a_site_of_the_place_is_a_target() -> None:
    claims = _one_sentence(
        "A lawmaker from Kunduz said the Taliban had seized the city's police headquarters and the "
        "governor's compound after heavy fighting overnight."
    )
    targets = [(c.text, c.place, c.actor) for c in claims if c.rule == "target:capture"]
    assert targets == [
        ("the city's police headquarters", "Kunduz", "Taliban"),
        ("the governor's compound", "Kunduz", "Taliban"),
    ]
    (goma,) = _one_sentence("M23 rebels captured Goma on Monday after weeks of fighting.")
    assert goma.text == "Goma"


def test_counts_of_places_taken_and_of_all_there_are() -> None:
    claims = _one_sentence(
        "The insurgents pressed an offensive that has now overrun six regional centers in three days, "
        "and control six of Afghanistan's 34 provincial capitals."
    )
    counts = [(c.kind, c.quantity.low, c.subject) for c in claims if c.quantity.low is not None]
    assert counts == [
        ("capture", 6, "centers"),
        ("quantity", 3, "days"),
        ("capture", 6, "capitals"),
        ("quantity", 34, "capitals"),  # how many there are, not how many were taken
    ]
    claims = _one_sentence(
        "A Taliban spokesman said the insurgents had also captured 14 Humvees and large quantities of "
        "weapons and ammunition in Kunduz."
    )
    assert [c for c in claims if c.kind == "capture"] == []  # materiel taken, no place


def test_a_command_statement_dateline_owners_and_counts_of_attacks() -> None:
    text = (
        "# Statement on strikes against Houthi targets\n\n**TAMPA, Fla. — January 12, 2024**\n\n"
        "U.S. forces conducted joint strikes on Houthi targets to degrade their capability to continue "
        "attacks on U.S. and international vessels.\n\n"
        "More than 60 targets at 16 Houthi militant locations were struck.\n\n"
        "Since Nov. 19, the Houthis have attacked commercial vessels in the Red Sea 27 times.\n"
    )
    claims = extract_claims(_doc(text, "2024-01-12"))
    assert not [c for c in claims if c.kind == "event_date" and "2024" in c.text]  # the dateline
    assert [c.text for c in claims if c.rule == "target:attack"] == ["Houthi targets", "Houthi targets"]
    struck = _find(claims, "attack", "More than 60 targets")
    assert struck.actor is None  # the Houthis own the locations; they struck nothing
    times = _find(claims, "attack", "27 times")
    assert (times.quantity.low, times.actor, times.date.iso, times.date_end.iso) == (
        27,
        "Houthis",
        "2023-11-19",
        "2024-01-12",
    )
    visits = _one_sentence("He has visited Kyiv five times this year.")
    assert [c for c in visits if c.quantity.low] == []  # times counted with no attack: no claim


def test_a_spokesman_named_in_an_aside_tells_and_does_not_act() -> None:
    claims = _one_sentence(
        "A Houthi spokesman, Yahya Saree, said in a televised speech that the strikes killed five "
        "fighters and wounded six others."
    )
    assert [(c.quantity.low, c.actor, c.attributed_to) for c in claims] == [
        (5, None, "A Houthi spokesman, Yahya Saree"),
        (6, None, "A Houthi spokesman, Yahya Saree"),
    ]


def test_people_listed_after_a_toll_are_not_places_taken() -> None:
    claims = _one_sentence(
        "The Islamic State group said its fighters had seized control of Palma after killing 55 people, "
        "including Mozambican troops and Christians."
    )
    assert [(c.kind, c.text) for c in claims] == [("capture", "Palma"), ("casualties", "55 people")]


def test_whose_jets_were_downed_and_whose_strikes_killed() -> None:
    text = (
        "India strikes Pakistan, Pakistan says it shot down five Indian jets\n\n"
        "Pakistan said it had shot down five Indian fighter jets and 20 military vehicles.\n\n"
        "Pakistani shelling along the Line of Control killed 15 civilians in Poonch, officials said.\n"
    )
    claims = extract_claims(_doc(text, "2025-05-07"))
    (headline,) = [c for c in claims if c.kind == "attack" and c.span.start == 0]
    assert headline.actor == "Indian forces"  # India struck; Pakistan tells of the jets after
    jets = [(c.text, c.actor) for c in claims if c.subject in ("jets", "vehicles")]
    assert jets == [
        ("five Indian jets", "Indian forces"),  # whose jets, in the headline and the body alike
        ("five Indian fighter jets", "Indian forces"),
        ("20 military vehicles", "Pakistani forces"),  # no side named on them
    ]
    assert _find(claims, "casualties", "15 civilians").place == "Poonch"  # not 'Control'
    (dead,) = [
        c for c in _one_sentence("Pakistan retaliates after Indian missile strikes kill 31") if c.quantity.low
    ]
    assert (dead.quantity.low, dead.actor) == (31, "Indian forces")


def test_a_place_they_took_is_the_last_takers_and_an_appositive_is_no_second_target() -> None:
    text = (
        "The Taliban captured the city of Kunduz on Sunday.\n\n"
        "On Friday they took Zaranj, the capital of Nimroz province.\n"
    )
    claims = extract_claims(_doc(text, "2021-08-08"))
    captures = [(c.text, c.actor) for c in claims if c.rule == "target:capture"]
    assert captures == [("the city of Kunduz", "Taliban"), ("Zaranj", "Taliban")]


def test_munitions_and_captured_vehicles_are_counted() -> None:
    (used,) = _one_sentence("Over 100 precision-guided munitions of various types were employed.")
    assert (used.kind, used.quantity.low, used.quantity.high, used.subject) == (
        "quantity",
        101,
        None,
        "munitions",
    )
    claims = _one_sentence("The insurgents had also captured 14 Humvees in Kunduz.")
    assert [(c.kind, c.quantity.low, c.subject) for c in claims] == [("quantity", 14, "humvees")]


def test_a_section_telling_events_on_different_days_lends_none_its_date() -> None:
    text = (
        "Rockets kill 12 in border provinces\n\n"
        "Death toll rises as fighting spreads along frontier\n\n"
        "At least 12 people were killed on Thursday when rockets hit four border provinces.\n\n"
        "Six people died at a petrol station, officials said.\n\n"
        "A soldier was killed in a brief exchange of fire on May 28.\n"
    )
    claims = extract_claims(_doc(text, "2025-07-25"))
    six = _find(claims, "casualties", "Six people")
    assert six.date is None  # not May 28, which a later paragraph gives another death
    assert _find(claims, "casualties", "A soldier").date == PartialDate.parse("2025-05-28")


def test_a_title_case_dateline_with_the_full_date_is_no_event_date() -> None:
    text = (
        "Thai air strikes hit Cambodian territory, ministry says\n\n"
        "Phnom Penh, July 24, 2025 – Thai F-16 jets dropped bombs on Cambodian territory in "
        "Oddar Meanchey province on Thursday, the ministry said.\n"
    )
    claims = extract_claims(_doc(text, "2025-07-24"))
    assert not [c for c in claims if c.kind == "event_date" and "2025 –" in c.text]
    (attack,) = [c for c in claims if c.kind == "attack" and c.span.start > 60]
    assert (attack.actor, attack.date) == ("Thai forces", PartialDate.parse("2025-07-24"))  # 'dropped bombs'


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Fifteen of the dead were in Thailand, where the health ministry said 14 civilians had died.",
            "the health ministry",
        ),
        (
            "By Thursday, 31 people had been wounded in Surin, Si Sa Ket and Buri Ram, the ministry said.",
            "the ministry",  # the end of a list of places is no person named with a role
        ),
    ],
)
def test_a_source_after_where_or_a_list_of_places_is_the_source_alone(sentence: str, speaker: str) -> None:
    counted = [c for c in _one_sentence(sentence) if c.quantity.low in (14, 31)]
    assert [c.attributed_to for c in counted] == [speaker]


def test_a_nationality_or_a_listing_is_no_part_of_a_place() -> None:
    (dead,) = [
        c for c in _one_sentence("Cambodian rockets kill 12 in Thai border provinces.") if c.quantity.low
    ]
    assert dead.place is None  # 'Thai' says whose provinces, not where
    (bombed,) = [
        c
        for c in _one_sentence("Thai aircraft had bombed a road near the UNESCO-listed Preah Vihear temple.")
        if c.kind == "attack"
    ]
    assert (bombed.place, bombed.actor) == ("Preah Vihear", "Thai forces")


def test_one_soldier_killed_is_counted_and_late_may_is_a_month() -> None:
    claims = _one_sentence("A Cambodian soldier was killed in a skirmish in late May.", "2025-07-25")
    (dead,) = [c for c in claims if c.kind == "casualties"]
    assert (dead.quantity.low, dead.quantity.high, dead.subject, dead.date) == (
        1,
        1,
        "soldier",
        PartialDate.parse("2025-05"),
    )
    (boy,) = [c for c in _one_sentence("An eight-year-old boy was among those killed.") if c.quantity.low]
    assert (boy.quantity.low, boy.subject) == (1, "boy")
    assert not [c for c in _one_sentence("The report was sent to Theresa May's office.") if c.date]


def test_a_target_ends_before_throughout() -> None:
    claims = _one_sentence("Thai artillery shelled Cambodian positions throughout the afternoon.")
    assert [c.text for c in claims if c.rule == "target:attack"] == ["Cambodian positions"]


def test_a_line_holding_only_the_publication_day_dates_no_event() -> None:
    text = (
        "Benue killings must be investigated\n\nBy A Reporter\n\n*14 June 2025*\n\nGunmen killed 72 people.\n"
    )
    claims = extract_claims(_doc(text, "2025-06-14"))
    assert not [c for c in claims if c.kind == "event_date"]
    assert [c.text for c in claims if c.kind == "casualties"] == ["72 people"]


def test_a_quote_opening_the_paragraph_after_said_colon_is_the_speakers() -> None:
    text = (
        "Nigeria: Benue killings must be investigated\n\n"
        "Responding to the killings, Isa Sanusi, Director of Amnesty International Nigeria, said:\n\n"
        '"The authorities must act. Between 100 and 200 people were killed.\n\n'
        '"Since January, at least 560 people have been killed in Benue."\n\n'
        "Gunmen killed 72 people in April.\n"
    )
    claims = extract_claims(_doc(text, "2025-06-14"))
    speakers = [(c.text, c.attributed_to) for c in claims if c.kind == "casualties"]
    voice = "Isa Sanusi, Director of Amnesty International Nigeria"
    assert speakers == [
        ("Between 100 and 200 people", voice),
        ("at least 560 people", voice),  # the quote goes on into the next paragraph
        ("72 people", None),
    ]


def test_a_pronoun_speaking_a_quote_is_the_source_named_before() -> None:
    text = (
        "Death toll rises to 59\n\n"
        "The police spokesperson, Sewuese Anene, said in a statement that the attackers opened fire.\n\n"
        '"The teams engaged the attackers," she said. "So far, 59 bodies have been recovered."\n'
    )
    (bodies,) = [
        c for c in extract_claims(_doc(text, "2025-06-15")) if c.quantity.low == 59 and c.span.start > 30
    ]
    assert bodies.attributed_to == "The police spokesperson, Sewuese Anene"


def test_the_state_as_a_province_and_a_platform_letter_are_no_actor_or_place() -> None:
    claims = _one_sentence(
        "The police confirmed that 59 people were killed when gunmen attacked Yelwata in Guma "
        "Local Government Area of the state late Friday."
    )
    assert [c.actor for c in claims if c.quantity.low == 59] == [None]
    (missing,) = _one_sentence("Dozens of people were still missing, Amnesty said in a post on X.")
    assert missing.place is None


def test_a_place_past_its_countrys_compass_region_is_the_finer_one() -> None:
    claims = _one_sentence(
        "Gunmen killed about 100 people in a village in Nigeria's north-central Benue state."
    )
    assert {c.place for c in claims} == {"Benue"}


def test_a_clash_headline_takes_no_side() -> None:
    text = (
        "Thailand, Cambodia clashes kill 16\n\n"
        "Cambodian troops fired rockets into Thai territory on Thursday, the army said.\n"
    )
    claims = extract_claims(_doc(text, "2025-07-25"))
    (headline,) = [c for c in claims if c.kind == "attack" and c.span.start == 0]
    assert headline.actor is None  # clashes are both sides'; the story's main attacker is not named in it


def test_a_toll_leaving_out_its_noun_is_counted_and_a_ranking_is_none() -> None:
    claims = _one_sentence(
        "The UN had estimated that at least 133 people were killed, while a collective of victims' "
        "families said about 400 had died."
    )
    assert [(c.text, c.quantity.low, c.quantity.high, c.attributed_to) for c in claims] == [
        ("at least 133 people", 133, None, "The UN"),
        ("about 400 had died", 360, 440, "a collective of victims' families"),
    ]
    ranked = _one_sentence("Up to 600 people were shot dead in one of Africa's deadliest attacks in years.")
    assert [(c.text, c.place) for c in ranked] == [("Up to 600 people", None)]  # no count of one attack


def test_a_statement_day_and_a_second_reported_clause_date_and_name_no_event() -> None:
    claims = _one_sentence(
        "In a statement on Sunday, the minister said the attack had caused many victims and that the "
        "army had neutralised dozens of attackers.",
        "2024-08-26",
    )
    victims = _find(claims, "casualties", "many victims")
    assert victims.actor is None  # the army of the next clause neutralised attackers, not the victims
    assert (victims.date, victims.date_end) == (
        PartialDate.parse("2024-08-22"),
        PartialDate.parse("2024-08-25"),
    )
    survivor = _one_sentence('"I counted more than 100 bodies," a survivor said by telephone.')
    assert [c.attributed_to for c in survivor] == ["a survivor"]


def test_a_count_of_tellers_is_no_claim_and_an_aside_is_not_the_source() -> None:
    claims = _one_sentence(
        "At least 10 people, including security personnel travelling on the train, were killed, "
        "two security officials said, declining to be named."
    )
    assert [(c.text, c.attributed_to) for c in claims] == [("At least 10 people", "two security officials")]
    claimed = _one_sentence(
        "The Balochistan Liberation Army, which claimed the attack, said it had killed 50 hostages."
    )
    assert _find(claimed, "casualties", "50 hostages").attributed_to == "The Balochistan Liberation Army"
    anonymous = _one_sentence(
        "Three witnesses, who asked not to be named, told Reuters 12 people were killed."
    )
    assert [(c.text, c.attributed_to) for c in anonymous] == [("12 people", "Three witnesses")]


def test_martyred_counts_the_dead_and_freed_hostages_are_counted_but_no_casualties() -> None:
    claims = _one_sentence(
        "Twenty-one passengers had been martyred before the operation began, while four personnel of the "
        "Frontier Corps also embraced martyrdom."
    )
    assert [(c.kind.value, c.text, c.quantity.low) for c in claims] == [
        ("casualties", "Twenty-one passengers", 21),
        ("casualties", "four personnel", 4),
    ]
    freed = _one_sentence("According to officials, 346 hostages were freed over the course of the operation.")
    assert [(c.kind.value, c.text, c.attributed_to) for c in freed] == [
        ("quantity", "346 hostages", "officials")
    ]


def test_a_toll_given_as_a_number_a_role_killed_and_a_question_of_the_toll() -> None:
    given = _one_sentence("An earlier statement had given the number of passengers killed as 21.")
    assert [(c.kind.value, c.text, c.quantity.low) for c in given] == [("casualties", "21", 21)]
    driver = _one_sentence("Railway officials said the train's driver was among those killed.")
    assert [(c.text, c.quantity.low, c.quantity.high) for c in driver] == [("the train's driver", 1, 1)]
    question = _one_sentence(
        "Two days after fighters hijacked a passenger train, conflicting accounts of how many people died "
        "have left families desperate for news."
    )
    assert [c.kind.value for c in question] == ["attack"]  # the hijacking; no casualties told


def test_a_telling_day_after_saying_and_a_headline_source_after_a_colon() -> None:
    claims = _one_sentence(
        "The BLA rejected the figures, saying on Thursday that its fighters had killed 214 soldiers.",
        "2025-03-14",
    )
    toll = _find(claims, "casualties", "214 soldiers")
    assert (toll.date, toll.date_end) == (PartialDate.parse("2025-03-10"), PartialDate.parse("2025-03-13"))
    text = (
        "Siege ends; 33 militants killed, 21 hostages martyred: ISPR\n\n"
        "Security forces ended the siege on Wednesday, killing all 33 militants, the military said.\n"
    )
    headline = [c for c in extract_claims(_doc(text, "2025-03-13")) if c.span.end <= text.index("\n")]
    assert {c.attributed_to for c in headline} == {"ISPR"}
    dashed = "Death toll in Yelwata attack rises to 59 — Police\n\nThe police said 59 people died.\n"
    assert {c.attributed_to for c in extract_claims(_doc(dashed, "2025-06-15")) if c.span.start == 0} == {
        "Police"
    }


def test_a_headline_takes_the_statement_window_its_lead_dates_the_event_by() -> None:
    text = (
        "Junta Claims to Have Retaken Kyaukme\n\n"
        "The military regime claimed on Monday that its troops had recaptured Kyaukme from the TNLA "
        "after weeks of heavy fighting.\n"
    )
    claims = extract_claims(_doc(text, "2025-09-02"))
    window = (PartialDate.parse("2025-08-29"), PartialDate.parse("2025-09-01"))
    assert {(c.date, c.date_end) for c in claims if c.kind == "capture"} == {window}  # headline and lead


def test_eliminated_servicemen_are_dead_and_a_ministry_named_last_in_a_headline_tells_it() -> None:
    text = (
        "Strike on Sumy hit meeting of Ukrainian commanders, over 60 servicemen eliminated - MoD\n\n"
        "MOSCOW, April 14. /TASS/. Russian forces struck a gathering of commanders in Sumy, the ministry "
        "said. Units of the Center group of forces liberated the community of Kalinovo, the ministry said.\n"
    )
    claims = extract_claims(_doc(text, "2025-04-14"))
    toll = _find(claims, "casualties", "over 60 servicemen")
    assert (toll.quantity.low, toll.attributed_to) == (61, "MoD")
    assert _find(claims, "attack", "Sumy").place == "Sumy"  # the headline's target ends before its verb
    assert _find(claims, "capture", "the community of Kalinovo").place == "Kalinovo"
    assert not [c for c in claims if c.kind == "event_date"]  # 'MOSCOW, April 14. /TASS/.' is a dateline


def test_a_named_day_a_report_day_and_a_bylines_timestamp_date_no_event() -> None:
    claims = _one_sentence(
        "Two missiles struck Sumy as people gathered for Palm Sunday, killing 32 people.", "2025-04-22"
    )
    assert {c.date.iso for c in claims} == {"2025-04-13"}  # Palm Sunday's own date, not the Sunday before
    reported = _one_sentence("The death toll has risen to 35, the emergency service reported on April 14.")
    assert [(c.kind.value, c.text) for c in reported] == [("casualties", "35")]  # no event dated April 14
    text = (
        "Death toll in Sumy rises to 35\n\nby Martin Fornusek\nApril 14, 2025 9:41 AM\n\n"
        "The death toll has risen to 35, officials said.\n\n"
        "Read also: Russia hits Kryvyi Rih with ballistic missile, killing 20, including 9 children\n"
    )
    doc = _doc(text, "2025-04-14").model_copy(update={"boilerplate": find_furniture(text)})
    claims = extract_claims(doc)
    assert sorted(c.text for c in claims if c.kind != "attack") == ["35", "35"]  # no timestamp, no teaser


def test_a_second_clause_names_its_own_source_and_a_source_tells_only_what_follows_it() -> None:
    claims = _one_sentence(
        "The Attorney General's Office said it had confirmed the deaths of 36 people, while the Ombudsman's "
        "Office put the figure at around 40."
    )
    assert [(c.text, c.attributed_to) for c in claims] == [
        ("36 people", "The Attorney General's Office"),
        ("around 40", "the Ombudsman's Office"),
    ]
    rebels = _one_sentence(
        "The army said it killed 20 fighters, but the rebels said they lost only five men."
    )
    assert [c.attributed_to for c in rebels] == ["The army", "the rebels"]
    headline = _one_sentence(
        "Security forces free 155 hostages from hijacked train, militants say they killed 50"
    )
    assert [(c.text, c.attributed_to) for c in headline if c.kind != "attack"] == [
        ("155 hostages", None),
        ("50", "militants"),
    ]


def test_romance_place_names_figures_from_a_source_and_interviews_counted() -> None:
    claims = _one_sentence(
        "More than 32,000 people have been displaced, according to the latest figures from the Norte de "
        "Santander government."
    )
    assert [(c.place, c.attributed_to) for c in claims] == [
        ("Norte de Santander", "the Norte de Santander government")
    ]
    report = _one_sentence(
        "Human Rights Watch interviewed 22 people. The ELN abducted at least 3 social leaders, witnesses "
        "said."
    )
    assert [(c.kind.value, c.text) for c in report] == [("casualties", "at least 3 social leaders")]
    text = (
        "Catatumbo crisis deepens\n\nSantiago Torrado\nBogotá - Jan 22, 2025 - 14:05 CET\n\n"
        "Fighting goes on.\n"
    )
    assert not [c for c in extract_claims(_doc(text, "2025-01-22")) if c.kind == "event_date"]


def test_an_armed_group_named_with_arabic_particles_and_an_appositive_is_the_source() -> None:
    claims = _one_sentence(
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, claimed "
        'responsibility for the attack, saying its fighters had killed "hundreds" of soldiers.',
        "2024-09-17",
    )
    source = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel"
    # "Jama'at" holds no preposition 'at'; where the group works is not where the attack was
    assert {(c.attributed_to, c.speaker_is_party, c.place, c.actor) for c in claims} == {
        (source, True, None, "JNIM")
    }


def test_he_said_after_a_titled_speaker_is_that_speaker() -> None:
    claims = _one_sentence(
        'JNIM claimed the attack. "The situation is under control," army chief of staff General Oumar Diarra '
        "said in a televised address. He said 20 suspects had been arrested.",
        "2024-09-17",
    )
    (count,) = [c for c in claims if c.quantity.low == 20]
    assert count.attributed_to == "army chief of staff General Oumar Diarra"


def test_a_relative_clause_keeps_its_date_and_its_speech_verb() -> None:
    claims = _one_sentence(
        "It comes nearly a year after the junta, which took power in coups in 2020 and 2021, recaptured the "
        "northern town of Kidal from separatist rebels.",
        "2024-09-17",
    )
    (capture,) = [c for c in claims if c.kind == "capture"]
    assert (capture.place, capture.date) == ("Kidal", None)
    figures = _one_sentence(
        "The figures, which the transitional authorities have not confirmed, make it one of the deadliest "
        "attacks on the capital."
    )
    assert [c.attributed_to for c in figures] == [None]


def test_a_group_saying_they_killed_is_the_actor_of_its_count() -> None:
    claims = _one_sentence("BLA militants said they had killed 50 soldiers.")
    assert [(c.text, c.actor) for c in claims] == [("50 soldiers", "BLA")]


@pytest.mark.parametrize(
    ("sentence", "kind", "text"),
    [
        (
            "A funeral was held in Bamako on Wednesday for about 50 gendarmerie students.",
            "casualties",
            "about 50 gendarmerie students",
        ),
        (
            '"We buried 27 people, among them women and children," a volunteer said.',
            "casualties",
            "27 people",
        ),
        ("About 200 gunmen stormed the village, killing 30 people.", "strength", "About 200 gunmen"),
        (
            "Dozens of jihadists from the JNIM attacked the gendarmerie school.",
            "strength",
            "Dozens of jihadists",
        ),
        ("Around 50 soldiers died when jihadists overran the outpost.", "casualties", "Around 50 soldiers"),
        ("Twenty soldiers who were sent to the front were killed.", "casualties", "Twenty soldiers"),
    ],
)
def test_mourned_counts_are_dead_and_attacking_counts_are_forces(sentence: str, kind: str, text: str) -> None:
    counted = [c for c in _one_sentence(sentence) if c.quantity.low is not None]
    assert (counted[0].kind.value, counted[0].text) == (kind, text)


def test_a_headline_takes_no_actor_from_a_story_whose_actors_tie() -> None:
    text = (
        "More than 70 killed in capital attack, source says\n\n"
        "Gendarmerie students make up most of the dead after fighters hit a school in Bamako.\n\n"
        "The army said it had regained control of both sites. JNIM said it attacked the airport.\n"
    )
    claims = extract_claims(_doc(text, "2024-09-19"))
    headline = [c for c in claims if c.kind == "attack" and c.span.end <= 50]
    assert [c.actor for c in headline] == [None]


def test_a_war_described_in_an_aside_dates_its_toll_and_names_no_doer() -> None:
    claims = _one_sentence(
        "The war, which erupted in April 2023 over plans to integrate the RSF into the army, has killed tens "
        "of thousands of people and forced more than 12 million from their homes.",
        "2025-04-14",
    )
    assert [(c.kind.value, c.subject, c.actor, c.date.iso, c.date_end.iso) for c in claims] == [
        ("casualties", "people", None, "2023-04", "2025-04-14"),
        ("strength", "displaced", None, "2023-04", "2025-04-14"),
    ]


def test_a_day_between_the_source_and_its_verb_is_the_day_it_spoke() -> None:
    claims = _one_sentence(
        "The Sudanese government on Monday said more than 400 people had been killed in Zamzam camp, as "
        "thousands of survivors arrived on foot in Tawila.",
        "2025-04-15",
    )
    assert [(c.kind.value, c.text, c.attributed_to) for c in claims] == [
        ("casualties", "more than 400 people", "The Sudanese government"),
        ("quantity", "thousands of survivors", "The Sudanese government"),  # no casualties of the toll
    ]
    assert (claims[0].date.iso, claims[0].date_end.iso) == ("2025-04-11", "2025-04-14")


def test_offices_abbreviated_ranks_and_quoted_tolls() -> None:
    minister = _one_sentence(
        'Minister of Information Khalid al-Aiser said the RSF had killed civilians "in cold blood".'
    )
    assert [c.place for c in minister] == [None]  # an office, not a place called Information
    commander = _one_sentence(
        "An RSF commander, Brig. Gen. Al-Fateh Abdullah Idris, denied the accusations. He said the "
        'paramilitary had "neutralised" 18 army officers.'
    )
    assert {c.attributed_to for c in commander} == {"An RSF commander, Brig. Gen. Al-Fateh Abdullah Idris"}
    quoted = _one_sentence('Earlier, OCHA had put the toll at "more than 100".')
    assert [(c.kind.value, c.quantity.low) for c in quoted] == [("casualties", 101)]


def test_a_figure_restated_in_other_units_is_one_claim() -> None:
    claims = _one_sentence("Most fled toward the town of Tawila, some 60 km (37 miles) to the west.")
    assert [c.text for c in claims] == ["some 60 km"]


def test_two_weekdays_told_together_are_one_period() -> None:
    (claim,) = _one_sentence(
        "The ministry said more than 300 civilians were killed in Zamzam on Friday and Saturday.",
        "2025-04-14",
    )
    assert (claim.date.iso, claim.date_end.iso, claim.date_text) == (
        "2025-04-11",
        "2025-04-12",
        "on Friday and Saturday",
    )


def test_a_ministry_telling_its_own_forces_retook_a_town_is_their_side_not_the_town_s_captor() -> None:
    claims = _one_sentence(
        "Russia's Defense Ministry claimed the same day that its forces had retaken Sudzha, the largest town "
        "Ukraine captured during its cross-border offensive last August.",
        "2025-03-13",
    )
    assert [(c.text, c.rule, c.actor) for c in claims] == [
        ("Sudzha", "target:capture", "Russian forces"),
        (
            "the largest town Ukraine captured during its cross-border offensive last August.",
            "event:capture",
            "Ukrainian forces",
        ),  # an aside telling the earlier capture: no second target named 'Ukraine captured'
    ]
    seized = _one_sentence(
        "Russia said that its forces had recaptured the town of Sudzha, the biggest settlement seized by "
        "Ukraine in its incursion.",
        "2025-03-13",
    )
    assert [c.actor for c in seized] == ["Russian forces", "Ukrainian forces"]


def test_a_denial_ends_where_the_speaker_goes_on_to_say_what_happened() -> None:
    claims = _one_sentence(
        "Ukraine's General Staff on March 13 denied that Ukrainian troops had been encircled in Kursk "
        "Oblast, saying units were withdrawing to more favorable lines.",
        "2025-03-13",
    )
    assert [(c.kind.value, c.denied, c.actor, c.attributed_to) for c in claims] == [
        ("attack", True, None, "Ukraine's General Staff"),  # the encircled troops are not the encirclers
        ("capture", False, None, "Ukraine's General Staff"),
    ]


def test_deployed_forces_areas_and_counts_of_them() -> None:
    claims = _one_sentence(
        "Around 11,000 North Korean soldiers were deployed to Kursk Oblast, and some 4,000 of them have been "
        "killed or wounded, Kyiv says. Ukraine claimed control of around 1,300 square kilometers and close "
        "to 100 settlements.",
        "2025-03-13",
    )
    assert [(c.kind.value, c.text, c.subject) for c in claims] == [
        ("strength", "Around 11,000 North Korean soldiers", "soldiers"),
        ("casualties", "some 4,000", "soldiers"),
        ("quantity", "around 1,300 square kilometers", "square kilometers"),
        ("capture", "close to 100 settlements", "settlements"),
    ]


def test_a_state_told_now_takes_no_date_from_the_story_before() -> None:
    text = (
        "Kursk\n\nUkraine launched its incursion into Kursk Oblast on Aug. 6, 2024. According to DeepState, "
        "Ukraine now holds less than 300 square kilometers.\n"
    )
    (area,) = [c for c in extract_claims(_doc(text, "2025-03-13")) if c.kind == "quantity"]
    assert (area.quantity.high, area.date) == (299, None)


def test_a_formation_named_after_a_compass_point_is_no_place() -> None:
    (visit,) = _one_sentence("Putin visited the command post of the North group on Wednesday.", "2025-03-13")
    assert visit.place is None


def test_a_ministry_s_unnamed_formation_is_its_side_and_the_ministry_is_the_one_named_before() -> None:
    claims = _one_sentence(
        "Units of the North group of forces have liberated the town of Sudzha, the Russian Defense Ministry "
        'reported on Thursday. "Units of the North group of forces liberated the settlement of Podol," the '
        "ministry said.",
        "2025-03-13",
    )
    assert [(c.text, c.actor, c.attributed_to, c.speaker_is_party) for c in claims] == [
        ("the town of Sudzha", "Russian forces", "the Russian Defense Ministry", True),
        ("the settlement of Podol", "Russian forces", "the Russian Defense Ministry", True),
    ]


def test_the_same_day_and_the_next_day_are_told_from_the_day_before() -> None:
    text = (
        "Kursk\n\nUkraine's General Staff on March 13 denied that troops had been encircled in Kursk "
        "Oblast.\n\nRussia's Defense Ministry claimed the same day that its forces had retaken Sudzha. "
        "The next day, Russian troops took Podol.\n"
    )
    claims = extract_claims(_doc(text, "2025-03-15"))
    assert [(c.text, c.date.iso, c.date_end.iso if c.date_end else None) for c in claims][1:] == [
        ("Sudzha", "2025-03-10", "2025-03-13"),  # claimed that day: taken by then
        ("Podol", "2025-03-14", None),
    ]


def test_an_event_told_in_an_appositive_takes_no_day_told_before_it() -> None:
    claims = _one_sentence(
        "Russia said on Thursday that its forces had recaptured the town of Sudzha, the biggest settlement "
        "seized by Ukraine in its incursion.",
        "2025-03-13",
    )
    assert [(c.rule, c.date.iso if c.date else None) for c in claims] == [
        ("target:capture", "2025-03-10"),  # told on Thursday: taken by then
        ("event:capture", None),  # Ukraine's seizure months before
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"The number of martyrs exceeded 100, including 11 children and 6 women," he said.',
            [("100", 101, None), ("11 children", 11, 11), ("6 women", 6, 6)],
        ),
        ("The death toll has surpassed 1,000.", [("1,000", 1001, None)]),
        ("Gaza: Dozens reported killed in Israeli strike on school", [("Dozens", 24, None)]),
    ],
)
def test_tolls_that_exceed_and_lists_that_go_on(sentence: str, expected: list) -> None:
    counted = [c for c in _one_sentence(sentence) if c.kind == "casualties" and c.quantity.number_text]
    assert [(c.text, c.quantity.low, c.quantity.high) for c in counted] == expected
    assert all(c.attributed_to != "Dozens" for c in counted)  # 'reported killed' names no one reporting


def test_peoples_participles_and_arabic_articles_in_targets() -> None:
    (dead, *_) = _one_sentence(
        "Dozens of Palestinians have been killed in an Israeli air strike on a school housing displaced "
        "people in Gaza City, the agency says."
    )
    assert dead.place == "Gaza City"  # 'of Palestinians' names a people, not a place
    (strike,) = _one_sentence(
        "The IDF conducted a precise strike on Hamas command center embedded in a school."
    )
    assert strike.subject == "target: Hamas command center"
    targets = [
        c
        for c in _one_sentence("Three rockets struck the al-Tabi'in school on Saturday.")
        if c.rule.startswith("target")
    ]
    assert [(c.text, c.place) for c in targets] == [("the al-Tabi'in school", "al-Tabi'in school")]


def test_a_toll_since_an_attack_told_with_killing_is_a_running_total() -> None:
    claims = _one_sentence(
        "Israel has waged an offensive on the Gaza Strip since a Hamas attack on October 7, 2023, killing "
        "nearly 39,800 Palestinians.",
        "2024-08-10",
    )
    (toll,) = [c for c in claims if c.kind == "casualties"]
    assert (toll.quantity.low, toll.quantity.high, toll.date.iso, toll.date_end.iso) == (
        35820,
        39800,
        "2023-10-07",
        "2024-08-10",
    )


def test_a_figure_after_said_is_no_source_and_a_bodys_seat_is_no_place() -> None:
    (fled,) = _one_sentence(
        "Bertide Horace, a spokesperson for the commune, said more than 6,270 people had fled Pont-Sonde "
        "and nearby communities."
    )
    assert (fled.kind.value, fled.attributed_to, fled.place) == (
        "strength",
        "Bertide Horace, a spokesperson for the commune",
        "Pont-Sonde",  # the place they fled
    )
    (toll,) = _one_sentence("The US embassy in Kyiv said 35 people were killed.")
    assert (toll.attributed_to, toll.place) == ("The US embassy in Kyiv", None)
    (toll,) = _one_sentence(
        "According to information gathered by the UN Integrated Office in Haiti (BINUH), at least 70 people "
        "were killed in Pont-Sonde."
    )
    assert (toll.attributed_to, toll.place) == ("the UN Integrated Office in Haiti (BINUH)", "Pont-Sonde")


def test_a_gangs_name_and_a_nationality_before_a_place_noun_are_no_places() -> None:
    (toll,) = _one_sentence("Members of the Gran Grif gang killed at least 70 people, the UN said.")
    assert toll.place is None
    gunmen, toll = _one_sentence("Residents said dozens of Gran Grif gunmen killed 12 people.")
    assert (gunmen.kind.value, gunmen.place, toll.kind.value, toll.text) == (
        "strength",  # the killers, counted, not the killed
        None,
        "casualties",
        "12 people",
    )
    headline = _one_sentence("Gang attack on Haitian town kills at least 70")
    assert not [c for c in headline if c.rule.startswith("target")]  # 'Haitian town' names no place
    strike = _one_sentence("Russian strike on Ukrainian city of Sumy kills 35")
    strike = [c for c in strike if c.kind == "attack"]
    assert [(c.text, c.place) for c in strike] == [("Ukrainian city of Sumy", "Sumy")]


@pytest.mark.parametrize(
    "sentence",
    [
        "It did not comment on casualties.",
        "The army gave no information on casualties.",
        "There were no immediate reports of casualties.",
    ],
)
def test_a_sentence_telling_nothing_of_casualties_is_no_claim(sentence: str) -> None:
    assert _one_sentence(sentence) == []


def test_aggression_is_an_attack_by_the_named_side_and_martyrs_are_killed() -> None:
    claims = _one_sentence("Death toll of US aggression on Ras Isa port rises to 80 martyrs")
    assert [(c.kind.value, c.text, c.place, c.actor) for c in claims] == [
        ("attack", "Ras Isa port", "Ras Isa port", "US forces"),
        ("casualties", "80 martyrs", "Ras Isa", "US forces"),  # not a place 'US'
    ]
    told = _one_sentence(
        "The spokesman said five paramedics were among the dead and employees of the Yemen Oil and Gas "
        "Corporation were targeted."
    )
    # the dead counted by their work, and a company's name that is no place
    assert [(c.kind.value, c.subject, c.place) for c in told] == [
        ("attack", None, None),
        ("casualties", "paramedics", None),
    ]


def test_the_strikes_told_again_are_their_doers_and_a_campaign_since_its_start_is_a_running_tally() -> None:
    text = (
        "Strikes on Yemen port\n\nU.S. airstrikes on a fuel port in Yemen killed at least 74 people, the "
        "rebels said Friday.\n\nThe strikes late Thursday hit the Ras Isa port in Hodeida province, the "
        "Houthis' health ministry said.\n\nThe American campaign, which began on March 15, has struck more "
        "than 800 targets, according to the Pentagon.\n"
    )
    claims = extract_claims(_doc(text, "2025-04-18"))
    (port,) = [c for c in claims if c.text.startswith("the Ras Isa port")]
    assert port.actor == "US forces"  # not the side whose ministry tells it
    (tally,) = [c for c in claims if c.text == "more than 800 targets"]
    assert (tally.actor, tally.date.iso, tally.date_end.iso) == ("US forces", "2025-03-15", "2025-04-18")


def test_a_province_named_like_a_nationality_is_still_a_target() -> None:
    (province,) = _one_sentence("Taliban fighters seized Jowzjan province on Sunday.")
    assert (province.kind.value, province.place) == ("capture", "Jowzjan province")


def test_a_toll_told_by_a_states_agency_names_no_killer_and_a_groups_description_no_place() -> None:
    toll = _one_sentence(
        "Russia's Investigative Committee said the death toll had risen to 133 and would rise further.",
        "2024-03-24",
    )
    assert [(c.text, c.actor, c.attributed_to) for c in toll] == [
        ("133", None, "Russia's Investigative Committee")  # the agency tells the toll; Russia killed no one
    ]
    near = _one_sentence(
        "Putin said the gunmen who killed 133 people at a concert hall near Moscow had fled."
    )
    assert [(c.text, c.actor) for c in near] == [("133 people", None)]  # a place, not who killed
    claimed = _one_sentence(
        "Islamic State, the militant group that once sought control over swathes of Iraq and Syria, claimed "
        "responsibility for the attack in Krasnogorsk."
    )
    assert [(c.kind.value, c.actor, c.place) for c in claimed] == [("attack", "Islamic State", "Krasnogorsk")]
    charged = _one_sentence("A Moscow court charged four men, all citizens of Tajikistan, on Sunday.")
    assert all(c.place is None for c in charged)  # a nationality, not where


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the people 'of whom' counts, and a patient in hospital is a casualty, not a population
            "The Health Ministry says 182 people were injured, of whom 97 remain in hospital.",
            [("182 people", "casualties", "people"), ("97", "casualties", "people")],
        ),
        (
            "According to the health ministry, 107 people remain in hospitals. Twenty-eight of the patients "
            "are in critical condition.",
            [
                ("107 people", "casualties", "people"),
                ("Twenty-eight of the patients", "casualties", "patients"),
            ],
        ),
        (  # 'of them' after a count with no noun of its own: the hostages
            "Chechen militants took more than 1,100 people hostage and 334 of them, including 186 children, "
            "were killed.",
            [
                ("more than 1,100 people hostage", "casualties", "hostage"),
                ("334", "casualties", "people"),
                ("186 children", "casualties", "children"),
            ],
        ),
        (  # detained along with others: detained too
            "Putin said four gunmen had been detained along with seven other people.",
            [("four gunmen", "casualties", "gunmen"), ("seven other people", "casualties", "people")],
        ),
        (  # armed men are a force; one of them is no force's size
            "Several armed men burst into the hall. The video was filmed by one of the gunmen.",
            [("Several armed men", "strength", "gunmen")],
        ),
    ],
)
def test_counts_of_whom_in_hospital_along_with_and_armed_men(sentence: str, expected: list) -> None:
    claims = [c for c in _one_sentence(sentence, "2024-03-26") if c.rule.startswith("count:")]
    assert [(c.text, c.kind.value, c.subject) for c in claims] == expected


def test_a_weekday_before_a_date_is_one_date_and_a_warnings_day_dates_nothing_after() -> None:
    (mourning,) = _one_sentence("Sunday, March 24, was declared a national day of mourning.", "2024-03-24")
    assert (mourning.text, mourning.date.iso) == ("Sunday, March 24", "2024-03-24")
    text = (
        "Attack near Moscow\n\nThe United States had warned Russia earlier this month that an attack could "
        "be imminent.\n\nThe assault was the deadliest in Russia in two decades, and 40 people were killed.\n"
    )
    (toll,) = [c for c in extract_claims(_doc(text, "2024-03-24")) if c.kind.value == "casualties"]
    assert toll.date is None  # not the month of the warning


def test_south_sudans_army_is_not_sudans_and_a_sides_barracks_are_placed_by_the_town() -> None:
    text = (
        "White Army overruns SSPDF barracks in Nasir\n\nJUBA - Armed youth known as the White Army on "
        "Tuesday overran the South Sudan People's Defence Forces (SSPDF) barracks in Nasir town, the army "
        "said.\n"
    )
    claims = extract_claims(_doc(text, "2025-03-05"))
    captures = [(c.text, c.actor, c.place) for c in claims if c.kind.value == "capture"]
    assert captures == [
        ("SSPDF barracks in Nasir", "White Army", "Nasir"),
        ("the South Sudan People's Defence Forces (SSPDF) barracks in Nasir town", "White Army", "Nasir"),
    ]
    evacuation = _one_sentence(
        "UNMISS condemns an attack today on a UN helicopter evacuating members of the South Sudan People's "
        "Defence Forces from Nasir.",
        "2025-03-07",
    )  # whose soldiers the helicopter carried: neither the attacker nor a place
    assert [(c.kind.value, c.actor, c.place) for c in evacuation] == [
        ("attack", None, "Nasir"),
        ("cause", None, "Nasir"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the governor's count of the dead, whatever the clause goes on to
            "Governor James Odhok Oyay put the number of soldiers killed at more than 30 and said about 50 "
            "others were missing.",
            [("more than 30", "soldiers"), ("about 50 others", "others")],
        ),
        (  # arrested: a named man and a count of others
            "Authorities arrested Petroleum Minister Puot Kang Chol and several senior SPLM-IO military "
            "officers in Juba.",
            [("several senior SPLM-IO military officers", "officers")],
        ),
        (  # the wounded counted, not 'civilians wounded' as one noun
            "Local sources said at least 20 soldiers were killed and several civilians wounded.",
            [("at least 20 soldiers", "soldiers"), ("several civilians", "civilians")],
        ),
        (
            "One UNMISS crew member was critically injured and subsequently died.",
            [("One UNMISS crew member", "member")],
        ),
    ],
)
def test_counts_of_the_dead_the_arrested_and_the_wounded(sentence: str, expected: list) -> None:
    claims = _one_sentence(sentence, "2025-03-08")
    assert [(c.text, c.subject) for c in claims if c.kind.value == "casualties"] == expected


def test_the_killed_generals_side_does_not_kill_and_he_said_is_the_minister() -> None:
    text = (
        "Officers killed\n\nA senior South Sudanese army general and at least 27 soldiers were killed on "
        "Friday, officials said.\n\nInformation Minister Michael Makuei said Maj. Gen. David Majur Dak was "
        "killed along with 27 soldiers. A UN crew member was also killed, he said.\n"
    )
    claims = extract_claims(_doc(text, "2025-03-08"))
    assert [c.actor for c in claims if c.text == "at least 27 soldiers"] == [None]
    (crew,) = [c for c in claims if c.text.startswith("A UN crew member")]
    assert crew.attributed_to == "Information Minister Michael Makuei"


def test_a_line_opening_with_its_day_is_a_dateline_and_the_operation_goes_on() -> None:
    text = (
        "Helicopter attacked\n\nMarch 8, 2025 (NASIR) - Fighters opened fire on a UN helicopter on Friday, "
        "killing 27 soldiers.\n\n**JUBA, 7 March 2025** – UNMISS condemns the attack.\n\nDuring the "
        "operation, two crew members were injured.\n"
    )
    claims = extract_claims(_doc(text, "2025-03-08"))
    assert not [c for c in claims if c.kind.value == "event_date"]  # two datelines, no event's day
    assert {c.text: c.date.iso for c in claims if c.kind.value == "casualties"} == {
        "27 soldiers": "2025-03-07",
        "two crew members": "2025-03-07",
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the overall total is of the dead, not of the gunmen counted before it
            "Also 250 gunmen were killed in clashes, bringing the total number of fatalities since the "
            "beginning of the events to 1,864.",
            [("250 gunmen", "casualties", "gunmen"), ("1,864", "casualties", "people")],
        ),
        (  # whose toll: the members, not people at large
            "The death toll of members of the Ministry of Defence and the General Security Service rose "
            "to 231.",
            [("231", "casualties", "members")],
        ),
        (  # suspects are counted, not casualties; massacres are attacks
            "1,426 killed in coastal events, 298 suspects identified in 39 massacres",
            [
                ("1,426", "casualties", "people"),
                ("298 suspects", "quantity", "suspects"),
                ("39 massacres", "attack", "massacres"),
            ],
        ),
    ],
)
def test_overall_tolls_tolls_of_a_group_suspects_and_massacres(sentence: str, expected: list) -> None:
    claims = [c for c in _one_sentence(sentence, "2025-03-10") if c.rule.startswith("count:")]
    assert [(c.text, c.kind.value, c.subject) for c in claims] == expected


def test_the_events_of_a_month_date_a_toll_and_the_former_regime_is_not_the_state() -> None:
    (toll, members) = [
        c
        for c in _one_sentence(
            "The commission into the coastal events of March announced on Tuesday that 1,426 people were "
            "killed, and that 238 members of the army and security forces lost their lives in attacks by "
            "remnants of the former regime.",
            "2025-07-22",
        )
        if c.kind.value == "casualties"
    ]
    assert (toll.date.iso, toll.date_end) == ("2025-03", None)  # the events' month, not the telling
    assert members.actor is None  # neither the dead's own army nor 'the former regime'
    (span,) = _one_sentence("He said the violations took place between March 6 and March 10.", "2025-07-22")
    assert (span.date.iso, span.date_end.iso) == ("2025-03-06", "2025-03-10")
    text = (
        "Commission reports\n\n*Damascus, July 22 (SANA)*\n\nThe commission said 1,426 people were killed.\n"
    )
    assert not [c for c in extract_claims(_doc(text, "2025-07-22")) if c.kind.value == "event_date"]


def test_an_agency_dateline_in_capitals_dates_no_event() -> None:
    text = (
        "Toll rises to 68\n\nSTEPANAKERT, SEPTEMBER 26, ARMENPRESS. The death toll from Monday's explosion "
        "at a fuel depot has risen to 68, the ministry said.\n"
    )
    claims = extract_claims(_doc(text, "2023-09-26"))
    assert not [c for c in claims if c.kind.value == "event_date"]
    assert [(c.text, c.date.iso) for c in claims if c.text == "68" and c.span.start > 20] == [
        ("68", "2023-09-25")
    ]


def test_a_paragraph_adding_to_the_last_keeps_its_date() -> None:
    text = (
        "Losses\n\nDuring the operation on September 19-20, 192 servicemen were killed, the ministry "
        "said.\n\n"
        "One civilian was also killed as a result of the shelling, the ministry said.\n"
    )
    (civilian,) = [c for c in extract_claims(_doc(text, "2023-09-25")) if c.text == "One civilian"]
    assert (civilian.date.iso, civilian.date_end.iso) == ("2023-09-19", "2023-09-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijan did not immediately give its own casualty figures.",
        "The army has not released casualty numbers for the operation.",
    ],
)
def test_figures_withheld_tell_no_casualties(sentence: str) -> None:
    assert _one_sentence(sentence, "2023-09-20") == []


def test_a_weekday_the_clause_looks_ahead_to_is_the_coming_one() -> None:
    (talks,) = _one_sentence(
        "Talks on the reintegration of Karabakh are due to start in the town of Yevlakh on Thursday.",
        "2023-09-20",  # a Wednesday
    )
    assert talks.date.iso == "2023-09-21"
    (strike,) = [c for c in _one_sentence("Rebels attacked the town on Thursday.", "2023-09-20")]
    assert strike.date.iso == "2023-09-14"  # told without a look ahead: the last Thursday


def test_weapons_handed_over_are_counted_not_a_capture_and_a_war_is_no_place() -> None:
    claims = _one_sentence(
        "As of September 24, 6 tanks, more than 800 small arms and about 22 million rounds of ammunition "
        "had been handed over.",
        "2023-09-25",
    )
    assert [(c.text, c.kind.value, c.quantity.low) for c in claims] == [
        ("6 tanks", "quantity", 6),
        ("more than 800 small arms", "quantity", 801),
        ("about 22 million rounds", "quantity", 19_800_000),
    ]
    (dead,) = _one_sentence(
        "Since 2020, a total of 3,107 servicemen have been killed in the Patriotic War and later operations.",
        "2023-09-25",
    )
    assert (dead.text, dead.place) == ("3,107 servicemen", None)


def test_things_destroyed_are_counted_whoever_owned_them() -> None:
    claims = _one_sentence(
        "As a result of the measures, more than 90 combat posts, 20 military vehicles, 40 artillery pieces, "
        "mortars of various calibres and air defence systems of the Armenian armed forces formations were "
        "destroyed.",
        "2023-09-25",
    )
    # 'combat' describes the posts (no attack told by it); the forces owning them did not destroy them;
    # the artillery and mortars are what was destroyed, not how
    assert [(c.text, c.kind.value, c.actor) for c in claims] == [
        ("more than 90 combat posts", "quantity", None),
        ("20 military vehicles", "quantity", None),
        ("40 artillery pieces", "quantity", None),
    ]


def test_the_sentence_filter_keys_a_phrase_on_its_rarest_word() -> None:
    cues = vocab().cue_words("capture_words") | vocab().cue_words("casualty_words")
    assert {"fallen", "hospital", "lives"} <= cues
    assert not {"has", "in", "their"} & cues  # these would let nearly every sentence through
    (fallen,) = _one_sentence("Rebels said the town of Lashio had fallen.", "2024-08-04")
    assert fallen.kind.value == "capture"


def test_attackers_counted_are_a_force_and_them_reaches_the_sentence_before() -> None:
    (attackers,) = [
        c
        for c in _one_sentence(
            "Eyewitnesses said four to five terrorists emerged from the pine forest and fired at tourists.",
            "2025-04-22",
        )
        if c.rule.startswith("count:")
    ]
    assert (attackers.text, attackers.kind.value, attackers.quantity.low, attackers.quantity.high) == (
        "four to five terrorists",
        "strength",
        4,
        5,
    )
    text = (
        "Wounded\n\nOfficials said up to 20 people were wounded. Hospital sources said several of them were "
        "in critical condition.\n\nThe injured were shifted to the hospital in Anantnag, where the condition "
        "of three of them was stated to be critical.\n"
    )
    counts = [
        (c.text, c.subject) for c in extract_claims(_doc(text, "2025-04-22")) if c.rule.startswith("count:")
    ]
    assert counts == [("up to 20 people", "people"), ("several", "people"), ("three", "injured")]


def test_a_count_ends_before_a_new_clause_and_a_stamped_dateline_dates_nothing() -> None:
    text = (
        "Pahalgam terror attack: 26 killed as terrorists open fire on tourists in Baisaran\n\n"
        "SRINAGAR, April 22, 2025 21:40 IST\n\nAt least 26 persons were killed at Baisaran on Tuesday.\n"
    )
    claims = extract_claims(_doc(text, "2025-04-22"))
    assert [(c.text, c.subject) for c in claims if c.kind.value == "casualties"] == [
        ("26", "people"),
        ("At least 26 persons", "persons"),
    ]
    assert not [c for c in claims if c.kind.value == "event_date"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The dead include two foreigners from the UAE and Nepal, according to police.", None),
        (
            "Troops killed 54 militants trying to infiltrate from Afghanistan in North Waziristan.",
            "North Waziristan",
        ),
        ("Soldiers from the Hkaya Bum camp attacked the town, killing 12 people.", "Hkaya Bum"),
        ("The Cabinet Committee on Security said 1,500 people had been detained.", None),
        ("He blamed resentment against New Delhi's rule, where 500,000 troops are deployed.", None),
    ],
)
def test_where_people_come_from_and_a_body_name_are_no_place(sentence: str, place: str | None) -> None:
    (count,) = [c for c in _one_sentence(sentence, "2025-04-24") if c.rule.startswith("count:")]
    assert count.place == place


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (  # the aside describing the group names no doer
            "The Resistance Front (TRF), a proxy of the Pakistan-based Lashkar-e-Taiba, claimed "
            "responsibility for the attack.",
            "TRF",
        ),
        (  # a teller past its day, and what another side seeks, are no doers
            "Pakistan on Wednesday rejected India's attempts to link it to the attack that killed 26 people.",
            None,
        ),
        ("India's claim that it had struck terrorist camps was rejected.", "Indian forces"),
        (  # the owners of the targets did not strike
            "Indian missiles struck the headquarters of Jaish-e-Mohammed in Bahawalpur and of "
            "Lashkar-e-Taiba in Muridke.",
            "Indian forces",
        ),
    ],
)
def test_asides_tellers_and_owners_are_no_doers(sentence: str, actor: str | None) -> None:
    claims = _one_sentence(sentence, "2025-04-24")
    assert claims and {c.actor for c in claims if c.kind.value != "event_date"} == {actor}


def test_a_later_speech_clause_and_a_story_updated_later_keep_their_own_dates() -> None:
    claims = _one_sentence(
        "Pakistan on Wednesday rejected the attack claims over the raid that killed 26 people, and said the "
        "committee would meet on Thursday.",
        "2025-04-24",
    )
    (toll,) = [c for c in claims if c.kind.value == "casualties"]
    assert toll.date.iso == "2025-04-23"  # the day Pakistan spoke, not the coming meeting's
    (denial,) = _one_sentence("Four days later, on April 26, the group denied any role.", "2025-04-22")
    assert denial.date.iso == "2025-04-26"  # not the April 26 of the year before


def test_the_dead_of_a_list_of_nations_and_the_bodies_of_people_are_counted() -> None:
    claims = _one_sentence(
        "Thirteen foreign peacekeepers have been killed over the past week, including nine South Africans, "
        "three Malawians and one Uruguayan, officials said.",
        "2025-01-27",
    )
    counts = [(c.text, c.subject) for c in claims if c.rule.startswith("count:")]
    assert counts == [
        ("Thirteen foreign peacekeepers", "peacekeepers"),
        ("nine South Africans", "peacekeepers"),  # of the peacekeepers the list is of, not people at large
        ("three Malawians", "peacekeepers"),
        ("one Uruguayan", "peacekeepers"),  # a singular nationality after "one"
    ]
    (bodies,) = _one_sentence(
        '"The bodies of at least 773 people are in the morgues of the city\'s hospitals," Muyaya said.',
        "2025-01-31",
    )
    assert (bodies.kind.value, bodies.quantity.low) == ("casualties", 773)


def test_a_force_counted_according_to_experts_and_an_agency_defines_no_force() -> None:
    (force,) = _one_sentence(
        "The rebels, supported by several thousand Rwandan soldiers according to UN experts, entered the "
        "city.",
        "2025-01-31",
    )
    assert (force.text, force.kind.value, force.actor) == (
        "several thousand Rwandan soldiers",
        "strength",
        "Rwandan forces",
    )
    (bodies,) = _one_sentence(
        "According to the World Health Organization (WHO), some 2,000 bodies had been collected from the "
        "streets of Goma by 2 February.",
        "2025-02-04",
    )
    assert (bodies.actor, bodies.place) == (None, "Goma")


def test_since_a_capture_and_a_bulletins_since_and_a_clauses_own_place() -> None:
    claims = _one_sentence(
        "Since the M23 captured Goma on 27 January, humanitarian access to Sake has been blocked.",
        "2025-02-04",
    )
    (capture,) = [c for c in claims if c.kind.value == "capture"]
    assert (capture.date.iso, capture.date_end) == ("2025-01-27", None)  # the capture's day, not a period
    (toll,) = _one_sentence("At least 2,900 people killed in Goma since 26 January.", "2025-02-04")
    assert (toll.date.iso, toll.date_end.iso) == ("2025-01-26", "2025-02-04")  # no event of its own begins
    held = [
        c
        for c in _one_sentence(
            "The FARDC have lost control of Goma, but they still hold positions in Minova and Sake.",
            "2025-01-31",
        )
        if c.rule.endswith(":held")
    ]
    assert [c.place for c in held] == ["Minova"]
    (entered,) = _one_sentence("The rebels entered the city on the night of January 26 to 27.", "2025-01-31")
    assert (entered.date.iso, entered.date_end.iso) == ("2025-01-26", "2025-01-27")


def test_next_to_a_place_looks_nowhere_ahead() -> None:
    (attack, _) = _one_sentence(
        "Militants stormed Palma, which sits next to gas projects worth $60 billion, on Wednesday afternoon.",
        "2021-03-28",
    )
    assert attack.date.iso == "2021-03-24"  # the Wednesday before the Sunday story, not the one after


def test_a_speech_verb_inside_a_quote_names_no_teller_and_a_lower_case_office_is_a_role() -> None:
    claims = _one_sentence(
        '"We can say that Palma is safe," Brigadier Chongo Vidigal, commander of the operation, told '
        'journalists, adding that "a significant number of terrorists" had been killed in the fighting.',
        "2021-04-05",
    )
    assert {c.attributed_to for c in claims} == {"Brigadier Chongo Vidigal, commander of the operation"}
    claims = _one_sentence(
        '"Our actions were measured. No facilities were targeted," the ministry said, adding that 12 '
        "soldiers were killed.",
        "2025-05-08",
    )
    assert {c.attributed_to for c in claims} == {"the ministry"}  # the sentence opens inside the quote
    (attack,) = _one_sentence(
        "The French company had only just announced a gradual return of workers after suspending "
        "operations in January after earlier attacks.",
        "2021-03-28",
    )
    assert attack.attributed_to == "The French company"


@pytest.mark.parametrize(
    "sentence",
    [
        "The commander did not give figures for casualties among the security forces or civilians.",
        "He did not give a precise death toll.",
    ],
)
def test_withheld_figures_tell_no_casualties(sentence: str) -> None:
    assert _one_sentence(sentence, "2021-04-05") == []


def test_members_of_a_body_are_no_place_and_a_passive_attack_names_its_own_doer() -> None:
    claims = _one_sentence(
        "Islamic State claimed the attack on 29 March, saying it had killed 55 people, including members of "
        "the FDS and Christians, and had taken control of Palma.",
        "2021-04-06",
    )
    assert {c.place for c in claims} == {"Palma"}
    claims = _one_sentence(
        "Maputo, 5 Apr 2021 (Lusa) - The Mozambican Defence and Security Forces (FDS) have regained control "
        "of Palma, the army said on Monday, twelve days after the town was attacked by armed insurgents.",
        "2021-04-05",
    )
    by_kind = {c.kind.value: c for c in claims}
    assert by_kind["capture"].actor == "FDS"
    assert by_kind["attack"].actor is None  # 'attacked by armed insurgents': no known side
    assert by_kind["capture"].text.startswith("The Mozambican")  # the dateline is no part of the claim


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Fighting between 29 March and 4 April killed 12 people.", "2021-03-29", "2021-04-04"),
        ("Fighting on 29 March-4 April 2021 killed 12 people.", "2021-03-29", "2021-04-04"),
        ("Clashes from 30 December to 2 January killed 12 people.", "2020-12-30", "2021-01-02"),
        ("Clashes from 30 December 2020 to 2 January 2021 killed 12 people.", "2020-12-30", "2021-01-02"),
    ],
)
def test_a_period_across_months_is_one_period(sentence: str, start: str, end: str) -> None:
    toll = next(c for c in _one_sentence(sentence, "2021-04-06") if c.rule.startswith("count:"))
    assert (toll.date.iso, toll.date_end.iso) == (start, end)


def test_a_title_naming_the_week_just_reported_is_the_reports_span() -> None:
    doc = _doc(
        "Cabo Ligado Weekly: 29 March-4 April 2021\n\nOn 1 April, insurgents attacked the village of "
        "Quitunda, killing at least two people.\n",
        "2021-04-06",
    )
    claims = extract_claims(doc)
    assert [c.text for c in claims if c.span.end < 45] == []  # no event date, no count of '29'
    assert any(c.text == "at least two people" for c in claims)


def test_who_ended_or_repelled_an_attack_did_not_make_it() -> None:
    claims = _one_sentence(
        "Somali security forces ended a 30-hour siege of a popular hotel in the capital on Saturday night, "
        "after al-Shabab fighters stormed the building.",
        "2022-08-21",
    )
    (attack,) = [c for c in claims if c.kind.value == "attack"]
    assert attack.actor == "al-Shabaab"
    (repelled,) = _one_sentence(
        "The army said its forces repelled an RSF ground assault on the city's southern edge on Sunday.",
        "2025-04-14",
    )
    assert repelled.actor == "RSF"


def test_an_agency_byline_is_no_event_and_a_title_takes_the_leads_day() -> None:
    doc = _doc(
        "Government confirms 21 dead in hotel attack\n\n**Somali National News Agency (SONNA)** | 21 August "
        "2022\n\nMogadishu - The Federal Government of Somalia has confirmed that 21 people lost their lives "
        "and 117 others were injured in the terrorist attack on Hayat Hotel in Mogadishu, which was carried "
        "out by Khawarij al-Shabaab on the evening of 19 August.\n",
        "2022-08-21",
    )
    claims = extract_claims(doc)
    assert not [c for c in claims if c.kind.value == "event_date" and "SONNA" in c.text]
    dead = [c for c in claims if c.rule.startswith("count:")]
    assert [(c.text, c.date.iso) for c in dead] == [
        ("21 dead", "2022-08-19"),
        ("21 people", "2022-08-19"),
        ("117 others", "2022-08-19"),
    ]
    assert dead[1].attributed_to == "The Federal Government of Somalia"  # 'Mogadishu - ' is a dateline


def test_where_the_wounded_are_cared_for_is_not_where_they_were_hurt() -> None:
    (treated,) = _one_sentence(
        "He said 15 of the injured were receiving treatment at Madina hospital.", "2022-08-21"
    )
    assert treated.place is None


def test_users_of_the_devices_are_no_casualties_nor_the_attackers() -> None:
    claims = _one_sentence(
        "Pagers used by hundreds of members of the militant group Hezbollah exploded nearly simultaneously "
        "across Lebanon and parts of Syria on Tuesday, killing at least nine people and wounding about "
        "2,800, officials said.",
        "2024-09-17",
    )
    counts = [(c.text, c.actor, c.place) for c in claims if c.rule.startswith("count:")]
    assert counts == [("at least nine people", None, "Lebanon"), ("about 2,800", None, "Lebanon")]
    assert _one_sentence("Israel has not commented on either attack.", "2024-09-19") == []


def test_a_speakers_verb_is_no_aside_and_a_weekday_byline_no_event() -> None:
    claims = _one_sentence(
        "Caretaker Minister of Public Health, Dr. Firass Abiad, announced on Wednesday that the toll of "
        "yesterday's pager explosions has risen to 12 martyrs, including two children, and around 2,750 "
        "wounded.",
        "2024-09-18",
    )
    assert {c.date.iso for c in claims} == {"2024-09-17"}  # every count of the list is yesterday's
    doc = _doc(
        "Abiad: 12 martyrs in pager explosions\n\nWed 18 Sep 2024 at 13:05\n\nThe minister said the toll "
        "of yesterday's explosions has risen to 12 martyrs.\n",
        "2024-09-18",
    )
    assert not [c for c in extract_claims(doc) if c.kind.value == "event_date"]


def test_it_after_a_person_spoke_is_a_body_and_a_hospital_is_where_the_dead_were_brought() -> None:
    doc = _doc(
        "Drone strike\n\nA doctor at Finote Selam General Hospital, who asked not to be named, said 26 "
        "bodies had been brought to the hospital. It has denied targeting civilians in its campaign "
        "against the Fano militia, which has been fighting the army since early August.\n",
        "2023-08-14",
    )
    bodies, denied = extract_claims(doc)
    assert (bodies.text, bodies.place) == ("26 bodies", None)  # the town is told elsewhere in the story
    assert bodies.attributed_to.startswith("A doctor at Finote Selam General Hospital")
    assert (denied.kind.value, denied.attributed_to) == ("attack", None)  # not the doctor's denial


def test_a_body_that_received_reports_is_no_teller_named_by_them() -> None:
    claims = _one_sentence(
        "The Commission also received reports of extrajudicial killings of civilians by government security "
        "forces in Bahir Dar, and of civilians killed during the fighting in Lalibela and Gondar.",
        "2023-08-15",
    )
    assert claims and all(c.attributed_to != "The Commission also received" for c in claims)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "The AA said a brigadier general had been captured along with hundreds of soldiers.",
            "hundreds of soldiers",
        ),
        (
            'It said it had detained a brigadier general and "more than 300" soldiers.',
            'more than 300" soldiers',
        ),
    ],
)
def test_people_taken_with_a_first_captive_are_casualties(sentence: str, count: str) -> None:
    (taken,) = [c for c in _one_sentence(sentence, "2024-12-21") if c.rule.startswith("count:")]
    assert (taken.text, taken.kind.value) == (count, "casualties")


def test_no_mention_of_a_battle_tells_none() -> None:
    assert _one_sentence("Military-controlled newspapers made no mention of the battle.", "2024-12-21") == []


def test_a_name_before_a_compound_formation_word_is_the_formations() -> None:
    (attack, *_) = _one_sentence(
        "Russian forces struck a meeting of the command staff of the Seversk operational-tactical group in "
        "Sumy on April 13, the ministry said.",
        "2025-04-14",
    )
    assert attack.place == "Sumy"


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("84 Wagner mercenaries", "Wagner"),
        ("200 Russian soldiers", "Russian forces"),
        ("192 servicemen of the Azerbaijan Army", "Azerbaijani forces"),
        ("30 fighters of the RSF", "RSF"),
        ("dozens of junta troops", "junta"),
        ("five Sudan army soldiers", "SAF"),
        ("29 soldiers", None),
    ],
)
def test_the_side_a_count_of_soldiers_belongs_to(phrase: str, side: str | None) -> None:
    text = f"The army said {phrase} were killed."
    counted = phrase.split(" of the ")[0]
    start = text.index(counted)
    assert document_actors(text).victims_side(text, start, start + len(counted)) == side


def test_a_place_taken_is_dated_by_the_date_inside_its_own_words() -> None:
    claims = _one_sentence(
        "Fighting resumed in August 2023, and the army took the rebel stronghold of Kidal in November 2023.",
        "2024-07-29",
    )
    (capture,) = [c for c in claims if c.kind.value == "capture"]
    assert (capture.place, capture.date.iso) == ("Kidal", "2023-11")


def test_said_the_commander_followed_by_a_verb_is_what_was_said_not_who_said_it() -> None:
    claims = _one_sentence(
        "A Telegram channel linked to Wagner, Grey Zone, said the group's commander in the area, Sergei "
        "Shevchenko, had been killed.",
        "2024-07-29",
    )
    assert [(c.kind.value, c.attributed_to) for c in claims] == [("casualties", "Grey Zone")]


def test_units_that_came_under_attack_did_not_attack() -> None:
    claims = _one_sentence("FAMa units came under heavy attack by the JNIM on Friday.", "2024-07-29")
    assert [(c.kind.value, c.actor) for c in claims] == [("attack", "JNIM")]


def test_one_child_among_the_dead_is_counted() -> None:
    claims = _one_sentence(
        "A drone struck the town on 28 July, killing two civilians, including a child.", "2024-07-29"
    )
    counts = [(c.text, c.quantity.low, c.subject) for c in claims if c.kind.value == "casualties"]
    assert counts == [("two civilians", 2, "civilians"), ("a child", 1, "child")]


def test_a_where_clause_with_its_own_teller_tells_the_counts_after_it() -> None:
    claims = _one_sentence(
        "In July, Wagner admitted heavy losses in fighting near Tinzaouatene on the Algerian border, where "
        "separatist rebels said they had killed 84 Wagner mercenaries and 47 Malian soldiers.",
        "2024-10-01",
    )
    tolls = [(c.text, c.actor, c.attributed_to) for c in claims if c.kind.value == "casualties"]
    assert tolls == [
        ("84 Wagner mercenaries", None, "separatist rebels"),
        ("47 Malian soldiers", None, "separatist rebels"),
    ]


def test_a_nicknamed_commander_after_a_dateline_tells_his_sides_loss() -> None:
    claims = _one_sentence(
        "January 12, 2025 (KHARTOUM) – The commander of the Rapid Support Forces (RSF), Mohamed Hamdan "
        'Dagalo "Hemedti", acknowledged on Sunday that his forces had lost Wad Madani.',
        "2025-01-13",
    )
    (loss,) = claims
    assert (loss.kind.value, loss.place, loss.actor) == ("capture", "Wad Madani", None)
    assert loss.attributed_to == "The commander of the Rapid Support Forces (RSF), Mohamed Hamdan Dagalo"
    assert loss.speaker_is_party is True
    assert loss.date_end is not None and loss.date_end.iso == "2025-01-12"  # lost by the day he said so


def test_a_sides_own_statement_speaks_for_its_forces() -> None:
    text = (
        "Statement of the spokesman\n\nOur forces carried out a tactical redeployment from the city of Wad "
        "Madani in order to spare the lives of citizens. Our forces destroyed 18 combat vehicles of the army "
        "and killed more than 150 of their fighters.\n"
    )
    doc = _doc(text, "2025-01-11").model_copy(update={"outlet": "Rapid Support Forces"})
    claims = extract_claims(doc)
    assert [(c.kind.value, c.text, c.actor) for c in claims] == [
        ("capture", "the city of Wad Madani", None),  # a withdrawal: the side that left took nothing
        ("quantity", "18 combat vehicles", None),
        ("casualties", "more than 150 of their fighters", "RSF"),
    ]


def test_villages_taken_in_a_region_do_not_make_the_region_a_target() -> None:
    claims = _one_sentence("The army recaptured 35 villages in eastern Gezira last week.", "2025-01-13")
    assert [(c.kind.value, c.text) for c in claims] == [("capture", "35 villages")]
    bases = _one_sentence("On 28 March, the KIA seized two junta bases in Yaw Yone and Nga Gayan.", "2024-04")
    assert [c.text for c in bases] == ["two junta bases", "Yaw Yone", "Nga Gayan"]


def test_a_side_that_remains_in_full_control_denies_the_loss() -> None:
    (held,) = _one_sentence("The RSF said it remains in full control of Omdurman.", "2025-01-11")
    assert (held.kind.value, held.place, held.denied) == ("capture", "Omdurman", True)


def test_a_coup_takes_no_place_and_a_fall_denied_is_a_denied_capture() -> None:
    coup = _one_sentence("The army has fought on multiple fronts since it seized power in a 2021 coup.")
    assert [c.kind.value for c in coup] == ["attack"]
    (held,) = _one_sentence("The army said Lashio had not fallen.", "2024-08-03")
    assert (held.kind.value, held.place, held.denied) == ("capture", "Lashio", True)


def test_a_sides_headquarters_in_a_town_is_the_target_not_the_region_after_it() -> None:
    claims = _one_sentence(
        "The MNDAA said on Saturday that it had seized the junta's Northeastern Regional Military Command "
        "headquarters in Lashio, northern Shan State, after nearly a month of fighting.",
        "2024-08-03",
    )
    assert [(c.kind.value, c.place, c.actor) for c in claims] == [
        ("capture", "Northeastern Regional Military Command headquarters", "MNDAA")
    ]


def test_a_place_where_a_deal_was_reached_is_not_where_the_withdrawal_was() -> None:
    claims = _one_sentence(
        "The MNDAA said it had completed its withdrawal from the city by April 22, in line with an agreement "
        "reached in Kunming in January.",
        "2025-04-22",
    )
    assert all(c.place != "Kunming" for c in claims)
    talks = _one_sentence("Talks in Jeddah in May 2023 produced a declaration.", "2024-01-10")
    assert [c.place for c in talks] == ["Jeddah"]  # the talks themselves were there


@pytest.mark.parametrize(
    "dateline",
    ["**Kinshasa, 29 July 2025** – ", "**KINSHASA, 29 July 2025** – ", "Kinshasa, 29 July 2025 - "],
)
def test_a_bold_press_release_dateline_is_no_event_and_no_speaker(dateline: str) -> None:
    claims = extract_claims(
        _doc(
            f"Mission condemns attack\n\n{dateline}The United Nations Mission in South Sudan (UNMISS) "
            "strongly "
            "condemns the attack perpetrated by the ADF on the night of 26 to 27 July 2025 against the "
            "Catholic "
            "parish of Komanda, in Ituri province.\n",
            "2025-07-29",
        )
    )
    dated = [c for c in claims if c.kind.value == "event_date"]
    assert [(c.date.iso, c.date_end.iso, c.place) for c in dated] == [("2025-07-26", "2025-07-27", "Komanda")]
    assert not [c for c in claims if "29 July" in c.text]
    assert {c.attributed_to for c in claims} == {"The United Nations Mission in South Sudan (UNMISS)"}
    assert {c.speaker_is_party for c in claims} == {False}  # a UN mission is no side


def test_a_paragraph_counting_the_dead_of_the_attack_keeps_its_day() -> None:
    claims = extract_claims(
        _doc(
            "Mission condemns attack\n\nADF rebels attacked the parish of Komanda on the night of 26 to 27 "
            "July 2025.\n\nAccording to preliminary information gathered by the Mission, at least 43 people, "
            "including 19 women and 9 children, were killed with firearms and machetes during the attack.\n\n"
            "Talks on a truce are due to start in Beni on Thursday.\n\nAt least 5 people were killed in the "
            "fighting.\n",
            "2025-07-29",
        )
    )
    dead = [c for c in claims if c.kind.value == "casualties"]
    assert [(c.text, c.date.iso if c.date else None) for c in dead] == [
        ("at least 43 people", "2025-07-26"),
        ("19 women", "2025-07-26"),
        ("9 children", "2025-07-26"),
        ("At least 5 people", None),  # the talks to come date no fighting told after them
    ]


def test_the_victims_listed_are_counted_among_the_dead() -> None:
    claims = _one_sentence("Among the victims are 19 women and 9 children, said the head of civil society.")
    assert [(c.kind.value, c.text, c.quantity.low) for c in claims] == [
        ("casualties", "19 women", 19),
        ("casualties", "9 children", 9),
    ]


def test_a_faith_names_no_place_and_a_un_mission_acts() -> None:
    claims = _one_sentence("ADF rebels killed 20 people in an attack on the Catholic parish of Komanda.")
    assert {c.place for c in claims} == {"Komanda"}
    (force,) = _one_sentence(
        "MONUSCO deployed a quick reaction force of about 150 peacekeepers to Komanda to protect "
        "civilians and "
        "support the FARDC."
    )
    assert (force.kind.value, force.quantity.low, force.quantity.high, force.actor) == (
        "strength",
        135,
        165,
        "MONUSCO",
    )


def test_an_army_spokesman_for_a_province_tells_a_toll_his_side_did_not_inflict() -> None:
    (toll,) = _one_sentence(
        "Congo's army spokesman in Ituri province, Lieutenant Jules Ngongo, put the toll at about 10 "
        "dead and "
        "said the assailants had fled before troops arrived.",
        "2025-07-27",
    )
    assert (toll.text, toll.actor, toll.attributed_to) == ("about 10 dead", None, "Lieutenant Jules Ngongo")


def test_a_relative_clauses_year_dates_neither_the_toll_nor_the_next_sentence() -> None:
    claims = extract_claims(
        _doc(
            "Rebels kill\n\nThe ADF, which originated in Uganda and pledged allegiance to Islamic State "
            "in 2019, has killed thousands of civilians in eastern Congo. Islamic State claimed "
            "responsibility "
            "for the attack, saying its fighters had killed about 45 Christians.\n",
            "2025-07-27",
        )
    )
    dead = [c for c in claims if c.kind.value == "casualties"]
    assert [(c.text, c.date) for c in dead] == [
        ("thousands of civilians", None),
        ("about 45 Christians", None),
    ]


def test_attacks_referred_to_by_a_demonstrative_are_no_new_attack() -> None:
    claims = _one_sentence(
        '"These deliberate attacks on defenceless worshippers are abhorrent," said the head of the mission.'
    )
    assert not [c for c in claims if c.kind.value == "attack"]


def test_a_relative_clause_after_a_speakers_name_is_not_part_of_the_source() -> None:
    claims = _one_sentence(
        "President Hassan Sheikh Mohamud, who was elected in May, condemned the assault on the hotel on "
        "Friday.",
        "2022-08-21",
    )
    assert {c.attributed_to for c in claims} == {"President Hassan Sheikh Mohamud"}
    claims = _one_sentence(
        "Col Naw Bu, who leads the KIO's information wing, said KIA troops attacked the camp on Friday.",
        "2023-10-12",
    )
    assert {c.attributed_to for c in claims} == {"Col Naw Bu, who leads the KIO's information wing"}


def test_a_witness_described_after_said_is_still_the_source() -> None:
    claims = _one_sentence('"Twelve people were killed in the market," said a man who witnessed the attack.')
    assert {c.attributed_to for c in claims} == {"a man who witnessed the attack"}


def test_sailors_killed_and_crew_missing_at_sea_are_counted() -> None:
    claims = extract_claims(
        _doc(
            "Houthi attack sinks second ship in a week; at least 4 sailors killed and 11 "
            "missing\n\nYemen's Houthi "
            "rebels sank a commercial ship in the Red Sea, killing at least four sailors, while 11 "
            "others remain "
            "missing, officials said. The Magic Seas' 22 crew members were all rescued.\n",
            "2025-07-10",
        )
    )
    counted = [(c.kind.value, c.text, c.subject) for c in claims if c.quantity.low is not None]
    assert counted == [
        ("casualties", "at least 4 sailors", "sailors"),
        ("casualties", "11 missing", "missing"),
        ("casualties", "at least four sailors", "sailors"),
        ("casualties", "11 others", "others"),
        ("quantity", "22 crew members", "crew members"),
    ]


def test_ships_targeted_are_attacked_and_ships_that_struck_are_not() -> None:
    (targeted,) = [
        c for c in _one_sentence("The rebels have targeted more than 100 merchant vessels.") if c.quantity.low
    ]
    assert (targeted.kind.value, targeted.quantity.low, targeted.subject) == ("attack", 101, "vessels")
    (struck,) = [
        c
        for c in _one_sentence("The vessel was also struck by two unmanned surface vessels.")
        if c.quantity.low
    ]
    assert (struck.kind.value, struck.quantity.low) == ("quantity", 2)


def test_an_occupied_land_named_after_a_preposition_is_no_capture() -> None:
    claims = _one_sentence(
        "The company's ships violated the ban on entering the ports of occupied Palestine."
    )
    assert not [c for c in claims if c.kind.value == "capture"]
    (taken,) = _one_sentence("Russian forces occupied Kherson in March 2022.", "2022-04-01")
    assert (taken.kind.value, taken.place) == ("capture", "Kherson")


def test_an_advisorys_date_field_is_no_event() -> None:
    claims = extract_claims(
        _doc(
            "UKMTO WARNING 028/25\n\n**Date:** 08 July 2025\n\n1. At 1430 UTC on 07 July 2025, a vessel was "
            "attacked by multiple small craft firing small arms.\n",
            "2025-07-08",
        )
    )
    assert {c.date.iso for c in claims if c.date} == {"2025-07-07"}


def test_casualties_listed_by_their_state_each_count() -> None:
    claims = _one_sentence(
        "Teams treated 89 casualties, including 3 in serious condition, 2 in moderate condition and 84 with "
        "mild injuries.",
        "2025-06-19",
    )
    assert [(c.kind.value, c.text, c.quantity.low) for c in claims] == [
        ("casualties", "89 casualties", 89),
        ("casualties", "3", 3),
        ("casualties", "2", 2),
        ("casualties", "84", 84),
    ]


def test_dozens_hurt_is_a_casualty_count() -> None:
    (hurt,) = _one_sentence("Dozens hurt in barrages on central Israel.", "2025-06-19")
    assert (hurt.kind.value, hurt.text, hurt.quantity.low) == ("casualties", "Dozens", 24)


def test_a_toll_since_a_day_told_without_a_comma_runs_to_the_telling() -> None:
    claims = _one_sentence(
        "The Zionist regime's strikes on Iran since June 13 have martyred at least 639 people, according to "
        "the Health Ministry.",
        "2025-06-19",
    )
    (toll,) = [c for c in claims if c.kind.value == "casualties"]
    assert (toll.date.iso, toll.date_end.iso, toll.as_of.iso, toll.actor) == (
        "2025-06-13",
        "2025-06-19",
        "2025-06-19",
        "IDF",  # the Iranian media's name for Israel's forces
    )


def test_an_agency_dateline_and_an_operations_name_are_no_source_and_no_place() -> None:
    claims = extract_claims(
        _doc(
            "IRGC statement\n\nTehran, IRNA – The Islamic Revolutionary Guard Corps (IRGC) announced on "
            "Thursday that the 14th wave of Operation True Promise III had targeted the headquarters of the "
            "Zionist army in the Gav-Yam technology park in Beersheba.\n",
            "2025-06-19",
        )
    )
    (attack,) = [c for c in claims if c.kind.value == "attack"]
    assert attack.attributed_to == "The Islamic Revolutionary Guard Corps (IRGC)"
    assert (attack.actor, attack.place) == (None, "Gav-Yam")  # the army whose headquarters it was did not act


def test_a_sides_word_before_a_site_is_whose_site_it_is() -> None:
    (attack,) = _one_sentence(
        "Iranian state media claimed the missile had targeted a military intelligence compound next to the "
        "hospital.",
        "2025-06-19",
    )
    assert attack.actor is None  # not the army whose compound it was
    (taken,) = _one_sentence("The military regained positions near Bhamo on Friday.", "2025-06-19")
    assert taken.actor == "state forces"  # a verb before the site: the military acted


def test_a_bulletins_list_of_running_totals_counts_each_line() -> None:
    claims = extract_claims(
        _doc(
            "Total combat losses of the enemy\n\nThe total combat losses of the enemy were approximately:\n\n"
            "- personnel ‒ about 1,000,340 (+1,140) persons\n- tanks ‒ 10,940 (+7)\n- artillery systems ‒ "
            "28,498 (+51)\n- submarines ‒ 1 (+0)\n\nThe data is being updated.\n",
            "2025-06-12",
        )
    )
    listed = [(c.kind.value, c.text, c.quantity.low, c.quantity.high, c.subject, c.as_of.iso) for c in claims]
    assert listed == [
        ("casualties", "about 1,000,340", 900306, 1100374, "personnel", "2025-06-12"),
        ("quantity", "10,940", 10940, 10940, "tanks", "2025-06-12"),
        ("quantity", "28,498", 28498, 28498, "artillery systems", "2025-06-12"),
        ("quantity", "1", 1, 1, "submarines", "2025-06-12"),
    ]
    one = extract_claims(_doc("Profile\n\n- Founded: 1961\n- Leader: N'Ban La\n", "2025-06-12"))
    assert not one  # one label-and-figure line is no bulletin


def test_losses_that_amounted_to_troops_are_casualties_and_lost_ships_no_attack() -> None:
    claims = _one_sentence(
        "The losses of the Ukrainian Armed Forces amounted to up to 180 troops and four motor vehicles.",
        "2025-06-12",
    )
    assert [(c.kind.value, c.text) for c in claims] == [
        ("casualties", "up to 180 troops"),
        ("quantity", "four motor vehicles"),
    ]
    lost = _one_sentence(
        "Russia has also lost 416 airplanes, 28 ships and boats, and one submarine.", "2025-06-12"
    )
    assert [(c.kind.value, c.text) for c in lost] == [
        ("quantity", "416 airplanes"),
        ("quantity", "28 ships"),
        ("quantity", "one submarine"),
    ]


def test_the_special_military_operation_names_no_doer() -> None:
    claims = _one_sentence(
        "In total, since the beginning of the special military operation, the following have been destroyed: "
        "662 airplanes and 23,932 tanks.",
        "2025-06-12",
    )
    assert [(c.text, c.actor) for c in claims if c.quantity.low] == [
        ("662 airplanes", None),
        ("23,932 tanks", None),
    ]


def test_one_way_attack_drones_are_a_kind_not_one_drone() -> None:
    claims = _one_sentence(
        "The strikes targeted launch sites for one way attack unmanned aerial systems and one-way attack "
        "drones."
    )
    assert not [c for c in claims if c.quantity.low is not None]


def test_a_toll_put_by_a_resident_whose_town_took_the_wounded_counts_the_dead() -> None:
    (wounded, dead) = _one_sentence(
        'A resident of Kaya, where many of the wounded were taken, put the number of dead at "around 300".',
        "2024-08-27",
    )
    assert (wounded.subject, wounded.attributed_to) == ("wounded", "A resident of Kaya")
    assert (dead.kind.value, dead.text, dead.subject, dead.quantity.low, dead.quantity.high) == (
        "casualties",
        "around 300",
        "people",
        270,
        330,
    )
    assert dead.attributed_to == "A resident of Kaya"


def test_an_estimate_given_by_another_source_is_a_version_told_by_it() -> None:
    claims = _one_sentence(
        "As many as 600 people were killed in August, according to a French government security "
        "assessment, roughly double the estimate of about 300 given earlier by the United Nations.",
        "2024-10-05",
    )
    assert [(c.kind.value, c.text, c.quantity.low, c.quantity.high, c.attributed_to) for c in claims] == [
        ("casualties", "As many as 600 people", None, 600, "a French government security assessment"),
        ("casualties", "about 300", 270, 330, "the United Nations"),
    ]


def test_unnamed_gunmen_after_the_side_named_are_the_doers() -> None:
    (attack, _) = _one_sentence(
        "On Saturday, while hundreds of residents were digging a trench on the orders of the military "
        "detachment, armed men on motorcycles arrived from the north and opened fire on them.",
        "2024-09-02",
    )
    assert (attack.kind.value, attack.actor) == ("attack", None)
    (capture,) = _one_sentence("The KIA, rebels fighting the junta, captured the town of Hpakant on Friday.")
    assert capture.kind.value == "capture"  # the aside closed before the verb leaves the verb's clause empty


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents had been ordered by the army to dig trenches around the town to protect it from attack.",
        "The army deployed troops to prevent further attacks on the town.",
        "Families fled for fear of attack.",
        "Villages remain at risk of new attacks.",
    ],
)
def test_an_attack_only_feared_is_no_attack(sentence: str) -> None:
    assert not [c for c in _one_sentence(sentence) if c.kind.value == "attack"]


def test_an_attack_defended_against_still_happened() -> None:
    (attack,) = _one_sentence("Troops defended the base against an attack by the KIA on Monday.")
    assert (attack.kind.value, attack.actor) == ("attack", "KIA")


def test_our_own_count_is_the_publishers() -> None:
    doc = _doc(
        "The toll\n\nAccording to our own count, more than 400 people were killed.\n", "2024-09-02"
    ).model_copy(update={"outlet": "Collectif Justice pour Barsalogho"})
    (toll,) = extract_claims(doc)
    assert (toll.quantity.low, toll.attributed_to) == (401, "Collectif Justice pour Barsalogho")


def test_a_press_releases_number_and_date_line_dates_no_event() -> None:
    assert not _one_sentence("**No PR-312/2025-ISPR** | **Rawalpindi - October 12, 2025**", "2025-10-12")


def test_a_military_communiques_words_for_its_dead_and_the_enemys() -> None:
    claims = _one_sentence(
        "More than 200 Taliban and affiliated terrorists were neutralised. During the exchange of fire, "
        "23 brave sons of soil embraced shahadat, while 29 were injured.",
        "2025-10-12",
    )
    assert [(c.kind.value, c.text, c.quantity.low, c.subject) for c in claims if c.quantity.low] == [
        ("casualties", "More than 200 Taliban", 201, "taliban"),
        ("casualties", "23 brave sons", 23, "sons"),
        ("casualties", "29 were injured", 29, "injured"),
    ]


def test_a_second_verb_before_a_count_and_attacks_only_planned() -> None:
    claims = _one_sentence(
        "Its forces had captured 21 Afghan positions and destroyed several training camps used by "
        "militants to plan attacks on Pakistan.",
        "2025-10-12",
    )
    assert [(c.kind.value, c.text) for c in claims] == [
        ("capture", "21 Afghan positions"),
        ("quantity", "several training camps"),
    ]
    (taken,) = _one_sentence(
        "21 hostile positions on the Afghan side of the border were physically captured.", "2025-10-12"
    )
    assert (taken.kind.value, taken.text, taken.place) == ("capture", "21 hostile positions", None)


def test_a_title_case_operation_is_no_place_and_him_is_the_one_named() -> None:
    (dead,) = extract_claims(
        _doc("IEA: 58 Pakistani Soldiers Killed in Retaliatory Operations\n", "2025-10-12")
    )
    assert (dead.text, dead.place) == ("58 Pakistani Soldiers", None)
    claims = extract_claims(
        _doc(
            "Clashes\n\nThe spokesman, Zabihullah Mujahid, said on Sunday that 58 soldiers were killed.\n\n"
            "According to him, nine members of the forces were martyred.\n",
            "2025-10-12",
        )
    )
    assert [c.attributed_to for c in claims if c.text == "nine members"] == [
        "The spokesman, Zabihullah Mujahid"
    ]


def test_two_sides_of_a_clash_are_neither_its_doer_nor_where_it_was() -> None:
    claims = _one_sentence(
        "A further two people were killed in Souq al-Juma'a on Wednesday when clashes broke out between "
        "the 444th Brigade and the Special Deterrence Force (Radaa).",
        "2025-05-15",
    )
    dead = _find(claims, "casualties", "two people")
    assert (dead.actor, dead.place, dead.unit) == (None, "Souq al-Juma'a", None)
    assert [c.actor for c in claims if c.kind.value == "attack"] == [None]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The Mission welcomes the truce announced by the Presidential Council on 14 May.",
            "the Presidential Council",
        ),
        ("Five people were killed, as reported by state media.", "state media"),
        (
            "According to information received by the Mission, at least eight civilians were killed.",
            "the Mission",
        ),
        ('"I counted more than 100 bodies," a survivor said by telephone.', "a survivor"),
    ],
)
def test_a_passive_speech_verbs_agent_is_the_source(sentence: str, source: str) -> None:
    assert {c.attributed_to for c in _one_sentence(sentence, "2025-05-15")} == {source}


def test_a_ministry_in_a_government_names_no_place() -> None:
    (bodies,) = _one_sentence(
        "The Ministry of Health in the Government of National Unity said that six bodies were recovered "
        "on Tuesday in Abu Salim.",
        "2025-05-15",
    )
    assert (bodies.place, bodies.date) == ("Abu Salim", PartialDate.parse("2025-05-13"))


def test_a_coordinated_clause_keeps_its_own_day() -> None:
    claims = _one_sentence(
        "The ministry said six bodies were recovered on Tuesday in Abu Salim, and that two people were "
        "killed in Souq al-Juma'a on Wednesday.",
        "2025-05-15",
    )
    assert [(c.text, c.date) for c in claims if c.quantity.low] == [
        ("six bodies", PartialDate.parse("2025-05-13")),
        ("two people", PartialDate.parse("2025-05-14")),
    ]
    since = _one_sentence(
        "Israel resumed its offensive on March 18. Since then, more than 1,000 people have been killed, "
        "and around 142,000 people have been displaced again, the UN said last week.",
        "2025-04-02",
    )  # the day it was told is no day of the clause's own
    assert [(c.text, c.date_text) for c in since if c.quantity.low] == [
        ("more than 1,000 people", "Since then"),
        ("around 142,000 people", "Since then"),
    ]


@pytest.mark.parametrize(
    ("sentence", "figure", "source", "denied"),
    [
        (
            "The army said fewer than 100 Palestinians were killed, rejecting the Hamas-run health "
            "ministry's claim that more than 200 people died.",
            "more than 200 people",
            "the Hamas-run health ministry",
            True,
        ),
        (
            "The claims of the occupation army that fewer than 100 people were killed are a blatant lie.",
            "fewer than 100 people",
            "the occupation army",
            True,
        ),
        (
            "Israel rejected local officials' claims that 30 people died.",
            "30 people",
            "local officials",
            True,
        ),
        ("The army disputed the ministry's toll of 274 dead.", "274 dead", "the ministry", True),
    ],
)
def test_a_count_told_as_anothers_claim_is_theirs(
    sentence: str, figure: str, source: str, denied: bool
) -> None:
    claim = next(c for c in _one_sentence(sentence, "2024-06-09") if c.text == figure)
    assert (claim.attributed_to, claim.denied) == (source, denied)


def test_a_toll_put_in_quotes_names_the_dead_and_hurt() -> None:
    (count,) = [
        c
        for c in _one_sentence(
            'Israel\'s military put the number of Palestinian casualties at "under 100" and said it did '
            "not know how many of them were combatants.",
            "2024-06-09",
        )
        if c.quantity.high
    ]
    assert (count.kind, count.text, count.subject, count.quantity.high) == (
        "casualties",
        "under 100",
        "casualties",
        99,
    )


def test_people_rescued_and_gunmen_firing_are_no_casualties() -> None:
    claims = _one_sentence(
        "Troops killed the guards holding Argamani in one apartment, and came under heavy fire from "
        "dozens of gunmen while extracting the three men from the other.",
        "2024-06-09",
    )
    assert {(c.text, c.kind) for c in claims if c.quantity.low} == {
        ("dozens of gunmen", "strength"),
        ("three men", "quantity"),
    }
    rescue = _one_sentence(
        "The IDF said fewer than 100 Palestinians were killed in the operation to rescue four hostages.",
        "2024-06-09",
    )
    assert {(c.text, c.kind) for c in rescue if c.quantity.high} == {
        ("fewer than 100 Palestinians", "casualties"),
        ("four hostages", "quantity"),
    }


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Some 116 hostages are still held, including 41 the IDF has confirmed dead.", "the IDF"),
        (
            "*Updated Sunday:* The Ministry of Health raised the toll to 274 martyrs.",
            "The Ministry of Health",
        ),
        ("Fresh strikes raised the death toll to 30 on Monday.", None),
    ],
)
def test_who_raised_or_confirmed_a_toll_tells_it(sentence: str, source: str | None) -> None:
    claims = [c for c in _one_sentence(sentence, "2024-06-09") if c.quantity.low]
    assert claims and claims[-1].attributed_to == source


def test_a_report_of_one_days_event_dates_its_listed_toll_but_not_its_background() -> None:
    text = (
        "Massacre in Nuseirat\n\nThe occupation army committed a horrific massacre today in "
        "Nuseirat camp.\n\n## The toll\n\n- 210 martyrs, according to the Ministry of Health\n"
        "- More than 400 wounded\n\n"
        "The war has killed more than 36,000 people in Gaza.\n"
    )
    claims = {c.text: c.date for c in extract_claims(_doc(text, "2024-06-08")) if c.quantity.low}
    day = PartialDate.parse("2024-06-08")
    assert claims == {"210 martyrs": day, "More than 400 wounded": day, "more than 36,000 people": None}


def test_a_bulletins_armoured_carriers_and_fighting_vehicles_are_machines_not_people_or_attacks() -> None:
    claims = _one_sentence(
        "In total, the enemy has lost up to 2,030 troops, 35 tanks, 31 infantry fighting vehicles and "
        "22 armoured personnel carriers.",
        "2024-08-15",
    )
    assert [(c.kind, c.text, c.subject) for c in claims] == [
        ("casualties", "up to 2,030 troops", "troops"),
        ("quantity", "35 tanks", "tanks"),
        ("quantity", "31 infantry fighting vehicles", "vehicles"),
        ("quantity", "22 armoured personnel carriers", "carriers"),
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "subject"),
    [
        (
            "He said about 121,000 people had been evacuated after 12 civilians were killed.",
            "strength",
            "people",
        ),
        (
            "Russia's acting Kursk governor has acknowledged the loss of 28 settlements.",
            "capture",
            "settlements",
        ),
        ("The army suffered the loss of 28 soldiers.", "casualties", "soldiers"),
        ("Ukraine controls 82 settlements in the region, Syrskyi said.", "capture", "settlements"),
        ("Ukraine says it controls 1,000 sq km of Russia's Kursk region.", "quantity", "square km"),
        ("Ukraine says it controls 1,000 sq. km of Russia's Kursk region.", "quantity", "square km"),
    ],
)
def test_evacuated_lost_held_and_square_counts(sentence: str, kind: str, subject: str) -> None:
    claim = next(c for c in _one_sentence(sentence, "2024-08-15") if c.subject == subject)
    assert claim.kind == kind


def test_an_attack_by_an_unnamed_force_names_no_doer() -> None:
    claims = _one_sentence(
        "Kyiv's forces controlled about 1,000 square kilometres of Russia's Kursk region, a week after "
        "launching the biggest attack on Russia by a foreign army since World War Two.",
        "2024-08-12",
    )
    (attack,) = [c for c in claims if c.kind == "attack"]
    assert (attack.subject, attack.actor) == ("target: Russia", None)


@pytest.mark.parametrize(
    ("headline", "body", "source"),
    [
        ("Syrskyi: Ukraine controls 82 settlements", "82 settlements are held, Syrskyi said.", "Syrskyi"),
        ("IDF: Under 100 Palestinians killed in raid", "The raid ended on Saturday.", "IDF"),
        ("Gaza: 274 Palestinians killed in raid", "The raid ended on Saturday, Gaza officials said.", None),
        ("LIVE: 274 Palestinians killed in raid", "The raid ended on Saturday.", None),
    ],
)
def test_a_headline_names_its_source_before_a_colon(headline: str, body: str, source: str | None) -> None:
    text = f"{headline}\n\n{body}\n"
    (first, *_) = extract_claims(_doc(text, "2024-08-15"))
    assert first.span.end <= len(headline) and first.attributed_to == source


def test_a_statements_list_is_told_by_the_forces_that_introduce_it() -> None:
    text = (
        "Statement of the Rapid Support Forces\n\nOur valiant forces have completed the liberation of Zamzam "
        "camp, which the army militias had turned into a base for launching attacks on civilians.\n\n"
        "During the operation our forces:\n\n1. Killed more than 200 mercenaries\n2. Captured 42 combat "
        "vehicles\n"
    )
    doc = _doc(text, "2025-04-13").model_copy(update={"outlet": "Rapid Support Forces"})
    claims = [(c.kind, c.text, c.actor) for c in extract_claims(doc)]
    assert claims == [
        ("capture", "Zamzam camp", "RSF"),
        ("casualties", "more than 200 mercenaries", "RSF"),
        ("quantity", "42 combat vehicles", None),
    ]


def test_it_said_is_the_body_that_spoke_last_not_the_person_since() -> None:
    text = (
        "Zamzam falls\n\nThe RSF said on Sunday it had taken the camp. U.N. Secretary-General António "
        "Guterres said the toll had passed 400. The RSF denied attacking civilians. In a statement, it said "
        'it had "liberated" Zamzam from "mercenaries".\n'
    )
    (liberated,) = [c for c in extract_claims(_doc(text, "2025-04-13")) if c.text.startswith("Zamzam")]
    assert (liberated.attributed_to, liberated.actor) == ("The RSF", "RSF")


def test_an_included_count_of_people_is_of_the_people_not_the_places_between() -> None:
    claims = _one_sentence(
        "The government said more than 300 civilians had been killed in the two camps, including 10 aid "
        "workers.",
        "2025-04-13",
    )
    assert {(c.text, c.kind) for c in claims} >= {("10 aid workers", "casualties")}


def test_people_counted_as_they_fled_on_a_day_are_that_days_count_not_a_state() -> None:
    (fled, *_) = _one_sentence(
        "Between 60,000 and 80,000 households fled Zamzam on Friday and Saturday, according to the IOM.",
        "2025-04-13",
    )
    assert (fled.kind, fled.as_of, fled.date) == ("strength", None, PartialDate.parse("2025-04-11"))
    (sheltering,) = _one_sentence("The camp shelters about 500,000 people.", "2025-04-13")
    assert sheltering.as_of == PartialDate.parse("2025-04-13")


def test_a_regions_name_after_the_targets_place_is_where_it_is_not_a_second_target() -> None:
    claims = _one_sentence(
        "The KIA and allied resistance forces have seized the junta's Light Infantry Battalion 389 "
        "headquarters in Hpakant Township, Kachin State, after a nine-day siege, the group said on Sunday.",
        "2025-06-15",
    )
    assert [c.subject for c in claims if c.kind == "capture"] == [
        "target: Light Infantry Battalion 389 headquarters"
    ]
    assert {c.actor for c in claims if c.kind in ("capture", "attack")} == {"KIA"}  # not the junta owning it


@pytest.mark.parametrize(
    "sentence",
    [
        "He did not disclose KIA casualties.",
        "The columns defended the camp and, to avoid unnecessary casualties, pulled back to the town.",
    ],
)
def test_casualties_withheld_or_avoided_are_none_told(sentence: str) -> None:
    assert [c for c in _one_sentence(sentence, "2025-06-16") if c.kind == "casualties"] == []


def test_a_strategic_withdrawal_gives_a_place_up_and_names_no_taker() -> None:
    (withdrawal,) = _one_sentence(
        "The army made a strategic withdrawal from the camp on 14 June.", "2025-06-16"
    )
    assert (withdrawal.kind, withdrawal.actor, withdrawal.date) == (
        "capture",
        None,
        PartialDate.parse("2025-06-14"),
    )


def test_a_day_of_last_year_is_that_years_day() -> None:
    claims = _one_sentence(
        "Since launching Operation 0307 on March 7 last year, the KIA says it has seized more than 250 junta "
        "bases.",
        "2025-06-15",
    )
    (bases,) = [c for c in claims if c.quantity.low]
    assert (bases.date, bases.date_end) == (PartialDate.parse("2024-03-07"), PartialDate.parse("2025-06-15"))


def test_a_units_designation_is_no_place_and_two_sides_attacking_are_led_by_the_first() -> None:
    (soldiers,) = _one_sentence(
        "The KIA captured 43 junta soldiers during the attack on LIB 389, according to a KIA officer.",
        "2025-06-16",
    )
    assert soldiers.place is None
    (attack,) = _one_sentence(
        "KIA terrorists and PDF terrorists launched attacks on a camp in Hpakant Township from 6 to 14 June.",
        "2025-06-16",
    )
    assert attack.actor == "KIA"


def test_a_number_word_with_its_figure_in_brackets_is_one_count() -> None:
    claims = _one_sentence(
        "The provisional toll is about forty (40) dead among our defence and security forces and several "
        "wounded.",
        "2024-10-28",
    )
    assert [(c.text, c.quantity.low, c.quantity.high) for c in claims] == [
        ("about forty (40) dead", 36, 44),
        ("several wounded", 3, None),
    ]


def test_people_captured_after_the_killed_are_a_count_of_captives_not_a_capture() -> None:
    claims = _one_sentence(
        "The Chadian army said on Friday that 96 Boko Haram fighters had been killed and 48 captured.",
        "2024-11-09",
    )
    assert [(c.kind, c.text) for c in claims] == [
        ("casualties", "96 Boko Haram fighters"),
        ("casualties", "48"),
    ]


def test_the_presidency_is_a_source() -> None:
    (soldiers, *_) = _one_sentence(
        "Around 40 soldiers were killed in an attack on a military base late Sunday, the presidency said on "
        "Monday, blaming Boko Haram.",
        "2024-10-28",
    )
    assert soldiers.attributed_to == "the presidency"


def test_a_count_at_the_place_or_in_the_attack_the_story_named_is_counted_there() -> None:
    text = (
        "Strikes on Kyiv\n\nRussia launched missiles at Kyiv on Monday, hitting the Okhmatdyt children's "
        "hospital. In Kyiv, 27 people were killed, the city's military administration said. Two people were "
        "killed at the hospital, and at least 16 people were hurt there, including seven children.\n\n"
        "As a result of the attack, 2 adults were killed.\n"
    )
    claims = {c.text: (c.place, c.actor) for c in extract_claims(_doc(text, "2024-07-08")) if c.quantity.low}
    hospital = "Okhmatdyt children's hospital"
    assert claims == {
        "27 people": ("Kyiv", None),  # the administration tells the toll; it did not kill
        "Two people": (hospital, None),
        "at least 16 people": (hospital, None),
        "seven children": (hospital, None),
        "2 adults": (hospital, None),
    }


def test_whose_losses_a_bulletin_counts_is_not_who_inflicted_them() -> None:
    (troops, *_) = _one_sentence(
        "The losses of the Ukrainian Armed Forces amounted to up to 180 troops, one tank and four motor "
        "vehicles.",
        "2025-06-12",
    )
    assert (troops.text, troops.actor) == ("up to 180 troops", None)


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        (
            "The information team said that reports on some social media that the army carried out "
            "airstrikes on Lone Khin village and killed civilians are fabricated news.",
            "2025-06-16",
        ),
        (
            "Claims by the Kyiv regime about an alleged Russian missile strike on civilian facilities are "
            "absolutely untrue, the ministry stressed.",
            "2024-07-08",
        ),
        (
            "Reports that the security troops attacked the school and killed children are not true, the team "
            "said.",
            "2022-09-19",
        ),
        (
            "All statements by representatives of the Kyiv nationalist regime about a rocket attack carried "
            "out by Russia on the railway station in Kramatorsk are a provocation, the ministry said.",
            "2022-04-08",
        ),
    ],
)
def test_reports_and_claims_the_teller_calls_false_are_denied(sentence: str, published: str) -> None:
    claims = _one_sentence(sentence, published)
    assert claims and all(c.denied for c in claims)


def test_seized_firearms_are_materiel_counted_not_a_place_captured() -> None:
    (firearms,) = _one_sentence("The troops returned fire and seized 17 home-made firearms.", "2022-09-19")
    assert (firearms.kind, firearms.subject) == ("quantity", "firearms")


def test_a_sentence_opening_on_the_day_its_teller_spoke_dates_no_event() -> None:
    text = (
        "Rafah fire\n\nThe fire broke out on Sunday night. On Tuesday, IDF spokesman Rear Adm Daniel Hagari "
        "said the fire may have been caused by a secondary explosion of weapons stored nearby.\n"
    )
    (cause,) = [c for c in extract_claims(_doc(text, "2024-05-28")) if c.kind == "cause"]
    assert (cause.date, cause.date_end) == (PartialDate.parse("2024-05-25"), PartialDate.parse("2024-05-28"))


@pytest.mark.parametrize(
    ("sentence", "kind", "subject"),
    [
        ("The IDF said no tanks were hit.", "quantity", "tanks"),
        ("The army said no civilians were killed in the strike.", "casualties", "civilians"),
        ("The firm said none of its workers employed in Mora had been killed.", "casualties", "workers"),
        ("None of the crew was hurt, the operator said.", "casualties", "crew"),
        ("No project staff were among the victims, the firm said.", "casualties", "staff"),
    ],
)
def test_none_hit_or_killed_is_a_count_of_zero_not_an_attack(sentence: str, kind: str, subject: str) -> None:
    claims = _one_sentence(sentence, "2024-10-02")
    assert [(c.kind, c.subject, c.quantity.low, c.quantity.high) for c in claims] == [(kind, subject, 0, 0)]


def test_a_commando_unit_is_no_place() -> None:
    (soldiers, *_) = _one_sentence(
        "Five soldiers from the Egoz commando unit were killed in a battle with Hezbollah operatives.",
        "2024-10-02",
    )
    assert (soldiers.text, soldiers.place) == ("Five soldiers", None)


def test_a_country_after_in_and_a_direction_is_where_not_who() -> None:
    claims = _one_sentence(
        "The death toll from a missile strike on a train station in eastern Ukraine rose to 57.", "2022-04-09"
    )
    assert [(c.kind, c.actor, c.place) for c in claims if c.kind != "cause"] == [
        ("attack", None, "Ukraine"),
        ("casualties", None, "Ukraine"),
    ]


def test_preliminary_information_is_no_teller() -> None:
    (killed, injured) = _one_sentence(
        "According to preliminary information, 30 people were killed and more than 100 were injured.",
        "2022-04-08",
    )
    assert (killed.text, killed.attributed_to, injured.attributed_to) == ("30 people", None, None)


def test_a_place_naming_a_regime_is_no_place() -> None:
    (attack, *_) = _one_sentence(
        "Statements by representatives of the Kyiv regime about a rocket attack on the railway station in "
        "the city of Kramatorsk are untrue, the ministry said.",
        "2022-04-08",
    )
    assert (attack.kind, attack.place, attack.denied) == ("attack", "Kramatorsk", True)


def test_a_count_after_an_appositive_keeps_the_day_its_verb_names() -> None:
    (villagers, _strikes) = _one_sentence(
        "Musa Yahaya, a community leader, said that at least 120 villagers, mostly women and children, "
        "died in the two strikes on Sunday night.",
        "2023-12-05",
    )
    assert (villagers.text, villagers.date) == ("at least 120 villagers", PartialDate.parse("2023-12-03"))


def test_hospitals_treating_the_wounded_are_not_where_it_happened() -> None:
    claims = _one_sentence(
        "The agency said 85 bodies had been buried while 66 injured persons were receiving treatment at "
        "hospitals in Kaduna.",
        "2023-12-05",
    )
    assert [(c.text, c.place) for c in claims] == [("85 bodies", None), ("66 injured persons", None)]


def test_a_record_of_strikes_is_no_attack() -> None:
    claims = _one_sentence("The Nigerian military has a long record of reckless air strikes.", "2023-12-06")
    assert claims == []


def test_an_abbreviation_after_an_owner_is_no_doer() -> None:
    (bombs, _crowd) = _one_sentence(
        "A fighter jet dropped two bombs on a crowd of about 300 people gathered for the opening of an "
        "office of the shadow National Unity Government (NUG), the residents said.",
        "2023-04-12",
    )
    assert (bombs.text, bombs.actor) == ("two bombs", None)


def test_a_village_its_township_and_region_are_one_target() -> None:
    claims = _one_sentence(
        "The military's jet fighter bombed Pazigyi Village, Kanbalu Township, Sagaing Region, on Tuesday.",
        "2023-04-12",
    )
    assert [c.text for c in claims if c.kind == "attack"] == ["Pazigyi Village"]
    listed = _one_sentence(
        "The MNDAA attacked Muse Township, Namhkan Township and Kutkai Township.", "2023-04-12"
    )
    assert [c.text for c in listed] == ["Muse Township", "Namhkan Township", "Kutkai Township"]


def test_initial_reports_name_no_teller_and_a_double_hyphen_ends_a_dateline() -> None:
    (civilians,) = _one_sentence(
        "According to initial reports, more than 50 civilians were killed.", "2023-04-11"
    )
    assert (civilians.text, civilians.attributed_to) == ("more than 50 civilians", None)
    claims = _one_sentence(
        "YANGON, April 12 (Xinhua) -- Myanmar's military government on Tuesday confirmed that it had carried "
        "out an air strike on a village in Sagaing region.",
        "2023-04-12",
    )
    assert {c.attributed_to for c in claims} == {"Myanmar's military government"}


def test_a_quoted_names_first_word_is_not_the_army() -> None:
    (hama, withdrawal) = _one_sentence(
        'HTS and the factions of the "Military Operations Command" took full control of Hama city on '
        "Thursday afternoon, after regime forces withdrew towards the countryside of Homs.",
        "2024-12-06",
    )
    assert (hama.text, hama.actor) == ("Hama city", "HTS")
    assert (withdrawal.kind, withdrawal.place) == ("capture", "Hama")  # left, not withdrawn towards


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The army withdrew from Hama after rebel fighters broke through its lines.", None),
        (
            'The army said it had redeployed its units outside Hama "to preserve the lives of civilians".',
            "Hama",
        ),
    ],
)
def test_a_withdrawal_gives_up_the_place_and_names_no_taker(sentence: str, text: str | None) -> None:
    (left,) = _one_sentence(sentence, "2024-12-05")
    assert (left.kind, left.place, left.actor) == ("capture", "Hama", None)
    assert text is None or left.text == text


def test_a_headline_teller_after_as_is_who_says() -> None:
    assert find_speaker("Syrian rebels seize Hama as army says it has withdrawn from city") == "army"


@pytest.mark.parametrize(
    ("sentence", "text", "actor"),
    [
        (
            "Following the desertion of the city by the FARDC, M23 fighters entered Bukavu on Saturday.",
            "Bukavu",
            "M23",
        ),
        ("M23 rebels have been occupying the centre of Bukavu since Sunday.", "the centre of Bukavu", "M23"),
        (
            "Kavumu airport, 30 km north of Bukavu, has been under rebel control since Friday.",
            "Kavumu airport",
            None,
        ),
        ("The group said it captured Goma in late January.", "Goma", None),
    ],
)
def test_who_took_a_place_and_its_name(sentence: str, text: str, actor: str | None) -> None:
    (taken,) = [c for c in _one_sentence(sentence, "2025-02-16") if c.kind == "capture"]
    assert (taken.text, taken.actor) == (text, actor)


def test_the_fighting_for_a_city_is_there() -> None:
    (killed, _fighting) = _one_sentence(
        "At least 3,000 people were killed in the fighting for Goma.", "2025-02-16"
    )
    assert (killed.text, killed.place) == ("At least 3,000 people", "Goma")


def test_a_relative_clause_after_a_description_dates_only_itself() -> None:
    claims = _one_sentence(
        "A local official blamed the Rapid Support Forces (RSF), the paramilitary group that has besieged El "
        "Fasher since May, saying a drone had hit the hospital.",
        "2025-01-26",
    )
    assert [(c.kind, c.date) for c in claims] == [
        ("cause", None),  # the drone strike is not May's
        ("event_date", PartialDate.parse("2024-05")),  # the siege is
    ]


def test_a_call_to_end_attacks_tells_no_attack() -> None:
    assert _one_sentence("WHO calls for an immediate end to all attacks on health care.", "2025-01-25") == []


def test_accusations_made_by_another_that_are_rejected_are_denied() -> None:
    (hospital,) = _one_sentence(
        "The Rapid Support Forces categorically reject the accusations made by the Port Sudan authorities "
        "that our forces targeted the Saudi Hospital in El Fasher.",
        "2025-01-26",
    )
    assert (hospital.text, hospital.denied) == ("the Saudi Hospital in El Fasher", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike hit the facility, which held about 115 migrants, early Monday, the ministry said.",
        "The center held 115 African migrants at the time of the aggression, according to the ministry.",
    ],
)
def test_the_people_a_facility_held_are_who_was_there(sentence: str) -> None:
    (migrants,) = [c for c in _one_sentence(sentence, "2025-04-28") if c.subject == "migrants"]
    assert migrants.kind == "strength"


def test_it_is_the_body_that_did_not_answer() -> None:
    text = (
        "Strike in Yemen\n\nThe U.S. military's Central Command did not immediately acknowledge the strike. "
        "It has said that it has struck more than 800 targets since March 15.\n"
    )
    (targets,) = [c for c in extract_claims(_doc(text, "2025-04-28")) if c.kind == "attack"]
    assert (targets.text, targets.attributed_to) == (
        "more than 800 targets",
        "The U.S. military's Central Command",
    )


def test_claims_as_a_noun_name_no_teller_and_these_is_no_nationality() -> None:
    claims = _one_sentence(
        "We are aware of claims of civilian casualties associated with U.S. strikes in Yemen.", "2025-04-27"
    )
    assert claims and all(c.attributed_to is None for c in claims)
    (fighters,) = _one_sentence("These strikes have killed hundreds of Houthi fighters.", "2025-04-27")
    assert fighters.actor is None


def test_a_live_blog_entry_heading_and_its_clock_time_are_no_claim() -> None:
    text = (
        "Live updates\n\n## 18:40 GMT - Russia confirms attacks on airfields in five regions\n\n"
        "The defence ministry said attacks had been repelled at 10:30 a.m.\n"
    )
    claims = extract_claims(_doc(text, "2025-06-01"))
    assert [c.text for c in claims if c.quantity.low is not None] == ["five regions"]
    assert {c.attributed_to for c in claims if c.text == "five regions"} == {"Russia"}


def test_a_sum_in_billions_written_short_is_counted() -> None:
    (damage,) = _one_sentence("The source estimated the damage at $7bn.", "2025-06-01")
    assert (damage.quantity.low, damage.subject) == (7_000_000_000, "dollars")
    (wall,) = _one_sentence("They built a 5m wall.", "2025-06-01")
    assert (wall.quantity.low, wall.subject) == (5, "m")  # metres: no currency sign, no million


def test_aircraft_models_are_no_targets_and_an_agency_is_no_place() -> None:
    claims = _one_sentence(
        "A source in Ukraine's SBU security service said drones had struck 41 aircraft, including Tu-95 and "
        "Tu-22M3 strategic bombers and an A-50 surveillance plane.",
        "2025-06-01",
    )
    assert not [c for c in claims if c.rule.startswith("target:")]
    assert {c.place for c in claims} == {None}


def test_the_kyiv_regime_is_ukraines_side_and_every_strike_is_no_strike() -> None:
    (attack, _cause) = _one_sentence(
        "Today, the Kyiv regime carried out a terrorist attack using FPV drones on airfields in the Murmansk "
        "region.",
        "2025-06-01",
    )
    assert attack.actor == "Ukrainian forces"
    assert (
        _one_sentence(
            '"Russia must be punished for every strike on Ukrainian cities," the SBU said.', "2025-06-01"
        )
        == []
    )


def test_where_a_rocket_was_fired_from_is_not_where_it_fell() -> None:
    claims = _one_sentence(
        "Twelve children were killed on Saturday evening when a rocket fired from Lebanon slammed into a "
        "soccer field in the Druze town of Majdal Shams, medics said.",
        "2024-07-28",
    )
    assert {c.place for c in claims} == {"Majdal Shams"}


def test_a_side_named_before_its_strike_is_the_doer_and_its_name_is_no_place() -> None:
    text = (
        "12 children and teens killed in Hezbollah rocket strike on Majdal Shams soccer field\n\nMedics said."
    )
    (field,) = [c for c in extract_claims(_doc(text, "2024-07-28")) if c.kind == "attack"]
    assert (field.text, field.actor) == ("Majdal Shams soccer field", "Hezbollah")
    (barracks, *_) = _one_sentence(
        "The Islamic Resistance in Lebanon announced it had targeted the Maale Golan barracks with rockets.",
        "2024-07-28",
    )
    assert (barracks.actor, barracks.place) == ("Hezbollah", "Maale Golan barracks")


def test_denying_the_claims_made_by_others_regarding_an_attack_denies_it() -> None:
    (targeting,) = _one_sentence(
        "The Islamic Resistance in Lebanon categorically denies the claims made by some enemy media outlets "
        "regarding the targeting of Majdal Shams.",
        "2024-07-27",
    )
    assert (targeting.kind, targeting.denied, targeting.place) == ("attack", True, "Majdal Shams")


def test_a_groups_own_word_for_its_fighters_is_counted_and_god_is_no_place() -> None:
    (martyred,) = _one_sentence("Eight mujahideen were martyred in the operation.", "2025-05-11")
    assert (martyred.text, martyred.quantity.low) == ("Eight mujahideen", 8)
    (attack,) = _one_sentence(
        "By the grace of God, the mujahideen launched a large-scale attack at dawn today on the positions of "
        "the army in the town of Djibo.",
        "2025-05-11",
    )
    assert attack.place == "Djibo"


def test_seized_motorcycles_are_counted_materiel() -> None:
    (attack, motorcycles) = _one_sentence(
        "JNIM claimed the attack, saying its fighters had seized 40 motorcycles and a quantity of weapons.",
        "2025-05-12",
    )
    assert attack.kind == "attack"
    assert (motorcycles.kind, motorcycles.text, motorcycles.actor) == ("quantity", "40 motorcycles", "JNIM")


@pytest.mark.parametrize(
    "sentence",
    [
        "M23 rebels enter Congo's second-largest eastern city, Bukavu, in further escalation.",
        "M23 rebels captured the provincial capital, Bukavu, on Sunday.",
    ],
)
def test_a_place_described_before_its_name_is_named_by_the_name(sentence: str) -> None:
    targets = [c.text for c in _one_sentence(sentence, "2025-02-16") if c.rule.startswith("target:")]
    assert targets == ["Bukavu"]


def test_a_passive_report_names_no_teller_and_a_named_militia_is_its_side() -> None:
    (none,) = _one_sentence(
        "Flights were suspended and no casualties were immediately reported.", "2025-05-06"
    )
    assert (none.quantity.low, none.attributed_to) == (0, None)
    (attack,) = _one_sentence(
        "Today the Rapid Support Forces militia targeted the fuel depots in Port Sudan with drones.",
        "2025-05-05",
    )
    assert (attack.actor, attack.place) == ("RSF", "Port Sudan")


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Ukraine said on Saturday it was withdrawing its troops from the eastern town of Avdiivka.", None),
        ("Ukraine pulls troops out of Avdiivka", "Avdiivka"),
        ("He said he had decided to withdraw units from the town of Avdiivka.", "the town of Avdiivka"),
    ],
)
def test_forces_withdrawn_from_a_place_give_it_up(sentence: str, text: str | None) -> None:
    (left,) = _one_sentence(sentence, "2024-02-17")
    assert (left.kind, left.place, left.actor) == ("capture", "Avdiivka", None)
    assert text is None or left.text == text


def test_a_capture_told_after_since_keeps_its_own_date() -> None:
    avdiivka, bakhmut = _one_sentence(
        "Ukraine said on Saturday it was withdrawing its troops from Avdiivka, handing Russia its biggest "
        "victory since it captured the city of Bakhmut in May last year.",
        "2024-02-17",
    )
    assert (avdiivka.place, avdiivka.date_text) == ("Avdiivka", "on Saturday")  # the day it was told
    assert (bakhmut.place, str(bakhmut.date), bakhmut.actor) == ("Bakhmut", "2023-05", "Russian forces")


def test_losses_since_a_month_are_a_running_total() -> None:
    (lost,) = _one_sentence(
        "According to the General Staff, the enemy lost about 16,000 troops in the Avdiivka direction "
        "since October.",
        "2024-02-17",
    )
    assert (lost.quantity.low, lost.quantity.high) == (14400, 17600)
    assert (str(lost.date), str(lost.date_end), str(lost.as_of)) == ("2023-10", "2024-02-17", "2024-02-17")


def test_a_compound_facility_name_is_one_target() -> None:
    (plant,) = _one_sentence(
        "The troops took control of the Avdeyevka coke and chemical plant, the last stronghold of the "
        "Ukrainian forces in the town.",
        "2024-02-18",
    )
    assert plant.text == "the Avdeyevka coke and chemical plant"


def test_a_place_a_list_item_lies_east_of_is_not_its_name() -> None:
    bridge, village = _one_sentence(
        "Our forces also took control of the Hantoub bridge and the village of Hantoub east of the city on "
        "Friday.",
        "2025-01-11",
    )
    assert (bridge.place, village.place) == ("Hantoub bridge", "Hantoub")


def test_the_enemy_is_no_side_and_a_capital_among_regions_is_a_place() -> None:
    text = (
        "# On the night of February 23, the enemy attacked with 267 Shahed-type attack UAVs\n\n"
        "As of 09:00, the shooting down of 138 Shahed-type attack UAVs has been confirmed in Kharkiv, "
        "Poltava, Sumy, Kyiv and Odesa regions.\n"
    )
    claims = extract_claims(_doc(text, "2025-02-23"))
    assert {c.actor for c in claims} == {None}  # before: Ukraine, read from 'Kyiv' in the list


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        (
            'The air force said 138 drones were shot down and another 119 were "lost".',
            [("138 drones", "drones", None), ("119", "drones", None)],
        ),
        (
            "According to the ministry, 11 drones were destroyed over the Kursk region, five over the "
            "Bryansk region and one each over the Belgorod and Tula regions.",
            [("11 drones", "drones", "Kursk"), ("five", "drones", "Bryansk"), ("one", "drones", "Belgorod")],
        ),
    ],
)
def test_a_count_with_its_noun_left_out_counts_the_noun_before(sentence: str, counts: list) -> None:
    found = [c for c in _one_sentence(sentence, "2025-02-23") if c.kind == "quantity"]
    assert [(c.text, c.subject, c.place) for c in found] == counts


def test_a_count_since_a_day_opens_a_period_not_the_story_of_that_day() -> None:
    claims = extract_claims(
        _doc(
            "The Observatory said at least 277 people had been killed since Wednesday, most of them "
            "fighters. Fighters also captured Aleppo International Airport, the monitor said.",
            "2024-11-30",
        )
    )
    assert [c.kind.value for c in claims] == ["casualties", "capture"]  # no event date of its own
    toll, airport = claims
    assert (toll.date.iso, toll.date_end.iso) == ("2024-11-27", "2024-11-30")
    assert airport.date is None  # not captured on Wednesday: the period's first day tells no event


def test_the_dead_from_a_group_are_its_members_and_a_body_named_after_a_side_is_not_it() -> None:
    claims = _one_sentence(
        "The Observatory said at least 311 people had been killed since the start of the offensive, "
        "including 183 fighters from HTS and allied factions, 100 members of the army and allied forces, and "
        "28 civilians.",
        "2024-11-30",
    )
    assert [(c.quantity.low, c.actor) for c in claims] == [(311, None), (183, None), (100, None), (28, None)]
    axes = _one_sentence(
        "The army said the rebels had attacked from several axes with large numbers of fighters.",
        "2024-11-30",
    )
    assert [c.kind.value for c in axes] == ["attack"]  # no count of fighters: 'several' counts the axes
    (attack,) = extract_claims(
        _doc(
            "*Damascus, SANA* — The General Command of the Army and Armed Forces said in a statement on "
            "Saturday that terrorist organizations launched a large-scale attack on Aleppo on Wednesday.",
            "2024-11-30",
        )
    )
    assert (attack.attributed_to, attack.actor) == ("The General Command of the Army and Armed Forces", None)
    assert attack.date.iso == "2024-11-27"


def test_a_ranking_among_past_massacres_tells_no_casualties() -> None:
    quote = (
        '"This is one of the largest massacres in Port-au-Prince or Artibonite in recent years," UN human '
        "rights spokesperson Thameen Al-Kheetan said."
    )
    assert _one_sentence(quote, "2024-10-04") == []
    (massacre,) = _one_sentence("Gunmen massacred residents of Pont-Sonde on Thursday.", "2024-10-04")
    assert (massacre.kind, massacre.place) == ("casualties", "Pont-Sonde")  # a massacre told, no ranking


def test_who_killed_whom_in_a_militant_attack_and_its_counts_by_a_day() -> None:
    (claimed,) = _one_sentence(
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said in a statement on Sunday that it had killed around "
        "300 members of the army and of the Volunteers for the Defence of the Homeland (VDP).",
        "2024-08-26",
    )
    assert (claimed.quantity.low, claimed.quantity.high, claimed.actor) == (270, 330, "JNIM")  # not the VDP
    (struck,) = _one_sentence(
        "The victims were mostly civilians who had been requisitioned by the army to dig trenches around the "
        "town when the attackers struck on August 24, according to survivors.",
        "2024-08-28",
    )
    assert (struck.kind, struck.actor) == ("attack", None)  # the army requisitioned, the attackers struck
    about, buried = _one_sentence(
        "Two security sources put the death toll at about 200, while a local aid worker said at least 150 "
        "bodies had been buried by Monday.",
        "2024-08-27",
    )
    assert (about.date, about.as_of) == (None, None)
    assert (buried.date, buried.as_of.iso) == (
        None,
        "2024-08-26",
    )  # the count as it stood, not a day of deaths
    (neutralised,) = _one_sentence(
        "The Defence and Security Forces, supported by the VDP, responded vigorously and neutralised several "
        "dozen terrorists.",
        "2024-08-25",
    )
    assert (neutralised.quantity.low, neutralised.actor) == (36, None)  # the VDP only helped


def test_a_place_a_distance_is_measured_from_is_not_where_it_happened() -> None:
    claims = _one_sentence(
        "The attackers opened fire on residents digging a trench around the town, about 80 km (50 miles) "
        "north of the city of Kaya, residents said.",
        "2024-08-26",
    )
    assert {c.kind.value: c.place for c in claims} == {"attack": None, "quantity": None}
    (toll,) = [
        c
        for c in _one_sentence(
            "Rebels killed 12 people in Pont-Sonde, 15 km from Saint-Marc, on Thursday.", "2024-10-04"
        )
        if c.kind.value == "casualties"
    ]
    assert toll.place == "Pont-Sonde"


def test_people_struck_this_year_and_a_feast_day_are_no_places() -> None:
    (ranked,) = _one_sentence("It was the deadliest strike on Ukrainian civilians this year.", "2025-04-14")
    assert (ranked.kind, ranked.place) == ("attack", None)  # no target named 'Ukrainian civilians this year'
    claims = _one_sentence("Russian missile strike on Ukraine's Sumy kills 34 on Palm Sunday", "2025-04-14")
    assert {(c.kind.value, c.place) for c in claims} == {("attack", "Sumy"), ("casualties", "Sumy")}


def test_a_landmark_a_few_kilometres_away_still_places_what_happened_near_it() -> None:
    (toll,) = [
        c
        for c in _one_sentence(
            "Gunmen killed 12 people in a village a few kilometres outside Laiza.", "2024-10-06"
        )
        if c.kind.value == "casualties"
    ]
    assert toll.place == "Laiza"  # near: 'a few' is no far distance


def test_a_vow_not_to_give_up_a_city_is_no_capture() -> None:
    assert _one_sentence('"We will not abandon Goma," he said in a televised address.', "2025-01-27") == []
    assert _one_sentence("The army would never surrender the town of Kaya.", "2025-01-27") == []


def test_a_ratio_of_tolls_is_no_count_of_attacks_and_the_earlier_tolls_day_dates_nothing() -> None:
    claims = _one_sentence(
        "At least 2,900 people were killed in the fighting for Goma, the UN said on Tuesday, almost "
        "three times the toll given last week.",
        "2025-02-05",
    )
    assert {c.kind.value for c in claims} == {"casualties", "attack"}  # no attack count 3, no date claim
    (toll,) = [c for c in claims if c.kind.value == "casualties"]
    assert (toll.quantity.low, toll.date.iso, toll.date_end.iso) == (2900, "2025-02-01", "2025-02-04")


def test_protesters_attacking_a_countrys_embassy_give_the_country_no_attack() -> None:
    (attack,) = _one_sentence(
        "Protesters attacked several embassies in Kinshasa on Tuesday, including those of Rwanda, France "
        "and the United States.",
        "2025-01-29",
    )
    assert (attack.kind.value, attack.actor, attack.place) == ("attack", None, "Kinshasa")


def test_a_source_inside_a_relative_clause_tells_only_that_clause() -> None:
    claims = _one_sentence(
        "The rebels, who are backed by an estimated 3,000 to 4,000 Rwandan troops according to UN experts, "
        "had earlier captured Sake, a town about 27km (17 miles) west of Goma.",
        "2025-01-27",
    )
    got = {(c.kind.value, c.text): (c.actor, c.attributed_to) for c in claims}
    assert got == {
        ("strength", "3,000 to 4,000 Rwandan troops"): ("Rwandan forces", "UN experts"),
        ("capture", "Sake"): (None, None),  # the rebels took it; an appositive 'a town' counts no capture
        ("quantity", "about 27km"): (None, None),
    }


def test_a_pair_of_provinces_told_once_is_one_place_and_since_last_week_runs_to_the_telling() -> None:
    (displaced,) = _one_sentence(
        "More than 500,000 people have been displaced in North and South Kivu since the start of the year.",
        "2025-02-05",
    )
    assert displaced.place == "North and South Kivu"
    (dead,) = _one_sentence("Thirteen soldiers have been killed since last week.", "2025-01-29")
    assert (dead.date.iso, dead.date_end.iso) == ("2025-01-20", "2025-01-29")


def test_an_item_counted_after_places_in_a_list_counts_one_place() -> None:
    claims = _one_sentence("The KIA seized 12 outposts, four headquarters and a military camp.", "2024-01-10")
    assert [(c.text, c.quantity.low) for c in claims] == [
        ("12 outposts", 12),
        ("four headquarters", 4),
        ("a military camp", 1),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Relatives say dozens of people are still unaccounted for.", ("casualties", 24, None)),
        ("All 33 terrorists present at the site were sent to hell.", ("casualties", 33, 33)),
        ("Four Frontier Corps (FC) personnel lost their lives.", ("casualties", 4, 4)),
        ("The train was carrying more than 400 passengers.", ("strength", 401, None)),
        ("A total of 346 hostages had been safely recovered.", ("quantity", 346, 346)),  # freed, no casualty
        ("Rescuers said 20 bodies were recovered.", ("casualties", 20, 20)),
    ],
)
def test_what_befell_hostages_and_passengers(sentence: str, expected: tuple) -> None:
    (claim,) = _one_sentence(sentence, "2025-03-13")
    assert (claim.kind.value, claim.quantity.low, claim.quantity.high) == expected


def test_a_count_of_whom_with_two_modifiers_is_counted() -> None:
    claims = _one_sentence(
        "The military says 26 hostages were killed, 18 of whom were army and paramilitary personnel.",
        "2025-03-14",
    )
    assert [(c.text, c.quantity.low) for c in claims if c.kind.value == "casualties"] == [
        ("26 hostages", 26),
        ("18 of whom were army and paramilitary personnel", 18),
    ]


def test_a_country_naming_where_a_site_was_attacked_or_a_force_left_unnamed_is_no_doer() -> None:
    claims = _one_sentence("Pakistan train attack: 20 killed", "2025-03-14")
    assert {c.actor for c in claims} == {None}
    (attack,) = _one_sentence("The convoy was ambushed by suspected jihadists near Djibo.", "2025-03-14")
    assert attack.actor is None
    (by_rsf,) = _one_sentence("The village was attacked by the RSF on Monday.", "2025-03-14")
    assert by_rsf.actor == "RSF"


def test_a_place_hit_by_an_insurgency_tells_no_attack() -> None:
    assert _one_sentence("Balochistan has been hit by an insurgency for more than two decades.") == []


def test_a_toll_revised_down_beside_growing_displacement() -> None:
    claims = _one_sentence(
        "Catatumbo crisis: death toll revised down as displacement passes 36,000", "2025-01-24"
    )
    assert [(c.kind.value, c.quantity.low) for c in claims if c.quantity.low] == [("strength", 36000)]
    claims = _one_sentence(
        "The Colombian government on Thursday revised the death toll from a week of fighting in the "
        "Catatumbo region to 41, down from the 80 given by the governor of Norte de Santander last weekend.",
        "2025-01-24",
    )
    got = [
        (c.text, c.attributed_to, c.date.iso, c.date_end.iso) for c in claims if c.kind.value == "casualties"
    ]
    assert got == [  # both by the day of the revision; last weekend is the day the 80 was given, no event's
        ("41", "The Colombian government", "2025-01-20", "2025-01-23"),
        ("80", "the governor of Norte de Santander", "2025-01-20", "2025-01-23"),
    ]


def test_murders_confirmed_are_casualties_and_a_second_clauses_source_tells_only_it() -> None:
    claims = _one_sentence(
        "Our teams have also confirmed the murder of at least 32 people, among them three signatories of the "
        "peace agreement.",
        "2025-01-21",
    )
    assert [(c.kind.value, c.text) for c in claims] == [
        ("casualties", "at least 32 people"),
        ("casualties", "three signatories"),
    ]
    claims = _one_sentence(
        "At least 20 people were wounded, and the ombudsman's office said five signatories of the accord "
        "were among those killed.",
        "2025-01-21",
    )
    assert [(c.text, c.attributed_to) for c in claims] == [
        ("At least 20 people", None),
        ("five signatories", "the ombudsman's office"),
    ]


def test_a_source_outside_an_aside_tells_the_rest_of_the_sentence() -> None:
    claims = _one_sentence(
        "The ELN, which has some 6,000 fighters according to military intelligence estimates, said in a "
        "statement that it was fighting the FARC dissidents because they had attacked civilians.",
        "2025-01-20",
    )
    assert {c.kind.value: c.attributed_to for c in claims} == {
        "attack": "The ELN",
        "strength": "military intelligence estimates",
    }


def test_one_of_a_regions_traits_a_televised_address_and_a_rankings_range_are_no_claims() -> None:
    claims = _one_sentence(
        "The army sent 5,000 troops to the region, which is one of the country's main coca-growing areas.",
        "2025-01-20",
    )
    assert [c.text for c in claims] == ["5,000 troops"]
    assert (
        _one_sentence('"They chose war," Petro said in a televised address on Monday night.', "2025-01-24")
        == []
    )
    (displaced,) = _one_sentence(
        "More than 36,000 people have been displaced, making it the largest forced displacement recorded in "
        "Colombia in decades.",
        "2025-01-24",
    )
    assert displaced.place is None


def test_a_suicide_bombing_counts_its_bombers_as_the_attacking_party_of_that_day() -> None:
    claims = _one_sentence(
        "Twelve people were killed on Saturday when three suicide bombers set off explosives at a market in "
        "Konduga, the state emergency agency said.",
        "2024-07-01",
    )
    bombers = next(c for c in claims if c.kind == "strength")
    assert (bombers.text, bombers.quantity.low, bombers.quantity.high) == ("three suicide bombers", 3, 3)
    assert (str(bombers.date), bombers.as_of) == ("2024-06-29", None)  # the attack's day, no standing force
    headline = _one_sentence("12 killed as two bombers hit Konduga")
    assert [(c.kind.value, c.text) for c in headline if c.kind != "attack"] == [
        ("casualties", "12"),
        ("strength", "two bombers"),  # who hit, not more dead
    ]


def test_a_formation_numbered_without_an_ordinal_suffix_is_no_count() -> None:
    claims = _one_sentence(
        "The insurgents fell back towards the 192 Brigade before troops repelled the attack."
    )
    assert [c for c in claims if c.quantity.low == 192] == []


def test_displacing_before_a_count_and_the_deaths_of_a_count() -> None:
    claims = _one_sentence(
        "The insurgency has led to the deaths of tens of thousands and displaced over two million people, "
        "though no group has claimed responsibility for the latest attack.",
        "2024-06-30",
    )
    assert [(c.kind.value, c.text, c.quantity.low, c.attributed_to) for c in claims] == [
        ("casualties", "tens of thousands", 20000, None),
        ("strength", "over two million people", 2000001, None),
    ]


def test_a_speakers_workplace_is_not_where_it_happened_but_a_residents_home_is() -> None:
    (lecturer,) = _one_sentence(
        "Three men were among the dead, according to Musa Ali, a lecturer at Kaduna State University."
    )
    (resident,) = _one_sentence("Three men were among the dead, said Musa Ali, a resident of Bama.")
    assert (lecturer.attributed_to, lecturer.place) == ("Musa Ali", None)
    assert (resident.attributed_to, resident.place) == ("Musa Ali", "Bama")


def test_a_director_generals_title_stays_with_the_name_and_its_place_yields_to_the_events() -> None:
    claims = _one_sentence(
        "Aliyu Bello, director general of Yobe State's emergency agency, confirmed that four attackers "
        "struck the market in Geidam, a town central to the insurgency over the past 15 years.",
        "2024-07-01",
    )
    attackers = next(c for c in claims if c.kind == "strength")
    assert attackers.attributed_to == "Aliyu Bello, director general of Yobe State's emergency agency"
    assert (attackers.place, attackers.date) == ("Geidam", None)  # the insurgency's years date no attack


def test_a_headlines_capitalised_verb_ends_the_place_before_it() -> None:
    claims = _one_sentence("Bombings in Central Mali Leave 20 Dead", "2024-07-01")
    assert {c.place for c in claims} == {"Central Mali"}


def test_a_second_tellers_count_takes_the_noun_of_the_first() -> None:
    claims = _one_sentence(
        "The police mentioned only two explosions, while the emergency agency confirmed three.", "2024-07-01"
    )
    assert [(c.kind.value, c.subject, c.quantity.low, c.attributed_to) for c in claims] == [
        ("attack", "explosions", 2, "The police"),
        ("attack", "explosions", 3, "the emergency agency"),
    ]


def test_a_target_closing_a_quotation_leaves_the_quote_mark_out() -> None:
    (claim,) = _one_sentence('"Our forces have taken over Tinzaouaten."', "2024-07-01")
    assert (claim.text, claim.place) == ("Tinzaouaten", "Tinzaouaten")


def test_a_day_quoted_in_a_post_is_the_posts_day_not_a_byline() -> None:
    (claim,) = _one_sentence(
        'The governor posted on X: "Today, our troops have retaken Anefis."', "2024-07-01"
    )
    assert (claim.text, str(claim.date), claim.attributed_to) == ("Anefis", "2024-07-01", "The governor")


def test_a_line_holding_only_a_day_and_a_time_is_a_byline() -> None:
    claims = extract_claims(
        _doc(
            "Troops leave camp\n\n3 March,2024 09:15 am\n\nTroops left the camp at Ber over the weekend.\n",
            "2024-03-04",
        )
    )
    assert [c.date_text for c in claims] == ["over the weekend"]


def test_a_weekday_owning_its_event_is_no_telling_day() -> None:
    (claim,) = _one_sentence("Doctors said 9 deaths had been reported on Friday's shelling.", "2024-07-01")
    assert (str(claim.date), claim.date_end) == ("2024-06-28", None)


def test_a_statement_received_on_a_day_dates_no_event() -> None:
    claims = _one_sentence("The convoy left safely, according to a mission statement received on Monday.")
    assert [c.kind.value for c in claims] == []


def test_what_attacks_may_yet_come_or_can_be_is_no_attack() -> None:
    for sentence in (
        "Further attacks against civilians and clashes with the police are likely.",
        "More ground and air assaults, including drone raids, are possible in the coming weeks.",
        "Attacks against aid workers can constitute war crimes, the envoy added.",
        "The pullout has raised fears that fighting will intensify in the north.",
    ):
        assert [c.kind.value for c in _one_sentence(sentence)] == [], sentence
    (attack,) = _one_sentence("Gunmen attacked the market on Monday, and more attacks are likely.")
    assert attack.kind == "attack"


def test_casualties_not_mentioned_are_no_claim() -> None:
    assert _one_sentence("The army statement did not mention civilian casualties.") == []


def test_preliminary_reports_are_a_noun_not_a_teller() -> None:
    claims = _one_sentence("Preliminary reports suggest that gunmen attacked the checkpoint at Ansongo.")
    assert {c.attributed_to for c in claims} == {None}


def test_two_sources_joined_by_and_tell_together() -> None:
    claims = _one_sentence(
        "At least 9 civilians were killed in Menaka, a local health official and an aid group said."
    )
    assert {c.attributed_to for c in claims} == {"a local health official and an aid group"}


def test_a_long_name_with_a_comma_tells_by_its_abbreviation() -> None:
    (claim,) = _one_sentence(
        "A spokesman of the coalition, the Front for Liberty, Justice and Peace (FLJP), said 20 people died."
    )
    assert claim.attributed_to == "the FLJP"


def test_videos_posted_online_tell_nothing() -> None:
    claims = _one_sentence("Videos posted on social media showed fighters in Ber, about 60 km north of Gao.")
    assert {c.attributed_to for c in claims} == {None}


def test_taking_possession_is_a_capture_and_a_quotation_after_the_name_is_not_its_name() -> None:
    (claim,) = _one_sentence(
        'The army said it had taken possession of the Ber camp "after repeated incidents".'
    )
    assert (claim.kind.value, claim.place) == ("capture", "Ber camp")


def test_an_aligned_adjective_or_an_ethnic_group_is_no_place() -> None:
    (attack,) = _one_sentence(
        "The army inflicted heavy losses in an attack on the Fulani-dominated militias."
    )
    assert attack.place is None
    claims = _one_sentence(
        "Elders from the Fulani ethnic group said soldiers had attacked their village in Ogossagou."
    )
    assert {c.place for c in claims} == {"Ogossagou"}


def test_a_held_modifier_before_a_name_is_read_past() -> None:
    (claim,) = _one_sentence("Soldiers recaptured rebel-held Tessit on Tuesday.", "2024-07-03")
    assert (claim.text, claim.place) == ("rebel-held Tessit", "Tessit")


def test_a_craft_attacked_is_placed_where_it_was() -> None:
    (claim,) = _one_sentence(
        "Gunfire targeted a C130 cargo plane on landing at Tessalit on Sunday.", "2024-07-03"
    )
    assert (claim.kind.value, claim.place) == ("attack", "Tessalit")


def test_tuareg_rebels_are_the_framework_that_takes_a_base() -> None:
    (claim,) = _one_sentence("Tuareg rebels last month seized a camp vacated by peacekeepers.", "2024-07-03")
    assert (claim.kind.value, claim.actor) == ("capture", "CSP-PSD")


def test_counts_of_injuries_admissions_and_the_hospitalised_are_casualties() -> None:
    claims = _one_sentence(
        "The ministry reported 310 deaths and 2,104 injuries, while 95 hospitalised remain in care.",
        "2025-06-20",
    )
    assert [(c.kind.value, c.subject, c.quantity.low) for c in claims if c.quantity.low] == [
        ("casualties", "deaths", 310),
        ("casualties", "injuries", 2104),
        ("casualties", "hospitalised", 95),
    ]
    (admissions,) = _one_sentence("The health ministry documented 1,140 hospital admissions.", "2025-06-20")
    assert (admissions.kind.value, admissions.subject, admissions.quantity.low) == (
        "casualties",
        "admissions",
        1140,
    )


def test_scientists_are_people_counted_past_an_adjective() -> None:
    claims = _one_sentence("State media reported that four additional scientists were killed in a strike.")
    assert [(c.subject, c.quantity.low) for c in claims if c.kind == "casualties"] == [("scientists", 4)]


def test_no_human_casualties_is_a_count_of_zero() -> None:
    claims = _one_sentence(
        "The deputy governor stated there were no human casualties in the strike on the plant."
    )
    assert [(c.kind.value, c.quantity.low, c.quantity.high) for c in claims if c.kind == "casualties"] == [
        ("casualties", 0, 0)
    ]


def test_a_sides_civil_office_is_no_doer() -> None:
    (count,) = _one_sentence("Israel's health ministry documented 1,140 hospital admissions.", "2025-06-20")
    assert count.actor is None
    claims = _one_sentence(
        "Later on Sunday, Iran's Deputy Foreign Minister Ali Bagheri condemned the strikes, "
        "calling them a deliberate attack."
    )
    assert {c.actor for c in claims if c.kind == "attack"} == {None}


def test_missiles_fired_at_cities_name_each_target() -> None:
    claims = _one_sentence(
        "On Thursday, Iranian forces launched missiles at several Israeli cities, "
        "including Beersheba and Holon.",
        "2025-06-20",
    )
    assert [(c.kind.value, c.place, c.actor) for c in claims if c.kind == "attack"] == [
        ("attack", "Beersheba", "Iranian forces"),
        ("attack", "Holon", "Iranian forces"),
    ]


def test_a_peoples_sites_named_by_its_adjective_are_no_place() -> None:
    claims = _one_sentence("Strikes on Iranian military and nuclear facilities killed several generals.")
    assert {c.place for c in claims if c.rule.startswith("target:")} == {None}


def test_a_toll_since_strikes_began_or_over_past_days_is_running() -> None:
    (since,) = [
        c
        for c in _one_sentence(
            "At least 224 people have been killed in Iran "
            "following airstrikes that began early Friday, June 13.",
            "2025-06-16",
        )
        if c.kind == "casualties"
    ]
    assert (str(since.date), str(since.date_end), str(since.as_of)) == (
        "2025-06-13",
        "2025-06-16",
        "2025-06-16",
    )
    (past,) = [
        c
        for c in _one_sentence(
            "More than 400 people have been killed in strikes over the past nine days.", "2025-06-22"
        )
        if c.kind == "casualties"
    ]
    assert str(past.as_of) == "2025-06-22"


def test_a_headlines_eve_ends_the_target() -> None:
    claims = _one_sentence(
        "Russia launches record 267 drones at Ukraine on eve of war anniversary", "2025-02-23"
    )
    assert [c.text for c in claims if c.rule.startswith("target:")] == ["Ukraine"]


def test_a_harm_word_in_another_clause_makes_no_casualties() -> None:
    claims = _one_sentence(
        "Over 90 killed in Bel Air raid; Two gang leaders sanctioned by the EU", "2024-12-19"
    )
    assert [(c.kind.value, c.quantity.low) for c in claims if c.quantity.low] == [("casualties", 91)]


def test_claimed_the_lives_of_is_killing_not_a_claim() -> None:
    claims = _one_sentence("A wave of raids followed by a manhunt claimed the lives of more than 60 people.")
    assert [(c.kind.value, c.quantity.low) for c in claims if c.quantity.low] == [("casualties", 61)]
    assert {c.attributed_to for c in claims} == {None}


def test_a_passive_accusation_names_no_teller() -> None:
    (claim,) = _one_sentence("The villagers were further accused of causing the death of two people.")
    assert claim.attributed_to is None


def test_estimates_by_a_group_are_the_groups() -> None:
    (claim,) = _one_sentence(
        "Earlier estimates by local rights groups had put the death toll from the attack at over 40 people."
    )
    assert (claim.quantity.low, claim.attributed_to) == (41, "local rights groups")


def test_a_report_revealed_tells_and_its_release_day_dates_no_event() -> None:
    claims = _one_sentence(
        "The UN office revealed in a report released on Monday "
        "that the gang killed over 50 people in Gonaives.",
        "2024-12-23",
    )
    assert [(c.kind.value, c.attributed_to) for c in claims] == [("casualties", "The UN office")]
    (claim,) = _one_sentence(
        "The UN office released a detailed report on Monday, which doubles earlier estimates of 30 deaths.",
        "2024-12-23",
    )
    assert (str(claim.date), str(claim.date_end)) == ("2024-12-20", "2024-12-23")  # by the telling day


def test_imagery_dated_in_an_aside_reveals_what_it_shows() -> None:
    claims = _one_sentence(
        "Satellite imagery analysed by the institute, dated 12 May, revealed a crater 30 metres wide.",
        "2024-05-20",
    )
    assert {c.attributed_to for c in claims} == {"Satellite imagery analysed by the institute"}


def test_the_army_in_a_war_between_two_states_is_neither_guessed() -> None:
    text = (
        "Border fighting\n\nRussia said its forces had advanced. Ukraine said it had held the line.\n\n"
        "The army said it had captured 12 villages.\n"
    )
    (claim,) = [c for c in extract_claims(_doc(text, "2024-08-16")) if c.quantity.low]
    assert claim.actor == "state forces"  # not the state the article happens to name once more
    text = "Sudan fighting\n\nSudan's war goes on in Sudan.\n\nThe army said it had captured 12 villages.\n"
    (claim,) = [c for c in extract_claims(_doc(text, "2024-08-16")) if c.quantity.low]
    assert claim.actor == "SAF"


def test_harm_told_after_a_second_count_is_that_counts() -> None:
    claims = _one_sentence(
        "Dozens of residents gathered in the square to pay their respects to eight police officers killed in "
        "the ambush."
    )
    assert [c.quantity.low for c in claims if c.kind.value == "casualties"] == [8]  # the residents lived


def test_an_air_raid_siren_is_no_attack() -> None:
    assert _one_sentence("Air raid sirens sounded across the capital as the funeral ended.") == []


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The ministry meanwhile said it had recaptured two villages.", "The ministry"),
        ("The rebels, for their part, said they had recaptured two villages.", "The rebels"),
        (
            "The rebels recaptured two villages, a senior commander who spoke on condition of anonymity told "
            "reporters.",
            "a senior commander",
        ),
    ],
)
def test_a_discourse_adverb_or_relative_clause_is_not_part_of_the_source(sentence: str, source: str) -> None:
    (claim,) = _one_sentence(sentence)
    assert claim.attributed_to == source


def test_blocked_attempts_to_take_places_are_no_capture() -> None:
    (claim,) = _one_sentence("The ministry said its forces had blocked enemy attempts to take four villages.")
    assert (claim.kind.value, claim.quantity.low) == ("quantity", 4)


def test_the_capture_of_soldiers_is_taking_prisoners_told_by_the_source_after_it() -> None:
    claims = _one_sentence(
        "The raid led to the evacuation of more than 9,000 residents, according to the governor, and the "
        "capture of at least 40 enemy soldiers, according to the army."
    )
    assert [(c.kind.value, c.quantity.low, c.attributed_to) for c in claims] == [
        ("strength", 9001, "the governor"),
        ("casualties", 40, "the army"),
    ]


def test_confirmed_by_someone_on_a_day_dates_the_confirmation() -> None:
    claims = _one_sentence(
        "Rebels have taken full control of the town of Maridi, as confirmed by the governor on Thursday.",
        "2024-08-16",
    )
    assert [(c.kind.value, c.place, c.date) for c in claims] == [("capture", "Maridi", None)]


def test_a_lead_over_several_days_takes_no_later_day() -> None:
    text = (
        "Raid ends\n\nOver two days of raids and air strikes, troops killed 12 people in the camp.\n\n"
        "After the troops withdrew, overnight, jets struck the nearby town of Dalia.\n"
    )
    claims = extract_claims(_doc(text, "2023-07-05"))
    (toll,) = [c for c in claims if c.quantity.low == 12]
    assert toll.date is None  # the raid's two days, not the night after them
    assert [c.place for c in claims if c.kind.value == "attack" and c.date] == ["Dalia"]


def test_critical_condition_and_wounds_are_casualties() -> None:
    claims = _one_sentence(
        "Twenty people remain in a critical condition, and more than 90 patients suffered gunshot wounds."
    )
    assert [(c.kind.value, c.quantity.low) for c in claims] == [("casualties", 20), ("casualties", 91)]


def test_details_not_given_on_the_number_of_casualties_tell_none() -> None:
    assert _one_sentence("The army did not provide details on the number of casualties.") == []


def test_a_strike_target_ends_before_in_response() -> None:
    claims = _one_sentence("Jets carried out airstrikes on Dalia in response to rockets fired overnight.")
    assert [(c.text, c.place) for c in claims if c.kind.value == "attack"] == [("Dalia", "Dalia")]


def test_thousands_flee_counts_the_displaced() -> None:
    (claim,) = _one_sentence("Thousands Flee Border Town Amid Army Offensive")
    assert (claim.kind.value, claim.subject, claim.quantity.low) == ("strength", "displaced", 2000)


def test_a_toll_that_has_now_reached_a_figure_is_running() -> None:
    (claim,) = _one_sentence("The death toll in the province this year has now reached 153.", "2023-07-03")
    assert str(claim.as_of) == "2023-07-03"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("By dawn on Saturday, over 300 lives had been cut short.", 301),
        ("More than 40 lives were lost that night.", 41),
        ("At least three security operatives were killed.", 3),
        ("But two of my relatives were killed.", 2),
    ],
)
def test_lives_lost_operatives_and_relatives_are_counted_casualties(sentence: str, count: int) -> None:
    (claim,) = _one_sentence(sentence)
    assert (claim.kind.value, claim.quantity.low) == ("casualties", count)


def test_lives_saved_are_no_casualties() -> None:
    assert [c.kind.value for c in _one_sentence("The evacuation saved 300 lives.")] == []


def test_a_full_date_between_source_and_verb_dates_the_telling() -> None:
    (claim,) = _one_sentence(
        "Governor Ada Obi of Kogi State on Sunday, June 15, 2025, confirmed that at least 59 people died.",
        "2025-06-16",
    )
    assert claim.attributed_to == "Governor Ada Obi of Kogi State"
    assert (str(claim.date), str(claim.date_end)) == ("2025-06-12", "2025-06-15")  # by the telling day


def test_a_toll_that_may_be_as_high_as_a_figure_is_its_upper_bound() -> None:
    (claim,) = _one_sentence("Some unconfirmed sources claim the death toll may be as high as 200.")
    assert (claim.kind.value, claim.quantity.low, claim.quantity.high) == ("casualties", None, 200)


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the hardest hit is a family of farmers.",
        "This happened days after the army chief visited, following the escalation of attacks in the state.",
        "Another group came from the east and overran those trying to resist them.",
        "A bulldozer has blocked access for ambulances to casualties inside the camp.",
    ],
)
def test_no_event_is_told_by_the_worst_hit_an_escalation_or_people_overrun(sentence: str) -> None:
    assert [c.kind.value for c in _one_sentence(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (  # a person, then the body he speaks for: not the body's abbreviation alone
            "Brig. Gen. Ramon Cruz, Armed Forces of the Philippines (AFP) spokesman, said 18 gunmen died.",
            "Brig. Gen. Ramon Cruz, Armed Forces of the Philippines (AFP) spokesman",
        ),
        (  # a place and its address before the source; a bracketed abbreviation before 'has said'
            "Eighteen people were killed in Gwoza, Borno State, the State Emergency Management Agency (SEMA) "
            "has said.",
            "the State Emergency Management Agency (SEMA)",
        ),
    ],
)
def test_a_source_after_a_name_or_an_address_is_named_whole(sentence: str, source: str) -> None:
    assert {c.attributed_to for c in _one_sentence(sentence)} == {source}


def test_a_long_first_line_ending_a_sentence_is_the_lead_not_a_title() -> None:
    lead = (
        "The ministry said that an airstrike on Tuesday hit a hospital in the city filled with wounded and "
        "displaced people in search of shelter, killing hundreds, according to local doctors at the scene, "
        "in what would be the deadliest single strike of the war."
    )
    text = f"{lead}\n\nRebels, whose raid last week killed 40 soldiers, called it a massacre.\n"
    (toll,) = [c for c in extract_claims(_doc(text, "2023-10-17")) if c.text == "hundreds"]
    assert str(toll.date) == "2023-10-17"  # its own Tuesday, not the week before from the next paragraph


def test_an_overnight_assault_is_the_night_the_sentence_writes_out() -> None:
    (attack,) = [
        c
        for c in _one_sentence(
            "A brutal overnight assault on the town left over 100 people dead in an attack that spanned late "
            "Friday night, June 13, into the early hours of Saturday, June 14.",
            "2025-06-16",
        )
        if c.kind.value == "attack"
    ]
    assert str(attack.date) == "2025-06-13"  # not the night before publication


def test_a_dateline_with_a_dash_before_its_day_dates_no_event() -> None:
    text = "Heading\n\nMAKURDI, Nigeria – June 16, 2025 – The air in the town is thick with grief.\n"
    assert [c for c in extract_claims(_doc(text, "2025-06-16")) if c.kind.value == "event_date"] == []


def test_an_embedded_posts_handle_and_day_date_no_event() -> None:
    claims = _one_sentence(
        "Footage of the launch: pic.twitter.com/abc123 — Defense Forces (@DF) October 18, 2023", "2023-10-18"
    )
    assert [c for c in claims if c.kind.value == "event_date"] == []


def test_a_side_led_ministry_tells_but_does_not_strike() -> None:
    claims = _one_sentence(
        "The Hamas-led health ministry also claimed that the alleged airstrike killed at least 500 civilians."
    )
    assert {(c.actor, c.attributed_to) for c in claims} == {(None, "The Hamas-led health ministry")}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("\U0001f6a8 Hamas reports 471 casualties from hospital explosion", "Hamas"),
        (
            "The prime minister issued a statement in which he said 12 soldiers were killed in the ambush.",
            "The prime minister",
        ),
        (
            "The army on Wednesday produced a 30-second video it says shows 12 rockets being fired.",
            "The army",
        ),
        (
            "The World Health Organization immediately condemned the attack that killed 12 people.",
            "The World Health Organization",
        ),
    ],
)
def test_a_source_is_named_without_its_pictographs_statements_or_manner(sentence: str, source: str) -> None:
    assert {c.attributed_to for c in _one_sentence(sentence)} == {source}


def test_photos_said_to_be_from_a_place_name_no_teller() -> None:
    claims = _one_sentence("Photos said to have been from the hospital showed 12 bodies among the wreckage.")
    assert {c.attributed_to for c in claims} == {None}


def test_a_source_opening_a_clause_after_while_tells_only_that_clause() -> None:
    claims = _one_sentence(
        "Officials blamed the army for the bombing that killed 40 people while the army says a rebel rocket "
        "caused the blast."
    )
    (toll,) = [c for c in claims if c.quantity.low == 40]
    assert toll.attributed_to is None


def test_captured_on_camera_is_no_capture() -> None:
    claims = _one_sentence("The strike on the hospital, which was captured on camera, killed 12 people.")
    assert [c.kind.value for c in claims if c.kind.value == "capture"] == []


def test_a_title_case_headline_names_no_place_with_its_capitals() -> None:
    claims = _one_sentence("Rebels Claim At Least 450 Killed in Rocket Attack")
    (claim,) = [c for c in claims if c.quantity.low]
    assert (claim.quantity.low, claim.place) == (450, None)


def test_a_non_breaking_hyphen_joins_a_name_and_the_claim_keeps_the_text_as_written() -> None:
    text = "Heading\n\nFighters killed 12 wounded people in El\u2011Fasher on Monday.\n"
    (claim,) = [c for c in extract_claims(_doc(text, "2025-10-29")) if c.quantity.low]
    assert claim.place == "El-Fasher"
    assert text[claim.span.start : claim.span.end] == claim.text == "12 wounded people"


def test_a_city_referred_back_to_is_no_place_named_the_city() -> None:
    claims = _one_sentence("The city fell to the rebels after a 500-day siege.")
    assert [c.place for c in claims if c.kind.value == "capture"] == [None]


def test_a_place_named_before_a_passive_capture_is_the_capture_place() -> None:
    claims = _one_sentence("On October 27, around the time Dalia was captured, investigators saw bodies.")
    assert [c.place for c in claims if c.kind.value == "capture"] == ["Dalia"]


def test_one_survivor_who_speaks_is_no_count_of_the_fighters_after_him() -> None:
    claims = _one_sentence("One survivor said the fighters executed hundreds of captives.")
    assert [(c.kind.value, c.quantity.low, c.attributed_to) for c in claims] == [
        ("casualties", 200, "One survivor")
    ]


def test_a_role_then_a_name_then_has_reported_names_the_source() -> None:
    (claim,) = [
        c
        for c in _one_sentence(
            "The director of the World Health Organization (WHO), Ana Ruiz, has reported that the hospital "
            "was hit, killing a nurse."
        )
        if c.quantity.low
    ]
    assert claim.attributed_to == "The director of the World Health Organization (WHO), Ana Ruiz"


def test_executing_civilians_since_capturing_a_town_is_a_running_toll() -> None:
    claims = _one_sentence(
        "The coalition accused the militia of executing more than 2,000 civilians since capturing Dalia.",
        "2025-10-29",
    )
    (toll,) = [c for c in claims if c.quantity.low]
    assert (toll.kind.value, toll.quantity.low, str(toll.as_of)) == ("casualties", 2001, "2025-10-29")


def test_being_unable_to_confirm_an_attack_and_its_toll_tells_none() -> None:
    sentence = "The agency has not been able to independently confirm the hospital attack and death toll."
    assert _one_sentence(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Officials in Gao said clashes in Ber killed 12 soldiers.", "Ber"),  # where the source is comes last
        ("Residents of Kidal said 12 people were killed.", "Kidal"),  # the source's own place, if no other
        (  # a source's workplace is never the place
            "According to an analysis by the lab at the Yale School of Public Health, 12 people died.",
            None,
        ),
        ("The violence has forced 11,000 people to flee, with many arriving in the city of Cucuta.", None),
    ],
)
def test_a_sources_own_place_and_a_destination_yield_to_the_events_place(sentence: str, place: str) -> None:
    (claim,) = [c for c in _one_sentence(sentence) if c.quantity.low]
    assert claim.place == place


def test_the_subject_after_a_captured_place_is_no_second_place_taken() -> None:
    claims = _one_sentence("Since capturing Dalia, the RSF has killed over 1,500 people.")
    assert [c.place for c in claims if c.kind.value == "capture"] == ["Dalia"]


def test_a_deadline_day_dates_nothing_and_is_never_pushed_back_a_year() -> None:
    claims = _one_sentence(
        "The explosion also wounded 18 Americans as troops rushed to finish the evacuation ahead of an "
        "Aug. 31 deadline.",
        "2021-08-27",
    )
    assert [(c.quantity.low, c.date) for c in claims if c.kind.value == "casualties"] == [(18, None)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("A bombing killed 11 U.S. Marines and one soldier.", ("marines", 11)),
        ("The blast killed 11 US Marines.", ("marines", 11)),
    ],
)
def test_marines_after_a_dotted_or_plain_acronym_are_counted(sentence: str, count: tuple) -> None:
    assert count in [(c.subject, c.quantity.low) for c in _one_sentence(sentence)]


def test_a_pair_of_bombings_counts_the_bombings() -> None:
    claims = _one_sentence("A pair of suicide bombings near the airport killed civilians.")
    (count,) = [c for c in claims if c.quantity.low]
    assert (count.kind.value, count.subject, count.quantity.low) == ("attack", "bombings", 2)


def test_people_evacuated_are_no_casualties_and_a_crowd_of_nationals_is_no_place() -> None:
    claims = _one_sentence(
        "The explosion, which also wounded scores of Afghans, came as troops rushed to complete the "
        "evacuation of tens of thousands of citizens."
    )
    assert [(c.kind.value, c.quantity.low, c.place) for c in claims] == [
        ("casualties", 40, None),
        ("strength", 20000, None),
    ]


def test_according_to_first_reports_is_no_named_source_and_tellers_are_not_counted_dead() -> None:
    claims = _one_sentence(
        "The blast outside the gate, which according to first reports claimed 3 US personnel among the "
        "wounded."
    )
    assert {c.attributed_to for c in claims} == {None}
    claims = _one_sentence("The dead include 11 Marines and one Navy medic, according to two U.S. officials.")
    assert [(c.quantity.low, c.attributed_to) for c in claims] == [
        (11, "two U.S. officials"),
        (1, "two U.S. officials"),
    ]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Russian soldiers and civilians were killed in a missile attack on the market.", None),
        ("Russian forces killed at least 12 civilians in the village.", "Russian forces"),
    ],
)
def test_a_side_named_among_the_harmed_is_not_the_attacker(sentence: str, actor: str | None) -> None:
    claims = _one_sentence(sentence)
    assert {c.actor for c in claims if c.kind.value in ("attack", "casualties")} == {actor}


def test_a_person_the_story_introduces_is_arrested_not_a_place_taken() -> None:
    text = (
        "Heading\n\nSoldiers captured Ramon Ortiz, son of a jailed kingpin, in Dalia on Thursday.\n\n"
        "The capture of Ramón Ortiz Vega set off gun battles in which 29 people were killed.\n\n"
        "Troops later captured Tamsa, a border village.\n"
    )
    claims = extract_claims(_doc(text, "2023-01-06"))
    assert [c.place for c in claims if c.kind.value == "capture"] == ["Tamsa"]
    assert [c.place for c in claims if c.quantity.low == 29] == [None]  # nor where the 29 died


def test_a_day_after_a_capture_verb_is_no_place_taken() -> None:
    claims = _one_sentence("The commander was captured Today January 5, 2023 in an operation.", "2023-01-05")
    assert [c.place for c in claims if c.kind.value == "capture"] in ([], [None])


def test_a_body_named_with_its_abbreviation_then_described_is_the_source_not_its_description() -> None:
    claims = _one_sentence(
        "Al Qaeda affiliate Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM), an Islamic terrorist group active "
        "in Western Africa has claimed that in its attack on an army base in Burkina Faso it killed over 200 "
        "soldiers."
    )
    (toll,) = [c for c in claims if c.quantity.low]
    assert toll.attributed_to == "Al Qaeda affiliate Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)"
    assert toll.place == "Burkina Faso"  # where it struck, not where the group is active
    claims = _one_sentence(
        "The Kachin Independence Army (KIA) captured 90 outposts in Myitkyina Township, a spokesperson said."
    )
    assert {c.attributed_to for c in claims} == {"a spokesperson"}


def test_a_source_with_a_dashed_aside_is_named_without_it() -> None:
    (claim,) = _one_sentence(
        "By Thursday, the SITE Intelligence Group—which monitors jihadist online activity—reported that the "
        "group had raised its claim to 200 killed."
    )
    assert claim.attributed_to == "the SITE Intelligence Group"


def test_an_assault_on_a_countrys_army_places_nothing_and_seized_arsenals_are_no_capture() -> None:
    claims = _one_sentence("An assault on the country's Army killed 200 soldiers.")
    assert {c.place for c in claims} == {None}
    claims = _one_sentence("Witnesses told of skirmishes, with insurgents seizing military arsenals.")
    assert [c.kind.value for c in claims if c.kind.value == "capture"] == []


def test_a_toll_of_the_attack_a_strike_answered_takes_neither_its_day_nor_its_striker() -> None:
    claims = _one_sentence(
        "India struck targets in Pakistan early on May 7, in retaliation for a recent attack in Kashmir that "
        "killed 26 people.",
        "2025-05-07",
    )
    (toll,) = [c for c in claims if c.quantity.low]
    assert (toll.quantity.low, toll.date, toll.actor, toll.place) == (26, None, None, "Kashmir")


def test_a_sides_spokesperson_reporting_its_dead_does_not_make_it_the_killer() -> None:
    claims = _one_sentence(
        "A spokesperson for Pakistan's military, Lt. Gen. Ali Khan, reported that at least 26 civilians were "
        "killed in the strikes."
    )
    assert [(c.quantity.low, c.actor) for c in claims] == [(26, None)]


def test_the_elimination_of_militants_is_a_toll_and_sites_linked_to_a_group_are_not_its_attack() -> None:
    (claim,) = _one_sentence("India reported the elimination of over 70 militants.")
    assert (claim.kind.value, claim.quantity.low) == ("casualties", 71)
    (claim,) = _one_sentence("Jets targeted nine sites associated with groups such as Jaish-e-Mohammed.")
    assert (claim.kind.value, claim.quantity.low, claim.actor) == ("attack", 9, None)


def test_killings_in_a_title_case_headline_are_no_place() -> None:
    text = "India Strikes Pakistan Over Tourist Killings\n\nIndian jets struck nine sites on Wednesday.\n"
    claims = extract_claims(_doc(text, "2025-05-07"))
    assert claims and "Tourist Killings" not in {c.place for c in claims}


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("200+ killed in village massacre", 200, None),
        ("The attack left 150-200+ villagers dead.", 150, None),
        ("The conflict has claimed over 14,000 lives.", 14001, None),
    ],
)
def test_a_plus_sign_leaves_a_count_open_and_lives_claimed_are_a_toll(
    sentence: str, low: int, high: int | None
) -> None:
    (claim,) = [c for c in _one_sentence(sentence) if c.quantity.low]
    assert (claim.kind.value, claim.quantity.low, claim.quantity.high) == ("casualties", low, high)


def test_arabic_article_words_stay_inside_a_place_name_and_a_places_appositive_is_no_source() -> None:
    (claim,) = _one_sentence(
        "Rights groups condemned the killing of over 100 civilians in the village of Wad al Noora."
    )
    assert claim.place == "Wad al Noora"
    claims = _one_sentence(
        "The Resistance Committees in Madani, capital of Sudan's Gezira state, reported that 90 people died."
    )
    assert {c.attributed_to for c in claims} == {"The Resistance Committees in Madani"}
    claims = _one_sentence("The conflict, which has raged for a year, has claimed over 14,000 lives.")
    assert {c.attributed_to for c in claims} == {None}  # claiming lives is killing, not telling


def test_a_wars_toll_of_lives_is_a_running_toll() -> None:
    claims = _one_sentence("The conflict, raging for a year, has claimed over 14,000 lives.", "2024-06-06")
    (claim,) = [c for c in claims if c.quantity.low]
    assert (claim.kind.value, str(claim.as_of)) == ("casualties", "2024-06-06")


def test_a_ministry_reporting_its_armed_forces_act_names_its_own_side() -> None:
    text = (
        "Strikes\n\nPakistan closed its airspace. Pakistan said Pakistan would respond.\n\n"
        "The Indian Defense Ministry reported that overnight on May 7, its armed forces launched strikes on "
        "nine targets in Pakistan.\n"
    )
    (claim,) = [c for c in extract_claims(_doc(text, "2025-05-07")) if c.quantity.low]
    assert (claim.quantity.low, claim.actor) == (9, "Indian forces")


def test_a_capitals_clock_and_a_babys_age_are_neither_actor_nor_count() -> None:
    claims = _one_sentence(
        "At approximately 6:50 p.m. Kyiv time, the Russian army struck the city, killing 20 people.",
        "2025-04-05",
    )
    assert [(c.quantity.low, c.actor) for c in claims if c.quantity.low] == [(20, "Russian forces")]
    claims = _one_sentence(
        "A further 61 people were injured, ranging from a 3-month-old baby to elderly residents."
    )
    assert [c.quantity.low for c in claims] == [61]


def test_a_military_meeting_struck_is_no_military_striking_and_kids_are_counted() -> None:
    claims = _one_sentence("Moscow says airstrike targeted military meeting; Ukraine says 9 kids were killed")
    assert [(c.subject, c.quantity.low) for c in claims if c.quantity.low] == [("kids", 9)]
    assert {c.actor for c in claims} == {None}


def test_according_to_a_post_on_a_channel_is_the_medium_not_the_source() -> None:
    (claim,) = [
        c
        for c in _one_sentence(
            "The ministry said the strike killed 85 officers, according to a post on the ministry's Telegram "
            "channel."
        )
        if c.quantity.low
    ]
    assert claim.attributed_to == "The ministry"


def test_people_arrested_for_negligence_are_no_prisoners_and_soldiers_captured_near_a_town_no_place() -> None:
    (claim,) = _one_sentence("The government has since arrested several security personnel for negligence.")
    assert (claim.kind.value, claim.quantity.low) == ("quantity", 3)
    claims = _one_sentence("Rebels captured 40 soldiers near the town.")
    assert [(c.kind.value, c.quantity.low) for c in claims] == [("casualties", 40)]


def test_an_earlier_attack_the_story_recalls_takes_not_its_day() -> None:
    text = (
        "Beach attack\n\nOn August 2, 2024, gunmen stormed a hotel, killing at least 37 people.\n\n"
        "The group has previously targeted the beach, including an earlier attack that claimed nine lives.\n"
    )
    claims = extract_claims(_doc(text, "2024-08-05"))
    assert [(c.quantity.low, str(c.date)) for c in claims if c.kind.value == "casualties"] == [
        (37, "2024-08-02"),
        (9, "None"),
    ]


def test_a_hard_wrapped_article_reads_each_sentence_across_its_line_breaks() -> None:
    text = (
        "Villagers still in shelters\n\n"
        "The army shelled the valley on 11 April and the troops burned three villages in\n"
        "the hills. Officials said the damage counted on 20 April in the upper valley was 74\n"
        "houses in the upper village, while the government later said that the army\n"
        "carried out over 650 airstrikes in two years, killing over 280 civilians, the\n"
        "residents of the valley told Kantarawaddy Times.\n"
    )
    claims = extract_claims(_doc(text, "2023-05-13"))
    counted = {(c.kind.value, c.subject, c.quantity.low) for c in claims if c.quantity.low}
    assert {("quantity", "houses", 74), ("attack", "airstrikes", 651)} <= counted
    houses = next(c for c in claims if c.subject == "houses")
    assert houses.text == "74\nhouses"  # the claim's text is the document's, line break and all
    # a list of short lines is no wrapped paragraph: each keeps its own line
    listed = extract_claims(_doc("Toll\n\nKilled: 12 soldiers died in the raid.\nWounded: 5 were hurt.\n"))
    assert sorted(c.quantity.low for c in listed if c.quantity.low) == [5, 12]


def test_a_line_break_before_a_lowercase_word_continues_the_sentence() -> None:
    text = "Strike\n\nThe strike killed 12\nvillagers and wounded 30 others on Tuesday.\n"
    claims = extract_claims(_doc(text, "2023-04-13"))
    assert [(c.subject, c.quantity.low) for c in claims if c.quantity.low == 12] == [("villagers", 12)]


def test_victims_broken_down_round_a_dashed_aside_and_injured_after_an_including_aside() -> None:
    claims = _one_sentence(
        "Among the victims — 121 men and 47 women — were 25 children and 12 teenagers, according to the "
        "group."
    )
    assert [(c.subject, c.quantity.low) for c in claims if c.subject in {"children", "teenagers"}] == [
        ("children", 25),
        ("teenagers", 12),
    ]
    claims = _one_sentence("Over 60 people were killed and 40, including children, were critically injured.")
    assert sorted((c.kind.value, c.quantity.low) for c in claims if c.quantity.low) == [
        ("casualties", 40),
        ("casualties", 61),
    ]


def test_individuals_who_perished_are_dead_not_a_force() -> None:
    (claim,) = [
        c
        for c in _one_sentence(
            "According to the monitor, 1,511 individuals perished in the region since the coup."
        )
        if c.quantity.low
    ]
    assert (claim.kind.value, claim.quantity.low) == ("casualties", 1511)


def test_a_statement_issued_and_a_contrasting_claim_each_have_their_teller() -> None:
    claims = _one_sentence(
        "The opposition government released a statement that the army carried out over 650 airstrikes."
    )
    assert {c.attributed_to for c in claims if c.quantity.low} == {"The opposition government"}
    claims = _one_sentence(
        "On April 11, the monitor reported that 168 people were killed in the bombing, however, locals claim "
        "that 174 people died in the assault."
    )
    assert [(c.quantity.low, c.attributed_to) for c in claims if c.quantity.low] == [
        (168, "the monitor"),
        (174, "locals"),
    ]


def test_a_long_role_after_said_is_the_source() -> None:
    (claim,) = [
        c
        for c in _one_sentence(
            "At least 30 children were among the dead, said an emergency worker at the scene and an official "
            "of the shadow government, which considers itself the true one."
        )
        if c.quantity.low
    ]
    assert claim.attributed_to == "an emergency worker at the scene and an official of the shadow government"


def test_he_after_a_resident_quoted_without_a_claim_is_the_resident() -> None:
    text = (
        "Village bombed again\n\n"
        "Aircraft made three passes over the village, said a resident of the village, who spoke on condition "
        "of anonymity.\n\n"
        "“They dropped bombs, but no villagers were hurt,” he said.\n"
    )
    claims = extract_claims(_doc(text, "2023-04-20"))
    assert {c.attributed_to for c in claims if c.kind.value == "casualties"} == {"a resident of the village"}


def test_a_source_in_the_first_person_inside_a_quote_is_the_one_quoted() -> None:
    text = (
        "Strike confirmed\n\n"
        '"There was a ceremony at the village," spokesman Zaw Min Tun said on Tuesday.\n\n'
        '"According to the information we got, people were killed not because of our attack only. There '
        'were some mines planted by the PDF around that area," he said, adding the airstrike had also hit a '
        "storage area for mines.\n"
    )
    claims = extract_claims(_doc(text, "2023-04-12"))
    quoted = [c for c in claims if c.span.start >= text.index('"According')]
    assert len(quoted) == 4 and {c.attributed_to for c in quoted} == {"spokesman Zaw Min Tun"}


def test_a_ranking_counted_from_an_earlier_event_dates_no_later_claim_and_tallies_nothing() -> None:
    text = (
        "Air strike\n\n"
        "It was the junta's deadliest attack since seizing power in 2021. At least 30 children were among "
        "the dead in the attack, said an emergency worker.\n\n"
        "At least 50 civilians were killed when a jet bombed the village in one of the deadliest air strikes "
        "launched by the regime so far.\n"
    )
    claims = extract_claims(_doc(text, "2023-04-12"))
    counted = {c.quantity.low: c for c in claims if c.quantity.low}
    assert (counted[30].date, counted[50].as_of) == (None, None)


def test_a_count_of_an_earlier_strike_takes_not_the_storys_day() -> None:
    text = (
        "Junta bombs village again where earlier strike killed 200\n\n"
        "The junta on Thursday again bombed a village where jet fighters had attacked only a week earlier, "
        "killing some 200 residents, according to sources.\n"
    )
    claims = extract_claims(_doc(text, "2023-04-20"))
    assert [str(c.date) for c in claims if c.quantity.low == 180] == ["None", "None"]
    assert [str(c.date) for c in claims if c.subject == "village"] == ["2023-04-20"]


def test_a_month_named_as_an_events_adjective_dates_it() -> None:
    claims = _one_sentence(
        "Up to 600 people were killed in an August attack on the town, according to a French report.",
        "2024-10-05",
    )
    assert {(str(c.date), c.date_text) for c in claims} == {("2024-08", "August")}


def test_sources_lose_their_sentence_adverbs_and_the_outlet_that_reached_them() -> None:
    claims = _one_sentence(
        "Initially, the United Nations estimated that at least 200 people had died. The group itself claimed "
        "responsibility for killing nearly 300 individuals."
    )
    assert [c.attributed_to for c in claims if c.quantity.low] == ["the United Nations", "The group"]
    (claim,) = _one_sentence(
        "According to security and humanitarian sources contacted by Le Monde the death toll fluctuates from "
        "one hundred to several hundred."
    )
    assert claim.attributed_to == "security and humanitarian sources"
    claims = _one_sentence("Initially, the United Nations estimated the casualty count to be at least 200.")
    assert [(c.subject, c.quantity.low, c.attributed_to) for c in claims] == [
        ("casualties", 200, "the United Nations")
    ]


def test_a_headline_verb_ends_neither_a_source_nor_a_place() -> None:
    text = (
        "Tragic Event in Burkina Faso Results in Estimated 600 Fatalities, Surpassing Previous Analyses\n\n"
        "Militants carried out a brutal attack on a town in Burkina Faso on August 24.\n"
    )
    (claim,) = [c for c in extract_claims(_doc(text, "2024-10-05")) if c.quantity.low]
    assert (claim.place, claim.attributed_to) == ("Burkina Faso", None)


def test_a_settlement_named_after_its_country_adjective_or_in_apposition_is_the_place() -> None:
    claims = _one_sentence("Around 200 people have been killed in the Burkinabe town of Barsalogho.")
    assert {c.place for c in claims} == {"Barsalogho"}
    claims = _one_sentence(
        "On September 17, the capital of neighboring Mali, Bamako, was targeted in another attack, which "
        "resulted in more than 70 fatalities."
    )
    assert {c.place for c in claims} == {"Bamako"}
    claims = _one_sentence("A man was killed near the West Bank city of Ramallah.")
    assert {c.place for c in claims} == {"Ramallah"}


def test_a_question_asserts_nothing() -> None:
    claims = extract_claims(
        _doc(
            "Explainer\n\nWhat happened on Saturday? Did the army kill 12 people? Gunmen killed 40 people.\n"
        )
    )
    assert [c.quantity.low for c in claims if c.quantity.low] == [40]


def test_an_impending_or_feared_attack_is_no_attack() -> None:
    for sentence in (
        "By Friday, the government was aware of the probability of an impending attack.",
        "Some people had opposed the trench, fearful of reprisal attacks by armed groups.",
    ):
        assert [c.kind.value for c in _one_sentence(sentence)] in ([], ["event_date"])


def test_wounded_survivors_are_casualties_and_things_seen_abandoned_no_capture() -> None:
    (claim,) = _one_sentence("Over a hundred wounded survivors of the attack are convalescing in a hospital.")
    assert (claim.kind.value, claim.quantity.low) == ("casualties", 101)
    assert _one_sentence("In the video, one can see abandoned picks and shovels next to the bodies.") == []
    assert _one_sentence("The attackers executed the assault with precision.") == []


def test_the_report_is_not_the_armed_group_that_spoke_before() -> None:
    text = (
        "Toll\n\nJNIM claimed to have killed almost 300 people, but they insisted that their targets were "
        "militia members.\n\n"
        'According to the report, "Large-scale deadly attacks (at least a hundred deaths) against civilians '
        'have been occurring for weeks."\n'
    )
    claims = extract_claims(_doc(text, "2024-10-05"))
    assert {c.attributed_to for c in claims if c.span.start >= text.index("According")} == {"the report"}


def test_a_message_posted_on_a_day_dates_what_it_announces_and_today_named_as_a_weekday_is_that_day() -> None:
    text = (
        "Claims\n\nIn June 2021, 160 people were killed in a massacre. In a message posted on social "
        "networks on Saturday, the group announced that it had taken control of the militia headquarters in "
        "the town.\n"
    )
    claims = extract_claims(_doc(text, "2024-08-26"))
    assert [str(c.date) for c in claims if c.kind.value == "capture"] == ["2024-08-24"]
    claims = _one_sentence(
        "In a statement late Wednesday, the committee said “the village witnessed a massacre today, "
        "Wednesday, after an attack by the militia killing 100 people.”",
        "2024-06-06",
    )
    assert {str(c.date) for c in claims} == {"2024-06-05"}


def test_people_stripped_of_their_homes_took_no_place() -> None:
    assert (
        _one_sentence("Thousands now face an uncertain future, stripped of their jobs, homes and families.")
        == []
    )
    claims = _one_sentence("The paramilitary attacked the villages after they took control of its capital.")
    assert "capture" in {c.kind.value for c in claims}


def test_a_number_put_at_is_a_toll_and_members_a_group_has_are_its_strength() -> None:
    (claim,) = _one_sentence("An initial UN report put the number at least 70 people.")
    assert (claim.kind.value, claim.quantity.low) == ("casualties", 70)
    claims = _one_sentence(
        "This gang, which has around a hundred members, is accused of numerous crimes, including murder."
    )
    assert [(c.kind.value, c.quantity.low) for c in claims if c.quantity.low] == [("strength", 90)]


def test_a_count_before_a_colon_takes_no_harm_told_after_it() -> None:
    claims = _one_sentence(
        "A spokesperson said twelve residents refused to pay the gang: “The bandits executed dozens of "
        "residents.”"
    )
    assert [c.quantity.low for c in claims if c.kind.value == "casualties"] == [24]


def test_an_office_and_a_leaders_group_are_no_places_and_a_named_armed_group_is_the_actor() -> None:
    claims = _one_sentence(
        "According to a statement from the United Nations Human Rights Office, gang members set fire to at "
        "least 45 houses."
    )
    assert {c.place for c in claims} == {None}
    claims = _one_sentence(
        "The attack was ordered by Luckson Elan, head of Grand Grif, and the bandits executed dozens of "
        "residents."
    )
    assert {c.place for c in claims if c.quantity.low} == {None}
    claims = _one_sentence(
        "The massacre carried out on Thursday by the Gran Grif armed group in Pont Sondé left more than 70 "
        "dead."
    )
    assert {(c.place, c.actor) for c in claims} == {("Pont Sondé", "Gran Grif armed group")}


def test_a_title_case_headline_names_no_place_the_story_never_names() -> None:
    text = "Night of Terror: Unveiling the Pont-Sonde Massacre\n\nThe gang unleashed terror in Pont-Sonde.\n"
    (claim,) = [c for c in extract_claims(_doc(text, "2024-10-08")) if c.span.end <= text.index("\n")]
    assert claim.place is None
    text = (
        "Suicide Bombings in Northeastern Nigeria Leave 18 Dead\n\n"
        "Suicide bombers killed 18 people in northeastern Nigeria on Saturday.\n"
    )
    claims = [c for c in extract_claims(_doc(text, "2024-06-30")) if c.span.end <= text.index("\n")]
    assert {c.place for c in claims} == {"Northeastern Nigeria"}


def test_an_anniversary_dates_the_event_it_counts_from_and_its_years_count_no_one() -> None:
    text = (
        "Revisiting the Ngarbuh Massacre three years after\n\n"
        "Today marks exactly three years since 21 civilians, including 13 children, were massacred in "
        "Ngarbuh.\n"
    )
    claims = extract_claims(_doc(text, "2023-02-14"))
    assert [(c.quantity.low, str(c.date)) for c in claims if c.quantity.low] == [
        (21, "2020-02-14"),
        (13, "2020-02-14"),
    ]


def test_sources_named_with_a_count_or_issuing_a_communique_and_no_characterisation() -> None:
    claims = _one_sentence(
        "According to a report released by a coalition of 26 NGOs, more than 35 civilians were massacred."
    )
    assert {c.attributed_to for c in claims} == {"a report released by a coalition of 26 NGOs"}
    (claim,) = _one_sentence("The government issued a communique indicating only five people died.")
    assert claim.attributed_to == "The government"
    (claim,) = _one_sentence(
        "Over three dozen civilians were murdered by soldiers in the village in what the defence ministry "
        "spokesman described as propaganda."
    )
    assert claim.attributed_to is None
    claims = _one_sentence(
        "The government released the findings of an inquiry launched following reports that soldiers killed "
        "at least 13 children."
    )
    assert {c.attributed_to for c in claims} == {None}


def test_soldiers_on_trial_are_no_dead_and_a_reports_pages_no_claim() -> None:
    (claim,) = _one_sentence("Three soldiers are on trial for their role in the killing of civilians.")
    assert (claim.kind.value, claim.quantity.low) == ("quantity", 3)
    assert _one_sentence("The mastermind, according to the 18-page report, is a former fighter.") == []


def test_a_number_naming_a_neighbourhood_is_part_of_its_name() -> None:
    claims = _one_sentence(
        "Soldiers attacked the Ngarbuh 3 neighborhood, killing 21 civilians in four homes."
    )
    assert [(c.kind.value, c.quantity.low) for c in claims if c.quantity.low] == [
        ("casualties", 21),
        ("quantity", 4),
    ]
    assert {c.place for c in claims if c.kind.value == "attack"} == {"Ngarbuh 3 neighborhood"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The state railway company said two rockets struck the station, killing at least 12 people.",
        "Odesa, Ukraine: Five people died after drones struck a port in the southern city, officials said. "
        "Russia denied it.",
        "The head of the Kharkiv regional military administration said the occupiers hit a school, "
        "killing 4. Russia and Ukraine.",
        "Ukraine Railways reported that 12 passengers were killed in the attack.",
    ],
)
def test_a_state_company_a_dateline_country_or_a_military_administration_is_no_doer(sentence: str) -> None:
    claims = _one_sentence(sentence, "2022-04-08")
    assert claims and all(c.actor is None for c in claims), [(c.text, c.actor) for c in claims]


def test_a_country_acted_on_is_not_the_doer_of_its_own_invasion() -> None:
    claims = _one_sentence(
        "The Kremlin has denied shelling homes since invading Ukraine in February.", "2022-04-08"
    )
    dated = [(c.date, c.actor) for c in claims if c.kind == "event_date"]
    assert dated == [(PartialDate.parse("2022-02"), None)]


def test_a_quote_going_on_after_its_speaker_is_still_that_speakers() -> None:
    claims = _one_sentence(
        "Two missiles hit the market, Ukrainian officials said. “A shell fell on the stalls,” the city "
        "police said. “About 12 people are dead and about 40 injured.”",
        "2022-04-08",
    )
    tolls = {c.text: c.attributed_to for c in claims if c.kind == "casualties"}
    assert tolls == {"About 12 people": "the city police", "about 40 injured": "the city police"}


def test_a_clause_after_but_with_a_subject_of_its_own_names_the_speaker() -> None:
    claims = _one_sentence(
        "There is no official count yet but local officials said that 14 people were killed."
    )
    assert [(c.text, c.attributed_to) for c in claims] == [("14 people", "local officials")]


def test_a_company_in_a_speakers_title_is_no_place() -> None:
    claims = _one_sentence(
        "Ivan Petrenko, chairman of the board of Energoatom JSC (the nuclear company), said that three "
        "missiles hit the plant."
    )
    assert claims and all(c.place is None for c in claims), [(c.text, c.place) for c in claims]


def test_a_time_compared_with_is_no_event_date() -> None:
    assert _one_sentence("The square was busy, just as it was yesterday.", "2022-04-08") == []


def test_a_closing_reminder_or_a_note_on_another_place_does_not_date_the_story() -> None:
    story = (
        "Missiles hit Kramatorsk station\n\n"
        "Russian forces struck the railway station in Kramatorsk, killing more than 30 people.\n\n"
        "Police said dozens of people were wounded at the station.\n\n"
        "{closing}\n"
    )
    reminder = "We will remind, that on April 7 the enemy struck a bridge near Barvinkove, killing 2 people."
    other_place = "On Thursday, rockets hit an overpass in Sloviansk, killing 2 people."
    for closing in (reminder, other_place):
        claims = extract_claims(_doc(story.format(closing=closing), "2022-04-08"))
        lead = [c for c in claims if c.text in ("more than 30 people", "dozens of people")]
        assert len(lead) == 2 and all(c.date is None for c in lead), [(c.text, c.date) for c in lead]


def test_eliminate_and_neutralise_in_any_tense_kill_but_not_a_threat_or_a_vow() -> None:
    freed = _one_sentence("Security forces rescue 40 hostages, eliminate 12 militants.")
    assert [(c.kind, c.text) for c in freed] == [("quantity", "40 hostages"), ("casualties", "12 militants")]
    assert _one_sentence("The new plan aims to eliminate the threat.") == []
    assert _one_sentence("Troops remain determined to eliminate the menace of terrorism.") == []


def test_hostages_rescued_past_the_words_that_describe_them_are_no_casualties() -> None:
    claims = _one_sentence(
        "Officials said 120 passengers held hostage in the bus by gunmen in the remote district were rescued."
    )
    assert [(c.kind, c.text) for c in claims] == [("quantity", "120 passengers")]


def test_a_count_opening_the_body_is_no_designator_of_a_title_ending_in_line_or_road() -> None:
    for title in ("Fighting along the front line", "Ambush on the main road"):
        claims = extract_claims(_doc(f"{title}\n\n12 soldiers were killed near the bridge.\n", "2025-03-12"))
        counts = [(c.kind, c.text, c.quantity.low) for c in claims if c.span.start > len(title)]
        assert counts == [("casualties", "12 soldiers", 12)]


def test_people_shot_are_casualties_not_a_force() -> None:
    claims = _one_sentence("“Other times, they shot 2 men on the spot,” a survivor said.")
    assert [(c.kind, c.text) for c in claims] == [("casualties", "2 men")]


def test_a_survivor_who_recounted_named_with_age_or_quoted_as_saying_is_who_a_later_he_is() -> None:
    text = (
        "Survivors recall the hijacking\n\n"
        "Rescued passenger Arslan Khan recounted the gunmen's violence. “Sometimes, they took soldiers and "
        "executed 4 of them,” he was quoted as saying by a news agency.\n\n"
        "“Other times, they shot 2 men on the spot,” he added.\n\n"
        "Freed hostage Bilal Ahmed, 31, suffered wounds and described how captives tried to escape.\n\n"
        "“Some succeeded, but 5 were shot dead,” he said.\n"
    )
    told = {c.text: c.attributed_to for c in extract_claims(_doc(text, "2025-03-14")) if c.quantity.low}
    assert told == {
        "4": "Rescued passenger Arslan Khan",
        "2 men": "Rescued passenger Arslan Khan",
        "5 were shot dead": "Freed hostage Bilal Ahmed",
    }


def test_a_role_opening_with_one_of_stays_with_the_name() -> None:
    claims = _one_sentence("Adam Musa, one of the few survivors, recounted that 30 men were shot dead.")
    assert [(c.text, c.attributed_to) for c in claims] == [("30 men", "Adam Musa, one of the few survivors")]


def test_a_side_named_after_while_acted_in_that_clause_only() -> None:
    claims = _one_sentence(
        "The siege left 21 civilians dead, while all 33 militants were killed in a final military operation "
        "in Pakistan.",
        "2025-03-14",
    )
    assert {c.text: c.actor for c in claims if c.quantity.low} == {
        "21 civilians": None,
        "33 militants": "Pakistani forces",
    }


def test_a_country_naming_where_a_hijack_or_war_happened_is_no_doer() -> None:
    claims = extract_claims(
        _doc("Pakistan train hijack: gunmen stormed a train\n\nBody text.\n", "2025-03-14")
    )
    assert claims and all(c.actor is None for c in claims), [(c.text, c.actor) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Rebels seized the airport of east Congo’s largest city Goma.", "Goma"),
        ("Rebels seized the airport of the largest city Goma.", "Goma"),
        ("Gunmen attacked a beach in the Somali capital Mogadishu, killing 32.", "Mogadishu"),
    ],
)
def test_a_settlement_named_right_after_its_noun_is_the_place(sentence: str, place: str) -> None:
    claims = _one_sentence(sentence, "2025-01-29")
    assert claims and all(c.place == place for c in claims), [(c.text, c.place) for c in claims]


def test_a_title_seizing_control_of_a_place_names_the_place_not_the_control() -> None:
    claims = _one_sentence("Rebels Seize Control of Goma Airport", "2025-01-29")
    assert [(c.kind, c.text, c.place) for c in claims] == [("capture", "Goma Airport", "Goma Airport")]


def test_a_place_falling_into_the_hands_of_a_side_is_no_target_named_for_the_side() -> None:
    claims = _one_sentence("The city has seen its airport fall into the hands of the M23 rebel group.")
    assert [(c.kind, c.rule, c.actor) for c in claims] == [("capture", "event:capture", "M23")]


def test_a_name_and_role_before_said_are_the_speaker_not_what_follows() -> None:
    claims = _one_sentence(
        "Tryphon Mulumba, chair of the Air Transport Authority, said the army remained in control of the "
        "airport."
    )
    assert [c.attributed_to for c in claims] == ["Tryphon Mulumba, chair of the Air Transport Authority"]


def test_a_capture_asked_about_or_a_condition_is_no_claim() -> None:
    assert (
        _one_sentence("It was not immediately clear if the rebel alliance had captured the whole city.") == []
    )
    assert _one_sentence("If the rebels seize Goma, the army will retreat to the south.") == []


def test_soldiers_handing_in_their_weapons_are_taken_and_a_border_country_is_no_doer() -> None:
    claims = _one_sentence(
        "Near the border with Rwanda, 100 soldiers had handed their weapons in to peacekeepers."
    )
    assert [(c.kind, c.text, c.actor) for c in claims] == [("casualties", "100 soldiers", None)]


def test_a_distance_has_no_doer_and_an_initialism_does_not_end_a_target() -> None:
    claims = _one_sentence("In Kinshasa, 1,600 km west of Goma, Russian troops attacked a U.N. compound.")
    assert [(c.kind, c.text, c.actor) for c in claims] == [
        ("quantity", "1,600 km", None),
        ("attack", "a U.N. compound", "Russian forces"),
    ]


def test_hundreds_of_thousands_of_displaced_people_are_a_population_not_a_toll() -> None:
    claims = _one_sentence(
        "Aid cannot reach hundreds of thousands of displaced people, after an offensive that left dead "
        "bodies in the streets."
    )
    assert [(c.kind, c.text) for c in claims if c.quantity.low] == [
        ("strength", "hundreds of thousands of displaced people")
    ]


def test_a_compass_region_after_a_camp_is_its_address_and_attacks_included_are_no_target() -> None:
    title = extract_claims(
        _doc("# Fires after RSF attack on Zamzam camp, North Darfur\n\nBody.\n", "2025-04-17")
    )
    assert [(c.kind, c.text) for c in title] == [("attack", "Zamzam camp")]
    listed = _one_sentence(
        "Days of shelling coincided with attacks on El Fasher city including RSF drone attacks."
    )
    assert [(c.kind, c.text) for c in listed] == [("attack", "El Fasher city")]


def test_reports_followed_by_a_speech_verb_are_the_speaker_not_their_adjective() -> None:
    claims = _one_sentence("Secondary reports claim between 60,000 and 80,000 households were displaced.")
    assert [(c.text, c.attributed_to) for c in claims] == [
        ("between 60,000 and 80,000 households", "Secondary reports")
    ]


def test_the_side_holding_a_place_described_is_no_doer() -> None:
    claims = _one_sentence(
        "The attack occurred near El Fasher, the last regional capital in Darfur still held by the army and "
        "a focal point of intensifying clashes."
    )
    assert claims and all(c.actor is None for c in claims), [(c.text, c.actor) for c in claims]


def test_a_siege_executed_kills_no_one_and_seizing_control_names_no_target() -> None:
    assert [
        c.kind for c in _one_sentence("The RSF executed a months-long siege on the famine-plagued area.")
    ] == ["attack"]
    seized = extract_claims(_doc("Darfur's Struggle as RSF Seizes Control\n\nBody.\n", "2025-04-19"))
    assert [(c.kind, c.rule) for c in seized] == [("capture", "event:capture")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The rebels in a statement on Facebook on Saturday said they had captured the hilltop camp.",
            "The rebels",
        ),
        (
            "The alliance, part of a coalition fighting the army, announced it had overrun the hilltop camp.",
            "The alliance",
        ),
        (
            "The general, without naming the town, stated that his troops had withdrawn from the camp.",
            "The general",
        ),
        (
            "The 8th brigade, alongside allied militias, claims to have taken control of the hilltop camp.",
            "The 8th brigade",
        ),
        ("Troops shelled 12 villages, said army spokesman Aung Kyaw on Aug 5.", "army spokesman Aung Kyaw"),
    ],
)
def test_where_when_and_with_whom_a_source_spoke_are_not_the_source(sentence: str, speaker: str) -> None:
    claims = _one_sentence(sentence, "2024-08-06")
    assert claims and {c.attributed_to for c in claims} == {speaker}, [
        (c.text, c.attributed_to) for c in claims
    ]


def test_the_doers_of_an_alliance_described_in_an_aside_are_not_the_doers() -> None:
    claims = _one_sentence(
        "The MNDAA, part of an alliance fighting the military, announced it had overrun the headquarters in "
        "Lashio.",
        "2024-08-06",
    )
    assert [(c.kind, c.actor) for c in claims] == [
        ("capture", "MNDAA")
    ]  # fighting, in the aside, is no event


def test_attacks_a_capture_opens_the_way_for_are_none_told() -> None:
    claims = _one_sentence(
        "The fall of the base opens the way for attacks on Pyin Oo Lwin and Mandalay, the analyst said."
    )
    assert not [c for c in claims if c.kind == "attack"]


def test_a_hyphened_figure_telling_a_manner_counts_nothing_and_one_telling_a_size_is_a_strength() -> None:
    claims = _one_sentence(
        "The rebels declared a one-sided truce while a three-pronged push by a 500-strong force began."
    )
    assert [(c.kind, c.subject, c.quantity.low) for c in claims if c.quantity.low] == [
        ("strength", "force", 500)
    ]


def test_how_far_apart_two_places_lie_is_undated_but_how_far_a_blast_reached_is_not() -> None:
    claims = _one_sentence(
        "Lashio, about 110 km south of the Chinese border, has been besieged since early July.", "2024-08-06"
    )
    (distance,) = [c for c in claims if c.kind == "quantity"]
    assert (distance.text, distance.date, distance.date_text) == ("about 110 km", None, None)
    blast = _one_sentence(
        "On Monday, the blast damaged homes as far as 300 meters from the epicentre.", "2024-08-06"
    )
    (reach,) = [c for c in blast if c.kind == "quantity"]
    assert reach.date.iso == "2024-08-05"


def test_a_group_ending_a_list_of_places_attacked_opens_a_clause_of_its_own() -> None:
    claims = _one_sentence(
        "The TNLA attacked Mogok, Nawnghkio and Hsipaw and the Mandalay PDF, which cooperated with the TNLA, "
        "carried out raids on police posts."
    )
    assert [c.text for c in claims if c.rule == "target:attack"] == ["Mogok", "Nawnghkio", "Hsipaw"]


def test_a_title_case_headline_places_a_capture_in_the_town_its_story_names() -> None:
    claims = extract_claims(
        _doc(
            "Rebel Forces Capture Key Military Base in Lashio\n\nFighting in Lashio went on.\n", "2024-08-05"
        )
    )
    (taken,) = [c for c in claims if c.kind == "capture"]
    assert (taken.text, taken.place) == ("Key Military Base in Lashio", "Lashio")


def test_the_side_owning_a_place_that_fell_is_not_who_took_it() -> None:
    (fallen,) = _one_sentence("The junta's North Eastern Command has fallen.")
    assert (fallen.kind, fallen.place, fallen.actor) == ("capture", "North Eastern Command", None)


def test_a_day_in_a_since_clause_about_the_wars_start_dates_no_later_event() -> None:
    claims = _one_sentence(
        "Russia has denied targeting civilians since it launched its full-scale attack on Ukraine on "
        "February 24. The air strike on the theatre in Mariupol stands out as the deadliest attack on "
        "civilians to date.",
        "2022-05-04",
    )
    (war,) = [c for c in claims if c.text == "Ukraine"]
    assert (war.date.iso, war.denied) == ("2022-02-24", False)  # the denial does not reach past 'since it'
    strike = [c for c in claims if c.text.startswith("The air strike")]
    assert strike and all(c.date is None for c in strike)


def test_a_figure_an_outlet_reports_a_second_source_says_is_that_sources() -> None:
    (toll,) = _one_sentence(
        "The BBC reports that local authorities say at least 2,400 people have been killed in Mariupol."
    )
    assert toll.attributed_to == "local authorities"


def test_a_place_named_with_the_war_gives_way_to_the_one_an_event_names() -> None:
    claims = _one_sentence(
        "Amid all the horrors that have unfolded in the war on Ukraine, the Russian bombing of the theatre "
        "in Mariupol on March 16 stands out.",
        "2022-05-04",
    )
    assert {c.place for c in claims if c.kind in ("attack", "cause")} == {"Mariupol"}
    (toll,) = _one_sentence("At least 10,000 civilians have been killed in the war in Ukraine.")
    assert toll.place == "Ukraine"  # the war's country, when the sentence names no other place


def test_a_bomb_dropped_is_an_attack_and_one_warded_off_or_done_previously_is_undated() -> None:
    claims = _one_sentence(
        "Russian forces dropped a bomb on a theatre on Wednesday. Shells have previously hit a maternity "
        "hospital. The word children was painted outside to ward off aerial attack.",
        "2022-03-17",
    )
    attacks = [(c.text.split()[0], c.date.iso if c.date else None) for c in claims if c.kind == "attack"]
    assert attacks == [("Russian", "2022-03-16"), ("Shells", None)]


def test_a_toll_no_one_knows_is_no_casualty_claim() -> None:
    claims = _one_sentence("The number of casualties was still unknown.")
    assert not [c for c in claims if c.kind == "casualties"]


def test_a_title_case_place_is_not_an_attack_named_in_it() -> None:
    claims = extract_claims(
        _doc(
            "300 Dead In Russian Strike On Ukraine Theatre Last Week\n\nRussian officials were silent.\n",
            "2022-03-25",
        )
    )
    assert claims and all(c.place is None for c in claims), [(c.text, c.place) for c in claims]


def test_a_five_word_name_is_a_place_whole() -> None:
    (survivors,) = _one_sentence(
        "The agency drew on accounts of 23 survivors at the Donetsk Academic Regional Drama Theatre."
    )
    assert survivors.place == "Donetsk Academic Regional Drama Theatre"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "A total of 287 students from the primary school in Kuriga, Kaduna State, were kidnapped on "
            "Thursday.",
            287,
        ),
        ("More than 280 schoolchildren had been rounded up and kidnapped by the armed group.", 281),
        ("A teacher said that about 280 pupils and teachers were whisked away by the gunmen.", 252),
        ("Insurgents abducted 200 internally displaced women in Borno State.", 200),
    ],
)
def test_people_abducted_are_counted_as_taken_past_the_words_that_describe_them(
    sentence: str, count: int
) -> None:
    (taken,) = [c for c in _one_sentence(sentence, "2024-03-08") if c.quantity.low]
    assert (taken.kind, taken.quantity.low) == ("casualties", count)


def test_a_headline_counts_people_abducted_in_the_present_or_without_an_auxiliary() -> None:
    for title, count in [
        ("Gunmen abduct 287 students in school attack", 287),
        ("289 pupils from school kidnapped", 289),
    ]:
        claims = extract_claims(_doc(f"{title}\n\nBody text.\n", "2024-03-08"))
        assert [(c.kind, c.quantity.low) for c in claims if c.quantity.low] == [("casualties", count)], title


def test_a_passive_capture_told_after_another_clause_does_not_make_a_force_prisoners() -> None:
    claims = _one_sentence(
        "The rebels, who are backed by an estimated 3,000 to 4,000 troops according to UN experts, had "
        "earlier captured Sake."
    )
    (force,) = [c for c in claims if c.quantity.low]
    assert force.kind == "strength"


def test_a_dash_ends_the_source_named_after_according_to() -> None:
    claims = _one_sentence(
        "Gunmen kidnapped over 280 students, according to a teacher and a resident — a tally that would make "
        "it one of the largest abductions."
    )
    assert {c.attributed_to for c in claims} == {"a teacher and a resident"}


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Police said nine suspects had been arrested by Sunday.", 9),
        ("Security forces detained 14 people in connection with the bombing of the market.", 14),
        ("Officers arrested the three men suspected of planting the device.", 3),
        ("Agents captured the two suspected attackers near the border.", 2),
        ("Prosecutors say a total of 6 people were detained after the shooting at the stadium.", 6),
    ],
)
def test_suspects_arrested_over_an_attack_are_a_count_not_its_casualties(sentence: str, count: int) -> None:
    (held,) = [c for c in _one_sentence(sentence) if c.quantity.low == count]
    assert held.kind == "quantity"


def test_hostages_taken_in_an_attack_and_soldiers_captured_stay_casualties() -> None:
    claims = _one_sentence(
        "The group claimed the attack, saying its fighters had taken 120 passengers hostage. Rebels captured "
        "35 soldiers at the outpost."
    )
    assert [(c.kind, c.quantity.low) for c in claims if c.quantity.low] == [
        ("casualties", 120),
        ("casualties", 35),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Investigative Committee of Russia showed the rifles with which gunmen attacked a crowd.",
        "Gunmen attacked a Moscow shopping mall, killing 12 people.",
        "Gunmen opened fire in the Kyiv Central Station, killing 12 people.",
        "Kyiv Central Station bombing: the toll rises to 12 dead.",
    ],
)
def test_a_city_or_country_named_as_a_place_or_a_body_is_not_the_doer(sentence: str) -> None:
    claims = _one_sentence(sentence, "2024-03-23")
    assert claims
    assert {c.actor for c in claims} == {None}


def test_the_attack_named_by_its_city_is_not_that_city_s_forces() -> None:
    claims = _one_sentence("Officials confirmed that the group was responsible for the Moscow bombing.")
    assert [c.actor for c in claims if c.kind == "attack"] == [None]


def test_a_group_claiming_an_attack_is_not_the_source_of_its_toll() -> None:
    claims = _one_sentence(
        "The bombing, claimed by a jihadist faction, left 31 people dead. An Islamist militia claimed "
        "responsibility for an assault that killed 16 villagers. Another faction claimed responsibility, "
        "saying its fighters had killed 22 guards."
    )
    counted = {c.quantity.low: c.attributed_to for c in claims if c.quantity.low}
    assert counted == {31: None, 16: None, 22: "Another faction"}
    attacks = [c.attributed_to for c in claims if c.kind == "attack"]
    assert "An Islamist militia" in attacks


@pytest.mark.parametrize(
    "sentence",
    [
        "Security camera footage captured the moment the roof collapsed.",
        "Investigators said forensic evidence relevant to the case was seized.",
    ],
)
def test_a_recording_or_evidence_taken_is_no_capture(sentence: str) -> None:
    assert [c for c in _one_sentence(sentence) if c.kind == "capture"] == []


def test_the_day_before_or_after_counts_from_the_day_just_written() -> None:
    claims = _one_sentence(
        "Rescuers kept searching the rubble on April 9 after the rocket attack that happened the day before."
    )
    assert [c.date.iso for c in claims if c.kind != "event_date"] == ["2025-04-08"]
    text = "Rebels took the bridge on 2 April.\n\nThe army shelled the bridge the next day."
    (shelled,) = [c for c in extract_claims(_doc(f"Heading\n\n{text}\n", "2025-04-18")) if c.kind == "attack"]
    assert shelled.date.iso == "2025-04-03"


def test_the_day_before_with_no_day_written_dates_nothing() -> None:
    claims = _one_sentence("Witnesses said the market was bombed the day before.")
    assert claims
    assert {c.date for c in claims} == {None}


def test_planning_an_attack_tells_no_attack() -> None:
    claims = _one_sentence("Officials learned that the cell was planning an attack on the capital.")
    assert [c for c in claims if c.kind == "attack"] == []


def test_a_day_declared_for_mourning_is_still_to_come_and_dates_nothing_after_it() -> None:
    text = (
        "Heading\n\nThe governor declared Monday a day of mourning.\n\nThe blast, the worst in the region in "
        "a decade, came weeks before the vote and killed 14 people.\n"
    )
    claims = extract_claims(_doc(text, "2025-04-19"))  # a Saturday
    (declared,) = [c for c in claims if c.kind == "event_date"]
    assert declared.date.iso == "2025-04-21"
    assert [c.date for c in claims if c.quantity.low == 14] == [None]


def test_a_year_before_an_event_s_name_dates_it() -> None:
    claims = _one_sentence("The 1998 Omagh car bombing, in which 29 people died, is still remembered.")
    assert {c.date.iso for c in claims if c.date} == {"1998"}
    assert [c.quantity.low for c in claims if c.kind == "casualties"] == [29]


def test_a_count_after_a_total_told_of_another_count_keeps_its_own_noun() -> None:
    claims = _one_sentence(
        "A total of 85 bodies were recovered from what officials described as four burial pits on Monday."
    )
    assert [(c.kind, c.quantity.low) for c in claims if c.quantity.low] == [("casualties", 85)]


def test_a_village_called_by_its_name_is_the_place() -> None:
    claims = _one_sentence("The raid took place on Tuesday night in a village called Dokoro, near a river.")
    assert {c.place for c in claims} == {"Dokoro"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Attacks by armed groups have increased in the north this year.",
        "Jihadist raids are increasingly common in border districts.",
        "Officials say the number of attacks has doubled since January.",
    ],
)
def test_a_trend_of_attacks_is_no_attack(sentence: str) -> None:
    assert [c for c in _one_sentence(sentence) if c.kind == "attack"] == []


def test_the_previous_night_counts_back_from_the_day_told_in_the_paragraph_before() -> None:
    text = (
        "Heading\n\nThe fighters came back to the town on Saturday evening.\n\nThe town had been raided the "
        "previous night by gunmen who killed 40 people.\n"
    )
    claims = extract_claims(_doc(text, "2025-04-21"))  # a Monday
    assert [c.date.iso for c in claims if c.quantity.low == 40] == ["2025-04-18"]


def test_hostages_rescued_are_a_count_not_casualties_in_a_headline_or_a_noun_phrase() -> None:
    for text in [
        "Three hostages rescued in dawn raid\n\nBody text.\n",
        "Two Captives Reunited With Families\n\nBody text.\n",
        "Heading\n\nCrowds welcomed the release of five hostages from the compound.\n",
    ]:
        claims = extract_claims(_doc(text, "2025-04-18"))
        assert [c.kind for c in claims if c.quantity.low] == ["quantity"], text


def test_people_still_held_are_counted_with_the_captured() -> None:
    claims = _one_sentence("About 80 hostages remain in the tunnels, with 20 believed dead.")
    assert [(c.kind, c.quantity.low) for c in claims if c.quantity.low] == [
        ("casualties", 72),
        ("casualties", 20),
    ]


def test_a_running_total_names_the_people_it_counts() -> None:
    claims = _one_sentence("The raid brought the total number of freed hostages to nine.")
    assert [(c.kind, c.subject, c.quantity.low) for c in claims] == [("quantity", "hostages", 9)]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Villagers buried their dead on Monday, with local officials saying 48 people were killed in the "
            "raid.",
            "local officials",
        ),
        (
            "The raid pushed past the 12,500 civilians that aid groups estimate have died in the war.",
            "aid groups",
        ),
        ("The agency said 90 people died, revising an earlier toll of 75 from the district office.", None),
    ],
)
def test_a_source_named_in_an_absolute_or_relative_clause_tells_its_count(sentence: str, source: str) -> None:
    claims = _one_sentence(sentence)
    if source is None:
        assert {c.quantity.low: c.attributed_to for c in claims if c.quantity.low} == {
            90: "The agency",
            75: "the district office",
        }
    else:
        assert {c.attributed_to for c in claims if c.quantity.low} == {source}


def test_a_source_in_a_relative_clause_does_not_tell_the_count_before_it() -> None:
    claims = _one_sentence(
        "Though it had only about 3,000 residents, the town is bigger than the villages that the rebels say "
        "they have taken."
    )
    assert [c.attributed_to for c in claims if c.quantity.low] == [None]


def test_an_aside_about_the_source_is_not_its_claim() -> None:
    claims = _one_sentence("The militia, which has about 2,000 fighters, has denied attacking the convoy.")
    assert [(c.kind, c.attributed_to) for c in claims if c.quantity.low] == [("strength", None)]


def test_a_second_teller_announced_in_a_relative_clause_tells_its_count() -> None:
    claims = _one_sentence(
        "The army announced its troops freed two captives in an operation which the health office said left "
        "35 people dead."
    )
    assert {c.quantity.low: c.attributed_to for c in claims if c.quantity.low} == {
        2: "The army",
        35: "the health office",
    }


def test_tens_of_people_is_at_least_twenty() -> None:
    (claim,) = [
        c for c in _one_sentence("The group says tens of prisoners died in the fire.") if c.quantity.low
    ]
    assert (claim.quantity.low, claim.quantity.high) == (20, None)


def test_the_day_a_war_was_ignited_is_not_the_story_s_day_nor_in_the_future() -> None:
    text = (
        "Heading\n\nThe toll showed the cost of the 5-month-long war ignited by the militia's Oct. 3 raid on "
        "the border posts.\n"
    )
    claims = extract_claims(_doc(text, "2025-03-09"))
    assert [c.date.iso for c in claims if c.date] == ["2024-10-03"]


@pytest.mark.parametrize(
    "sentence",
    [
        'The militia said its fighters took "complete control" of Kidal on Sunday.',
        "The commander said his units had established full control of Kidal.",
        "The town of Kidal came under complete Malian control on Sunday, the army said.",
        "Rebel leader claims total control of Kidal.",
    ],
)
def test_control_taken_with_a_degree_a_quote_or_a_nationality_is_a_capture(sentence: str) -> None:
    captures = [c for c in _one_sentence(sentence) if c.kind == "capture"]
    assert [c.place for c in captures] == ["Kidal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said the rebels do not abandon their demands.",
        "Aid is slow to reach people in occupied and besieged areas of the province.",
    ],
)
def test_abandoned_aims_and_occupied_areas_described_are_no_capture(sentence: str) -> None:
    assert [c for c in _one_sentence(sentence) if c.kind == "capture"] == []


def test_a_garrison_abandoning_its_base_is_still_a_capture() -> None:
    (capture,) = [
        c for c in _one_sentence("The garrison abandoned the hilltop base on Monday.") if c.kind == "capture"
    ]
    assert capture.date.iso == "2025-04-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "Toll in Ukraine station strike rises to 12, including two children: governor",
        "Ukraine's national rail operator said the strike on the depot killed 12 workers.",
        "The strike killed 12 people waiting for trains out of east Ukraine.",
    ],
)
def test_a_country_named_as_where_or_as_a_company_s_owner_did_not_strike(sentence: str) -> None:
    (toll,) = [c for c in _one_sentence(sentence, "2022-05-02") if c.quantity.low == 12]
    assert toll.actor is None


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        ("The governor said the death toll rose from an initial count of 21.", [21]),
        ("The death toll climbed from 21 to 26, officials said.", [21, 26]),
        ("The death toll has risen to 26, up from 21 on Monday.", [26, 21]),
        ("The number of people killed grew from 21 on Monday, officials said.", [21]),
    ],
)
def test_the_count_a_toll_rose_from_is_a_count_of_the_dead(sentence: str, tolls: list[int]) -> None:
    claims = [c for c in _one_sentence(sentence, "2022-05-04") if c.kind == "casualties"]
    assert [c.quantity.low for c in claims] == tolls
    assert {c.subject for c in claims} == {"people"}


def test_the_day_of_the_earlier_count_is_not_the_new_one_s() -> None:
    text = (
        "Heading\n\nFighting went on around the port on Tuesday.\n\n"
        "The death toll has risen to 26, up from 21 on Monday.\n"
    )
    claims = extract_claims(_doc(text, "2022-05-04"))
    dates = {c.quantity.low: c.date.iso if c.date else None for c in claims if c.kind == "casualties"}
    assert dates == {26: None, 21: "2022-05-02"}


@pytest.mark.parametrize(
    "text",
    [
        "Shelling of the market killed at least 17 people.\n\nThree of them were children, the mayor said.",
        "The death toll rose to 17.\n\nOf these, three are children.",
    ],
)
def test_people_counted_among_the_dead_of_the_sentence_before_are_casualties(text: str) -> None:
    claims = extract_claims(_doc(f"Heading\n\n{text}\n", "2022-05-04"))
    children = [c for c in claims if c.subject == "children"]
    assert [(c.kind, c.quantity.low) for c in children] == [("casualties", 3)]


def test_people_counted_among_a_crowd_are_not_casualties() -> None:
    text = "Heading\n\nThousands gathered at the square.\n\nOf these, 300 were children.\n"
    assert [c for c in extract_claims(_doc(text, "2022-05-04")) if c.kind == "casualties"] == []


@pytest.mark.parametrize(
    ("sentence", "teller"),
    [
        (
            "At least 14 people died, the regional governor said, according to Reuters.",
            "the regional governor",
        ),
        (
            '"Nine people are in hospital," said Mayor Ivan Petrenko according to the AP.',
            "Mayor Ivan Petrenko",
        ),
        ("At least 14 people died, according to the regional governor.", "the regional governor"),
    ],
)
def test_a_speaker_relayed_by_an_agency_is_the_claim_s_source(sentence: str, teller: str) -> None:
    (claim,) = [c for c in _one_sentence(sentence) if c.quantity.low]
    assert claim.attributed_to == teller


def test_a_distance_in_yards_is_a_quantity() -> None:
    (distance,) = [c for c in _one_sentence("A shell landed 200 yards from the school.") if c.quantity.low]
    assert (distance.kind, distance.subject, distance.quantity.low) == ("quantity", "yards", 200)


@pytest.mark.parametrize(
    "sentence",
    [
        "Another 40 regime troops also surrendered near the river, the rebels said.",
        "In the end, hundreds of soldiers guarding Hpakant, a jade-mining town, surrendered.",
        "Commander Zaw Win surrendered to the KIA’s Brigade 3, according to a statement.",
        '"I heard that they surrendered yesterday," a resident said.',
    ],
)
def test_people_surrendering_take_no_place(sentence: str) -> None:
    assert [c for c in _one_sentence(sentence) if c.kind == "capture"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The town of Hpakant surrendered to the KIA on Monday.",
        "The garrison surrendered the base to the KIA on Monday.",
    ],
)
def test_a_place_surrendered_is_a_capture(sentence: str) -> None:
    (capture,) = [c for c in _one_sentence(sentence) if c.kind == "capture"]
    assert capture.date.iso == "2025-04-14"


@pytest.mark.parametrize(
    ("sentence", "low"),
    [
        ("Hundreds of regime troops surrender as KIA takes Hpakant", 200),
        ("The KIA captured the camp after the surrender of nearly 300 junta soldiers.", 270),
        ("A total of 120 junta troops, including 12 officers, turned themselves in, the KIA said.", 120),
    ],
)
def test_troops_who_surrender_are_counted_as_taken(sentence: str, low: int) -> None:
    (count,) = [c for c in _one_sentence(sentence) if c.quantity.low == low]
    assert count.kind == "casualties"


def test_the_first_of_a_pair_of_abbreviated_sides_is_the_doer() -> None:
    (capture,) = [
        c
        for c in _one_sentence("The KIA-PDF alliance seized the military’s Nam Hpat base on Monday.")
        if c.kind == "capture"
    ]
    assert capture.actor == "KIA"


@pytest.mark.parametrize(
    "sentence",
    [
        "Trucks and more than 50 pieces of artillery were also captured, the KIA said.",
        "A video showed fighters with rifles and grenades, which they seized from soldiers.",
        "Nine soldiers were killed and a large number of weapons seized.",
    ],
)
def test_weapons_taken_are_no_capture_of_a_place(sentence: str) -> None:
    assert [c for c in _one_sentence(sentence) if c.kind == "capture"] == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Rebels attacked the town of Hsipaw a few weeks ago.", "Hsipaw"),
        ("The junta has lost large areas of Shan State bordering China to the rebels.", "Shan State"),
    ],
)
def test_a_target_s_name_ends_before_when_and_what_it_borders(sentence: str, place: str) -> None:
    (target,) = [c for c in _one_sentence(sentence) if c.rule.startswith("target:")]
    assert target.place == place


def test_operations_yet_to_begin_count_no_attacked_places() -> None:
    (count,) = _one_sentence("Allied forces will begin operations in two nearby townships, the group said.")
    assert count.kind == "quantity"


def test_formations_counted_as_a_clause_s_subject_are_a_force() -> None:
    claims = _one_sentence("The 30 junta battalions are conducting operations in the area.")
    assert [(c.kind, c.quantity.low) for c in claims if c.quantity.low] == [("strength", 30)]


def test_a_country_naming_whose_forces_is_not_where_they_surrendered() -> None:
    claims = _one_sentence("Hundreds of Myanmar junta troops surrender as rebels capture base near Hpakant")
    assert {c.place for c in claims} == {"Hpakant"}


def test_a_number_word_opening_a_name_counts_nothing() -> None:
    claims = _one_sentence("The Four Rivers Alliance took control of the town of Namtu on Monday.")
    assert [c.quantity.low for c in claims if c.quantity.low] == []
    assert [c.place for c in claims if c.kind == "capture"] == ["Namtu"]


def test_a_currency_s_letters_place_nothing() -> None:
    claims = _one_sentence("Each fighter was paid 500,000 kyat (around US$240) by the group.")
    assert {c.place for c in claims} == {None}


def test_displaced_people_killed_are_casualties() -> None:
    (count,) = [
        c
        for c in _one_sentence("At least nine displaced villagers were killed by shelling.")
        if c.quantity.low
    ]
    assert (count.kind, count.quantity.low, count.quantity.high) == ("casualties", 9, None)


def test_troops_putting_down_their_arms_are_taken_and_the_source_ends_before_a_comment() -> None:
    sentence = (
        "About 300 regime soldiers put down their arms, according to local residents in what is the "
        "biggest defeat for the army this year."
    )
    (count,) = [c for c in _one_sentence(sentence) if c.quantity.low]
    assert (count.kind, count.attributed_to) == ("casualties", "local residents")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The rebels ended the siege by taking control of Hsipaw, a key town on the highway.", "Hsipaw"),
        ("The KIA has taken over the police barracks in Hpakant, a resident said.", "Hpakant"),
    ],
)
def test_taking_control_of_a_place_and_taking_over_a_police_site_are_captures(
    sentence: str, place: str
) -> None:
    (capture,) = [c for c in _one_sentence(sentence) if c.kind == "capture"]
    assert capture.place == place


def test_a_headquarters_surrendering_is_a_capture_whatever_troops_its_clause_names() -> None:
    sentence = (
        "The army headquarters in Hpakant, which had gathered hundreds of soldiers from nearby camps, "
        "surrendered to the KIA on Monday."
    )
    (capture,) = [c for c in _one_sentence(sentence) if c.kind == "capture"]
    assert (capture.date.iso, capture.actor) == ("2025-04-14", "KIA")


@pytest.mark.parametrize(
    "sentence",
    [
        "The army lost Hsipaw to the TNLA on Monday.",
        "The military surrendered its command post in Hsipaw to the TNLA on Monday.",
        "The TNLA, an ethnic army battling the junta, killed 20 people after seizing Hsipaw.",
    ],
)
def test_the_side_a_place_is_given_up_to_is_its_taker(sentence: str) -> None:
    (capture,) = [c for c in _one_sentence(sentence) if c.kind == "capture"]
    assert capture.actor == "TNLA"


def test_regaining_a_place_lost_to_a_side_before_is_not_that_side_s_capture() -> None:
    claims = _one_sentence(
        "The army said it had regained control of Hsipaw, a town lost to the TNLA last year."
    )
    assert [c.actor for c in claims if c.kind == "capture"] == ["junta", "TNLA"]  # then the TNLA's


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The troops left behind thousands of 120mm shells and two tanks.", "quantity"),
        ("The army fired 200 shells at the town on Monday.", "attack"),
    ],
)
def test_shells_are_attacks_only_when_fired(sentence: str, kind: str) -> None:
    shells = [c for c in _one_sentence(sentence) if c.subject == "shells"]
    assert [c.kind for c in shells] == [kind]


def test_many_forces_are_people_and_two_forces_are_sides() -> None:
    claims = _one_sentence(
        "Hundreds of government forces are stationed in the town, where the two forces clashed."
    )
    assert [(c.kind, c.quantity.low) for c in claims if c.quantity.low] == [("strength", 200)]


@pytest.mark.parametrize(
    ("phrase", "published", "day"),
    [
        ("on Palm Sunday", "2024-04-02", "2024-03-24"),  # Easter 2024 fell on March 31
        ("on Good Friday", "2024-04-02", "2024-03-29"),
        ("on Orthodox Easter Sunday", "2024-05-07", "2024-05-05"),
        ("on Christmas Day", "2024-01-03", "2023-12-25"),  # the last one before the story
        ("on New Year's Eve", "2024-01-03", "2023-12-31"),
    ],
)
def test_a_feast_day_is_dated_by_its_own_calendar(phrase: str, published: str, day: str) -> None:
    (mention,) = find_dates(phrase, 0, len(phrase), PartialDate.parse(published), None)
    assert mention.date.iso == day


def test_a_toll_told_as_lives_claimed_on_a_day_happened_that_day() -> None:
    claims = _one_sentence(
        "A drone strike on Tuesday claimed the lives of 14 people in Kherson.", "2025-03-06"
    )
    assert {(c.date.iso, c.date_end) for c in claims} == {("2025-03-04", None)}


def test_a_feast_or_a_season_named_after_of_is_no_place() -> None:
    claims = _one_sentence(
        "Shells hit the market as crowds gathered, at the start of the Christian Holy Week."
    )
    assert {c.place for c in claims} == {None}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A missile strike killed 12 people in Ukraine’s southern city of Kherson on Monday.", "Kherson"),
        (
            "The attack followed a strike on the governor’s hometown of Nikopol that killed nine people.",
            "Nikopol",
        ),
    ],
)
def test_a_settlement_named_after_its_owner_places_the_count(sentence: str, place: str) -> None:
    (count,) = [c for c in _one_sentence(sentence) if c.quantity.low]
    assert count.place == place


@pytest.mark.parametrize(
    "sentence",
    [
        "The dead included three children, the State Emergency Service of Ukraine said.",
        "Ukraine’s Internal Affairs Minister Ihor Klymenko said that 40 people were injured.",
        "Sumy, Ukraine A Russian strike on the city center killed 20 people on Sunday.",
    ],
)
def test_a_country_named_in_a_teller_s_title_or_a_dateline_is_not_the_killer(sentence: str) -> None:
    counts = [c for c in _one_sentence(sentence) if c.quantity.low]
    assert counts and all(c.actor != "Ukrainian forces" for c in counts)


@pytest.mark.parametrize(
    "sentence",
    [
        "In a new escalation of the war in Ukraine, Russian missiles struck Kherson, killing 14 people.",
        "Russian Missiles Kill 14 In Deadliest Strike On Kherson",
    ],
)
def test_a_nationality_s_missiles_are_its_forces_after_a_country_and_in_a_headline(sentence: str) -> None:
    (count,) = [c for c in _one_sentence(sentence) if c.quantity.low == 14]
    assert count.actor == "Russian forces"


def test_a_longer_side_name_opening_on_a_short_one_s_last_word_is_the_side() -> None:
    (capture,) = [
        c
        for c in _one_sentence("The State Administration Council seized the town of Kutkai.")
        if c.kind == "capture"
    ]
    assert capture.actor == "junta"


def test_a_passive_agent_ends_at_its_clause_s_verb_and_a_role_before_a_name_is_the_source() -> None:
    (count,) = _one_sentence(
        "Findings cited by the Prosecutor General’s Office confirmed the death toll at 21."
    )
    assert count.attributed_to == "the Prosecutor General’s Office"
    claims = _one_sentence(
        "The head of the regional council, Oleh Hryhorov, said the strike used cluster munitions."
    )
    assert [(c.kind, c.attributed_to) for c in claims] == [
        ("cause", "The head of the regional council, Oleh Hryhorov")
    ]


def test_harm_aimed_at_and_a_struggle_to_put_out_fire_are_no_events() -> None:
    aimed = _one_sentence(
        "The shelling was an attempt to kill as many people as possible, the governor said."
    )
    assert [c.kind for c in aimed] == ["attack"]  # the shelling, but no one told killed
    assert _one_sentence("Firefighters were fighting to extinguish the blaze in the market.") == []
    assert [c.kind for c in _one_sentence("Troops were fighting to control the town.")] == ["attack"]


def test_a_count_of_places_with_its_own_passive_verb_is_of_that_verb_s_kind() -> None:
    sentence = (
        '"Our flags are back after the ongoing defence operation, 12 villages were liberated," he said.'
    )
    (count,) = [c for c in _one_sentence(sentence) if c.quantity.low]
    assert (count.kind, count.quantity.low) == ("capture", 12)


def test_a_withdrawal_of_forces_gives_up_the_places_listed_but_an_order_to_withdraw_does_not() -> None:
    done = _one_sentence(
        "Moscow announced the withdrawal of its forces from the east bank, including the town of Oleshky."
    )
    assert [(c.kind, c.place, c.actor) for c in done if c.kind == "capture"] == [("capture", "Oleshky", None)]
    ordered = _one_sentence("The minister ordered the withdrawal of troops from Oleshky on Monday.")
    assert [c for c in ordered if c.kind == "capture"] == []


def test_a_side_telling_what_its_troops_were_doing_is_their_doer() -> None:
    sentence = (
        "Ukraine said Friday that its troops were spreading out in the southern city of Oleshky and retaking "
        "control of the district capital from Russian forces after months of fighting."
    )
    (capture,) = [c for c in _one_sentence(sentence) if c.kind == "capture"]
    assert capture.actor == "Ukrainian forces"


def test_the_killed_counted_as_a_noun_are_the_dead() -> None:
    claims = _one_sentence('"Rescuers on the scene report dozens of killed and injured", wrote the governor.')
    assert [(c.text, c.quantity.low, c.quantity.high, c.attributed_to) for c in claims] == [
        ("dozens of killed", 24, None, "the governor")
    ]


def test_a_source_may_follow_wrote_or_added_after_a_quote() -> None:
    (claim,) = _one_sentence('"Rescuers found 12 bodies in the rubble," added Mayor Ivan Petrenko.')
    assert claim.attributed_to == "Mayor Ivan Petrenko"


def test_occupiers_and_invaders_of_a_country_are_its_forces() -> None:
    (attack,) = _one_sentence("Russian occupiers shelled the village of Pisky overnight.")
    assert attack.actor == "Russian forces"


def test_a_count_of_things_that_carried_people_counts_no_people() -> None:
    claims = _one_sentence("Three buses that were carrying the civilians were stopped at the checkpoint.")
    assert [c for c in claims if c.kind.value == "strength"] == []


def test_a_couple_of_dozen_is_about_two_dozen() -> None:
    claims = _one_sentence("A couple of dozen people were killed and a couple hundred were wounded.")
    assert [(c.text, c.quantity.low, c.quantity.high) for c in claims] == [
        ("A couple of dozen people", 22, 26),
        ("a couple hundred were wounded", 180, 220),
    ]
    (pair,) = _one_sentence("A couple of soldiers were killed.")
    assert (pair.quantity.low, pair.quantity.high) == (2, 2)


def test_a_denial_does_not_reach_past_since_and_a_gerund() -> None:
    (dated,) = _one_sentence("Moscow has denied targeting civilians since invading Ukraine in February.")
    assert (dated.kind.value, str(dated.date), dated.denied) == ("event_date", "2025-02", False)


def test_a_day_a_scene_is_likened_to_dates_no_later_count() -> None:
    claims = _one_sentence(
        'He said: "It was crowded, just like it was yesterday." Later he saw "a couple dozen casualties."',
        "2022-04-08",
    )
    assert [(c.text, c.date) for c in claims] == [("a couple dozen casualties", None)]
    (told,) = _one_sentence("As early as Monday, troops shelled the town.", "2022-04-08")
    assert str(told.date) == "2022-04-04"


def test_harmed_counted_after_their_noun_with_totaling_or_numbering() -> None:
    claims = _one_sentence(
        "The casualties in the strike, totaling 85 according to a resident, included women."
    )
    assert [(c.kind.value, c.text, c.quantity.low, c.attributed_to) for c in claims] == [
        ("casualties", "85", 85, "a resident")
    ]
    claims = _one_sentence(
        "Bombs fell on the village, resulting in the deaths and injured numbering about 50."
    )
    assert [(c.text, c.quantity.low, c.quantity.high) for c in claims if c.kind.value == "casualties"] == [
        ("about 50", 45, 55)
    ]


def test_a_day_between_the_source_and_its_verb_is_not_the_source() -> None:
    claims = _one_sentence("The State Government yesterday said a drone killed 12 people.", "2023-12-05")
    assert {c.attributed_to for c in claims} == {"The State Government"}


def test_a_named_person_and_another_role_is_one_source() -> None:
    (claim,) = _one_sentence(
        "Husseini Ibrahim, another resident, disclosed losing 13 relatives in the strike."
    )
    assert (claim.text, claim.attributed_to) == ("13 relatives", "Husseini Ibrahim, another resident")


def test_a_campaign_against_a_kind_of_enemy_or_a_habit_is_no_attack() -> None:
    assert (
        _one_sentence("He urged citizens to support the army in the battle against terrorists and bandits.")
        == []
    )
    assert _one_sentence("The military, in its fight against extremism, often conducts air raids.") == []
    (told,) = _one_sentence("Troops fought against militants in Palma on Monday.")
    assert told.kind.value == "attack"


def test_a_count_with_more_before_the_harm_verb_is_a_toll() -> None:
    claims = _one_sentence(
        "A strike killed 39 civilians in Nasarawa, and dozens more killed in Zamfara in May."
    )
    assert [(c.text, c.quantity.low, c.place) for c in claims if c.kind.value == "casualties"] == [
        ("39 civilians", 39, "Nasarawa"),
        ("dozens", 24, "Zamfara"),
    ]


def test_news_said_to_allege_what_the_speaker_calls_false_is_denied() -> None:
    claims = _one_sentence(
        '"The news alleging that air force jets killed civilians in Kaduna is false," he said.'
    )
    assert claims and all(c.denied for c in claims)


def test_a_surname_after_the_full_name_is_that_source() -> None:
    claims = extract_claims(
        _doc(
            "Heading of the story\n\nSani Abdullahi, a teacher at the school, told officials they were still"
            ' counting. "At the school, 187 children are unaccounted for," Abdullahi disclosed.\n',
            "2024-03-08",
        )
    )
    assert [(c.text, c.attributed_to) for c in claims] == [
        ("187 children", "Sani Abdullahi, a teacher at the school")
    ]


def test_a_count_after_a_killing_by_soldiers_is_the_dead_not_their_strength() -> None:
    (toll,) = [c for c in _one_sentence("Rights group: Army, foreign soldiers kill 300") if c.text == "300"]
    assert (toll.kind.value, toll.quantity.low) == ("casualties", 300)
    (quoted,) = _one_sentence("The military and suspected mercenaries killed “300” in Moura.")
    assert (quoted.kind.value, quoted.text, quoted.place) == ("casualties", "300", "Moura")


def test_more_after_a_count_counts_the_same_noun() -> None:
    claims = _one_sentence("The statement said the army had killed 203 terrorists and arrested 51 more.")
    assert [(c.text, c.quantity.low, c.subject) for c in claims] == [
        ("203 terrorists", 203, "terrorists"),
        ("51", 51, "terrorists"),
    ]


def test_a_faith_named_in_capitals_is_no_place() -> None:
    (claim,) = _one_sentence("Twelve soldiers were killed in the conflict against Islamic extremists.")
    assert claim.place is None


def test_fighters_and_mercenaries_of_a_country_are_its_forces_and_a_killer_is_named() -> None:
    claims = _one_sentence("Russian fighters shot dead most of those killed in the town.")
    assert {c.actor for c in claims} == {"Russian forces"}
    (killed,) = _one_sentence("Junta soldiers were killed in the town.")
    assert killed.actor is None


def test_over_a_number_of_days_is_during_them() -> None:
    (span,) = _one_sentence("The massacre was perpetrated over four days in the town.")
    assert (span.text, span.quantity.low, span.quantity.high) == ("four days", 4, 4)
    (more,) = _one_sentence("The siege of the town lasted over ten days.")[-1:]
    assert (more.text, more.quantity.low) == ("over ten days", 11)


def test_a_possible_killing_tells_no_casualties() -> None:
    assert _one_sentence("Diplomats raised concerns about the possible killing of civilians in Moura.") == []


def test_a_side_admitting_to_a_killing_is_its_doer() -> None:
    (claim,) = _one_sentence("On Saturday, Mali's military admitted to killing over 200 terrorists.")
    assert claim.actor == "Malian forces"


def test_an_event_told_as_recent_takes_no_day_from_the_statement() -> None:
    claims = _one_sentence(
        "Soldiers recently killed an estimated 300 men in Moura, a rights group said Tuesday. "
        "Soldiers killed 12 people in Diafarabe, officials said Tuesday.",
        "2022-04-05",
    )
    assert [(c.text, c.date, c.date_end) for c in claims] == [
        ("an estimated 300 men", None, None),
        ("12 people", PartialDate.parse("2022-04-02"), PartialDate.parse("2022-04-05")),
    ]


def test_men_rounded_up_and_shot_are_taken_not_a_force() -> None:
    claims = _one_sentence("Troops rounded up several hundred men and shot dead about 300 of them.")
    assert [(c.kind.value, c.text) for c in claims] == [
        ("casualties", "several hundred men"),
        ("casualties", "about 300"),
    ]


def test_people_buried_in_mass_graves_are_the_dead() -> None:
    (claim,) = _one_sentence("Almost 300 people have been buried in a mass grave in Bucha, its mayor said.")
    assert (claim.kind.value, claim.quantity.low, claim.quantity.high, claim.place) == (
        "casualties",
        270,
        300,
        "Bucha",
    )


def test_a_country_a_place_was_retaken_from_is_not_where_it_is() -> None:
    (capture,) = _one_sentence("The army retook control of the key town from Russia on Saturday.")
    assert capture.place is None
    (left,) = _one_sentence("The last troops withdrew from Afghanistan on Monday.")
    assert left.place == "Afghanistan"


def test_a_source_named_with_a_possessive_role_keeps_what_it_said_out() -> None:
    claims = _one_sentence(
        "Anatoly Fedoruk, Bucha’s mayor, said the corpses of men, women and children had been found across "
        "the streets on Saturday.",
        "2022-04-02",
    )
    assert claims and {c.attributed_to for c in claims} == {"Anatoly Fedoruk, Bucha’s mayor"}


def test_an_editors_brackets_and_where_a_reporter_files_from_are_not_the_source_or_place() -> None:
    claims = _one_sentence(
        '"According to the mayor [the dead people] were simply gunned down," said the correspondent, '
        "reporting from Lviv."
    )
    assert claims and {(c.attributed_to, c.place) for c in claims} == {("the mayor", None)}


def test_a_count_of_places_withdrawn_from_is_a_capture_count() -> None:
    (claim,) = _one_sentence("Russian forces withdrew from 30 villages around the capital.")
    assert (claim.kind.value, claim.quantity.low) == ("capture", 30)
    claims = _one_sentence("About 3,000 people from 10 villages fled.")
    assert [c.kind.value for c in claims if c.text == "10 villages"] == ["quantity"]


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Two or three people were killed.", "Two or three people", 2, 3),
        ("Ten or more soldiers died.", "Ten or more soldiers", 10, None),
    ],
)
def test_counts_joined_by_or(sentence: str, text: str, low: int, high: int | None) -> None:
    (claim,) = _one_sentence(sentence)
    assert (claim.text, claim.quantity.low, claim.quantity.high) == (text, low, high)


def test_a_capital_as_a_distance_marker_is_no_doer() -> None:
    claims = _one_sentence("Also, 20 kilometers from Kyiv, are the bodies of five dead women.")
    assert [(c.text, c.actor) for c in claims] == [("20 kilometers", None), ("five dead women", None)]


def test_those_who_buried_the_dead_are_not_their_killers() -> None:
    (claim,) = _one_sentence("Ukrainian forces have buried hundreds of people in a mass grave in Bucha.")
    assert (claim.kind.value, claim.quantity.low, claim.actor) == ("casualties", 200, None)
    (outside,) = _one_sentence("Almost 300 people were buried in a town outside the Ukrainian capital Kyiv.")
    assert (outside.quantity.low, outside.actor) == (270, None)


@pytest.mark.parametrize(
    ("sentence", "place", "actor"),
    [
        ("The rebel army has declared control over the river port of Kyauktaw.", "Kyauktaw", None),
        ("The KIA announced its control over the town of Sumprabum on Tuesday.", "Sumprabum", "KIA"),
        ("The TNLA has claimed unchallenged control over the Namhsan township.", "Namhsan township", "TNLA"),
        ("Rebels declared their takeover of Mrauk-U, an old royal capital.", "Mrauk-U", None),
        ("A spokesman announced the conquest of Minbya on late Saturday.", "Minbya", None),
        ("Kyaukme is the second township reported to fall to the TNLA.", "Kyaukme", "TNLA"),
        ("Hsipaw became the latest town to fall under the TNLA's control.", "Hsipaw", "TNLA"),
        ("The last garrison, Nansang, was seized on Friday.", "Nansang", None),
    ],
)
def test_control_declared_and_falls_are_captures(sentence: str, place: str, actor: str | None) -> None:
    (claim,) = [c for c in _one_sentence(sentence, "2024-03-20") if c.kind.value == "capture"]
    assert (claim.place, claim.actor) == (place, actor)
    assert (
        claim.attributed_to is None or "reported" not in claim.attributed_to
    )  # 'Kyaukme is the second' tells nothing


def test_every_place_listed_before_a_passive_capture_is_taken() -> None:
    claims = _one_sentence("Momauk, Mansi and Shwegu were also captured by the KIA.")
    assert [(c.place, c.actor) for c in claims] == [("Momauk", "KIA"), ("Mansi", "KIA"), ("Shwegu", "KIA")]


def test_control_over_a_count_is_no_hedge_and_its_announcer_took_them() -> None:
    (claim,) = _one_sentence("The KIA declared control over eleven junta outposts.")
    assert (claim.kind.value, claim.quantity.low, claim.quantity.high) == ("capture", 11, 11)
    (claim,) = _one_sentence("The TNLA announced the capture of four junta bases.")
    assert (claim.kind.value, claim.quantity.low, claim.actor) == ("capture", 4, "TNLA")
    (claim,) = _one_sentence("The rebel army seized Mongmit.")
    assert (claim.place, claim.actor) == ("Mongmit", None)


def test_neighbouring_countries_and_a_headline_participle_are_no_places_taken() -> None:
    claims = _one_sentence("Rebels seize the hill township of Mongko bordering China and Laos.")
    assert [(c.place, c.actor) for c in claims] == [("Mongko", None)]
    headline = "Rebels Seize Border Town of Mawlu, Ending Truce\n\nThe story.\n"
    claims = extract_claims(_doc(headline, "2024-03-20"))
    assert [c.text for c in claims] == ["Border Town of Mawlu"]
    claims = _one_sentence(
        "The rebels now control every post along the township's border crossings with Laos."
    )
    assert [c.actor for c in claims if c.kind.value == "capture"] == [None]


def test_a_place_taken_as_the_subject_of_another_clause_has_no_taker_after_it() -> None:
    (claim,) = _one_sentence("The capture of Mindat deals a blow to the challenges faced by the junta.")
    assert (claim.text, claim.place, claim.actor) == ("Mindat", "Mindat", None)
    (claim,) = _one_sentence("“The seizure of Falam will ease rebel supply lines,” said one analyst.")
    assert (claim.text, claim.actor) == ("Falam", None)


def test_a_date_in_a_since_phrase_dates_its_own_event_not_the_capture() -> None:
    claims = _one_sentence(
        "The rebels have declared control over Mindat, a blow to the junta since its coup against the "
        "elected government in 2021.",
        "2024-03-20",
    )
    assert [(c.place, c.date) for c in claims if c.kind.value == "capture"] == [("Mindat", None)]
    claims = extract_claims(
        _doc(
            "Heading\n\nThe rebels ended a truce that had held since the coup in 2021. The rebels now claim "
            "control of the Mindat township.\n",
            "2024-03-20",
        )
    )
    assert [(c.place, c.date) for c in claims if c.kind.value == "capture"] == [("Mindat township", None)]


def test_a_toll_not_reported_is_no_casualty_claim_and_a_population_exceeding_is_counted() -> None:
    assert _one_sentence("The number of casualties has not been reported.") == []
    (claim,) = _one_sentence("The township had a population exceeding 52,000.")
    assert (claim.kind.value, claim.quantity.low, claim.quantity.high) == ("strength", 52001, None)


def test_a_country_after_an_appositive_is_where_the_place_lies() -> None:
    claims = _one_sentence("The rebels announced the seizure of Falam, a town in Chin State, Myanmar.")
    assert [c.place for c in claims] == ["Falam"]
    claims = _one_sentence("Iran launched drones at Israel, Jordan and Iraq.")
    assert [c.place for c in claims if c.kind.value == "attack"] == ["Israel", "Jordan", "Iraq"]


def test_a_clock_time_before_a_time_zone_ends_no_sentence_and_names_no_teller() -> None:
    claims = _one_sentence(
        "The tanker was hit 40 nautical miles off Mokha at about 8:15 a.m. GMT on Tuesday, its owner said.",
        "2024-03-06",
    )
    assert {
        (c.attributed_to, c.date.iso if c.date else None) for c in claims if c.kind.value == "attack"
    } == {("its owner", "2024-03-05")}


def test_the_tellers_counted_are_not_the_harmed() -> None:
    claims = _one_sentence(
        "Three Western officials, speaking to reporters on condition of anonymity as they were not allowed "
        "to brief the press, said the drone strike killed four of the crew."
    )
    assert [(c.text, c.attributed_to) for c in claims if c.kind.value == "casualties"] == [
        ("four of the crew", "Three Western officials")
    ]


def test_a_later_since_clause_dates_the_earlier_campaign_not_the_claim() -> None:
    claims = _one_sentence(
        "The strike on the tanker left one sailor dead, officials said, the first death since the rebels "
        "began targeting ships last year.",
        "2024-03-06",
    )
    assert [(c.text, c.date) for c in claims if c.kind.value == "casualties"] == [("one sailor", None)]
    claims = _one_sentence("More than 4,000 people have died since the war began in 2022.", "2024-03-06")
    (tally,) = [c for c in claims if c.kind.value == "casualties"]
    assert (tally.date.iso, tally.date_end.iso) == ("2022", "2024-03-06")


def test_seas_and_named_vessels_are_placed_by_their_full_names() -> None:
    claims = _one_sentence("One sailor was killed when a drone hit a ship in the Bay of Bengal.")
    assert {c.place for c in claims} == {"Bay of Bengal"}
    claims = _one_sentence("Rebels attacked Liberia-flagged bulk carrier Sea Lark a day after the warning.")
    assert [(c.text, c.place) for c in claims if c.kind.value == "attack"] == [
        ("Liberia-flagged bulk carrier Sea Lark", "Sea Lark")
    ]
    claims = _one_sentence("Rebels fired drones at Navy ships.")
    assert [c.place for c in claims if c.kind.value == "attack"] == [None]


def test_a_force_from_a_country_and_a_war_named_by_a_place_do_not_place_the_event() -> None:
    claims = _one_sentence("Officials said rebels from Somalia killed three crew members on Monday.")
    assert [c.place for c in claims] == [None]
    claims = extract_claims(_doc("Drone attack kills one sailor in Black Sea conflict\n\nThe story.\n"))
    assert {c.place for c in claims} == {None}


def test_the_drowned_are_dead() -> None:
    (claim,) = _one_sentence("Several soldiers drowned while crossing the river under fire.")
    assert claim.kind.value == "casualties"


def test_the_side_a_group_is_fighting_is_not_its_own() -> None:
    claims = _one_sentence(
        "An ethnic armed group fighting Myanmar’s military says it has seized a border town."
    )
    assert [(c.kind.value, c.actor) for c in claims] == [("attack", None), ("capture", None)]
    (claim,) = _one_sentence(
        "The KIA, fighting the junta for decades, seized Lweje on Sunday.", "2024-01-15"
    )[1:]
    assert (claim.place, claim.actor) == ("Lweje", "KIA")


def test_a_side_saying_it_now_controls_a_place_took_it() -> None:
    text = "Heading\n\nThe TNLA warned residents. It claimed that it now controls every post in Namhsan.\n"
    claims = [c for c in extract_claims(_doc(text, "2024-01-16")) if c.kind.value == "capture"]
    assert [(c.place, c.actor) for c in claims] == [("Namhsan", "TNLA")]
    (claim,) = _one_sentence("The army said the rebels now control the town of Mongmit.")
    assert (claim.place, claim.actor) == ("Mongmit", None)


def test_a_teller_inside_a_later_clause_of_time_does_not_tell_the_claim_before_it() -> None:
    (started,) = _one_sentence(
        "The raids on Mora began on Wednesday, hours after the oil firm announced it would reopen its mine.",
        "2021-03-29",
    )
    assert (started.kind.value, started.attributed_to) == ("event_date", None)
    claims = _one_sentence(
        "The town emptied after Ukrainian officials reported that shelling killed 16 civilians."
    )
    assert [(c.quantity.low, c.attributed_to) for c in claims if c.kind.value == "casualties"] == [
        (16, "Ukrainian officials")
    ]


def test_a_side_fought_or_announcing_its_own_act_did_not_kill_in_another_clause() -> None:
    (fought, killed) = _one_sentence(
        "Rebels fought the army for a fifth day for the town, as reports said dozens of civilians died."
    )
    assert (fought.kind.value, fought.actor, killed.quantity.low, killed.actor) == ("attack", None, 24, None)
    claims = _one_sentence(
        "After the army announced it had retaken the town, rebels killed 12 people in the market."
    )
    assert [(c.kind.value, c.actor) for c in claims] == [("capture", "state forces"), ("casualties", None)]


def test_people_waiting_or_aboard_are_counted_as_present() -> None:
    (waiting,) = _one_sentence("Nearly 200 expatriates and local officials were told to wait at the hotel.")
    assert (waiting.kind.value, waiting.quantity.low, waiting.quantity.high) == ("strength", 180, 200)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Vila de Mora, in the north of the province of Borno, was the target of an attack on Wednesday.",
            "Vila de Mora",
        ),
        ("Mora came under heavy shelling on Wednesday.", "Mora"),
        ("The town of Mora, near the border, was stormed on Wednesday.", "Mora"),
        ("The KIA was attacked on Wednesday.", None),
    ],
)
def test_the_place_struck_is_the_subject_of_a_passive_attack(sentence: str, place: str | None) -> None:
    claims = _one_sentence(sentence, "2021-03-25")
    assert {c.place for c in claims if c.kind.value == "attack"} == {place}


def test_a_day_named_in_page_furniture_dates_no_claim() -> None:
    text = (
        "Dozens of people were killed by insurgents in their assault on Mora, according to the ministry.\n\n"
        "Get analysis in The Brief, our free weekly newsletter for readers. Sign up here today.\n\n"
        "The ministry gave no figures for the wounded.\n"
    )
    doc = _doc(text, "2021-03-30").model_copy(update={"boilerplate": find_furniture(text)})
    (dead,) = extract_claims(doc)
    assert (dead.quantity.low, dead.date) == (24, None)


def test_a_quote_opening_the_next_paragraph_goes_on_in_the_last_speakers_voice() -> None:
    text = (
        "Heading\n\n"
        "“The evidence is compelling,” said Ana Ruiz of the Rights Watchdog.\n\n"
        "“Above all, troops went on a rampage and killed hundreds of civilians in cold blood.\n\n"
        "“This ranks among the worst atrocities of the war.”\n"
    )
    (killed,) = extract_claims(_doc(text, "2021-02-26"))
    assert (killed.quantity.low, killed.attributed_to) == (200, "Ana Ruiz of the Rights Watchdog")


def test_a_titled_leader_denying_any_death_is_a_count_of_zero_told_by_him() -> None:
    (none,) = _one_sentence(
        "Prime Minister Abel Tesfaye, Nobel Peace Prize laureate, told parliament on November 30 that "
        "“not a single civilian was killed” during the operation.",
        "2021-02-26",
    )
    assert (none.quantity.low, none.quantity.high, none.subject) == (0, 0, "civilian")
    assert none.attributed_to == "Prime Minister Abel Tesfaye, Nobel Peace Prize laureate"


def test_a_rule_of_law_is_no_attack_and_civilians_held_after_a_massacre_are_taken() -> None:
    assert (
        _one_sentence("Under the law, it is a war crime to target civilians, attack individuals and loot.")
        == []
    )
    (held,) = _one_sentence("Following the killings, the soldiers detained hundreds of civilians.")
    assert (held.kind.value, held.quantity.low) == ("casualties", 200)
    (suspects,) = _one_sentence("Police arrested 12 people over the attack.")
    assert suspects.kind.value == "quantity"
    claims = _one_sentence(
        "Ana Ruiz, a deacon, said she counted the bodies. She believes some 800 people were killed."
    )
    assert [(c.quantity.low, c.attributed_to) for c in claims] == [(720, "Ana Ruiz, a deacon")]


def test_a_few_days_after_the_day_written_dates_what_the_clause_after_it_tells() -> None:
    claims = _one_sentence(
        "Rebels seized the town on Monday, two days after the army shelled it and killed 12 civilians."
    )  # published on a Friday
    (seized,) = [c for c in claims if c.kind == "capture"]
    (killed,) = [c for c in claims if c.kind == "casualties"]
    assert (seized.date.iso, killed.date.iso) == ("2025-04-14", "2025-04-12")
    assert killed.date_text == "two days after"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said on Friday it had retaken the base, a day after fighters overran it.",  # the day told
        "On Friday, a day after the attack, rebels captured the town.",  # the day opens the sentence
        "Rebels captured the town, a day after the army withdrew.",  # no day written
    ],
)
def test_a_day_after_counts_only_from_an_event_day_written_before_it(sentence: str) -> None:
    captures = [c for c in _one_sentence(sentence) if c.kind == "capture"]
    assert captures
    assert all(c.date is None or c.date.iso != "2025-04-17" for c in captures)


@pytest.mark.parametrize(
    ("sentence", "teller"),
    [
        (
            "Jane Roe, MSF director of operations, told reporters that 13 staff were killed.",
            "Jane Roe, MSF director of operations",
        ),
        (
            "John Doe, acting governor of the province, said 12 fighters were killed.",
            "John Doe, acting governor of the province",
        ),
    ],
)
def test_a_name_before_a_role_with_its_organisation_or_rank_tells_the_claim(
    sentence: str, teller: str
) -> None:
    assert {c.attributed_to for c in _one_sentence(sentence) if c.kind == "casualties"} == {teller}


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("The death toll is now up to 23, officials said.", 23, 23),  # risen to 23
        ("The death toll was 40 on Monday.", 40, 40),
        ("Up to 23 people were killed.", None, 23),  # at most
    ],
)
def test_a_toll_that_is_a_figure_counts_the_dead(sentence: str, low: int | None, high: int) -> None:
    counts = [c for c in _one_sentence(sentence) if c.kind == "casualties"]
    assert [(c.quantity.low, c.quantity.high) for c in counts] == [(low, high)]


@pytest.mark.parametrize(
    ("sentence", "captured"),
    [
        ("Doctors Without Borders (MSF) has withdrawn from the northern city of Kunduz.", False),
        ("The charity said they have withdrawn from the city of Kunduz.", False),
        ("The embassy withdrew its staff from the capital.", False),
        ("The charity said the army withdrew from Kunduz.", True),  # the army's loss, told by the charity
    ],
)
def test_an_aid_group_or_embassy_leaving_a_place_is_no_capture(sentence: str, captured: bool) -> None:
    assert bool([c for c in _one_sentence(sentence) if c.kind == "capture"]) is captured


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Government forces claimed to have wrested back control of the city of Kunduz.", "Kunduz"),
        ("Security forces got control of Kunduz city from the Taliban overnight.", "Kunduz city"),
        (
            "On 30 September, fighters took the Bala Hissar fortress, a hilltop position in the city, from "
            "government forces.",
            "Bala Hissar fortress",
        ),
    ],
)
def test_control_wrested_or_got_and_a_place_taken_from_a_side_are_captures(sentence: str, place: str) -> None:
    assert [c.place for c in _one_sentence(sentence) if c.kind == "capture"] == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels took the Kunduz road to escape from government forces.",  # a road used, not taken from them
        "The team won control of the ball from the defenders.",  # no side
    ],
)
def test_taking_or_controlling_something_without_a_side_losing_it_is_no_capture(sentence: str) -> None:
    assert [c for c in _one_sentence(sentence) if c.kind == "capture"] == []


def test_a_source_with_a_backed_up_by_aside_tells_the_claim() -> None:
    claims = _one_sentence("Afghan forces, backed up by their allies, claimed to have retaken Kunduz.")
    assert {c.attributed_to for c in claims if c.kind == "capture"} == {"Afghan forces"}


def test_a_count_of_an_unknown_plural_counts_no_force_named_after_it() -> None:
    claims = _one_sentence("The assault from four directions caught the police by surprise on Monday.")
    assert [c for c in claims if c.kind == "strength"] == []


def test_a_pronoun_or_a_cleric_is_never_a_place_taken() -> None:
    spoken = _one_sentence('The spokesman said: "It is retaken and being cleared."')
    assert [c.place for c in spoken if c.kind == "capture"] in ([], [None])
    run = _one_sentence("The takeover of Kunduz was run by one of his appointees, Mullah Abdul Salam.")
    assert [c.place for c in run if c.kind == "capture"] == ["Kunduz"]


def test_an_aid_group_running_a_hospital_is_not_where_it_was_struck() -> None:
    (attack,) = _one_sentence("An airstrike damaged much of the Doctors Without Borders hospital in Kunduz.")
    assert attack.place == "Kunduz"


def test_a_toll_that_is_now_a_figure_is_the_running_toll() -> None:
    claims = _one_sentence(
        "The director told reporters that the death toll is now up to 23, including 13 staff."
    )
    assert [(c.quantity.low, c.as_of.iso) for c in claims if c.kind == "casualties"] == [
        (23, "2025-04-18"),
        (13, "2025-04-18"),
    ]


def test_staff_members_killed_are_staff_not_a_force() -> None:
    claims = _one_sentence("Police now say 5 MSF staff members and at least 6 patients were killed.")
    assert [(c.kind, c.subject) for c in claims if c.quantity.low] == [
        ("casualties", "staff members"),
        ("casualties", "patients"),
    ]


def test_a_town_described_with_its_population_and_region_is_the_place() -> None:
    claims = _one_sentence(
        "Fighters began assaulting Kunduz, a city of 300,000 people in northern Afghanistan, on Sept. 28, "
        "taking control of large parts of the city."
    )
    assert {(c.kind, c.place) for c in claims} >= {("strength", "Kunduz"), ("capture", "Kunduz")}
    assert "Afghanistan" not in {c.place for c in claims}


def test_a_nato_air_strike_is_natos() -> None:
    claims = _one_sentence(
        "On Oct. 3, a NATO air strike hit a hospital in Kunduz, killing at least 19 people."
    )
    assert {c.actor for c in claims if c.kind in ("attack", "casualties")} == {"NATO"}


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Islamic militants captured Iraq's second biggest city Mosul overnight.", ["Mosul"]),
        (
            "The group managed to capture not only Mosul, but also Tikrit, the hometown of a dictator.",
            ["Mosul", "Tikrit"],
        ),
        ("Rebels captured Mosul, but the army held the airport.", ["Mosul"]),
    ],
)
def test_the_places_a_capture_names_after_a_rank_or_in_a_not_only_pair(
    sentence: str, places: list[str]
) -> None:
    assert [c.place for c in _one_sentence(sentence) if c.kind == "capture"] == places


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister has already fired a number of high-ranking officers.",  # dismissed
        "A seven-year veteran of the army agreed to talk.",  # a career, no count
        "Thousands of civilians fled the city for territory controlled by the regional government.",
    ],
)
def test_a_dismissal_a_career_or_ground_held_by_someone_is_no_event(sentence: str) -> None:
    claims = _one_sentence(sentence)
    assert [c.kind for c in claims if c.kind in ("attack", "capture", "quantity")] == []


def test_a_thousands_shorthand_is_a_count() -> None:
    claims = extract_claims(_doc("800 Fighters Rout 30K Soldiers\n\nThe army fled the city.\n", "2014-06-12"))
    assert [(c.subject, c.quantity.low) for c in claims if c.kind == "strength"] == [
        ("fighters", 800),
        ("soldiers", 30000),
    ]
