"""Finding the column that holds each field a batch needs: named by the user (a command line
option, a frame method's keyword), recognised by its header, or (for values with a recognisable
shape) sniffed from the cells. The command line's files and the frame methods' columns alike."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum

from ..errors import InvalidParameterError
from . import cells as values
from . import columns as _columns  # the one rule of column names


class Field(Enum):
    """A kind of cell a batch reads. The value is how messages and generated column names call it."""

    EMAIL = "email"
    FIRST_NAME = "first name"
    LAST_NAME = "last name"
    DOMAIN = "domain"
    PROFILE_URL = "LinkedIn URL"
    IP = "IP address"


# The SDK's name of each field, whose column aliases it holds (the one rule of pipeline/columns.py).
_KEYS = {
    Field.EMAIL: _columns.EMAIL,
    Field.FIRST_NAME: _columns.FIRST_NAME,
    Field.LAST_NAME: _columns.LAST_NAME,
    Field.DOMAIN: _columns.DOMAIN,
    Field.PROFILE_URL: _columns.LINKEDIN,
    Field.IP: _columns.IP,
}
squash = _columns.squash
# Recognised headers, in order of preference, squashed.
HEADER_NAMES: dict[Field, tuple[str, ...]] = {field: _columns.ALIASES[key] for field, key in _KEYS.items()}

# Checks for fields whose values have a recognisable shape (names do not).
_SHAPES: dict[Field, Callable[[str], str]] = {
    Field.EMAIL: values.email,
    Field.PROFILE_URL: values.profile_url,
    Field.IP: values.ip,
    Field.DOMAIN: values.domain,
}
SNIFF_SHARE = 0.8  # share of the sampled non-empty cells that must have the shape
# The rows whose cells are sampled (the first ones), for a file's rows and a frame's alike: a column
# whose first cells are empty is found the same way (or not) by both.
SAMPLE_ROWS = 200


def named_column(columns: Sequence[str], name: str, source: str, option: str) -> str:
    """The column a user named with an option: exact, else the only case-insensitive match.
    `source` names the input in the message, `option` how the user named the column."""
    if name in columns:
        return name
    matches = [c for c in columns if squash(c) == squash(name)]
    if len(matches) == 1:
        return matches[0]
    raise InvalidParameterError(
        f"{source}: no column named {name!r} ({option}); the columns are {_listing(columns)}"
    )


def by_header(columns: Sequence[str], field: Field, taken: Iterable[str] = ()) -> str | None:
    return _columns.find_column(columns, _KEYS[field], taken)


def by_content(
    columns: Sequence[str], field: Field, sample: Sequence[Mapping[str, object]], taken: Iterable[str] = ()
) -> str | None:
    """The column whose sampled cells mostly have the field's shape, if exactly one stands out."""
    check = _SHAPES.get(field)
    if check is None:
        return None
    best: tuple[float, str] | None = None
    for column in columns:
        if column in set(taken):
            continue
        cells = [_cell_text(cell) for cell in (row.get(column) for row in sample) if not _blank(cell)]
        if not cells:
            continue
        share = sum(_fits(check, cell) for cell in cells) / len(cells)
        if share >= SNIFF_SHARE and (best is None or share > best[0]):
            best = (share, column)
    return best[1] if best else None


def _cell_text(cell: object) -> str:
    """A sampled cell as text (bytes: the UTF-8 text they hold, else their repr, which fits no
    shape)."""
    if isinstance(cell, bytes | bytearray | memoryview):
        try:
            return values.bytes_text(cell)
        except values.InvalidValue:
            return repr(cell)
    return str(cell)


def _blank(cell: object) -> bool:
    """None or "" (never compared with ==: a frame's cell may be a numpy array, whose == is
    element-wise and has no truth value)."""
    return cell is None or (isinstance(cell, str) and not cell)


def _fits(check: Callable[[str], str], cell: str) -> bool:
    try:
        check(cell)
    except values.InvalidValue:
        return False
    return True


def _listing(columns: Sequence[str]) -> str:
    shown = ", ".join(repr(c) for c in columns[:12])
    return shown + (f" and {len(columns) - 12} more" if len(columns) > 12 else "")


def missing_column(field: Field, columns: Sequence[str], source: str, option: str) -> InvalidParameterError:
    """The error for a required field no column holds (to raise)."""
    return InvalidParameterError(
        f"{source}: cannot tell which column holds the {field.value}; name it with {option} "
        f"(the columns are {_listing(columns)})"
    )
