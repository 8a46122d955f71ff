"""The review app: opens a store, shows the review screen (queue and cluster), and pushes documents."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from reconcile.review import ReviewSession
from reconcile.store import Store
from reconcile.tui.finder import ClusterCommands
from reconcile.tui.screens import QueueScreen


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
        self.review_screen = QueueScreen(self.session)

    def on_mount(self) -> None:
        self.push_screen(self.review_screen)

    def open_cluster(self, cluster_id: str) -> None:
        """Show a cluster in the review screen, leaving whatever screen (a document) is on top of it."""
        while self.screen is not self.review_screen and len(self.screen_stack) > 1:
            self.pop_screen()
        self.review_screen.show_cluster(cluster_id)

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def on_unmount(self) -> None:
        self.store.close()
