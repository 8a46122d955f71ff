"""The review app: opens a store, shows the queue, and pushes cluster and document screens."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from reconcile.review import ReviewSession
from reconcile.store import Store
from reconcile.tui.finder import ClusterCommands
from reconcile.tui.screens import ClusterScreen, QueueScreen


class ReviewApp(App[None]):
    """Adjudicate clusters from the keyboard; every decision is in the database before the screen says so."""

    CSS_PATH = "review.tcss"
    COMMANDS = App.COMMANDS | {ClusterCommands}
    TITLE = "reconcile review"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "toggle_help", "Help"),
    ]

    def __init__(self, db: Path | str, reviewer: str) -> None:
        super().__init__()
        self.store = Store(db)
        self.session = ReviewSession(self.store, reviewer)
        self.sub_title = f"{Path(db).name} · reviewer {reviewer}"
        self._cluster_screen: ClusterScreen | None = None

    def on_mount(self) -> None:
        self.push_screen(QueueScreen(self.session))

    def open_cluster(self, cluster_id: str) -> None:
        """Show a cluster, reusing one cluster screen: composing a new screen per cluster costs ~0.2 s."""
        screen = self._cluster_screen
        if screen is None or screen in self.screen_stack:
            screen = ClusterScreen(self.session, cluster_id)
            if self._cluster_screen is None:
                self._cluster_screen = screen
        else:
            screen.cluster_id = cluster_id
        self.push_screen(screen)

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def on_unmount(self) -> None:
        self.store.close()
