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

# C0, DEL, C1, the line and paragraph separators, and the
# bidirectional marks, embeddings, overrides and isolates
_UNSAFE = "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE_TEXT = re.compile(f"[{_UNSAFE}]")
# JSON text: C0 is always escaped by the encoder; the rest may appear raw inside strings
_UNSAFE_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every control character shown as an escape (newlines kept if asked: a
    traceback, a multi-line cell the CLI itself joined)."""
    if keep_newlines:
        return "\n".join(_UNSAFE_TEXT.sub(_escape, line) for line in text.split("\n"))
    return _UNSAFE_TEXT.sub(_escape, text)


def json_printable(document: str) -> str:
    """A JSON text with the characters a terminal would act on written as \\u escapes: the same
    JSON value, read back unchanged."""
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
