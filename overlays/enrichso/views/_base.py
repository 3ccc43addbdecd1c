"""How a view reads a result: the readers, the view base class and its reading plans (see the
package's docstring)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter, methodcaller
from typing import Any, Generic, NamedTuple, Self, TypeVar

from .._core.call import FromDict, wrong_member
from ..errors import APIResponseValidationError

V = TypeVar("V")
M = TypeVar("M")

Raw = Mapping[str, Any]
Reader = Callable[..., Any]


def _first(raw: Raw, names: tuple[str, ...], kind: type | tuple[type, ...]) -> Any:
    for name in names:
        value = raw.get(name)
        if isinstance(value, kind) and not (kind is not bool and isinstance(value, bool)):
            return value
    return None


def _str(raw: Raw, *names: str) -> str | None:
    return _first(raw, names, str)  # type: ignore[no-any-return]


def _bool(raw: Raw, *names: str) -> bool | None:
    return _first(raw, names, bool)  # type: ignore[no-any-return]


def _number(raw: Raw, *names: str) -> float | None:
    return _first(raw, names, (int, float))  # type: ignore[no-any-return]


def _instant(raw: Raw, *names: str) -> datetime.datetime | None:
    text = _str(raw, *names)
    try:
        return None if text is None else datetime.datetime.fromisoformat(text)
    except ValueError:
        return None


class Phone(NamedTuple):
    """One phone number; `type` (e.g. mobile) only when the API said it."""

    number: str
    type: str | None = None


def _phones(raw: Raw, *names: str) -> list[Phone]:
    """Phones sent as strings (endpoint pages) or as {number, type} objects (overview)."""
    phones = []
    for item in _first(raw, names, list) or ():
        if isinstance(item, str):
            phones.append(Phone(item))
        elif isinstance(item, Mapping) and isinstance(item.get("number"), str):
            phones.append(Phone(item["number"], _str(item, "type")))
    return phones


# What each reader takes, by JSON type: a member present (not null) with a value of another type
# does not match the spec, and raises (never read as None). A reader not listed (a derived value)
# checks nothing.
_EXPECTED: dict[Reader, tuple[tuple[type, ...], str]] = {
    _str: ((str,), "a string"),
    _bool: ((bool,), "a boolean"),
    _number: ((int, float), "a number"),
    _instant: ((str,), "a date-time string"),
    _phones: ((list,), "a list"),
}


def _bad(value: Any, kinds: tuple[type, ...]) -> bool:
    return value is not None and (
        not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds)
    )


def _check_names(raw: Raw, reader: Reader, names: tuple[str, ...], where: str) -> None:
    expected = _EXPECTED.get(reader)
    if expected is None:
        return
    for name in names:
        value = raw.get(name)
        member = f"{where}.{name}" if where else name
        if _bad(value, expected[0]):
            raise wrong_member(member, expected[1], value)
        if reader is _instant and value is not None and _instant(raw, name) is None:
            raise wrong_member(member, "an ISO 8601 date-time", value)


def _check_before_aliases(raw: Raw, reader: Reader, names: tuple[str, ...]) -> None:
    """An attribute read from the first of several members: the first one present with a value of
    another type raises, as check_members does, rather than reading the next one
    (`{"result": 5, "status": "valid"}` read as "valid" in a batch row, refused in a single answer)."""
    if len(names) > 1 and raw.get(names[0]) is not None:
        _check_names(raw, reader, names[:1], "")


def _first_is_mistyped(raw: Raw, reader: Reader, names: tuple[str, ...]) -> bool:
    try:
        _check_before_aliases(raw, reader, names)
    except APIResponseValidationError:
        return True
    return False


def _reads(cls: type) -> tuple[tuple[Reader, tuple[str, ...]], ...]:
    """(reader, JSON names) of each attribute a view class reads, in declaration order."""
    reads = _READS.get(cls)
    if reads is None:
        reads = _READS[cls] = tuple(f.metadata["read"] for f in fields(cls) if "read" in f.metadata)
    return reads


_READS: dict[type, tuple[tuple[Reader, tuple[str, ...]], ...]] = {}


def check_members(cls: type, raw: Any, where: str = "data", operation: str | None = None) -> None:
    """Raise APIResponseValidationError (naming `operation` and the member, e.g. data.balance) when
    a member view class `cls` reads holds a value of another type than the spec's."""
    if not isinstance(raw, Mapping):
        return
    try:
        for reader, names in _reads(cls):
            _check_names(raw, reader, names, where)
    except APIResponseValidationError as exc:
        if operation is None:
            raise
        raise APIResponseValidationError(
            f"{operation}: {exc.message}",
            status_code=exc.status_code,
            body=exc.body,
            operation=operation,
            member=exc.member,
        ) from None


def read(reader: Reader, *names: str) -> Any:
    """An attribute read from the first of these JSON members that `reader` accepts."""
    return field(metadata={"read": (reader, names)})


