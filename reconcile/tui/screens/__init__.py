"""The app's screens: the review screen (queue and cluster panes) and a document. Attributes flow down;
decisions go through the ReviewSession."""

from reconcile.tui.screens.cluster import ClusterPane
from reconcile.tui.screens.document import DocumentScreen
from reconcile.tui.screens.queue import QueuePane, QueueScreen

__all__ = ["ClusterPane", "DocumentScreen", "QueuePane", "QueueScreen"]
