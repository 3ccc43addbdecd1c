"""Text from elsewhere (the API's answers, a request's path, an input file) made safe to print on a
terminal: control characters would be run by it (ESC]0;...BEL retitles the window, ESC[2J clears
the screen, a bidirectional override reorders what is read), so each is shown as a visible escape
(`\\x1b`, `\\u202e`) instead. Every message, table cell and progress label the CLI prints passes
through `printable`; JSON printed for people or programs passes through `json_printable`.

Markup is the other half: the CLI's rich console never reads markup or emoji codes (render.py),
so `[bold]` or `[/oops]` from the API is printed as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TextIO

# the bidirectional marks, embeddings, overrides and isolates, and the line and paragraph separators
_BIDI = "\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")  # and C0, DEL, C1
_UNSAFE_IN_LAYOUT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")  # tab and newline kept
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{_BIDI}]")  # a JSON encoder escapes C0 itself


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, layout: bool = False) -> str:
    """`text` with every control character shown as an escape; with `layout`, newlines and tabs
    are kept (a traceback, rows of CSV or TSV)."""
    return (_UNSAFE_IN_LAYOUT if layout else _UNSAFE).sub(_escape, text)


def json_printable(document: str) -> str:
    """A JSON text with the characters a terminal would act on written as \\u escapes: the same
    JSON value, read back unchanged."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", document)


class TerminalText:
    """A text stream to a terminal: what is written goes through `clean` first."""

    def __init__(self, stream: TextIO, clean: Callable[[str], str]) -> None:
        self._stream = stream
        self._clean = clean

    def write(self, text: str) -> int:
        return self._stream.write(self._clean(text))

    def flush(self) -> None:
        self._stream.flush()
