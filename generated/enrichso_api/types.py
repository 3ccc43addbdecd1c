"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


class WrongMemberType(TypeError):
    """A member of an answer whose value has another JSON type than the spec's (`name`: its JSON
    name in the object that holds it)."""

    def __init__(self, name: str, value: object, expected: str) -> None:
        shown = f"{type(value).__name__} {value!r:.60}"
        super().__init__(f"{name} must be {expected} (the spec's type), got {shown}")
        self.name = name
        self.value = value
        self.expected = expected


# A model's from_dict reads each member of a plain JSON type through one of these: the value as
# it is when it has the spec's type (or is null, or absent), else WrongMemberType. A boolean is
# not taken for a number.


def checked_str(value: Any, name: str) -> Any:
    if (
        value.__class__ is str
        or value is None
        or value is UNSET
        or isinstance(value, str)
    ):
        return value
    raise WrongMemberType(name, value, "a string")


def checked_int(value: Any, name: str) -> Any:
    if value.__class__ is int or value is None or value is UNSET:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise WrongMemberType(name, value, "an integer")


def checked_float(value: Any, name: str) -> Any:
    if value.__class__ in (float, int) or value is None or value is UNSET:
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    raise WrongMemberType(name, value, "a number")


def checked_bool(value: Any, name: str) -> Any:
    if value.__class__ is bool or value is None or value is UNSET:
        return value
    raise WrongMemberType(name, value, "a boolean")


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int  # int for codes outside the IANA registry (e.g. 520)
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
