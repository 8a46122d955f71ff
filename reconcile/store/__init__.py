"""The only package that speaks SQL: a Store over sqlite-utils that takes and returns models."""

from reconcile.store.db import SaveOutcome, Store, default_db_path

__all__ = ["SaveOutcome", "Store", "default_db_path"]
