"""Reading a JSON file that is one array of objects, element by element, without holding it: the
text is read in blocks and each element decoded as soon as it is whole (json's raw_decode)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from ..failures import BadInput

_BLOCK = 1 << 16
_SPACE = " \t\r\n"


class _Text:
    """The unread text of a handle, refilled block by block, with the line the reading is on."""

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.buffer = ""
        self.at = 0
        self.line = 1
        self.ended = False

    def more(self) -> bool:
        block = "" if self.ended else self.handle.read(_BLOCK)
        if not block:
            self.ended = True
            return False
        self.buffer = self.buffer[self.at :] + block
        self.at = 0
        return True

    def next_char(self) -> str:
        """The next character that is not white space (not consumed); "" at the end."""
        while True:
            while self.at < len(self.buffer) and self.buffer[self.at] in _SPACE:
                self.line += self.buffer[self.at] == "\n"
                self.at += 1
            if self.at < len(self.buffer) or not self.more():
                return self.buffer[self.at : self.at + 1]

    def value(self, decoder: json.JSONDecoder) -> Any:
        while True:
            try:
                value, end = decoder.raw_decode(self.buffer, self.at)
            except json.JSONDecodeError:
                if self.more():
                    continue
                raise
            self.line += self.buffer.count("\n", self.at, end)
            self.at = end
            return value


def array_elements(name: str, handle: TextIO) -> Iterator[tuple[int, Any]]:
    """(line it starts on, element) for every element of the array the file holds."""
    text, decoder = _Text(handle), json.JSONDecoder()
    if text.next_char() != "[":
        raise BadInput(name, text.line, "the file is not a JSON array (it should start with [)")
    text.at += 1
    if text.next_char() == "]":
        return
    while True:
        line = text.line
        try:
            value = text.value(decoder)
        except json.JSONDecodeError as error:
            raise BadInput(name, line, f"the file is not valid JSON here ({error.msg})") from None
        except RecursionError:  # json's decoder recurses once per level
            raise BadInput(name, line, "the file nests JSON too deeply to be read") from None
        yield line, value
        following = text.next_char()
        text.at += 1
        if following == "]":
            return
        if following != ",":
            raise BadInput(name, text.line, "the file is not valid JSON here (expected , or ])")
        text.next_char()