@dataclass(frozen=True, slots=True)
class _View:
    raw: Raw = field(repr=False)

    @classmethod
    def from_dict(cls, raw: Raw) -> Self:
        plan = _PLANS.get(cls) or _plan(cls)
        if plan.build is not None:
            return plan.build(raw)  # type: ignore[no-any-return]
        return cls._read_generic(raw)

    @classmethod
    def _read_generic(cls, raw: Raw) -> Self:
        """from_dict through the class's plan, every attribute at once (what `build` reads on access)."""
        if raw.__class__ is not dict and not isinstance(raw, Mapping):  # dict: no ABC check
            raw = {}
        plan = _PLANS.get(cls) or _plan(cls)
        # every attribute from its first JSON member when that holds a value of its type (most
        # members, read in one pass); the others through their readers
        firsts = map(raw.get, plan.first)
        values = [v if isinstance(v, kind) else None for v, kind in zip(firsts, plan.kinds, strict=True)]
        for at, reader, names in plan.others:
            if values[at] is None and not _first_is_mistyped(raw, reader, names):  # else left None:
                values[at] = reader(raw, *names)  # the check below raises, in declaration order
        if None in values:  # absent, null, or of another type than the spec's: the last raises
            for (reader, names), value in zip(_reads(cls), values, strict=True):
                if value is None:
                    _check_names(raw, reader, names, "")
        if plan.positional:
            return cls(raw, *values)
        return cls(raw, **cls._derive(raw, dict(zip(plan.names, values, strict=True))))

    @classmethod
    def _derive(cls, raw: Raw, values: dict[str, Any]) -> dict[str, Any]:
        """The attributes that follow from others (found, fallbacks); none by default."""
        return values

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as the API sent it."""
        return dict(self.raw)

    @classmethod
    def _check_members(cls, raw: Any, where: str) -> None:
        """Raise APIResponseValidationError when a member this view reads has another type than
        the spec's (`where`: the object's place in the body, e.g. data.results[3])."""
        check_members(cls, raw, where)


class _Plan(NamedTuple):
    """How from_dict reads a view class's declared attributes, worked out once per class (from_dict
    runs for every result of a batch: a million times for a million rows)."""

    names: tuple[str, ...]  # the attributes, in declaration order
    first: tuple[str, ...]  # the first JSON member each one is read from
    kinds: tuple[type, ...]  # the type that member's value must have to be taken as it is
    # (position, reader, JSON names): the attributes to read with their reader when that fails
    # (other members to fall back to, or a reader that is not a plain type check)
    others: tuple[tuple[int, Reader, tuple[str, ...]], ...]
    # whether the class derives nothing and declares every attribute after raw: then the values
    # are passed as they are, in order
    positional: bool
    # for a positional class: from_dict, a view reading each attribute on access (_read_on_access)
    build: Callable[[Raw], Any] | None = None


class _Unmatched:
    """A type no JSON value has: an attribute with a reader of its own is always read by it."""


_PLAIN: dict[Reader, type] = {_str: str, _bool: bool}
_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    declared = [(f.name, *f.metadata["read"]) for f in fields(cls) if "read" in f.metadata]
    kinds = tuple(_PLAIN.get(reader, _Unmatched) for _, reader, _ in declared)
    others = tuple(
        (at, reader, names)
        for at, (_, reader, names) in enumerate(declared)
        if len(names) != 1 or kinds[at] is _Unmatched
    )
    derives = next(k for k in cls.__mro__ if "_derive" in vars(k)) is not _View
    everything = [f.name for f in fields(cls)] == ["raw", *(name for name, _, _ in declared)]
    plan = _Plan(
        tuple(name for name, _, _ in declared),
        tuple(names[0] if names else "" for _, _, names in declared),
        kinds,
        others,
        everything and not derives,
    )
    if plan.positional:
        plan = plan._replace(build=_read_on_access(cls, plan))
    _PLANS[cls] = plan
    return plan


def _read_on_access(cls: type, plan: _Plan) -> Callable[[Raw], Any]:
    """from_dict for a positional view class: a view of `cls` that reads each attribute from
    `raw` when it is read, by a generated getter (the same reading as _read_generic:
    tests/sdk/test_views_straight_line.py compares them on hostile results). A batch row's view is
    built for the few attributes a caller writes out: reading all twelve of EmailValidationView's
    members up front cost 1.4 us a result, this costs 0.15 us plus about 0.07 us an attribute read.

    The view is an instance of a subclass of `cls` (same name, no instance members of its own:
    the attributes are properties over `raw`) that behaves as `cls` does: equal to an equal `cls`,
    same repr, frozen, pickled / copied / dataclasses.replace()d as `cls`."""
    readers = {at: (reader, names) for at, reader, names in plan.others}
    scope: dict[str, Any] = {"Mapping": Mapping}
    lines: list[str] = []
    for at, (first, kind) in enumerate(zip(plan.first, plan.kinds, strict=True)):
        scope[f"kind_{at}"] = kind
        # off the fast path (the member absent, null or of another type): a member of another
        # type than the spec's raises, then the reader falls back to the other names
        scope[f"slow_{at}"] = _slow_reader(*_reads(cls)[at], readers.get(at))
        otherwise = f"slow_{at}(self.raw)"
        lines += [
            f"def read_{at}(self):",
            f"    value = self.raw.get({first!r})",
            f"    return value if isinstance(value, kind_{at}) else {otherwise}",
        ]
    exec("\n".join(lines), scope)  # noqa: S102 - code made here from the class's own declarations
    every = attrgetter("raw", *plan.names)

    def __eq__(self: Any, other: object) -> bool:  # noqa: N807 - the dataclass's, across both classes
        if other.__class__ is cls or other.__class__ is lazy:
            return bool(every(self) == every(other))
        return NotImplemented

    def __new__(_: type, *args: Any, **kwargs: Any) -> Any:  # noqa: N807 - dataclasses.replace() builds a `cls`
        return cls(*args, **kwargs)

    def __reduce__(self: Any) -> tuple[Any, ...]:  # noqa: N807 - pickle and copy as `cls` read from raw
        return (_read_again, (cls, self.raw))

    namespace: dict[str, Any] = {
        "__slots__": (),
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "__eq__": __eq__,
        "__hash__": cls.__hash__,
        "__new__": __new__,
        "__reduce__": __reduce__,
    }
    namespace |= {name: property(scope[f"read_{at}"]) for at, name in enumerate(plan.names)}
    lazy = type(cls.__name__, (cls,), namespace)
    set_raw = next(k.__dict__["raw"] for k in cls.__mro__ if "raw" in vars(k)).__set__
    new = object.__new__

    def build(raw: Raw) -> Any:
        if raw.__class__ is not dict and not isinstance(raw, Mapping):
            raw = {}
        view: Any = new(lazy)
        set_raw(view, raw)
        return view

    return build


def _slow_reader(
    reader: Reader, names: tuple[str, ...], fallback: tuple[Reader, tuple[str, ...]] | None
) -> Callable[[Raw], Any]:
    def slow(raw: Raw) -> Any:
        _check_before_aliases(raw, reader, names)
        value = None if fallback is None else fallback[0](raw, *fallback[1])
        if value is None:
            _check_names(raw, reader, names, "")
        return value

    return slow


def _read_again(cls: type[_View], raw: Raw) -> _View:
    return cls.from_dict(raw)


class _Reading(Generic[V]):
    """A FromDict whose from_dict is a view class's reading itself: a batch row's `.result` calls
    it once a row, without the classmethod's look-up of the class's plan."""

    __slots__ = ("from_dict",)

    def __init__(self, read: Callable[[Raw], V]) -> None:
        self.from_dict = read


def direct_reading(model: FromDict[V]) -> FromDict[V]:
    """`model` (a view class, or any FromDict), with from_dict bound once when it is a view class
    read on access."""
    if isinstance(model, type) and issubclass(model, _View):
        plan = _PLANS.get(model) or _plan(model)
        if plan.build is not None:
            return _Reading(plan.build)
    return model


def derives_attributes(cls: type) -> bool:
    """Whether a view class derives attributes from others (_derive), so that an attribute is not
    always what its own reader reads."""
    return not (_PLANS.get(cls) or _plan(cls)).positional


def attribute_reader(cls: type, name: str) -> Callable[[Sequence[Raw]], list[Any]]:
    """A function reading attribute `name` of view class `cls` from many results (decoded JSON
    objects) at once, each exactly as from_dict reads it; for a view that derives nothing (else
    the attribute may follow from others: ValueError)."""
    if derives_attributes(cls):
        raise ValueError(f"{cls.__name__} derives attributes from one another")
    plan = _PLANS.get(cls) or _plan(cls)
    at = plan.names.index(name)
    first, kind = plan.first[at], plan.kinds[at]
    fallback = [(reader, names) for number, reader, names in plan.others if number == at]
    get = methodcaller("get", first)

    reader_of_attribute, names_of_attribute = _reads(cls)[at]

    def read(raws: Sequence[Raw]) -> list[Any]:
        values = [v if isinstance(v, kind) else None for v in map(get, raws)]
        for reader, names in fallback:
            for row, value in enumerate(values):
                if value is None:
                    _check_before_aliases(raws[row], reader, names)
                    values[row] = reader(raws[row], *names)
        if None in values:  # absent, null, or of another type than the spec's: the last raises
            for row, value in enumerate(values):
                if value is None:
                    _check_names(raws[row], reader_of_attribute, names_of_attribute, "")
        return values

    return read
