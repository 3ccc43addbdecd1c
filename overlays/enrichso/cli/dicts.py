"""Generated models as the plain JSON objects the API sent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def as_dict(model: Any) -> dict[str, Any]:
    """A generated model (or a dict, or None) as the API's JSON object (camelCase keys)."""
    if model is None:
        return {}
    if isinstance(model, Mapping):
        return dict(model)
    to_dict = getattr(model, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        return dict(result) if isinstance(result, Mapping) else {}
    return {}
