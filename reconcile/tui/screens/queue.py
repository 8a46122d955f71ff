"""The review screen: the queue of clusters and, in place of it, the cluster the reviewer opened.

Opening a cluster swaps two panes of one screen instead of pushing a screen: a pushed screen is styled
and laid out from scratch (60-130 ms measured at 100k claims), a pane swap repaints in about 15 ms.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from reconcile.errors import StoreError
from reconcile.models import ClaimKind, ClusterStatus
from reconcile.review import ReviewSession
from reconcile.tui.keybar import KeyBar
from reconcile.tui.line_table import LineTable
from reconcile.tui.queue_list import QueueList
from reconcile.tui.render import plain
from reconcile.tui.screens.cluster import ClusterPane


def _cycle(options: list, current: object) -> object:
    return options[(options.index(current) + 1) % len(options)]


class QueuePane(Vertical):
    """Clusters to review, conflicts first, with counts, filters and search."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "cycle_status", "Status"),
        Binding("k", "cycle_kind", "Kind"),
        Binding("o", "cycle_outlet", "Outlet"),
        Binding("D", "cycle_decided", "Decided"),
        Binding("slash", "search", "Search"),
    ]

    def __init__(self, session: ReviewSession) -> None:
        super().__init__(id="queue-pane")
        self.session = session
        self.filters: dict[str, object] = {
            "status": None,
            "kind": None,
            "outlet": None,
            "decided": False,
            "search": None,
        }
        self.shown_after = -1  # session.recorded when the list was last fetched

    def compose(self) -> ComposeResult:
        yield Static(id="counts")
        yield Static(id="filters")
        yield Input(placeholder="search quotes, places, speakers (Enter)", id="search")
        yield QueueList(self._page, id="queue")

    def _page(self, offset: int, limit: int) -> list:
        try:
            return self.session.queue(offset, limit, **self.filters)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return []

    def on_mount(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Counts, filter line and the list, after a filter change or a decision."""
        self.shown_after = self.session.recorded
        try:
            counts = self.session.counts()
            total = self.session.queue_size(**self.filters)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        self.query_one("#counts", Static).update(
            plain(f"{counts.conflicts} conflicts · {counts.to_review} to review · {counts.decided} decided")
        )
        shown = {None: "all", True: "decided", False: "undecided"}
        self.query_one("#filters", Static).update(
            plain(
                f"status {self.filters['status'] or 'all'} · kind {self.filters['kind'] or 'all'} · "
                f"outlet {self.filters['outlet'] or 'all'} · {shown[self.filters['decided']]}"  # type: ignore[index]
                f" · search {self.filters['search'] or '-'} · {total} clusters"
            )
        )
        self.query_one(QueueList).reset(total)

    def focus_list(self) -> None:
        self.query_one(QueueList).focus()

    def _refilter(self, **changes: object) -> None:
        self.filters.update(changes)
        self.query_one(QueueList).cursor_row = 0
        self.reload()

    def action_cycle_status(self) -> None:
        self._refilter(status=_cycle([None, *[s.value for s in ClusterStatus]], self.filters["status"]))

    def action_cycle_kind(self) -> None:
        self._refilter(kind=_cycle([None, *[k.value for k in ClaimKind]], self.filters["kind"]))

    def action_cycle_outlet(self) -> None:
        self._refilter(outlet=_cycle([None, *self.session.outlets()], self.filters["outlet"]))

    def action_cycle_decided(self) -> None:
        self._refilter(decided=_cycle([False, True, None], self.filters["decided"]))

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.add_class("visible")
        box.focus()

    @on(Input.Submitted, "#search")
    def _searched(self, event: Input.Submitted) -> None:
        event.input.remove_class("visible")
        self._refilter(search=event.value.strip() or None)
        self.focus_list()


class QueueScreen(Screen[None]):
    """The queue, and the opened cluster in its place; Escape in the cluster returns to the queue."""

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        yield Header()
        yield QueuePane(self.session)
        yield ClusterPane(self.session)
        yield KeyBar()

    @property
    def queue_pane(self) -> QueuePane:
        return self.query_one(QueuePane)

    @property
    def cluster_pane(self) -> ClusterPane:
        return self.query_one(ClusterPane)

    @property
    def filters(self) -> dict[str, object]:
        return self.queue_pane.filters

    def on_mount(self) -> None:
        self.cluster_pane.display = False
        self.queue_pane.focus_list()

    @on(LineTable.Selected, "#queue")
    def _selected(self, event: LineTable.Selected) -> None:
        cluster_id = self.query_one(QueueList).cluster_at(event.index)
        if cluster_id:
            self.show_cluster(cluster_id)

    def show_cluster(self, cluster_id: str) -> None:
        pane = self.cluster_pane
        pane.show(cluster_id)
        self.queue_pane.display = False
        pane.display = True
        pane.focus_versions()

    def show_queue(self) -> None:
        """Back from a cluster: refetch only if a decision was recorded (it may take a row out)."""
        self.cluster_pane.display = False
        pane = self.queue_pane
        pane.display = True
        if pane.shown_after != self.session.recorded:
            pane.reload()
        pane.focus_list()

    @property
    def showing_cluster(self) -> bool:
        return bool(self.cluster_pane.display)
