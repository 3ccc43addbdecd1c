"""Phone finder: one or two E.164 numbers for about 60% of people, none for the rest.

Local parts (or profile URLs) containing "nophone" never have one (handy in tests)."""

from __future__ import annotations

from .hashing import Draw, Hasher

NONE, ONE, TWO = 0, 1, 2
CHARGED = frozenset({ONE, TWO})
NO_PHONE_ERROR = "No phone numbers found for this profile"
_US_AREA_CODES = ("415", "650", "212", "646", "617", "512", "206", "312", "303", "305", "470", "628")


def key_for(kind: str, value: str) -> str:
    """Emails compare case-insensitively; profile URLs as they are (after trimming)."""
    return f"email:{value.strip().lower()}" if kind == "email" else f"linkedin:{value.strip()}"


def outcome(hasher: Hasher, kind: str, value: str) -> int:
    key = key_for(kind, value)
    if "nophone" in key.lower():
        return NONE
    roll = hasher.unit(key)
    return ONE if roll < 0.42 else TWO if roll < 0.60 else NONE


def numbers(hasher: Hasher, kind: str, value: str, code: int) -> list[str]:
    if code == NONE:
        return []
    key = key_for(kind, value)
    draw = hasher.draw(key + "\x00numbers")
    tld = key.rsplit(".", 1)[-1] if kind == "email" else ""
    first = _number(draw, tld)
    if code == ONE:
        return [first]
    return [first, first[:-1] + str((int(first[-1]) + 1) % 10)]


def _number(draw: Draw, tld: str) -> str:
    if tld == "uk":
        return "+447" + draw.digits(9)
    if tld == "de":
        return "+4915" + draw.digits(9)
    if tld == "fr":
        return "+336" + draw.digits(8)
    return "+1" + draw.pick(_US_AREA_CODES) + str(draw.between(2, 9)) + draw.digits(6)
