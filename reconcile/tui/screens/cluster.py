"""One cluster: its versions side by side, the computed value, why they conflict, and the decisions."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from reconcile.errors import StoreError
from reconcile.models import DecisionAction
from reconcile.review import ClusterView, ReviewSession
from reconcile.tui.finder import ClusterPicker
from reconcile.tui.modal import DecisionModal
from reconcile.tui.render import claim_in_sentence, plain
from reconcile.tui.screens.document import DocumentScreen
from reconcile.tui.screens.queue import BADGE


class ClusterScreen(Screen[None]):
    """The versions of one fact side by side: computed value, why they conflict, the decision history."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
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

    def __init__(self, session: ReviewSession, cluster_id: str) -> None:
        super().__init__()
        self.session, self.cluster_id = session, cluster_id
        self.cluster_view: ClusterView | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="cluster-head")
        table: DataTable[object] = DataTable(id="versions", cursor_type="row")
        table.add_columns("outlet", "published", "wording", "value", "date", "quoted", "party", "copy of")
        yield table
        yield Static(id="sentence")
        yield Static(id="history")
        yield Footer()

    def on_mount(self) -> None:
        self.reload()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.reload()

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
            *[f"conflict: {reason}" for reason in c.reasons],
        ]
        self.query_one("#cluster-head", Static).update(plain("\n".join(head)))
        table = self.query_one("#versions", DataTable)
        row = table.cursor_row
        table.clear()
        for v in view.versions:
            claim = v.claim
            date = f"{claim.date.iso} ({claim.date.precision})" if claim.date else ""
            party = {True: "party", False: "neutral", None: ""}[claim.speaker_is_party]
            table.add_row(
                plain((v.outlet or claim.doc)[:28]),
                plain(v.published or "?"),
                plain(" ".join(claim.text.split())[:50]),
                plain(claim.quantity.label),
                plain(date),
                plain((claim.attributed_to or "")[:24]),
                plain(party),
                plain(f"copy of {v.copy_of}" if v.copy_of else ""),
                key=claim.id,
            )
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
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
        table.focus()

    def _current(self) -> int:
        return self.query_one("#versions", DataTable).cursor_row

    def _show_sentence(self) -> None:
        if not self.cluster_view or not self.cluster_view.versions:
            return
        v = self.cluster_view.versions[min(self._current(), len(self.cluster_view.versions) - 1)]
        self.query_one("#sentence", Static).update(
            claim_in_sentence(v.sentence, v.claim.sentence.start, v.claim)
        )

    @on(DataTable.RowHighlighted, "#versions")
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
            self.app.pop_screen()
        else:
            self.reload()

    def action_open_document(self) -> None:
        if self.cluster_view and self.cluster_view.versions:
            claim = self.cluster_view.versions[self._current()].claim
            self.app.push_screen(DocumentScreen(self.session, claim.doc_id, claim.id))
