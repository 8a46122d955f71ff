"""reconcile: extract checkable claims from conflict reporting and reconcile them across outlets."""

__version__ = "0.1.0"
