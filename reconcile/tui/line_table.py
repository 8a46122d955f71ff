"""A table drawn line by line (Textual's Line API): only the rows on screen are rendered.

Textual's DataTable keeps every row and re-renders through Rich per cell; it took about 11 s to paint
100,000 queue rows, and half of the repaint after opening a cluster went to its four-row version table.
Here a row is plain text cut to its column widths, asked for only when it is on screen.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reconcile.tui.render import printable

Columns = list[tuple[str, int | None]]  # (title, width); a width of None takes what the others leave


class LineTable(ScrollView, can_focus=True):
    """A header line, rows from `row_cells`, and a cursor; subclasses say where rows come from."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "line-table--header",
        "line-table--cursor",
        "line-table--conflict",
        "line-table--single",
        "line-table--agree",
    }
    DEFAULT_CSS = """
    LineTable { height: 1fr; overflow-x: hidden; }
    LineTable > .line-table--header { text-style: bold; color: $text-accent; }
    LineTable > .line-table--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    LineTable:blur > .line-table--cursor { background: $block-cursor-blurred-background; }
    LineTable > .line-table--conflict { color: $text-error; }
    LineTable > .line-table--single { color: $text-warning; }
    LineTable > .line-table--agree { color: $text-success; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
        Binding("pagedown", "move_page(1)", "Page down", show=False),
        Binding("pageup", "move_page(-1)", "Page up", show=False),
        Binding("home", "move_to(0)", "First", show=False),
        Binding("end", "move_to(-1)", "Last", show=False),
    ]

    class Highlighted(Message):
        """The cursor moved to row `index`."""

        def __init__(self, table: LineTable, index: int) -> None:
            super().__init__()
            self.table, self.index = table, index

        @property
        def control(self) -> LineTable:
            return self.table

    class Selected(Highlighted):
        """Enter (or a click on the cursor's row) chose row `index`."""

    def __init__(self, columns: Columns, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = columns
        self.row_count = 0
        self.cursor_row = 0
        self._styles: dict[str, Style] = {}
        self._widths_now: list[int] = []

    def row_cells(self, index: int) -> list[str] | None:
        """The texts of row `index`, one per column; None past the end."""
        raise NotImplementedError

    def row_badge(self, index: int) -> str | None:
        """A component class name (e.g. 'conflict') colouring the row's first cell."""
        return None

    def reset(self, row_count: int) -> None:
        """The rows changed: redraw what is on screen, keeping the cursor in range."""
        self.row_count = row_count
        self.cursor_row = max(0, min(self.cursor_row, row_count - 1))
        self.virtual_size = Size(self.size.width, row_count + 1)
        self._scroll_to_cursor()
        self.refresh()

    def _rows_shown(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _widths(self) -> list[int]:
        width = self.scrollable_content_region.width
        fixed = sum(w + 1 for _, w in self.columns if w is not None)
        return [w if w is not None else max(10, width - fixed - 1) for _, w in self.columns]

    def _line(self, texts: list[str], styles: list[Style]) -> Strip:
        segments = [
            Segment(set_cell_size(printable(" ".join(text.split())), width) + " ", style)
            for text, width, style in zip(texts, self._widths_now, styles, strict=True)
        ]
        return Strip(segments).adjust_cell_length(self.scrollable_content_region.width, self._styles[""])

    def render_lines(self, crop: Region) -> list[Strip]:
        """Styles resolved once per repaint: `rich_style` walks the DOM; rows would ask for it per line."""
        base = self.rich_style
        self._styles = {
            name: base + self.get_component_rich_style(f"line-table--{name}", partial=name != "cursor")
            for name in ("header", "cursor", "conflict", "single", "agree")
        }
        self._styles[""] = base
        self._widths_now = self._widths()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        styles, count = self._styles, len(self.columns)
        if y == 0:
            return self._line([title for title, _ in self.columns], [styles["header"]] * count)
        index = round(self.scroll_offset.y) + y - 1
        texts = self.row_cells(index) if 0 <= index < self.row_count else None
        if texts is None:
            return Strip.blank(self.scrollable_content_region.width, styles[""])
        if index == self.cursor_row:
            return self._line(texts, [styles["cursor"]] * count)
        first = styles.get(self.row_badge(index) or "", styles[""])
        return self._line(texts, [first] + [styles[""]] * (count - 1))

    def _scroll_to_cursor(self) -> None:
        top, shown = round(self.scroll_offset.y), self._rows_shown()
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + shown:
            self.scroll_to(y=self.cursor_row - shown + 1, animate=False, immediate=True)

    def move_cursor(self, row: int) -> None:
        if not self.row_count:
            return
        before = self.cursor_row
        self.cursor_row = max(0, min(row, self.row_count - 1))
        top = round(self.scroll_offset.y)
        self._scroll_to_cursor()
        if round(self.scroll_offset.y) != top:
            self.refresh()
        else:
            for index in (before, self.cursor_row):
                self.refresh_line(index + 1)  # virtual line: the header is line 0
        if self.cursor_row != before:
            self.post_message(self.Highlighted(self, self.cursor_row))

    def action_move(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step)

    def action_move_page(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step * self._rows_shown())

    def action_move_to(self, row: int) -> None:
        self.move_cursor(row if row >= 0 else self.row_count - 1)

    def action_select(self) -> None:
        if self.row_count:
            self.post_message(self.Selected(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        """A click moves the cursor; a click on the cursor's row chooses it."""
        if event.y == 0:
            return
        index = round(self.scroll_offset.y) + event.y - 1
        if index == self.cursor_row:
            self.action_select()
        elif 0 <= index < self.row_count:
            self.move_cursor(index)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.row_count + 1)
