"""The view of one email validation."""

from __future__ import annotations

from dataclasses import dataclass

from ._base import _bool, _str, _View, read


@dataclass(frozen=True, slots=True)
class EmailValidationView(_View):
    """One email's validation. `result` is the verdict (valid, invalid, risky, ...) from `result`
    or `status`; `is_catch_all` from `isCatchAll` or `catchAll`."""

    email: str | None = read(_str, "email")
    result: str | None = read(_str, "result", "status")
    confidence: str | None = read(_str, "confidence")
    is_catch_all: bool | None = read(_bool, "isCatchAll", "catchAll")
    message: str | None = read(_str, "message")
    provider: str | None = read(_str, "provider")
    sub_status: str | None = read(_str, "subStatus")
    free_email: bool | None = read(_bool, "freeEmail")
    disposable: bool | None = read(_bool, "disposable")
    is_federated: bool | None = read(_bool, "isFederated")
    has_seg: bool | None = read(_bool, "hasSEG")
    seg_provider: str | None = read(_str, "segProvider")
