"""Textual review app: queue, cluster and document screens over the headless review API."""
