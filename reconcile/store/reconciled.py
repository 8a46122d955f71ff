"""Store methods for the reconciliation tables: entities, aliases, copy relations and clusters."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

from sqlite_utils import Database

from reconcile.models import Cluster, CopyRelation, Entity, Quantity


class ReconciledStore:
    """Mixed into Store; `db` and `_write` come from it."""

    db: Database

    def _write(self, label: str) -> AbstractContextManager[None]:  # pragma: no cover - provided by Store
        raise NotImplementedError

    def save_reconciliation(
        self,
        entities: list[Entity],
        suggestions: list[tuple[str, str, float]],
        copies: list[CopyRelation],
        clusters: list[Cluster],
    ) -> None:
        """Replace every derived table at once: a reader never sees half a reconciliation."""
        with self._write("reconciliation"):
            for name in ("entities", "entity_suggestions", "copies", "clusters", "cluster_members"):
                self.db.execute(f"delete from {name}")
            self.db.table("entities").insert_all(
                {"id": e.id, "kind": e.kind, "canonical": e.canonical, "aliases": json.dumps(e.aliases)}
                for e in entities
            )
            self.db.table("entity_suggestions").insert_all(
                {"a": a, "b": b, "score": score} for a, b, score in suggestions
            )
            self.db.table("copies").insert_all(
                {
                    "doc_id": c.doc_id,
                    "source_id": c.source_id,
                    "containment": c.containment,
                    "passages": json.dumps([p.model_dump() for p in c.passages]),
                }
                for c in copies
            )
            self.db.table("clusters").insert_all(_cluster_row(c) for c in clusters)
            self.db.table("cluster_members").insert_all(
                {"claim_id": claim_id, "cluster_id": c.id} for c in clusters for claim_id in c.claim_ids
            )

    def replace_clusters(self, old_ids: list[str], clusters: list[Cluster]) -> None:
        """Swap a few clusters for new ones in one transaction (a reviewer's split or merge)."""
        marks = ",".join("?" * len(old_ids))
        with self._write("regroup"):
            self.db.execute(f"delete from cluster_members where cluster_id in ({marks})", old_ids)
            self.db.execute(f"delete from clusters where id in ({marks})", old_ids)
            self.db.table("clusters").insert_all(_cluster_row(c) for c in clusters)
            self.db.table("cluster_members").insert_all(
                {"claim_id": claim_id, "cluster_id": c.id} for c in clusters for claim_id in c.claim_ids
            )

    def cluster_of_claims(self) -> dict[str, str]:
        """claim id -> cluster id, as last reconciled."""
        return {r[0]: r[1] for r in self.db.execute("select claim_id, cluster_id from cluster_members")}

    def cluster_id_of(self, claim_id: str) -> str | None:
        row = self.db.execute(
            "select cluster_id from cluster_members where claim_id = ?", [claim_id]
        ).fetchone()
        return row[0] if row else None

    def cluster_status_of_claims(self) -> dict[str, tuple[str, str]]:
        """claim id -> (cluster id, cluster status), for exports."""
        sql = (
            "select m.claim_id, m.cluster_id, c.status from cluster_members m "
            "join clusters c on c.id = m.cluster_id"
        )
        return {r[0]: (r[1], r[2]) for r in self.db.execute(sql)}

    def clusters(
        self, *, status: str | None = None, kind: str | None = None, limit: int | None = None
    ) -> list[Cluster]:
        """Clusters, conflicts first, then by size; optionally filtered by status and kind."""
        where, params = [], []
        if status:
            where.append("status = ?")
            params.append(status)
        if kind:
            where.append("kind = ?")
            params.append(kind)
        rows = self.db.table("clusters").rows_where(
            " and ".join(where) or None,
            params,
            order_by="status != 'conflict', size desc, id",
            limit=limit,
        )
        return list(self._with_members(rows))

    def cluster(self, cluster_id: str) -> Cluster | None:
        rows = list(self.db.table("clusters").rows_where("id = ?", [cluster_id]))
        found = list(self._with_members(rows))
        return found[0] if found else None

    def _with_members(self, rows: Any) -> Iterator[Cluster]:
        for row in rows:
            members = [
                r[0]
                for r in self.db.execute(
                    "select m.claim_id from cluster_members m join claims c on c.id = m.claim_id "
                    "join documents d on d.id = c.doc_id where m.cluster_id = ? "
                    "order by d.file_name, c.start",
                    [row["id"]],
                )
            ]
            yield _cluster_from_row(row, members)

    def copies(self, doc_ids: list[str] | None = None) -> list[CopyRelation]:
        """Copy relations, all or those of the copying documents `doc_ids`."""
        where = f"where c.doc_id in ({','.join('?' * len(doc_ids))}) " if doc_ids is not None else ""
        sql = (
            "select c.*, a.file_name as doc, b.file_name as source from copies c "
            "join documents a on a.id = c.doc_id join documents b on b.id = c.source_id "
            f"{where}order by a.file_name"
        )
        return [
            CopyRelation(
                doc_id=r["doc_id"],
                source_id=r["source_id"],
                doc=r["doc"],
                source=r["source"],
                containment=r["containment"],
                passages=json.loads(r["passages"]),
            )
            for r in self.db.query(sql, doc_ids or [])
        ]

    def entities(self) -> list[Entity]:
        return [
            Entity(id=r["id"], kind=r["kind"], canonical=r["canonical"], aliases=json.loads(r["aliases"]))
            for r in self.db.table("entities").rows_where(order_by="kind, canonical")
        ]

    def merge_suggestions(self) -> list[tuple[str, str, float]]:
        """Name pairs close enough to suggest a merge but not to make it: (name key, name key, score)."""
        return [
            (r["a"], r["b"], r["score"])
            for r in self.db.table("entity_suggestions").rows_where(order_by="score desc, a, b")
        ]

    def add_alias(self, kind: str, alias: str, canonical: str) -> None:
        with self._write(f"alias {alias}"):
            self.db.table("aliases").upsert(
                {
                    "kind": kind,
                    "alias": alias,
                    "canonical": canonical,
                    "added_at": dt.datetime.now(dt.UTC).isoformat(),
                },
                pk=("kind", "alias"),
            )

    def aliases(self) -> list[tuple[str, str, str]]:
        """User-added aliases as (kind, alias, canonical)."""
        return [
            (r["kind"], r["alias"], r["canonical"])
            for r in self.db.table("aliases").rows_where(order_by="kind, alias")
        ]


def _cluster_row(c: Cluster) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind,
        "key": c.key,
        "status": c.status,
        "low": c.reconciled.low if c.reconciled else None,
        "high": c.reconciled.high if c.reconciled else None,
        "independent_origins": c.independent_origins,
        "origins": json.dumps(c.origins),
        "only_party_sources": int(c.only_party_sources),
        "reasons": json.dumps(c.reasons),
        "size": len(c.claim_ids),
    }


def _cluster_from_row(row: dict[str, Any], members: list[str]) -> Cluster:
    has_value = row["low"] is not None or row["high"] is not None
    return Cluster(
        id=row["id"],
        kind=row["kind"],
        key=row["key"],
        claim_ids=members,
        status=row["status"],
        reconciled=Quantity(low=row["low"], high=row["high"]) if has_value else None,
        independent_origins=row["independent_origins"],
        origins=json.loads(row["origins"]),
        only_party_sources=bool(row["only_party_sources"]),
        reasons=json.loads(row["reasons"]),
    )
