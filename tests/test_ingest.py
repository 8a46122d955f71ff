"""Ingest: metadata, exact text, idempotence, versions, furniture, and every kind of bad input."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from reconcile.furniture import find_furniture
from reconcile.models import Claim, Document
from reconcile.pipeline import ingest_paths
from reconcile.store import Store
from tests.conftest import SEEDS


def test_seeds_ingest_with_manifest_metadata(seed_db: Path, manifest: dict[str, dict]) -> None:
    with Store(seed_db) as s:
        docs = {d.file_name: d for d in s.documents()}
    assert sorted(docs) == sorted(manifest)
    for name, entry in manifest.items():
        doc = docs[name]
        assert doc.outlet == entry["outlet"]
        assert doc.url == entry["url"]
        assert doc.author == entry["author"]
        assert (doc.published.iso if doc.published else None) == entry["published"]
        if entry["title"]:
            assert doc.title == entry["title"]
    assert docs["002_706025780a37ea4a.txt"].published.precision == "month"


def test_stored_text_is_exactly_the_decoded_file(seed_db: Path) -> None:
    with Store(seed_db) as s:
        for doc in s.documents():
            assert doc.text == (SEEDS / doc.file_name).read_bytes().decode("utf-8")
            assert doc.size_bytes == (SEEDS / doc.file_name).stat().st_size


def test_reingest_changes_no_row(store: Store) -> None:
    ingest_paths(store, [SEEDS])
    before = store.snapshot()
    report = ingest_paths(store, [SEEDS])
    assert report.count("unchanged") == 5
    assert store.snapshot() == before


def test_changed_file_becomes_linked_new_version(store: Store, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Rebels captured the town on Friday, killing 3 soldiers.\n", encoding="utf-8")
    first = ingest_paths(store, [article]).files[0]
    article.write_text("Rebels captured the town on Friday, killing 4 soldiers.\n", encoding="utf-8")
    second = ingest_paths(store, [article]).files[0]
    assert (first.outcome, second.outcome) == ("added", "new version")
    versions = store.document_versions("a.txt")
    assert [v.id for v in versions] == [first.doc_id, second.doc_id]
    assert versions[1].supersedes == first.doc_id
    assert [d.id for d in store.documents()] == [second.doc_id]
    assert len(store.documents(current_only=False)) == 2


def _bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "The army said 12 soldiers were killed in the attack.\n", encoding="utf-8"
    )
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "empty.md").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\n ")
    (folder / "undecodable.txt").write_bytes(b"caf\x81 \x8d\x8f\x90\x9d")
    (folder / "huge.txt").write_text("x" * 5000, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    return folder


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("binary.txt", "binary file"),
        ("empty.md", "empty file"),
        ("blank.txt", "empty file"),
        ("undecodable.txt", "undecodable"),
        ("huge.txt", "too large"),
        ("dangling.txt", "unreadable"),
    ],
)
def test_bad_file_gets_one_line_error_and_stores_nothing(
    store: Store, tmp_path: Path, name: str, problem: str
) -> None:
    folder = _bad_folder(tmp_path)
    before = store.snapshot()
    report = ingest_paths(store, [folder / name], max_bytes=4096)
    (failure,) = report.failed
    assert failure.file.endswith(name)
    assert problem in failure.detail
    assert "\n" not in failure.detail
    assert store.snapshot() == before


def test_mixed_folder_ingests_the_good_files(store: Store, tmp_path: Path) -> None:
    report = ingest_paths(store, [_bad_folder(tmp_path)], max_bytes=4096)
    assert report.count("added") == 1
    assert len(report.failed) == 6
    assert [d.file_name for d in store.documents()] == ["good.txt"]


def test_fallback_encodings(store: Store, tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + "Naw Bu said “29”.".encode())
    (tmp_path / "utf16.txt").write_bytes("Naw Bu said “29”.".encode("utf-16"))
    (tmp_path / "legacy.txt").write_bytes("Naw Bu said “29”.".encode("cp1252"))
    report = ingest_paths(store, [tmp_path])
    assert report.count("added") == 3
    texts = {d.file_name: (d.text, d.encoding) for d in store.documents()}
    assert texts["bom.txt"] == ("Naw Bu said “29”.", "utf-8-sig")
    assert texts["utf16.txt"] == ("Naw Bu said “29”.", "utf-16")
    assert texts["legacy.txt"] == ("Naw Bu said “29”.", "cp1252")
    assert any("cp1252" in w for w in report.warnings)


def test_malformed_manifest_is_reported_and_nothing_stored(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Soldiers attacked the camp.\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text('[{"file": "a.txt", "outlet": "X",}]', encoding="utf-8")
    report = ingest_paths(store, [tmp_path])
    (failure,) = report.failed
    assert failure.file.endswith("manifest.json")
    assert "not valid JSON" in failure.detail
    assert store.counts()["documents"] == 0


def test_manifest_naming_missing_file(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Soldiers attacked the camp.\n", encoding="utf-8")
    entries = [{"file": "a.txt", "outlet": "X", "published": "2024-03"}, {"file": "gone.txt", "outlet": "Y"}]
    (tmp_path / "manifest.json").write_text(json.dumps(entries), encoding="utf-8")
    report = ingest_paths(store, [tmp_path])
    (failure,) = report.failed
    assert "missing file: gone.txt" in failure.detail
    (doc,) = store.documents()
    assert (doc.outlet, doc.published.iso) == ("X", "2024-03")


def test_manifest_with_bad_date(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Soldiers attacked the camp.\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(
        json.dumps([{"file": "a.txt", "published": "March 2024"}]), "utf-8"
    )
    (failure,) = ingest_paths(store, [tmp_path]).failed
    assert "entry 1: published" in failure.detail


def test_no_manifest_title_from_first_line_and_warning(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "# Rebels seize base\n\nRebels seized the base on Friday.\n", encoding="utf-8"
    )
    report = ingest_paths(store, [tmp_path / "a.md"])
    (doc,) = store.documents()
    assert doc.title == "# Rebels seize base"
    assert doc.outlet is None and doc.published is None
    assert any("relative dates" in w for w in report.warnings)


def test_single_file_overrides(store: Store, tmp_path: Path) -> None:
    from reconcile.models import PartialDate

    (tmp_path / "a.txt").write_text("Rebels seized the base on Friday.\n", encoding="utf-8")
    overrides = {
        "outlet": "Frontier Myanmar",
        "published": PartialDate.parse("2024-05-02"),
        "url": "https://x.test/a",
    }
    report = ingest_paths(store, [tmp_path / "a.txt"], overrides=overrides)
    assert not report.warnings
    (doc,) = store.documents()
    assert (doc.outlet, doc.published.iso, doc.url) == ("Frontier Myanmar", "2024-05-02", "https://x.test/a")


def test_html_article_text_is_extracted_and_raw_kept(store: Store, tmp_path: Path) -> None:
    body = " ".join(
        ["The Kachin Independence Army said it captured 12 junta camps near Laiza on Thursday."] * 3
    )
    html = f"""<html><head><title>KIA captures camps</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>
    <article><h1>KIA captures camps</h1><p>{body}</p>
    <p>Residents said at least 3 civilians were wounded by artillery fire during the fighting.</p></article>
    <footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    report = ingest_paths(store, [tmp_path / "page.html"])
    assert not report.failed
    (doc,) = store.documents()
    assert doc.media_type == "html"
    assert doc.raw_html == html
    assert "captured 12 junta camps" in doc.text
    assert "at least 3 civilians" in doc.text
    assert "About us" not in doc.text


