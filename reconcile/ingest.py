"""Turn files, folders and their manifest into Documents: decoding, metadata, furniture regions."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError, field_validator

from reconcile.errors import IngestError, ManifestError
from reconcile.furniture import find_furniture
from reconcile.ids import content_id
from reconcile.models import Document, MediaType, PartialDate

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MANIFEST_NAME = "manifest.json"
SUFFIXES = {
    ".txt": MediaType.TEXT,
    ".md": MediaType.MARKDOWN,
    ".markdown": MediaType.MARKDOWN,
    ".html": MediaType.HTML,
    ".htm": MediaType.HTML,
}
_BINARY_SNIFF = 8192
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
"""Control characters no text file holds (newline, tab, form feed, carriage return and escape are allowed)."""


class ManifestEntry(BaseModel):
    """One record of a folder's manifest.json: metadata the file itself cannot give."""

    file: str
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: PartialDate | None = None
    url: str | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _parse_published(cls, value: Any) -> Any:
        return PartialDate.parse(value) if isinstance(value, str) else value


@dataclass
class Source:
    """A file to ingest and the metadata that goes with it."""

    path: Path
    meta: ManifestEntry
    has_manifest: bool


@dataclass
class Collected:
    """What a walk over the given paths found: sources to read and problems already known."""

    sources: list[Source] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)


def read_manifest(folder: Path) -> dict[str, ManifestEntry]:
    """Parse `folder/manifest.json`; raise ManifestError naming the file and the problem."""
    path = folder / MANIFEST_NAME
    label = str(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ManifestError(
            label, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(label, f"cannot be read ({exc.__class__.__name__})") from None
    if not isinstance(raw, list):
        raise ManifestError(label, "must be a JSON list of {file, outlet, title, author, published, url}")
    entries: dict[str, ManifestEntry] = {}
    for n, item in enumerate(raw, 1):
        try:
            entry = ManifestEntry.model_validate(item)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "entry"
            raise ManifestError(label, f"entry {n}: {where}: {first['msg']}") from None
        entries[entry.file] = entry
    return entries


def _walk_folder(folder: Path, out: Collected) -> None:
    manifest: dict[str, ManifestEntry] = {}
    if (folder / MANIFEST_NAME).exists():
        try:
            manifest = read_manifest(folder)
        except ManifestError as exc:
            out.errors.append(exc)
            return
        for name in sorted(manifest):
            if not (folder / name).is_file():
                out.errors.append(ManifestError(str(folder / MANIFEST_NAME), f"names a missing file: {name}"))
    for path in sorted(folder.iterdir()):
        if path.is_dir():
            _walk_folder(path, out)
        elif path.suffix.lower() in SUFFIXES:
            meta = manifest.get(path.name) or ManifestEntry(file=path.name)
            out.sources.append(Source(path, meta, has_manifest=path.name in manifest))


def collect(paths: list[Path], overrides: dict[str, Any] | None = None) -> Collected:
    """Expand files and folders into sources; `overrides` (outlet, published, url) suit one file."""
    out = Collected()
    for path in paths:
        if path.is_dir():
            _walk_folder(path, out)
        elif path.is_file() or path.is_symlink():
            manifest = {}
            if (path.parent / MANIFEST_NAME).exists():
                try:
                    manifest = read_manifest(path.parent)
                except ManifestError as exc:
                    out.errors.append(exc)
            meta = manifest.get(path.name) or ManifestEntry(file=path.name)
            out.sources.append(Source(path, meta, has_manifest=path.name in manifest))
        else:
            out.errors.append(IngestError(str(path), "no such file or folder"))
    if overrides:
        clean = {k: v for k, v in overrides.items() if v is not None}
        if clean and len(out.sources) != 1:
            out.errors.append(
                IngestError(", ".join(map(str, paths)), "--outlet/--published/--url need exactly one file")
            )
            out.sources = []
        for source in out.sources:
            source.meta = ManifestEntry.model_validate({**source.meta.model_dump(), **clean})
            source.has_manifest = source.has_manifest or bool(clean.get("published"))
    return out


def decode(data: bytes, label: str) -> tuple[str, str, list[str]]:
    """Decode bytes as UTF-8, UTF-8/16 with BOM, then cp1252; return (text, encoding, warnings)."""
    if not data.strip():
        raise IngestError(label, "empty file")
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(name), label), name, []
            except UnicodeDecodeError as exc:
                raise IngestError(label, f"undecodable as {name} at byte {exc.start}") from None
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise IngestError(label, "binary file (NUL bytes), not text")
    try:
        return _check_text(data.decode("utf-8"), label), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise IngestError(label, f"undecodable: not UTF-8 and not cp1252 (byte {exc.start})") from None
    return (
        _check_text(text, label),
        "cp1252",
        [f"{label}: not UTF-8, decoded as cp1252; check quotes and accents"],
    )


def _check_text(text: str, label: str) -> str:
    sample = text[:_BINARY_SNIFF]
    controls = len(_STRAY_CONTROLS.findall(sample))
    if sample and controls / len(sample) > 0.05:
        raise IngestError(label, "binary file (control characters), not text")
    if not text.strip():
        raise IngestError(label, "empty file (only whitespace)")
    return text


def _html_text(html: str, label: str) -> tuple[str, dict[str, str | None]]:
    """Article text and metadata from HTML, via trafilatura (imported only when HTML arrives)."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, with_metadata=True, favor_precision=True, include_comments=False
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise IngestError(label, "HTML holds no article text that could be extracted")
    meta = {k: getattr(result, k, None) for k in ("title", "author", "date", "url", "sitename")}
    headline = " ".join((meta["title"] or "").split())
    if headline and not " ".join(text.split()).startswith(headline):
        text = f"{headline}\n\n{text}"  # the page's own headline, which the extractor keeps apart: the first
        # line is where a story's headline is read from, not its lead paragraph
    return text, meta


def load_document(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one source into a Document; raise IngestError with a one-line reason on bad input."""
    label = str(source.path)
    try:
        size = source.path.stat().st_size
        if size > max_bytes:
            raise IngestError(label, f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = source.path.read_bytes()
    except OSError as exc:
        raise IngestError(label, f"unreadable ({exc.strerror or exc.__class__.__name__})") from None
    text, encoding, warnings = decode(data, label)
    media = SUFFIXES[source.path.suffix.lower()]
    meta = source.meta
    raw_html = None
    title, author, url, published = meta.title, meta.author, meta.url, meta.published
    outlet = meta.outlet
    if media is MediaType.HTML:
        raw_html = text
        text, found = _html_text(raw_html, label)
        title, author, url = title or found["title"], author or found["author"], url or found["url"]
        outlet = outlet or found["sitename"]
        if published is None and found["date"]:
            try:
                published = PartialDate.parse(found["date"])
            except ValueError:
                warnings.append(f"{label}: HTML date {found['date']!r} not understood")
    if title is None:
        title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    if published is None:
        warnings.append(f"{label}: no publication date; relative dates ('last Thursday') stay unresolved")
    return Document(
        id=content_id(data),
        file_name=source.path.name,
        media_type=media,
        outlet=outlet,
        title=title,
        author=author,
        published=published,
        url=url,
        text=text,
        raw_html=raw_html,
        encoding=encoding,
        size_bytes=len(data),
        boilerplate=find_furniture(text, title=title, author=author),
        warnings=warnings,
    )


def iter_documents(
    collected: Collected, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | IngestError]:
    """Yield each source as a Document, or the IngestError that stopped it; never raise."""
    yield from collected.errors
    for source in collected.sources:
        try:
            yield load_document(source, max_bytes)
        except IngestError as exc:
            yield exc
