"""A small form dialog for a decision's rationale and, when setting a value, low/high/best/date."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class DecisionModal(ModalScreen[dict[str, str] | None]):
    """Asks for the named fields; Enter on the last one submits, Escape cancels (returns None)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, fields: list[str]) -> None:
        super().__init__()
        self.title_text, self.fields = title, fields

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text)
            for name in self.fields:
                yield Input(placeholder=name, id=f"field-{name}")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        inputs = list(self.query(Input))
        index = inputs.index(event.input)
        if index + 1 < len(inputs):
            inputs[index + 1].focus()
            return
        self.dismiss({name: self.query_one(f"#field-{name}", Input).value.strip() for name in self.fields})

    def action_cancel(self) -> None:
        self.dismiss(None)
