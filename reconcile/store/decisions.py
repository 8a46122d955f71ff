"""Store methods for review: the append-only decisions log, each cluster's current state, the paged queue."""

from __future__ import annotations

import json
import re
from contextlib import AbstractContextManager
from typing import Any

from sqlite_utils import Database

from reconcile.lifecycle import NEW_EVIDENCE
from reconcile.models import Decision, DecisionAnchor, OrphanedDecision, Span
from reconcile.store.migrations import QUEUE_ORDER

_OPEN = f"(s.state is null or s.state = '{NEW_EVIDENCE}')"


def fts_query(text: str) -> str | None:
    """Words typed by a reviewer as a full-text query: every word must occur, the last one as a prefix
    (so results follow typing); quotes and operators in the text are taken literally."""
    words = re.findall(r"\w+", text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


class DecisionStore:
    """Mixed into Store; `db` and `_write` come from it. Decisions are inserted, never updated or deleted."""

    db: Database

    def _write(self, label: str) -> AbstractContextManager[None]:  # pragma: no cover - provided by Store
        raise NotImplementedError

    def append_decision(self, decision: Decision, state: str | None, value: dict | None) -> None:
        """Append a decision and set its cluster's current state in the same transaction."""
        with self._write(f"decision on {decision.cluster_id}"):
            self.db.table("decisions").insert(
                {
                    "id": decision.id,
                    "cluster_id": decision.cluster_id,
                    "reviewer": decision.reviewer,
                    "at": decision.at.isoformat(),
                    "action": decision.action,
                    "before": json.dumps(decision.before) if decision.before is not None else None,
                    "after": json.dumps(decision.after) if decision.after is not None else None,
                    "rationale": decision.rationale,
                    "undoes": decision.undoes,
                }
            )
            self.db.table("cluster_state").upsert(
                {
                    "cluster_id": decision.cluster_id,
                    "state": state,
                    "decision_id": decision.id,
                    "value": json.dumps(value) if value is not None else None,
                    "updated_at": decision.at.isoformat(),
                },
                pk="cluster_id",
            )
            self.db.execute(
                "insert into decision_anchors select ?, m.cluster_id, c.id, c.doc_id, d.file_name, c.kind, "
                "c.start, c.end, c.text from cluster_members m join claims c on c.id = m.claim_id "
                "join documents d on d.id = c.doc_id where m.cluster_id = ?",
                [decision.id, decision.cluster_id],
            )

    def decisions(self, cluster_id: str | None = None) -> list[Decision]:
        """The decisions log in order, for one cluster or all."""
        where, params = ("cluster_id = ?", [cluster_id]) if cluster_id else (None, [])
        rows = self.db.table("decisions").rows_where(where, params, order_by="at, rowid")
        return [_decision_from_row(r) for r in rows]

    def cluster_state(self, cluster_id: str) -> tuple[str | None, dict | None]:
        """(state, value) of a cluster: its current decision, or (None, None) while undecided."""
        rows = list(self.db.table("cluster_state").rows_where("cluster_id = ?", [cluster_id]))
        if not rows:
            return None, None
        return rows[0]["state"], json.loads(rows[0]["value"]) if rows[0]["value"] else None

    def cluster_states(self) -> dict[str, tuple[str, dict | None, str]]:
        """cluster id -> (state, value, id of the decision that set it), for every cluster ever decided."""
        rows = self.db.execute("select cluster_id, state, value, decision_id from cluster_state")
        return {r[0]: (r[1], json.loads(r[2]) if r[2] else None, r[3]) for r in rows if r[1] is not None}

    def decision_anchors(self, cluster_id: str | None = None) -> list[DecisionAnchor]:
        """The claims decisions were made on (all clusters, or one), oldest decision first."""
        where, params = ("where a.cluster_id = ?", [cluster_id]) if cluster_id else ("", [])
        sql = (
            "select a.* from decision_anchors a join decisions d on d.id = a.decision_id "
            f"{where} order by d.at, d.rowid, a.start"
        )
        return [
            DecisionAnchor(
                cluster_id=r["cluster_id"],
                decision_id=r["decision_id"],
                claim_id=r["claim_id"],
                doc_id=r["doc_id"],
                file_name=r["file_name"],
                kind=r["kind"],
                span=Span(start=r["start"], end=r["end"]),
                quote=r["quote"],
            )
            for r in self.db.query(sql, params)
        ]

    def orphaned_decisions(self) -> list[OrphanedDecision]:
        """Decided clusters that no current cluster continues (their claims changed beyond mapping)."""
        sql = (
            "select s.cluster_id, s.state, s.value from cluster_state s where s.state is not null "
            "and not exists (select 1 from clusters c where c.id = s.cluster_id) order by s.cluster_id"
        )
        return [
            OrphanedDecision(
                cluster_id=r["cluster_id"],
                state=r["state"],
                value=json.loads(r["value"]) if r["value"] else None,
                decisions=self.decisions(r["cluster_id"]),
                anchors=self.decision_anchors(r["cluster_id"]),
            )
            for r in self.db.query(sql)
        ]

    def _queue_where(
        self,
        status: str | None,
        kind: str | None,
        decided: bool | None,
        search: str | None,
        outlet: str | None,
    ) -> tuple[str, list[Any]]:
        where, params = ["1"], []
        if status:
            where.append("c.status = ?")
            params.append(status)
        if kind:
            where.append("c.kind = ?")
            params.append(kind)
        if decided is not None:
            where.append(f"not {_OPEN}" if decided else _OPEN)
        query = fts_query(search) if search else None
        if query:
            where.append(
                "c.id in (select m.cluster_id from claims_fts f join claims x on x.rowid = f.rowid "
                "join cluster_members m on m.claim_id = x.id where claims_fts match ?)"
            )
            params.append(query)
        if outlet:
            where.append(
                "exists (select 1 from cluster_members m join claims x on x.id = m.claim_id "
                "join documents d on d.id = x.doc_id where m.cluster_id = c.id and d.outlet like ?)"
            )
            params.append(f"%{outlet}%")
        return " and ".join(where), params

    def queue_page(
        self,
        offset: int,
        limit: int,
        *,
        status: str | None = None,
        kind: str | None = None,
        decided: bool | None = None,
        search: str | None = None,
        outlet: str | None = None,
        ids: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """One page of the review queue: conflicts, then single-origin, then agreeing clusters
        (only the clusters `ids` when given)."""
        where, params = self._queue_where(status, kind, decided, search, outlet)
        if ids is not None:
            where += f" and c.id in ({','.join('?' * len(ids))})"
            params += ids
        sql = (
            "select c.*, s.state from clusters c left join cluster_state s on s.cluster_id = c.id "
            f"where {where} order by {QUEUE_ORDER.replace('status', 'c.status')}, c.size desc, c.id "
            "limit ? offset ?"
        )
        rows = [dict(r) for r in self.db.query(sql, [*params, limit, offset])]
        members = self._member_claims([r["id"] for r in rows])
        for row in rows:
            row["claims"] = members.get(row["id"], [])
        return rows

    def clusters_matching(self, text: str, limit: int) -> list[str]:
        """Up to `limit` clusters holding a claim that matches the words typed (full-text index)."""
        query = fts_query(text)
        if not query:
            return []
        sql = (
            "select distinct m.cluster_id from claims_fts f join claims x on x.rowid = f.rowid "
            "join cluster_members m on m.claim_id = x.id where claims_fts match ? limit ?"
        )
        return [r[0] for r in self.db.execute(sql, [query, limit])]

    def queue_count(self, **filters: Any) -> int:
        """Clusters in the queue under these filters; the plain decided/undecided counts come from the
        small cluster_state table, so the header costs milliseconds even with a million clusters."""
        narrowed = any(filters.get(k) for k in ("status", "kind", "search", "outlet"))
        if not narrowed and filters.get("decided") is not None:
            decided = self.db.execute(
                "select count(*) from cluster_state s join clusters c on c.id = s.cluster_id "
                f"where not {_OPEN}"
            ).fetchone()[0]
            if filters["decided"]:
                return decided
            return self.db.execute("select count(*) from clusters").fetchone()[0] - decided
        where, params = self._queue_where(
            filters.get("status"),
            filters.get("kind"),
            filters.get("decided"),
            filters.get("search"),
            filters.get("outlet"),
        )
        sql = (
            f"select count(*) from clusters c left join cluster_state s on s.cluster_id = c.id where {where}"
        )
        return self.db.execute(sql, params).fetchone()[0]

    def _member_claims(self, cluster_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        if not cluster_ids:
            return {}
        marks = ",".join("?" * len(cluster_ids))
        sql = (
            "select m.cluster_id, x.low, x.high, x.text, x.date, x.place, x.unit, x.subject, d.outlet "
            "from cluster_members m join claims x on x.id = m.claim_id join documents d on d.id = x.doc_id "
            f"where m.cluster_id in ({marks}) order by d.file_name, x.start"
        )
        out: dict[str, list[dict[str, Any]]] = {}
        for row in self.db.query(sql, cluster_ids):
            out.setdefault(row["cluster_id"], []).append(row)
        return out


def _decision_from_row(r: dict[str, Any]) -> Decision:
    return Decision(
        id=r["id"],
        cluster_id=r["cluster_id"],
        reviewer=r["reviewer"],
        at=r["at"],
        action=r["action"],
        before=json.loads(r["before"]) if r["before"] else None,
        after=json.loads(r["after"]) if r["after"] else None,
        rationale=r["rationale"],
        undoes=r["undoes"],
    )
