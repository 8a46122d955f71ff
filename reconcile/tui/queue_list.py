"""The review queue as a virtual list: rows on screen are fetched from the store a page at a time.

Painting and moving the cursor cost the same with 100 clusters or 1,000,000, and memory holds a few
pages whatever the queue's length.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import ClassVar

from textual.binding import Binding, BindingType

from reconcile.review import QueueRow
from reconcile.tui.line_table import LineTable

PAGE_ROWS = 50
CACHED_PAGES = 16
BADGE = {"conflict": "✖ conflict", "single": "● single", "agree": "✔ agree"}
COLUMNS: list[tuple[str, int | None]] = [
    ("status", 11),
    ("kind", 12),
    ("what · where · when", None),
    ("values", 24),
    ("versions", 8),
    ("origins", 7),
    ("decision", 13),
]


class QueueList(LineTable):
    """Clusters in queue order; Enter posts `Selected` for the row under the cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select", "Open")]

    def __init__(self, fetch: Callable[[int, int], list[QueueRow]], *, id: str | None = None) -> None:
        super().__init__(COLUMNS, id=id)
        self._fetch = fetch
        self._pages: OrderedDict[int, list[QueueRow]] = OrderedDict()

    def reset(self, row_count: int) -> None:
        self._pages.clear()
        super().reset(row_count)

    def row(self, index: int) -> QueueRow | None:
        """The row at `index` in queue order, from the page cache or one query for its page."""
        if not 0 <= index < self.row_count:
            return None
        number = index // PAGE_ROWS
        page = self._pages.get(number)
        if page is None:
            page = self._pages[number] = self._fetch(number * PAGE_ROWS, PAGE_ROWS)
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = index - number * PAGE_ROWS
        return page[offset] if offset < len(page) else None

    def row_cells(self, index: int) -> list[str] | None:
        row = self.row(index)
        if row is None:
            return None
        status = BADGE.get(row.status, row.status)
        return [status, row.kind, row.what, row.values, str(row.versions), str(row.origins), row.state or ""]

    def row_badge(self, index: int) -> str | None:
        row = self.row(index)
        return row.status if row else None

    def cluster_at(self, index: int) -> str | None:
        row = self.row(index)
        return row.cluster_id if row else None

    def visible_clusters(self) -> list[str]:
        """The clusters drawn now, top to bottom (what a reviewer sees)."""
        first = round(self.scroll_offset.y)
        ids = (self.cluster_at(i) for i in range(first, min(self.row_count, first + self._rows_shown())))
        return [i for i in ids if i is not None]