def test_furniture_covers_teasers_and_map_labels_not_bodies(seed_db: Path) -> None:
    noise = [json.loads(line) for line in (SEEDS.parent / "tests" / "data" / "seeds_furniture.jsonl").open()]
    with Store(seed_db) as s:
        docs = {d.file_name: d for d in s.documents()}
    for item in noise:
        doc = docs[item["doc"]]
        start = doc.text.find(item["quote"])
        assert start >= 0, item
        end = start + len(item["quote"])
        covered = any(r.start <= start and end <= r.end for r in doc.boilerplate)
        assert covered == item["furniture"], item


def test_a_fault_while_extracting_one_article_fails_that_file_alone(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reconcile.pipeline as pipeline

    (tmp_path / "good.txt").write_text("At least 12 soldiers were killed in Laiza.\n", "utf-8")
    (tmp_path / "bad.txt").write_text("At least 7 soldiers were killed in Bhamo.\n", "utf-8")
    real = pipeline.extract_claims

    def faulty(doc: Document) -> list[Claim]:  # stands in for a bug the rules hit on one article
        if doc.file_name == "bad.txt":
            raise ValueError("unexpected token")
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_claims", faulty)
    report = ingest_paths(store, [tmp_path], overrides={"published": None})
    outcome = {f.file: (f.outcome, f.detail) for f in report.files}
    assert outcome["bad.txt"] == ("failed", "extraction failed: ValueError: unexpected token")
    assert [d.file_name for d in store.documents()] == ["good.txt"]  # nothing half-stored
    assert [c.text for c in store.claims()] == ["At least 12 soldiers"]


def test_a_references_section_under_a_markdown_heading_is_furniture() -> None:
    text = (
        "## Battle of Marawi\n\nThe battle began on 23 May 2017 and ended on 23 October 2017. According to "
        "the government, 978 militants, 168 soldiers and police, and 87 civilians were killed in the "
        "fighting in Marawi.\n\n### References\n"
        '1. "Duterte declares Marawi liberated". Reuters. 17 October 2017.\n'
    )
    regions = find_furniture(text)
    assert [(text[r.start : r.start + 14], r.end) for r in regions] == [("### References", len(text))]


def test_a_related_posts_heading_inside_the_story_leaves_the_story_after_it() -> None:
    story = (
        "Troops killed 200 fighters in an assault on the town on Saturday, the army said. Residents "
        "described days of shooting in the market and the streets around it. Many fled to the villages "
        "along the river, where aid workers said food and water were running short.\n\n"
    )
    rest = (
        "They also claimed to have detained about fifty militants, but local and international aid groups "
        "condemned the executions. The UN mission says it has not been given permission to start its "
        "fact-finding mission in the town yet.\n"
    )
    text = f"{story}Related Posts\n\n{rest}"
    assert [text[r.start : r.end] for r in find_furniture(text)] == ["Related Posts"]
    notes = f"{story}References\n\n{rest}"  # a references heading always closes the story
    assert [(r.start, r.end) for r in find_furniture(notes)] == [(len(story), len(notes))]
    links = "Related Posts\nArmy says town retaken\nAid convoy reaches the north\n"
    listed = f"{story}{links}"
    assert [(r.start, r.end) for r in find_furniture(listed)] == [(len(story), len(listed))]


def test_a_line_closed_by_a_photograph_credit_is_a_caption() -> None:
    caption = "Ukrainian forces retook Bucha on 1 April 2022. Photograph: Zohra Bensemra/Reuters"
    text = f"Troops entered the town on Friday.\n\n{caption}\n\nResidents came out to meet them.\n"
    assert [text[r.start : r.end] for r in find_furniture(text)] == [caption]


def test_an_embedded_posts_signature_line_is_furniture() -> None:
    signature = "\u2014 Frontline News (@frontline_news) August 15, 2024"
    text = f"Troops captured 40 soldiers near the border. pic.twitter.com/abc123\n{signature}\nMore text.\n"
    assert [text[r.start : r.end] for r in find_furniture(text)] == [signature]


def test_a_line_closed_by_a_photo_credit_is_a_caption() -> None:
    caption = (
        "Relatives carry the body of a woman killed during an attack in the capital on August 3, 2024. "
        "Gunmen attacked a busy beachfront spot in the capital. Picture: Ali Elmi/ AFP"
    )
    credited = "Hamas reports 471 casualties from hospital explosion (Photo credit: MAHMUD HAMS / AFP)"
    text = f"Beach attack\n\n{caption}\n\nGunmen killed 32 people on the beach on Friday.\n\n{credited}\n"
    assert [text[r.start : r.end] for r in find_furniture(text)] == [caption, credited]


def test_a_line_closed_by_an_agency_photo_credit_is_a_caption() -> None:
    caption = (
        "Rebels escort soldiers who surrendered to an undisclosed location in Goma, Thursday, Jan. 30, "
        "2025. (AP Photo/Jane Doe) ASSOCIATED PRESS"
    )
    text = f"Congo fighting\n\n{caption}\n\nRebels captured the airport on Monday.\n"
    assert [text[r.start : r.end] for r in find_furniture(text)] == [caption]


def test_a_line_closed_by_a_slash_and_an_agency_is_a_caption() -> None:
    caption = (
        "This combination of photos shows the theatre in the city on March 14, left, before the bombing and "
        "after on March 29.  / AP"
    )
    text = f"Theatre strike\n\n{caption}\n\nThe bombing killed 300 people on March 16.\n"
    assert [text[r.start : r.end] for r in find_furniture(text)] == [caption]


def test_a_described_image_credited_to_its_source_is_a_caption() -> None:
    caption = "Satellite imagery from 14 April showing burn marks in the camp [13.49, 25.29]. Source: Planet"
    text = f"Camp attack\n\n{caption}\n\nFighters attacked the camp on 11 April.\n"
    assert [text[r.start : r.end] for r in find_furniture(text)] == [caption]


def test_an_agency_caption_describing_its_picture_is_a_caption_however_long() -> None:
    caption = (
        "A police helicopter lands near the port in this picture taken between May 2 and May 5, 2023 and "
        "obtained by the agency on May 8, 2023. Police/Handout via AGENCY THIS IMAGE HAS BEEN SUPPLIED BY A "
        "THIRD PARTY. MANDATORY CREDIT."
    )
    text = f"Port fighting\n\n{caption}\n\nGunmen attacked the port on 2 May, killing 12 people.\n"
    assert [text[r.start : r.end] for r in find_furniture(text)] == [caption]


def test_a_newsletter_promotion_inside_the_story_is_furniture() -> None:
    promo = "Get analysis in The Brief, our free weekly newsletter for readers. Sign up here today."
    text = f"Twelve soldiers were killed on Monday.\n\n{promo}\n\nThe army said the town was retaken.\n"
    assert [text[r.start : r.end] for r in find_furniture(text)] == [promo]


@pytest.mark.parametrize(
    "line",
    [
        "The raid came days after fighters seized control of the northern city [Aid Group handout]",
        "Residents walk past a destroyed building in the city centre [File: Reuters]",
        "Tagged as: air strike, hospital, Kunduz, Taliban",
        "This item appears on page 16 of the November 2015 issue.",
        "A version of this article appears in print on Oct. 4, 2015, on Page A1.",
    ],
)
def test_a_bracketed_photo_credit_a_tag_line_or_a_print_note_is_furniture(line: str) -> None:
    text = f"Town falls\n\n{line}\n\nRebels captured the town on Monday, killing 12 soldiers.\n"
    assert [text[r.start : r.end] for r in find_furniture(text)] == [line]


def test_an_html_headline_the_extractor_left_out_opens_the_text(store: Store, tmp_path: Path) -> None:
    html = """<html><head><title>Forces target ship Eternity C in the Red Sea</title></head><body>
<div class="top-menu"><a href="/">Home</a> | <a href="/world">World</a></div>
<div class="news">
<h1>Forces target ship Eternity C in the Red Sea</h1>
<span class="date">SANAA, July 9 (Saba)</span>
<p>The spokesman announced on Wednesday that the naval forces had targeted the ship Eternity C, which belongs
to a company whose ships violated the ban on entering the ports.</p>
<p>He said in a statement that the operation was carried out with an unmanned surface boat and six cruise
and ballistic missiles, and that the ship sank completely.</p>
<p>He added that the naval forces moved to rescue a number of the ship's crew.</p>
</div>
<div class="footer">All rights reserved 2025</div>
</body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    ingest_paths(store, [tmp_path / "page.html"])
    (doc,) = store.documents()
    assert (
        doc.text[: doc.title_end] == "Forces target ship Eternity C in the Red Sea"
    )  # not the lead paragraph
    assert doc.text[doc.title_end :].lstrip().startswith("The spokesman announced on Wednesday")


def test_a_numbered_list_a_sentence_introduces_is_content_not_a_widget() -> None:
    listed = (
        "Our forces liberated the camp.\n\nDuring the operation our forces:\n\n1. Killed more than 200 "
        "mercenaries\n2. Captured 42 combat vehicles\n3. Secured the exit of civilians\n"
    )
    menu = "Our forces liberated the camp.\n\nHome\nWorld\nSport\nWeather\n"
    assert find_furniture(listed) == []
    assert [menu[r.start : r.end] for r in find_furniture(menu)] == ["Home\nWorld\nSport\nWeather"]


def test_a_more_from_line_of_links_is_furniture() -> None:
    links = "More from TASS: Russian forces liberate Urozhaine | Putin meets Modi"
    text = f"The ministry said all targets were hit.\n\n{links}\n"
    assert [text[r.start : r.end] for r in find_furniture(text)] == [links]


def test_a_breadcrumb_trail_is_furniture() -> None:
    text = (
        "Home › World › Rebels take a border town\n\nRebels take a border town\n\n"
        "Rebels seized the town of Mawlu on Sunday, a spokesman said.\n"
    )
    assert [text[r.start : r.end] for r in find_furniture(text)] == [text[: text.index("\n")]]
    trail = "News » Asia » Myanmar\n\nRebels seized the town of Mawlu on Sunday.\n"
    assert [trail[r.start : r.end] for r in find_furniture(trail)] == ["News » Asia » Myanmar"]
