"""The keys in force, on one line at the bottom of a screen.

Textual's Footer composes one widget per key and rebuilds them on every focus change; on the review
screen that was ~40% of the time to repaint after opening a cluster. One line of text repaints once.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static


class KeyBar(Static):
    """Shown bindings of the focused widget and its ancestors, as 'key description' pairs."""

    DEFAULT_CSS = """
    KeyBar { dock: bottom; height: 1; background: $footer-background; color: $footer-foreground; }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._show)
        self._show(self.screen)

    def _show(self, screen: Screen) -> None:
        line, seen = Text(no_wrap=True, overflow="ellipsis"), set()
        for _node, binding, enabled, _tooltip in screen.active_bindings.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            key = self.app.get_key_display(binding)
            line.append(f" {key} ", style="bold" if enabled else "dim")
            line.append(f"{binding.description} ", style="" if enabled else "dim")
        self.update(line)
