"""What reading a batch row as its typed view costs, against reading its JSON, in process (no
network, no simulator): the per-row difference between the pipeline benchmark's `sdk-model` and
`sdk-raw` variants, taken apart, next to the floors any typed view pays in CPython.

    python -m benchmarks.typed_rows [--rows 200000] [--repeat 5]

Prints nanoseconds a row (the minimum of --repeat passes, garbage collector off while timing):
  cells from row.raw      what sdk-raw does a row (benchmarks.csv_out.cells_from_raw)
  cells from row.result   what sdk-model does a row (benchmarks.pipeline_sdk.cells_from_model)
  row.result              the first read of a row's view (built and kept on the row)
  view build              EmailValidationView's reading of one result alone
  view attribute          one attribute of a built view, and raw.get of one member
  floors                  a property returning a constant; a new instance of a class of 13 slots
                          (what EmailValidationView is); msgspec.convert of the same result into
                          an equivalent msgspec.Struct, when msgspec is installed (it is not a
                          dependency: a compiled validating reader, for comparison)
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from typing import Any

from .csv_out import cells_from_raw
from .pipeline_sdk import cells_from_model


def results(count: int) -> list[dict[str, Any]]:
    """Email validation results in the simulator's shape (members the view reads, a null among them)."""
    return [
        {
            "email": f"user{n}@example.com",
            "result": "valid",
            "confidence": "high",
            "isCatchAll": False,
            "provider": "google",
            "message": "Email is valid and deliverable",
            "subStatus": None,
            "freeEmail": False,
            "disposable": False,
        }
        for n in range(count)
    ]


def per_row(make: Callable[[], Any], work: Callable[[Any], Any], rows: int, repeat: int) -> float:
    """Nanoseconds a row of `work(make())`: the least disturbed of `repeat` passes."""
    best = float("inf")
    for _ in range(repeat):
        subject = make()
        gc.collect()
        gc.disable()
        try:
            started = time.perf_counter()
            work(subject)
            best = min(best, time.perf_counter() - started)
        finally:
            gc.enable()
    return best / rows * 1e9


class _Constant:
    __slots__ = ("raw",)

    @property
    def member(self) -> int:
        return 1


class _ThirteenSlots:
    __slots__ = tuple("abcdefghijklm")


def _msgspec_reader() -> Callable[[dict[str, Any]], Any] | None:
    try:
        import msgspec
    except ImportError:
        return None

    class Validation(msgspec.Struct, frozen=True, rename="camel"):
        email: str | None = None
        result: str | None = None
        confidence: str | None = None
        is_catch_all: bool | None = None
        message: str | None = None
        provider: str | None = None
        sub_status: str | None = None
        free_email: bool | None = None
        disposable: bool | None = None
        is_federated: bool | None = None
        has_seg: bool | None = msgspec.field(default=None, name="hasSEG")
        seg_provider: str | None = None

    convert = msgspec.convert
    return lambda raw: convert(raw, Validation)


def measure(count: int, repeat: int) -> dict[str, float | None]:
    from enrichso.pipeline.result import new_row, rows_of
    from enrichso.views import EmailValidationView

    row_class = rows_of(EmailValidationView)
    raws = results(count)
    read = row_class._parse
    assert read is not None

    def rows() -> list[Any]:
        return [new_row(row_class, (n, raw["email"], raw, None, None)) for n, raw in enumerate(raws)]

    def views() -> list[Any]:
        return [read.from_dict(raw) for raw in raws]

    figures: dict[str, float | None] = {
        "cells from row.raw": per_row(rows, lambda rs: [cells_from_raw(r.raw) for r in rs], count, repeat),
        "cells from row.result": per_row(
            rows, lambda rs: [cells_from_model(r.result) for r in rs], count, repeat
        ),
        "row.raw": per_row(rows, lambda rs: [r.raw for r in rs], count, repeat),
        "row.result": per_row(rows, lambda rs: [r.result for r in rs], count, repeat),
        "view build": per_row(rows, lambda _: [read.from_dict(raw) for raw in raws], count, repeat),
        "view attribute": per_row(views, lambda vs: [v.confidence for v in vs], count, repeat),
        "raw.get": per_row(views, lambda vs: [v.raw.get("confidence") for v in vs], count, repeat),
        "floor: constant property": per_row(
            lambda: [_Constant() for _ in range(count)], lambda cs: [c.member for c in cs], count, repeat
        ),
        "floor: instance of 13 slots": per_row(
            lambda: None, lambda _: [object.__new__(_ThirteenSlots) for _ in range(count)], count, repeat
        ),
    }
    convert = _msgspec_reader()
    figures["floor: msgspec.convert"] = None
    if convert is not None:
        figures["floor: msgspec.convert"] = per_row(
            lambda: None, lambda _: [convert(raw) for raw in raws], count, repeat
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    figures = measure(args.rows, args.repeat)
    for name, value in figures.items():
        shown = "not installed" if value is None else f"{value:8.1f} ns"
        print(f"{name:30s} {shown}")
    raw, model = figures["cells from row.raw"], figures["cells from row.result"]
    assert raw is not None and model is not None
    print(f"{'row.result over row.raw':30s} {model - raw:8.1f} ns a row")


if __name__ == "__main__":
    main()
