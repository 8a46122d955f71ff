"""A reviewer's split, merge, undo and redo change the stored clusters at once, without a full
reconciliation, and a full reconciliation afterwards agrees with them cluster for cluster."""

from __future__ import annotations

import shutil
from pathlib import Path

from reconcile.pipeline import reconcile
from reconcile.review import ReviewSession
from reconcile.store import Store


def _clusters(store: Store) -> dict[str, tuple]:
    return {
        c.id: (
            tuple(sorted(c.claim_ids)),
            c.status,
            c.reconciled,
            c.independent_origins,
            c.only_party_sources,
            tuple(c.reasons),
        )
        for c in store.clusters()
    }


def _agrees_with_full_reconciliation(store: Store) -> dict[str, tuple]:
    local = _clusters(store)
    reconcile(store)
    assert _clusters(store) == local
    return local


def test_split_merge_undo_redo_regroup_locally_as_a_full_reconciliation_would(
    seed_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "claims.db"
    shutil.copy(seed_db, db)
    with Store(db) as store:
        session = ReviewSession(store, "tester")
        conflict = store.clusters(status="conflict", kind="casualties")[0]
        before = _clusters(store)
        moved = next(
            c.id for c in store.claims_by_ids(conflict.claim_ids) if c.quantity.label.startswith("≥40")
        )
        session.split(conflict.id, moved, "a different toll")
        after_split = _agrees_with_full_reconciliation(store)
        assert moved not in after_split[conflict.id][0]
        assert after_split[store.cluster_id_of(moved)][0] == (moved,)

        single = next(c for c in store.clusters(status="single") if c.kind == "casualties")
        session.merge(conflict.id, single.id, "same incident")
        merged = _agrees_with_full_reconciliation(store)
        assert set(single.claim_ids) < set(merged[conflict.id][0]) and single.id not in merged

        session.undo()  # the merge
        assert _agrees_with_full_reconciliation(store) == after_split
        session.undo()  # the split
        assert _agrees_with_full_reconciliation(store) == before
        session.redo()  # the split again
        assert _agrees_with_full_reconciliation(store) == after_split
