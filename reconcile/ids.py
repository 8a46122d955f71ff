"""Deterministic, content-derived ids, so that re-running any stage changes nothing."""

from __future__ import annotations

import hashlib


def content_id(data: bytes, length: int = 16) -> str:
    """Id of a byte string: the first `length` hex digits of its SHA-256."""
    return hashlib.sha256(data).hexdigest()[:length]


def derived_id(prefix: str, *parts: object, length: int = 16) -> str:
    """Id of a tuple of values, e.g. a claim from (doc id, start, end, kind)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{prefix}_{content_id(joined.encode('utf-8'), length)}"
