"""The app's screens: the queue, a cluster, a document. Attributes flow down; decisions go through the
ReviewSession."""

from reconcile.tui.screens.cluster import ClusterScreen
from reconcile.tui.screens.document import DocumentScreen
from reconcile.tui.screens.queue import QueueScreen

__all__ = ["ClusterScreen", "DocumentScreen", "QueueScreen"]
