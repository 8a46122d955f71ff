"""Store methods that vouch for the database: a content fingerprint for exports and span checks."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

from sqlite_utils import Database

_FINGERPRINTED = {
    "documents": "select id, file_name, outlet, published, url, text from documents order by id",
    "claims": "select * from claims order by id",
    "clusters": "select * from clusters order by id",
    "cluster_members": "select claim_id, cluster_id from cluster_members order by claim_id",
    "decisions": "select * from decisions order by id",
    "cluster_state": "select cluster_id, state, value, decision_id from cluster_state order by cluster_id",
}
"""What an export depends on; ingest times are left out so that the same content gives the same hash."""


class AuditStore:
    """Mixed into Store; `db` comes from it."""

    db: Database

    def fingerprint(self) -> tuple[str, dict[str, int]]:
        """SHA-256 over the content exports depend on, and the row count of each of those tables."""
        digest = hashlib.sha256()
        counts: dict[str, int] = {}
        for table, sql in _FINGERPRINTED.items():
            digest.update(table.encode())
            counts[table] = 0
            for row in self.db.execute(sql):
                digest.update(json.dumps(row, ensure_ascii=False, default=str).encode())
                counts[table] += 1
        return digest.hexdigest(), counts

    def stored_spans(self) -> Iterator[tuple[str, str, str, int, int, str, str]]:
        """(what, id, file name, start, end, stored quote, text at the span) for every claim of every
        document version and every decision anchor, so `verify` can compare them."""
        claims = (
            "select 'claim', c.id, d.file_name, c.start, c.end, c.text, substr(d.text, c.start + 1, "
            "c.end - c.start) from claims c join documents d on d.id = c.doc_id order by d.file_name, c.start"
        )
        anchors = (
            "select 'decision anchor', a.decision_id || ':' || a.claim_id, a.file_name, a.start, a.end, "
            "a.quote, substr(d.text, a.start + 1, a.end - a.start) from decision_anchors a "
            "join documents d on d.id = a.doc_id order by a.file_name, a.start"
        )
        for sql in (claims, anchors):
            yield from self.db.execute(sql)
