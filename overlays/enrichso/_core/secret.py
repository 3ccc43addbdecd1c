"""The API key as a secret: checked once at configuration, and scrubbed from any text, bytes or
parsed body in every form it could be written in (raw, repr, bytes repr, percent-encoded,
JSON-escaped), so neither an httpx message nor a server that echoes it back can show it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import REDACTED, ConfigurationError, secret_forms


def clean_api_key(key: str) -> str:
    """The key without surrounding whitespace (a key read from a file ends in a newline). Any
    other character that is not visible ASCII is refused, and the message never shows the key."""
    if not isinstance(key, str):
        raise ConfigurationError(f"The API key must be a string, got {type(key).__name__}")
    key = key.strip()
    for position, char in enumerate(key, 1):
        if not "!" <= char <= "~":
            kind = "control" if char.isascii() else "non-ASCII"
            what = "a space" if char == " " else f"a {kind} character"
            raise ConfigurationError(
                f"The API key is unusable: character {position} of {len(key)} is {what} (keys are "
                "printable ASCII, like sk_...; check how it was copied or read)"
            )
    return key


class Scrubber:
    """Replaces every form of one secret (nothing when the secret is empty)."""

    def __init__(self, secret: str) -> None:
        self.forms = list(secret_forms(secret)) if secret else []
        self._byte_forms = [form.encode("utf-8", "backslashreplace") for form in self.forms]
        self._secret = secret

    def text(self, value: str) -> str:
        for form in self.forms:
            if form in value:
                value = value.replace(form, REDACTED)
        return value

    def shows(self, value: str) -> bool:
        return any(form in value for form in self.forms)

    def optional(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)

    def bytes(self, value: bytes) -> bytes:
        for form in self._byte_forms:
            if form in value:
                value = value.replace(form, REDACTED.encode())
        return value

    def parsed(self, value: Any) -> Any:
        """A decoded JSON value with the secret scrubbed from every string (keys included): this
        also catches a key the server wrote with \\u escapes, which no byte form matches."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {self.text(str(k)): self.parsed(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.parsed(v) for v in value]
        return value
