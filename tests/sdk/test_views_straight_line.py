"""A view class that derives nothing reads a result through generated getters, on access (from_dict);
it must read exactly what the step-by-step reading (_read_generic) reads, whatever the result holds:
the same values, or the same APIResponseValidationError for a member of another type than the
spec's (the generic reading raises when built, the straight-line one when the attribute is read)."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType
from typing import Any

import pytest
from enrichso import views
from enrichso.errors import APIResponseValidationError
from enrichso.views import _base, company


class _Text(str):
    pass


def _view_classes() -> list[type[views._View]]:
    found = [
        value
        for value in (getattr(views, name) for name in views.__all__)  # views load on first use
        if isinstance(value, type)
        and issubclass(value, views._View)
        and value is not views._View
        # read from a result (Answer is built from an envelope, not read)
        and all(f.name == "raw" or "read" in f.metadata for f in dataclasses.fields(value))
    ]
    return sorted(found, key=lambda cls: cls.__name__)


def _members(cls: type[views._View]) -> list[str]:
    names: list[str] = []
    for f in dataclasses.fields(cls):
        if "read" in f.metadata:
            names += f.metadata["read"][1]
    return names


_ODD_VALUES: list[Any] = [
    None,
    "",
    " text with spaces ",
    "ÜNÏCÖDE ✓",
    _Text("a str subclass"),
    "x" * 100_000,
    True,
    False,
    0,
    1.5,
    "true",
    [],
    ["+1 555 0100", {"number": "+1 555 0101", "type": "mobile"}, {"number": 7}],
    {},
    {"nested": "object"},
    "2026-12-07T01:00:00Z",
]


# a value of the type each reader takes
_WELL_TYPED: dict[Any, Any] = {
    _base._str: "text",
    _base._bool: True,
    _base._number: 1.5,
    _base._instant: "2026-12-07T01:00:00Z",
    _base._phones: ["+1 555 0100", {"number": "+1 555 0101", "type": "mobile"}],
    company._has_domain: "example.com",
}


def _hostile_results(cls: type[views._View]) -> list[Any]:
    members = _members(cls)
    results: list[Any] = [{}, None, [], "not an object", 42, {"unrelated": "member"}]
    for at, value in enumerate(_ODD_VALUES):
        # every member the same odd value; then each member in turn odd while the others rotate
        results.append(dict.fromkeys(members, value))
        results.append({name: _ODD_VALUES[(at + k) % len(_ODD_VALUES)] for k, name in enumerate(members)})
        results.append({name: value for k, name in enumerate(members) if k % 2 == at % 2})
    results.append(MappingProxyType(dict.fromkeys(members, "read-only mapping")))
    return results


def _outcome(read: Any) -> Any:
    try:
        return ("value", read())
    except APIResponseValidationError as exc:
        return ("refused", exc.member)


@pytest.mark.parametrize("cls", _view_classes(), ids=lambda cls: cls.__name__)
def test_straight_line_reading_reads_what_the_generic_reading_reads(cls: type[views._View]) -> None:
    refused = 0
    names = [f.name for f in dataclasses.fields(cls) if f.name != "raw"]
    for raw in _hostile_results(cls):
        generic = _outcome(lambda raw=raw: cls._read_generic(raw))
        built = _outcome(lambda raw=raw: cls.from_dict(raw))  # a view that derives reads at once
        if built[0] == "refused":
            assert built == generic and views.derives_attributes(cls), (cls, raw)
            refused += 1
            continue
        straight = built[1]
        assert isinstance(straight, cls)
        read = [_outcome(lambda name=name, view=straight: getattr(view, name)) for name in names]
        first_refusal = next((outcome for outcome in read if outcome[0] == "refused"), None)
        if generic[0] == "refused":
            refused += 1
            assert first_refusal == generic, (cls, raw)
            continue
        assert first_refusal is None and straight == generic[1]
        for name, (_, value) in zip(names, read, strict=True):
            assert type(value) is type(getattr(generic[1], name)), (cls, name, raw)
    assert refused  # the hostile results hold members of other types


def test_the_views_of_results_without_derived_attributes_are_read_straight_line() -> None:
    """The fast path exists where it should (so the test above compares two different paths)."""
    plan = views._plan(views.EmailValidationView)
    assert plan.build is not None
    assert views.EmailValidationView.from_dict({"email": "a@x.io"}).email == "a@x.io"
    with pytest.raises(dataclasses.FrozenInstanceError):
        views.EmailValidationView.from_dict({}).email = "changed"  # type: ignore[misc]


class _CountingResult(dict[str, Any]):
    """A result that records which members were read."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.read: list[str] = []

    def get(self, key: str, default: Any = None) -> Any:
        self.read.append(key)
        return super().get(key, default)


def test_a_batch_view_reads_a_member_only_when_its_attribute_is_read() -> None:
    """A batch row's view costs what the caller reads, not all twelve members (issue 16: the SDK's
    CPU per row with row.result)."""
    raw = _CountingResult({"email": "a@x.io", "result": "valid", "catchAll": None})
    view = views.EmailValidationView.from_dict(raw)
    assert raw.read == []
    assert view.result == "valid"
    assert raw.read == ["result"]
    assert view.is_catch_all is None  # absent, then the fallback member null
    assert set(raw.read) == {"result", "isCatchAll", "catchAll"}
    # a member of another type than the spec's is refused when its attribute is read (it read None)
    wrong = views.EmailValidationView.from_dict({"email": "a@x.io", "isCatchAll": "yes"})
    assert wrong.email == "a@x.io"
    with pytest.raises(APIResponseValidationError) as caught:
        wrong.is_catch_all  # noqa: B018
    assert caught.value.member == "isCatchAll"


@pytest.mark.parametrize("cls", _view_classes(), ids=lambda cls: cls.__name__)
def test_a_view_read_straight_line_behaves_as_its_class(cls: type[views._View]) -> None:
    import copy
    import pickle

    raw = {name: _WELL_TYPED[reader] for reader, names in _base._reads(cls) for name in names}
    read, built = cls.from_dict(raw), cls._read_generic(raw)
    assert read == built and built == read
    assert not read != built  # noqa: SIM202 - __ne__ as well
    assert read != cls._read_generic({}) and cls._read_generic({}) != read
    assert repr(read) == repr(built)
    assert type(read).__name__ == cls.__name__
    assert dataclasses.asdict(read) == dataclasses.asdict(built)
    assert dataclasses.is_dataclass(read)
    for again in (pickle.loads(pickle.dumps(read)), copy.copy(read), copy.deepcopy(read)):
        assert again == built
    changed = dataclasses.replace(read, raw={})
    assert type(changed) is cls and changed.raw == {}
    first = dataclasses.fields(cls)[1].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(read, first, "changed")
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(read, first)
    with pytest.raises(AttributeError):
        read.__dict__  # noqa: B018 - slots only, as the class
    with pytest.raises(TypeError):  # a dict member: unhashable, as the class
        hash(read)
