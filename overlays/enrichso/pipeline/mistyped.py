"""A submit answered 2xx whose batch id is readable while another of its members has another
type than the spec's (`"totalItems": "ten"`): the server took the chunk and said which batch it
is, so the batch is taken, not reconciled as if the answer were lost."""

from __future__ import annotations

from typing import Any

import orjson
from enrichso_api.types import WrongMemberType

from .._core.member_path import find_member
from ..errors import APIResponseValidationError

MAX_MISTYPED = 20  # members set aside before giving up on the answer


def batch_id_despite(
    call_parse: Any, batch_id_of: Any, error: APIResponseValidationError
) -> tuple[str, list[str]] | None:
    """(the batch id, the mistyped members' paths) read from the body of `error`, reading each
    member of the wrong type as null; None when the answer names no usable batch id that way."""
    if error.member is None or not error.body:
        return None
    try:
        body = orjson.loads(error.body)
    except orjson.JSONDecodeError:
        return None
    mistyped: list[str] = []
    while len(mistyped) <= MAX_MISTYPED:
        try:
            envelope = call_parse(body)
        except WrongMemberType as exc:
            found = find_member(body, exc.name, exc.value)
            if found is None:
                return None
            holder, path = found
            holder[exc.name] = None
            mistyped.append(path)
            continue
        except (LookupError, TypeError, AttributeError, ValueError, APIResponseValidationError):
            return None
        try:
            batch_id = batch_id_of(envelope)
        except (LookupError, TypeError, AttributeError, ValueError):
            return None
        return (batch_id, mistyped) if isinstance(batch_id, str) and batch_id else None
    return None
