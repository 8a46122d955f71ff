"""The review queue: clusters a page at a time, conflicts first, with filters and search."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from reconcile.errors import StoreError
from reconcile.models import ClaimKind, ClusterStatus
from reconcile.review import ReviewSession
from reconcile.tui.render import plain

PAGE = 200
BADGE = {"conflict": "✖ conflict", "single": "● single", "agree": "✔ agree"}


def _cycle(options: list, current: object) -> object:
    return options[(options.index(current) + 1) % len(options)]


class QueueScreen(Screen[None]):
    """Clusters to review, conflicts first, a page of rows at a time (memory does not grow with the queue)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", show=False),
        Binding("s", "cycle_status", "Status"),
        Binding("k", "cycle_kind", "Kind"),
        Binding("o", "cycle_outlet", "Outlet"),
        Binding("D", "cycle_decided", "Decided"),
        Binding("slash", "search", "Search"),
        Binding("right_square_bracket", "page(1)", "Next page"),
        Binding("left_square_bracket", "page(-1)", "Prev page"),
    ]

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.filters: dict[str, object] = {
            "status": None,
            "kind": None,
            "outlet": None,
            "decided": False,
            "search": None,
        }
        self.first_row = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="counts")
        yield Static(id="filters")
        yield Input(placeholder="search quotes, places, speakers (Enter)", id="search")
        table: DataTable[object] = DataTable(id="queue", cursor_type="row", zebra_stripes=True)
        table.add_columns(
            "status", "kind", "what · where · when", "values", "versions", "origins", "decision"
        )
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        try:
            counts = self.session.counts()
            rows = self.session.queue(self.first_row, PAGE, **self.filters)
            total = self.session.queue_size(**self.filters)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        self.query_one("#counts", Static).update(
            plain(f"{counts.conflicts} conflicts · {counts.to_review} to review · {counts.decided} decided")
        )
        shown = {None: "undecided", True: "decided", False: "undecided"}
        decided = "all" if self.filters["decided"] is None else shown[self.filters["decided"]]  # type: ignore[index]
        self.query_one("#filters", Static).update(
            plain(
                f"status {self.filters['status'] or 'all'} · kind {self.filters['kind'] or 'all'} · "
                f"outlet {self.filters['outlet'] or 'all'} · {decided}"
                f" · search {self.filters['search'] or '-'} · rows {self.first_row + 1 if rows else 0}-"
                f"{self.first_row + len(rows)} of {total}"
            )
        )
        table = self.query_one("#queue", DataTable)
        table.clear()
        for r in rows:
            table.add_row(
                plain(BADGE.get(r.status, r.status)),
                plain(r.kind),
                plain(r.what[:60]),
                plain(r.values[:30]),
                plain(str(r.versions)),
                plain(str(r.origins)),
                plain(r.state or ""),
                key=r.cluster_id,
            )
        table.focus()

    @on(DataTable.RowSelected, "#queue")
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.app.open_cluster(str(event.row_key.value))  # type: ignore[attr-defined]

    def action_open(self) -> None:
        table = self.query_one("#queue", DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            self.app.open_cluster(str(key.value))  # type: ignore[attr-defined]

    def _refilter(self, **changes: object) -> None:
        self.filters.update(changes)
        self.first_row = 0
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

    def action_page(self, step: int) -> None:
        total = self.session.queue_size(**self.filters)
        self.first_row = max(0, min(self.first_row + step * PAGE, max(0, total - 1) // PAGE * PAGE))
        self.reload()
