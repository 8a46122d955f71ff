"""Find a cluster by typing: the merge picker and the command palette's cluster search."""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import Hit, Hits, Provider
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from reconcile.review import QueueRow, ReviewSession
from reconcile.tui.render import plain


def row_label(row: QueueRow) -> str:
    return f"{row.status:<8} {row.kind:<10} {row.what} · {row.values} · {row.versions} versions"


class ClusterPicker(ModalScreen[str | None]):
    """Type to fuzzy-find a cluster; Enter picks the highlighted one, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]

    def __init__(self, session: ReviewSession, title: str, exclude: str | None = None) -> None:
        super().__init__()
        self.session, self.title_text, self.exclude = session, title, exclude

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text)
            yield Input(placeholder="type to find a cluster", id="finder-input")
            yield OptionList(id="finder-results")

    def on_mount(self) -> None:
        self._refresh("")

    @on(Input.Changed, "#finder-input")
    def _changed(self, event: Input.Changed) -> None:
        self._refresh(event.value)

    def _refresh(self, text: str) -> None:
        results = self.query_one("#finder-results", OptionList)
        results.clear_options()
        rows = self.session.find_clusters(text, limit=20, exclude=self.exclude)
        results.add_options([Option(plain(row_label(r)), id=r.cluster_id) for r in rows])
        if rows:
            results.highlighted = 0

    def action_move(self, step: int) -> None:
        results = self.query_one("#finder-results", OptionList)
        if results.option_count:
            results.highlighted = ((results.highlighted or 0) + step) % results.option_count

    @on(Input.Submitted, "#finder-input")
    def _submitted(self) -> None:
        results = self.query_one("#finder-results", OptionList)
        if results.highlighted is None:
            return
        self.dismiss(results.get_option_at_index(results.highlighted).id)

    @on(OptionList.OptionSelected, "#finder-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ClusterCommands(Provider):
    """Command palette: 'open cluster …' for clusters matching what was typed."""

    async def search(self, query: str) -> Hits:
        open_cluster = getattr(self.app, "open_cluster", None)
        session = getattr(self.app, "session", None)
        if open_cluster is None or session is None:
            return
        matcher = self.matcher(query)
        for row in session.find_clusters(query, limit=15):
            text = f"Open cluster: {row_label(row)}"
            score = matcher.match(text)
            yield Hit(
                max(score, 0.01), plain(text), partial(open_cluster, row.cluster_id), help=row.cluster_id
            )
