"""A single call's answer (Answer, Meta) and the parsers that read answers and results pages into
views."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic

from .._core.batch import results_of
from .._core.call import FromDict
from ._base import M, Raw, V, _number, _str, _View, check_members, read


@dataclass(frozen=True, slots=True)
class Meta(_View):
    """What a single call cost (None where the API did not say)."""

    request_id: str | None = read(_str, "requestId")
    credits_used: float | None = read(_number, "creditsUsed")
    credits_remaining: float | None = read(_number, "creditsRemaining")
    processing_time_ms: float | None = read(_number, "processingTimeMs")


@dataclass(frozen=True, slots=True)
class Answer(_View, Generic[V, M]):
    """A single call's answer: `data` (the normalised view), `meta` (what it cost), `raw` (the
    JSON body) and `model` (the same body as the generated envelope model)."""

    data: V
    meta: Meta
    model: M = field(repr=False)


def answer(envelope: FromDict[M], view: Callable[[Raw], V]) -> Callable[[Any], Answer[V, M]]:
    """The parser of a single call's 2xx body: the generated envelope checks it against the spec
    (a body that breaks the contract raises), the view reads it."""

    cls = getattr(view, "__self__", None)  # a view class's from_dict
    checked = isinstance(cls, type) and issubclass(cls, _View)

    def parse(body: Any) -> Answer[V, M]:
        if checked and isinstance(body, Mapping):  # before the model: it names the member
            check_members(cls, body.get("data"), "data")  # type: ignore[arg-type]
            check_members(Meta, body.get("meta"), "meta")
        model = envelope.from_dict(body)
        return Answer(body, data=view(body["data"]), meta=Meta.from_dict(body.get("meta")), model=model)

    return parse


def batch_items(view: Callable[[Raw], V]) -> Callable[[Any], list[V]]:
    """The results of a batch results page (generated envelope) as views; each item model's
    to_dict() is the JSON it was read from."""
    return lambda envelope: [view(item.to_dict()) for item in results_of(envelope)]
