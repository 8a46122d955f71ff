"""One cluster: its versions side by side, the computed value, why they conflict, and the decisions.

A pane of the review screen, shown in place of the queue (see screens/queue.py for why not a screen)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from reconcile.errors import StoreError
from reconcile.models import Claim, DecisionAction
from reconcile.review import ClusterView, ReviewSession
from reconcile.tui.finder import ClusterPicker
from reconcile.tui.line_table import LineTable
from reconcile.tui.modal import DecisionModal
from reconcile.tui.queue_list import BADGE
from reconcile.tui.render import claim_in_sentence, plain
from reconcile.tui.screens.document import DocumentScreen


class VersionTable(LineTable):
    """The versions of the open cluster, one row each; the cursor picks the version to act on."""

    COLUMNS: ClassVar[list[tuple[str, int | None]]] = [
        ("outlet", 22),
        ("published", 10),
        ("wording", None),
        ("value", 12),
        ("date", 22),
        ("quoted", 20),
        ("party", 7),
        ("copy of", 16),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(self.COLUMNS, id=id)
        self.rows: list[list[str]] = []

    def show(self, rows: list[list[str]]) -> None:
        self.rows = rows
        self.reset(len(rows))

    def row_cells(self, index: int) -> list[str] | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None


class ClusterPane(Vertical):
    """The versions of one fact side by side: computed value, why they conflict, the decision history."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back"),
        Binding("a", "decide('accept_version')", "Accept version"),
        Binding("v", "decide('set_value')", "Set value"),
        Binding("d", "decide('disputed')", "Disputed"),
        Binding("u", "decide('unverifiable')", "Unverifiable"),
        Binding("x", "decide('not_a_claim')", "Not a claim"),
        Binding("n", "note", "Note"),
        Binding("s", "split", "Split out"),
        Binding("m", "merge", "Merge with…"),
        Binding("ctrl+z", "undo", "Undo"),
        Binding("ctrl+y", "redo", "Redo"),
        Binding("o", "open_document", "Document"),
    ]

    def __init__(self, session: ReviewSession) -> None:
        super().__init__(id="cluster-pane")
        self.session = session
        self.cluster_id = ""
        self.cluster_view: ClusterView | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="cluster-head")
        yield VersionTable(id="versions")
        yield Static(id="sentence")
        yield Static(id="history")

    def show(self, cluster_id: str) -> None:
        self.cluster_id = cluster_id
        self.query_one(VersionTable).cursor_row = 0
        self.reload()

    def focus_versions(self) -> None:
        self.query_one(VersionTable).focus()

    def action_close(self) -> None:
        self.screen.show_queue()  # type: ignore[attr-defined]

    def reload(self) -> None:
        view = self.cluster_view = self.session.view(self.cluster_id)
        c = view.cluster
        value = c.reconciled.label if c.reconciled else "-"
        head = [
            f"{BADGE.get(c.status, c.status)} · {c.kind} · {len(c.claim_ids)} versions · "
            f"{c.independent_origins} independent origin(s)"
            + (" · party sources only" if c.only_party_sources else ""),
            f"computed value {value} · decision: {view.state or 'undecided'}"
            + (f" {view.value}" if view.value else ""),
            *[f"conflict: {reason}" for reason in dict.fromkeys(c.reasons)],  # an article may repeat a phrase
        ]
        self.query_one("#cluster-head", Static).update(plain("\n".join(head)))
        self.query_one(VersionTable).show(
            [
                [
                    v.outlet or v.claim.doc,
                    v.published or "?",
                    f"DENIED: {v.claim.text}" if v.claim.denied else v.claim.text,
                    v.claim.quantity.label,
                    _date_cell(v.claim),
                    v.claim.attributed_to or "",
                    {True: "party", False: "neutral", None: ""}[v.claim.speaker_is_party],
                    f"copy of {v.copy_of}" if v.copy_of else "",
                ]
                for v in view.versions
            ]
        )
        self._show_sentence()
        history = [
            f"{d.at:%Y-%m-%d %H:%M} {d.reviewer} {d.action.value}"
            + (f" → {d.after.get('state')}" if d.after else "")
            + (f": {d.rationale}" if d.rationale else "")
            for d in view.decisions
        ]
        self.query_one("#history", Static).update(
            plain("history\n" + ("\n".join(history) or "no decisions yet"))
        )

    def _current(self) -> int:
        return self.query_one(VersionTable).cursor_row

    def _show_sentence(self) -> None:
        if not self.cluster_view or not self.cluster_view.versions:
            return
        v = self.cluster_view.versions[min(self._current(), len(self.cluster_view.versions) - 1)]
        self.query_one("#sentence", Static).update(
            claim_in_sentence(v.sentence, v.claim.sentence.start, v.claim)
        )

    @on(LineTable.Highlighted, "#versions")
    def _highlighted(self) -> None:
        self._show_sentence()

    def action_decide(self, action: str) -> None:
        decision = DecisionAction(action)
        fields = (
            ["low", "high", "best", "date", "rationale"]
            if decision is DecisionAction.SET_VALUE
            else ["rationale"]
        )
        self.app.push_screen(
            DecisionModal(f"{decision.value.replace('_', ' ')}: {self.cluster_id}", fields),
            lambda answer: self._apply(decision, answer),
        )

    def _apply(self, action: DecisionAction, answer: dict[str, str] | None) -> None:
        if answer is None or not self.cluster_view:
            return
        extra: dict[str, object] = {}
        try:
            if action is DecisionAction.ACCEPT_VERSION:
                extra["claim_id"] = self.cluster_view.versions[self._current()].claim.id
            if action is DecisionAction.SET_VALUE:
                for name in ("low", "high", "best"):
                    extra[name] = int(answer[name].replace(",", "")) if answer.get(name) else None
                extra["date"] = answer.get("date") or None
            self.session.decide(self.cluster_id, action, rationale=answer.get("rationale") or None, **extra)
        except (ValueError, StoreError) as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        self.reload()
        self.notify(f"saved: {action.value.replace('_', ' ')}")

    def action_note(self) -> None:
        def save(answer: dict[str, str] | None) -> None:
            if answer and answer.get("note"):
                self.session.note(self.cluster_id, answer["note"])
                self.reload()
                self.notify("note saved")

        self.app.push_screen(DecisionModal("note", ["note"]), save)

    def action_split(self) -> None:
        if not self.cluster_view or len(self.cluster_view.versions) < 2:
            self.notify("a single version is already its own cluster")
            return
        claim = self.cluster_view.versions[self._current()].claim

        def save(answer: dict[str, str] | None) -> None:
            if answer is not None:
                self.session.split(self.cluster_id, claim.id, answer.get("rationale") or None)
                self.reload()
                self.notify(f"saved: '{claim.text[:40]}' moved to its own cluster")

        self.app.push_screen(DecisionModal(f"split out: {claim.text[:60]}", ["rationale"]), save)

    def action_merge(self) -> None:
        def picked(other: str | None) -> None:
            if other:
                self.app.push_screen(
                    DecisionModal(f"merge {other} into {self.cluster_id}", ["rationale"]),
                    lambda answer: self._merge(other, answer),
                )

        self.app.push_screen(ClusterPicker(self.session, "merge with…", exclude=self.cluster_id), picked)

    def _merge(self, other: str, answer: dict[str, str] | None) -> None:
        if answer is None:
            return
        self.session.merge(self.cluster_id, other, answer.get("rationale") or None)
        self.reload()
        self.notify(f"saved: merged {other}")

    def action_undo(self) -> None:
        self.notify("undone" if self.session.undo() else "nothing to undo")
        self._reload_or_leave()

    def action_redo(self) -> None:
        self.notify("redone" if self.session.redo() else "nothing to redo")
        self._reload_or_leave()

    def _reload_or_leave(self) -> None:
        """Undoing a split or merge can dissolve the cluster on screen; then go back to the queue."""
        if self.session.store.cluster(self.cluster_id) is None:
            self.action_close()
        else:
            self.reload()

    def action_open_document(self) -> None:
        if self.cluster_view and self.cluster_view.versions:
            claim = self.cluster_view.versions[self._current()].claim
            self.app.push_screen(DocumentScreen(self.session, claim.doc_id, claim.id))


def _date_cell(claim: Claim) -> str:
    """A claim's date at its precision, or the period it spans ('2025-06-01/2025-06-04 (day)')."""
    if claim.date is None:
        return ""
    period = f"{claim.date.iso}/{claim.date_end.iso}" if claim.date_end else claim.date.iso
    return f"{period} ({claim.date.precision})"
