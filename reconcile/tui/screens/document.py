"""One article with every extracted claim highlighted; step through them and open their clusters."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from reconcile.review import ReviewSession
from reconcile.tui.keybar import KeyBar
from reconcile.tui.render import highlighted, plain


class DocumentScreen(Screen[None]):
    """One article with every extracted claim highlighted; step through them and open their clusters."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("j", "step(1)", "Next claim"),
        Binding("k", "step(-1)", "Previous claim"),
        Binding("enter", "open_cluster", "Open cluster"),
    ]

    def __init__(self, session: ReviewSession, doc_id: str, claim_id: str | None = None) -> None:
        super().__init__()
        self.session, self.doc_id = session, doc_id
        self.claims = session.document_claims(doc_id)
        ids = [c.id for c in self.claims]
        self.claim_index = ids.index(claim_id) if claim_id in ids else 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="doc-status")
        with VerticalScroll(id="doc-scroll"):
            yield Static(id="doc-text")
        yield KeyBar()

    def on_mount(self) -> None:
        self.render_document()

    def render_document(self) -> None:
        doc = self.session.store.document(self.doc_id)
        if doc is None:
            return
        spans = [(c.span.start, c.span.end) for c in self.claims]
        order = sorted(range(len(spans)), key=lambda i: spans[i])
        current = order.index(self.claim_index) if self.claims else None
        self.query_one("#doc-text", Static).update(highlighted(doc.text, spans, current))
        if self.claims:
            c = self.claims[self.claim_index]
            self.query_one("#doc-status", Static).update(
                plain(
                    f"{doc.file_name} · claim {self.claim_index + 1}/{len(self.claims)} · "
                    f"{c.kind} · {c.quantity.label}"
                )
            )

    def action_step(self, step: int) -> None:
        if self.claims:
            self.claim_index = (self.claim_index + step) % len(self.claims)
            self.render_document()

    def action_open_cluster(self) -> None:
        if self.claims:
            cluster_id = self.session.cluster_of(self.claims[self.claim_index].id)
            if cluster_id:
                self.app.open_cluster(cluster_id)  # type: ignore[attr-defined]
