"""JSON Schemas of the models that form the contract between stages."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from reconcile.models import Claim, Cluster, Decision, Document, Entity, Ledger

SCHEMAS: dict[str, type[BaseModel]] = {
    "document": Document,
    "claim": Claim,
    "entity": Entity,
    "cluster": Cluster,
    "decision": Decision,
    "ledger": Ledger,
}


def json_schema(name: str = "all") -> dict[str, Any]:
    """Schema of one model, or `{name: schema}` of all of them."""
    if name == "all":
        return {key: model.model_json_schema() for key, model in SCHEMAS.items()}
    return SCHEMAS[name].model_json_schema()
