"""Replaying the decisions log: which decisions are in force after undo and redo."""

from __future__ import annotations

import datetime as dt

from reconcile.lifecycle import RESTRUCTURING, in_force
from reconcile.models import Decision, DecisionAction
from reconcile.review import STATE_OF_ACTION

_T0 = dt.datetime(2024, 3, 7, tzinfo=dt.UTC)


def _d(i: int, action: DecisionAction, undoes: str | None = None) -> Decision:
    return Decision(
        id=f"d{i}",
        cluster_id="c",
        reviewer="r",
        at=_T0 + dt.timedelta(minutes=i),
        action=action,
        undoes=undoes,
    )


def test_undo_takes_a_decision_back_and_redo_puts_it_back_in_its_place() -> None:
    log = [
        _d(1, DecisionAction.DISPUTED),
        _d(2, DecisionAction.ACCEPT_VERSION),
        _d(3, DecisionAction.NOTE),
        _d(4, DecisionAction.UNDO, undoes="d2"),
    ]
    assert [d.id for d in in_force(log, STATE_OF_ACTION)] == ["d1"]
    log.append(_d(5, DecisionAction.REDO, undoes="d4"))
    assert [d.id for d in in_force(log, STATE_OF_ACTION)] == ["d1", "d2"]


def test_merges_and_decisions_are_replayed_separately() -> None:
    log = [
        _d(1, DecisionAction.MERGE_CLUSTERS),
        _d(2, DecisionAction.DISPUTED),
        _d(3, DecisionAction.SPLIT_CLAIM),
        _d(4, DecisionAction.UNDO, undoes="d3"),
    ]
    assert [d.id for d in in_force(log, RESTRUCTURING)] == ["d1"]
    assert [d.id for d in in_force(log, STATE_OF_ACTION)] == ["d2"]
